namespace Vigil.Parsing;

/// <summary>
/// Corrections applied to a parsed sentence, each for an error the greedy parser makes on the sentences
/// news is made of and each checked against EWT dev.
/// </summary>
public static partial class ParseRepairs
{
    /// <summary>Applies every repair to one sentence (heads are sentence indices, -1 for the root).</summary>
    public static void Apply(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations) => Apply([], xpos, heads, relations);

    /// <param name="forms">The words (some repairs look at them; without them those repairs are skipped).</param>
    /// <remarks>
    /// The repairs run in three parts, in their order: as one method of 277 loops (9,800 bytes of IL, compiled through 76
    /// on-stack replacements) they measured a quarter slower (the Repair benchmark's median 2.43 against 1.96 µs per token).
    /// </remarks>
    public static void Apply(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        TreeShapeAndNameRepairs(forms, xpos, heads, relations);
        SubjectAndClauseRepairs(forms, xpos, heads, relations);
        ReporterAndFinalRepairs(forms, xpos, heads, relations);
    }

    /// <summary>The first third of the repairs, in their order: hung words, names, subjects and noun phrases.</summary>
    private static void TreeShapeAndNameRepairs(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int i = 0; i < heads.Length; i++) WordHungOnAComma(xpos, heads, relations, i);
        for (int i = 1; i + 2 < heads.Length; i++) QuotedObjectHungAcrossItsVerb(xpos, heads, relations, i);
        for (int i = 1; i + 2 < heads.Length && forms.Length == heads.Length; i++) ParticleHungOnTheObjectsCount(forms, xpos, heads, relations, i);
        for (int i = 1; i + 3 < heads.Length && forms.Length == heads.Length; i++) QuotedObjectOfAPrepositionReadAsASubject(forms, xpos, heads, relations, i);
        for (int i = 0; i + 2 < heads.Length && forms.Length == heads.Length; i++) SuspectedReadAsTheVerbOfItsNoun(forms, xpos, heads, relations, i);
        for (int i = 0; i + 2 < heads.Length; i++) CaseHungOnAModifierOfItsNoun(xpos, heads, relations, i);
        for (int i = 1; i + 2 < heads.Length; i++) NameReadAsACompoundAcrossAPreposition(xpos, heads, relations, i);
        for (int i = 1; i < heads.Length && forms.Length == heads.Length; i++) NameAfterNearReadAsItsComplement(forms, xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length; i++) PrepositionalPhraseReadAsAnApposition(xpos, heads, relations, i);
        for (int i = 4; i < heads.Length; i++) ConjunctHungOnABracketedAcronym(xpos, heads, relations, i);
        for (int i = 4; i < heads.Length; i++) NameWithItsShortFormBeforeItsNounReadAsAnOblique(xpos, heads, relations, i);
        for (int i = 0; i < heads.Length; i++) NounBeforeTheSubjectsPossessorReadAsAnArgument(xpos, heads, relations, i);
        for (int i = 1; i + 2 < heads.Length && forms.Length == heads.Length; i++) NounToTheSameNounReadAsAnObject(forms, xpos, heads, relations, i);
        for (int i = 0; i + 1 < heads.Length && forms.Length == heads.Length; i++) ArticleReadAsTheHeadOfItsNoun(forms, xpos, heads, relations, i);
        for (int i = 0; i + 1 < heads.Length && forms.Length == heads.Length; i++) ArticleHungOnAVerb(forms, xpos, heads, relations, i);
        for (int i = 2; i + 1 < heads.Length; i++) CompoundSplitBetweenAnObjectAndAPassivesSubject(xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length && forms.Length == heads.Length; i++) PrepositionReadAsTheMarkOfTheSubjectsVerb(forms, xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length && forms.Length == heads.Length; i++) PlacePrepositionReadAsTheMarkOfAClause(forms, xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length && forms.Length == heads.Length; i++) OfReadAsTheMarkOfAVerbUnderAPrepositionalRoot(forms, xpos, heads, relations, i);
        for (int i = 2; i + 1 < heads.Length && forms.Length == heads.Length; i++) RelativeClausesPlaceReadAsTheNextVerbsSubject(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) RelativeVerbsObjectReadAsTheSubjectOfTheMainVerb(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) SecondActOfAParticipleClauseReadAsItsObjectsModifier(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) RelativeClauseHungOnADeicticTime(forms, xpos, heads, relations, i);
        for (int i = 1; i + 4 < heads.Length && forms.Length == heads.Length; i++) BetweenSideInterruptedByAParticiple(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) SpanOfTimeReadAsTheSubjectOfTheClauseItDates(forms, xpos, heads, relations, i);
        for (int i = 1; i + 2 < heads.Length && forms.Length == heads.Length; i++) SubordinatorReadAsTheCaseOfAModifier(forms, xpos, heads, relations, i);
        for (int i = 1; i + 2 < heads.Length && forms.Length == heads.Length; i++) ThoughReadAsTheCaseOfASubject(forms, xpos, heads, relations, i);
        for (int i = 1; i < heads.Length && forms.Length == heads.Length; i++) ClauseOfTimeReadAsAComplement(forms, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length && forms.Length == heads.Length; i++) HyphenatedNameReadAsTwo(forms, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length; i++) NameFlatAcrossAPossessive(xpos, heads, relations, i);
        for (int i = 1; i + 3 < heads.Length; i++) NicknameInQuotesSplitsAName(xpos, heads, relations, i);
        for (int i = 3; i + 1 < heads.Length && forms.Length == heads.Length; i++) HyphenatedParticipleReadAsClause(forms, xpos, heads, relations, i);
        for (int i = 2; i + 2 < heads.Length && forms.Length == heads.Length; i++) HyphenatedPastParticipleReadAsTheClausesVerb(forms, xpos, heads, relations, i);
        for (int i = 2; i + 2 < heads.Length && forms.Length == heads.Length; i++) HyphenatedParticipleReadAsTheVerbOfItsNoun(forms, xpos, heads, relations, i);
        for (int i = 2; i + 1 < heads.Length && forms.Length == heads.Length; i++) HyphenatedParticipleReadAsTheVerbsComplement(forms, xpos, heads, relations, i);
        if (forms.Length == heads.Length) NameBeforeAHyphenatedParticipleReadAsTheRoot(forms, xpos, heads, relations);
        for (int i = 0; i + 3 < heads.Length && forms.Length == heads.Length; i++) TitleBeforeAPossessorReadAsTheHead(xpos, heads, relations, i);
        for (int i = 0; i < heads.Length; i++) PastTenseReadAsModifier(xpos, heads, relations, i);
        for (int i = 0; i < heads.Length; i++) SubjectHungOnAnAuxiliary(heads, relations, i);
        for (int i = 0; i < heads.Length; i++) NameSplitIntoTwoSubjects(xpos, heads, relations, i);
        for (int i = 3; i + 1 < heads.Length && forms.Length == heads.Length; i++) DayEndingARelativeClauseReadAsASubject(forms, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) AppositionReadAsSecondSubject(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) NounApposedToAPrepositionsNounReadAsAFirstSubject(xpos, heads, relations, i);
        for (int i = 3; i < heads.Length; i++) PlaceApposedToAPrepositionsNounReadAsTheSubject(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) OpeningNounBeforeItsApposedNameReadAsAClause(xpos, heads, relations, i);
        for (int i = 0; i + 2 < heads.Length && forms.Length == heads.Length; i++) PossessorReadAsSecondSubject(forms, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) PlaceBeforeATitleReadAsSubject(xpos, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) NameAfterItsNounReadAsSecondSubject(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) TitleBeforeATitledNameReadAsSubject(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) TitleBeforeTheSubjectsNameHungBeforeTheComma(forms, xpos, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) NameReadAsSubjectBeforeItsNoun(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) NameEndingAPhraseReadAsSubject(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) ConjunctHungInsideAFlatName(forms, xpos, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) ConjunctSplitFromItsNoun(xpos, heads, relations, i);
        for (int i = 1; i + 3 < heads.Length && forms.Length == heads.Length; i++) ConjunctsPossessorReadAsTheConjunct(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length; i++) ObjectOfAParticiplesGerundReadAsThePassivesSubject(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) SubjectReadAsAnOpeningDaysApposition(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length; i++) ObjectOfARelativeClauseReadAsASecondSubject(forms, xpos, heads, relations, i);
        for (int i = 4; i < heads.Length; i++) ObjectOfARelativeClauseReadAsThePassivesSubject(xpos, heads, relations, i);
        for (int i = 2; i + 1 < heads.Length && forms.Length == heads.Length; i++) NeighbouringReadAsAVerb(forms, xpos, heads, relations, i);
        for (int i = 4; i + 2 < heads.Length && forms.Length == heads.Length; i++) TimeOpeningACoordinatedClauseReadAsAConjunct(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) CountAfterAtLeastReadAsAnOblique(forms, xpos, heads, relations, i);
        for (int i = 1; i < heads.Length && forms.Length == heads.Length; i++) DayReadAsAClausalComplement(forms, xpos, heads, relations, i);
        for (int i = 3; i + 2 < heads.Length && forms.Length == heads.Length; i++) LateOnADayReadAsPartOfAName(forms, xpos, heads, relations, i);
        for (int i = 3; i + 3 < heads.Length && forms.Length == heads.Length; i++) ApposedPartOfTheSubjectReadAsTheSubject(forms, xpos, heads, relations, i);
        for (int i = 0; i + 1 < heads.Length && forms.Length == heads.Length; i++) SubjectOfAPassiveReadAsActive(forms, xpos, heads, relations, i);
        if (forms.Length == heads.Length) OpeningTimeBeforeLaterReadAsTheSubject(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) OpeningTimeReadAsAModifierOfTheSubject(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) QuantifierRootBeforeAnApposedSubject(forms, xpos, heads, relations);
        for (int i = 0; i + 3 < heads.Length && forms.Length == heads.Length; i++) ServiceSharingTheRoleNounOfItsConjunct(forms, xpos, heads, relations, i);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) NameAfterAnOfPhrasesNameReadAsItsConjunct(forms, xpos, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) ModifierReadAsSecondSubject(xpos, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) ModifierOfTheSubjectReadAsAReportedClause(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) DayOfTheVerbHungOnItsSubject(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) WhoseClauseReadAsAnAdverbialClause(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) WhoseClauseReadAsTheRoot(xpos, heads, relations, i);
        for (int i = 2; i + 3 < heads.Length; i++) WhoseNounReadAsAnApposition(xpos, heads, relations, i);
        for (int i = 1; i + 2 < heads.Length && forms.Length == heads.Length; i++) WhomReadAsADeterminer(forms, xpos, heads, relations, i);
        for (int i = 2; i + 2 < heads.Length && forms.Length == heads.Length; i++) WhomClauseReadAsAComplement(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) ParticipleHungPastTheNounOfAnOfPhrase(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) ParticipleAfterPossessive(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) PrepositionalObjectReadAsASecondSubject(xpos, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) PrepositionalPhraseReadAsSubject(forms, xpos, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) SubjectInAppositionToAnOpeningPhrase(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) ApposedOpeningReadAsSubject(xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) ParticipleBetweenCommasReadAsTheSubject(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) ObjectReadAsTheSubjectOfAnInfinitiveOfPurpose(forms, xpos, heads, relations, i);
        for (int i = 2; i + 2 < heads.Length; i++) CountedObjectReadAsWhatATrailingReporterSaid(xpos, heads, relations, i);
        for (int i = 1; i + 2 < heads.Length; i++) ObjectReadAsAnIndirectOneBeforeATime(xpos, heads, relations, i);
        for (int i = 4; i < heads.Length; i++) PastHungOnAnAppositionInTheSubjectsRelativeClause(xpos, heads, relations, i);
        for (int i = 3; i + 3 < heads.Length; i++) RelativeClauseInterruptedByItsReporter(xpos, heads, relations, i);
        for (int i = 4; i + 1 < heads.Length; i++) NameOfTheLeaderTheSubjectIsLoyalToReadAsTheSubject(xpos, heads, relations, i);
        for (int i = 3; i + 1 < heads.Length; i++) ParticipleAfterTheObjectsCommaReadAsItsModifier(xpos, heads, relations, i);
        for (int i = 0; i + 3 < heads.Length; i++) FirstSubjectReadAsPunctuation(xpos, heads, relations, i);
        PastHungInsideTheSubjectsParticiplePhrase(xpos, heads, relations);
        for (int i = 1; i < heads.Length && forms.Length == heads.Length; i++) SubjectReadAsBareOblique(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) ClauseAfterAndReadAsNounPhrase(xpos, heads, relations, i);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) ClauseAfterAndReadAsApposition(forms, xpos, heads, relations, i);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) SubjectWithARelativeClauseReadAsWhatWasSaid(forms, xpos, heads, relations, i);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) SpeakerReadAsASecondSubjectOfItsExcuse(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length; i++) SubjectReadAsConjunctOfAnObject(xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length && forms.Length == heads.Length; i++) ObjectAfterShotDead(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) AgentHungOnAPassivesResult(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) AgentHungOnATimeInAPassive(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) AgentHungOnAPassivesOblique(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length; i++) PassiveSubjectWithAPreposition(xpos, heads, relations, i);
        for (int i = 1; i < heads.Length && forms.Length == heads.Length; i++) OpeningPhraseReadAsTheSubject(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) ObliqueOfASubjectsModifierReadAsTheSubject(xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length; i++) PrepositionHungOnAVerb(xpos, heads, relations, i);
        for (int i = 2; i + 2 < heads.Length && forms.Length == heads.Length; i++) OutOfPhraseHungOnTheObject(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) ObjectReadAsSecondSubject(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) ObjectReadAsSubjectAfterItsVerb(forms, xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length; i++) CompoundVerbsNounReadAsASecondSubject(xpos, heads, relations, i);
        ParticipleOpeningASubjectReadAsAClause(xpos, heads, relations);
        if (forms.Length == heads.Length) ClausesJoinedByASemicolonReadAsOne(forms, xpos, heads, relations);
        for (int i = 1; i + 2 < heads.Length; i++) WhAdverbHungInsideTheSubject(xpos, heads, relations, i);
        if (forms.Length == heads.Length) SecondSideOfABetweenReadAsASubject(forms, xpos, heads, relations);
        for (int i = 1; i + 2 < heads.Length && forms.Length == heads.Length; i++) BetweenPhraseReadAsASecondSubject(forms, xpos, heads, relations, i);
        for (int i = 1; i + 4 < heads.Length && forms.Length == heads.Length; i++) SecondSideOfABetweenHungOnTheFirstsModifier(forms, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) BetweenPhraseHungOnATime(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) PrepositionalPhraseHungOnADay(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) DayAfterOnReadAsTheSubject(forms, xpos, heads, relations, i);
        for (int i = 3; i + 1 < heads.Length && forms.Length == heads.Length; i++) DayReadAsTheSubjectOfAnInfinitive(forms, xpos, heads, relations, i);
        for (int i = 1; i + 3 < heads.Length && forms.Length == heads.Length; i++) DayReadAsTheSubjectOfTheClauseAfterItsAnd(forms, xpos, heads, relations, i);
        for (int i = 2; i + 1 < heads.Length && forms.Length == heads.Length; i++) DayAfterAndOnReadAsTheSubjectOfAPast(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length; i++) SubjectOfAPassiveReadAsAVerbsConjunct(xpos, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) VerbReadAsTheSubjectOfTheNextClause(xpos, heads, relations, i);
        for (int i = 3; i < heads.Length; i++) VerbReadAsAClauseOnTheSubjectsApposition(xpos, heads, relations, i);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) ListAfterAnOfPhraseReadAsASecondSubject(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) SubordinatorsSubjectReadAsItsOblique(forms, xpos, heads, relations, i);
        if (forms.Length == heads.Length) PastAfterToReadAsAnInfinitive(forms, xpos, heads, relations);
        NounRootWithCoordinatedVerb(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) SpeakerWithARelativeClauseReadAsTheRoot(forms, xpos, heads, relations);
        NounRootWithItsNameAsSubject(xpos, heads, relations);
        HeadlinePassiveSubject(forms, xpos, heads, relations);
        TitleRootBeforeTheNameOfItsVerb(xpos, heads, relations);
        CompoundSplitIntoRootAndSubject(xpos, heads, relations);
        TitleBeforeItsNameReadAsOblique(xpos, heads, relations);
        if (forms.Length == heads.Length) DayRootBeforeCoordinatedSubjects(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) DayRootBeforeItsSubjectsVerb(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) ReportedClauseReadAsTheDaysRelativeClause(forms, xpos, heads, relations);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) ThatClauseHungOnTheDayOfItsVerb(forms, xpos, heads, relations, i);
        if (forms.Length == heads.Length) OpeningParticipleReadAsTheRoot(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) OpeningParticipleBeforeASubjectAndItsVerb(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) BeliefParticipleAfterTheSubjectReadAsTheRoot(forms, xpos, heads, relations);
        PrepositionalPhraseAfterANounRootReadAsItsRelativeClausesSubject(xpos, heads, relations);
        if (forms.Length == heads.Length) ParticipleOfAnOpeningSourceReadAsTheRoot(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) DirectionAfterADistanceReadAsTheSubject(forms, xpos, heads, relations);
        AdjectiveAfterItsSubjectReadAsTheRoot(xpos, heads, relations);
        OpeningAdjectiveReadAsTheRoot(xpos, heads, relations);
        if (forms.Length == heads.Length) OpeningAdverbReadAsTheRoot(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) TimeReadAsTheSubjectAfterANounRoot(forms, xpos, heads, relations);
        for (int i = 0; i + 3 < heads.Length && forms.Length == heads.Length; i++) SubjectReadAsAConjunctOfTheTime(forms, xpos, heads, relations, i);
        for (int i = 1; i + 3 < heads.Length && forms.Length == heads.Length; i++) OpeningTimeReadAsASecondSubject(forms, heads, relations, i);
        PastAfterANameRootReadAsItsObjectsAdjective(xpos, heads, relations);
        NameRootBeforeItsVerb(forms, xpos, heads, relations);
        ParticipleBetweenCommasReadAsTheVerb(xpos, heads, relations);
        for (int i = 1; i + 1 < heads.Length; i++) ReportParticipleReadAsTheVerb(xpos, heads, relations, i);
    }

    /// <summary>The second third: subjects, clauses and reporters.</summary>
    private static void SubjectAndClauseRepairs(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        VerbAfterARelativeClauseReadAsItsConjunct(xpos, heads, relations);
        if (forms.Length == heads.Length) VerbAfterAWhoseClauseReadAsPartOfIt(forms, xpos, heads, relations);
        NameApposedToTheSubjectReadAsARelativeClausesSubject(xpos, heads, relations);
        for (int i = 1; i + 4 < heads.Length && forms.Length == heads.Length; i++) HedgeOnTheSubjectReadAsItsClause(forms, xpos, heads, relations, i);
        for (int i = 2; i + 3 < heads.Length && forms.Length == heads.Length; i++) SinceATimeReadAsAClause(forms, xpos, heads, relations, i);
        for (int i = 1; i + 2 < heads.Length; i++) PrepositionalPhraseTornFromItsNoun(xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length && forms.Length == heads.Length; i++) ClauseReadAsPhrase(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) ObjectReadAsReportedClause(xpos, heads, relations, i);
        for (int i = 2; i + 3 < heads.Length && forms.Length == heads.Length; i++) SubjectOfAReportedPassiveReadAsTheReportersObject(forms, xpos, heads, relations, i);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) ReportedVerbReadAsAParticipleOnItsSubjectsPlace(forms, xpos, heads, relations, i);
        for (int i = 2; i + 2 < heads.Length && forms.Length == heads.Length; i++) PhraseAfterAmongThemHungElsewhere(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) ThatClauseReadAsAnOpenComplement(forms, heads, relations, i);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) ThatClauseHungOnARelativeOfTheReportersAdjunct(forms, xpos, heads, relations, i);
        for (int i = 3; i + 1 < heads.Length; i++) SecondSubjectsNameReadAsAConjunctOfTheFirst(xpos, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) CompoundAcrossPreposition(xpos, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) ObjectOfANoun(xpos, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) ModifierReadAsSecondObject(xpos, heads, relations, i);
        for (int i = 1; i < heads.Length && forms.Length == heads.Length; i++) GerundAfterOfReadAsACompound(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) RelativeClauseWithoutARelativeWordReadAsItsHostsHead(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) SpeakersParticipleInTheReportedClause(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) ParticipleOfTheReportedClauseHungOnATrailingReporter(forms, xpos, heads, relations, i);
        for (int i = 1; i + 2 < heads.Length && forms.Length == heads.Length; i++) ObjectlessRelativeClauseHungElsewhere(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) DislocatedObjectAfterItsVerb(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) VerbCoordinatedWithAnAdverb(xpos, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) ParticipleWithAnAuxiliaryReadAsAModifier(xpos, heads, relations, i);
        for (int i = 2; i + 1 < heads.Length; i++) PastTenseAfterAndReadAsACompound(xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) ClauseAfterButReadAsASubjectsConjunct(forms, xpos, heads, relations, i);
        for (int i = 0; i + 4 < heads.Length && forms.Length == heads.Length; i++) ParticipleOfAnAccordingToSourceReadAsTheRoot(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) RelativeClauseHungOnTheVerbOfItsNoun(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) AblazeReadAsAModifier(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) FiniteVerbCoordinatedWithANoun(xpos, heads, relations, i);
        for (int i = 0; i < heads.Length && forms.Length == heads.Length; i++) TimeAdverbReadAsASecondSubject(forms, heads, relations, i);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) RelativeClauseReadAsTheClauseOfOf(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) RelativeClauseReadAsAReportedClause(forms, xpos, heads, relations, i);
        if (forms.Length == heads.Length) ReportersReadAsConjuncts(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) ReportersReadAsAnObject(forms, xpos, heads, relations);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) ConjunctReadAsTheReportersSubject(forms, xpos, heads, relations, i);
        if (forms.Length == heads.Length) SubjectTakenByAnInvertedReporter(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) InvertedReporterReadAsObject(forms, xpos, heads, relations);
        VerbAfterTheSubjectsAppositionReadAsItsConjunct(xpos, heads, relations);
        if (forms.Length == heads.Length) SpeakerAfterAQuotationHungInsideIt(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) ReporterReadAsAnAdverbialOfTheQuotation(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) ReportersSplitByTheirConjunction(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) TimeReadAsTheTrailingReportersSubject(forms, xpos, heads, relations);
        for (int i = 0; i + 2 < heads.Length && forms.Length == heads.Length; i++) SpanBeforeLaterReadAsTheReportersSubject(forms, heads, relations, i);
        for (int i = 1; i + 3 < heads.Length && forms.Length == heads.Length; i++) SpanBeforeAParticipleReadAsASecondReport(forms, xpos, heads, relations, i);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) TimeReadAsASecondSubjectOfTheReporter(forms, xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length && forms.Length == heads.Length; i++) ObjectNumberReadAsASecondReportedClause(forms, xpos, heads, relations, i);
        for (int i = 2; i + 1 < heads.Length && forms.Length == heads.Length; i++) AdverbialClauseReadAsASecondReportedClause(forms, heads, relations, i);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) AdverbialClauseAfterATrailingReporterReadAsReported(forms, heads, relations, i);
        for (int i = 3; i + 3 < heads.Length && forms.Length == heads.Length; i++) ReportersReadAsConjunctsOfTheInjured(forms, xpos, heads, relations, i);
        for (int i = 2; i + 2 < heads.Length && forms.Length == heads.Length; i++) ReportersReadAsConjunctsOfTheirDay(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) TimeOfTheSubjectsParticipleReadAsASubject(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) SubjectsSplitByTheirConjunction(forms, xpos, heads, relations, i);
        if (forms.Length == heads.Length) OpeningTimeReadAsTheRoot(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) OpeningTimeRootBeforeASubjectAndItsApposition(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) OpeningTimeRootOverItsClause(forms, xpos, heads, relations);
        for (int i = 2; i + 1 < heads.Length && forms.Length == heads.Length; i++) NameAfterWithReadAsTheSubjectOfAParticiple(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length; i++) ObjectsConjunctReadAsTheSubjectOfAParticiple(xpos, heads, relations, i);
        for (int i = 1; i + 2 < heads.Length && forms.Length == heads.Length; i++) ObjectOfAPrepositionReadAsAParticiplesCompound(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length; i++) ParticipleHungOnTheOpeningPhrase(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) TimeOfACoordinatedClauseReadAsAConjunct(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) ClauseAfterAndReadAsPunctuation(forms, xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length && forms.Length == heads.Length; i++) TimeReadAsACompoundOfTheSubject(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) ModifiersCoordinatedBeforeTheirNoun(forms, xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length && forms.Length == heads.Length; i++) RelativeClauseHungOnItsPronoun(forms, xpos, heads, relations, i);
        for (int i = 1; i < heads.Length && forms.Length == heads.Length; i++) PrepositionHungOnACount(forms, xpos, heads, relations, i);
        for (int i = 1; i < heads.Length && forms.Length == heads.Length; i++) PastVerbReadAsAModifierOfAnInfinitivesSubject(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) SubjectAfterAndReadAsAConjunctOfTheFirstClausesNoun(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) VerbAfterSuspectedOfReadAsAModifierOfItsNoun(forms, xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length && forms.Length == heads.Length; i++) SubjectBeforeLaterReadAsAStretchOfTime(forms, xpos, heads, relations, i);
        for (int i = 1; i + 3 < heads.Length && forms.Length == heads.Length; i++) StretchOfTimeBeforeAfterReadAsTheSubject(forms, xpos, heads, relations, i);
        if (forms.Length == heads.Length) OpeningStretchOfTimeReadAsAFirstSubject(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) OpeningTimeNounReadAsTheSubjectOfCoordinatedDoers(forms, xpos, heads, relations);
        for (int i = 0; i + 4 < heads.Length && forms.Length == heads.Length; i++) PeopleCountedReadAsASecondSubject(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) NameAfterTheWordNameReadAsASubject(forms, xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length && forms.Length == heads.Length; i++) AdjectiveAfterItsNounReadAsTheSubject(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) TitledNameReadAsASecondSubject(xpos, heads, relations, i);
        if (forms.Length == heads.Length) ReportersRoleReadAsItsObject(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) NounRootBeforeItsRelativeClauseAndVerb(forms, xpos, heads, relations);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) InvertedSpeakersRoleReadAsWhatWasSaid(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) InvertedReporterReadAsAConjunct(forms, xpos, heads, relations, i);
        if (forms.Length == heads.Length) TrailingReporterReadAsAnAdverbialClause(forms, xpos, heads, relations);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) CoordinatedVerbReadAsWhatAParentheticalTellerSaid(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) NounReadAsWhatAParentheticalTellerSaid(forms, xpos, heads, relations, i);
        if (forms.Length == heads.Length) TrailingReporterReadAsARelativeClause(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) TrailingReporterReadAsARelativeClauseOfAnEarlierNoun(forms, xpos, heads, relations);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) TrailingReporterReadAsARelativeClauseOfTheRoot(forms, xpos, heads, relations, i);
        if (forms.Length == heads.Length) TrailingReporterHungOnAnInnerClause(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) TrailingReporterReadAsReportedClause(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) ReportedClauseReadAsAdverbial(forms, xpos, heads, relations);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) ClaimNobodyCouldVerifyReadAsTheReport(forms, heads, relations, i);
        if (forms.Length == heads.Length) GappedPassiveBeforeATrailingReporter(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) ReportersReadAsConjunctsOfAnIncludingPhrase(forms, heads, relations);
        if (forms.Length == heads.Length) TrailingReporterReadAsConjunct(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) TrailingReporterReadAsApposition(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) SummaryAfterATrailingReporterReadAsWhatItSays(forms, xpos, heads, relations);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) NameApposedToTheReportersPlaceReadAsItsSubject(forms, xpos, heads, relations, i);
        if (forms.Length == heads.Length) PhrasesBeforeATrailingReportersComma(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) TrailingReportersSubjectReadAsWhatWasSaid(forms, xpos, heads, relations);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) PrepositionToReadAsInfinitiveMarker(forms, xpos, heads, relations, i);
        for (int i = 0; i < heads.Length && forms.Length == heads.Length; i++) TimeReadAsSubjectBeforeItsName(forms, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length && forms.Length == heads.Length; i++) SubjectReadAsTheHeadOfItsTime(forms, xpos, heads, relations, i);
        for (int i = 1; i < heads.Length && forms.Length == heads.Length; i++) SubjectSplitAtAHyphen(forms, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) SubjectOfAWhenClauseReadAsApposition(forms, xpos, heads, relations, i);
        for (int i = 1; i + 2 < heads.Length; i++) ObjectAfterAParticleHungElsewhere(xpos, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) NumberAfterAParticipleHungElsewhere(xpos, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) ParticipleWithAnAgentReadAsAClause(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) PredicateAfterAsReadAsAClause(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) SpeakersActCoordinatedIntoTheReportedClause(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) NameReadAsModifierOfTheWordBefore(xpos, heads, relations, i);
        for (int i = 1; i + 3 < heads.Length && forms.Length == heads.Length; i++) NamesModifyingANounReadAsItsConjunct(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length; i++) NamesModifyingASubjectReadAsASecondSubject(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) WithPhraseHungOnThePlaceOfTheVerb(forms, xpos, heads, relations, i);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) GroupApposedToAPersonAfterItsBody(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) PastTenseCoordinatedWithAParticiple(xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) GappedPassive(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) PastTenseCoordinatedWithADemandedVerb(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) PastTenseCoordinatedWithAnInfinitive(forms, xpos, heads, relations, i);
        for (int i = 1; i + 2 < heads.Length && forms.Length == heads.Length; i++) PrepositionalPhraseReadAsAClause(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) WordHungOnAQuotationMark(xpos, heads, relations, i);
        for (int i = 0; i + 1 < heads.Length; i++) TitleReadAsOblique(xpos, heads, relations, i);
        if (forms.Length == heads.Length) ParticipleHungOnALaterTeller(forms, xpos, heads, relations);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) SubjectlessPastTenseReadAsASecondReport(forms, xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length && forms.Length == heads.Length; i++) ReportersObjectReadAsTheFirstSubject(forms, xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length && forms.Length == heads.Length; i++) SubjectOfASaidClauseReadAsTheObject(forms, xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length && forms.Length == heads.Length; i++) SubjectPronounReadAsAnObject(forms, xpos, heads, relations, i);
    }

    /// <summary>The last third: trailing reporters, coordinations, and the final full stop.</summary>
    private static void ReporterAndFinalRepairs(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        if (forms.Length == heads.Length) ReducedRelativeReadAsTheRoot(forms, xpos, heads, relations);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) ToDeathHungOnTheObject(forms, xpos, heads, relations, i);
        for (int i = 1; i + 2 < heads.Length && forms.Length == heads.Length; i++) CountedObjectHungOnTheNextPhrase(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) WhoClauseReadAsAComplement(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) VerbsAdjunctHungOnItsObject(forms, xpos, heads, relations, i);
        for (int i = 2; i + 2 < heads.Length && forms.Length == heads.Length; i++) DayOfAMonthReadAsTheNumberOfALaterNoun(forms, xpos, heads, relations, i);
        for (int i = 1; i + 2 < heads.Length && forms.Length == heads.Length; i++) ClauseAfterASubordinatorReadAsItsSubjectsModifier(forms, xpos, heads, relations, i);
        for (int i = 0; i + 2 < heads.Length && forms.Length == heads.Length; i++) SubordinatorReadAsAPreposition(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) CoordinatedClauseReadAsTheComplement(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) ReportedPredicateReadAsASecondSubject(forms, xpos, heads, relations, i);
        if (forms.Length == heads.Length && heads.Length > 2) OpeningParticipleReadAsWhatWasSaid(forms, xpos, heads, relations);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) InfinitiveOfARelativeClauseHungOnTheReporter(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) PhraseBeforeARelativePronounHungInsideItsClause(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) ObliqueSwallowedByTheTrailingSpeaker(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) SpeakersHungInsideTheReportedObject(forms, xpos, heads, relations, i);
        for (int i = 1; i < heads.Length && forms.Length == heads.Length; i++) ObjectReadAsTheTrailingReportersSubject(forms, xpos, heads, relations, i);
        if (forms.Length == heads.Length) ParticiplesReadAsReportedClauses(forms, xpos, heads, relations);
        for (int i = 2; i < heads.Length; i++) ParticipleOnAVerbAfterItsObject(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) InfinitiveOfAVerbHungOnItsAdjunct(forms, xpos, heads, relations, i);
        for (int i = 1; i < heads.Length && forms.Length == heads.Length; i++) DistanceReadAsSubject(forms, xpos, heads, relations, i);
        for (int i = 1; i < heads.Length && forms.Length == heads.Length; i++) DistanceReadAsConjunct(forms, heads, relations, i);
        for (int i = 1; i < heads.Length && forms.Length == heads.Length; i++) DistanceReadAsAReport(forms, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) PlaceAfterADirectionReadAsTheSubject(forms, heads, relations, i);
        for (int i = 1; i < heads.Length && forms.Length == heads.Length; i++) ClauseHungOnADistance(forms, xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length; i++) CountReadAsTheHeadOfItsNounsPhrase(xpos, heads, relations, i);
        for (int i = 1; i + 3 < heads.Length && forms.Length == heads.Length; i++) ComparativeBeforeACountReadAsItsNoun(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) OfPhraseHungAcrossTheConjunctBeforeIt(forms, xpos, heads, relations, i);
        for (int i = 2; i + 2 < heads.Length; i++) NameOpeningANationalityReadAsTheFirstSubjectsConjunct(xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length; i++) ObjectReadAsAPossessorWithoutItsMark(xpos, heads, relations, i);
        if (forms.Length == heads.Length) OpeningPlaceBeforeADistanceReadAsTheRoot(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) SubjectReadAsConjunctOfTheOpening(forms, xpos, heads, relations);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) OfPhraseReadAsSubject(forms, xpos, heads, relations, i);
        // (After the "of" phrases are back on their nouns.)
        ReporterHungInsideItsSubject(forms, xpos, heads, relations);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) SubjectAndItsAppositionReadAsASecondSubjectAndTheReport(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) SubjectOfATimeAfter(forms, xpos, heads, relations, i);
        for (int i = 0; i + 2 < heads.Length; i++) CoordinatedModifierReadAsOblique(xpos, heads, relations, i);
        if (forms.Length == heads.Length) VerbAfterARelativeClauseOnTheSubjectHungInsideIt(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) PassiveAfterARelativeClauseOnTheSubjectHungInsideIt(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) ReporterAfterAWhereClauseOnItsSubject(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) ReporterReadAsItsOwnComplement(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) OpeningAdverbReadAsTheRootOfAReport(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) VerbAfterAnApposedRelativeClauseHungInsideIt(forms, xpos, heads, relations);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) SubjectOfAClauseAfterHungElsewhere(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) ThatClauseHungOnATime(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) TimeReadAsTheClauseOfACoordinatedVerb(forms, xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length && forms.Length == heads.Length; i++) VerbReadAsAnAuxiliary(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) ThatClauseAfterACommaReadAsAdverbial(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) ThatClauseWithItsOwnSubjectReadAsRelative(forms, xpos, heads, relations, i);
        for (int i = 2; i + 1 < heads.Length && forms.Length == heads.Length; i++) ClauseHungOnItsSubordinator(forms, xpos, heads, relations, i);
        for (int i = 2; i + 2 < heads.Length && forms.Length == heads.Length; i++) SubordinatorLeftOnTheReporter(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) ReportedClauseReadAsParataxis(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) ReportedQuestionReadAsAdverbial(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) PrepositionalPhraseReadAsASecondReport(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) ThatClauseHungOnTheReportersPlace(forms, xpos, heads, relations, i);
        for (int i = 1; i + 3 < heads.Length && forms.Length == heads.Length; i++) ThatClauseAfterTheReportersAdjuncts(forms, xpos, heads, relations, i);
        for (int i = 1; i + 2 < heads.Length && forms.Length == heads.Length; i++) ReporterReadAsAnAdverbialOfItsClause(forms, xpos, heads, relations, i);
        for (int i = 0; i + 2 < heads.Length && forms.Length == heads.Length; i++) AccordingToReadAsAClause(forms, xpos, heads, relations, i);
        for (int i = 1; i + 3 < heads.Length && forms.Length == heads.Length; i++) AccordingToHungOnATitle(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) WhereClauseAfterAPlaceHungOnTheVerb(forms, xpos, heads, relations, i);
        for (int i = 1; i < heads.Length && forms.Length == heads.Length; i++) WhereClauseAfterAPlaceReadAsTheTrailingReport(forms, xpos, heads, relations, i);
        for (int i = 0; i + 2 < heads.Length && forms.Length == heads.Length; i++) SubjectItReadAsAnExpletive(forms, xpos, heads, relations, i);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) PerfectCoordinatedIntoTheReportedClause(forms, xpos, heads, relations, i);
        for (int i = 1; i + 2 < heads.Length && forms.Length == heads.Length; i++) SubordinatorHungOnTheSubject(forms, xpos, heads, relations, i);
        if (forms.Length == heads.Length) ObjectReadAsTheTrailingReportersSubject(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) ReportersReadAsConjunctsOfTheVictims(forms, xpos, heads, relations);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) SubjectOfTheReportHungOnTheTrailingReporter(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) ApposedPlaceReadAsTheTrailingReportersSubject(forms, xpos, heads, relations, i);
        if (forms.Length == heads.Length) DatelineReadAsSubject(forms, heads, relations);
        for (int i = 1; i < heads.Length && forms.Length == heads.Length; i++) ReporterUnderItsOwnComplement(forms, xpos, heads, relations, i);
        for (int i = 0; i < heads.Length && forms.Length == heads.Length; i++) ConcessiveClauseReadAsAComplement(forms, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) ModifierNounReadAsSubject(xpos, heads, relations, i);
        for (int i = 0; i + 3 < heads.Length && forms.Length == heads.Length; i++) CoordinatedModifiersReadAsNouns(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) ParticipleModifierReadAsTheVerb(xpos, heads, relations, i);
        for (int i = 3; i < heads.Length; i++) GerundCoordinatedWithAnObjectsNoun(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) GerundAfterAPrepositionsNounReadAsTheVerbs(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) SecondReportedClauseReadAsTheReportersOwn(forms, heads, relations, i);
        for (int i = 3; i < heads.Length; i++) ObjectsListReadAsASecondReportedClause(xpos, heads, relations, i);
        for (int i = 3; i < heads.Length; i++) ObjectReadAsASecondSubjectOfALaterClause(xpos, heads, relations, i);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) ClauseOfTimeReadAsAPhraseWithAFarSubject(forms, xpos, heads, relations, i);
        for (int i = 3; i + 1 < heads.Length && forms.Length == heads.Length; i++) RelativeClausesTimeReadAsTheNextVerbsSubject(forms, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) PastCoordinatedIntoAThatClauseOfThePresent(forms, xpos, heads, relations, i);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) PastCoordinatedPastTheThatClauseItEnds(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) PastCoordinatedIntoAnAdverbialOfTheInfinitive(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) SubjectReadAsCompoundOfASubjunctive(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) PastCoordinatedIntoARelativeClause(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) PastCoordinatedIntoWhatAParticipleSays(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) SubordinatorReadAsTheCaseOfTheSubject(forms, xpos, heads, relations, i);
        for (int i = 1; i + 2 < heads.Length; i++) ObjectOfAnOpeningParticipleReadAsTheVerbsSubject(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) RelativeClauseReadAsTheSubjectOfTheMainVerb(xpos, heads, relations, i);
        if (forms.Length == heads.Length) VerbAfterANounIdentifyingItselfHungInsideThePhrase(forms, xpos, heads, relations);
        for (int i = 1; i < heads.Length && forms.Length == heads.Length; i++) PossessedSubjectWithItsNameReadAsAnOblique(forms, xpos, heads, relations, i);
        if (forms.Length == heads.Length) MainVerbHungInsideTheSubjectsRelativeClauseWithoutCommas(forms, xpos, heads, relations);
        for (int i = 3; i + 1 < heads.Length && forms.Length == heads.Length; i++) CountAfterAndReadAsASecondReport(forms, xpos, heads, relations, i);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) AgentAfterAccordingToReadAsThePassives(forms, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) ReportersNextWordCoordinatedIntoWhatItSaid(forms, xpos, heads, relations, i);
        if (forms.Length == heads.Length) SubordinateClauseReadAsTheRoot(forms, heads, relations);
        if (forms.Length == heads.Length) OpeningSubordinateClauseReadAsTheRoot(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) SubjectReadAsTheAppositionOfADay(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) FirstSideHungOnAnOpeningTime(forms, xpos, heads, relations);
        for (int i = 2; i + 3 < heads.Length && forms.Length == heads.Length; i++) WhatAThingWasLoadedWithReadAsTheSubject(forms, xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length && forms.Length == heads.Length; i++) ReportedSubjectReadAsTheObjectOfSaid(forms, xpos, heads, relations, i);
        if (forms.Length == heads.Length) VerbsAdjunctBetweenCommasHungOnTheSubject(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) OpeningParticipleClauseReadAsTheRoot(forms, xpos, heads, relations);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) PurposeOfASummonsReadAsTheObjects(forms, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) SubjectOfAThatClauseReadAsTheClause(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) ProtestersPurposeHungOnTheMainVerb(forms, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) KnownAsReadAsAClause(forms, xpos, heads, relations, i);
        for (int i = 3; i + 2 < heads.Length && forms.Length == heads.Length; i++) NameAfterKnownAsReadAsTheSubjectOfTheNextVerb(forms, xpos, heads, relations, i);
        VerbReadAsModifierUnderAPrepositionalRoot(xpos, heads, relations);
        if (forms.Length == heads.Length) RelativeClauseWithAPrepositionalSubjectUnderAnAdverbialRoot(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) VerbAfterAnOpeningPhrasesRelativeClauseReadAsAnotherOne(forms, xpos, heads, relations);
        PastTenseReadAsAnAdjectiveUnderANounRoot(xpos, heads, relations);
        for (int i = 2; i + 2 < heads.Length; i++) SubjectReadAsAClauseOfTheOpeningPhrase(xpos, heads, relations, i);
        SubjectReadAsTheObjectOfAnOpeningParticiple(xpos, heads, relations);
        if (forms.Length == heads.Length) PastReadAsAModifierOfTheNameRootsObject(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) NounAfterOfReadAsTheSubjectOfAVerbBesideANounRoot(forms, xpos, heads, relations);
        WhoseClauseReadAsTheMainClause(xpos, heads, relations);
        WhoseClauseAfterTheOpeningPhraseReadAsTheMainClause(xpos, heads, relations);
        WhoseClauseReadAsASubordinateClause(xpos, heads, relations);
        CoordinatedSubjectSplitBeforeATrailingReporter(xpos, heads, relations);
        if (forms.Length == heads.Length) OpeningDayReadAsASecondSubjectOfTheReporter(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) PastUnderAParticipleOnAnOpeningDayRoot(forms, xpos, heads, relations);
        for (int i = 3; i < heads.Length; i++) WhoseClauseHungOnTheVerbBefore(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) DayAfterOnWithASubjectOfItsOwn(forms, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) TimeReadAsTheSubjectOfAVerbOnANounRoot(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) ParticipleHungOnATime(forms, xpos, heads, relations, i);
        for (int i = 1; i + 4 < heads.Length && forms.Length == heads.Length; i++) ThreatsInfinitiveHungOnItsAdjunct(forms, xpos, heads, relations, i);
        for (int i = 1; i + 2 < heads.Length && forms.Length == heads.Length; i++) SubjectAfterATimeReadAsItsCompound(forms, xpos, heads, relations, i);
        SubjectlessPastBesideANounRoot(xpos, heads, relations);
        for (int i = 1; i < heads.Length && forms.Length == heads.Length; i++) SubjectReadAsThePassiveSubjectOfItsAppositionsParticiple(forms, xpos, heads, relations, i);
        if (forms.Length == heads.Length) SidesOfAnOpeningFightReadAsTheVerbsSubject(forms, xpos, heads, relations);
        if (forms.Length == heads.Length) AdverbialOfTheReportHungOnTheTrailingReporter(forms, xpos, heads, relations);
        for (int i = 1; i + 3 < heads.Length && forms.Length == heads.Length; i++) SubjectOfASaidRelativeClauseHungElsewhere(forms, xpos, heads, relations, i);
        // (Again, for a participle the repairs above left reading as the clause: "Rwanda-backed M23 rebels captured the town ...
        // after heavy fighting with the Congolese army and allied militias, ..., the United Nations said".)
        for (int i = 2; i + 2 < heads.Length && forms.Length == heads.Length; i++) HyphenatedParticipleReadAsTheVerbOfItsNoun(forms, xpos, heads, relations, i);
        FirstVerbReadAsAParticipleOfTheSubject(xpos, heads, relations);
        if (forms.Length == heads.Length) InsertedReporterReadAsWhatWasReported(forms, heads, relations);
        if (forms.Length == heads.Length) FirstReporterReadAsAnEarlierConjunct(forms, xpos, heads, relations);
        // (Last: other repairs leave such a relative clause behind, "advcl:relcl".)
        for (int i = 2; i < heads.Length; i++) SubjectOfAClauseAfterAndReadAsTheVerbsConjunct(xpos, heads, relations, i);
        for (int i = 5; i < heads.Length; i++) RelativeClauseOnAnApposedNounReadAsAClause(xpos, heads, relations, i);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) SpeakersThreatReadAsAConjunctOfWhatHeSaid(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) SpanBeforeAGerundReadAsAConjunct(forms, xpos, heads, relations, i);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) SubjectOfAClauseAfterAndReadAsANounsConjunct(forms, xpos, heads, relations, i);
        for (int i = 2; i + 1 < heads.Length && forms.Length == heads.Length; i++) ParticipleOfTheObjectReadAsTheVerbsComplement(forms, xpos, heads, relations, i);
        // (After the repairs that make a time after "after" the subject of the verb that follows.)
        for (int i = 2; i + 2 < heads.Length && forms.Length == heads.Length; i++) WhenClauseReadAsAModifierOfTheTimeBeforeIt(forms, xpos, heads, relations, i);
        for (int i = 5; i + 2 < heads.Length && forms.Length == heads.Length; i++) NameBeforeTheSubjectsAppositionLeftInTheOpeningPhrase(forms, xpos, heads, relations, i);
        for (int i = 7; i + 2 < heads.Length && forms.Length == heads.Length; i++) SpokesmanBeforeTheSubjectsAppositionLeftInTheOpeningPhrase(forms, xpos, heads, relations, i);
        SubjectLeftInTheOpeningPhraseOfASubjectlessRoot(xpos, heads, relations);
        for (int i = 4; i + 4 < heads.Length && forms.Length == heads.Length; i++) PlacesAppositionReadAsTheSubject(forms, xpos, heads, relations, i);
        for (int i = 4; i + 4 < heads.Length && forms.Length == heads.Length; i++) PlacesAppositionBeforeTheSubjectReadAsTheSubject(forms, xpos, heads, relations, i);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) NameANounCallsItselfReadAsTheSubject(forms, xpos, heads, relations, i);
        for (int i = 5; i < heads.Length && forms.Length == heads.Length; i++) MainVerbHungInsideTheSubjectsRelativeClause(forms, xpos, heads, relations, i);
        for (int i = 2; i + 2 < heads.Length; i++) ReportedClauseReadAsTheSubjectOfAParticiple(xpos, heads, relations, i);
        for (int i = 4; i + 1 < heads.Length && forms.Length == heads.Length; i++) SomeOfThemApposedToTheSubjectReadAsTheSubject(forms, xpos, heads, relations, i);
        PastAfterTheOpeningNounRootReadAsParataxis(xpos, heads, relations);
        if (forms.Length == heads.Length) SubjectsAfterAnOpeningSpanReadAsConjunctsOfItsAct(forms, heads, relations);
        if (forms.Length == heads.Length) OpeningSpanReadAsTheRoot(forms, xpos, heads, relations);
        // (Last: earlier repairs hang the opening phrase on the verb as a subject beside its own.)
        for (int i = 0; i < heads.Length && forms.Length == heads.Length; i++) OpeningPhraseReadAsAFirstSubject(forms, xpos, heads, relations, i);
        // (Again, last: a subject the repairs hung on a passive participle with its auxiliary is the passive's, "after a herder ... was
        // shot dead by unidentified gunmen".)
        for (int i = 0; i + 1 < heads.Length && forms.Length == heads.Length; i++) SubjectOfAPassiveReadAsActive(forms, xpos, heads, relations, i);
        for (int i = 6; i < heads.Length && forms.Length == heads.Length; i++) PrepositionalPhraseReadAsTheSubjectOfTheVerbAfterAnd(forms, xpos, heads, relations, i);
        // (After the repairs that hang such a day on a noun of the clause before.)
        for (int i = 2; i + 2 < heads.Length && forms.Length == heads.Length; i++) DayAfterAndOnBeforeASubjectReadAsAConjunct(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) TollParticipleHungOnANounOrItsParticiple(forms, xpos, heads, relations, i);
        for (int i = 1; i + 3 < heads.Length && forms.Length == heads.Length; i++) SubjectOfWhatSayingSaysReadAsItsObject(forms, xpos, heads, relations, i);
        for (int i = 2; i + 1 < heads.Length && forms.Length == heads.Length; i++) AccusingParticipleHungOnTheAccused(forms, xpos, heads, relations, i);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) ThreatCoordinatedWithTheAccusedDeed(forms, xpos, heads, relations, i);
        for (int i = 3; i + 2 < heads.Length; i++) SubjectOfAParticipleBetweenCommasBeforeTheVerb(xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length && forms.Length == heads.Length; i++) PassiveAuxiliaryReadAsTheVerb(forms, xpos, heads, relations, i);
        for (int i = 4; i < heads.Length && forms.Length == heads.Length; i++) PastHungInsideTheSubjectsBelievedPhrase(forms, xpos, heads, relations, i);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) SubjectOfAPassiveReadAsTheReportersSubject(forms, xpos, heads, relations, i);
        // (Last: earlier repairs can leave such an oblique behind.)
        for (int i = 3; i < heads.Length; i++) ObliqueHungAcrossALaterVerb(xpos, heads, relations, i);
        FinalPunctuationOnTheRoot(xpos, heads, relations);
    }

    /// <summary>
    /// "..., the military said Sunday, days after insurgents ambushed a convoy", parsed with "ambushed" as what was said: a
    /// clause opened by "after" or "before" a span of time is an adverbial clause, never a complement (EWT train: 2
    /// complements among 700 clauses opened by "after", "before", "since", "because" and the like).
    /// </summary>
    private static void ClauseOfTimeReadAsAComplement(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int mark)
    {
        if (relations[mark] != "mark" || heads[mark] is not (>= 0 and var clause) || relations[clause] != "ccomp") return;
        // (Only after a span of time, "days after", "shortly before": a bare "after" clause hung on a verb of saying is now and
        // then what was said in PolNeAR's reading, and attributions read it so.)
        if (forms[mark].ToLowerInvariant() is "after" or "before" && forms[mark - 1].ToLowerInvariant() is "days" or "day" or "hours" or "week" or "weeks" or "months" or "minutes" or "shortly" or "soon" or "moments")
            relations[clause] = "advcl";
    }

    /// <summary>
    /// "Central Mali has been plagued by ethnic violence since jihadists linked to al Qaeda arrived in 2015", parsed with "since"
    /// as the case of "jihadists" and "arrived" as a complement of "plagued": a subordinator read as a preposition, whose noun's
    /// phrase a finite verb with no subject follows at once, opens that verb's clause, and the noun is its subject (as
    /// <see cref="SubordinatorReadAsAPreposition"/> does for a noun read as the subject already). Only "since": with "after",
    /// "before" and "until" too, PolNeAR train lost more sources than it gained ("after a fling with Mr. Mayer, or so ...
    /// writes"), though GUM dev gained.
    /// </summary>
    private static void SubordinatorReadAsTheCaseOfAModifier(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int mark)
    {
        if (relations[mark] != "case" || forms[mark] != "since" || heads[mark] is not (> 0 and var noun) || noun <= mark
            || !IsNoun(xpos[noun]) || SubtreeEnd(heads, noun) + 1 is var verb && (verb >= heads.Length || xpos[verb] is not ("VBD" or "VBZ" or "VBP"))
            || HasDependent(heads, relations, verb, "nsubj") || relations[verb] is not ("xcomp" or "ccomp" or "conj" or "parataxis") || heads[verb] > mark) return;
        // (Not a time with a clause set off after it: "since Wednesday, when gunmen shot ...".)
        for (int i = mark + 1; i < verb; i++)
        {
            if (forms[i] == ",") return;
        }
        Hang(heads, relations, noun, verb, "nsubj");
        Hang(heads, relations, mark, verb, "mark");
        relations[verb] = "advcl";
    }

    /// <summary>
    /// "At least 10 people were killed, including two police officers, according to the police, though a local radio
    /// station put the death toll at 25", parsed with "though" as the case of "station" and "officers" as the subject of
    /// "put": "though", "although" and "unless" are never prepositions, so one read as a noun's case opens the clause of
    /// the verb right after the noun's phrase (or after its auxiliaries: "unless vigilante groups in the area were
    /// disbanded"), whose subject the noun is; a subject before the subordinator, with a preposition of its own, is an
    /// oblique of the clause the new one modifies, and one right after a verb is that verb's object ("threatened further
    /// raids unless ..."), the verb the one the clause modifies.
    /// </summary>
    private static void ThoughReadAsTheCaseOfASubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int mark)
    {
        if (relations[mark] != "case" || heads[mark] is not (> 0 and var noun) || noun <= mark || !IsNoun(xpos[noun])
            || forms[mark] is not ("though" or "although" or "unless" or "Though" or "Although" or "Unless")) return;
        int verb = SubtreeEnd(heads, noun) + 1;
        if (verb < heads.Length && VerbItsAuxiliaryServes(heads, relations, verb) is var served && served - verb <= 2) verb = served;
        if (verb >= heads.Length || xpos[verb] is not ("VBD" or "VBZ" or "VBP" or "VB" or "MD" or "VBN") || xpos[verb] == "VBN" && verb == SubtreeEnd(heads, noun) + 1
            || relations[verb] is not ("conj" or "ccomp" or "parataxis" or "xcomp" or "advcl") || heads[verb] is not (>= 0 and var governor) || governor > mark) return;
        int wrongSubject = -1;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] != verb || relations[i] is not ("nsubj" or "nsubj:pass")) continue;
            if (i > mark) return;
            wrongSubject = i;
        }
        int objectsVerb = -1;
        if (wrongSubject >= 0 && !HasCase(heads, relations, wrongSubject))
        {
            // (The object's verb is the word before it, whichever tree it ended up in.)
            objectsVerb = SubtreeStart(heads, wrongSubject) - 1;
            if (objectsVerb < 0 || xpos[objectsVerb] is not ("VBD" or "VBZ" or "VBP" or "VB" or "VBN" or "VBG") || objectsVerb != governor && !Dominates(heads, verb, objectsVerb)) return;
            for (int i = wrongSubject + 1; i < mark; i++)
            {
                if (!Dominates(heads, wrongSubject, i)) return;
            }
        }
        Hang(heads, relations, noun, verb, HasDependent(heads, relations, verb, "aux:pass") ? "nsubj:pass" : "nsubj");
        Hang(heads, relations, mark, verb, "mark");
        if (objectsVerb >= 0)
        {
            if (objectsVerb != governor) Hang(heads, relations, objectsVerb, governor, relations[verb]);
            Hang(heads, relations, wrongSubject, objectsVerb, "obj");
            governor = objectsVerb;
        }
        else if (wrongSubject >= 0) Hang(heads, relations, wrongSubject, governor, "obl");
        Hang(heads, relations, verb, governor, "advcl");
    }

    /// <summary>
    /// "..., police said, a week after an attack on tourists killed 26 people", parsed with "week" as the subject of
    /// "killed" and "after an attack" as its modifier: a span of time with "after" or "before" and a noun hung on it,
    /// read as a verb's subject, is the verb's time, the noun its subject and "after" the clause's subordinator.
    /// </summary>
    private static void SpanOfTimeReadAsTheSubjectOfTheClauseItDates(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int span)
    {
        // (The words as written: a span of time inside a sentence is in lower case, and this runs on every subject.)
        if (relations[span] != "nsubj" || forms[span] is not ("day" or "days" or "week" or "weeks" or "month" or "months" or "hours")
            || heads[span] is not (>= 0 and var verb) || verb < span || !IsVerb(xpos[verb])) return;
        for (int noun = span + 2; noun < verb; noun++)
        {
            if (heads[noun] != span || relations[noun] != "nmod" || !IsNoun(xpos[noun]) || forms[span + 1] is not ("after" or "before")
                || heads[span + 1] != noun || relations[span + 1] != "case") continue;
            Hang(heads, relations, noun, verb, "nsubj");
            Hang(heads, relations, span + 1, verb, "mark");
            Hang(heads, relations, span, verb, "obl:unmarked");
            return;
        }
    }

    /// <summary>
    /// "..., the ministry said, in a statement on its website.", parsed with "statement" hung on the comma before it:
    /// a comma heads nothing in UD, so a word hung on one takes the comma's own head (EWT train: 9 such words right
    /// after the move, none before).
    /// </summary>
    private static void WordHungOnAComma(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int word)
    {
        if (heads[word] is not (>= 0 and var comma) || xpos[comma] != "," || heads[comma] < 0 || heads[comma] == word) return;
        int head = heads[word] = heads[comma];
        // (A noun's modifier on a comma becomes the verb's oblique, and back.)
        if (relations[word] == "nmod" && IsVerb(xpos[head])) relations[word] = "obl";
        else if (relations[word] == "obl" && IsNoun(xpos[head])) relations[word] = "nmod";
    }

    /// <summary>
    /// "clashes between armed Nuer and Anuak youths", parsed with "between" hung on "Nuer", a modifier of "youths": a
    /// preposition that opens a noun phrase is the case of its head noun, not of a modifier before it (EWT train has 22
    /// prepositions on a compound, all inside hyphenated phrases, "behind-the-scenes", which this leaves alone).
    /// </summary>
    private static void CaseHungOnAModifierOfItsNoun(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int preposition)
    {
        if (relations[preposition] != "case" || heads[preposition] is not (> 0 and var modifier) || modifier <= preposition
            || relations[modifier] is not ("compound" or "amod") || heads[modifier] is not (>= 0 and var noun) || noun <= modifier || !IsNoun(xpos[noun])) return;
        for (int i = preposition + 1; i <= noun; i++)
        {
            if (xpos[i] == "HYPH" || !Dominates(heads, noun, i)) return;
        }
        heads[preposition] = noun;
        // ("Clashes between Puntland and Galmudug forces ... killed", with "forces" the object of the noun "Clashes": a noun
        // has no object; with its preposition it is the noun's modifier.)
        if (relations[noun] == "obj" && heads[noun] >= 0 && IsNoun(xpos[heads[noun]])) relations[noun] = "nmod";
    }

    /// <summary>
    /// "followed clashes on Sunday between Acholi and Madi residents of Apaa", parsed with the residents an apposition of
    /// "clashes": an apposition follows its noun after a comma, a dash or a bracket and has no preposition of its own
    /// (EWT train and dev: 5 such appositions, all after punctuation); a phrase a preposition opens with no punctuation
    /// before it is the noun's modifier.
    /// </summary>
    private static void PrepositionalPhraseReadAsAnApposition(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int preposition)
    {
        if (relations[preposition] != "case" || xpos[preposition] != "IN" || xpos[preposition - 1] is "," or ":" or "-LRB-" or "HYPH" or "NFP"
            || heads[preposition] is not (>= 0 and var phrase) || relations[phrase] != "appos" || phrase < preposition || SubtreeStart(heads, phrase) != preposition) return;
        relations[phrase] = "nmod";
    }

    /// <summary>
    /// "Fighters of the National Liberation Army (ELN) and the Gulf Clan fought", parsed with "Clan" a conjunct of the bracketed
    /// acronym: an acronym in brackets repeats the name before it, so what is coordinated after it is coordinated with that name.
    /// </summary>
    private static void ConjunctHungOnABracketedAcronym(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int conjunct)
    {
        if (relations[conjunct] != "conj" || heads[conjunct] is not (> 0 and var acronym) || acronym + 2 >= conjunct
            || xpos[acronym - 1] != "-LRB-" || xpos[acronym + 1] != "-RRB-" || relations[acronym] is not ("flat" or "appos" or "flat:name" or "compound")
            || heads[acronym] is not (>= 0 and var name) || name >= acronym || !IsNoun(xpos[name])) return;
        heads[conjunct] = name;
    }

    /// <summary>
    /// "had fought house to house", parsed with the first "house" the verb's object and the second an infinitive: a noun
    /// repeated around "to" ("house to house", "door to door", "street to street") says how, not whom; the first is the
    /// verb's unmarked oblique and the second, with "to" its preposition, its modifier.
    /// </summary>
    private static void NounToTheSameNounReadAsAnObject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "obj" || !IsNoun(xpos[noun]) || !forms[noun + 1].Equals("to", StringComparison.OrdinalIgnoreCase)
            || !forms[noun + 2].Equals(forms[noun], StringComparison.OrdinalIgnoreCase)) return;
        relations[noun] = "obl:unmarked";
        Hang(heads, relations, noun + 2, noun, "nmod");
        Hang(heads, relations, noun + 1, noun + 2, "case");
        for (int i = noun + 3; i < heads.Length; i++)
        {
            if (heads[i] == noun + 2 && relations[i] != "punct") heads[i] = heads[noun];
        }
    }

    private static readonly string[] InfinitiveTakers = ["threaten", "vow", "pledge", "promis", "decid", "agree", "refus", "swore", "swear"];

    /// <summary>Puts <paramref name="word"/> where <paramref name="head"/> stood in the tree, and hangs the head on it as its <paramref name="demotedAs"/>.</summary>
    private static void TakeThePlaceOf(Span<int> heads, Span<string> relations, int word, int head, string demotedAs)
    {
        heads[word] = heads[head];
        relations[word] = relations[head];
        heads[head] = word;
        relations[head] = demotedAs;
    }

    /// <summary>
    /// "a drone loaded with explosives struck an army base", parsed with "explosives" the subject: what a thing was loaded, packed or
    /// rigged with is an oblique of the participle, and the thing the verb's subject.
    /// </summary>
    private static void WhatAThingWasLoadedWithReadAsTheSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        int with = participle + 1, thing = participle - 1;
        if (xpos[participle] != "VBN" || relations[participle] != "acl" || heads[participle] != thing || forms[with] != "with" || !IsNoun(xpos[thing])) return;
        if (forms[participle] is not ("loaded" or "packed" or "laden" or "rigged" or "filled" or "armed" or "fitted")) return;
        int load = with + 1;
        while (load + 1 < heads.Length && heads[load] > load && relations[load] is "det" or "amod" or "compound" or "nummod") load = heads[load];
        if (relations[load] != "nsubj" || heads[load] is not (> 0 and var verb) || verb <= load || !IsVerb(xpos[verb]) || Dominates(heads, thing, verb)) return;
        Hang(heads, relations, thing, verb, "nsubj");
        Hang(heads, relations, load, participle, "obl");
    }

    /// <summary>
    /// "UNMISS, the U.N. mission, which met chiefs from both sides in Rumbek last Friday, said", parsed with "Friday" a subject of
    /// "said": "last", "next" or "this" and a day or time right after a relative clause's words date that clause.
    /// </summary>
    private static void DayEndingARelativeClauseReadAsASubject(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int day)
    {
        if (relations[day] != "nsubj" || heads[day] < day || forms[day - 1] is not ("last" or "next" or "this") || !TimeWords.Contains(forms[day].ToLowerInvariant())) return;
        int clause = day - 2;
        while (clause >= 0 && relations[clause] != "acl:relcl") clause = heads[clause] >= 0 && heads[clause] < day ? heads[clause] : -1;
        if (clause < 0 || heads[clause] is not (>= 0 and var noun) || relations[noun] is not ("nsubj" or "appos") || Dominates(heads, day, clause)) return;
        Hang(heads, relations, day, clause, "obl:unmarked");
        if (forms[day + 1] == "," && heads[day + 1] == day) heads[day + 1] = clause;
    }

    /// <summary>
    /// "MSF said its teams/obj treated/acl 31 wounded people": a noun read as the object of "said" with a past tense hung on it
    /// is the subject of what was said, and the past its verb.
    /// </summary>
    private static void ReportedSubjectReadAsTheObjectOfSaid(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        int verb = noun + 1, said = heads[noun];
        if (relations[noun] != "obj" || xpos[verb] != "VBD" || heads[verb] != noun || relations[verb] != "acl" || said < 0 || said >= noun) return;
        if (forms[said] is not ("said" or "says")) return;
        Hang(heads, relations, verb, said, "ccomp");
        Hang(heads, relations, noun, verb, "nsubj");
    }

    /// <summary>
    /// "troops had beaten back/advmod 11 attacks", with "back" hung on the count: a particle between a verb and its
    /// counted object completes the verb ("beat back", "shot down", "fought off").
    /// </summary>
    private static void ParticleHungOnTheObjectsCount(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int word)
    {
        int count = word + 1, verb = word - 1;
        if (heads[word] != count || relations[word] != "advmod" || xpos[count] != "CD" || relations[count] != "nummod" || !IsVerb(xpos[verb])) return;
        int noun = heads[count];
        if (noun <= count || heads[noun] != verb || relations[noun] != "obj") return;
        if (forms[word] is not ("back" or "off" or "down" or "up" or "out" or "away")) return;
        Hang(heads, relations, word, verb, xpos[word] == "RP" ? "compound:prt" : "advmod");
    }

    /// <summary>Hangs a word on a head by a relation.</summary>
    private static void Hang(Span<int> heads, Span<string> relations, int word, int head, string relation)
    {
        heads[word] = head;
        relations[word] = relation;
    }

    /// <summary>Hangs on <paramref name="to"/> every word after <paramref name="after"/> that hung on <paramref name="from"/>.</summary>
    private static void Rehang(Span<int> heads, int from, int to, int after)
    {
        for (int i = after + 1; i < heads.Length; i++)
        {
            if (heads[i] == from) heads[i] = to;
        }
    }

    /// <summary>Whether a comma opens the word's phrase (hung on it) or comes right before it.</summary>
    private static bool AfterAComma(ReadOnlySpan<string> forms, Span<int> heads, int word) => CommaOpening(forms, heads, word) >= 0;

    /// <summary>The comma that opens a word's phrase, hung inside it or right before it, or -1.</summary>
    private static int CommaOpening(ReadOnlySpan<string> forms, Span<int> heads, int word)
    {
        int start = SubtreeStart(heads, word);
        return forms[start] == "," ? start : start >= 1 && forms[start - 1] == "," ? start - 1 : -1;
    }

    /// <summary>
    /// Participles that tell what is said or thought of someone ("gunmen believed to belong to the cartel"), shared with the tag
    /// repairs, in any case.
    /// </summary>
    internal static readonly HashSet<string> HearsayParticiples = new(StringComparer.OrdinalIgnoreCase) { "believed", "thought", "said", "suspected", "reported", "known" };

    private static readonly HashSet<string> SpeechParticiples = new(StringComparer.Ordinal)
    {
        "saying", "adding", "accusing", "calling", "citing", "warning", "noting", "arguing", "insisting", "claiming", "blaming", "urging", "demanding",
    };

    private static bool StartsUpper(string form) => form.Length > 1 && char.IsUpper(form[0]);

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "today", "yesterday", "week", "month", "year", "night",
        "morning", "evening", "afternoon", "day", "weekend",
    };

    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal) { "after", "before", "since", "until", "when", "once", "because", "while" };

    /// <summary>Whether <paramref name="ancestor"/> is <paramref name="word"/> or above it.</summary>
    private static bool Dominates(Span<int> heads, int ancestor, int word)
    {
        for (int steps = 0; word >= 0 && steps <= heads.Length; steps++, word = heads[word])
        {
            if (word == ancestor) return true;
        }
        return false;
    }

    /// <summary>The last word of a word's subtree.</summary>
    private static int SubtreeEnd(Span<int> heads, int word)
    {
        int end = word;
        for (int i = word + 1; i < heads.Length; i++)
        {
            if (Dominates(heads, word, i)) end = i;
        }
        return end;
    }

    /// <summary>The first word of a word's subtree.</summary>
    private static int SubtreeStart(Span<int> heads, int word)
    {
        for (int i = 0; i < word; i++)
        {
            if (Dominates(heads, word, i)) return i;
        }
        return word;
    }

    /// <summary>Whether a word other than <paramref name="except"/> hangs on the head by the relation.</summary>
    /// <summary>Whether the verb has a subject of its own, active or passive.</summary>
    private static bool HasASubject(Span<int> heads, Span<string> relations, int verb) =>
        HasDependent(heads, relations, verb, "nsubj") || HasDependent(heads, relations, verb, "nsubj:pass");

    private static bool HasDependent(Span<int> heads, Span<string> relations, int head, string relation, int except = -1)
    {
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == head && relations[i] == relation && i != except) return true;
        }
        return false;
    }

    /// <summary>Whether a dependent after the head hangs on it by one of the two relations.</summary>
    private static bool HasDependentAfter(Span<int> heads, Span<string> relations, int head, string relation, string orRelation)
    {
        for (int i = head + 1; i < heads.Length; i++)
        {
            if (heads[i] == head && (relations[i] == relation || relations[i] == orRelation)) return true;
        }
        return false;
    }

    /// <summary>Whether a "by" phrase hangs on the verb (a passive's agent).</summary>
    private static bool HasAgent(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int verb)
    {
        for (int i = verb + 1; i < heads.Length; i++)
        {
            if (relations[i] == "case" && forms[i].Equals("by", StringComparison.OrdinalIgnoreCase) && heads[i] >= 0 && heads[heads[i]] == verb) return true;
        }
        return false;
    }

    /// <summary>Whether "that" marks the clause.</summary>
    private static bool HasThatMark(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int clause) =>
        HasDependentForm(forms, heads, relations, clause, "mark", "that", before: clause);

    /// <summary>Whether a word (before <paramref name="before"/>) hangs on the head by the relation and is <paramref name="form"/>, in any case.</summary>
    private static bool HasDependentForm(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int head, string relation, string form, int before = int.MaxValue)
    {
        for (int i = 0; i < heads.Length && i < before; i++)
        {
            if (heads[i] == head && relations[i] == relation && forms[i].Equals(form, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool IsVerb(string? xpos) => xpos is "VB" or "VBD" or "VBG" or "VBN" or "VBP" or "VBZ";

    /// <summary>Makes <paramref name="second"/> a conjunct of <paramref name="first"/>, with <paramref name="and"/> its coordinator.</summary>
    private static void Coordinate(Span<int> heads, Span<string> relations, int first, int and, int second)
    {
        Hang(heads, relations, second, first, "conj");
        Hang(heads, relations, and, second, "cc");
    }

    /// <summary>The verb an auxiliary serves after it ("were disbanded", "had said"), or the word itself when it is none.</summary>
    private static int VerbItsAuxiliaryServes(Span<int> heads, Span<string> relations, int word) =>
        relations[word] is "aux" or "aux:pass" && heads[word] > word ? heads[word] : word;

    /// <summary>The word itself if it is a verb, else the first verb above it (-1 when none).</summary>
    private static int VerbAbove(ReadOnlySpan<string?> xpos, Span<int> heads, int word)
    {
        while (word >= 0 && !IsVerb(xpos[word])) word = heads[word];
        return word;
    }

    /// <summary>Whether a comma between the two words belongs to the second (opens its phrase).</summary>
    private static bool CommaBefore(ReadOnlySpan<string?> xpos, Span<int> heads, int from, int word)
    {
        for (int k = from + 1; k < word; k++)
        {
            if (xpos[k] == "," && heads[k] == word) return true;
        }
        return false;
    }

    private static bool HasCase(Span<int> heads, Span<string> relations, int word)
    {
        for (int i = 0; i < word; i++)
        {
            if (heads[i] == word && relations[i] == "case") return true;
        }
        return false;
    }

    private static bool IsNoun(string? xpos) => xpos is "NN" or "NNS" or "NNP" or "NNPS";

    private static bool IsPunctuation(string? xpos) => xpos is "``" or "''" or "," or "." or ":" or "-LRB-" or "-RRB-" or "HYPH" or "NFP";

    /// <summary>
    /// "The NAACP called for a moratorium on charter schools./punct>NAACP": the sentence's final full stop
    /// hangs on its root (UD's convention); on a noun it would stretch that noun's phrase over the sentence.
    /// </summary>
    private static void FinalPunctuationOnTheRoot(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int last = heads.Length - 1;
        if (last < 1 || xpos[last] != "." || relations[last] != "punct") return;
        int root = heads.IndexOf(-1);
        if (root >= 0 && root != last) heads[last] = root;
    }

}
