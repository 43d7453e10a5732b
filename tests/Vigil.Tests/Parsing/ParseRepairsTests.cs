using Vigil.Parsing;

namespace Vigil.Tests.Parsing;

/// <summary>The repairs after each parse, on hand-made trees with the parser's mistakes.</summary>
public class ParseRepairsTests
{
    private static (int[] Heads, string[] Relations) Repaired(string?[] xpos, int[] heads, string[] relations)
    {
        ParseRepairs.Apply(xpos, heads, relations);
        return (heads, relations);
    }

    [Fact]
    public void A_verb_after_the_noun_roots_apposition_and_a_comma_is_the_root()
    {
        // A doctor at the Saudi Hospital , the only partially functioning medical facility in El Fasher , told The Associated Press that the hospital had received 27 bodies .
        string[] forms = ["A", "doctor", "at", "the", "Saudi", "Hospital", ",", "the", "only", "partially", "functioning", "medical", "facility", "in", "El", "Fasher", ",", "told", "The", "Associated", "Press", "that", "the", "hospital", "had", "received", "27", "bodies", "."];
        int[] heads = [1, -1, 5, 5, 5, 1, 12, 12, 12, 10, 12, 12, 1, 14, 12, 14, 17, 1, 20, 20, 17, 25, 23, 25, 25, 17, 27, 25, 1];
        string[] relations = ["det", "root", "case", "det", "amod", "nmod", "punct", "det", "amod", "advmod", "amod", "amod", "appos", "case", "nmod", "flat", "punct", "parataxis", "det", "amod", "iobj", "mark", "det", "nsubj", "aux", "ccomp", "nummod", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "IN", "DT", "NNP", "NNP", ",", "DT", "JJ", "RB", "VBG", "JJ", "NN", "IN", "NNP", "NNP", ",", "VBD", "DT", "NNP", "NNP", "IN", "DT", "NN", "VBD", "VBN", "CD", "NNS", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[17], relations[17]));
        Assert.Equal((17, "nsubj"), (heads[1], relations[1]));
        Assert.Equal(17, heads[28]);
    }

    [Fact]
    public void A_name_flat_on_its_possessor_across_the_possessive_is_the_possessed()
    {
        // Sudan 's RSF accused of killing dozens
        string[] forms = ["Sudan", "'s", "RSF", "accused", "of", "killing", "dozens"];
        int[] heads = [-1, 0, 0, 0, 5, 3, 5];
        string[] relations = ["root", "case", "flat", "acl", "mark", "advcl", "obj"];
        ParseRepairs.Apply(forms, ["NNP", "POS", "NNP", "VBN", "IN", "VBG", "NNS"], heads, relations);
        Assert.Equal((2, "nmod:poss"), (heads[0], relations[0]));
        Assert.Equal(0, heads[1]);
        // (And the headline's participle, which hung on the name, is its passive verb.)
        Assert.Equal((3, "nsubj:pass"), (heads[2], relations[2]));
        Assert.Equal((-1, "root"), (heads[3], relations[3]));
    }

    [Fact]
    public void The_subject_of_a_headlines_bare_participle_is_passive()
    {
        // Police accused of killing dozens
        string[] forms = ["Police", "accused", "of", "killing", "dozens"];
        int[] heads = [1, -1, 3, 1, 3];
        string[] relations = ["nsubj", "root", "mark", "advcl", "obj"];
        ParseRepairs.Apply(forms, ["NNS", "VBN", "IN", "VBG", "NNS"], heads, relations);
        Assert.Equal("nsubj:pass", relations[0]);
        // (Not a sentence with its full stop: "Police accused of it ." is left as the parser read it.)
        string[] sentence = ["Police", "accused", "of", "it", "."];
        string[] sentenceRelations = ["nsubj", "root", "case", "obl", "punct"];
        ParseRepairs.Apply(sentence, ["NNS", "VBN", "IN", "PRP", "."], [1, -1, 3, 1, 1], sentenceRelations);
        Assert.Equal("nsubj", sentenceRelations[0]);
    }

    [Fact]
    public void A_clause_after_a_span_of_time_is_adverbial_not_what_was_said()
    {
        // The military said Sunday , days after insurgents ambushed a convoy .
        string[] forms = ["The", "military", "said", "Sunday", ",", "days", "after", "insurgents", "ambushed", "a", "convoy", "."];
        int[] heads = [1, 2, -1, 2, 8, 8, 8, 8, 2, 10, 8, 2];
        string[] relations = ["det", "nsubj", "root", "obl:unmarked", "punct", "nmod:unmarked", "mark", "nsubj", "ccomp", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "NNP", ",", "NNS", "IN", "NNS", "VBD", "DT", "NN", "."], heads, relations);
        Assert.Equal("advcl", relations[8]);
        // (A bare "after" clause stays as the parser read it.)
        string[] bare = ["She", "said", "after", "he", "left", "."];
        string[] bareRelations = ["nsubj", "root", "mark", "nsubj", "ccomp", "punct"];
        ParseRepairs.Apply(bare, ["PRP", "VBD", "IN", "PRP", "VBD", "."], [1, -1, 4, 4, 1, 1], bareRelations);
        Assert.Equal("ccomp", bareRelations[4]);
    }

    [Fact]
    public void A_reporter_read_as_an_earlier_objects_conjunct_is_the_first_of_the_reporters()
    {
        // Police fired tear gas to disperse workers who blocked a highway to demand three months of unpaid wages , police and union leaders said .
        string[] forms = ["Police", "fired", "tear", "gas", "to", "disperse", "workers", "who", "blocked", "a", "highway", "to", "demand", "three", "months", "of", "unpaid", "wages", ",", "police", "and", "union", "leaders", "said", "."];
        int[] heads = [1, 23, 3, 1, 5, 3, 5, 8, 6, 10, 8, 12, 8, 14, 12, 17, 17, 14, 19, 14, 21, 22, 23, -1, 23];
        string[] relations = ["nsubj", "ccomp", "compound", "obj", "mark", "acl", "obj", "nsubj", "acl:relcl", "det", "obj", "mark", "advcl", "nummod", "obj", "case", "amod", "nmod", "punct", "conj", "cc", "compound", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "NN", "NN", "TO", "VB", "NNS", "WP", "VBD", "DT", "NN", "TO", "VB", "CD", "NNS", "IN", "JJ", "NNS", ",", "NNS", "CC", "NN", "NNS", "VBD", "."], heads, relations);
        Assert.Equal((23, "nsubj"), (heads[19], relations[19]));
        Assert.Equal((19, "conj"), (heads[22], relations[22]));
        // (Not a list that is the subject already: "the families , supporters and officials said".)
        string[] list = ["the", "families", ",", "supporters", "and", "officials", "said", "."];
        int[] listHeads = [1, 6, 3, 1, 5, 6, -1, 6];
        string[] listRelations = ["det", "nsubj", "punct", "conj", "cc", "nsubj", "root", "punct"];
        ParseRepairs.Apply(list, ["DT", "NNS", ",", "NNS", "CC", "NNS", "VBD", "."], listHeads, listRelations);
        Assert.Equal((1, "conj"), (listHeads[3], listRelations[3]));
    }

    [Fact]
    public void A_day_root_between_a_subject_and_its_verb_is_the_verbs_time()
    {
        // The SDF , in a statement late on Wednesday , accused Turkish - backed factions of shelling villages near Manbij .
        string[] forms = ["The", "SDF", ",", "in", "a", "statement", "late", "on", "Wednesday", ",", "accused", "Turkish", "-", "backed", "factions", "of", "shelling", "villages", "near", "Manbij", "."];
        int[] heads = [1, 8, 5, 5, 5, 1, 8, 8, -1, 8, 8, 13, 11, 14, 10, 17, 17, 14, 19, 17, 8];
        string[] relations = ["det", "nsubj", "punct", "case", "det", "nmod", "advmod", "case", "root", "punct", "parataxis", "obl:unmarked", "punct", "amod", "obj", "case", "amod", "nmod", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", ",", "IN", "DT", "NN", "RB", "IN", "NNP", ",", "VBD", "NNP", "HYPH", "VBN", "NNS", "IN", "VBG", "NNS", "IN", "NNP", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[10], relations[10]));
        Assert.Equal(((10, "nsubj"), (10, "obl"), (10, "obl")), ((heads[1], relations[1]), (heads[8], relations[8]), (heads[5], relations[5])));
        Assert.Equal(10, heads[20]);
    }

    [Fact]
    public void A_word_hung_on_a_comma_takes_the_commas_head()
    {
        // Six people were killed in the strike , the ministry said , in a statement on its website .
        //  0     1     2     3    4   5    6    7  8     9       10  11 12 13    14     15  16    17    18
        string[] forms = ["Six", "people", "were", "killed", "in", "the", "strike", ",", "the", "ministry", "said", ",", "in", "a", "statement", "on", "its", "website", "."];
        int[] heads = [1, 3, 3, -1, 6, 6, 3, 10, 9, 10, 3, 10, 14, 14, 11, 17, 17, 14, 3];
        string[] relations = ["nummod", "nsubj:pass", "aux:pass", "root", "case", "det", "obl", "punct", "det", "nsubj", "parataxis", "punct", "case", "det", "obl", "case", "nmod:poss", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["CD", "NNS", "VBD", "VBN", "IN", "DT", "NN", ",", "DT", "NN", "VBD", ",", "IN", "DT", "NN", "IN", "PRP$", "NN", "."], heads, relations);
        Assert.Equal((10, "obl"), (heads[14], relations[14]));
        // (A noun's modifier hung on a comma after a verb becomes the verb's oblique.)
        string?[] xpos = ["VBD", ",", "IN", "NN"];
        int[] nmodHeads = [-1, 0, 3, 1];
        string[] nmodRelations = ["root", "punct", "case", "nmod"];
        Repaired(xpos, nmodHeads, nmodRelations);
        Assert.Equal((0, "obl"), (nmodHeads[3], nmodRelations[3]));
    }

    [Fact]
    public void A_that_clause_hung_on_the_day_after_a_verb_is_the_verbs_clause()
    {
        // An official said Friday that hackers struck .
        //  0     1     2    3     4     5       6     7
        string[] forms = ["An", "official", "said", "Friday", "that", "hackers", "struck", "."];
        int[] heads = [1, 2, -1, 2, 6, 6, 3, 2];
        string[] relations = ["det", "nsubj", "root", "nsubj", "mark", "nsubj", "acl", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "NNP", "IN", "NNS", "VBD", "."], heads, relations);
        Assert.Equal((2, "ccomp"), (heads[6], relations[6]));
        Assert.Equal((2, "obl:unmarked"), (heads[3], relations[3]));
    }

    [Fact]
    public void Two_subjects_of_a_verb_with_only_and_between_are_one_coordinated_subject()
    {
        // The Times and the newspaper chain filed a motion .
        //  0    1    2    3      4        5     6   7    8     9
        string[] forms = ["The", "Times", "and", "the", "newspaper", "chain", "filed", "a", "motion", "."];
        int[] heads = [1, 6, 6, 5, 5, 6, -1, 8, 6, 6];
        string[] relations = ["det", "nsubj", "cc", "det", "compound", "nsubj", "root", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNP", "CC", "DT", "NN", "NN", "VBD", "DT", "NN", "."], heads, relations);
        Assert.Equal(((1, "conj"), (5, "cc")), ((heads[5], relations[5]), (heads[2], relations[2])));
        // (Not two clauses, one with a copula: "Great job on my roof and the pricing was fair".)
        string[] clauses = ["Great", "job", "and", "the", "pricing", "was", "fair", "."];
        int[] clauseHeads = [1, 6, 6, 4, 6, 6, -1, 6];
        string[] clauseRelations = ["amod", "nsubj", "cc", "det", "nsubj", "cop", "root", "punct"];
        ParseRepairs.Apply(clauses, ["JJ", "NN", "CC", "DT", "NN", "VBD", "JJ", "."], clauseHeads, clauseRelations);
        Assert.Equal((6, "nsubj"), (clauseHeads[4], clauseRelations[4]));
    }

    [Fact]
    public void An_of_phrase_read_as_a_second_subject_modifies_the_first()
    {
        // Soldiers of the South Sudan army clashed with rebels .
        //    0      1   2    3     4     5     6      7     8     9
        string[] forms = ["Soldiers", "of", "the", "South", "Sudan", "army", "clashed", "with", "rebels", "."];
        int[] heads = [6, 6, 4, 4, 6, 4, -1, 8, 6, 6];
        string[] relations = ["nsubj", "case", "det", "compound", "nsubj", "nmod", "root", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "IN", "DT", "NNP", "NNP", "NN", "VBD", "IN", "NNS", "."], heads, relations);
        Assert.Equal(((0, "nmod"), (4, "case")), ((heads[4], relations[4]), (heads[1], relations[1])));
    }

    [Fact]
    public void The_agent_hung_on_a_passives_result_is_the_verbs()
    {
        // one protester was shot dead by police .
        //  0      1      2    3    4   5    6    7
        string[] forms = ["one", "protester", "was", "shot", "dead", "by", "police", "."];
        string?[] xpos = ["CD", "NN", "VBD", "VBN", "JJ", "IN", "NN", "."];
        int[] heads = [1, 3, 3, -1, 3, 6, 4, 3];
        string[] relations = ["nummod", "nsubj:pass", "aux:pass", "root", "xcomp", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((3, "obl:agent"), (heads[6], relations[6]));
        // (Not an active verb's: "they left him dead by the road".)
        string[] active = ["they", "left", "him", "dead", "by", "the", "road", "."];
        int[] activeHeads = [1, -1, 1, 1, 6, 6, 3, 1];
        string[] activeRelations = ["nsubj", "root", "obj", "xcomp", "case", "det", "obl", "punct"];
        ParseRepairs.Apply(active, ["PRP", "VBD", "PRP", "JJ", "IN", "DT", "NN", "."], activeHeads, activeRelations);
        Assert.Equal((3, "obl"), (activeHeads[6], activeRelations[6]));
    }

    [Fact]
    public void A_report_ending_the_sentence_hung_on_an_inner_clause_reports_the_whole_sentence()
    {
        // Language unclear on whether single mothers are covered , experts say .
        //    0        1     2     3      4       5      6     7    8    9     10  11
        string[] forms = ["Language", "unclear", "on", "whether", "single", "mothers", "are", "covered", ",", "experts", "say", "."];
        string?[] xpos = ["NN", "JJ", "IN", "IN", "JJ", "NNS", "VBP", "VBN", ",", "NNS", "VBP", "."];
        int[] heads = [1, -1, 7, 7, 5, 7, 7, 1, 10, 10, 7, 1];
        string[] relations = ["nsubj", "root", "mark", "mark", "amod", "nsubj:pass", "aux:pass", "advcl", "punct", "nsubj", "parataxis", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((-1, "root"), (heads[10], relations[10]));
        Assert.Equal((10, "ccomp"), (heads[1], relations[1]));
        Assert.Equal((1, "advcl"), (heads[7], relations[7]));
        Assert.Equal(10, heads[8]);
        Assert.Equal(10, heads[11]);

        // (Parataxis on the root is UD's other reading of such a report: it stays.)
        int[] onTheRoot = [1, -1, 7, 7, 5, 7, 7, 1, 10, 10, 1, 1];
        string[] onTheRootRelations = ["nsubj", "root", "mark", "mark", "amod", "nsubj:pass", "aux:pass", "advcl", "punct", "nsubj", "parataxis", "punct"];
        ParseRepairs.Apply(forms, xpos, onTheRoot, onTheRootRelations);
        Assert.Equal((1, "parataxis"), (onTheRoot[10], onTheRootRelations[10]));
        Assert.Equal(-1, onTheRoot[1]);
    }

    [Fact]
    public void A_that_clause_after_a_comma_read_as_adverbial_is_the_verbs_clause_but_so_that_stays()
    {
        // Clinton says in Toledo , that it means ruin .
        //    0     1    2    3    4   5   6   7    8   9
        string[] forms = ["Clinton", "says", "in", "Toledo", ",", "that", "it", "means", "ruin", "."];
        int[] heads = [1, -1, 3, 1, 7, 7, 7, 1, 7, 1];
        string[] relations = ["nsubj", "root", "case", "obl", "punct", "mark", "nsubj", "advcl", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "VBZ", "IN", "NNP", ",", "IN", "PRP", "VBZ", "NN", "."], heads, relations);
        Assert.Equal((1, "ccomp"), (heads[7], relations[7]));
        // He left , so that we could stay .
        string[] soForms = ["He", "left", ",", "so", "that", "we", "could", "stay", "."];
        int[] soHeads = [1, -1, 7, 7, 7, 7, 7, 1, 1];
        string[] soRelations = ["nsubj", "root", "punct", "mark", "mark", "nsubj", "aux", "advcl", "punct"];
        ParseRepairs.Apply(soForms, ["PRP", "VBD", ",", "IN", "IN", "PRP", "MD", "VB", "."], soHeads, soRelations);
        Assert.Equal("advcl", soRelations[7]);
    }

    [Fact]
    public void According_to_read_as_a_clause_is_a_preposition_before_its_source()
    {
        // The blast hit the building , according to NYPD Commissioner O'Neill .
        //  0     1    2   3     4      5     6      7   8        9          10    11
        string[] forms = ["The", "blast", "hit", "the", "building", ",", "according", "to", "NYPD", "Commissioner", "O'Neill", "."];
        int[] heads = [1, 2, -1, 4, 2, 2, 5, 6, 6, 8, 8, 2];
        string[] relations = ["det", "nsubj", "root", "det", "obj", "punct", "acl", "fixed", "obj", "flat", "flat", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "DT", "NN", ",", "VBG", "IN", "NNP", "NNP", "NNP", "."], heads, relations);
        Assert.Equal((2, "obl"), (heads[8], relations[8]));
        Assert.Equal((8, "case"), (heads[6], relations[6]));
        Assert.Equal((6, "fixed"), (heads[7], relations[7]));
        Assert.True(DependencyParser.IsTree(heads));
    }

    [Fact]
    public void A_that_clause_with_its_own_subject_read_as_a_relative_is_the_verbs_clause_but_an_object_relative_stays()
    {
        // Sani told Reuters by phone that attackers burned houses .
        //  0    1     2     3   4     5      6        7      8     9
        string[] forms = ["Sani", "told", "Reuters", "by", "phone", "that", "attackers", "burned", "houses", "."];
        int[] heads = [1, -1, 1, 4, 1, 7, 7, 4, 7, 1];
        string[] relations = ["nsubj", "root", "iobj", "case", "obl", "nsubj", "nsubj", "acl:relcl", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "VBD", "NNP", "IN", "NN", "WDT", "NNS", "VBD", "NNS", "."], heads, relations);
        Assert.Equal((1, "ccomp"), (heads[7], relations[7]));
        Assert.Equal("mark", relations[5]);
        // The State Department waived the fees that they charge .
        string[] feeForms = ["They", "waived", "the", "fees", "that", "they", "charge", "."];
        int[] feeHeads = [1, -1, 3, 1, 6, 6, 3, 1];
        string[] feeRelations = ["nsubj", "root", "det", "obj", "obj", "nsubj", "acl:relcl", "punct"];
        ParseRepairs.Apply(feeForms, ["PRP", "VBD", "DT", "NNS", "WDT", "PRP", "VBP", "."], feeHeads, feeRelations);
        Assert.Equal((3, "acl:relcl"), (feeHeads[6], feeRelations[6]));
    }

    [Fact]
    public void A_past_tense_coordinated_with_an_infinitive_is_the_conjunct_of_the_finite_verb_above()
    {
        // He accused them of failing to protect villages and called on the army .
        //  0     1      2   3    4     5     6        7     8     9    10  11   12  13
        string[] forms = ["He", "accused", "them", "of", "failing", "to", "protect", "villages", "and", "called", "on", "the", "army", "."];
        int[] heads = [1, -1, 1, 4, 1, 6, 4, 6, 9, 6, 12, 12, 9, 1];
        string[] relations = ["nsubj", "root", "obj", "mark", "advcl", "mark", "xcomp", "obj", "cc", "conj", "case", "det", "obl", "punct"];
        ParseRepairs.Apply(forms, ["PRP", "VBD", "PRP", "IN", "VBG", "TO", "VB", "NNS", "CC", "VBN", "IN", "DT", "NN", "."], heads, relations);
        Assert.Equal((1, "conj"), (heads[9], relations[9]));
    }

    [Fact]
    public void A_second_subject_with_a_copula_after_a_verb_of_reporting_is_what_it_reports()
    {
        // Trump said Democrats are the ones trying to pressure the moderators .
        //   0     1      2      3   4    5     6    7     8       9      10     11
        string[] forms = ["Trump", "said", "Democrats", "are", "the", "ones", "trying", "to", "pressure", "the", "moderators", "."];
        int[] heads = [1, -1, 5, 5, 5, 1, 5, 8, 6, 10, 8, 1];
        string[] relations = ["nsubj", "root", "compound", "cop", "det", "nsubj", "acl", "mark", "xcomp", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "VBD", "NNPS", "VBP", "DT", "NNS", "VBG", "TO", "VB", "DT", "NNS", "."], heads, relations);
        Assert.Equal((1, "ccomp"), (heads[5], relations[5]));
        Assert.Equal((5, "nsubj"), (heads[2], relations[2]));
    }

    [Fact]
    public void A_second_subject_after_a_verb_of_reporting_joins_the_subject_of_its_conjunct()
    {
        // The governor said Democrats and the media are to blame .
        //  0     1       2     3       4   5    6    7   8   9   10
        string[] forms = ["The", "governor", "said", "Democrats", "and", "the", "media", "are", "to", "blame", "."];
        int[] heads = [1, 2, -1, 2, 9, 6, 9, 9, 9, 2, 2];
        string[] relations = ["det", "nsubj", "root", "nsubj", "cc", "det", "nsubj:outer", "cop", "mark", "conj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "NNPS", "CC", "DT", "NNS", "VBP", "TO", "VB", "."], heads, relations);
        Assert.Equal((2, "ccomp"), (heads[9], relations[9]));
        Assert.Equal((9, "nsubj"), (heads[3], relations[3]));
        Assert.Equal((3, "conj"), (heads[6], relations[6]));
    }

    [Fact]
    public void A_that_clause_on_the_place_of_a_report_is_what_was_reported()
    {
        // The commission says on its website that there were issues .
        //  0      1        2   3  4     5      6     7     8     9   10
        string[] forms = ["The", "commission", "says", "on", "its", "website", "that", "there", "were", "issues", "."];
        int[] heads = [1, 2, -1, 5, 5, 2, 8, 8, 5, 8, 2];
        string[] relations = ["det", "nsubj", "root", "case", "nmod:poss", "obl", "mark", "expl", "acl", "nsubj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBZ", "IN", "PRP$", "NN", "IN", "EX", "VBD", "NNS", "."], heads, relations);
        Assert.Equal((2, "ccomp"), (heads[8], relations[8]));
    }

    [Fact]
    public void A_that_clause_on_the_listener_of_told_is_what_was_told()
    {
        // He told a meeting of leaders that few people understood .
        //  0   1   2    3     4    5      6    7     8        9     10
        string[] forms = ["He", "told", "a", "meeting", "of", "leaders", "that", "few", "people", "understood", "."];
        int[] heads = [1, -1, 3, 1, 5, 3, 9, 8, 9, 5, 1];
        string[] relations = ["nsubj", "root", "det", "obj", "case", "nmod", "mark", "amod", "nsubj", "acl", "punct"];
        ParseRepairs.Apply(forms, ["PRP", "VBD", "DT", "NN", "IN", "NNS", "IN", "JJ", "NNS", "VBD", "."], heads, relations);
        Assert.Equal((1, "ccomp"), (heads[9], relations[9]));
    }

    [Fact]
    public void A_verb_of_reporting_read_as_an_adverbial_of_its_clause_heads_it()
    {
        // Mr. Clarke said he expected to sell coal .
        //  0    1     2    3    4      5   6    7   8
        string[] forms = ["Mr.", "Clarke", "said", "he", "expected", "to", "sell", "coal", "."];
        int[] heads = [1, 2, 4, 4, -1, 6, 4, 6, 4];
        string[] relations = ["nmod:desc", "nsubj", "advcl", "nsubj", "root", "mark", "xcomp", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "NNP", "VBD", "PRP", "VBD", "TO", "VB", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[2], relations[2]));
        Assert.Equal((2, "ccomp"), (heads[4], relations[4]));
        Assert.Equal(2, heads[1]);
    }

    [Fact]
    public void A_prepositional_object_read_as_a_second_subject_modifies_the_first()
    {
        // A spokeswoman for Hillary Clinton says the campaign will respond .
        // 0      1       2     3       4     5    6     7      8     9     10
        string[] forms = ["A", "spokeswoman", "for", "Hillary", "Clinton", "says", "the", "campaign", "will", "respond", "."];
        int[] heads = [1, 5, 5, 5, 3, -1, 7, 9, 9, 5, 5];
        string[] relations = ["det", "nsubj", "case", "nsubj", "flat", "root", "det", "nsubj", "aux", "ccomp", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "IN", "NNP", "NNP", "VBZ", "DT", "NN", "MD", "VB", "."], heads, relations);
        Assert.Equal((1, "nmod"), (heads[3], relations[3]));
        Assert.Equal((3, "case"), (heads[2], relations[2]));
    }

    [Fact]
    public void A_trailing_reporter_hung_as_an_adverbial_takes_its_object_for_subject()
    {
        // The campaign will respond , says a spokeswoman for Clinton .
        //  0     1      2      3    4   5  6      7       8     9    10
        string[] forms = ["The", "campaign", "will", "respond", ",", "says", "a", "spokeswoman", "for", "Clinton", "."];
        int[] heads = [1, 3, 3, -1, 5, 3, 7, 5, 9, 7, 3];
        string[] relations = ["det", "nsubj", "aux", "root", "punct", "advcl", "det", "obj", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "MD", "VB", ",", "VBZ", "DT", "NN", "IN", "NNP", "."], heads, relations);
        Assert.Equal((5, "nsubj"), (heads[7], relations[7]));
        Assert.Equal((3, "parataxis"), (heads[5], relations[5]));
    }

    [Fact]
    public void A_word_hung_on_an_opening_quotation_mark_goes_to_the_verb_before_it()
    {
        // she expects the campaign “ to continue ” .
        //  0     1      2     3     4  5     6     7 8
        string[] forms = ["she", "expects", "the", "campaign", "“", "to", "continue", "”", "."];
        int[] heads = [1, -1, 3, 1, 8, 6, 4, 1, 1];
        string[] relations = ["nsubj", "root", "det", "obj", "punct", "mark", "xcomp", "punct", "punct"];
        ParseRepairs.Apply(forms, ["PRP", "VBZ", "DT", "NN", "``", "TO", "VB", "''", "."], heads, relations);
        Assert.Equal((1, "xcomp"), (heads[6], relations[6]));
        Assert.Equal((6, "punct"), (heads[4], relations[4]));
    }

    [Fact]
    public void A_prepositional_phrase_is_no_clause_of_the_verb_after_it()
    {
        // The party accused gangs from Bab of attacking the funeral and demanded that the army disarm them .
        //  0    1      2      3     4    5   6     7      8     9     10     11     12   13   14    15    16  17
        string[] forms = ["The", "party", "accused", "gangs", "from", "Bab", "of", "attacking", "the", "funeral", "and", "demanded", "that", "the", "army", "disarm", "them", "."];
        int[] heads = [1, 2, -1, 2, 11, 11, 7, 5, 9, 7, 11, 2, 15, 14, 15, 11, 15, 2];
        string[] relations = ["det", "nsubj", "root", "obj", "mark", "nsubj", "mark", "acl", "det", "obj", "cc", "advcl", "mark", "det", "nsubj", "ccomp", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "NNS", "IN", "NNP", "IN", "VBG", "DT", "NN", "CC", "VBD", "IN", "DT", "NN", "VB", "PRP", "."], heads, relations);
        Assert.Equal((3, "nmod"), (heads[5], relations[5]));
        Assert.Equal((5, "case"), (heads[4], relations[4]));
        Assert.Equal((2, "conj"), (heads[11], relations[11]));
    }

    [Fact]
    public void A_past_tense_read_as_a_nouns_modifier_becomes_the_phrases_verb()
    {
        // Relatives of the inmates protested outside the prison .
        //   0      1   2    3        4        5      6    7     8
        var (heads, relations) = Repaired(
            ["NNS", "IN", "DT", "NNS", "VBD", "IN", "DT", "NN", "."],
            [-1, 3, 3, 0, 3, 7, 7, 4, 0],
            ["root", "case", "det", "nmod", "acl", "case", "det", "obl", "punct"]);
        Assert.Equal((-1, "root"), (heads[4], relations[4]));
        Assert.Equal((4, "nsubj"), (heads[0], relations[0]));
        Assert.Equal(4, heads[8]);
    }

    [Fact]
    public void A_past_tense_with_a_by_agent_stays_a_participle()
    {
        // Soldiers backed by vigilantes clashed .
        var (heads, relations) = Repaired(
            ["NNS", "VBD", "IN", "NNS", "VBD", "."],
            [4, 0, 3, 1, -1, 4],
            ["nsubj", "acl", "case", "obl:agent", "root", "punct"]);
        Assert.Equal((0, "acl"), (heads[1], relations[1]));
        Assert.Equal((4, "nsubj"), (heads[0], relations[0]));
    }

    [Fact]
    public void A_name_split_into_two_subjects_is_one_name()
    {
        // President Ferdinand Marcos Jr. condemned the bombing .
        var (heads, relations) = Repaired(
            ["NNP", "NNP", "NNP", "NNP", "VBD", "DT", "NN", "."],
            [1, 4, 1, 4, -1, 6, 4, 4],
            ["nmod:desc", "nsubj", "flat", "nsubj", "root", "det", "obj", "punct"]);
        Assert.Equal((1, "flat"), (heads[3], relations[3]));
        Assert.Single(relations, r => r == "nsubj");
    }

    [Fact]
    public void A_name_read_as_a_subject_before_its_noun_is_part_of_the_nouns_phrase()
    {
        // Amnesty International 's Nigeria office accused the soldiers .
        //   0          1        2     3      4       5     6     7     8
        var (heads, relations) = Repaired(
            ["NNP", "NNP", "POS", "NNP", "NN", "VBD", "DT", "NNS", "."],
            [5, 4, 1, 4, 5, -1, 7, 5, 5],
            ["nsubj", "nmod:poss", "case", "compound", "nsubj", "root", "det", "obj", "punct"]);
        Assert.Equal((1, "compound"), (heads[0], relations[0]));
        Assert.Single(relations, r => r == "nsubj");
        // Not a conjoined subject: Ithilen and the government warned .
        (heads, relations) = Repaired(
            ["NNP", "CC", "DT", "NN", "VBD", "."],
            [4, 3, 3, 4, -1, 4],
            ["nsubj", "cc", "det", "nsubj", "root", "punct"]);
        Assert.Equal((4, "nsubj"), (heads[0], relations[0]));
    }

    [Fact]
    public void A_noun_root_with_its_name_as_the_subject_of_the_next_verb_is_that_verbs_subject()
    {
        // The governor , Colonel Garba , accused the fighters .
        //   0     1     2    3      4     5    6     7     8     9
        var (heads, relations) = Repaired(
            ["DT", "NN", ",", "NNP", "NNP", ",", "VBD", "DT", "NNS", "."],
            [1, -1, 1, 6, 3, 3, 1, 8, 6, 1],
            ["det", "root", "punct", "nsubj", "flat", "punct", "parataxis", "det", "obj", "punct"]);
        Assert.Equal((-1, "root"), (heads[6], relations[6]));
        Assert.Equal((6, "nsubj"), (heads[1], relations[1]));
        Assert.Equal((1, "appos"), (heads[3], relations[3]));
        Assert.Equal(6, heads[9]);
    }

    [Fact]
    public void The_final_full_stop_hangs_on_the_root()
    {
        // The NAACP called for a moratorium .
        var (heads, _) = Repaired(
            ["DT", "NNP", "VBD", "IN", "DT", "NN", "."],
            [1, 2, -1, 5, 5, 2, 1],
            ["det", "nsubj", "root", "case", "det", "obl", "punct"]);
        Assert.Equal(2, heads[6]);
    }

    [Fact]
    public void A_conjunct_split_from_its_noun_is_the_nouns_modifier()
    {
        // Government forces and Houthi fighters clashed .
        var (heads, relations) = Repaired(
            ["NN", "NNS", "CC", "NNP", "NNS", "VBD", "."],
            [1, 5, 3, 1, 5, -1, 5],
            ["compound", "nsubj", "cc", "conj", "nsubj", "root", "punct"]);
        Assert.Equal((1, "conj"), (heads[4], relations[4]));
        Assert.Equal((4, "compound"), (heads[3], relations[3]));
        Assert.Equal(4, heads[2]);
    }

    [Fact]
    public void A_modifier_read_as_a_second_subject_modifies_the_subject()
    {
        // Militiamen armed with guns overran the village .
        var (heads, relations) = Repaired(
            ["NNS", "JJ", "IN", "NNS", "VBD", "DT", "NN", "."],
            [4, 4, 3, 1, -1, 6, 4, 4],
            ["nsubj", "nsubj", "case", "obl", "root", "det", "obj", "punct"]);
        Assert.Equal((0, "acl"), (heads[1], relations[1]));
        Assert.Single(relations, r => r == "nsubj");
    }

    [Fact]
    public void A_participle_after_a_possessive_modifies_the_possessed_noun()
    {
        // Niger 's ruling military government expelled the ambassador .
        //   0    1    2       3         4          5       6      7       8
        var (heads, relations) = Repaired(
            ["NNP", "POS", "VBG", "JJ", "NN", "VBD", "DT", "NN", "."],
            [5, 0, 0, 4, 2, -1, 7, 5, 5],
            ["nsubj", "case", "acl", "amod", "obj", "root", "det", "obj", "punct"]);
        Assert.Equal((5, "nsubj"), (heads[4], relations[4]));
        Assert.Equal((4, "nmod:poss"), (heads[0], relations[0]));
        Assert.Equal((4, "amod"), (heads[2], relations[2]));
        Assert.Equal(0, heads[1]);
    }

    [Fact]
    public void A_participle_after_a_possessive_without_an_object_is_left_alone()
    {
        // the group 's leaders ... : "Russia 's backing" (no object) keeps the parse it has.
        var (heads, relations) = Repaired(
            ["NNP", "POS", "VBG", "VBD", "."],
            [3, 0, 0, -1, 3],
            ["nsubj", "case", "acl", "root", "punct"]);
        Assert.Equal((0, "acl"), (heads[2], relations[2]));
    }

    [Fact]
    public void A_noun_phrase_after_an_objectless_infinitive_is_its_object_not_a_second_subject()
    {
        // Soldiers sent to disarm a group opened fire .
        //    0      1   2    3    4   5     6     7   8
        var (heads, relations) = Repaired(
            ["NNS", "VBN", "TO", "VB", "DT", "NN", "VBD", "NN", "."],
            [6, 0, 3, 1, 5, 6, -1, 6, 6],
            ["nsubj", "acl", "mark", "advcl", "det", "nsubj", "root", "obj", "punct"]);
        Assert.Equal((3, "obj"), (heads[5], relations[5]));
        Assert.Equal((6, "nsubj"), (heads[0], relations[0]));
        // navy personnel patrolling the Mamoré exchanged fire : or after the subject's participle.
        //  0       1         2       3     4        5      6
        var (participleHeads, participleRelations) = Repaired(
            ["NN", "NN", "VBG", "DT", "NNP", "VBD", "NN"],
            [1, 5, 1, 4, 5, -1, 5],
            ["compound", "nsubj", "acl", "det", "nsubj", "root", "obj"]);
        Assert.Equal((2, "obj"), (participleHeads[4], participleRelations[4]));
    }

    [Fact]
    public void A_prepositional_phrase_read_as_subject_gives_way_to_the_noun_in_apposition()
    {
        // At a conference , the chief accused rebels .
        //  0  1     2      3  4    5      6       7    8
        var (heads, relations) = Repaired(
            ["IN", "DT", "NN", ",", "DT", "NN", "VBD", "NNS", "."],
            [2, 2, 6, 5, 5, 2, -1, 6, 6],
            ["case", "det", "nsubj", "punct", "det", "appos", "root", "obj", "punct"]);
        Assert.Equal((6, "nsubj"), (heads[5], relations[5]));
        Assert.Equal("obl", relations[2]);
        // In Tyre itself , dozens of fishermen protested : or to its conjunct after a comma.
        // 0   1     2    3    4    5     6         7
        var (conjHeads, conjRelations) = Repaired(
            ["IN", "NNP", "PRP", ",", "NNS", "IN", "NNS", "VBD"],
            [1, 7, 1, 4, 1, 6, 4, -1],
            ["case", "nsubj", "nmod:unmarked", "punct", "conj", "case", "nmod", "root"]);
        Assert.Equal((7, "nsubj"), (conjHeads[4], conjRelations[4]));
        Assert.Equal("obl", conjRelations[1]);
        // In a statement on Wednesday , Amnesty called : an oblique when the verb has a subject of its own.
        // 0  1     2      3     4      5    6      7
        var (ownHeads, ownRelations) = Repaired(
            ["IN", "DT", "NN", "IN", "NNP", ",", "NNP", "VBD"],
            [2, 2, 7, 4, 7, 4, 7, -1],
            ["case", "det", "nsubj", "case", "obl", "punct", "nsubj", "root"]);
        Assert.Equal("obl", ownRelations[2]);
        Assert.Equal((7, "nsubj"), (ownHeads[6], ownRelations[6]));
    }

    [Fact]
    public void A_finite_verb_coordinated_with_a_noun_root_is_the_root_and_the_noun_its_subject()
    {
        // The coordinator , Dubuisson , appealed .
        //  0      1       2     3      4     5     6
        var (heads, relations) = Repaired(
            ["DT", "NN", ",", "NNP", ",", "VBD", "."],
            [1, -1, 3, 1, 5, 1, 1],
            ["det", "root", "punct", "appos", "punct", "conj", "punct"]);
        Assert.Equal((-1, "root"), (heads[5], relations[5]));
        Assert.Equal((5, "nsubj"), (heads[1], relations[1]));
        Assert.Equal(5, heads[6]);
    }

    [Fact]
    public void Two_capitalised_words_joined_by_a_hyphen_and_hung_on_one_head_are_one_name()
    {
        // owners in Cap - Haitien demanded
        //   0    1   2  3    4        5
        string?[] xpos = ["NNS", "IN", "NNP", "HYPH", "NNP", "VBD"];
        int[] heads = [5, 2, 5, 4, 5, -1];
        string[] relations = ["nsubj", "case", "obl", "punct", "nsubj", "root"];
        ParseRepairs.Apply(["owners", "in", "Cap", "-", "Haitien", "demanded"], xpos, heads, relations);
        Assert.Equal((2, "flat"), (heads[4], relations[4]));
        Assert.Equal((5, "obl"), (heads[2], relations[2]));
    }

    [Fact]
    public void A_participle_of_speech_hung_on_a_demanded_clause_is_the_speakers()
    {
        // demanded that ministry withdraw unit , accusing members
        //    0      1      2        3      4   5     6        7
        string?[] xpos = ["VBD", "IN", "NN", "VB", "NN", ",", "VBG", "NNS"];
        int[] heads = [-1, 3, 3, 0, 3, 6, 3, 6];
        string[] relations = ["root", "mark", "nsubj", "ccomp", "obj", "punct", "advcl", "obj"];
        ParseRepairs.Apply(["demanded", "that", "ministry", "withdraw", "unit", ",", "accusing", "members"], xpos, heads, relations);
        Assert.Equal((0, "advcl"), (heads[6], relations[6]));
        // Democrats accused the House of stonewalling their investigation , saying officials had refused .
        //     0        1     2    3   4       5         6        7        8    9       10      11    12    13
        string?[] gerundXpos = ["NNPS", "VBD", "DT", "NNP", "IN", "VBG", "PRP$", "NN", ",", "VBG", "NNS", "VBD", "VBN", "."];
        int[] gerundHeads = [1, -1, 3, 1, 5, 3, 7, 5, 9, 5, 12, 12, 9, 1];
        string[] gerundRelations = ["nsubj", "root", "det", "obj", "mark", "acl", "nmod:poss", "obj", "punct", "advcl", "nsubj", "aux", "ccomp", "punct"];
        ParseRepairs.Apply(["Democrats", "accused", "the", "House", "of", "stonewalling", "their", "investigation", ",", "saying", "officials", "had", "refused", "."],
            gerundXpos, gerundHeads, gerundRelations);
        Assert.Equal((1, "advcl"), (gerundHeads[9], gerundRelations[9]));
    }

    [Fact]
    public void Nouns_coordinated_after_a_comma_right_before_a_subjectless_said_are_its_subject()
    {
        // killing 11 civilians , local officials and residents said .
        //    0     1     2      3   4      5       6     7       8   9
        string?[] xpos = ["VBG", "CD", "NNS", ",", "JJ", "NNS", "CC", "NNS", "VBD", "."];
        int[] heads = [8, 2, 0, 5, 5, 2, 7, 2, -1, 8];
        string[] relations = ["ccomp", "nummod", "obj", "punct", "amod", "conj", "cc", "conj", "root", "punct"];
        ParseRepairs.Apply(["killing", "11", "civilians", ",", "local", "officials", "and", "residents", "said", "."], xpos, heads, relations);
        Assert.Equal((8, "nsubj"), (heads[5], relations[5]));
        Assert.Equal((5, "conj"), (heads[7], relations[7]));
        Assert.Equal(8, heads[3]);
    }

    [Fact]
    public void A_name_right_after_the_subjects_prepositional_phrase_ends_that_phrase()
    {
        // Soldiers of the Rapid Intervention Battalion clashed
        //    0     1   2    3         4           5        6
        string?[] xpos = ["NNS", "IN", "DT", "JJ", "NN", "NNP", "VBD"];
        int[] heads = [6, 4, 4, 4, 0, 6, -1];
        string[] relations = ["nsubj", "case", "det", "amod", "nmod", "nsubj", "root"];
        ParseRepairs.Apply(xpos, heads, relations);
        Assert.Equal((0, "nmod"), (heads[5], relations[5]));
        Assert.Equal((5, "compound"), (heads[4], relations[4]));
        Assert.Equal((5, 5), (heads[1], heads[2]));
    }

    [Fact]
    public void A_time_read_as_subject_gives_way_to_the_name_in_apposition_to_it()
    {
        // that evening , the Network , put the number
        //   0     1    2  3     4    5  6   7     8
        string?[] xpos = ["DT", "NN", ",", "DT", "NNP", ",", "VBD", "DT", "NN"];
        int[] heads = [1, 6, 4, 4, 1, 1, -1, 8, 6];
        string[] relations = ["det", "nsubj", "punct", "det", "appos", "punct", "root", "det", "obj"];
        ParseRepairs.Apply(["that", "evening", ",", "the", "Network", ",", "put", "the", "number"], xpos, heads, relations);
        Assert.Equal((6, "nsubj"), (heads[4], relations[4]));
        Assert.Equal((6, "obl:unmarked"), (heads[1], relations[1]));
    }

    [Fact]
    public void A_noun_phrase_right_after_a_verb_and_its_particle_is_its_object()
    {
        // defences shot down four drones , a spokesman said
        //    0      1    2    3     4    5 6     7       8
        string?[] xpos = ["NNS", "VBD", "RP", "CD", "NNS", ",", "DT", "NN", "VBD"];
        int[] heads = [1, 8, 1, 4, 8, 8, 7, 8, -1];
        string[] relations = ["nsubj", "ccomp", "compound:prt", "nummod", "ccomp", "punct", "det", "nsubj", "root"];
        ParseRepairs.Apply(xpos, heads, relations);
        Assert.Equal((1, "obj"), (heads[4], relations[4]));
        // Militants attacked a train after blowing up the tracks , officials said
        //     0         1    2   3     4      5     6   7    8    9     10     11
        xpos = ["NNS", "VBD", "DT", "NN", "IN", "VBG", "RP", "DT", "NNS", ",", "NNS", "VBD"];
        heads = [1, 11, 3, 1, 5, 1, 5, 8, 11, 11, 11, -1];
        relations = ["nsubj", "ccomp", "det", "obj", "mark", "advcl", "compound:prt", "det", "ccomp", "punct", "nsubj", "root"];
        ParseRepairs.Apply(xpos, heads, relations);
        Assert.Equal((5, "obj"), (heads[8], relations[8]));
    }

    [Fact]
    public void A_noun_phrase_after_a_relative_clauses_past_tense_is_its_object_not_a_second_subject()
    {
        // Officials who visited the site said
        //     0      1     2     3    4    5
        string?[] xpos = ["NNS", "WP", "VBD", "DT", "NN", "VBD"];
        int[] heads = [5, 2, 0, 4, 5, -1];
        string[] relations = ["nsubj", "nsubj", "acl:relcl", "det", "nsubj", "root"];
        ParseRepairs.Apply(xpos, heads, relations);
        Assert.Equal((2, "obj"), (heads[4], relations[4]));
    }

    [Fact]
    public void A_participle_with_an_agent_right_after_a_noun_describes_the_noun()
    {
        // officers were injured by stones thrown by demonstrators
        //    0      1      2     3   4      5    6      7
        string?[] xpos = ["NNS", "VBD", "VBN", "IN", "NNS", "VBN", "IN", "NNS"];
        int[] heads = [2, 2, -1, 4, 2, 2, 7, 5];
        string[] relations = ["nsubj:pass", "aux:pass", "root", "case", "obl:agent", "advcl", "case", "obl:agent"];
        ParseRepairs.Apply(xpos, heads, relations);
        Assert.Equal((4, "acl"), (heads[5], relations[5]));
    }

    [Fact]
    public void A_number_right_after_a_participle_without_an_object_is_its_object()
    {
        // killing 13 officers and wounding three , authorities said
        //    0     1     2      3      4       5   6      7       8
        string?[] xpos = ["VBG", "CD", "NNS", "CC", "VBG", "CD", ",", "NNS", "VBD"];
        int[] heads = [8, 2, 0, 4, 0, 8, 5, 8, -1];
        string[] relations = ["ccomp", "nummod", "obj", "cc", "conj", "ccomp", "punct", "nsubj", "root"];
        ParseRepairs.Apply(xpos, heads, relations);
        Assert.Equal((4, "obj"), (heads[5], relations[5]));
    }

    [Fact]
    public void Reporters_read_as_the_object_of_a_wounding_keep_their_place_when_it_was_hung_on_the_verb()
    {
        // Gunmen attacked , wounding five , authorities in the state said
        //   0       1     2     3      4   5      6      7  8    9    10
        string[] forms = ["Gunmen", "attacked", ",", "wounding", "five", ",", "authorities", "in", "the", "state", "said"];
        string?[] xpos = ["NNS", "VBD", ",", "VBG", "CD", ",", "NNS", "IN", "DT", "NN", "VBD"];
        int[] heads = [1, 10, 3, 1, 6, 6, 3, 9, 9, 3, -1];
        string[] relations = ["nsubj", "ccomp", "punct", "advcl", "nummod", "punct", "obj", "case", "det", "obl", "root"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((10, "nsubj"), (heads[6], relations[6]));
        Assert.Equal((6, "nmod"), (heads[9], relations[9]));
        Assert.Equal((3, "obj"), (heads[4], relations[4]));
    }

    [Fact]
    public void A_conjunct_read_as_the_reporters_subject_gives_the_subject_to_its_apposition()
    {
        // it travelled between Aguililla and the hamlet , the ministry said .
        //  0     1        2        3      4   5    6    7  8     9      10  11
        string[] forms = ["it", "travelled", "between", "Aguililla", "and", "the", "hamlet", ",", "the", "ministry", "said", "."];
        string?[] xpos = ["PRP", "VBD", "IN", "NNP", "CC", "DT", "NN", ",", "DT", "NN", "VBD", "."];
        int[] heads = [1, -1, 3, 1, 6, 6, 10, 9, 9, 6, 1, 1];
        string[] relations = ["nsubj", "root", "case", "obl", "cc", "det", "nsubj", "punct", "det", "appos", "parataxis", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((3, "conj"), (heads[6], relations[6]));
        Assert.Equal((10, "nsubj"), (heads[9], relations[9]));
        Assert.Equal(10, heads[7]);
    }

    [Fact]
    public void A_headlines_trailing_reporters_read_as_a_conjunct_and_an_interjection_say_it()
    {
        // shelling kills dozens , medics say
        //    0       1     2    3    4     5
        string[] forms = ["shelling", "kills", "dozens", ",", "medics", "say"];
        string?[] xpos = ["NN", "VBZ", "NNS", ",", "NNS", "VBP"];
        int[] heads = [1, -1, 1, 4, 2, 1];
        string[] relations = ["nsubj", "root", "obj", "punct", "conj", "discourse"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((5, "nsubj"), (heads[4], relations[4]));
        Assert.Equal((1, "parataxis"), (heads[5], relations[5]));
    }

    [Fact]
    public void A_verb_with_its_own_subject_after_a_comma_is_no_relative_clause_of_the_opening_phrase()
    {
        // In Dadaab , which hosts more than 380,000 refugees , most of them from Somalia , the World Food Programme resumed food distributions on Monday .
        //  0  1      2 3     4     5    6    7       8        9 10   11 12   13   14      15 16  17    18   19        20      21   22            23 24    25
        string[] forms = ["In", "Dadaab", ",", "which", "hosts", "more", "than", "380,000", "refugees", ",", "most", "of", "them", "from", "Somalia", ",", "the", "World", "Food", "Programme", "resumed", "food", "distributions", "on", "Monday", "."];
        int[] heads = [1, -1, 4, 4, 1, 8, 5, 8, 4, 20, 20, 12, 10, 14, 20, 14, 19, 19, 19, 20, 8, 22, 20, 24, 20, 1];
        string[] relations = ["case", "root", "punct", "nsubj", "acl:relcl", "amod", "fixed", "nummod", "obj", "punct", "nsubj", "case", "nmod", "case", "obl", "punct", "det", "compound", "compound", "nsubj", "acl:relcl", "compound", "obj", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["IN", "NNP", ",", "WDT", "VBZ", "RBR", "IN", "CD", "NNS", ",", "JJS", "IN", "PRP", "IN", "NNP", ",", "DT", "NNP", "NN", "NN", "VBD", "NN", "NNS", "IN", "NNP", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[20], relations[20]));
        Assert.Equal((20, "obl"), (heads[1], relations[1]));
        Assert.Equal((20, "nsubj"), (heads[19], relations[19]));
        Assert.Equal((8, "appos"), (heads[10], relations[10]));
        Assert.Equal((10, "nmod"), (heads[14], relations[14]));
    }

    [Fact]
    public void A_noun_and_a_classifying_adjective_before_a_plural_are_its_coordinated_modifiers()
    {
        // The governor met community and religious leaders in Ansongo .
        //  0   1        2   3         4   5         6       7  8       9
        string[] forms = ["The", "governor", "met", "community", "and", "religious", "leaders", "in", "Ansongo", "."];
        int[] heads = [1, 2, -1, 2, 6, 6, 3, 8, 3, 2];
        string[] relations = ["det", "nsubj", "root", "obj", "cc", "amod", "conj", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "NN", "CC", "JJ", "NNS", "IN", "NNP", "."], heads, relations);
        Assert.Equal((2, "obj"), (heads[6], relations[6]));
        Assert.Equal((6, "compound"), (heads[3], relations[3]));
        // (Not any adjective: "food and other supplies" are two things.)
        string[] food = ["They", "delivered", "food", "and", "other", "supplies", "."];
        int[] foodHeads = [1, -1, 1, 5, 5, 2, 1];
        string[] foodRelations = ["nsubj", "root", "obj", "cc", "amod", "conj", "punct"];
        ParseRepairs.Apply(food, ["PRP", "VBD", "NN", "CC", "JJ", "NNS", "."], foodHeads, foodRelations);
        Assert.Equal((2, "conj"), (foodHeads[5], foodRelations[5]));
    }

    [Fact]
    public void A_noun_after_and_coordinated_into_the_clause_before_is_the_subject_of_the_verb_its_phrase_ends_at()
    {
        // Reinforcements were flown in from Niamey , and troops backed by helicopters arrested 12 suspects , the spokesman said .
        //  0              1    2     3  4    5      6 7   8      9      10 11          12       13 14      15 16  17        18   19
        string[] forms = ["Reinforcements", "were", "flown", "in", "from", "Niamey", ",", "and", "troops", "backed", "by", "helicopters", "arrested", "12", "suspects", ",", "the", "spokesman", "said", "."];
        int[] heads = [2, 2, 18, 2, 5, 2, 8, 8, 5, 8, 11, 9, 18, 14, 12, 18, 17, 18, -1, 18];
        string[] relations = ["nsubj:pass", "aux:pass", "ccomp", "advmod", "case", "obl", "punct", "cc", "conj", "acl", "case", "obl:agent", "ccomp", "nummod", "obl:unmarked", "punct", "det", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "VBN", "RB", "IN", "NNP", ",", "CC", "NNS", "VBN", "IN", "NNS", "VBD", "CD", "NNS", ",", "DT", "NN", "VBD", "."], heads, relations);
        Assert.Equal((12, "nsubj"), (heads[8], relations[8]));
        Assert.Equal((2, "conj"), (heads[12], relations[12]));
        Assert.Equal((12, "cc"), (heads[7], relations[7]));
    }

    [Fact]
    public void A_name_after_and_read_as_a_conjunct_is_the_subject_of_the_verb_after_it_and_its_adverb()
    {
        // The Journal notes that Coulter tweeted that Republican poll leader Donald Trump should deport Haley , and Trump later called Haley " very weak on immigration . "
        //  0   1       2     3    4       5       6    7          8    9      10     11    12     13     14    15 16  17    18    19     20    21 22  23   24 25         26 27
        string[] forms = ["The", "Journal", "notes", "that", "Coulter", "tweeted", "that", "Republican", "poll", "leader", "Donald", "Trump", "should", "deport", "Haley", ",", "and",
                          "Trump", "later", "called", "Haley", "\u201c", "very", "weak", "on", "immigration", ".", "\u201d"];
        int[] heads = [1, 2, -1, 5, 5, 2, 13, 9, 9, 10, 13, 10, 13, 5, 13, 17, 17, 14, 19, 5, 19, 23, 23, 19, 25, 23, 2, 2];
        string[] relations = ["det", "nsubj", "root", "mark", "nsubj", "ccomp", "mark", "amod", "compound", "nmod:desc", "nsubj", "flat", "aux", "ccomp", "obj", "punct", "cc",
                              "conj", "advmod", "conj", "obj", "punct", "advmod", "xcomp", "case", "obl", "punct", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNP", "VBZ", "IN", "NNP", "VBD", "IN", "JJ", "NN", "NN", "NNP", "NNP", "MD", "VB", "NNP", ",", "CC", "NNP", "RBR", "VBD", "NNP", "``",
                                   "RB", "JJ", "IN", "NN", ".", "''"], heads, relations);
        Assert.Equal((19, "nsubj"), (heads[17], relations[17]));
        Assert.Equal((5, "conj"), (heads[19], relations[19]));
        Assert.Equal((19, "cc"), (heads[16], relations[16]));
    }

    [Fact]
    public void A_past_after_and_coordinated_into_an_adverbial_of_the_present_is_the_conjunct_of_the_verb_governing_the_infinitive()
    {
        // the leader threatened to attack Russian instructors wherever they are posted and demanded that the government expel them .
        //  0   1      2          3  4      5       6           7        8    9   10     11  12       13   14  15         16     17   18
        string[] forms = ["the", "leader", "threatened", "to", "attack", "Russian", "instructors", "wherever", "they", "are", "posted", "and", "demanded", "that", "the",
                          "government", "expel", "them", "."];
        int[] heads = [1, 2, -1, 4, 2, 6, 4, 10, 10, 10, 4, 12, 10, 16, 15, 16, 12, 16, 2];
        string[] relations = ["det", "nsubj", "root", "mark", "xcomp", "amod", "obj", "advmod", "nsubj:pass", "aux:pass", "advcl", "cc", "conj", "mark", "det", "nsubj",
                              "ccomp", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "TO", "VB", "JJ", "NNS", "WRB", "PRP", "VBP", "VBN", "CC", "VBD", "IN", "DT", "NN", "VB", "PRP", "."], heads, relations);
        Assert.Equal((2, "conj"), (heads[12], relations[12]));
    }

    [Fact]
    public void A_seizing_coordinated_with_a_passive_shares_its_auxiliary()
    {
        // men were arrested and ammunition seized when soldiers searched a ranch
        //  0    1      2      3      4        5     6      7        8     9  10
        string[] forms = ["men", "were", "arrested", "and", "ammunition", "seized", "when", "soldiers", "searched", "a", "ranch"];
        string?[] xpos = ["NNS", "VBD", "VBN", "CC", "NN", "VBD", "WRB", "NNS", "VBD", "DT", "NN"];
        int[] heads = [2, 2, -1, 5, 5, 2, 8, 8, 5, 10, 8];
        string[] relations = ["nsubj:pass", "aux:pass", "root", "cc", "nsubj", "conj", "advmod", "nsubj", "advcl", "det", "obj"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal("nsubj:pass", relations[4]);
        // (Not a verb with an object of its own: "men were arrested and police seized rifles".)
        string[] active = ["men", "were", "arrested", "and", "police", "seized", "rifles"];
        int[] activeHeads = [2, 2, -1, 5, 5, 2, 5];
        string[] activeRelations = ["nsubj:pass", "aux:pass", "root", "cc", "nsubj", "conj", "obj"];
        ParseRepairs.Apply(active, ["NNS", "VBD", "VBN", "CC", "NNS", "VBD", "NNS"], activeHeads, activeRelations);
        Assert.Equal("nsubj", activeRelations[4]);
    }

    [Fact]
    public void A_claim_nobody_could_verify_after_a_trailing_report_comments_on_the_report()
    {
        // troops captured the village , the ministry said , a claim Reuters could not verify .
        //   0       1      2     3     4  5    6      7   8  9   10     11     12   13   14   15
        string[] forms = ["troops", "captured", "the", "village", ",", "the", "ministry", "said", ",", "a", "claim", "Reuters", "could", "not", "verify", "."];
        string?[] xpos = ["NNS", "VBD", "DT", "NN", ",", "DT", "NNP", "VBD", ",", "DT", "NN", "NNP", "MD", "RB", "VB", "."];
        int[] heads = [1, -1, 3, 1, 7, 7, 7, 1, 14, 11, 11, 14, 14, 14, 7, 1];
        string[] relations = ["nsubj", "root", "det", "obj", "punct", "det", "nsubj", "conj", "punct", "det", "compound", "nsubj", "aux", "advmod", "ccomp", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((7, "parataxis"), (heads[10], relations[10]));
        Assert.Equal((10, "acl:relcl"), (heads[14], relations[14]));
        Assert.Equal((1, "parataxis"), (heads[7], relations[7]));
        Assert.Equal(6, heads[5]);
    }

    [Fact]
    public void A_name_hung_on_the_proper_noun_before_it_without_a_preposition_heads_the_phrase()
    {
        // met Eritrean President Afwerki in Asmara
        //  0     1        2        3     4    5
        string?[] xpos = ["VBD", "NNP", "NNP", "NNP", "IN", "NNP"];
        int[] heads = [-1, 0, 3, 1, 5, 3];
        string[] relations = ["root", "obj", "compound", "nmod", "case", "nmod"];
        ParseRepairs.Apply(xpos, heads, relations);
        Assert.Equal((0, "obj"), (heads[3], relations[3]));
        Assert.Equal(3, heads[1]);
    }

    [Fact]
    public void A_subjectless_past_tense_is_no_conjunct_of_a_demanded_base_form()
    {
        // demanded that government hand control , and threatened to shut
        //    0      1       2       3      4     5  6      7      8   9
        string?[] xpos = ["VBD", "IN", "NN", "VB", "NN", ",", "CC", "VBD", "TO", "VB"];
        int[] heads = [-1, 3, 3, 0, 3, 7, 7, 3, 9, 7];
        string[] relations = ["root", "mark", "nsubj", "ccomp", "obj", "punct", "cc", "conj", "mark", "xcomp"];
        ParseRepairs.Apply(xpos, heads, relations);
        Assert.Equal((0, "conj"), (heads[7], relations[7]));
    }

    [Fact]
    public void A_participle_hung_on_a_verb_right_after_its_object_modifies_the_object()
    {
        // avenging a leader killed in a raid
        //    0     1   2      3    4  5   6
        string?[] xpos = ["VBG", "DT", "NN", "VBN", "IN", "DT", "NN"];
        int[] heads = [-1, 2, 0, 0, 6, 6, 3];
        string[] relations = ["root", "det", "obj", "acl", "case", "det", "obl"];
        ParseRepairs.Apply(xpos, heads, relations);
        Assert.Equal((2, "acl"), (heads[3], relations[3]));
    }

    [Fact]
    public void An_of_phrase_read_as_a_subject_and_the_noun_after_a_times_after_are_put_right()
    {
        // killed militants near the town of Ahmadpur , two days after gunmen attacked a post
        //   0       1       2    3   4   5     6     7  8    9    10     11      12    13  14
        string?[] xpos = ["VBD", "NNS", "IN", "DT", "NN", "IN", "NNP", ",", "CD", "NNS", "IN", "NNS", "VBD", "DT", "NN"];
        int[] heads = [-1, 0, 4, 4, 0, 12, 12, 9, 9, 12, 11, 9, 0, 14, 12];
        string[] relations = ["root", "obj", "case", "det", "obl", "mark", "nsubj", "punct", "nummod", "obl", "case", "nmod", "ccomp", "det", "obj"];
        ParseRepairs.Apply(["killed", "militants", "near", "the", "town", "of", "Ahmadpur", ",", "two", "days", "after", "gunmen", "attacked", "a", "post"], xpos, heads, relations);
        Assert.Equal((4, "nmod"), (heads[6], relations[6]));
        Assert.Equal((12, "nsubj"), (heads[11], relations[11]));
        Assert.Equal((12, "mark"), (heads[10], relations[10]));
    }

    [Fact]
    public void A_dateline_is_no_subject()
    {
        // SAN CRISTOBAL , Mexico — Armed men opened fire
        //  0      1     2    3    4   5    6     7     8
        string?[] xpos = ["NNP", "NNP", ",", "NNP", ":", "JJ", "NNS", "VBD", "NN"];
        int[] heads = [7, 0, 3, 0, 3, 6, 7, -1, 7];
        string[] relations = ["nsubj", "flat", "punct", "appos", "punct", "amod", "nsubj", "root", "obj"];
        ParseRepairs.Apply(["SAN", "CRISTOBAL", ",", "Mexico", "—", "Armed", "men", "opened", "fire"], xpos, heads, relations);
        Assert.Equal((7, "dep"), (heads[0], relations[0]));
        Assert.Equal((7, "nsubj"), (heads[6], relations[6]));
    }

    [Fact]
    public void A_bare_noun_coordinated_before_a_plural_with_its_modifier_modifies_the_plural()
    {
        // met army and police commanders at the base
        //  0   1    2    3        4       5   6   7
        string?[] xpos = ["VBD", "NN", "CC", "NN", "NNS", "IN", "DT", "NN"];
        int[] heads = [-1, 0, 4, 4, 1, 7, 7, 4];
        string[] relations = ["root", "obj", "cc", "compound", "conj", "case", "det", "nmod"];
        ParseRepairs.Apply(["met", "army", "and", "police", "commanders", "at", "the", "base"], xpos, heads, relations);
        Assert.Equal((0, "obj"), (heads[4], relations[4]));
        Assert.Equal((4, "compound"), (heads[1], relations[1]));
    }

    [Fact]
    public void A_name_root_opening_the_sentence_before_a_subjectless_verb_hung_on_it_is_that_verbs_subject()
    {
        // Amnesty International last month accused soldiers .
        //   0         1           2    3      4       5     6
        var (heads, relations) = Repaired(
            ["NNP", "NNP", "JJ", "NN", "VBD", "NNS", "."],
            [1, -1, 3, 4, 1, 4, 1],
            ["compound", "root", "amod", "obl:tmod", "parataxis", "obj", "punct"]);
        Assert.Equal((-1, "root"), (heads[4], relations[4]));
        Assert.Equal((4, "nsubj"), (heads[1], relations[1]));
        Assert.Equal(4, heads[6]);
        Assert.Equal(1, heads[0]);
    }

    [Fact]
    public void A_name_root_whose_later_part_carries_the_verb_gives_it_that_part_as_subject()
    {
        // Norte de Santander Governor William Villamizar on Wednesday called on the government .
        //   0   1      2        3        4        5       6     7       8    9  10     11      12
        string?[] xpos = ["NNP", "NNP", "NNP", "NNP", "NNP", "NNP", "IN", "NNP", "VBD", "IN", "DT", "NN", "."];
        int[] heads = [-1, 0, 3, 4, 0, 4, 7, 4, 4, 11, 11, 8, 0];
        string[] relations = ["root", "flat", "compound", "nmod:desc", "parataxis", "flat", "case", "nmod", "acl", "case", "det", "obl", "punct"];
        ParseRepairs.Apply(["Norte", "de", "Santander", "Governor", "William", "Villamizar", "on", "Wednesday", "called", "on", "the", "government", "."], xpos, heads, relations);
        Assert.Equal((-1, "root"), (heads[8], relations[8]));
        Assert.Equal((8, "nsubj"), (heads[4], relations[4]));
        Assert.Equal(4, heads[0]);
    }

    [Fact]
    public void To_before_a_noun_phrase_is_a_preposition_but_not_before_a_copula()
    {
        // distributed food to 200 families , he said .
        //      0        1   2  3     4     5  6   7   8
        string?[] xpos = ["VBD", "NN", "TO", "CD", "NNS", ",", "PRP", "VBD", "."];
        int[] heads = [7, 0, 4, 4, 7, 7, 7, -1, 7];
        string[] relations = ["ccomp", "obj", "mark", "nummod", "ccomp", "punct", "nsubj", "root", "punct"];
        ParseRepairs.Apply(["distributed", "food", "to", "200", "families", ",", "he", "said", "."], xpos, heads, relations);
        Assert.Equal((0, "obl"), (heads[4], relations[4]));
        Assert.Equal("case", relations[2]);
        // build this up to be a hub
        //   0    1   2  3  4  5  6
        string?[] copular = ["VB", "DT", "RP", "TO", "VB", "DT", "NN"];
        int[] copularHeads = [-1, 0, 0, 6, 6, 6, 0];
        string[] copularRelations = ["root", "obj", "compound:prt", "mark", "cop", "det", "xcomp"];
        ParseRepairs.Apply(["build", "this", "up", "to", "be", "a", "hub"], copular, copularHeads, copularRelations);
        Assert.Equal("mark", copularRelations[3]);
    }

    [Fact]
    public void A_subject_read_as_the_openings_vocative_before_a_parenthesis_is_the_verbs_subject()
    {
        // Last month , 22 Maoists , among them four women , surrendered to police
        //   0    1   2  3     4    5   6     7    8    9  10     11      12   13
        string?[] xpos = ["JJ", "NN", ",", "CD", "NNPS", ",", "IN", "PRP", "CD", "NNS", ",", "VBD", "IN", "NN"];
        int[] heads = [1, 11, 4, 4, 1, 7, 7, 11, 9, 7, 11, -1, 13, 11];
        string[] relations = ["amod", "obl:unmarked", "punct", "nummod", "vocative", "punct", "case", "reparandum", "nummod", "conj", "punct", "root", "case", "obl"];
        ParseRepairs.Apply(["Last", "month", ",", "22", "Maoists", ",", "among", "them", "four", "women", ",", "surrendered", "to", "police"], xpos, heads, relations);
        Assert.Equal((11, "nsubj"), (heads[4], relations[4]));
    }

    [Fact]
    public void A_day_root_with_a_coordinated_verb_gives_it_the_nouns_in_apposition_as_first_subject()
    {
        // Early on Wednesday , soldiers and Guard troops clashed with gunmen
        //   0    1     2      3     4     5    6     7       8     9     10
        string?[] xpos = ["RB", "IN", "NNP", ",", "NNS", "CC", "NNP", "NNS", "VBD", "IN", "NNS"];
        int[] heads = [2, 2, -1, 4, 2, 8, 7, 8, 2, 10, 8];
        string[] relations = ["advmod", "case", "root", "punct", "appos", "cc", "compound", "nsubj", "conj", "case", "obl"];
        ParseRepairs.Apply(["Early", "on", "Wednesday", ",", "soldiers", "and", "Guard", "troops", "clashed", "with", "gunmen"], xpos, heads, relations);
        Assert.Equal((-1, "root"), (heads[8], relations[8]));
        Assert.Equal((8, "nsubj"), (heads[4], relations[4]));
        Assert.Equal((4, "conj"), (heads[7], relations[7]));
        Assert.Equal((8, "obl"), (heads[2], relations[2]));
    }

    [Fact]
    public void A_title_before_its_name_read_as_an_oblique_is_the_subject_but_a_time_is_not()
    {
        // Kordofan 's governor , Hamid Abdelrahim , accused the RSF
        //    0      1     2     3    4       5      6     7     8   9
        string?[] xpos = ["NNP", "POS", "NN", ",", "NNP", "NNP", ",", "VBD", "DT", "NNP"];
        int[] heads = [2, 0, 7, 4, 7, 4, 4, -1, 9, 7];
        string[] relations = ["nmod:poss", "case", "obl", "punct", "nsubj", "flat", "punct", "root", "det", "obj"];
        ParseRepairs.Apply(["Kordofan", "'s", "governor", ",", "Hamid", "Abdelrahim", ",", "accused", "the", "RSF"], xpos, heads, relations);
        Assert.Equal((7, "nsubj"), (heads[2], relations[2]));
        Assert.Equal((2, "appos"), (heads[4], relations[4]));
        // Last month , Nasrallah announced
        string?[] timeXpos = ["JJ", "NN", ",", "NNP", "VBD"];
        int[] timeHeads = [1, 4, 3, 4, -1];
        string[] timeRelations = ["amod", "obl:unmarked", "punct", "nsubj", "root"];
        ParseRepairs.Apply(["Last", "month", ",", "Nasrallah", "announced"], timeXpos, timeHeads, timeRelations);
        Assert.Equal((4, "nsubj"), (timeHeads[3], timeRelations[3]));
    }

    [Fact]
    public void A_name_right_after_its_noun_is_its_apposition_not_a_second_subject()
    {
        // the state news agency SANA said
        //  0    1    2     3      4    5
        string?[] xpos = ["DT", "NN", "NN", "NN", "NNP", "VBD"];
        int[] heads = [3, 2, 3, 5, 5, -1];
        string[] relations = ["det", "compound", "compound", "nsubj", "nsubj", "root"];
        ParseRepairs.Apply(["the", "state", "news", "agency", "SANA", "said"], xpos, heads, relations);
        Assert.Equal((3, "appos"), (heads[4], relations[4]));
        Assert.Equal((5, "nsubj"), (heads[3], relations[3]));
    }

    [Fact]
    public void A_speakers_noun_after_a_comma_read_as_an_apposition_is_the_subject_and_the_name_its_apposition()
    {
        // Fornost welcomed talks , the primary news agency WFNA said
        //    0        1       2   3  4     5      6     7     8    9
        string?[] xpos = ["NNP", "VBD", "NNS", ",", "DT", "JJ", "NN", "NN", "NNP", "VBD"];
        int[] heads = [1, -1, 1, 7, 7, 7, 7, 2, 9, 1];
        string[] relations = ["nsubj", "root", "obj", "punct", "det", "amod", "compound", "appos", "nsubj", "parataxis"];
        ParseRepairs.Apply(["Fornost", "welcomed", "talks", ",", "the", "primary", "news", "agency", "WFNA", "said"], xpos, heads, relations);
        Assert.Equal((9, "nsubj"), (heads[7], relations[7]));
        Assert.Equal((7, "appos"), (heads[8], relations[8]));
        Assert.Equal(9, heads[3]);
    }

    [Fact]
    public void A_bare_noun_coordinated_with_a_compound_of_the_subject_is_that_compounds_conjunct()
    {
        // Eriador 's death and injury toll has risen
        //    0     1   2    3     4      5   6    7
        string?[] xpos = ["NNP", "POS", "NN", "CC", "NN", "NN", "VBZ", "VBN"];
        int[] heads = [2, 0, 7, 4, 5, 7, 7, -1];
        string[] relations = ["nmod:poss", "case", "obl", "cc", "compound", "nsubj", "aux", "root"];
        ParseRepairs.Apply(xpos, heads, relations);
        Assert.Equal((5, "compound"), (heads[2], relations[2]));
        Assert.Equal((2, "conj"), (heads[4], relations[4]));
    }

    [Fact]
    public void A_phrase_opened_by_after_right_before_a_verbs_auxiliaries_is_that_verbs_subject()
    {
        // met at Emirates with Gondor after a hafling was reported
        //  0   1     2      3     4      5   6    7      8     9
        string?[] xpos = ["VBD", "IN", "NNPS", "IN", "NNP", "IN", "DT", "NN", "VBD", "VBN"];
        int[] heads = [-1, 2, 9, 4, 2, 7, 7, 2, 9, 0];
        string[] relations = ["root", "case", "nsubj:pass", "case", "nmod", "case", "det", "nmod", "aux:pass", "advcl"];
        ParseRepairs.Apply(["met", "at", "Emirates", "with", "Gondor", "after", "a", "hafling", "was", "reported"], xpos, heads, relations);
        Assert.Equal((9, "nsubj:pass"), (heads[7], relations[7]));
        Assert.Equal((9, "mark"), (heads[5], relations[5]));
        Assert.Equal((0, "obl"), (heads[2], relations[2]));
        // The strikes came two days after militants ( JNIM ) ambushed a convoy: a past tense with no auxiliary too.
        //  0     1      2    3   4     5      6      7   8   9    10     11  12
        string?[] pastXpos = ["DT", "NNS", "VBD", "CD", "NNS", "IN", "NNS", "-LRB-", "NNP", "-RRB-", "VBD", "DT", "NN"];
        int[] pastHeads = [1, 2, -1, 4, 6, 6, 2, 8, 6, 8, 2, 12, 10];
        string[] pastRelations = ["det", "nsubj", "root", "nummod", "nmod:unmarked", "case", "obl", "punct", "appos", "punct", "xcomp", "det", "obj"];
        ParseRepairs.Apply(["The", "strikes", "came", "two", "days", "after", "militants", "(", "JNIM", ")", "ambushed", "a", "convoy"], pastXpos, pastHeads, pastRelations);
        Assert.Equal((10, "nsubj"), (pastHeads[6], pastRelations[6]));
        Assert.Equal((10, "mark"), (pastHeads[5], pastRelations[5]));
        Assert.Equal((2, "advcl"), (pastHeads[10], pastRelations[10]));
        Assert.Equal(10, pastHeads[4]);
    }

    [Fact]
    public void A_name_read_as_the_subject_of_a_subject_noun_is_part_of_its_phrase()
    {
        // The United Nations human rights office urged
        //  0    1       2      3     4      5     6
        string?[] xpos = ["DT", "NNP", "NNPS", "JJ", "NNS", "NN", "VBD"];
        int[] heads = [2, 2, 5, 4, 5, 6, -1];
        string[] relations = ["det", "amod", "nsubj", "amod", "compound", "nsubj", "root"];
        ParseRepairs.Apply(xpos, heads, relations);
        Assert.Equal((5, "compound"), (heads[2], relations[2]));
    }

    [Fact]
    public void A_past_tense_read_as_the_conjunct_of_an_objects_participle_is_the_main_verbs()
    {
        // Troops seized a cache of rockets hidden in an orchard and detained two men
        //   0      1    2   3   4     5      6    7  8    9      10     11     12  13
        string?[] xpos = ["NNS", "VBD", "DT", "NN", "IN", "NNS", "VBN", "IN", "DT", "NN", "CC", "VBD", "CD", "NNS"];
        int[] heads = [1, -1, 3, 1, 5, 3, 5, 9, 9, 6, 11, 6, 13, 11];
        string[] relations = ["nsubj", "root", "det", "obj", "case", "nmod", "acl", "case", "det", "obl", "cc", "conj", "nummod", "obj"];
        ParseRepairs.Apply(xpos, heads, relations);
        Assert.Equal((1, "conj"), (heads[11], relations[11]));
        // NAS denied involvement and accused soldiers: nor of a verb's object.
        //  0     1        2       3     4       5
        string?[] objectXpos = ["NNP", "VBD", "NN", "CC", "VBD", "NNS"];
        int[] objectHeads = [1, -1, 1, 4, 2, 4];
        string[] objectRelations = ["nsubj", "root", "obj", "cc", "conj", "obj"];
        ParseRepairs.Apply(objectXpos, objectHeads, objectRelations);
        Assert.Equal((1, "conj"), (objectHeads[4], objectRelations[4]));
    }

    [Fact]
    public void A_place_after_the_subject_and_a_preposition_read_as_a_subordinator_is_the_subjects()
    {
        // villagers near Bint Jbeil blocked a patrol
        //     0      1    2     3      4    5   6
        string?[] xpos = ["NNS", "IN", "NNP", "NNP", "VBD", "DT", "NN"];
        int[] heads = [4, 4, 4, 2, -1, 6, 4];
        string[] relations = ["nsubj", "mark", "nsubj", "flat", "root", "det", "obj"];
        ParseRepairs.Apply(xpos, heads, relations);
        Assert.Equal((0, "nmod"), (heads[2], relations[2]));
        Assert.Equal((2, "case"), (heads[1], relations[1]));
    }

    [Fact]
    public void A_place_before_a_title_read_as_a_second_subject_modifies_the_title()
    {
        // Jammu and Kashmir Chief Minister Omar Abdullah condemned
        //   0    1     2      3      4      5     6          7
        string?[] xpos = ["NNP", "CC", "NNP", "NNP", "NNP", "NNP", "NNP", "VBD"];
        int[] heads = [7, 2, 0, 4, 5, 7, 5, -1];
        string[] relations = ["nsubj", "cc", "conj", "amod", "nmod:desc", "nsubj", "flat", "root"];
        ParseRepairs.Apply(xpos, heads, relations);
        Assert.Equal((4, "compound"), (heads[0], relations[0]));
        // (Not the first word of a title split by a hyphen: UN Secretary - General Kofi Annan has indicated.)
        string?[] hyphenXpos = ["NNP", "NNP", "HYPH", "NNP", "NNP", "NNP", "VBZ", "VBN"];
        int[] hyphenHeads = [1, 7, 3, 4, 7, 4, 7, -1];
        string[] hyphenRelations = ["compound", "nsubj", "punct", "nmod:desc", "nsubj", "flat", "aux", "root"];
        ParseRepairs.Apply(hyphenXpos, hyphenHeads, hyphenRelations);
        Assert.Equal((7, "nsubj"), (hyphenHeads[1], hyphenRelations[1]));
    }

    [Fact]
    public void A_distance_between_commas_read_as_the_subject_locates_the_place_before_it()
    {
        // unions in Riberalta , about 85 km to the west , threatened
        //   0    1     2      3   4    5  6  7  8    9   10     11
        string?[] xpos = ["NNS", "IN", "NNP", ",", "RB", "CD", "NNS", "IN", "DT", "NN", ",", "VBD"];
        int[] heads = [11, 2, 0, 6, 5, 6, 11, 9, 9, 6, 6, -1];
        string[] relations = ["obl", "case", "nmod", "punct", "advmod", "nummod", "nsubj", "case", "det", "nmod", "punct", "root"];
        ParseRepairs.Apply(["unions", "in", "Riberalta", ",", "about", "85", "km", "to", "the", "west", ",", "threatened"], xpos, heads, relations);
        Assert.Equal((11, "nsubj"), (heads[0], relations[0]));
        Assert.Equal((2, "nmod:unmarked"), (heads[6], relations[6]));
        // In Hermel , about 45 km to the north , members battled : with a subject of its own after it.
        // 0    1    2   3    4  5  6  7    8    9     10       11
        string?[] otherXpos = ["IN", "NNP", ",", "RB", "CD", "NNS", "IN", "DT", "NN", ",", "NNS", "VBD"];
        int[] otherHeads = [1, 11, 5, 4, 5, 11, 8, 8, 5, 10, 11, -1];
        string[] otherRelations = ["case", "obl", "punct", "advmod", "nummod", "nsubj", "case", "det", "nmod", "punct", "nsubj", "root"];
        ParseRepairs.Apply(["In", "Hermel", ",", "about", "45", "km", "to", "the", "north", ",", "members", "battled"], otherXpos, otherHeads, otherRelations);
        Assert.Equal((1, "nmod:unmarked"), (otherHeads[5], otherRelations[5]));
        Assert.Equal((11, "nsubj"), (otherHeads[10], otherRelations[10]));
        Assert.Equal("obl", otherRelations[1]);
    }

    [Fact]
    public void A_day_read_as_the_subject_gives_way_to_the_noun_in_apposition_to_it()
    {
        // since Wednesday , when gunmen shot dead a leader
        //   0       1     2   3     4     5    6   7   8
        string?[] xpos = ["IN", "NNP", ",", "WRB", "NNS", "VBD", "JJ", "DT", "NN"];
        int[] heads = [5, 5, 4, 4, 1, -1, 8, 8, 5];
        string[] relations = ["mark", "nsubj", "punct", "advmod", "appos", "root", "amod", "det", "obj"];
        ParseRepairs.Apply(["since", "Wednesday", ",", "when", "gunmen", "shot", "dead", "a", "leader"], xpos, heads, relations);
        Assert.Equal((5, "nsubj"), (heads[4], relations[4]));
        Assert.Equal("obl:unmarked", relations[1]);
        // fear gripped the villages since Wednesday , when gunmen shot a leader : the "when" clause's subject.
        //  0     1      2     3       4      5      6   7     8      9   10  11
        string?[] whenXpos = ["NN", "VBD", "DT", "NNS", "IN", "NNP", ",", "WRB", "NNS", "VBD", "DT", "NN"];
        int[] whenHeads = [1, -1, 3, 1, 5, 1, 8, 8, 5, 1, 11, 9];
        string[] whenRelations = ["nsubj", "root", "det", "obj", "case", "obl", "punct", "advmod", "appos", "xcomp", "det", "obj"];
        ParseRepairs.Apply(["fear", "gripped", "the", "villages", "since", "Wednesday", ",", "when", "gunmen", "shot", "a", "leader"], whenXpos, whenHeads, whenRelations);
        Assert.Equal((9, "nsubj"), (whenHeads[8], whenRelations[8]));
        Assert.Equal((5, "acl:relcl"), (whenHeads[9], whenRelations[9]));
    }

    [Fact]
    public void A_noun_after_an_opening_place_is_its_apposition_and_its_conjunct_the_subject()
    {
        // In Baqubah , the capital , dozens of relatives protested
        // 0     1    2  3     4    5    6    7     8         9
        string?[] xpos = ["IN", "NNP", ",", "DT", "NN", ",", "NNS", "IN", "NNS", "VBD"];
        int[] heads = [1, 9, 4, 4, 9, 6, 4, 8, 6, -1];
        string[] relations = ["case", "obl", "punct", "det", "nsubj", "punct", "conj", "case", "nmod", "root"];
        ParseRepairs.Apply(xpos, heads, relations);
        Assert.Equal((9, "nsubj"), (heads[6], relations[6]));
        Assert.Equal((1, "appos"), (heads[4], relations[4]));
    }

    [Fact]
    public void An_inverted_reporter_gives_the_subject_before_it_to_the_clause_it_reports()
    {
        // Gunmen abducted villagers , said Sani .
        //   0       1         2     3   4    5   6
        string?[] xpos = ["NNS", "VBD", "NNS", ",", "VBD", "NNP", "."];
        int[] heads = [4, 4, 1, 1, -1, 4, 4];
        string[] relations = ["nsubj", "ccomp", "obj", "punct", "root", "nsubj", "punct"];
        ParseRepairs.Apply(["Gunmen", "abducted", "villagers", ",", "said", "Sani", "."], xpos, heads, relations);
        Assert.Equal((1, "nsubj"), (heads[0], relations[0]));
        Assert.Equal((4, "nsubj"), (heads[5], relations[5]));
    }

    [Fact]
    public void Reporters_read_as_the_object_of_the_clause_they_report_are_its_subject()
    {
        // Gunmen wounded six , authorities said .
        //   0       1     2  3      4        5   6
        string?[] xpos = ["NNS", "VBD", "CD", ",", "NNS", "VBD", "."];
        int[] heads = [1, 5, 4, 4, 1, -1, 5];
        string[] relations = ["nsubj", "ccomp", "nummod", "punct", "obj", "root", "punct"];
        ParseRepairs.Apply(["Gunmen", "wounded", "six", ",", "authorities", "said", "."], xpos, heads, relations);
        Assert.Equal((5, "nsubj"), (heads[4], relations[4]));
        Assert.Equal((1, "obj"), (heads[2], relations[2]));
    }

    [Fact]
    public void A_name_root_whose_time_phrase_carries_the_verb_is_that_verbs_subject()
    {
        // The United Nations late on Sunday called on the Houthis .
        //  0    1       2      3   4    5      6     7   8    9     10
        string?[] xpos = ["DT", "NNP", "NNPS", "RB", "IN", "NNP", "VBD", "IN", "DT", "NNP", "."];
        int[] heads = [2, 2, -1, 2, 5, 3, 5, 9, 9, 6, 2];
        string[] relations = ["det", "amod", "root", "advmod", "case", "obl", "acl", "case", "det", "obl", "punct"];
        ParseRepairs.Apply(["The", "United", "Nations", "late", "on", "Sunday", "called", "on", "the", "Houthis", "."], xpos, heads, relations);
        Assert.Equal((-1, "root"), (heads[6], relations[6]));
        Assert.Equal((6, "nsubj"), (heads[2], relations[2]));
        Assert.Equal(6, heads[3]);
    }

    [Fact]
    public void A_name_root_whose_last_word_carries_the_verb_with_a_day_as_subject_is_that_verbs_subject()
    {
        // Amnesty International on Monday criticised authorities
        //    0          1        2    3        4          5
        string?[] xpos = ["NNP", "NNP", "IN", "NNP", "VBD", "NNS"];
        int[] heads = [-1, 0, 4, 4, 1, 4];
        string[] relations = ["root", "flat", "mark", "nsubj", "advcl", "obj"];
        ParseRepairs.Apply(["Amnesty", "International", "on", "Monday", "criticised", "authorities"], xpos, heads, relations);
        Assert.Equal((-1, "root"), (heads[4], relations[4]));
        Assert.Equal((4, "nsubj"), (heads[0], relations[0]));
        Assert.Equal("obl", relations[3]);
    }

    [Fact]
    public void A_name_root_with_a_comma_before_the_verb_is_left_alone()
    {
        // Amnesty , accused soldiers .
        var (heads, relations) = Repaired(
            ["NNP", ",", "VBD", "NNS", "."],
            [-1, 2, 0, 2, 0],
            ["root", "punct", "parataxis", "obj", "punct"]);
        Assert.Equal((-1, "root"), (heads[0], relations[0]));
        Assert.Equal((0, "parataxis"), (heads[2], relations[2]));
    }

    [Fact]
    public void A_noun_after_a_subordinating_after_and_before_a_past_tense_is_that_verbs_subject()
    {
        // came a day after troops captured a commander .
        //  0   1  2    3     4       5     6     7      8
        string?[] xpos = ["VBD", "DT", "NN", "IN", "NNS", "VBD", "DT", "NN", "."];
        int[] heads = [-1, 2, 0, 4, 2, 0, 7, 5, 0];
        string[] relations = ["root", "det", "obl:unmarked", "case", "nmod", "conj", "det", "obj", "punct"];
        ParseRepairs.Apply(["came", "a", "day", "after", "troops", "captured", "a", "commander", "."], xpos, heads, relations);
        Assert.Equal((5, "nsubj"), (heads[4], relations[4]));
        Assert.Equal((2, "acl"), (heads[5], relations[5]));
        Assert.Equal((5, "mark"), (heads[3], relations[3]));
    }

    [Fact]
    public void A_tree_check_finds_cycles()
    {
        Assert.True(Vigil.Parsing.DependencyParser.IsTree([1, -1, 1]));
        Assert.False(Vigil.Parsing.DependencyParser.IsTree([1, 2, 1]));
    }

    [Fact]
    public void A_noun_read_as_a_reported_clause_after_an_objectless_verb_is_its_object()
    {
        // forces killed six gunmen , the ministry said .
        //   0      1     2    3    4  5     6      7   8
        var (heads, relations) = Repaired(
            ["NNS", "VBD", "CD", "NNS", ",", "DT", "NN", "VBD", "."],
            [1, 7, 3, 7, 3, 6, 7, -1, 7],
            ["nsubj", "ccomp", "nummod", "ccomp", "punct", "det", "nsubj", "root", "punct"]);
        Assert.Equal((1, "obj"), (heads[3], relations[3]));
    }

    [Fact]
    public void A_compound_does_not_reach_across_a_preposition()
    {
        // police fired tear gas at protesters .
        //   0      1    2    3   4      5      6
        var (heads, relations) = Repaired(
            ["NNS", "VBD", "NN", "NN", "IN", "NNS", "."],
            [1, -1, 3, 5, 5, 1, 1],
            ["nsubj", "root", "compound", "compound", "case", "obl", "punct"]);
        Assert.Equal((1, "obj"), (heads[3], relations[3]));
        Assert.Equal((1, "obl"), (heads[5], relations[5]));
    }

    [Fact]
    public void A_noun_read_as_the_object_of_a_noun_is_the_verbs_object_and_the_first_its_compound()
    {
        // army carried out drone strikes .
        //  0      1     2    3      4     5
        var (heads, relations) = Repaired(
            ["NN", "VBD", "RP", "AFX", "NNS", "."],
            [1, -1, 1, 1, 3, 1],
            ["nsubj", "root", "compound:prt", "obj", "obj", "punct"]);
        Assert.Equal((1, "obj"), (heads[4], relations[4]));
        Assert.Equal((4, "compound"), (heads[3], relations[3]));
    }

    [Fact]
    public void A_hyphenated_participle_read_as_the_root_modifies_the_subject_after_it()
    {
        // Hamas - run media said tanks shelled homes .
        //   0   1  2    3     4    5      6      7   8
        string[] forms = ["Hamas", "-", "run", "media", "said", "tanks", "shelled", "homes", "."];
        int[] heads = [2, 0, -1, 4, 2, 6, 4, 6, 2];
        string[] relations = ["nsubj", "punct", "root", "nsubj", "parataxis", "nsubj", "ccomp", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "HYPH", "VBN", "NN", "VBD", "NNS", "VBD", "NNS", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[4], relations[4]));
        Assert.Equal((3, "amod"), (heads[2], relations[2]));
        Assert.Equal((2, "compound"), (heads[0], relations[0]));
        Assert.Equal(4, heads[8]);
    }

    [Fact]
    public void A_root_marked_by_while_after_a_comma_is_the_clause_befores_adverbial()
    {
        // coalition called for calm , while media said tanks shelled homes .
        //     0       1    2    3   4   5     6     7    8       9      10  11
        string[] forms = ["coalition", "called", "for", "calm", ",", "while", "media", "said", "tanks", "shelled", "homes", "."];
        int[] heads = [1, 7, 3, 1, 7, 7, 7, -1, 9, 7, 9, 7];
        string[] relations = ["nsubj", "ccomp", "case", "obl", "punct", "mark", "nsubj", "root", "nsubj", "ccomp", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NN", "VBD", "IN", "NN", ",", "IN", "NN", "VBD", "NNS", "VBD", "NNS", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[1], relations[1]));
        Assert.Equal((1, "advcl"), (heads[7], relations[7]));
        Assert.Equal((7, 7, 1), (heads[4], heads[5], heads[11]));
    }

    [Fact]
    public void A_noun_before_a_name_that_owns_the_next_noun_is_the_names_title()
    {
        // Opposition leader Raila Odinga 's coalition called for calm .
        //      0       1      2     3    4     5        6     7    8   9
        string[] forms = ["Opposition", "leader", "Raila", "Odinga", "'s", "coalition", "called", "for", "calm", "."];
        int[] heads = [1, -1, 5, 2, 2, 1, 5, 8, 6, 1];
        string[] relations = ["compound", "root", "nmod:poss", "flat", "case", "obj", "acl", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["NN", "NN", "NNP", "NNP", "POS", "NN", "VBD", "IN", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[6], relations[6]));
        Assert.Equal((6, "nsubj"), (heads[5], relations[5]));
        Assert.Equal((2, "nmod:desc"), (heads[1], relations[1]));
    }

    [Fact]
    public void A_bare_noun_before_the_modifiers_of_the_verbs_object_is_its_compound()
    {
        // summoned India 's deputy high commissioner .
        //    0       1   2    3     4        5       6
        string[] xpos = ["VBD", "NNP", "POS", "NN", "JJ", "NN", "."];
        var (heads, relations) = Repaired(xpos, [-1, 3, 1, 0, 5, 0, 0], ["root", "nmod:poss", "case", "obj", "amod", "obj", "punct"]);
        Assert.Equal((5, "compound", 5), (heads[3], relations[3], heads[1]));
        // (The same when the parser made the later noun the first one's object.)
        var (nested, nestedRelations) = Repaired(xpos, [-1, 3, 1, 0, 5, 3, 0], ["root", "nmod:poss", "case", "obj", "amod", "obj", "punct"]);
        Assert.Equal((0, "obj", 5, "compound", 5), (nested[5], nestedRelations[5], nested[3], nestedRelations[3], nested[1]));
    }

    [Fact]
    public void A_gapped_passive_before_a_trailing_reporter_is_the_passives_conjunct_and_the_reporter_reports_both()
    {
        // Two soldiers were killed and six wounded when rebels attacked a base , the army said .
        string[] forms = ["Two", "soldiers", "were", "killed", "and", "six", "wounded", "when", "rebels", "attacked", "a", "base", ",", "the", "army", "said", "."];
        int[] heads = [1, 3, 3, -1, 15, 15, 5, 9, 9, 15, 11, 9, 9, 14, 15, 3, 3];
        string[] relations = ["nummod", "nsubj:pass", "aux:pass", "root", "cc", "ccomp", "orphan", "advmod", "nsubj", "advcl", "det", "obj", "punct", "det", "nsubj", "conj", "punct"];
        ParseRepairs.Apply(forms, ["CD", "NNS", "VBD", "VBN", "CC", "CD", "VBN", "WRB", "NNS", "VBD", "DT", "NN", ",", "DT", "NN", "VBD", "."], heads, relations);
        Assert.Equal((3, "conj", 6, "cc", 6, "nsubj:pass"), (heads[6], relations[6], heads[4], relations[4], heads[5], relations[5]));
        Assert.Equal((6, "advcl", 3, "parataxis", 15), (heads[9], relations[9], heads[15], relations[15], heads[12]));
    }

    [Fact]
    public void The_second_side_of_a_between_phrase_read_as_a_subject_is_its_conjunct_and_the_verb_the_root()
    {
        // Clashes between the army and the rebels killed 12 people on Monday .
        string[] forms = ["Clashes", "between", "the", "army", "and", "the", "rebels", "killed", "12", "people", "on", "Monday", "."];
        int[] heads = [-1, 3, 3, 0, 7, 6, 7, 0, 9, 7, 11, 7, 0];
        string[] relations = ["root", "case", "det", "obl", "cc", "det", "nsubj", "conj", "nummod", "obj", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "IN", "DT", "NN", "CC", "DT", "NNS", "VBD", "CD", "NNS", "IN", "NNP", "."], heads, relations);
        Assert.Equal((3, "conj", 6, "cc"), (heads[6], relations[6], heads[4], relations[4]));
        Assert.Equal((-1, 7, "nsubj", 7), (heads[7], heads[0], relations[0], heads[12]));
    }

    [Fact]
    public void A_gerund_after_of_read_as_a_compound_heads_its_clause_on_the_noun()
    {
        // accused the militant group of hiding rockets .
        string[] forms = ["accused", "the", "militant", "group", "of", "hiding", "rockets", "."];
        int[] heads = [-1, 3, 3, 0, 6, 6, 3, 0];
        string[] relations = ["root", "det", "amod", "obj", "case", "compound", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["VBD", "DT", "JJ", "NN", "IN", "VBG", "NNS", "."], heads, relations);
        Assert.Equal((3, "acl", 5, "mark", 5, "obj"), (heads[5], relations[5], heads[4], relations[4], heads[6], relations[6]));
    }

    [Fact]
    public void The_infinitive_after_a_summoned_envoy_is_the_summons_purpose()
    {
        // ministry summoned the envoy to lodge a protest .
        //    0        1      2    3    4   5   6    7    8
        string[] forms = ["ministry", "summoned", "the", "envoy", "to", "lodge", "a", "protest", "."];
        int[] heads = [1, -1, 3, 1, 5, 3, 7, 5, 1];
        string[] relations = ["nsubj", "root", "det", "obj", "mark", "acl", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NN", "VBD", "DT", "NN", "TO", "VB", "DT", "NN", "."], heads, relations);
        Assert.Equal((1, "advcl"), (heads[5], relations[5]));
    }

    [Fact]
    public void A_noun_read_as_a_that_clause_with_a_subjectless_relative_verb_is_that_verbs_subject()
    {
        // envoy said that attacks on civilians must stop .
        //   0    1    2     3     4     5       6    7   8
        string[] forms = ["envoy", "said", "that", "attacks", "on", "civilians", "must", "stop", "."];
        int[] heads = [1, -1, 3, 1, 5, 3, 7, 3, 1];
        string[] relations = ["nsubj", "root", "nsubj", "ccomp", "case", "nmod", "aux", "acl:relcl", "punct"];
        ParseRepairs.Apply(forms, ["NN", "VBD", "IN", "NNS", "IN", "NNS", "MD", "VB", "."], heads, relations);
        Assert.Equal((1, "ccomp"), (heads[7], relations[7]));
        Assert.Equal((7, "nsubj"), (heads[3], relations[3]));
        Assert.Equal((7, "mark"), (heads[2], relations[2]));
    }

    [Fact]
    public void Reporters_split_by_their_conjunction_before_a_root_said_are_its_subjects()
    {
        // Police fired , injuring 40 people , witnesses and a leader said .
        //   0      1   2     3     4    5    6     7       8  9   10    11   12
        string[] forms = ["Police", "fired", ",", "injuring", "40", "people", ",", "witnesses", "and", "a", "leader", "said", "."];
        int[] heads = [1, 11, 3, 1, 5, 3, 7, 5, 10, 10, 11, -1, 11];
        string[] relations = ["nsubj", "ccomp", "punct", "advcl", "nummod", "obj", "punct", "conj", "cc", "det", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", ",", "VBG", "CD", "NNS", ",", "NNS", "CC", "DT", "NN", "VBD", "."], heads, relations);
        Assert.Equal((11, "nsubj"), (heads[7], relations[7]));
        Assert.Equal((7, "conj"), (heads[10], relations[10]));
        Assert.Equal("root", relations[11]);
    }

    [Fact]
    public void A_protest_infinitive_after_a_relative_clause_is_that_clauses_purpose()
    {
        // Police fired at workers who blocked a road to demand wages .
        //   0      1    2    3     4     5     6  7   8    9      10  11
        string[] forms = ["Police", "fired", "at", "workers", "who", "blocked", "a", "road", "to", "demand", "wages", "."];
        int[] heads = [1, -1, 3, 1, 5, 3, 7, 5, 9, 1, 9, 1];
        string[] relations = ["nsubj", "root", "case", "obl", "nsubj", "acl:relcl", "det", "obj", "mark", "advcl", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "IN", "NNS", "WP", "VBD", "DT", "NN", "TO", "VB", "NNS", "."], heads, relations);
        Assert.Equal((5, "advcl"), (heads[9], relations[9]));
    }

    [Fact]
    public void A_subject_and_a_clause_mark_hung_on_an_auxiliary_belong_to_its_verb()
    {
        // and that the army had neutralized dozens
        //  0    1    2    3    4      5          6
        string[] forms = ["and", "that", "the", "army", "had", "neutralized", "dozens"];
        string?[] xpos = ["CC", "IN", "DT", "NN", "VBD", "VBN", "NNS"];
        int[] heads = [5, 4, 3, 4, 5, -1, 5];
        string[] relations = ["cc", "mark", "det", "nsubj", "aux", "root", "obj"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((5, "nsubj"), (heads[3], relations[3]));
        Assert.Equal((5, "mark"), (heads[1], relations[1]));
    }

    [Fact]
    public void A_noun_before_a_names_own_titles_is_one_more_title_not_a_second_subject()
    {
        // Army chief Gen. Moussa Diallo said
        //   0    1     2     3      4     5
        string[] forms = ["Army", "chief", "Gen.", "Moussa", "Diallo", "said"];
        string?[] xpos = ["NNP", "NN", "NNP", "NNP", "NNP", "VBD"];
        int[] heads = [1, 5, 3, 5, 3, -1];
        string[] relations = ["compound", "nsubj", "nmod:desc", "nsubj", "flat", "root"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((3, "nmod:desc"), (heads[1], relations[1]));
        Assert.Equal((5, "nsubj"), (heads[3], relations[3]));
        // (Not a noun with its determiner: "the agency Gen. X" is left to the apposition rules.)
        int[] determined = [1, 6, 4, 4, 6, 4, -1];
        string[] determinedRelations = ["det", "nsubj", "nmod:desc", "nmod:desc", "nsubj", "flat", "root"];
        ParseRepairs.Apply(["the", "chief", "Gen.", "Col.", "Moussa", "Diallo", "said"], ["DT", "NN", "NNP", "NNP", "NNP", "NNP", "VBD"], determined, determinedRelations);
        Assert.Equal("nsubj", determinedRelations[1]);
    }

    [Fact]
    public void A_subjectless_past_tense_beside_a_reported_clause_is_its_conjunct()
    {
        // militants stopped a bus , ordered the passengers off and executed four men , an official said
        //     0        1    2  3  4    5     6      7        8   9      10     11   12  13  14    15     16
        string[] forms = ["militants", "stopped", "a", "bus", ",", "ordered", "the", "passengers", "off", "and", "executed", "four", "men", ",", "an", "official", "said"];
        string?[] xpos = ["NNS", "VBD", "DT", "NN", ",", "VBD", "DT", "NNS", "RP", "CC", "VBD", "CD", "NNS", ",", "DT", "NN", "VBD"];
        int[] heads = [1, 16, 3, 1, 1, 16, 7, 5, 5, 10, 5, 12, 10, 16, 15, 16, -1];
        string[] relations = ["nsubj", "ccomp", "det", "obj", "punct", "ccomp", "det", "obj", "compound:prt", "cc", "conj", "nummod", "obj", "punct", "det", "nsubj", "root"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((1, "conj"), (heads[5], relations[5]));
        Assert.Equal((1, "conj"), (heads[10], relations[10]));
    }

    [Fact]
    public void A_reporter_read_as_an_apposition_says_the_clause_before_it()
    {
        // attackers were killed in the operation , spokesman Lt. Ahmed Chaudhry told a conference
        //     0      1     2    3  4      5      6     7       8     9     10      11   12     13
        string[] forms = ["attackers", "were", "killed", "in", "the", "operation", ",", "spokesman", "Lt.", "Ahmed", "Chaudhry", "told", "a", "conference"];
        string?[] xpos = ["NNS", "VBD", "VBN", "IN", "DT", "NN", ",", "NN", "NNP", "NNP", "NNP", "VBD", "DT", "NN"];
        int[] heads = [2, 2, -1, 5, 5, 2, 7, 8, 5, 8, 9, 2, 13, 11];
        string[] relations = ["nsubj:pass", "aux:pass", "root", "case", "det", "obl", "punct", "nmod:desc", "appos", "flat", "flat", "parataxis", "det", "obj"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((11, "nsubj"), (heads[8], relations[8]));
        Assert.Equal((2, "parataxis"), (heads[11], relations[11]));
    }

    [Fact]
    public void The_phrase_between_a_closing_quotation_mark_and_its_reporter_is_the_speaker()
    {
        // “ We win , ” John Smith , a writer , said .
        //  0  1   2  3 4  5     6    7 8   9    10  11  12
        string[] forms = ["“", "We", "win", ",", "”", "John", "Smith", ",", "a", "writer", ",", "said", "."];
        int[] heads = [2, 2, 11, 2, 2, 2, 5, 9, 9, 5, 2, -1, 11];
        string[] relations = ["punct", "nsubj", "ccomp", "punct", "punct", "nmod", "flat", "punct", "det", "appos", "punct", "root", "punct"];
        ParseRepairs.Apply(forms, ["``", "PRP", "VBP", ",", "''", "NNP", "NNP", ",", "DT", "NN", ",", "VBD", "."], heads, relations);
        Assert.Equal((11, "nsubj"), (heads[5], relations[5]));
        Assert.Equal(11, heads[10]);
    }

    [Fact]
    public void A_reporter_before_an_opening_quotation_mark_reports_what_the_quotation_says()
    {
        // Nominee Clinton , at a gaggle , said , “ I was briefed .
        //    0       1    2  3  4   5    6   7   8  9 10  11     12
        string[] forms = ["Nominee", "Clinton", ",", "at", "a", "gaggle", ",", "said", ",", "“", "I", "was", "briefed", "."];
        int[] heads = [-1, 0, 5, 5, 5, 0, 7, 12, 7, 12, 12, 12, 0, 0];
        string[] relations = ["root", "appos", "punct", "case", "det", "nmod", "punct", "advcl", "punct", "punct", "nsubj:pass", "aux:pass", "parataxis", "punct"];
        ParseRepairs.Apply(forms, ["NN", "NNP", ",", "IN", "DT", "NN", ",", "VBD", ",", "``", "PRP", "VBD", "VBN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[7], relations[7]));
        Assert.Equal((7, "nsubj"), (heads[0], relations[0]));
        Assert.Equal((7, "ccomp"), (heads[12], relations[12]));
        Assert.Equal((7, "obl"), (heads[5], relations[5]));
    }

    [Fact]
    public void A_title_root_before_the_name_of_its_verb_is_that_verbs_subject()
    {
        // Presidential nominee Donald Trump could embrace a policy .
        //      0          1      2      3     4      5    6    7    8
        string[] forms = ["Presidential", "nominee", "Donald", "Trump", "could", "embrace", "a", "policy", "."];
        int[] heads = [1, -1, 5, 2, 5, 1, 7, 5, 1];
        string[] relations = ["amod", "root", "nsubj", "flat", "aux", "acl", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "NN", "NNP", "NNP", "MD", "VB", "DT", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[5], relations[5]));
        Assert.Equal((5, "nsubj"), (heads[1], relations[1]));
        Assert.Equal((1, "appos"), (heads[2], relations[2]));
        Assert.Equal(5, heads[8]);
    }

    [Fact]
    public void A_speaker_and_his_role_hung_inside_the_quotation_before_told_are_its_subject()
    {
        // " It is punishment , " Ahmad Qawasmi , the deputy governor , told reporters .
        // 0  1  2      3      4 5   6      7     8  9    10      11    12  13    14      15
        string[] forms = ["\"", "It", "is", "punishment", ",", "\"", "Ahmad", "Qawasmi", ",", "the", "deputy", "governor", ",", "told", "reporters", "."];
        int[] heads = [3, 3, 3, 13, 3, 3, 3, 6, 11, 11, 11, 3, 13, -1, 13, 13];
        string[] relations = ["punct", "nsubj", "cop", "obl", "punct", "punct", "appos", "flat", "punct", "det", "compound", "nmod", "punct", "root", "iobj", "punct"];
        ParseRepairs.Apply(forms, ["``", "PRP", "VBZ", "NN", ",", "''", "NNP", "NNP", ",", "DT", "NN", "NN", ",", "VBD", "NNS", "."], heads, relations);
        Assert.Equal((13, "nsubj"), (heads[6], relations[6]));
        Assert.Equal((6, "appos"), (heads[11], relations[11]));
        Assert.Equal((13, "ccomp"), (heads[3], relations[3]));
    }

    [Fact]
    public void A_second_subject_between_commas_after_a_name_is_its_apposition()
    {
        // Benjamin Rhodes , one of the aides , recalled it .
        //    0       1    2  3   4  5    6   7    8     9 10
        string[] forms = ["Benjamin", "Rhodes", ",", "one", "of", "the", "aides", ",", "recalled", "it", "."];
        int[] heads = [8, 0, 3, 8, 6, 6, 3, 6, -1, 8, 8];
        string[] relations = ["nsubj", "flat", "punct", "nsubj", "case", "det", "nmod", "punct", "root", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "NNP", ",", "CD", "IN", "DT", "NNS", ",", "VBD", "PRP", "."], heads, relations);
        Assert.Equal((0, "appos"), (heads[3], relations[3]));
        Assert.Equal((8, "nsubj"), (heads[0], relations[0]));
    }

    [Fact]
    public void A_clause_hung_on_its_that_has_it_for_mark_and_is_what_the_reporter_says()
    {
        // The commission says on its website that there were issues .
        //  0      1        2   3  4    5       6    7     8     9     10
        string[] forms = ["The", "commission", "says", "on", "its", "website", "that", "there", "were", "issues", "."];
        int[] heads = [1, 2, -1, 5, 5, 2, 5, 8, 6, 8, 2];
        string[] relations = ["det", "nsubj", "root", "case", "nmod:poss", "obl", "nmod", "expl", "advcl:relcl", "nsubj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBZ", "IN", "PRP$", "NN", "IN", "EX", "VBD", "NNS", "."], heads, relations);
        Assert.Equal((8, "mark"), (heads[6], relations[6]));
        Assert.Equal((2, "ccomp"), (heads[8], relations[8]));
    }

    [Fact]
    public void A_clause_whose_subject_follows_said_is_what_it_reports()
    {
        // Lynch said she was asked .
        //   0    1    2   3    4   5
        string[] forms = ["Lynch", "said", "she", "was", "asked", "."];
        int[] heads = [1, -1, 4, 4, 1, 1];
        string[] relations = ["nsubj", "root", "nsubj:pass", "aux:pass", "parataxis", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "VBD", "PRP", "VBD", "VBN", "."], heads, relations);
        Assert.Equal((1, "ccomp"), (heads[4], relations[4]));
    }

    [Fact]
    public void A_name_quoted_inside_the_speakers_phrase_leaves_the_speaker_alone()
    {
        // “ We won , ” Shojai , head of the “ Iran ” group , said .
        // 0  1   2  3 4   5    6   7   8  9  10  11  12  13  14  15 16
        string[] forms = ["“", "We", "won", ",", "”", "Shojai", ",", "head", "of", "the", "“", "Iran", "”", "group", ",", "said", "."];
        int[] heads = [2, 2, 15, 2, 2, 15, 7, 5, 13, 13, 11, 13, 11, 7, 5, -1, 15];
        string[] relations = ["punct", "nsubj", "ccomp", "punct", "punct", "nsubj", "punct", "appos", "case", "det", "punct", "compound", "punct", "nmod", "punct", "root", "punct"];
        ParseRepairs.Apply(forms, ["``", "PRP", "VBD", ",", "''", "NNP", ",", "NN", "IN", "DT", "``", "NNP", "''", "NN", ",", "VBD", "."], heads, relations);
        Assert.Equal((15, "nsubj"), (heads[5], relations[5]));
        Assert.Equal((7, "nmod"), (heads[13], relations[13]));
    }

    [Fact]
    public void A_quotation_read_as_the_subject_of_its_reporter_gives_way_to_the_speaker_after_it()
    {
        // “ It is an invasion , ” Scott Pruitt , the attorney general , said .
        // 0  1  2  3     4     5 6   7      8    9  10    11      12    13  14  15
        string[] forms = ["“", "It", "is", "an", "invasion", ",", "”", "Scott", "Pruitt", ",", "the", "attorney", "general", ",", "said", "."];
        int[] heads = [4, 4, 4, 4, 14, 4, 4, 4, 7, 12, 12, 12, 4, 4, -1, 14];
        string[] relations = ["punct", "nsubj", "cop", "det", "nsubj", "punct", "punct", "appos", "flat", "punct", "det", "compound", "appos", "punct", "root", "punct"];
        ParseRepairs.Apply(forms, ["``", "PRP", "VBZ", "DT", "NN", ",", "''", "NNP", "NNP", ",", "DT", "NN", "NN", ",", "VBD", "."], heads, relations);
        Assert.Equal((14, "nsubj"), (heads[7], relations[7]));
        Assert.Equal((14, "ccomp"), (heads[4], relations[4]));
        Assert.Equal((7, "appos"), (heads[12], relations[12]));
    }

    [Fact]
    public void A_prepositional_phrase_read_as_a_second_reported_clause_belongs_to_the_word_before_it()
    {
        // Forces fired gas at the protesters , witnesses said .
        //    0     1    2   3   4      5       6     7       8  9
        string[] forms = ["Forces", "fired", "gas", "at", "the", "protesters", ",", "witnesses", "said", "."];
        int[] heads = [1, 8, 1, 5, 5, 8, 8, 8, -1, 8];
        string[] relations = ["nsubj", "ccomp", "obj", "case", "det", "ccomp", "punct", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "NN", "IN", "DT", "NNS", ",", "NNS", "VBD", "."], heads, relations);
        Assert.Equal((2, "nmod"), (heads[5], relations[5]));
    }

    [Fact]
    public void A_question_right_after_said_is_what_it_reports()
    {
        // Lawmakers have not said when they would act .
        //     0      1    2    3    4    5     6     7   8
        string[] forms = ["Lawmakers", "have", "not", "said", "when", "they", "would", "act", "."];
        int[] heads = [3, 3, 3, -1, 7, 7, 7, 3, 3];
        string[] relations = ["nsubj", "aux", "advmod", "root", "advmod", "nsubj", "aux", "advcl", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBP", "RB", "VBN", "WRB", "PRP", "MD", "VB", "."], heads, relations);
        Assert.Equal((3, "ccomp"), (heads[7], relations[7]));
    }

    [Fact]
    public void A_prepositional_phrase_after_a_comma_read_as_a_second_report_is_the_reported_verbs()
    {
        // Soldiers detained people , on farms , relatives said .
        //    0        1       2    3  4   5    6     7       8  9
        string[] forms = ["Soldiers", "detained", "people", ",", "on", "farms", ",", "relatives", "said", "."];
        int[] heads = [1, 8, 1, 5, 5, 8, 8, 8, -1, 8];
        string[] relations = ["nsubj", "ccomp", "obj", "punct", "case", "ccomp", "punct", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "NNS", ",", "IN", "NNS", ",", "NNS", "VBD", "."], heads, relations);
        Assert.Equal((1, "obl"), (heads[5], relations[5]));
    }

    [Fact]
    public void A_trailing_reporter_read_as_a_relative_clause_reports_the_sentence()
    {
        // Secrecy is no stranger , the doctor maintains .
        //    0     1  2     3     4  5    6        7      8
        string[] forms = ["Secrecy", "is", "no", "stranger", ",", "the", "doctor", "maintains", "."];
        int[] heads = [3, 3, 3, -1, 7, 6, 7, 3, 3];
        string[] relations = ["nsubj", "cop", "det", "root", "punct", "det", "nsubj", "acl:relcl", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "VBZ", "DT", "NN", ",", "DT", "NN", "VBZ", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[7], relations[7]));
        Assert.Equal((7, "ccomp"), (heads[3], relations[3]));
    }

    [Fact]
    public void A_verb_read_as_an_auxiliary_of_the_gerund_after_it_heads_the_clause()
    {
        // He proposes doing away .
        // 0      1      2     3   4
        string[] forms = ["He", "proposes", "doing", "away", "."];
        int[] heads = [2, 2, -1, 2, 2];
        string[] relations = ["nsubj", "aux", "root", "advmod", "punct"];
        ParseRepairs.Apply(forms, ["PRP", "VBZ", "VBG", "RB", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[1], relations[1]));
        Assert.Equal((1, "xcomp"), (heads[2], relations[2]));
        Assert.Equal(1, heads[0]);
        // (A web spelling of an auxiliary stays one: "I ve been dating".)
        string[] web = ["I", "ve", "been", "dating", "."];
        int[] webHeads = [3, 3, 3, -1, 3];
        string[] webRelations = ["nsubj", "aux", "aux", "root", "punct"];
        ParseRepairs.Apply(web, ["PRP", "VBP", "VBN", "VBG", "."], webHeads, webRelations);
        Assert.Equal((3, "aux"), (webHeads[1], webRelations[1]));
        // (Nor a clitic with a curly apostrophe: "You ’re leaning".)
        string[] curly = ["You", "’re", "leaning", "."];
        int[] curlyHeads = [2, 2, -1, 2];
        string[] curlyRelations = ["nsubj", "aux", "root", "punct"];
        ParseRepairs.Apply(curly, ["PRP", "VBP", "VBG", "."], curlyHeads, curlyRelations);
        Assert.Equal((2, "aux"), (curlyHeads[1], curlyRelations[1]));
    }

    [Fact]
    public void A_time_word_in_the_place_of_a_verb_before_it_is_that_verbs_time_and_gives_it_its_conjunct()
    {
        // police used gas late Sunday and detained people , the ministry said .
        //   0     1    2   3     4     5     6       7    8  9     10     11  12
        string[] forms = ["police", "used", "gas", "late", "Sunday", "and", "detained", "people", ",", "the", "ministry", "said", "."];
        int[] heads = [1, 11, 1, 4, 11, 6, 4, 6, 11, 10, 11, -1, 11];
        string[] relations = ["nsubj", "ccomp", "obj", "amod", "ccomp", "cc", "conj", "obj", "punct", "det", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NN", "VBD", "NN", "JJ", "NNP", "CC", "VBD", "NNS", ",", "DT", "NN", "VBD", "."], heads, relations);
        Assert.Equal((1, "obl:unmarked"), (heads[4], relations[4]));
        Assert.Equal((1, "conj"), (heads[6], relations[6]));
        // (Also read as the reporter's subject beside the reported clause.)
        int[] subjectHeads = [1, 11, 1, 4, 11, 6, 4, 6, 11, 10, 11, -1, 11];
        string[] subjectRelations = ["nsubj", "ccomp", "obj", "amod", "nsubj", "cc", "conj", "obj", "punct", "det", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NN", "VBD", "NN", "JJ", "NNP", "CC", "VBD", "NNS", ",", "DT", "NN", "VBD", "."], subjectHeads, subjectRelations);
        Assert.Equal((1, "obl:unmarked"), (subjectHeads[4], subjectRelations[4]));
        Assert.Equal((1, "conj"), (subjectHeads[6], subjectRelations[6]));
    }

    [Fact]
    public void The_noun_of_a_compound_verb_read_as_a_second_subject_is_the_verbs_compound()
    {
        // Ethiopia will not wire tap the links .
        //    0      1    2   3    4   5    6    7
        string[] forms = ["Ethiopia", "will", "not", "wire", "tap", "the", "links", "."];
        int[] heads = [4, 4, 3, 4, -1, 6, 4, 4];
        string[] relations = ["nsubj", "aux", "advmod", "nsubj", "root", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "MD", "RB", "NN", "VB", "DT", "NNS", "."], heads, relations);
        Assert.Equal((4, "compound"), (heads[3], relations[3]));
        Assert.Equal(4, heads[2]);
    }

    [Fact]
    public void A_participle_opening_the_sentence_before_its_subject_modifies_the_subject()
    {
        // Suspected jihadi fighters killed civilians .
        //     0       1        2       3        4     5
        string[] forms = ["Suspected", "jihadi", "fighters", "killed", "civilians", "."];
        int[] heads = [3, 2, 3, -1, 3, 3];
        string[] relations = ["ccomp", "amod", "nsubj", "root", "obj", "punct"];
        ParseRepairs.Apply(forms, ["VBN", "JJ", "NNS", "VBD", "NNS", "."], heads, relations);
        Assert.Equal((2, "amod"), (heads[0], relations[0]));
        // Suspected Boko Haram insurgents killed farmers , officials said .
        //     0      1     2        3        4      5    6     7       8   9
        string[] named = ["Suspected", "Boko", "Haram", "insurgents", "killed", "farmers", ",", "officials", "said", "."];
        heads = [8, 3, 1, 4, 8, 4, 4, 8, -1, 8];
        relations = ["ccomp", "compound", "flat", "nsubj", "ccomp", "obj", "punct", "nsubj", "root", "punct"];
        ParseRepairs.Apply(named, ["VBN", "NNP", "NNP", "NNS", "VBD", "NNS", ",", "NNS", "VBD", "."], heads, relations);
        Assert.Equal((3, "amod"), (heads[0], relations[0]));
    }

    [Fact]
    public void A_subject_read_as_a_clause_of_the_opening_phrase_takes_the_verb_and_its_name_in_apposition()
    {
        // In a video posted Monday , a commander , Hamid , threatened the forces .
        //  0 1   2     3      4    5 6     7     8   9   10     11     12   13   14
        string[] forms = ["In", "a", "video", "posted", "Monday", ",", "a", "commander", ",", "Hamid", ",", "threatened", "the", "forces", "."];
        int[] heads = [2, 2, 11, 2, 3, 7, 7, 3, 9, 11, 11, -1, 13, 11, 11];
        string[] relations = ["case", "det", "obl", "acl", "obl:tmod", "punct", "det", "advcl", "punct", "nsubj", "punct", "root", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["IN", "DT", "NN", "VBN", "NNP", ",", "DT", "NN", ",", "NNP", ",", "VBD", "DT", "NNS", "."], heads, relations);
        Assert.Equal((11, "nsubj"), (heads[7], relations[7]));
        Assert.Equal((7, "appos"), (heads[9], relations[9]));
    }

    [Fact]
    public void A_subject_read_as_a_conjunct_of_the_opening_time_is_the_first_of_the_verbs_subjects()
    {
        // Last month , regional police and militiamen clashed .
        //   0    1   2     3       4     5      6         7     8
        string[] forms = ["Last", "month", ",", "regional", "police", "and", "militiamen", "clashed", "."];
        int[] heads = [1, 7, 1, 4, 1, 7, 7, -1, 7];
        string[] relations = ["amod", "obl:unmarked", "punct", "amod", "conj", "cc", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "NN", ",", "JJ", "NN", "CC", "NNS", "VBD", "."], heads, relations);
        Assert.Equal((7, "nsubj"), (heads[4], relations[4]));
        Assert.Equal((4, "conj"), (heads[6], relations[6]));
        Assert.Equal((6, "cc"), (heads[5], relations[5]));
    }

    [Fact]
    public void The_object_of_a_hyphenated_participle_read_as_the_root_is_the_subject_of_the_verb_hung_on_it()
    {
        // Moscow - installed officials accused Ukraine .
        //    0   1     2         3        4       5    6
        string[] forms = ["Moscow", "-", "installed", "officials", "accused", "Ukraine", "."];
        int[] heads = [2, 0, -1, 2, 2, 4, 2];
        string[] relations = ["nsubj", "punct", "root", "obj", "advcl", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "HYPH", "VBN", "NNS", "VBD", "NNP", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[4], relations[4]));
        Assert.Equal((4, "nsubj"), (heads[3], relations[3]));
        Assert.Equal((3, "amod"), (heads[2], relations[2]));
    }

    [Fact]
    public void An_adjective_after_its_subject_read_as_the_root_before_a_verb_without_and_modifies_the_subject()
    {
        // truck drivers angry at the insecurity blocked the highway .
        //   0      1      2    3   4      5         6      7     8     9
        string[] forms = ["truck", "drivers", "angry", "at", "the", "insecurity", "blocked", "the", "highway", "."];
        int[] heads = [1, 2, -1, 5, 5, 2, 2, 8, 6, 2];
        string[] relations = ["compound", "nsubj", "root", "case", "det", "obl", "conj", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NN", "NNS", "JJ", "IN", "DT", "NN", "VBD", "DT", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[6], relations[6]));
        Assert.Equal((6, "nsubj"), (heads[1], relations[1]));
        Assert.Equal((1, "amod"), (heads[2], relations[2]));
    }

    [Fact]
    public void An_adjective_after_its_subject_read_as_the_root_of_a_later_clausal_subject_modifies_the_subject()
    {
        // Soldiers loyal to the government fought a group .
        //     0      1    2   3      4         5    6   7   8
        string[] forms = ["Soldiers", "loyal", "to", "the", "government", "fought", "a", "group", "."];
        int[] heads = [1, -1, 4, 4, 1, 1, 7, 5, 1];
        string[] relations = ["nsubj", "root", "case", "det", "obl", "csubj", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "JJ", "IN", "DT", "NN", "VBD", "DT", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[5], relations[5]));
        Assert.Equal((5, "nsubj"), (heads[0], relations[0]));
        Assert.Equal((0, "amod"), (heads[1], relations[1]));
    }

    [Fact]
    public void An_object_read_as_a_subject_of_the_trailing_reporter_is_the_object_of_the_verb_before_it()
    {
        // Police arrested 27 people during the operation , the force said .
        //    0       1     2    3      4     5      6     7  8    9    10  11
        string[] forms = ["Police", "arrested", "27", "people", "during", "the", "operation", ",", "the", "force", "said", "."];
        int[] heads = [1, 10, 3, 10, 6, 6, 3, 9, 9, 10, -1, 10];
        string[] relations = ["nsubj", "ccomp", "nummod", "nsubj", "case", "det", "nmod", "punct", "det", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "CD", "NNS", "IN", "DT", "NN", ",", "DT", "NN", "VBD", "."], heads, relations);
        Assert.Equal((1, "obj"), (heads[3], relations[3]));
        Assert.Equal((10, "nsubj"), (heads[9], relations[9]));
    }

    [Fact]
    public void Speakers_coordinated_into_the_object_before_a_trailing_reporter_are_its_subject()
    {
        // Gunmen attacked , killing four officers in months , officials and residents said .
        //    0       1     2    3      4     5      6   7     8     9       10     11     12  13
        string[] forms = ["Gunmen", "attacked", ",", "killing", "four", "officers", "in", "months", ",", "officials", "and", "residents", "said", "."];
        int[] heads = [1, 12, 3, 1, 5, 12, 7, 5, 9, 7, 11, 7, -1, 12];
        string[] relations = ["nsubj", "ccomp", "punct", "advcl", "nummod", "nsubj", "case", "nmod", "punct", "conj", "cc", "conj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", ",", "VBG", "CD", "NNS", "IN", "NNS", ",", "NNS", "CC", "NNS", "VBD", "."], heads, relations);
        Assert.Equal((12, "nsubj"), (heads[9], relations[9]));
        Assert.Equal((9, "conj"), (heads[11], relations[11]));
        Assert.Equal((3, "obj"), (heads[5], relations[5]));
    }

    [Fact]
    public void A_verb_coordinated_with_the_relative_clause_of_a_noun_root_after_its_closing_comma_is_the_root()
    {
        // ISWAP , which split in 2016 , claimed responsibility .
        //   0   1   2     3    4   5   6    7          8        9
        string[] forms = ["ISWAP", ",", "which", "split", "in", "2016", ",", "claimed", "responsibility", "."];
        int[] heads = [-1, 3, 3, 0, 5, 3, 7, 3, 7, 0];
        string[] relations = ["root", "punct", "nsubj", "acl:relcl", "case", "obl", "punct", "conj", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNP", ",", "WDT", "VBD", "IN", "CD", ",", "VBD", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[7], relations[7]));
        Assert.Equal((7, "nsubj"), (heads[0], relations[0]));
        Assert.Equal((0, "acl:relcl"), (heads[3], relations[3]));
    }

    [Fact]
    public void An_infinitive_after_a_relative_clause_verb_hung_on_the_reporter_is_that_verbs_complement()
    {
        // An elder , who asked not to be named , said people had died .
        //  0   1   2   3     4    5  6  7   8    9  10   11    12  13  14
        string[] forms = ["An", "elder", ",", "who", "asked", "not", "to", "be", "named", ",", "said", "people", "had", "died", "."];
        int[] heads = [1, 10, 4, 4, 1, 8, 8, 8, 10, 8, -1, 13, 13, 10, 10];
        string[] relations = ["det", "nsubj", "punct", "nsubj", "acl:relcl", "advmod", "mark", "aux:pass", "ccomp", "punct", "root", "nsubj", "aux", "ccomp", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", ",", "WP", "VBD", "RB", "TO", "VB", "VBN", ",", "VBD", "NNS", "VBD", "VBN", "."], heads, relations);
        Assert.Equal((4, "xcomp"), (heads[8], relations[8]));
        Assert.Equal((10, "ccomp"), (heads[13], relations[13]));
    }

    [Fact]
    public void A_verb_of_reporting_coordinated_with_the_relative_clause_of_a_noun_root_is_the_root()
    {
        // An official who asked not to be named told AFP that soldiers died .
        //  0     1      2    3    4   5  6    7     8   9    10     11      12  13
        string[] forms = ["An", "official", "who", "asked", "not", "to", "be", "named", "told", "AFP", "that", "soldiers", "died", "."];
        int[] heads = [1, -1, 3, 1, 7, 7, 7, 3, 3, 8, 12, 12, 8, 1];
        string[] relations = ["det", "root", "nsubj", "acl:relcl", "advmod", "mark", "aux:pass", "xcomp", "conj", "iobj", "mark", "nsubj", "ccomp", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "WP", "VBD", "RB", "TO", "VB", "VBN", "VBD", "NNP", "IN", "NNS", "VBD", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[8], relations[8]));
        Assert.Equal((8, "nsubj"), (heads[1], relations[1]));
    }

    [Fact]
    public void A_group_apposed_to_a_person_after_the_body_that_ends_his_role_describes_the_body()
    {
        // Babakura Kolo , a leader of the Task Force , a militia , said .
        //     0     1   2 3   4     5  6    7    8   9 10   11    12  13  14
        string[] forms = ["Babakura", "Kolo", ",", "a", "leader", "of", "the", "Task", "Force", ",", "a", "militia", ",", "said", "."];
        int[] heads = [13, 0, 4, 4, 0, 8, 8, 8, 4, 11, 11, 0, 0, -1, 13];
        string[] relations = ["nsubj", "flat", "punct", "det", "appos", "case", "det", "compound", "nmod", "punct", "det", "appos", "punct", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "NNP", ",", "DT", "NN", "IN", "DT", "NNP", "NNP", ",", "DT", "NN", ",", "VBD", "."], heads, relations);
        Assert.Equal((8, "appos"), (heads[11], relations[11]));
    }

    [Fact]
    public void An_opening_participle_read_as_what_a_reporter_says_before_its_reported_clause_is_adverbial()
    {
        // Pressed by reporters , Trump said there was no evidence .
        //    0     1     2     3    4    5    6    7   8     9     10
        string[] forms = ["Pressed", "by", "reporters", ",", "Trump", "said", "there", "was", "no", "evidence", "."];
        int[] heads = [5, 2, 0, 0, 5, -1, 7, 5, 9, 7, 5];
        string[] relations = ["ccomp", "case", "obl:agent", "punct", "nsubj", "root", "expl", "ccomp", "det", "nsubj", "punct"];
        ParseRepairs.Apply(forms, ["VBN", "IN", "NNS", ",", "NNP", "VBD", "EX", "VBD", "DT", "NN", "."], heads, relations);
        Assert.Equal((5, "advcl"), (heads[0], relations[0]));
        Assert.Equal((5, "ccomp"), (heads[7], relations[7]));
    }

    [Fact]
    public void A_that_clause_right_after_a_demand_hung_on_a_later_reporter_is_the_demands()
    {
        // leaders demanded that the authorities deploy the army , one participant said .
        //    0       1      2    3      4          5     6    7  8  9      10       11  12
        string[] forms = ["leaders", "demanded", "that", "the", "authorities", "deploy", "the", "army", ",", "one", "participant", "said", "."];
        int[] heads = [1, 11, 5, 4, 5, 11, 7, 5, 10, 10, 11, -1, 11];
        string[] relations = ["nsubj", "ccomp", "mark", "det", "nsubj", "ccomp", "det", "obj", "punct", "nummod", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "IN", "DT", "NNS", "VBP", "DT", "NN", ",", "CD", "NN", "VBD", "."], heads, relations);
        Assert.Equal((1, "ccomp"), (heads[5], relations[5]));
    }

    [Fact]
    public void A_time_read_as_the_subject_of_a_verb_beside_a_noun_root_is_its_time()
    {
        // Amnesty International last month accused soldiers of beating men .
        //    0         1          2    3      4       5     6     7     8  9
        string[] forms = ["Amnesty", "International", "last", "month", "accused", "soldiers", "of", "beating", "men", "."];
        int[] heads = [-1, 0, 3, 4, 0, 4, 7, 5, 7, 0];
        string[] relations = ["root", "flat", "amod", "nsubj", "parataxis", "obj", "mark", "acl", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "NNP", "JJ", "NN", "VBD", "NNS", "IN", "VBG", "NNS", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[4], relations[4]));
        Assert.Equal((4, "nsubj"), (heads[0], relations[0]));
        Assert.Equal((4, "obl:unmarked"), (heads[3], relations[3]));
        Assert.Equal(4, heads[9]);
    }

    [Fact]
    public void An_opening_noun_before_its_apposed_name_read_as_a_clause_is_the_subject()
    {
        // The governor , Colonel Garba , travelled to Magaria .
        //  0     1     2    3       4   5     6     7    8     9
        string[] forms = ["The", "governor", ",", "Colonel", "Garba", ",", "travelled", "to", "Magaria", "."];
        int[] heads = [1, 6, 1, 6, 3, 6, -1, 8, 6, 6];
        string[] relations = ["det", "advcl", "punct", "nsubj", "flat", "punct", "root", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", ",", "NNP", "NNP", ",", "VBD", "IN", "NNP", "."], heads, relations);
        Assert.Equal((6, "nsubj"), (heads[1], relations[1]));
        Assert.Equal((1, "appos"), (heads[3], relations[3]));
    }

    [Fact]
    public void A_prepositional_phrase_swallowed_by_a_trailing_speaker_is_the_verbs()
    {
        // militants opened fire on a bus , killing six people , police said .
        //     0        1     2   3  4  5  6    7     8    9    10   11   12  13
        string[] forms = ["militants", "opened", "fire", "on", "a", "bus", ",", "killing", "six", "people", ",", "police", "said", "."];
        int[] heads = [1, 12, 1, 11, 11, 11, 7, 5, 9, 7, 11, 12, -1, 12];
        string[] relations = ["nsubj", "ccomp", "obj", "case", "det", "amod", "punct", "conj", "nummod", "obj", "punct", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "NN", "IN", "DT", "NN", ",", "VBG", "CD", "NNS", ",", "NNS", "VBD", "."], heads, relations);
        Assert.Equal((1, "obl"), (heads[5], relations[5]));
        Assert.Equal((5, "case"), (heads[3], relations[3]));
        Assert.Equal((1, "advcl"), (heads[7], relations[7]));
        Assert.Equal((12, "nsubj"), (heads[11], relations[11]));
    }

    [Fact]
    public void A_trailing_teller_with_its_listener_hung_on_an_inner_clause_reports_the_sentence()
    {
        // Fighters stormed a base , killing 12 soldiers , an official told Reuters .
        //    0        1    2   3  4    5     6     7     8  9    10      11     12   13
        string[] forms = ["Fighters", "stormed", "a", "base", ",", "killing", "12", "soldiers", ",", "an", "official", "told", "Reuters", "."];
        int[] heads = [1, -1, 3, 1, 5, 1, 7, 5, 11, 10, 11, 5, 11, 1];
        string[] relations = ["nsubj", "root", "det", "obj", "punct", "advcl", "nummod", "obj", "punct", "det", "nsubj", "parataxis", "iobj", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "DT", "NN", ",", "VBG", "CD", "NNS", ",", "DT", "NN", "VBD", "NNP", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[11], relations[11]));
        Assert.Equal((11, "ccomp"), (heads[1], relations[1]));
        Assert.Equal(11, heads[12]);
    }

    [Fact]
    public void A_trailing_teller_with_its_listener_read_as_a_conjunct_reports_the_clause_before_it()
    {
        // Gunmen attacked a village , killing five , a police official told Reuters .
        //    0      1     2    3     4    5      6  7 8   9      10      11     12   13
        string[] forms = ["Gunmen", "attacked", "a", "village", ",", "killing", "five", ",", "a", "police", "official", "told", "Reuters", "."];
        int[] heads = [1, -1, 3, 1, 5, 3, 5, 6, 10, 10, 11, 1, 11, 1];
        string[] relations = ["nsubj", "root", "det", "obj", "punct", "acl", "obj", "punct", "det", "compound", "nsubj", "conj", "iobj", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "DT", "NN", ",", "VBG", "CD", ",", "DT", "NN", "NN", "VBD", "NNP", "."], heads, relations);
        Assert.Equal((1, "parataxis"), (heads[11], relations[11]));
    }

    [Fact]
    public void Telling_someone_to_act_at_the_end_of_a_sentence_reports_nothing_before_it()
    {
        // He could not help it , the shyness told me to walk .
        // 0    1    2    3   4  5  6     7     8   9  10  11 12
        string[] forms = ["He", "could", "not", "help", "it", ",", "the", "shyness", "told", "me", "to", "walk", "."];
        int[] heads = [3, 3, 3, -1, 3, 8, 7, 8, 4, 8, 11, 8, 3];
        string[] relations = ["nsubj", "aux", "advmod", "root", "obj", "punct", "det", "nsubj", "parataxis", "iobj", "mark", "xcomp", "punct"];
        ParseRepairs.Apply(forms, ["PRP", "MD", "RB", "VB", "PRP", ",", "DT", "NN", "VBD", "PRP", "TO", "VB", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[3], relations[3]));
        Assert.Equal(4, heads[8]);
    }

    [Fact]
    public void A_reporter_hung_on_a_noun_inside_its_subjects_phrase_is_the_root()
    {
        // Residents of the nearby town of Bulo Burde said they heard gunfire .
        //     0      1   2     3     4   5   6    7    8    9    10     11    12
        string[] forms = ["Residents", "of", "the", "nearby", "town", "of", "Bulo", "Burde", "said", "they", "heard", "gunfire", "."];
        int[] heads = [-1, 4, 4, 4, 0, 6, 4, 6, 4, 10, 8, 10, 0];
        string[] relations = ["root", "case", "det", "amod", "nmod", "case", "nmod", "flat", "advcl", "nsubj", "ccomp", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "IN", "DT", "JJ", "NN", "IN", "NNP", "NNP", "VBD", "PRP", "VBD", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[8], relations[8]));
        Assert.Equal((8, "nsubj"), (heads[0], relations[0]));
        Assert.Equal(8, heads[12]);
    }

    [Fact]
    public void After_before_the_subject_of_a_second_reported_clause_marks_an_adverbial_clause_of_the_first()
    {
        // The attack came two days after soldiers arrested a leader , the ministry said .
        //  0     1     2    3   4     5      6        7     8   9    10  11    12     13  14
        string[] forms = ["The", "attack", "came", "two", "days", "after", "soldiers", "arrested", "a", "leader", ",", "the", "ministry", "said", "."];
        int[] heads = [1, 2, 13, 4, 7, 6, 7, 13, 9, 7, 12, 12, 13, -1, 13];
        string[] relations = ["det", "nsubj", "ccomp", "nummod", "obl:unmarked", "case", "nsubj", "ccomp", "det", "obj", "punct", "det", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "CD", "NNS", "IN", "NNS", "VBD", "DT", "NN", ",", "DT", "NN", "VBD", "."], heads, relations);
        Assert.Equal((7, "mark"), (heads[5], relations[5]));
        Assert.Equal((2, "advcl"), (heads[7], relations[7]));
        Assert.Equal(2, heads[4]);
    }

    [Fact]
    public void Reporters_split_by_their_conjunction_after_the_object_of_a_participle_are_the_subject_of_said()
    {
        // Soldiers fired , killing five and wounding 14 , residents and a local official said .
        //    0       1   2    3      4   5     6      7  8     9       10  11  12     13      14  15
        string[] forms = ["Soldiers", "fired", ",", "killing", "five", "and", "wounding", "14", ",", "residents", "and", "a", "local", "official", "said", "."];
        int[] heads = [1, -1, 3, 1, 3, 6, 3, 9, 9, 6, 14, 13, 13, 14, 1, 1];
        string[] relations = ["nsubj", "root", "punct", "advcl", "obj", "cc", "conj", "nummod", "punct", "obj", "cc", "det", "amod", "nsubj", "conj", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", ",", "VBG", "CD", "CC", "VBG", "CD", ",", "NNS", "CC", "DT", "JJ", "NN", "VBD", "."], heads, relations);
        Assert.Equal((14, "nsubj"), (heads[9], relations[9]));
        Assert.Equal((9, "conj"), (heads[13], relations[13]));
        Assert.Equal((6, "obj"), (heads[7], relations[7]));
        Assert.Equal((1, "parataxis"), (heads[14], relations[14]));
    }

    [Fact]
    public void A_noun_phrase_between_commas_read_as_what_a_trailing_teller_says_is_its_subject()
    {
        // The farmers blocked the road , a resident , Amadou Cisse , told Reuters .
        //  0      1       2      3   4   5 6    7      8   9     10   11    12    13
        string[] forms = ["The", "farmers", "blocked", "the", "road", ",", "a", "resident", ",", "Amadou", "Cisse", ",", "told", "Reuters", "."];
        int[] heads = [1, 2, -1, 4, 2, 7, 7, 12, 7, 8, 9, 7, 2, 12, 2];
        string[] relations = ["det", "nsubj", "root", "det", "obj", "punct", "det", "ccomp", "punct", "appos", "flat", "punct", "parataxis", "iobj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNS", "VBD", "DT", "NN", ",", "DT", "NN", ",", "NNP", "NNP", ",", "VBD", "NNP", "."], heads, relations);
        Assert.Equal((12, "nsubj"), (heads[7], relations[7]));
        Assert.Equal((7, "appos"), (heads[9], relations[9]));
        Assert.Equal(12, heads[5]);
    }

    [Fact]
    public void A_clause_without_a_subordinator_before_a_trailing_reporter_is_what_it_reports_not_an_adverbial_clause()
    {
        // On Saturday , protesters clashed with police , the newspaper reported .
        //  0     1     2     3        4      5     6    7  8      9        10    11
        string[] forms = ["On", "Saturday", ",", "protesters", "clashed", "with", "police", ",", "the", "newspaper", "reported", "."];
        int[] heads = [1, 4, 1, 4, 10, 6, 4, 4, 9, 10, -1, 10];
        string[] relations = ["case", "obl", "punct", "nsubj", "advcl", "case", "obl", "punct", "det", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["IN", "NNP", ",", "NNS", "VBD", "IN", "NN", ",", "DT", "NN", "VBD", "."], heads, relations);
        Assert.Equal((10, "ccomp"), (heads[4], relations[4]));
    }

    [Fact]
    public void A_phrase_before_a_relative_pronoun_is_not_its_clauses_and_the_clause_is_the_nouns_before_the_pronoun()
    {
        // Police fired live rounds at thousands of protesters who marched on parliament .
        //   0      1    2     3    4     5      6      7       8     9     10     11      12
        string[] forms = ["Police", "fired", "live", "rounds", "at", "thousands", "of", "protesters", "who", "marched", "on", "parliament", "."];
        int[] heads = [1, -1, 3, 1, 5, 9, 7, 5, 9, 3, 11, 9, 1];
        string[] relations = ["nsubj", "root", "amod", "obj", "case", "obl", "case", "nmod", "nsubj", "acl:relcl", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "JJ", "NNS", "IN", "NNS", "IN", "NNS", "WP", "VBD", "IN", "NN", "."], heads, relations);
        Assert.Equal((1, "obl"), (heads[5], relations[5]));
        Assert.Equal((7, "acl:relcl"), (heads[9], relations[9]));
        // Police fired tear gas on Tuesday at hundreds of protesters who marched on parliament . (the clause read as a conjunct of "fired")
        //   0      1    2    3   4     5     6     7      8      9      10     11     12    13     14      15
        string[] conjunctForms = ["Police", "fired", "tear", "gas", "on", "Tuesday", "at", "hundreds", "of", "protesters", "who", "marched", "on", "parliament", "."];
        int[] conjunctHeads = [1, -1, 3, 1, 5, 1, 7, 11, 9, 7, 11, 1, 13, 11, 1];
        string[] conjunctRelations = ["nsubj", "root", "compound", "obj", "case", "obl", "case", "obl", "case", "nmod", "nsubj", "conj", "case", "obl", "punct"];
        ParseRepairs.Apply(conjunctForms, ["NNS", "VBD", "NN", "NN", "IN", "NNP", "IN", "NNS", "IN", "NNS", "WP", "VBD", "IN", "NN", "."], conjunctHeads, conjunctRelations);
        Assert.Equal((1, "obl"), (conjunctHeads[7], conjunctRelations[7]));
        Assert.Equal((9, "acl:relcl"), (conjunctHeads[11], conjunctRelations[11]));
    }

    [Fact]
    public void A_verb_of_speech_tagged_as_a_participle_after_a_reported_passive_is_the_speakers_when_an_object_follows_it()
    {
        // Murkomen told reporters that 61 people had been arrested and warned organisers that he would act .
        //    0       1      2       3   4    5     6    7       8      9     10       11       12  13  14   15  16
        string[] forms = ["Murkomen", "told", "reporters", "that", "61", "people", "had", "been", "arrested", "and", "warned", "organisers", "that", "he", "would", "act", "."];
        int[] heads = [1, -1, 1, 8, 5, 8, 8, 8, 1, 10, 8, 8, 15, 15, 15, 10, 1];
        string[] relations = ["nsubj", "root", "iobj", "mark", "nummod", "nsubj:pass", "aux", "aux:pass", "ccomp", "cc", "conj", "obj", "mark", "nsubj", "aux", "ccomp", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "VBD", "NNS", "IN", "CD", "NNS", "VBD", "VBN", "VBN", "CC", "VBN", "NNS", "IN", "PRP", "MD", "VB", "."], heads, relations);
        Assert.Equal((1, "conj"), (heads[10], relations[10]));
        Assert.Equal((10, "obj"), (heads[11], relations[11]));
    }

    [Fact]
    public void An_opening_time_read_as_the_root_says_when_the_clause_after_its_comma_happened()
    {
        // Hours later , police arrested five men .
        //   0     1   2    3       4      5    6  7
        string[] forms = ["Hours", "later", ",", "police", "arrested", "five", "men", "."];
        int[] heads = [-1, 4, 1, 4, 0, 6, 4, 0];
        string[] relations = ["root", "advmod", "punct", "nsubj", "acl:relcl", "nummod", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "RBR", ",", "NNS", "VBD", "CD", "NNS", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[4], relations[4]));
        Assert.Equal((4, "advmod"), (heads[1], relations[1]));
        Assert.Equal((1, "obl:unmarked"), (heads[0], relations[0]));
        Assert.Equal(4, heads[7]);
    }

    [Fact]
    public void A_news_agency_before_its_name_is_the_trailing_reporters_subject_not_its_object_or_a_relative_clauses_noun()
    {
        // Gunmen killed five people , state news agency SANA reported .
        //   0      1     2     3    4   5    6     7     8      9     10
        string[] forms = ["Gunmen", "killed", "five", "people", ",", "state", "news", "agency", "SANA", "reported", "."];
        string[] xpos = ["NNS", "VBD", "CD", "NNS", ",", "NN", "NN", "NN", "NNP", "VBD", "."];
        int[] heads = [1, -1, 3, 1, 9, 6, 7, 9, 9, 1, 1];
        string[] relations = ["nsubj", "root", "nummod", "obj", "punct", "compound", "compound", "obj", "nsubj", "advcl", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((9, "nsubj"), (heads[7], relations[7]));
        Assert.Equal((7, "appos"), (heads[8], relations[8]));
        // ... , killing a woman , state news agency SANA reported .   (the agency in apposition to the woman)
        int[] relative = [1, -1, 3, 1, 7, 6, 7, 3, 9, 7, 1];
        string[] relativeRelations = ["nsubj", "root", "nummod", "obj", "punct", "compound", "compound", "appos", "nsubj", "acl:relcl", "punct"];
        ParseRepairs.Apply(forms, xpos, relative, relativeRelations);
        Assert.Equal((1, "parataxis"), (relative[9], relativeRelations[9]));
        Assert.Equal((9, "nsubj"), (relative[7], relativeRelations[7]));
    }

    [Fact]
    public void Reporters_split_by_their_conjunction_in_apposition_with_a_compound_read_as_a_conjunct_are_the_subject()
    {
        // Airstrikes killed 12 civilians , a war monitor and rescue workers said .
        //     0        1    2     3      4 5  6     7      8    9      10     11  12
        string[] forms = ["Airstrikes", "killed", "12", "civilians", ",", "a", "war", "monitor", "and", "rescue", "workers", "said", "."];
        int[] heads = [1, 11, 3, 1, 7, 7, 7, 3, 9, 7, 11, -1, 11];
        string[] relations = ["nsubj", "ccomp", "nummod", "obj", "punct", "det", "compound", "appos", "cc", "conj", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "CD", "NNS", ",", "DT", "NN", "NN", "CC", "NN", "NNS", "VBD", "."], heads, relations);
        Assert.Equal((11, "nsubj"), (heads[7], relations[7]));
        Assert.Equal((7, "conj"), (heads[10], relations[10]));
        Assert.Equal((10, "compound"), (heads[9], relations[9]));
    }

    [Fact]
    public void The_subject_of_a_clause_after_saying_read_as_its_object_is_the_clauses()
    {
        // Russia denied it , saying its planes had only targeted positions .
        //   0      1    2  3    4     5    6     7    8      9        10     11
        string[] forms = ["Russia", "denied", "it", ",", "saying", "its", "planes", "had", "only", "targeted", "positions", "."];
        int[] heads = [1, -1, 1, 4, 1, 6, 4, 9, 9, 2, 9, 1];
        string[] relations = ["nsubj", "root", "obj", "punct", "advcl", "nmod:poss", "obj", "aux", "advmod", "acl:relcl", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "VBD", "PRP", ",", "VBG", "PRP$", "NNS", "VBD", "RB", "VBN", "NNS", "."], heads, relations);
        Assert.Equal((4, "ccomp"), (heads[9], relations[9]));
        Assert.Equal((9, "nsubj"), (heads[6], relations[6]));
    }

    [Fact]
    public void Saying_read_as_the_subject_clause_of_what_it_says_hangs_on_the_last_verb_before_it()
    {
        // He condemned the attack and promised reinforcements , saying the government would " not abandon the people . "
        //  0     1       2     3    4      5            6        7     8     9         10   11  12   13     14    15  16 17
        string[] forms = ["He", "condemned", "the", "attack", "and", "promised", "reinforcements", ",", "saying", "the", "government", "would", "\"", "not", "abandon", "the", "people", ".", "\""];
        int[] heads = [1, -1, 3, 1, 5, 1, 5, 8, 14, 10, 8, 14, 14, 14, 1, 16, 14, 14, 14];
        string[] relations = ["nsubj", "root", "det", "obj", "cc", "conj", "obj", "punct", "csubj", "det", "obj", "aux", "punct", "advmod", "ccomp", "det", "obj", "punct", "punct"];
        ParseRepairs.Apply(forms, ["PRP", "VBD", "DT", "NN", "CC", "VBD", "NNS", ",", "VBG", "DT", "NN", "MD", "``", "RB", "VB", "DT", "NNS", ".", "''"], heads, relations);
        Assert.Equal((5, "advcl"), (heads[8], relations[8]));
        Assert.Equal((8, "ccomp"), (heads[14], relations[14]));
        Assert.Equal((14, "nsubj"), (heads[10], relations[10]));
    }

    [Fact]
    public void An_opening_subordinate_clause_read_as_the_root_is_the_adverbial_of_the_clause_after_its_comma()
    {
        // ( After executives shared the details , the talk of a walkout ended . )
        // 0   1       2         3     4    5     6  7    8    9  10   11     12  13 14
        string[] forms = ["(", "After", "executives", "shared", "the", "details", ",", "the", "talk", "of", "a", "walkout", "ended", ".", ")"];
        string?[] xpos = ["-LRB-", "IN", "NNS", "VBD", "DT", "NNS", ",", "DT", "NN", "IN", "DT", "NN", "VBD", ".", "-RRB-"];
        int[] heads = [3, 3, 3, -1, 5, 3, 8, 8, 12, 11, 11, 8, 3, 12, 12];
        string[] relations = ["punct", "mark", "nsubj", "root", "det", "obj", "punct", "det", "nsubj", "case", "det", "nmod", "parataxis", "punct", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((-1, "root"), (heads[12], relations[12]));
        Assert.Equal((12, "advcl"), (heads[3], relations[3]));
        // (Not a trailing reporter after the main clause: "While he runs third, a strong showing could help, veteran Republicans said".)
        forms = ["While", "he", "runs", "third", ",", "a", "showing", "could", "help", ",", "Republicans", "said", "."];
        xpos = ["IN", "PRP", "VBZ", "RB", ",", "DT", "NN", "MD", "VB", ",", "NNPS", "VBD", "."];
        heads = [2, 2, -1, 2, 8, 6, 8, 8, 2, 11, 11, 2, 2];
        relations = ["mark", "nsubj", "root", "advmod", "punct", "det", "nsubj", "aux", "parataxis", "punct", "nsubj", "parataxis", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.NotEqual("root", relations[11]);
    }

    [Fact]
    public void A_clause_of_time_after_a_trailing_reporter_is_its_adverbial_not_a_second_report()
    {
        // Fighters shelled a market , a group said , as forces pressed their offensive .
        //    0       1     2    3    4 5   6     7   8  9    10      11     12      13      14
        string[] forms = ["Fighters", "shelled", "a", "market", ",", "a", "group", "said", ",", "as", "forces", "pressed", "their", "offensive", "."];
        string?[] xpos = ["NNS", "VBD", "DT", "NN", ",", "DT", "NN", "VBD", ",", "IN", "NNS", "VBD", "PRP$", "NN", "."];
        int[] heads = [1, -1, 3, 1, 7, 6, 7, 1, 11, 11, 11, 7, 13, 11, 1];
        string[] relations = ["nsubj", "root", "det", "obj", "punct", "det", "nsubj", "parataxis", "punct", "mark", "nsubj", "ccomp", "nmod:poss", "obj", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((7, "advcl"), (heads[11], relations[11]));
    }

    [Fact]
    public void A_span_of_time_before_later_read_as_the_reporters_subject_is_the_measure_of_later()
    {
        // Hours later , soldiers clashed with gunmen , the ministry said .
        //   0     1   2    3        4     5     6    7  8    9       10  11
        string[] forms = ["Hours", "later", ",", "soldiers", "clashed", "with", "gunmen", ",", "the", "ministry", "said", "."];
        string?[] xpos = ["NNS", "RBR", ",", "NNS", "VBD", "IN", "NNS", ",", "DT", "NN", "VBD", "."];
        int[] heads = [10, 4, 1, 4, 10, 6, 4, 9, 9, 10, -1, 10];
        string[] relations = ["nsubj", "advmod", "punct", "nsubj", "ccomp", "case", "obl", "punct", "det", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((1, "obl:npmod"), (heads[0], relations[0]));
        Assert.Equal(4, heads[1]);
        // (With "earlier" hung on the span: no cycle, "earlier" goes to the first clause reported.)
        heads = [10, 0, 1, 4, 10, 6, 4, 9, 9, 10, -1, 10];
        relations = ["nsubj", "advmod", "punct", "nsubj", "ccomp", "case", "obl", "punct", "det", "nsubj", "root", "punct"];
        forms[1] = "earlier";
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((1, 4), (heads[0], heads[1]));
    }

    [Fact]
    public void A_subject_before_a_hyphen_opening_another_subject_is_its_compound_but_not_a_title()
    {
        // The joint government - MILF committee urged the army .
        //  0    1       2       3   4       5       6    7    8   9
        string[] forms = ["The", "joint", "government", "-", "MILF", "committee", "urged", "the", "army", "."];
        int[] heads = [2, 2, 6, 5, 5, 6, -1, 8, 6, 6];
        string[] relations = ["det", "amod", "nsubj", "punct", "compound", "nsubj", "root", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "JJ", "NN", "HYPH", "NNP", "NN", "VBD", "DT", "NN", "."], heads, relations);
        Assert.Equal((5, "compound"), (heads[2], relations[2]));
        Assert.Equal(5, heads[0]);
        // UN Secretary - General Kofi Annan spoke .
        string[] title = ["UN", "Secretary", "-", "General", "Kofi", "Annan", "spoke", "."];
        int[] titleHeads = [1, 6, 3, 5, 5, 6, -1, 6];
        string[] titleRelations = ["compound", "nsubj", "punct", "compound", "compound", "nsubj", "root", "punct"];
        ParseRepairs.Apply(title, ["NNP", "NNP", "HYPH", "NNP", "NNP", "NNP", "VBD", "."], titleHeads, titleRelations);
        Assert.Equal((6, "nsubj"), (titleHeads[1], titleRelations[1]));
    }

    [Fact]
    public void A_clause_after_a_comma_and_but_following_the_object_is_coordinated_not_the_complement()
    {
        // No group has claimed responsibility , but bandits have carried out abductions .
        //  0   1     2     3          4        5  6     7      8     9     10      11     12
        string[] forms = ["No", "group", "has", "claimed", "responsibility", ",", "but", "bandits", "have", "carried", "out", "abductions", "."];
        int[] heads = [1, 3, 3, -1, 3, 7, 7, 9, 9, 3, 9, 9, 3];
        string[] relations = ["det", "nsubj", "aux", "root", "obj", "punct", "cc", "nsubj", "aux", "ccomp", "compound:prt", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBZ", "VBN", "NN", ",", "CC", "NNS", "VBP", "VBN", "RP", "NNS", "."], heads, relations);
        Assert.Equal((3, "conj"), (heads[9], relations[9]));
        Assert.Equal((9, "cc"), (heads[6], relations[6]));
    }

    [Fact]
    public void Nouns_after_the_last_comma_before_a_trailing_said_are_its_subject_not_a_time_word_before_them()
    {
        // Gunmen attacked villages late Sunday , burning dozens of homes , police and local leaders said Tuesday .
        string[] forms = ["Gunmen", "attacked", "villages", "late", "Sunday", ",", "burning", "dozens", "of", "homes", ",", "police", "and", "local", "leaders", "said", "Tuesday", "."];
        int[] heads = [1, -1, 1, 4, 15, 6, 1, 6, 9, 7, 11, 9, 14, 14, 9, 1, 15, 1];
        string[] relations = ["nsubj", "root", "obj", "amod", "nsubj", "punct", "advcl", "obj", "case", "nmod", "punct", "conj", "cc", "amod", "conj", "parataxis", "obl:unmarked", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "NNS", "JJ", "NNP", ",", "VBG", "NNS", "IN", "NNS", ",", "NNS", "CC", "JJ", "NNS", "VBD", "NNP", "."], heads, relations);
        Assert.Equal((15, "nsubj"), (heads[11], relations[11]));
        Assert.Equal((11, "conj"), (heads[14], relations[14]));
        Assert.Equal((1, "obl:unmarked"), (heads[4], relations[4]));
    }

    [Fact]
    public void A_time_or_a_place_read_as_a_second_subject_of_a_trailing_reporter_belongs_to_the_story()
    {
        // Gunmen attacked two villages late Sunday , killing at least 27 people , police said Tuesday .
        string[] forms = ["Gunmen", "attacked", "two", "villages", "late", "Sunday", ",", "killing", "at", "least", "27", "people", ",", "police", "said", "Tuesday", "."];
        int[] heads = [1, -1, 3, 1, 5, 14, 7, 14, 9, 10, 11, 7, 11, 14, 1, 14, 1];
        string[] relations = ["nsubj", "root", "nummod", "obj", "amod", "nsubj", "punct", "ccomp", "case", "nmod", "nummod", "obj", "punct", "nsubj", "advcl", "obl:unmarked", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "CD", "NNS", "JJ", "NNP", ",", "VBG", "IN", "JJS", "CD", "NNS", ",", "NNS", "VBD", "NNP", "."], heads, relations);
        Assert.Equal((1, "obl:unmarked"), (heads[5], relations[5]));
        Assert.Equal((1, "advcl"), (heads[7], relations[7]));
        Assert.Equal((1, "parataxis"), (heads[14], relations[14]));
        // Gunmen attacked a freight train near Dire Dawa on Thursday , killing a driver , railway officials said .
        string[] placed = ["Gunmen", "attacked", "a", "freight", "train", "near", "Dire", "Dawa", "on", "Thursday", ",", "killing", "a", "driver", ",", "railway", "officials", "said", "."];
        int[] placedHeads = [1, -1, 4, 4, 1, 17, 17, 6, 9, 6, 11, 17, 13, 17, 13, 16, 17, 1, 1];
        string[] placedRelations = ["nsubj", "root", "det", "compound", "obj", "mark", "nsubj", "flat", "case", "nmod", "punct", "ccomp", "det", "dislocated", "punct", "compound", "nsubj", "advcl", "punct"];
        ParseRepairs.Apply(placed, ["NNS", "VBD", "DT", "NN", "NN", "IN", "NNP", "NNP", "IN", "NNP", ",", "VBG", "DT", "NN", ",", "NN", "NNS", "VBD", "."], placedHeads, placedRelations);
        Assert.Equal((1, "obl"), (placedHeads[6], placedRelations[6]));
        Assert.Equal((6, "case"), (placedHeads[5], placedRelations[5]));
        Assert.Equal((17, "nsubj"), (placedHeads[16], placedRelations[16]));
    }

    [Fact]
    public void A_subject_with_its_apposition_between_commas_before_a_coordinated_verb_is_its_subject()
    {
        // He put the toll at 27 , but a community leader , Monday Kassah , told the AP that 41 bodies had been recovered .
        string[] forms = ["He", "put", "the", "toll", "at", "27", ",", "but", "a", "community", "leader", ",", "Monday", "Kassah", ",", "told", "the", "AP", "that", "41", "bodies", "had", "been", "recovered", "."];
        int[] heads = [1, -1, 3, 1, 5, 1, 10, 10, 10, 10, 1, 12, 10, 12, 15, 1, 17, 15, 23, 20, 23, 23, 23, 15, 1];
        string[] relations = ["nsubj", "root", "det", "obj", "case", "obl", "punct", "cc", "det", "compound", "conj", "punct", "appos", "flat", "punct", "conj", "det", "iobj", "mark", "nummod", "nsubj:pass", "aux", "aux:pass", "ccomp", "punct"];
        ParseRepairs.Apply(forms, ["PRP", "VBD", "DT", "NN", "IN", "CD", ",", "CC", "DT", "NN", "NN", ",", "NNP", "NNP", ",", "VBD", "DT", "NN", "IN", "CD", "NNS", "VBD", "VBN", "VBN", "."], heads, relations);
        Assert.Equal((15, "nsubj"), (heads[10], relations[10]));
        Assert.Equal((10, "appos"), (heads[12], relations[12]));
    }

    [Fact]
    public void A_name_right_after_a_verb_with_its_subject_before_it_is_its_object()
    {
        // The attackers stormed Bokkos and nearby Mangu villages ... , shooting residents as they fled , said Alfred Alabo , a spokesman ...
        string[] forms = ["The", "attackers", "stormed", "Bokkos", "and", "nearby", "Mangu", "villages", "shortly", "after", "10", "p.m.", ",", "shooting", "residents", "as", "they", "fled", ",", "said", "Alfred", "Alabo", ",", "a", "spokesman", "for", "the", "Plateau", "state", "police", "command", "."];
        int[] heads = [1, 2, -1, 2, 7, 7, 7, 3, 7, 10, 7, 10, 14, 14, 2, 17, 17, 2, 17, 2, 19, 20, 24, 24, 20, 30, 30, 30, 29, 30, 24, 2];
        string[] relations = ["det", "nsubj", "root", "nsubj", "cc", "amod", "compound", "conj", "advmod", "case", "nmod", "nmod:unmarked", "punct", "compound", "obl", "mark", "nsubj", "advcl", "punct", "parataxis", "nsubj", "flat", "punct", "det", "appos", "case", "det", "compound", "compound", "compound", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNS", "VBD", "NNP", "CC", "JJ", "NNP", "NNS", "RB", "IN", "CD", "NN", ",", "NN", "NNS", "IN", "PRP", "VBD", ",", "VBD", "NNP", "NNP", ",", "DT", "NN", "IN", "DT", "NNP", "NN", "NN", "NN", "."], heads, relations);
        Assert.Equal((2, "obj"), (heads[3], relations[3]));
        // ..., said Alfred Alabo, with the inverted speaker after the verb of reporting: stays its subject.
        Assert.Equal((19, "nsubj"), (heads[20], relations[20]));
    }

    [Fact]
    public void A_participle_on_a_trailing_teller_read_as_the_stories_adverbial_is_the_stories()
    {
        // The attackers stormed Bokkos , shooting residents as they fled , said Alfred Alabo , a police spokesman .
        //  0      1         2       3    4     5        6       7   8    9  10  11    12    13   14  15  16   17       18
        string[] forms = ["The", "attackers", "stormed", "Bokkos", ",", "shooting", "residents", "as", "they", "fled", ",", "said", "Alfred", "Alabo", ",", "a", "police", "spokesman", "."];
        int[] heads = [1, 2, -1, 2, 5, 11, 5, 9, 9, 11, 9, 2, 11, 12, 17, 17, 17, 12, 2];
        string[] relations = ["det", "nsubj", "root", "obj", "punct", "ccomp", "obj", "mark", "nsubj", "advcl", "punct", "advcl", "nsubj", "flat", "punct", "det", "compound", "appos", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNS", "VBD", "NNP", ",", "VBG", "NNS", "IN", "PRP", "VBD", ",", "VBD", "NNP", "NNP", ",", "DT", "NN", "NN", "."], heads, relations);
        Assert.Equal((2, "advcl"), (heads[5], relations[5]));
        Assert.Equal((2, "parataxis"), (heads[11], relations[11]));
        Assert.Equal(5, heads[9]);
    }

    [Fact]
    public void A_reporter_with_its_own_subject_after_the_clause_gives_the_first_subject_to_the_clause()
    {
        // Gunmen stormed Bokkos , killing 12 residents , police said .
        string[] forms = ["Gunmen", "stormed", "Bokkos", ",", "killing", "12", "residents", ",", "police", "said", "."];
        int[] heads = [9, 9, 1, 4, 1, 6, 4, 6, 9, -1, 9];
        string[] relations = ["nsubj", "ccomp", "obj", "punct", "advcl", "nummod", "obj", "punct", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "NNP", ",", "VBG", "CD", "NNS", ",", "NNS", "VBD", "."], heads, relations);
        Assert.Equal((1, "nsubj"), (heads[0], relations[0]));
        Assert.Equal((9, "nsubj"), (heads[8], relations[8]));
    }

    [Fact]
    public void An_as_clause_with_its_auxiliary_an_inverted_reporter_and_the_speakers_role_after_a_comma()
    {
        // The attacker detonated his explosives as officers were searching vehicles at the checkpoint , said Qasim Ali Khan , the city 's police chief .
        string[] forms = ["The", "attacker", "detonated", "his", "explosives", "as", "officers", "were", "searching", "vehicles", "at", "the", "checkpoint", ",", "said", "Qasim", "Ali", "Khan", ",", "the", "city", "'s", "police", "chief", "."];
        int[] heads = [1, 2, -1, 4, 2, 6, 2, 8, 14, 8, 12, 12, 9, 8, 2, 14, 15, 15, 23, 20, 23, 20, 23, 14, 2];
        string[] relations = ["det", "nsubj", "root", "nmod:poss", "obj", "case", "obl", "aux", "ccomp", "obj", "case", "det", "nmod", "punct", "conj", "nsubj", "flat", "flat", "punct", "det", "nmod:poss", "case", "compound", "ccomp", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "PRP$", "NNS", "IN", "NNS", "VBD", "VBG", "NNS", "IN", "DT", "NN", ",", "VBD", "NNP", "NNP", "NNP", ",", "DT", "NN", "POS", "NN", "NN", "."], heads, relations);
        Assert.Equal((2, "advcl"), (heads[8], relations[8]));
        Assert.Equal((8, "nsubj"), (heads[6], relations[6]));
        Assert.Equal((8, "mark"), (heads[5], relations[5]));
        Assert.Equal((2, "parataxis"), (heads[14], relations[14]));
        Assert.Equal((15, "appos"), (heads[23], relations[23]));
        // " I did not sleep , " said Luz Marina Quinones , whose son was among the soldiers .
        string[] relative = ["\"", "I", "did", "not", "sleep", ",", "\"", "said", "Luz", "Marina", "Quinones", ",", "whose", "son", "was", "among", "the", "soldiers", "."];
        int[] relativeHeads = [4, 4, 4, 4, 7, 4, 4, -1, 7, 8, 8, 17, 13, 17, 17, 17, 17, 7, 7];
        string[] relativeRelations = ["punct", "nsubj", "aux", "advmod", "ccomp", "punct", "punct", "root", "nsubj", "flat", "flat", "punct", "nmod:poss", "nsubj", "cop", "case", "det", "ccomp", "punct"];
        ParseRepairs.Apply(relative, ["``", "PRP", "VBD", "RB", "VB", ",", "''", "VBD", "NNP", "NNP", "NNP", ",", "WP$", "NN", "VBD", "IN", "DT", "NNS", "."], relativeHeads, relativeRelations);
        Assert.Equal((8, "acl:relcl"), (relativeHeads[17], relativeRelations[17]));
    }

    [Fact]
    public void A_verb_after_a_noun_roots_relative_clause_is_the_sentences_and_the_noun_its_subject()
    {
        // The attacker , who was on foot , detonated his explosives , said Qasim Ali Khan .
        //  0     1      2  3   4   5   6   7    8        9      10     11  12   13   14   15  16
        string[] forms = ["The", "attacker", ",", "who", "was", "on", "foot", ",", "detonated", "his", "explosives", ",", "said", "Qasim", "Ali", "Khan", "."];
        int[] heads = [1, -1, 6, 6, 6, 6, 1, 8, 12, 10, 8, 8, 6, 12, 13, 13, 1];
        string[] relations = ["det", "root", "punct", "nsubj", "cop", "case", "nmod", "punct", "ccomp", "nmod:poss", "obj", "punct", "acl:relcl", "nsubj", "flat", "flat", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", ",", "WP", "VBD", "IN", "NN", ",", "VBD", "PRP$", "NNS", ",", "VBD", "NNP", "NNP", "NNP", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[8], relations[8]));
        Assert.Equal((8, "nsubj"), (heads[1], relations[1]));
        Assert.Equal((1, "acl:relcl"), (heads[6], relations[6]));
        Assert.Equal((8, "parataxis"), (heads[12], relations[12]));
    }

    [Fact]
    public void What_a_parenthetical_teller_was_read_to_say_before_its_subjects_comma_is_the_storys()
    {
        // Israeli troops killed four Palestinians , including a 16 - year - old boy , during a raid on the town of Qabatiya , south of Jenin , on Wednesday , the Palestinian Health Ministry said .
        string[] forms = ["Israeli", "troops", "killed", "four", "Palestinians", ",", "including", "a", "16", "-", "year", "-", "old", "boy", ",", "during", "a", "raid", "on", "the", "town", "of", "Qabatiya", ",", "south", "of", "Jenin", ",", "on", "Wednesday", ",", "the", "Palestinian", "Health", "Ministry", "said", "."];
        int[] heads = [1, 2, -1, 4, 2, 13, 13, 13, 10, 8, 12, 10, 13, 4, 17, 17, 17, 35, 20, 20, 17, 22, 20, 24, 35, 26, 24, 29, 29, 35, 29, 34, 33, 34, 35, 2, 2];
        string[] relations = ["amod", "nsubj", "root", "nummod", "obj", "punct", "case", "det", "nummod", "punct", "compound", "punct", "amod", "nmod", "punct", "case", "det", "ccomp", "case", "det", "nmod", "case", "nmod", "punct", "ccomp", "case", "obl", "punct", "case", "obl", "punct", "det", "amod", "compound", "nsubj", "parataxis", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "NNS", "VBD", "CD", "NNPS", ",", "VBG", "DT", "CD", "HYPH", "NN", "HYPH", "JJ", "NN", ",", "IN", "DT", "NN", "IN", "DT", "NN", "IN", "NNP", ",", "RB", "IN", "NNP", ",", "IN", "NNP", ",", "DT", "NNP", "NNP", "NNP", "VBD", "."], heads, relations);
        Assert.Equal((2, "obl"), (heads[17], relations[17]));
        Assert.Equal((2, "advmod"), (heads[24], relations[24]));
        Assert.Equal(2, heads[29]);
        // State prosecutors opened an investigation ... and were examining footage from security cameras along the road , a spokesman said .
        string[] coordinated = ["State", "prosecutors", "opened", "an", "investigation", "into", "the", "killings", "on", "Sunday", "night", "and", "were", "examining", "footage", "from", "security", "cameras", "along", "the", "road", ",", "a", "spokesman", "said", "."];
        int[] coordinatedHeads = [1, 2, -1, 4, 2, 7, 7, 4, 10, 10, 2, 13, 13, 24, 13, 17, 17, 14, 20, 20, 17, 20, 23, 24, 2, 2];
        string[] coordinatedRelations = ["compound", "nsubj", "root", "det", "obj", "case", "det", "nmod", "case", "compound", "obl", "cc", "aux", "ccomp", "obj", "case", "compound", "nmod", "case", "det", "nmod", "punct", "det", "nsubj", "parataxis", "punct"];
        ParseRepairs.Apply(coordinated, ["NN", "NNS", "VBD", "DT", "NN", "IN", "DT", "NNS", "IN", "NNP", "NN", "CC", "VBD", "VBG", "NN", "IN", "NN", "NNS", "IN", "DT", "NN", ",", "DT", "NN", "VBD", "."], coordinatedHeads, coordinatedRelations);
        Assert.Equal((2, "conj"), (coordinatedHeads[13], coordinatedRelations[13]));
        // ... dropped bombs on Lonkin , a village of some 3,000 people , shortly after midday , flattening a school , witnesses said .
        string[] apposed = ["Two", "jets", "dropped", "bombs", "on", "Lonkin", ",", "a", "village", "of", "some", "3,000", "people", ",", "shortly", "after", "midday", ",", "flattening", "a", "school", ",", "witnesses", "said", "."];
        int[] apposedHeads = [1, 2, -1, 2, 5, 3, 8, 8, 23, 12, 12, 12, 8, 16, 16, 16, 23, 18, 16, 20, 18, 16, 23, 2, 2];
        string[] apposedRelations = ["nummod", "nsubj", "root", "obj", "case", "nmod", "punct", "det", "nsubj", "case", "det", "nummod", "nmod", "punct", "advmod", "case", "ccomp", "punct", "acl", "det", "obj", "punct", "nsubj", "parataxis", "punct"];
        ParseRepairs.Apply(apposed, ["CD", "NNS", "VBD", "NNS", "IN", "NNP", ",", "DT", "NN", "IN", "DT", "CD", "NNS", ",", "RB", "IN", "NN", ",", "VBG", "DT", "NN", ",", "NNS", "VBD", "."], apposedHeads, apposedRelations);
        Assert.Equal((5, "appos"), (apposedHeads[8], apposedRelations[8]));
        Assert.Equal((2, "obl"), (apposedHeads[16], apposedRelations[16]));
        Assert.Equal((2, "advcl"), (apposedHeads[18], apposedRelations[18]));
        Assert.Equal((23, "nsubj"), (apposedHeads[22], apposedRelations[22]));
    }

    [Fact]
    public void A_name_after_known_as_between_commas_names_the_subject_of_the_verb_after()
    {
        // The Pakistani Taliban , known as the TTP , claimed responsibility for the bombing .
        //  0     1         2     3   4    5   6   7  8    9         10          11  12    13     14
        string[] forms = ["The", "Pakistani", "Taliban", ",", "known", "as", "the", "TTP", ",", "claimed", "responsibility", "for", "the", "bombing", "."];
        int[] heads = [2, 2, 4, 4, 9, 7, 7, 4, 4, -1, 9, 13, 13, 10, 9];
        string[] relations = ["det", "amod", "nsubj", "punct", "ccomp", "case", "det", "obl", "punct", "root", "nsubj", "case", "det", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["DT", "JJ", "NNP", ",", "VBN", "IN", "DT", "NNP", ",", "VBD", "NN", "IN", "DT", "NN", "."], heads, relations);
        Assert.Equal((9, "nsubj"), (heads[2], relations[2]));
        Assert.Equal((2, "acl"), (heads[4], relations[4]));
        Assert.Equal((9, "obj"), (heads[10], relations[10]));
    }

    [Fact]
    public void The_people_after_a_bare_infinitive_in_the_subjects_relative_clause_are_its_object()
    {
        // A villager who helped bury the dead told The Associated Press that he had counted 25 bodies .
        string[] forms = ["A", "villager", "who", "helped", "bury", "the", "dead", "told", "The", "Associated", "Press", "that", "he", "had", "counted", "25", "bodies", "."];
        int[] heads = [1, 7, 3, 1, 3, 6, 7, -1, 10, 10, 7, 14, 14, 14, 7, 16, 14, 7];
        string[] relations = ["det", "nsubj", "nsubj", "acl:relcl", "xcomp", "det", "nsubj", "root", "det", "amod", "iobj", "mark", "nsubj", "aux", "ccomp", "nummod", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "WP", "VBD", "VB", "DT", "JJ", "VBD", "DT", "NNP", "NNP", "IN", "PRP", "VBD", "VBN", "CD", "NNS", "."], heads, relations);
        Assert.Equal((4, "obj"), (heads[6], relations[6]));
    }

    [Fact]
    public void A_trailing_reporter_with_its_own_subject_read_as_an_adverbial_clause_is_a_parenthetical_report()
    {
        // Riot police used water cannon to break up protesters outside parliament , detaining 43 people , the Interior Ministry said on Friday .
        string[] forms = ["Riot", "police", "used", "water", "cannon", "to", "break", "up", "protesters", "outside", "parliament", ",", "detaining", "43", "people", ",", "the", "Interior", "Ministry", "said", "on", "Friday", "."];
        int[] heads = [1, 2, -1, 4, 2, 6, 2, 6, 6, 10, 8, 12, 10, 14, 12, 14, 19, 19, 17, 2, 21, 19, 2];
        string[] relations = ["compound", "nsubj", "root", "compound", "obj", "mark", "advcl", "compound:prt", "obj", "amod", "nmod", "punct", "acl", "nummod", "obj", "punct", "det", "nsubj", "flat", "advcl", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["NN", "NN", "VBD", "NN", "NN", "TO", "VB", "RP", "NNS", "JJ", "NN", ",", "VBG", "CD", "NNS", ",", "DT", "NNP", "NNP", "VBD", "IN", "NNP", "."], heads, relations);
        Assert.Equal((2, "parataxis"), (heads[19], relations[19]));
        Assert.Equal(17, heads[16]);
        Assert.Equal(19, heads[15]);
    }

    [Fact]
    public void A_preposition_and_article_hung_on_a_later_verb_open_the_noun_after_them()
    {
        // Suspected militants opened fire on a bus carrying tourists ... , killing at least six people and wounding 11 , police said , in the deadliest attack ...
        string[] forms = ["Suspected", "militants", "opened", "fire", "on", "a", "bus", "carrying", "tourists", "near", "Pahalgam", "on", "Tuesday", "evening", ",", "killing", "at", "least", "six", "people", "and", "wounding", "11", ",", "police", "said", ",", "in", "the", "deadliest", "attack", "on", "visitors", "in", "more", "than", "a", "year", "."];
        int[] heads = [1, 2, -1, 2, 25, 25, 5, 6, 7, 10, 7, 13, 13, 7, 15, 6, 17, 18, 19, 15, 21, 15, 21, 6, 25, 2, 30, 30, 30, 30, 25, 32, 30, 37, 37, 34, 37, 30, 2];
        string[] relations = ["amod", "nsubj", "root", "obj", "case", "det", "punct", "acl", "obj", "case", "obl", "case", "compound", "obl", "punct", "conj", "case", "nmod", "nummod", "obj", "cc", "conj", "obj", "punct", "nsubj", "advcl", "punct", "case", "det", "amod", "obl", "case", "nmod", "case", "advmod", "fixed", "det", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["VBN", "NNS", "VBD", "NN", "IN", "DT", "NN", "VBG", "NNS", "IN", "NNP", "IN", "NNP", "NN", ",", "VBG", "IN", "JJS", "CD", "NNS", "CC", "VBG", "CD", ",", "NNS", "VBD", ",", "IN", "DT", "JJS", "NN", "IN", "NNS", "IN", "JJR", "IN", "DT", "NN", "."], heads, relations);
        Assert.Equal((2, "obl"), (heads[6], relations[6]));
        Assert.Equal((6, "case"), (heads[4], relations[4]));
        Assert.Equal((6, "det"), (heads[5], relations[5]));
        Assert.Equal((2, "advcl"), (heads[15], relations[15]));
    }

    [Fact]
    public void A_nickname_in_quotation_marks_between_a_given_name_and_a_surname_is_part_of_the_name()
    {
        // Culiacan has been gripped by fighting since September 2024 , when the arrest of Ismael " El Mayo " Zambada in the United States split the group .
        string[] forms = ["Culiacan", "has", "been", "gripped", "by", "fighting", "since", "September", "2024", ",", "when", "the", "arrest", "of", "Ismael", "\"", "El", "Mayo", "\"", "Zambada", "in", "the", "United", "States", "split", "the", "group", "."];
        int[] heads = [3, 3, 3, -1, 5, 3, 8, 8, 5, 8, 24, 12, 24, 14, 12, 14, 24, 16, 16, 16, 23, 23, 23, 19, 5, 26, 24, 3];
        string[] relations = ["nsubj:pass", "aux", "aux:pass", "root", "mark", "advcl", "case", "nmod:unmarked", "obl", "punct", "advmod", "det", "nsubj", "case", "nmod", "punct", "nsubj", "flat", "punct", "flat", "case", "det", "amod", "nmod", "advcl", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "VBZ", "VBN", "VBN", "IN", "VBG", "IN", "NNP", "CD", ",", "WRB", "DT", "NN", "IN", "NNP", "''", "NNP", "NNP", "''", "NNP", "IN", "DT", "NNP", "NNPS", "VBD", "DT", "NN", "."], heads, relations);
        Assert.Equal((14, "flat"), (heads[16], relations[16]));
        Assert.Equal((14, "flat"), (heads[19], relations[19]));
        Assert.Equal((16, "punct"), (heads[15], relations[15]));
        Assert.Equal(14, heads[23]);
        Assert.Equal((24, "nsubj"), (heads[12], relations[12]));
        // (Flat on what the given name is flat on: "architect Julia " Butterfly " Hill", as GUM codes it.)
        string[] titled = ["architect", "Julia", "\"", "Butterfly", "\"", "Hill", "spoke", "."];
        int[] titledHeads = [6, 0, 3, 0, 3, 3, -1, 6];
        string[] titledRelations = ["nsubj", "flat", "punct", "appos", "punct", "flat", "root", "punct"];
        ParseRepairs.Apply(titled, ["NN", "NNP", "``", "NNP", "''", "NNP", "VBD", "."], titledHeads, titledRelations);
        Assert.Equal([0, 3, 0, 3, 0], titledHeads[1..6].ToArray());
    }

    [Fact]
    public void A_speaker_read_as_a_second_subject_of_the_because_clause_of_its_participle_is_the_subject_of_said()
    {
        // A police officer , speaking on condition of anonymity because he was not authorized to talk to reporters , said five people died .
        string[] forms = ["A", "police", "officer", ",", "speaking", "on", "condition", "of", "anonymity", "because", "he", "was", "not", "authorized", "to", "talk", "to", "reporters", ",", "said", "five", "people", "died", "."];
        int[] heads = [2, 2, 13, 4, 2, 6, 4, 8, 6, 13, 13, 13, 13, 19, 15, 13, 17, 15, 13, -1, 21, 22, 19, 19];
        string[] relations = ["det", "compound", "nsubj:pass", "punct", "acl", "case", "obl", "case", "nmod", "mark", "nsubj:pass", "aux:pass", "advmod", "ccomp", "mark", "xcomp", "case", "obl", "punct", "root", "nummod", "nsubj", "ccomp", "punct"];
        string?[] xpos = ["DT", "NN", "NN", ",", "VBG", "IN", "NN", "IN", "NN", "IN", "PRP", "VBD", "RB", "VBN", "TO", "VB", "IN", "NNS", ",", "VBD", "CD", "NNS", "VBD", "."];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((19, "nsubj"), (heads[2], relations[2]));
        Assert.Equal((4, "advcl"), (heads[13], relations[13]));
        Assert.Equal((13, "nsubj:pass"), (heads[10], relations[10]));
        // (Or with the "because" clause's verb as the root and "said" hung on it.)
        string[] rooted = [.. forms[..15], "brief", "reporters", ",", "said", "five", "people", "died", "."];
        int[] rootedHeads = [2, 2, 13, 4, 2, 6, 4, 8, 6, 13, 13, 13, 13, -1, 15, 13, 15, 15, 13, 20, 21, 18, 13];
        string[] rootedRelations = [.. relations[..13], "root", "mark", "advcl", "obj", "punct", "parataxis", "nummod", "nsubj", "ccomp", "punct"];
        ParseRepairs.Apply(rooted, [.. xpos[..15], "VB", "NNS", ",", "VBD", "CD", "NNS", "VBD", "."], rootedHeads, rootedRelations);
        Assert.Equal((-1, "root"), (rootedHeads[18], rootedRelations[18]));
        Assert.Equal((18, "nsubj"), (rootedHeads[2], rootedRelations[2]));
        Assert.Equal((4, "advcl"), (rootedHeads[13], rootedRelations[13]));
        Assert.Equal(18, rootedHeads[22]);
    }

    [Fact]
    public void An_opening_adjective_read_as_the_root_modifies_its_noun_and_the_verb_is_the_root()
    {
        // Provincial police commander Pedro da Silva told reporters that 11 people were killed .
        string[] forms = ["Provincial", "police", "commander", "Pedro", "da", "Silva", "told", "reporters", "that", "11", "people", "were", "killed", "."];
        int[] heads = [-1, 2, 3, 6, 3, 3, 0, 6, 12, 10, 12, 12, 6, 0];
        string[] relations = ["root", "compound", "compound", "nsubj", "flat", "flat", "conj", "iobj", "nsubj:pass", "nummod", "nsubj:pass", "aux:pass", "ccomp", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "NN", "NN", "NNP", "NNP", "NNP", "VBD", "NNS", "WDT", "CD", "NNS", "VBD", "VBN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[6], relations[6]));
        Assert.Equal((2, "amod"), (heads[0], relations[0]));
        Assert.Equal(6, heads[13]);
        // ("that" before the reported clause's own subject is its mark.)
        Assert.Equal((12, "mark"), (heads[8], relations[8]));
    }

    [Fact]
    public void A_count_after_said_with_its_phrase_then_were_killed_is_the_subject_of_what_was_said()
    {
        // He said nine people , including two lawmakers and a police officer , were killed and 23 others wounded .
        string[] forms = ["He", "said", "nine", "people", ",", "including", "two", "lawmakers", "and", "a", "police", "officer", ",", "were", "killed", "and", "23", "others", "wounded", "."];
        int[] heads = [1, -1, 3, 1, 7, 7, 7, 3, 11, 11, 11, 7, 14, 14, 1, 17, 17, 14, 17, 1];
        string[] relations = ["nsubj", "root", "nummod", "obj", "punct", "case", "nummod", "nmod", "cc", "det", "compound", "conj", "punct", "aux:pass", "parataxis", "cc", "nummod", "conj", "acl", "punct"];
        ParseRepairs.Apply(forms, ["PRP", "VBD", "CD", "NNS", ",", "VBG", "CD", "NNS", "CC", "DT", "NN", "NN", ",", "VBD", "VBN", "CC", "CD", "NNS", "VBN", "."], heads, relations);
        Assert.Equal((14, "nsubj:pass"), (heads[3], relations[3]));
        Assert.Equal((1, "ccomp"), (heads[14], relations[14]));
    }

    [Fact]
    public void A_that_clause_hung_on_a_relative_clause_of_the_reporters_adjunct_is_what_was_reported()
    {
        // Al - Shabaab said in a statement on a website it uses that its fighters had killed more than 30 soldiers .
        string[] forms = ["Al", "-", "Shabaab", "said", "in", "a", "statement", "on", "a", "website", "it", "uses", "that", "its", "fighters", "had", "killed", "more", "than", "30", "soldiers", "."];
        int[] heads = [3, 0, 0, -1, 6, 6, 3, 9, 9, 3, 11, 9, 16, 14, 16, 16, 11, 19, 17, 20, 16, 3];
        string[] relations = ["nsubj", "punct", "flat", "root", "case", "det", "obl", "case", "det", "obl", "nsubj", "acl:relcl", "mark", "nmod:poss", "nsubj", "aux", "ccomp", "advmod", "fixed", "nummod", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "HYPH", "NNP", "VBD", "IN", "DT", "NN", "IN", "DT", "NN", "PRP", "VBZ", "IN", "PRP$", "NNS", "VBD", "VBN", "JJR", "IN", "CD", "NNS", "."], heads, relations);
        Assert.Equal((3, "ccomp"), (heads[16], relations[16]));
        Assert.Equal((9, "acl:relcl"), (heads[11], relations[11]));
    }

    [Fact]
    public void According_to_hung_on_a_title_belongs_to_the_name_which_is_an_oblique()
    {
        // A woman was killed when a drone hit her car , according to Gov. Vyacheslav Gladkov .
        string[] forms = ["A", "woman", "was", "killed", "when", "a", "drone", "hit", "her", "car", ",", "according", "to", "Gov.", "Vyacheslav", "Gladkov", "."];
        int[] heads = [1, 3, 3, -1, 7, 6, 7, 3, 9, 7, 7, 13, 11, 14, 7, 14, 3];
        string[] relations = ["det", "nsubj:pass", "aux:pass", "root", "advmod", "det", "nsubj", "advcl", "nmod:poss", "obj", "punct", "case", "fixed", "nmod:desc", "obj", "flat", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "VBN", "WRB", "DT", "NN", "VBD", "PRP$", "NN", ",", "VBG", "IN", "NNP", "NNP", "NNP", "."], heads, relations);
        Assert.Equal((14, "case"), (heads[11], relations[11]));
        Assert.Equal("obl", relations[14]);
    }

    [Fact]
    public void A_where_clause_after_a_place_and_its_comma_is_a_relative_clause_on_the_place()
    {
        // It said air defenses had shot down 20 drones over the Belgorod region , where a woman was killed .
        string[] forms = ["It", "said", "air", "defenses", "had", "shot", "down", "20", "drones", "over", "the", "Belgorod", "region", ",", "where", "a", "woman", "was", "killed", "."];
        int[] heads = [1, -1, 3, 5, 5, 1, 5, 8, 5, 12, 12, 12, 8, 18, 18, 16, 18, 18, 5, 1];
        string[] relations = ["nsubj", "root", "compound", "nsubj", "aux", "ccomp", "compound:prt", "nummod", "obj", "case", "det", "compound", "nmod", "punct", "advmod", "det", "nsubj:pass", "aux:pass", "advcl", "punct"];
        ParseRepairs.Apply(forms, ["PRP", "VBD", "NN", "NNS", "VBD", "VBN", "RB", "CD", "NNS", "IN", "DT", "NNP", "NN", ",", "WRB", "DT", "NN", "VBD", "VBN", "."], heads, relations);
        Assert.Equal((12, "acl:relcl"), (heads[18], relations[18]));
    }

    [Fact]
    public void It_before_a_verb_of_denial_is_its_subject_and_a_perfect_after_the_denied_clause_is_the_denials_conjunct()
    {
        // It has previously denied that its forces target civilians and has suspended several media outlets .
        string[] forms = ["It", "has", "previously", "denied", "that", "its", "forces", "target", "civilians", "and", "has", "suspended", "several", "media", "outlets", "."];
        int[] heads = [3, 3, 3, -1, 7, 6, 7, 3, 7, 11, 11, 7, 14, 14, 11, 3];
        string[] relations = ["expl", "aux", "advmod", "root", "mark", "nmod:poss", "nsubj", "ccomp", "obj", "cc", "aux", "conj", "amod", "compound", "obj", "punct"];
        ParseRepairs.Apply(forms, ["PRP", "VBZ", "RB", "VBN", "IN", "PRP$", "NNS", "VBP", "NNS", "CC", "VBZ", "VBN", "JJ", "NN", "NNS", "."], heads, relations);
        Assert.Equal((3, "nsubj"), (heads[0], relations[0]));
        Assert.Equal((3, "conj"), (heads[11], relations[11]));
    }

    [Fact]
    public void A_subordinator_hung_on_a_subject_marks_its_verb_whose_clause_is_adverbial()
    {
        // residents said , as fighting between troops and militiamen intensified .
        string[] forms = ["residents", "said", ",", "as", "fighting", "between", "troops", "and", "militiamen", "intensified", "."];
        int[] heads = [1, -1, 4, 4, 9, 6, 4, 8, 6, 1, 1];
        string[] relations = ["nsubj", "root", "punct", "mark", "nsubj", "case", "nmod", "cc", "conj", "ccomp", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", ",", "IN", "NN", "IN", "NNS", "CC", "NNS", "VBD", "."], heads, relations);
        Assert.Equal((9, "mark"), (heads[3], relations[3]));
        Assert.Equal((1, "advcl"), (heads[9], relations[9]));
    }

    [Fact]
    public void A_subject_after_after_hung_on_the_first_reported_clause_is_the_subject_of_a_second_one()
    {
        // Gunmen set vehicles ablaze and blocked highways after soldiers captured a leader , authorities said .
        //   0     1     2       3     4     5       6       7      8        9     10   11   12     13       14  15
        string[] forms = ["Gunmen", "set", "vehicles", "ablaze", "and", "blocked", "highways", "after", "soldiers", "captured", "a", "leader", ",", "authorities", "said", "."];
        int[] heads = [1, 14, 1, 1, 5, 1, 5, 8, 5, 14, 11, 9, 13, 14, -1, 14];
        string[] relations = ["nsubj", "ccomp", "obj", "xcomp", "cc", "conj", "obj", "case", "obl", "ccomp", "det", "obj", "punct", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "NNS", "JJ", "CC", "VBD", "NNS", "IN", "NNS", "VBD", "DT", "NN", ",", "NNS", "VBD", "."], heads, relations);
        Assert.Equal((9, "mark"), (heads[7], relations[7]));
        Assert.Equal((9, "nsubj"), (heads[8], relations[8]));
        Assert.Equal((5, "advcl"), (heads[9], relations[9]));
    }

    [Fact]
    public void A_trailing_reporter_read_as_a_relative_clause_of_an_earlier_noun_reports_the_sentence()
    {
        // Paramilitary forces shelled a crowded market and a displacement camp in the besieged Sudanese city of El Fasher on Sunday , killing at least 40 people , an international aid group said Monday .
        string[] forms = ["Paramilitary", "forces", "shelled", "a", "crowded", "market", "and", "a", "displacement", "camp", "in", "the", "besieged", "Sudanese", "city", "of", "El", "Fasher", "on", "Sunday", ",", "killing", "at", "least", "40", "people", ",", "an", "international", "aid", "group", "said", "Monday", "."];
        int[] heads = [1, 2, -1, 5, 5, 2, 9, 9, 9, 5, 14, 14, 14, 14, 5, 31, 31, 16, 19, 16, 21, 31, 23, 24, 25, 21, 25, 30, 30, 30, 31, 14, 31, 2];
        string[] relations = ["amod", "nsubj", "root", "det", "amod", "obj", "cc", "det", "compound", "conj", "case", "det", "amod", "amod", "nmod", "ccomp", "ccomp", "flat", "case", "nmod", "punct", "ccomp", "case", "nmod", "nummod", "obj", "punct", "det", "amod", "compound", "nsubj", "acl:relcl", "obl:unmarked", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "NNS", "VBD", "DT", "JJ", "NN", "CC", "DT", "NN", "NN", "IN", "DT", "VBN", "JJ", "NN", "IN", "NNP", "NNP", "IN", "NNP", ",", "VBG", "IN", "JJS", "CD", "NNS", ",", "DT", "JJ", "NN", "NN", "VBD", "NNP", "."], heads, relations);
        Assert.Equal((2, "parataxis"), (heads[31], relations[31]));
        Assert.Equal((16, "case"), (heads[15], relations[15]));
        Assert.Equal((14, "nmod"), (heads[16], relations[16]));
        Assert.Equal((2, "advcl"), (heads[21], relations[21]));
    }

    [Fact]
    public void A_past_tense_coordinated_with_a_gerund_that_a_past_tense_takes_is_that_past_tenses_conjunct()
    {
        // The RSF denied targeting civilians and accused the Sudanese army of using the camp as a military base .
        string[] forms = ["The", "RSF", "denied", "targeting", "civilians", "and", "accused", "the", "Sudanese", "army", "of", "using", "the", "camp", "as", "a", "military", "base", "."];
        int[] heads = [1, 2, -1, 2, 3, 6, 3, 9, 9, 6, 11, 9, 13, 11, 17, 17, 17, 11, 2];
        string[] relations = ["det", "nsubj", "root", "xcomp", "obj", "cc", "conj", "det", "amod", "obj", "mark", "acl", "det", "obj", "case", "det", "amod", "obl", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNP", "VBD", "VBG", "NNS", "CC", "VBD", "DT", "JJ", "NN", "IN", "VBG", "DT", "NN", "IN", "DT", "JJ", "NN", "."], heads, relations);
        Assert.Equal((2, "conj"), (heads[6], relations[6]));
    }

    [Fact]
    public void A_past_tense_coordinated_with_the_adjective_a_thing_is_called_is_the_callers_conjunct()
    {
        // Schumer dismissed the measure as " dead on arrival " and accused Republicans of trying .
        //    0        1      2     3     4  5  6   7     8    9  10    11       12       13   14   15
        string[] forms = ["Schumer", "dismissed", "the", "measure", "as", "\"", "dead", "on", "arrival", "\"", "and", "accused", "Republicans", "of", "trying", "."];
        int[] heads = [1, -1, 3, 1, 6, 6, 3, 8, 6, 6, 11, 6, 6, 14, 12, 1];
        string[] relations = ["nsubj", "root", "det", "obj", "mark", "punct", "acl", "case", "obl", "punct", "cc", "conj", "obj", "mark", "advcl", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "VBD", "DT", "NN", "IN", "``", "JJ", "IN", "NN", "''", "CC", "VBD", "NNPS", "IN", "VBG", "."], heads, relations);
        Assert.Equal((1, "conj"), (heads[11], relations[11]));
    }

    [Fact]
    public void A_hyphenated_participle_read_as_the_verbs_complement_modifies_its_object()
    {
        // Balochistan Chief Minister Sarfraz Bugti accused " India - sponsored terrorists " on Monday of trying to derail development and vowed that the attackers would be hunted down .
        string[] forms = ["Balochistan", "Chief", "Minister", "Sarfraz", "Bugti", "accused", "\"", "India", "-", "sponsored", "terrorists", "\"", "on", "Monday", "of", "trying", "to", "derail", "development", "and", "vowed", "that", "the", "attackers", "would", "be", "hunted", "down", "."];
        int[] heads = [5, 2, 3, 0, 3, -1, 9, 9, 7, 5, 9, 10, 13, 9, 15, 13, 17, 15, 17, 20, 15, 26, 23, 26, 26, 26, 20, 26, 5];
        string[] relations = ["nsubj", "amod", "nmod:desc", "flat", "flat", "root", "punct", "obl:unmarked", "punct", "ccomp", "obj", "punct", "case", "obl", "mark", "acl", "mark", "xcomp", "obj", "cc", "conj", "mark", "det", "nsubj:pass", "aux", "aux:pass", "ccomp", "compound:prt", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "NNP", "NNP", "NNP", "NNP", "VBD", "``", "NNP", "HYPH", "VBN", "NNS", "''", "IN", "NNP", "IN", "VBG", "TO", "VB", "NN", "CC", "VBD", "IN", "DT", "NNS", "MD", "VB", "VBN", "RP", "."], heads, relations);
        Assert.Equal((5, "obj"), (heads[10], relations[10]));
        Assert.Equal((10, "amod"), (heads[9], relations[9]));
        Assert.Equal((5, "conj"), (heads[20], relations[20]));
    }

    [Fact]
    public void Reporters_split_by_their_conjunction_with_the_first_read_as_an_adverbial_clause_are_the_subject_of_said()
    {
        // A Myanmar military airstrike on a village killed at least 17 civilians , including six children , a resistance group and a local official said Wednesday .
        string[] forms = ["A", "Myanmar", "military", "airstrike", "on", "a", "village", "killed", "at", "least", "17", "civilians", ",", "including", "six", "children", ",", "a", "resistance", "group", "and", "a", "local", "official", "said", "Wednesday", "."];
        int[] heads = [3, 3, 3, 7, 6, 6, 3, -1, 9, 10, 11, 7, 15, 15, 15, 11, 19, 19, 19, 7, 24, 23, 23, 24, 7, 24, 7];
        string[] relations = ["det", "compound", "compound", "nsubj", "case", "det", "nmod", "root", "case", "nmod", "nummod", "obj", "punct", "case", "nummod", "nmod", "punct", "det", "compound", "advcl", "cc", "det", "amod", "nsubj", "conj", "obl:unmarked", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNP", "NN", "NN", "IN", "DT", "NN", "VBD", "IN", "JJS", "CD", "NNS", ",", "VBG", "CD", "NNS", ",", "DT", "NN", "NN", "CC", "DT", "JJ", "NN", "VBD", "NNP", "."], heads, relations);
        Assert.Equal((24, "nsubj"), (heads[19], relations[19]));
        Assert.Equal((7, "parataxis"), (heads[24], relations[24]));
    }

    [Fact]
    public void A_past_tense_after_a_relative_clause_on_the_subject_hung_inside_it_is_the_subjects_verb()
    {
        // The group , which has about 6,000 fighters , suspended peace talks with the government in January after the government accused it of killing civilians .
        string[] forms = ["The", "group", ",", "which", "has", "about", "6,000", "fighters", ",", "suspended", "peace", "talks", "with", "the", "government", "in", "January", "after", "the", "government", "accused", "it", "of", "killing", "civilians", "."];
        int[] heads = [1, 20, 4, 4, 1, 6, 7, 4, 9, 7, 11, 9, 14, 14, 9, 16, 9, 19, 19, 9, -1, 20, 23, 21, 23, 20];
        string[] relations = ["det", "nsubj", "punct", "nsubj", "acl:relcl", "advmod", "nummod", "obj", "punct", "acl", "compound", "obj", "case", "det", "obl", "case", "obl", "case", "det", "obl", "root", "obj", "mark", "advcl", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", ",", "WDT", "VBZ", "RB", "CD", "NNS", ",", "VBD", "NN", "NNS", "IN", "DT", "NN", "IN", "NNP", "IN", "DT", "NN", "VBD", "PRP", "IN", "VBG", "NNS", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[9], relations[9]));
        Assert.Equal((9, "nsubj"), (heads[1], relations[1]));
        Assert.Equal((9, "advcl"), (heads[20], relations[20]));
        Assert.Equal((20, "nsubj"), (heads[19], relations[19]));
    }

    [Fact]
    public void As_after_a_time_before_a_subject_marks_its_verb_which_the_trailing_reporter_does_not_report_apart()
    {
        // police fired gas at protesters on Tuesday as demonstrations turned violent , a group said .
        //   0      1    2   3     4       5     6     7        8          9      10    11 12  13   14  15
        string[] forms = ["police", "fired", "gas", "at", "protesters", "on", "Tuesday", "as", "demonstrations", "turned", "violent", ",", "a", "group", "said", "."];
        int[] heads = [1, 14, 1, 4, 1, 6, 4, 8, 6, 14, 9, 13, 13, 14, -1, 14];
        string[] relations = ["nsubj", "ccomp", "obj", "case", "obl", "case", "nmod", "case", "nmod", "ccomp", "xcomp", "punct", "det", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "NN", "IN", "NNS", "IN", "NNP", "IN", "NNS", "VBD", "JJ", ",", "DT", "NN", "VBD", "."], heads, relations);
        Assert.Equal((9, "mark"), (heads[7], relations[7]));
        Assert.Equal((9, "nsubj"), (heads[8], relations[8]));
        Assert.Equal((1, "advcl"), (heads[9], relations[9]));
    }

    [Fact]
    public void An_adverbial_clause_between_the_report_and_the_trailing_reporters_subject_is_the_reported_clauses()
    {
        // police fired gas on Tuesday as demonstrations turned violent , a group said .
        //   0      1    2   3     4     5        6          7      8     9 10  11   12  13
        string[] forms = ["police", "fired", "gas", "on", "Tuesday", "as", "demonstrations", "turned", "violent", ",", "a", "group", "said", "."];
        int[] heads = [1, 12, 1, 4, 1, 7, 7, 12, 7, 11, 11, 12, -1, 12];
        string[] relations = ["nsubj", "ccomp", "obj", "case", "obl", "mark", "nsubj", "advcl", "xcomp", "punct", "det", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "NN", "IN", "NNP", "IN", "NNS", "VBD", "JJ", ",", "DT", "NN", "VBD", "."], heads, relations);
        Assert.Equal((1, "advcl"), (heads[7], relations[7]));
    }

    [Fact]
    public void Clauses_joined_by_a_semicolon_with_a_subject_each_are_two_clauses()
    {
        // police fire gas ; group says 8 dead
        string[] forms = ["police", "fire", "gas", ";", "group", "says", "8", "dead"];
        int[] heads = [5, 0, 1, 5, 5, -1, 5, 6];
        string[] relations = ["nsubj", "acl", "obj", "punct", "nsubj", "root", "obj", "amod"];
        ParseRepairs.Apply(forms, ["NN", "VBP", "NN", ":", "NN", "VBZ", "CD", "JJ"], heads, relations);
        Assert.Equal((-1, "root"), (heads[1], relations[1]));
        Assert.Equal((1, "nsubj"), (heads[0], relations[0]));
        Assert.Equal((1, "parataxis"), (heads[5], relations[5]));
    }

    [Fact]
    public void When_hung_inside_the_subject_after_it_modifies_the_subjects_verb()
    {
        // The war began , when Hamas - led militants stormed Israel .
        //  0   1    2   3   4    5   6  7      8        9      10   11
        string[] forms = ["The", "war", "began", ",", "when", "Hamas", "-", "led", "militants", "stormed", "Israel", "."];
        int[] heads = [1, 2, -1, 9, 7, 7, 5, 8, 9, 2, 9, 2];
        string[] relations = ["det", "nsubj", "root", "punct", "advmod", "nsubj", "punct", "amod", "nsubj", "conj", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", ",", "WRB", "NNP", "HYPH", "VBN", "NNS", "VBD", "NNP", "."], heads, relations);
        Assert.Equal((9, "advmod"), (heads[4], relations[4]));
    }

    [Fact]
    public void A_past_tense_after_an_apposition_with_a_relative_clause_on_a_noun_root_is_the_nouns_verb()
    {
        // The Kashmir Tigers , a group that Indian officials describe as a front for the Pakistan - based Jaish - e-Mohammed , threatened in a statement on Friday to avenge the deaths .
        string[] forms = ["The", "Kashmir", "Tigers", ",", "a", "group", "that", "Indian", "officials", "describe", "as", "a", "front", "for", "the", "Pakistan", "-", "based", "Jaish", "-", "e-Mohammed", ",", "threatened", "in", "a", "statement", "on", "Friday", "to", "avenge", "the", "deaths", "."];
        int[] heads = [2, 2, -1, 5, 5, 2, 9, 8, 9, 5, 12, 12, 9, 12, 13, 17, 15, 14, 17, 20, 18, 22, 18, 25, 25, 22, 27, 22, 29, 22, 31, 29, 2];
        string[] relations = ["det", "compound", "root", "punct", "det", "appos", "obj", "amod", "nsubj", "acl:relcl", "case", "det", "obl", "nmod", "dep", "compound", "punct", "advcl", "xcomp", "punct", "flat", "punct", "acl", "case", "det", "obl", "case", "obl", "mark", "xcomp", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNP", "NNPS", ",", "DT", "NN", "WDT", "JJ", "NNS", "VBP", "IN", "DT", "NN", "IN", "DT", "NNP", "HYPH", "VBN", "NNP", "HYPH", "NNP", ",", "VBD", "IN", "DT", "NN", "IN", "NNP", "TO", "VB", "DT", "NNS", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[22], relations[22]));
        Assert.Equal((22, "nsubj"), (heads[2], relations[2]));
    }

    [Fact]
    public void A_relative_pronoun_before_a_subject_and_say_is_the_subject_of_what_is_said_and_the_noun_after_and_the_next_verbs()
    {
        // protesters rallied against a bill that critics say would curb freedom , and police detained 63 people , the ministry said .
        //     0         1       2    3  4    5     6      7    8     9     10    11  12   13      14     15   16   17  18    19     20  21
        string[] forms = ["protesters", "rallied", "against", "a", "bill", "that", "critics", "say", "would", "curb", "freedom", ",", "and", "police", "detained", "63", "people", ",", "the", "ministry", "said", "."];
        int[] heads = [1, -1, 4, 4, 1, 14, 7, 20, 9, 7, 9, 13, 13, 10, 20, 16, 14, 19, 19, 20, 1, 1];
        string[] relations = ["nsubj", "root", "case", "det", "obl", "nsubj", "nsubj", "ccomp", "aux", "ccomp", "obj", "punct", "cc", "conj", "ccomp", "nummod", "obj", "punct", "det", "nsubj", "parataxis", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "IN", "DT", "NN", "WDT", "NNS", "VBP", "MD", "VB", "NN", ",", "CC", "NN", "VBD", "CD", "NNS", ",", "DT", "NN", "VBD", "."], heads, relations);
        Assert.Equal((9, "nsubj"), (heads[5], relations[5]));
        Assert.Equal((4, "acl:relcl"), (heads[7], relations[7]));
        Assert.Equal((14, "nsubj"), (heads[13], relations[13]));
        Assert.Equal((1, "conj"), (heads[14], relations[14]));
    }

    [Fact]
    public void An_inverted_reporter_after_a_clause_it_took_as_its_subject_reports_that_clause()
    {
        // The talks were a failure , conceded a senior official .
        string[] forms = ["The", "talks", "were", "a", "failure", ",", "conceded", "a", "senior", "official", "."];
        int[] heads = [1, 4, 4, 4, 6, 4, -1, 9, 9, 6, 6];
        string[] relations = ["det", "nsubj", "cop", "det", "nsubj", "punct", "root", "det", "amod", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNS", "VBD", "DT", "NN", ",", "VBD", "DT", "JJ", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[4], relations[4]));
        Assert.Equal((4, "parataxis"), (heads[6], relations[6]));
        Assert.Equal((6, "nsubj"), (heads[9], relations[9]));
        Assert.Equal(4, heads[10]);
    }

    [Fact]
    public void An_inverted_reporter_read_as_a_parataxis_with_an_object_has_that_object_for_subject()
    {
        // Sanders will support Clinton in the end , predicted Madeleine Kunin , the former governor .
        string[] forms = ["Sanders", "will", "support", "Clinton", "in", "the", "end", ",", "predicted", "Madeleine", "Kunin", ",", "the", "former", "governor", "."];
        int[] heads = [2, 2, -1, 2, 6, 6, 2, 2, 2, 8, 9, 14, 14, 14, 9, 2];
        string[] relations = ["nsubj", "aux", "root", "obj", "case", "det", "obl", "punct", "parataxis", "obj", "flat", "punct", "det", "amod", "appos", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "MD", "VB", "NNP", "IN", "DT", "NN", ",", "VBD", "NNP", "NNP", ",", "DT", "JJ", "NN", "."], heads, relations);
        Assert.Equal((8, "nsubj"), (heads[9], relations[9]));
    }

    [Fact]
    public void A_participle_between_commas_after_the_subject_modifies_it_and_the_verb_after_is_the_root()
    {
        // National Guard members , called to service by the governor , are scattered throughout the area with armored vehicles .
        string[] forms = ["National", "Guard", "members", ",", "called", "to", "service", "by", "the", "governor", ",", "are", "scattered", "throughout", "the", "area", "with", "armored", "vehicles", "."];
        int[] heads = [1, 2, 4, 4, -1, 6, 4, 9, 9, 4, 4, 12, 4, 15, 15, 12, 18, 18, 15, 4];
        string[] relations = ["amod", "compound", "nsubj:pass", "punct", "root", "case", "obl", "case", "det", "obl:agent", "punct", "aux:pass", "xcomp", "case", "det", "obl", "case", "amod", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "NNP", "NNS", ",", "VBN", "IN", "NN", "IN", "DT", "NN", ",", "VBP", "VBN", "IN", "DT", "NN", "IN", "JJ", "NNS", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[12], relations[12]));
        Assert.Equal((12, "nsubj:pass"), (heads[2], relations[2]));
        Assert.Equal((2, "acl"), (heads[4], relations[4]));
        Assert.Equal(12, heads[19]);
    }

    [Fact]
    public void A_question_asked_with_a_copula_is_what_is_asked()
    {
        // Tapper asked whether Republicans would be able to hold on to the House .
        string[] forms = ["Tapper", "asked", "whether", "Republicans", "would", "be", "able", "to", "hold", "on", "to", "the", "House", "."];
        int[] heads = [1, -1, 6, 6, 6, 6, 1, 8, 6, 8, 12, 12, 8, 1];
        string[] relations = ["nsubj", "root", "mark", "nsubj", "aux", "cop", "advcl", "mark", "xcomp", "compound:prt", "case", "det", "obl", "punct"];
        ParseRepairs.Apply(forms, ["NN", "VBD", "IN", "NNPS", "MD", "VB", "JJ", "TO", "VB", "RP", "IN", "DT", "NNP", "."], heads, relations);
        Assert.Equal((1, "ccomp"), (heads[6], relations[6]));
    }

    [Fact]
    public void An_opening_participle_after_when_is_an_adverbial_clause_of_the_verb_after_the_comma()
    {
        // When asked if he was ever bullied , Trump laughed .
        string[] forms = ["When", "asked", "if", "he", "was", "ever", "bullied", ",", "Trump", "laughed", "."];
        int[] heads = [1, -1, 6, 6, 6, 6, 9, 6, 9, 1, 1];
        string[] relations = ["advmod", "root", "mark", "nsubj:pass", "aux:pass", "advmod", "advcl", "punct", "nsubj", "conj", "punct"];
        ParseRepairs.Apply(forms, ["WRB", "VBN", "IN", "PRP", "VBD", "RB", "VBN", ",", "NNP", "VBD", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[9], relations[9]));
        Assert.Equal((9, "advcl"), (heads[1], relations[1]));
        Assert.Equal((1, "ccomp"), (heads[6], relations[6]));
        Assert.Equal(9, heads[10]);
    }

    [Fact]
    public void The_subject_read_as_the_apposition_of_a_day_under_a_noun_root_is_the_subject_of_its_modifier_verb()
    {
        // In a message posted online on Sunday , the bishop called on the kidnappers to free the men .
        string[] forms = ["In", "a", "message", "posted", "online", "on", "Sunday", ",", "the", "bishop", "called", "on", "the", "kidnappers", "to", "free", "the", "men", "."];
        int[] heads = [2, 2, -1, 2, 3, 6, 3, 9, 9, 6, 9, 13, 13, 10, 15, 13, 17, 15, 2];
        string[] relations = ["case", "det", "root", "acl", "advmod", "case", "obl", "punct", "det", "appos", "acl", "case", "det", "obl", "case", "obl", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["IN", "DT", "NN", "VBN", "RB", "IN", "NNP", ",", "DT", "NN", "VBD", "IN", "DT", "NNS", "IN", "JJ", "DT", "NNS", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[10], relations[10]));
        Assert.Equal((10, "nsubj"), (heads[9], relations[9]));
        Assert.Equal((10, "obl"), (heads[2], relations[2]));
        Assert.Equal(10, heads[18]);
    }

    [Fact]
    public void The_subject_read_as_the_apposition_of_a_day_takes_the_verb_from_its_own_apposition()
    {
        // In a list read out to the crowd in Basra on Tuesday , the organisers , a loose coalition of youth groups and unemployed graduates , demanded that the federal electricity ministry restore power .
        string[] forms = ["In", "a", "list", "read", "out", "to", "the", "crowd", "in", "Basra", "on", "Tuesday", ",", "the", "organisers", ",", "a", "loose", "coalition", "of", "youth", "groups", "and", "unemployed", "graduates", ",", "demanded", "that", "the", "federal", "electricity", "ministry", "restore", "power", "."];
        int[] heads = [2, 2, 26, 2, 3, 7, 7, 3, 9, 7, 11, 3, 14, 14, 11, 18, 18, 18, 26, 21, 21, 18, 24, 24, 21, 2, -1, 32, 31, 31, 31, 32, 26, 32, 26];
        string[] relations = ["case", "det", "obl", "acl", "compound:prt", "case", "det", "obl", "case", "nmod", "case", "obl", "punct", "det", "appos", "punct", "det", "amod", "nsubj", "case", "compound", "nmod", "cc", "amod", "conj", "punct", "root", "mark", "det", "amod", "compound", "nsubj", "ccomp", "obj", "punct"];
        ParseRepairs.Apply(forms, ["IN", "DT", "NN", "VBN", "RB", "IN", "DT", "NN", "IN", "NNP", "IN", "NNP", ",", "DT", "NNS", ",", "DT", "JJ", "NN", "IN", "NN", "NNS", "CC", "JJ", "NNS", ",", "VBD", "IN", "DT", "JJ", "NN", "NN", "VBP", "NN", "."], heads, relations);
        Assert.Equal((26, "nsubj"), (heads[14], relations[14]));
        Assert.Equal((14, "appos"), (heads[18], relations[18]));
    }

    [Fact]
    public void A_prepositional_phrase_between_commas_after_the_subject_and_before_its_verb_is_the_verbs()
    {
        // The army , in a statement posted on Facebook , said soldiers had repelled the assault .
        string[] forms = ["The", "army", ",", "in", "a", "statement", "posted", "on", "Facebook", ",", "said", "soldiers", "had", "repelled", "the", "assault", "."];
        int[] heads = [1, 10, 5, 5, 5, 1, 5, 8, 6, 1, -1, 13, 13, 10, 15, 13, 10];
        string[] relations = ["det", "nsubj", "punct", "case", "det", "nmod", "acl", "case", "obl", "punct", "root", "nsubj", "aux", "ccomp", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", ",", "IN", "DT", "NN", "VBN", "IN", "NNP", ",", "VBD", "NNS", "VBD", "VBN", "DT", "NN", "."], heads, relations);
        Assert.Equal((10, "obl"), (heads[5], relations[5]));
        Assert.Equal((5, 5), (heads[2], heads[9]));
    }

    [Fact]
    public void A_participle_with_a_subject_and_no_auxiliary_before_a_finite_predicate_is_the_subjects_modifier()
    {
        // No group immediately claimed responsibility , but fighters linked to the Islamic State group are active in the area .
        string[] forms = ["No", "group", "immediately", "claimed", "responsibility", ",", "but", "fighters", "linked", "to", "the", "Islamic", "State", "group", "are", "active", "in", "the", "area", "."];
        int[] heads = [1, 3, 3, -1, 3, 8, 8, 8, 3, 13, 13, 12, 13, 8, 15, 3, 18, 18, 15, 3];
        string[] relations = ["det", "nsubj", "advmod", "root", "obj", "punct", "cc", "nsubj", "conj", "case", "det", "amod", "compound", "obl", "cop", "ccomp", "case", "det", "obl", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "RB", "VBD", "NN", ",", "CC", "NNS", "VBN", "IN", "DT", "NNP", "NNP", "NN", "VBP", "JJ", "IN", "DT", "NN", "."], heads, relations);
        Assert.Equal((3, "conj"), (heads[15], relations[15]));
        Assert.Equal((15, "nsubj"), (heads[7], relations[7]));
        Assert.Equal((7, "acl"), (heads[8], relations[8]));
        Assert.Equal((15, 15), (heads[5], heads[6]));
    }

    [Fact]
    public void A_trailing_reporter_whose_subject_holds_the_comma_reports_the_root_and_a_gerund_after_an_including_phrase_joins_the_first()
    {
        // Russian missiles slammed into an apartment building in the northeastern city of Kharkiv late on Thursday , killing at least nine people , including a 12 - year - old boy , and wounding 43 , regional governor Oleh Syniehubov said on Friday .
        string[] forms = "Russian missiles slammed into an apartment building in the northeastern city of Kharkiv late on Thursday , killing at least nine people , including a 12 - year - old boy , and wounding 43 , regional governor Oleh Syniehubov said on Friday .".Split(' ');
        string[] xpos = "JJ NNS VBD IN DT NN NN IN DT JJ NN IN NNP JJ IN NNP , VBG IN JJS CD NNS , VBG DT CD HYPH NN HYPH JJ NN , CC VBG CD , JJ NN NNP NNP VBD IN NNP .".Split(' ');
        int[] heads = [1, 2, -1, 6, 6, 6, 2, 10, 10, 10, 6, 12, 10, 12, 15, 2, 17, 2, 19, 20, 21, 17, 30, 30, 30, 27, 25, 29, 27, 30, 21, 33, 33, 30, 33, 37, 37, 40, 37, 38, 30, 42, 40, 2];
        string[] relations = ("amod nsubj root case det compound obl case det amod nmod case nmod flat case obl punct advcl case nmod nummod obj punct case det nummod "
                              + "punct compound punct amod nmod punct cc conj flat punct amod nsubj appos flat acl:relcl case obl punct").Split(' ');
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((2, "parataxis"), (heads[40], relations[40]));
        Assert.Equal((17, "conj"), (heads[33], relations[33]));
    }

    [Fact]
    public void A_denial_coordinated_into_a_reported_clause_with_a_noun_subject_is_the_reporters()
    {
        // Russia 's Defence Ministry said its forces had struck military facilities in Kharkiv and denied hitting residential areas .
        string[] forms = ["Russia", "'s", "Defence", "Ministry", "said", "its", "forces", "had", "struck", "military", "facilities", "in", "Kharkiv", "and", "denied", "hitting", "residential", "areas", "."];
        int[] heads = [3, 0, 3, 4, -1, 6, 8, 8, 4, 10, 8, 12, 10, 14, 8, 14, 17, 15, 4];
        string[] relations = ["nmod:poss", "case", "amod", "nsubj", "root", "nmod:poss", "nsubj", "aux", "ccomp", "amod", "obj", "case", "nmod", "cc", "conj", "xcomp", "amod", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "POS", "NNP", "NNP", "VBD", "PRP$", "NNS", "VBD", "VBN", "JJ", "NNS", "IN", "NNP", "CC", "VBN", "VBG", "JJ", "NNS", "."], heads, relations);
        Assert.Equal((4, "conj"), (heads[14], relations[14]));
    }

    [Fact]
    public void A_gerund_after_the_people_an_act_is_aimed_at_is_theirs_and_a_second_reported_clause_after_and_the_firsts_conjunct()
    {
        // Police fired rubber bullets and tear gas at thousands of garment workers demanding unpaid wages outside Dhaka on Sunday , and at least three workers were killed , a union leader said .
        string[] forms = ["Police", "fired", "rubber", "bullets", "and", "tear", "gas", "at", "thousands", "of", "garment", "workers", "demanding", "unpaid", "wages", "outside", "Dhaka", "on", "Sunday", ",", "and", "at", "least", "three", "workers", "were", "killed", ",", "a", "union", "leader", "said", "."];
        int[] heads = [1, 31, 3, 1, 6, 6, 3, 8, 1, 11, 11, 8, 1, 14, 12, 16, 14, 18, 16, 26, 26, 22, 23, 24, 26, 26, 31, 26, 29, 30, 31, -1, 31];
        string[] relations = ["nsubj", "ccomp", "compound", "obj", "cc", "compound", "conj", "case", "obl", "case", "compound", "nmod", "advcl", "amod", "obj", "case", "nmod", "case", "nmod", "punct", "cc", "case", "nmod", "nummod", "nsubj:pass", "aux:pass", "ccomp", "punct", "det", "compound", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "NN", "NNS", "CC", "NN", "NN", "IN", "NNS", "IN", "NN", "NNS", "VBG", "JJ", "NNS", "IN", "NNP", "IN", "NNP", ",", "CC", "IN", "JJS", "CD", "NNS", "VBD", "VBN", ",", "DT", "NN", "NN", "VBD", "."], heads, relations);
        Assert.Equal((11, "acl"), (heads[12], relations[12]));
        Assert.Equal((1, "conj"), (heads[26], relations[26]));
    }

    [Fact]
    public void A_name_between_commas_after_a_prepositions_noun_before_the_subject_is_the_nouns_apposition()
    {
        // At a news conference in the state capital , Zacatecas , on Tuesday , the state 's governor condemned the massacre .
        string[] forms = ["At", "a", "news", "conference", "in", "the", "state", "capital", ",", "Zacatecas", ",", "on", "Tuesday", ",", "the", "state", "'s", "governor", "condemned", "the", "massacre", "."];
        int[] heads = [3, 3, 3, 18, 7, 7, 7, 3, 9, 18, 12, 12, 18, 17, 15, 17, 15, 18, -1, 20, 18, 18];
        string[] relations = ["case", "det", "compound", "obl", "case", "det", "compound", "nmod", "punct", "nsubj", "punct", "case", "obl", "punct", "det", "nmod:poss", "case", "nsubj", "root", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["IN", "DT", "NN", "NN", "IN", "DT", "NN", "NN", ",", "NNP", ",", "IN", "NNP", ",", "DT", "NN", "POS", "NN", "VBD", "DT", "NN", "."], heads, relations);
        Assert.Equal((7, "appos"), (heads[9], relations[9]));
        Assert.Equal((18, "nsubj"), (heads[17], relations[17]));
    }

    [Fact]
    public void A_phrase_opened_by_a_preposition_is_no_subject_and_the_noun_after_its_comma_is()
    {
        // Across the border in Bangladesh , several thousand Rohingya refugees rallied in camps near Teknaf on Monday to demand the release of the detained men .
        string[] forms = ["Across", "the", "border", "in", "Bangladesh", ",", "several", "thousand", "Rohingya", "refugees", "rallied", "in", "camps", "near", "Teknaf", "on", "Monday", "to", "demand", "the", "release", "of", "the", "detained", "men", "."];
        int[] heads = [2, 2, -1, 4, 2, 7, 7, 9, 9, 2, 9, 12, 10, 14, 12, 16, 14, 18, 10, 20, 18, 24, 24, 24, 20, 2];
        string[] relations = ["case", "det", "root", "case", "nmod", "punct", "amod", "nummod", "compound", "nmod", "acl", "case", "obl", "case", "nmod", "case", "nmod", "mark", "advcl", "det", "obj", "case", "det", "amod", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["IN", "DT", "NN", "IN", "NNP", ",", "JJ", "CD", "NNP", "NNS", "VBD", "IN", "NNS", "IN", "NNP", "IN", "NNP", "TO", "VB", "DT", "NN", "IN", "DT", "JJ", "NNS", "."], heads, relations);
        Assert.Equal((10, "nsubj"), (heads[9], relations[9]));
        Assert.Equal((10, "obl"), (heads[2], relations[2]));
    }

    [Fact]
    public void A_noun_between_commas_after_a_prepositions_noun_is_its_apposition_and_the_noun_apposed_to_it_the_subject()
    {
        // At a news conference in Cotabato City , the regional capital , a member of the Bangsamoro parliament on Wednesday demanded that the military account for two farmers missing since the fighting began .
        string[] forms = ["At", "a", "news", "conference", "in", "Cotabato", "City", ",", "the", "regional", "capital", ",", "a", "member", "of", "the", "Bangsamoro", "parliament", "on", "Wednesday", "demanded", "that", "the", "military", "account", "for", "two", "farmers", "missing", "since", "the", "fighting", "began", "."];
        int[] heads = [3, 3, 3, 20, 6, 6, 3, 3, 10, 10, 20, 13, 13, 10, 17, 17, 17, 13, 19, 13, -1, 32, 24, 24, 32, 27, 27, 24, 27, 32, 31, 32, 20, 20];
        string[] relations = ["case", "det", "compound", "obl", "case", "compound", "nmod", "punct", "det", "amod", "nsubj", "punct", "det", "appos", "case", "det", "compound", "nmod", "case", "nmod", "root", "mark", "det", "amod", "nsubj", "case", "nummod", "nmod", "acl", "mark", "det", "nsubj", "ccomp", "punct"];
        ParseRepairs.Apply(forms, ["IN", "DT", "NN", "NN", "IN", "NNP", "NNP", ",", "DT", "JJ", "NN", ",", "DT", "NN", "IN", "DT", "NNP", "NN", "IN", "NNP", "VBD", "IN", "DT", "JJ", "NN", "IN", "CD", "NNS", "VBG", "IN", "DT", "NN", "VBD", "."], heads, relations);
        Assert.Equal((20, "nsubj"), (heads[13], relations[13]));
        Assert.Equal((6, "appos"), (heads[10], relations[10]));
    }

    [Fact]
    public void The_second_side_of_a_between_phrase_hung_on_the_first_sides_modifier_is_its_conjunct()
    {
        // Clashes between gunmen from the Shaitat tribe and a rival clan erupted in Hajin on Saturday .
        string[] forms = ["Clashes", "between", "gunmen", "from", "the", "Shaitat", "tribe", "and", "a", "rival", "clan", "erupted", "in", "Hajin", "on", "Saturday", "."];
        int[] heads = [11, 2, 0, 6, 6, 6, 2, 10, 10, 10, 6, -1, 13, 11, 15, 11, 11];
        string[] relations = ["nsubj", "case", "nmod", "case", "det", "compound", "nmod", "cc", "det", "compound", "conj", "root", "case", "obl", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "IN", "NNS", "IN", "DT", "NNP", "NN", "CC", "DT", "NN", "NN", "VBD", "IN", "NNP", "IN", "NNP", "."], heads, relations);
        Assert.Equal((2, "conj"), (heads[10], relations[10]));
    }

    [Fact]
    public void A_between_phrase_read_as_a_second_subject_belongs_to_the_noun_before_it()
    {
        // Last month , clashes between Turi and Bangash tribesmen over a forest near the village of Bagan killed at least 12 people .
        string[] forms = ["Last", "month", ",", "clashes", "between", "Turi", "and", "Bangash", "tribesmen", "over", "a", "forest", "near", "the", "village", "of", "Bagan", "killed", "at", "least", "12", "people", "."];
        int[] heads = [1, 3, 1, 17, 5, 8, 7, 5, 17, 11, 11, 8, 14, 14, 11, 16, 14, -1, 19, 20, 21, 17, 17];
        string[] relations = ["amod", "compound", "punct", "nsubj:pass", "case", "compound", "cc", "conj", "nsubj", "case", "det", "nmod", "case", "det", "nmod", "case", "nmod", "root", "case", "nmod", "nummod", "obj", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "NN", ",", "NNS", "IN", "NNP", "CC", "NNP", "NNS", "IN", "DT", "NN", "IN", "DT", "NN", "IN", "NNP", "VBD", "IN", "JJS", "CD", "NNS", "."], heads, relations);
        Assert.Equal((17, "nsubj"), (heads[3], relations[3]));
        Assert.Equal((3, "nmod"), (heads[8], relations[8]));
        Assert.Equal((8, "case"), (heads[4], relations[4]));
    }

    [Fact]
    public void A_common_noun_between_commas_after_a_prepositions_name_before_the_subject_is_the_names_apposition()
    {
        // In Kindu , the provincial capital on the Congo River , hundreds of residents marched to the governor 's office on Friday , demanding protection for mining communities .
        string[] forms = ["In", "Kindu", ",", "the", "provincial", "capital", "on", "the", "Congo", "River", ",", "hundreds", "of", "residents", "marched", "to", "the", "governor", "'s", "office", "on", "Friday", ",", "demanding", "protection", "for", "mining", "communities", "."];
        int[] heads = [1, 14, 1, 5, 5, 14, 9, 9, 9, 5, 11, 14, 13, 11, -1, 19, 17, 19, 17, 14, 21, 14, 23, 14, 23, 27, 27, 24, 14];
        string[] relations = ["case", "obl", "punct", "det", "amod", "nsubj", "case", "det", "compound", "nmod", "punct", "nsubj", "case", "nmod", "root", "case", "det", "nmod:poss", "case", "obl", "case", "obl", "punct", "advcl", "obj", "case", "amod", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["IN", "NNP", ",", "DT", "JJ", "NN", "IN", "DT", "NNP", "NNP", ",", "NNS", "IN", "NNS", "VBD", "IN", "DT", "NN", "POS", "NN", "IN", "NNP", ",", "VBG", "NN", "IN", "VBG", "NNS", "."], heads, relations);
        Assert.Equal((1, "appos"), (heads[5], relations[5]));
        Assert.Equal((14, "nsubj"), (heads[11], relations[11]));
    }

    [Fact]
    public void A_phrase_opened_by_a_preposition_read_as_an_adverb_is_no_subject()
    {
        // Outside city hall , their spokeswoman , Ana María Rocha , demanded that the state governor meet the families in person .
        string[] forms = ["Outside", "city", "hall", ",", "their", "spokeswoman", ",", "Ana", "María", "Rocha", ",", "demanded", "that", "the", "state", "governor", "meet", "the", "families", "in", "person", "."];
        int[] heads = [2, 2, 11, 5, 5, 2, 7, 5, 7, 7, 2, -1, 16, 15, 15, 16, 11, 18, 16, 20, 16, 11];
        string[] relations = ["advmod", "compound", "nsubj", "punct", "nmod:poss", "appos", "punct", "appos", "flat", "flat", "punct", "root", "mark", "det", "compound", "nsubj", "ccomp", "det", "obj", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["RB", "NN", "NN", ",", "PRP$", "NN", ",", "NNP", "NNP", "NNP", ",", "VBD", "IN", "DT", "NN", "NN", "VB", "DT", "NNS", "IN", "NN", "."], heads, relations);
        Assert.Equal((11, "nsubj"), (heads[5], relations[5]));
        Assert.Equal((11, "obl"), (heads[2], relations[2]));
        Assert.Equal((2, "case"), (heads[0], relations[0]));
    }

    [Fact]
    public void A_past_read_as_a_participle_on_a_relative_clauses_object_is_the_noun_roots_verb_and_a_between_phrase_no_object()
    {
        // Clashes between Puntland and Galmudug forces along the line that divides the city killed at least 20 people last year .
        string[] forms = ["Clashes", "between", "Puntland", "and", "Galmudug", "forces", "along", "the", "line", "that", "divides", "the", "city", "killed", "at", "least", "20", "people", "last", "year", "."];
        int[] heads = [-1, 2, 5, 4, 2, 0, 8, 8, 5, 10, 8, 12, 10, 12, 15, 16, 17, 13, 19, 13, 0];
        string[] relations = ["root", "case", "compound", "cc", "conj", "obj", "case", "det", "nmod", "nsubj", "acl:relcl", "det", "obj", "acl", "case", "nmod", "nummod", "obj", "amod", "obl:unmarked", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "IN", "NNP", "CC", "NNP", "NNS", "IN", "DT", "NN", "WDT", "VBZ", "DT", "NN", "VBD", "IN", "JJS", "CD", "NNS", "JJ", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[13], relations[13]));
        Assert.Equal((13, "nsubj"), (heads[0], relations[0]));
        Assert.Equal((0, "nmod"), (heads[5], relations[5]));
        Assert.Equal((5, "case"), (heads[1], relations[1]));
    }

    [Fact]
    public void A_past_after_to_and_a_name_is_the_verb_of_the_noun_root_and_the_name_what_to_reaches()
    {
        // In a video circulated on social media on Saturday , masked men who said they belonged to Carteles Unidos threatened to kill growers who paid protection money to their rivals .
        string[] forms = ["In", "a", "video", "circulated", "on", "social", "media", "on", "Saturday", ",", "masked", "men", "who", "said", "they", "belonged", "to", "Carteles", "Unidos", "threatened", "to", "kill", "growers", "who", "paid", "protection", "money", "to", "their", "rivals", "."];
        int[] heads = [2, 2, 10, 2, 6, 6, 3, 8, 6, 2, 11, -1, 13, 11, 15, 13, 19, 19, 17, 15, 21, 19, 21, 24, 22, 26, 24, 29, 29, 24, 11];
        string[] relations = ["case", "det", "obl", "acl", "case", "amod", "obl", "case", "nmod", "punct", "amod", "root", "nsubj", "acl:relcl", "nsubj", "ccomp", "mark", "nsubj", "flat", "advcl", "mark", "xcomp", "obj", "nsubj", "acl:relcl", "compound", "obj", "case", "nmod:poss", "obl", "punct"];
        ParseRepairs.Apply(forms, ["IN", "DT", "NN", "VBN", "IN", "JJ", "NNS", "IN", "NNP", ",", "VBD", "NNS", "WP", "VBD", "PRP", "VBD", "IN", "NNP", "NNP", "VBD", "TO", "VB", "NNS", "WP", "VBD", "NN", "NN", "IN", "PRP$", "NNS", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[19], relations[19]));
        Assert.Equal((19, "nsubj"), (heads[11], relations[11]));
        Assert.Equal((15, "obl"), (heads[17], relations[17]));
        Assert.Equal((19, "obl"), (heads[2], relations[2]));
    }

    [Fact]
    public void A_day_after_on_read_as_the_subject_is_the_verbs_time_and_the_noun_before_it_the_subject()
    {
        // On Sunday the governor met officials of the World Food Programme in Herat to discuss food for returnees , and the World Food Programme on Monday urged donors to close a funding gap .
        string[] forms = ["On", "Sunday", "the", "governor", "met", "officials", "of", "the", "World", "Food", "Programme", "in", "Herat", "to", "discuss", "food", "for", "returnees", ",", "and", "the", "World", "Food", "Programme", "on", "Monday", "urged", "donors", "to", "close", "a", "funding", "gap", "."];
        int[] heads = [1, 4, 3, 4, -1, 4, 10, 10, 10, 10, 5, 12, 10, 14, 4, 14, 17, 14, 23, 23, 23, 23, 23, 4, 26, 26, 23, 26, 29, 26, 32, 32, 29, 4];
        string[] relations = ["case", "obl", "det", "nsubj", "root", "obj", "case", "det", "compound", "compound", "nmod", "case", "nmod", "mark", "advcl", "obj", "case", "obl", "punct", "cc", "det", "compound", "compound", "conj", "mark", "nsubj", "advcl", "obj", "mark", "xcomp", "det", "compound", "obj", "punct"];
        ParseRepairs.Apply(forms, ["IN", "NNP", "DT", "NN", "VBD", "NNS", "IN", "DT", "NNP", "NN", "NN", "IN", "NNP", "TO", "VB", "NN", "IN", "NNS", ",", "CC", "DT", "NNP", "NN", "NN", "IN", "NNP", "VBD", "NNS", "TO", "VB", "DT", "NN", "NN", "."], heads, relations);
        Assert.Equal((4, "conj"), (heads[26], relations[26]));
        Assert.Equal((26, "nsubj"), (heads[23], relations[23]));
        Assert.Equal((26, "obl"), (heads[25], relations[25]));
        Assert.Equal((26, "cc"), (heads[19], relations[19]));
    }

    [Fact]
    public void A_past_read_as_a_participle_after_a_participles_phrase_between_commas_is_the_noun_roots_verb()
    {
        // The Eastern Equatoria state governor , speaking in the state capital Torit on Wednesday , urged community leaders in both counties to hand over the culprits and return the animals .
        string[] forms = ["The", "Eastern", "Equatoria", "state", "governor", ",", "speaking", "in", "the", "state", "capital", "Torit", "on", "Wednesday", ",", "urged", "community", "leaders", "in", "both", "counties", "to", "hand", "over", "the", "culprits", "and", "return", "the", "animals", "."];
        int[] heads = [4, 2, 4, 4, -1, 6, 4, 10, 10, 10, 6, 10, 13, 6, 15, 6, 17, 15, 20, 20, 15, 22, 15, 25, 25, 22, 27, 22, 29, 27, 4];
        string[] relations = ["det", "amod", "compound", "compound", "root", "punct", "acl", "case", "det", "compound", "obl", "flat", "case", "obl", "punct", "advcl", "compound", "obj", "case", "det", "obl", "mark", "advcl", "case", "det", "obl", "cc", "conj", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNP", "NNP", "NN", "NN", ",", "VBG", "IN", "DT", "NN", "NN", "NNP", "IN", "NNP", ",", "VBN", "NN", "NNS", "IN", "DT", "NNS", "TO", "VB", "IN", "DT", "NNS", "CC", "VB", "DT", "NNS", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[15], relations[15]));
        Assert.Equal((15, "nsubj"), (heads[4], relations[4]));
    }

    [Fact]
    public void A_second_subject_after_the_comma_ending_the_firsts_of_phrase_is_a_conjunct_of_that_phrase()
    {
        // The office called for an investigation , while the embassies of India , the United States and the European Union urged all sides to exercise restraint .
        string[] forms = ["The", "office", "called", "for", "an", "investigation", ",", "while", "the", "embassies", "of", "India", ",", "the", "United", "States", "and", "the", "European", "Union", "urged", "all", "sides", "to", "exercise", "restraint", "."];
        int[] heads = [1, 2, -1, 5, 5, 2, 20, 20, 9, 20, 11, 9, 9, 15, 15, 20, 19, 19, 19, 15, 2, 22, 20, 24, 22, 24, 2];
        string[] relations = ["det", "nsubj", "root", "case", "det", "obl", "punct", "mark", "det", "nsubj", "case", "nmod", "punct", "det", "amod", "nsubj", "cc", "det", "amod", "conj", "advcl", "det", "obj", "mark", "acl", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "IN", "DT", "NN", ",", "IN", "DT", "NNS", "IN", "NNP", ",", "DT", "NNP", "NNPS", "CC", "DT", "NNP", "NNP", "VBD", "DT", "NNS", "TO", "VB", "NN", "."], heads, relations);
        Assert.Equal((11, "conj"), (heads[15], relations[15]));
        Assert.Equal((20, "nsubj"), (heads[9], relations[9]));
    }

    [Fact]
    public void A_noun_before_later_and_a_day_is_the_subject_of_the_past_after_them()
    {
        // Jihadist fighters later on Sunday stormed an army base .
        string[] forms = ["Jihadist", "fighters", "later", "on", "Sunday", "stormed", "an", "army", "base", "."];
        int[] heads = [1, 2, -1, 4, 2, 4, 8, 8, 5, 2];
        string[] relations = ["amod", "obl:unmarked", "root", "case", "obl", "acl", "det", "compound", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "NNS", "RBR", "IN", "NNP", "VBD", "DT", "NN", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[5], relations[5]));
        Assert.Equal((5, "nsubj"), (heads[1], relations[1]));
        Assert.Equal((5, "advmod"), (heads[2], relations[2]));
        Assert.Equal((5, "obl"), (heads[4], relations[4]));
        // (Not a stretch of time: "Hours later on Sunday police arrested five men" keeps its own parse of "Hours".)
        string[] hours = ["Hours", "later", "on", "Sunday", "police", "arrested", "five", "men", "."];
        int[] hoursHeads = [1, 5, 3, 5, 5, -1, 7, 5, 5];
        string[] hoursRelations = ["obl:unmarked", "advmod", "case", "obl", "nsubj", "root", "nummod", "obj", "punct"];
        ParseRepairs.Apply(hours, ["NNS", "RBR", "IN", "NNP", "NN", "VBD", "CD", "NNS", "."], hoursHeads, hoursRelations);
        Assert.Equal((1, "obl:unmarked"), (hoursHeads[0], hoursRelations[0]));
    }

    [Fact]
    public void A_between_phrase_hung_on_a_time_after_a_noun_is_the_nouns()
    {
        // The arrests set off a gunfight on Tuesday night between police and gunmen from the suspects ' clan .
        string[] forms = ["The", "arrests", "set", "off", "a", "gunfight", "on", "Tuesday", "night", "between", "police", "and", "gunmen", "from", "the", "suspects", "'", "clan", "."];
        int[] heads = [1, 2, -1, 5, 5, 2, 8, 8, 2, 10, 8, 12, 10, 17, 15, 17, 15, 10, 2];
        string[] relations = ["det", "nsubj", "root", "case", "det", "obl", "case", "compound", "obl", "case", "nmod", "cc", "conj", "case", "det", "nmod:poss", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNS", "VBD", "IN", "DT", "NN", "IN", "NNP", "NN", "IN", "NNS", "CC", "NNS", "IN", "DT", "NNS", "POS", "NN", "."], heads, relations);
        Assert.Equal((5, "nmod"), (heads[10], relations[10]));
        Assert.Equal((2, "obl"), (heads[8], relations[8]));
    }

    [Fact]
    public void A_day_before_after_read_as_a_passives_subject_is_the_time_of_its_clause()
    {
        // At least five people were killed in clashes between Baoulé farmers and Malinké traders in the central Ivorian town of Béoumi on Wednesday , local officials said , a day after a young moto - taxi driver was stabbed to death on the outskirts of the town .
        string[] forms = ["At", "least", "five", "people", "were", "killed", "in", "clashes", "between", "Baoulé", "farmers", "and", "Malinké", "traders", "in", "the", "central", "Ivorian", "town", "of", "Béoumi", "on", "Wednesday", ",", "local", "officials", "said", ",", "a", "day", "after", "a", "young", "moto", "-", "taxi", "driver", "was", "stabbed", "to", "death", "on", "the", "outskirts", "of", "the", "town", "."];
        int[] heads = [1, 2, 3, 5, 5, -1, 7, 5, 10, 10, 7, 13, 13, 10, 18, 18, 18, 18, 10, 20, 18, 22, 18, 18, 25, 26, 5, 38, 29, 38, 36, 36, 36, 35, 33, 36, 29, 38, 26, 40, 38, 43, 43, 38, 46, 46, 43, 5];
        string[] relations = ["case", "nmod", "nummod", "nsubj:pass", "aux:pass", "root", "case", "obl", "case", "compound", "nmod", "cc", "compound", "conj", "case", "det", "amod", "compound", "nmod", "case", "nmod", "case", "nmod", "punct", "amod", "nsubj", "advcl:relcl", "punct", "det", "nsubj:pass", "case", "det", "amod", "compound", "punct", "compound", "nmod", "aux:pass", "ccomp", "case", "obl", "case", "det", "obl", "case", "det", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["IN", "JJS", "CD", "NNS", "VBD", "VBN", "IN", "NNS", "IN", "NNP", "NNS", "CC", "NNP", "NNS", "IN", "DT", "JJ", "NNP", "NN", "IN", "NNP", "IN", "NNP", ",", "JJ", "NNS", "VBD", ",", "DT", "NN", "IN", "DT", "JJ", "NN", "HYPH", "NN", "NN", "VBD", "VBN", "IN", "NN", "IN", "DT", "NNS", "IN", "DT", "NN", "."], heads, relations);
        Assert.Equal((38, "nsubj:pass"), (heads[36], relations[36]));
        Assert.Equal((38, "mark"), (heads[30], relations[30]));
        Assert.Equal("advcl", relations[38]);
    }

    [Fact]
    public void A_name_after_a_title_in_the_subjects_phrase_is_the_titles_person_not_a_second_subject()
    {
        // The opposition PPA - CI party of former president Laurent Gbagbo accused the government of failing to protect residents .
        string[] forms = ["The", "opposition", "PPA", "-", "CI", "party", "of", "former", "president", "Laurent", "Gbagbo", "accused", "the", "government", "of", "failing", "to", "protect", "residents", "."];
        int[] heads = [1, 11, 5, 4, 2, 1, 8, 8, 5, 11, 9, -1, 13, 11, 15, 13, 17, 15, 17, 11];
        string[] relations = ["det", "nsubj", "compound", "punct", "flat", "nmod", "case", "amod", "nmod", "nsubj", "flat", "root", "det", "obj", "mark", "acl", "mark", "advcl", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "NNP", "HYPH", "NNP", "NN", "IN", "JJ", "NN", "NNP", "NNP", "VBD", "DT", "NN", "IN", "VBG", "TO", "VB", "NNS", "."], heads, relations);
        Assert.Equal("nmod", relations[9]);
        Assert.Equal((9, "nmod:desc"), (heads[8], relations[8]));
        Assert.Equal(9, heads[6]);
    }

    [Fact]
    public void A_name_after_the_word_name_is_its_apposition_not_a_second_subject()
    {
        // A Wazalendo commander who goes by the name Kabamba threatened the rebels with an assault on Bukavu .
        string[] forms = ["A", "Wazalendo", "commander", "who", "goes", "by", "the", "name", "Kabamba", "threatened", "the", "rebels", "with", "an", "assault", "on", "Bukavu", "."];
        int[] heads = [2, 2, 9, 4, 2, 7, 7, 9, 9, -1, 11, 9, 14, 14, 11, 16, 14, 9];
        string[] relations = ["det", "compound", "nsubj", "nsubj", "acl:relcl", "case", "det", "obl", "nsubj", "root", "det", "obj", "case", "det", "nmod", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNP", "NN", "WP", "VBZ", "IN", "DT", "NN", "NNP", "VBD", "DT", "NNS", "IN", "DT", "NN", "IN", "NNP", "."], heads, relations);
        Assert.Equal((7, "appos"), (heads[8], relations[8]));
        Assert.Equal((9, "nsubj"), (heads[2], relations[2]));
    }

    [Fact]
    public void A_noun_after_the_comma_closing_an_opening_participles_phrase_with_a_name_apposed_is_the_subject()
    {
        // Speaking in Bossangoa on Tuesday evening , the prefect of Ouham , Hervé Ngoutou , urged residents to stay calm .
        string[] forms = ["Speaking", "in", "Bossangoa", "on", "Tuesday", "evening", ",", "the", "prefect", "of", "Ouham", ",", "Hervé", "Ngoutou", ",", "urged", "residents", "to", "stay", "calm", "."];
        int[] heads = [15, 2, 0, 5, 5, 0, 0, 8, 0, 10, 8, 12, 10, 12, 15, -1, 15, 18, 15, 18, 15];
        string[] relations = ["advcl", "case", "obl", "case", "compound", "obl", "punct", "det", "obj", "case", "nmod", "punct", "appos", "flat", "punct", "root", "iobj", "mark", "xcomp", "xcomp", "punct"];
        ParseRepairs.Apply(forms, ["VBG", "IN", "NNP", "IN", "NNP", "NN", ",", "DT", "NN", "IN", "NNP", ",", "NNP", "NNP", ",", "VBD", "NNS", "TO", "VB", "JJ", "."], heads, relations);
        Assert.Equal((15, "nsubj"), (heads[8], relations[8]));
        Assert.Equal((8, "appos"), (heads[12], relations[12]));
    }

    [Fact]
    public void A_past_read_as_a_modifier_of_a_name_roots_object_is_the_root()
    {
        // Amnesty International last month accused soldiers and VDP fighters of summarily executing dozens of men near Barsalogho .
        string[] forms = ["Amnesty", "International", "last", "month", "accused", "soldiers", "and", "VDP", "fighters", "of", "summarily", "executing", "dozens", "of", "men", "near", "Barsalogho", "."];
        int[] heads = [-1, 5, 3, 4, 5, 0, 8, 8, 5, 11, 11, 5, 11, 14, 12, 16, 11, 0];
        string[] relations = ["root", "amod", "amod", "obl:unmarked", "amod", "obj", "cc", "compound", "conj", "mark", "advmod", "acl", "obj", "case", "nmod", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "NNP", "JJ", "NN", "VBD", "NNS", "CC", "NNP", "NNS", "IN", "RB", "VBG", "NNS", "IN", "NNS", "IN", "NNP", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[4], relations[4]));
        Assert.Equal((4, "nsubj"), (heads[0], relations[0]));
        Assert.Equal((4, "obj"), (heads[5], relations[5]));
        Assert.Equal((0, "flat"), (heads[1], relations[1]));
        Assert.Equal(4, heads[17]);
    }

    [Fact]
    public void An_opening_place_before_a_distance_read_as_the_root_is_where_the_clause_after_happened()
    {
        // In Ubari , about 190 km ( 120 miles ) west of Sabha , residents blocked the main road with burning tyres on Monday to protest a lack of fuel .
        string[] forms = ["In", "Ubari", ",", "about", "190", "km", "(", "120", "miles", ")", "west", "of", "Sabha", ",", "residents", "blocked", "the", "main", "road", "with", "burning", "tyres", "on", "Monday", "to", "protest", "a", "lack", "of", "fuel", "."];
        int[] heads = [1, -1, 1, 4, 5, 1, 8, 8, 5, 8, 15, 12, 10, 12, 15, 5, 18, 18, 15, 21, 21, 18, 23, 21, 25, 15, 27, 25, 29, 27, 1];
        string[] relations = ["case", "root", "punct", "advmod", "nummod", "parataxis", "punct", "nummod", "appos", "punct", "advmod", "case", "obl", "punct", "nsubj", "acl", "det", "amod", "obj", "case", "compound", "nmod", "case", "nmod", "mark", "advcl", "det", "obj", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["IN", "NNP", ",", "RB", "CD", "NN", "-LRB-", "CD", "NNS", "-RRB-", "RB", "IN", "NNP", ",", "NNS", "VBD", "DT", "JJ", "NN", "IN", "NN", "NNS", "IN", "NNP", "TO", "VB", "DT", "NN", "IN", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[15], relations[15]));
        Assert.Equal((15, "obl"), (heads[1], relations[1]));
        Assert.Equal((1, "nmod:unmarked"), (heads[5], relations[5]));
        Assert.Equal((1, "nmod:unmarked"), (heads[10], relations[10]));
        Assert.Equal(15, heads[30]);
    }

    [Fact]
    public void A_whose_clause_on_the_first_subject_read_as_the_main_clause_is_its_relative_clause()
    {
        // The BYC , whose leader Mahrang Baloch was arrested in Quetta last month , accused security agencies on Wednesday of abducting its members .
        string[] forms = ["The", "BYC", ",", "whose", "leader", "Mahrang", "Baloch", "was", "arrested", "in", "Quetta", "last", "month", ",", "accused", "security", "agencies", "on", "Wednesday", "of", "abducting", "its", "members", "."];
        int[] heads = [1, 8, 1, 4, 8, 4, 5, 8, -1, 10, 8, 12, 8, 14, 8, 16, 14, 18, 14, 20, 18, 22, 20, 8];
        string[] relations = ["det", "nsubj:pass", "punct", "nmod:poss", "nsubj:pass", "appos", "flat", "aux:pass", "root", "case", "obl", "amod", "obl:unmarked", "punct", "advcl", "compound", "obj", "case", "obl", "mark", "acl", "nmod:poss", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNP", ",", "WP$", "NN", "NNP", "NNP", "VBD", "VBN", "IN", "NNP", "JJ", "NN", ",", "VBN", "NN", "NNS", "IN", "NNP", "IN", "VBG", "PRP$", "NNS", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[14], relations[14]));
        Assert.Equal((14, "nsubj"), (heads[1], relations[1]));
        Assert.Equal((1, "acl:relcl"), (heads[8], relations[8]));
        Assert.Equal((8, "nsubj:pass"), (heads[4], relations[4]));
    }

    [Fact]
    public void A_day_after_on_read_as_the_subject_with_the_real_subject_hung_on_it_gives_the_verb_both()
    {
        // The SDF , in a statement late on Wednesday , accused government - allied factions of using the bombing as a pretext .
        string[] forms = ["The", "SDF", ",", "in", "a", "statement", "late", "on", "Wednesday", ",", "accused", "government", "-", "allied", "factions", "of", "using", "the", "bombing", "as", "a", "pretext", "."];
        int[] heads = [1, 8, 5, 5, 5, 1, 8, 8, -1, 10, 8, 13, 11, 14, 10, 16, 14, 18, 16, 21, 21, 16, 8];
        string[] relations = ["det", "nsubj", "punct", "case", "det", "nmod", "advmod", "case", "root", "punct", "conj", "compound", "punct", "amod", "obj", "mark", "acl", "det", "obj", "case", "det", "obl", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", ",", "IN", "DT", "NN", "RB", "IN", "NNP", ",", "VBD", "NN", "HYPH", "VBN", "NNS", "IN", "VBG", "DT", "NN", "IN", "DT", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[10], relations[10]));
        Assert.Equal((10, "nsubj"), (heads[1], relations[1]));
        Assert.Equal((10, "obl"), (heads[8], relations[8]));
    }

    [Fact]
    public void A_time_read_as_the_subject_of_a_verb_hung_on_a_noun_root_is_the_verbs_time()
    {
        // A Cameroonian rights group , the Centre for Human Rights and Democracy in Africa , last month accused soldiers of executing three men .
        string[] forms = ["A", "Cameroonian", "rights", "group", ",", "the", "Centre", "for", "Human", "Rights", "and", "Democracy", "in", "Africa", ",", "last", "month", "accused", "soldiers", "of", "executing", "three", "men", "."];
        int[] heads = [3, 3, 3, -1, 6, 6, 3, 9, 9, 6, 11, 9, 13, 6, 16, 16, 17, 3, 17, 20, 18, 22, 20, 17];
        string[] relations = ["det", "amod", "compound", "root", "punct", "det", "appos", "case", "amod", "nmod", "cc", "conj", "case", "nmod", "punct", "amod", "nsubj", "parataxis", "obj", "mark", "acl", "nummod", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "JJ", "NNS", "NN", ",", "DT", "NNP", "IN", "NNP", "NNPS", "CC", "NN", "IN", "NNP", ",", "JJ", "NN", "VBD", "NNS", "IN", "VBG", "CD", "NNS", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[17], relations[17]));
        Assert.Equal((17, "nsubj"), (heads[3], relations[3]));
        Assert.Equal((17, "obl:unmarked"), (heads[16], relations[16]));
    }

    [Fact]
    public void A_participle_after_a_comma_hung_on_a_time_is_an_adverbial_of_the_times_verb()
    {
        // Police arrested at least 27 protesters , Mombasa county police commander Peter Kimani told reporters on Wednesday evening , accusing criminal gangs of hijacking the demonstration .
        string[] forms = ["Police", "arrested", "at", "least", "27", "protesters", ",", "Mombasa", "county", "police", "commander", "Peter", "Kimani", "told", "reporters", "on", "Wednesday", "evening", ",", "accusing", "criminal", "gangs", "of", "hijacking", "the", "demonstration", "."];
        int[] heads = [1, -1, 3, 4, 5, 1, 10, 10, 9, 10, 5, 13, 11, 1, 13, 16, 14, 13, 19, 17, 21, 19, 23, 21, 25, 23, 1];
        string[] relations = ["nsubj", "root", "case", "nmod", "nummod", "obj", "punct", "compound", "compound", "compound", "appos", "nsubj", "flat", "conj", "iobj", "case", "nmod", "iobj", "punct", "acl", "amod", "obj", "mark", "acl", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "IN", "JJS", "CD", "NNS", ",", "NNP", "NN", "NN", "NN", "NNP", "NNP", "VBD", "NNS", "IN", "NNP", "NN", ",", "VBG", "JJ", "NNS", "IN", "VBG", "DT", "NN", "."], heads, relations);
        Assert.Equal((13, "advcl"), (heads[19], relations[19]));
    }

    [Fact]
    public void An_adjective_after_its_noun_read_as_the_subject_modifies_it_and_a_plural_with_its_own_of_phrase_is_the_second_side()
    {
        // On Sunday , forces loyal to the interim administration and fighters of the Debretsion faction clashed for several hours on the outskirts of Axum .
        string[] forms = ["On", "Sunday", ",", "forces", "loyal", "to", "the", "interim", "administration", "and", "fighters", "of", "the", "Debretsion", "faction", "clashed", "for", "several", "hours", "on", "the", "outskirts", "of", "Axum", "."];
        int[] heads = [1, 15, 4, 4, 15, 8, 8, 8, 4, 10, 8, 14, 14, 14, 10, -1, 18, 18, 15, 21, 21, 15, 23, 21, 15];
        string[] relations = ["case", "obl", "punct", "nsubj", "nsubj", "case", "det", "amod", "obl", "cc", "conj", "case", "det", "compound", "nmod", "root", "case", "amod", "obl", "case", "det", "obl", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["IN", "NNP", ",", "NNS", "JJ", "IN", "DT", "JJ", "NN", "CC", "NNS", "IN", "DT", "NNP", "NN", "VBD", "IN", "JJ", "NNS", "IN", "DT", "NNS", "IN", "NNP", "."], heads, relations);
        Assert.Equal((15, "nsubj"), (heads[3], relations[3]));
        Assert.Equal((3, "amod"), (heads[4], relations[4]));
        Assert.Equal((3, "conj"), (heads[10], relations[10]));
    }

    [Fact]
    public void An_infinitive_in_the_adjuncts_of_threatened_is_what_it_threatens()
    {
        // Last week , a gang leader threatened in a video posted on social media to attack police stations in Kashmor if the operations continued .
        string[] forms = ["Last", "week", ",", "a", "gang", "leader", "threatened", "in", "a", "video", "posted", "on", "social", "media", "to", "attack", "police", "stations", "in", "Kashmor", "if", "the", "operations", "continued", "."];
        int[] heads = [1, 6, 1, 5, 5, 6, -1, 9, 9, 6, 9, 13, 13, 10, 15, 10, 17, 15, 19, 15, 23, 22, 23, 15, 6];
        string[] relations = ["amod", "obl:unmarked", "punct", "det", "compound", "nsubj", "root", "case", "det", "obl", "acl", "case", "amod", "obl", "mark", "advcl", "compound", "obj", "case", "obl", "mark", "det", "nsubj", "advcl", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "NN", ",", "DT", "NN", "NN", "VBD", "IN", "DT", "NN", "VBN", "IN", "JJ", "NN", "TO", "VB", "NNS", "NNS", "IN", "NNP", "IN", "DT", "NNS", "VBN", "."], heads, relations);
        Assert.Equal((6, "xcomp"), (heads[15], relations[15]));
    }

    [Fact]
    public void A_noun_after_in_and_a_month_read_as_the_months_compound_is_the_subject_of_the_verb_after_it()
    {
        // Gunmen shot dead a bus driver in Galapa , and in May police captured a senior Los Pepes commander in Puerto Colombia .
        string[] forms = ["Gunmen", "shot", "dead", "a", "bus", "driver", "in", "Galapa", ",", "and", "in", "May", "police", "captured", "a", "senior", "Los", "Pepes", "commander", "in", "Puerto", "Colombia", "."];
        int[] heads = [1, -1, 5, 5, 5, 1, 7, 5, 13, 13, 12, 12, 13, 1, 18, 18, 17, 18, 13, 20, 18, 20, 1];
        string[] relations = ["nsubj", "root", "amod", "det", "compound", "obj", "case", "nmod", "punct", "cc", "case", "compound", "obl", "conj", "det", "amod", "compound", "compound", "obj", "case", "nmod", "flat", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "JJ", "DT", "NN", "NN", "IN", "NNP", ",", "CC", "IN", "NNP", "NN", "VBD", "DT", "JJ", "NNP", "NNP", "NN", "IN", "NNP", "NNP", "."], heads, relations);
        Assert.Equal((13, "nsubj"), (heads[12], relations[12]));
        Assert.Equal((13, "obl"), (heads[11], relations[11]));
        Assert.Equal((11, "case"), (heads[10], relations[10]));
    }

    [Fact]
    public void A_subjectless_past_beside_a_name_root_after_its_apposition_is_the_root()
    {
        // Asad Marwat , the opposition Pakistan Tehreek - e-Insaf candidate for the seat , on Sunday evening accused the federal government of failing to protect voters and called on the Election Commission to postpone the vote .
        string[] forms = ["Asad", "Marwat", ",", "the", "opposition", "Pakistan", "Tehreek", "-", "e-Insaf", "candidate", "for", "the", "seat", ",", "on", "Sunday", "evening", "accused", "the", "federal", "government", "of", "failing", "to", "protect", "voters", "and", "called", "on", "the", "Election", "Commission", "to", "postpone", "the", "vote", "."];
        int[] heads = [-1, 0, 9, 4, 9, 4, 5, 8, 6, 0, 12, 12, 9, 17, 16, 16, 17, 0, 20, 20, 17, 22, 20, 24, 22, 24, 27, 24, 31, 31, 31, 27, 33, 27, 35, 33, 0];
        string[] relations = ["root", "flat", "punct", "det", "compound", "appos", "flat", "punct", "flat", "appos", "case", "det", "nmod", "punct", "case", "compound", "obl", "parataxis", "det", "amod", "obj", "mark", "acl", "mark", "advcl", "obj", "cc", "conj", "case", "det", "compound", "obl", "mark", "advcl", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "NNP", ",", "DT", "NN", "NNP", "NNP", "HYPH", "NNP", "NN", "IN", "DT", "NN", ",", "IN", "NNP", "NN", "VBD", "DT", "JJ", "NN", "IN", "VBG", "TO", "VB", "NNS", "CC", "VBN", "IN", "DT", "NNP", "NNP", "TO", "VB", "DT", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[17], relations[17]));
        Assert.Equal((17, "nsubj"), (heads[0], relations[0]));
        Assert.Equal(17, heads[36]);
    }

    [Fact]
    public void A_subordinators_noun_followed_by_and_and_a_clauses_subject_is_that_clauses_first_subject()
    {
        // The unrest began on Monday after Australian - led peacekeepers and local police fired tear gas at the protesters .
        string[] forms = ["The", "unrest", "began", "on", "Monday", "after", "Australian", "-", "led", "peacekeepers", "and", "local", "police", "fired", "tear", "gas", "at", "the", "protesters", "."];
        int[] heads = [1, 2, -1, 4, 2, 9, 8, 6, 9, 2, 12, 12, 9, 15, 15, 9, 18, 18, 15, 2];
        string[] relations = ["det", "nsubj", "root", "case", "obl", "case", "obl:unmarked", "punct", "amod", "obl", "cc", "amod", "conj", "amod", "compound", "conj", "case", "det", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "IN", "NNP", "IN", "JJ", "HYPH", "VBN", "NNS", "CC", "JJ", "NN", "VBN", "NN", "NN", "IN", "DT", "NNS", "."], heads, relations);
        Assert.Equal((2, "advcl"), (heads[13], relations[13]));
        Assert.Equal((13, "nsubj"), (heads[9], relations[9]));
        Assert.Equal((9, "conj"), (heads[12], relations[12]));
        Assert.Equal((13, "mark"), (heads[5], relations[5]));
    }

    [Fact]
    public void A_second_reported_clause_whose_and_hangs_on_its_subject_is_the_firsts_conjunct()
    {
        // Prosecutors opened an investigation into whether guards helped the inmates escape , and police in Esmeraldas detained three guards for questioning , the attorney general 's office said .
        string[] forms = ["Prosecutors", "opened", "an", "investigation", "into", "whether", "guards", "helped", "the", "inmates", "escape", ",", "and", "police", "in", "Esmeraldas", "detained", "three", "guards", "for", "questioning", ",", "the", "attorney", "general", "'s", "office", "said", "."];
        int[] heads = [1, 27, 3, 1, 7, 7, 7, 1, 9, 7, 7, 13, 13, 16, 15, 13, 27, 18, 16, 20, 16, 20, 24, 24, 26, 24, 27, -1, 27];
        string[] relations = ["nsubj", "ccomp", "det", "obj", "mark", "mark", "nsubj", "advcl", "det", "obj", "xcomp", "punct", "cc", "nsubj", "case", "nmod", "ccomp", "nummod", "obj", "mark", "advcl", "punct", "det", "compound", "nmod:poss", "case", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "DT", "NN", "IN", "IN", "NNS", "VBD", "DT", "NNS", "VB", ",", "CC", "NN", "IN", "NNP", "VBD", "CD", "NNS", "IN", "VBG", ",", "DT", "NN", "NN", "POS", "NN", "VBD", "."], heads, relations);
        Assert.Equal((1, "conj"), (heads[16], relations[16]));
    }

    [Fact]
    public void A_past_tense_after_the_subjects_apposition_is_its_first_verb_and_the_verb_after_and_its_conjunct()
    {
        // The Syrian Observatory for Human Rights , a Britain - based war monitor , put the death toll at 11 and said the blast was followed by an exchange of gunfire .
        string[] forms = ["The", "Syrian", "Observatory", "for", "Human", "Rights", ",", "a", "Britain", "-", "based", "war", "monitor", ",", "put", "the", "death", "toll", "at", "11", "and", "said", "the", "blast", "was", "followed", "by", "an", "exchange", "of", "gunfire", "."];
        int[] heads = [2, 2, 21, 5, 5, 2, 12, 12, 10, 8, 12, 12, 2, 14, 12, 17, 17, 14, 19, 14, 21, -1, 23, 25, 25, 21, 28, 28, 25, 30, 28, 21];
        string[] relations = ["det", "amod", "nsubj", "case", "amod", "nmod", "punct", "det", "compound", "punct", "amod", "compound", "appos", "punct", "conj", "det", "compound", "obj", "case", "obl", "cc", "root", "det", "nsubj:pass", "aux:pass", "ccomp", "case", "det", "obl:agent", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["DT", "JJ", "NN", "IN", "JJ", "NNPS", ",", "DT", "NNP", "HYPH", "VBN", "NN", "NN", ",", "VBD", "DT", "NN", "NN", "IN", "CD", "CC", "VBD", "DT", "NN", "VBD", "VBN", "IN", "DT", "NN", "IN", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[14], relations[14]));
        Assert.Equal((14, "nsubj"), (heads[2], relations[2]));
        Assert.Equal((14, "conj"), (heads[21], relations[21]));
        Assert.Equal(14, heads[31]);
    }

    [Fact]
    public void A_trailing_reporter_citing_its_source_after_its_subjects_nouns_hung_elsewhere_reports_the_root()
    {
        // A car bomb exploded at a security checkpoint on the outskirts of Homs on Saturday , killing eight people , among them five members of the security forces , state news agency SANA reported , citing a security source .
        string[] forms = "A car bomb exploded at a security checkpoint on the outskirts of Homs on Saturday , killing eight people , among them five members of the security forces , state news agency SANA reported , citing a security source .".Split(' ');
        string[] xpos = "DT NN NN VBD IN DT NN NN IN DT NNS IN NNP IN NNP , VBG CD NNS , IN PRP CD NNS IN DT NN NNS , NN NN NN NNP VBD , VBG DT NN NN .".Split(' ');
        int[] heads = [2, 2, 3, -1, 7, 7, 7, 3, 10, 10, 7, 12, 10, 14, 3, 16, 3, 18, 16, 21, 21, 18, 23, 21, 27, 27, 27, 23, 21, 30, 31, 28, 33, 31, 35, 33, 38, 38, 35, 3];
        string[] relations = ("det compound nsubj root case det compound obl case det nmod case nmod case obl punct advcl nummod obj punct case nmod nummod conj case det "
                              + "compound nmod punct compound compound appos nsubj acl:relcl punct advcl det compound obj punct").Split(' ');
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((3, "parataxis"), (heads[33], relations[33]));
        Assert.Equal((32, 33), (heads[31], heads[32]));
    }

    [Fact]
    public void A_by_phrase_right_after_an_according_to_noun_is_that_nouns_not_the_passives_agent()
    {
        // Mayor Juan Carlos Ortega was shot at least 20 times , according to a preliminary report by the state prosecutor 's office .
        string[] forms = ["Mayor", "Juan", "Carlos", "Ortega", "was", "shot", "at", "least", "20", "times", ",", "according", "to", "a", "preliminary", "report", "by", "the", "state", "prosecutor", "'s", "office", "."];
        int[] heads = [3, 3, 1, 5, 5, -1, 7, 8, 9, 5, 5, 15, 11, 15, 15, 5, 21, 19, 19, 21, 19, 5, 5];
        string[] relations = ["compound", "compound", "flat", "nsubj:pass", "aux:pass", "root", "case", "nmod", "nummod", "obl:unmarked", "punct", "case", "fixed", "det", "amod", "obl", "case", "det", "compound", "nmod:poss", "case", "obl:agent", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "NNP", "NNP", "NNP", "VBD", "VBN", "IN", "JJS", "CD", "NNS", ",", "VBG", "IN", "DT", "JJ", "NN", "IN", "DT", "NN", "NN", "POS", "NN", "."], heads, relations);
        Assert.Equal((15, "nmod"), (heads[21], relations[21]));
    }

    [Fact]
    public void A_subject_pronoun_read_as_the_reporters_object_is_the_subject_of_the_verb_after_it()
    {
        // For that she drew Trump 's ire - he called her " weak " and said she had " zero support " in New Hampshire .
        string[] forms = ["For", "that", "she", "drew", "Trump", "'s", "ire", "-", "he", "called", "her", "\"", "weak", "\"", "and", "said", "she", "had", "\"", "zero", "support", "\"", "in", "New", "Hampshire", "."];
        int[] heads = [1, 3, 3, -1, 6, 4, 3, 9, 9, 3, 9, 12, 9, 12, 15, 9, 15, 3, 20, 20, 17, 20, 24, 24, 20, 3];
        string[] relations = ["case", "obl", "nsubj", "root", "nmod:poss", "case", "obj", "punct", "nsubj", "parataxis", "obj", "punct", "xcomp", "punct", "cc", "conj", "obj", "parataxis", "punct", "compound", "obj", "punct", "case", "amod", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["IN", "DT", "PRP", "VBD", "NNP", "POS", "NN", ",", "PRP", "VBD", "PRP", "``", "JJ", "''", "CC", "VBD", "PRP", "VBD", "``", "CD", "NN", "''", "IN", "NNP", "NNP", "."], heads, relations);
        Assert.Equal((15, "ccomp"), (heads[17], relations[17]));
        Assert.Equal((17, "nsubj"), (heads[16], relations[16]));
        Assert.Equal((9, "obj"), (heads[10], relations[10]));
    }

    [Fact]
    public void An_opening_after_read_as_the_case_of_a_subject_marks_an_adverbial_clause_not_what_the_reporter_says()
    {
        // After the Supreme court failed to reach a majority decision on the plan , Trump said the deadlock has kept us safe .
        string[] forms = ["After", "the", "Supreme", "court", "failed", "to", "reach", "a", "majority", "decision", "on", "the", "plan", ",", "Trump", "said", "the", "deadlock", "has", "kept", "us", "safe", "."];
        int[] heads = [3, 3, 3, 4, 15, 6, 4, 9, 9, 6, 12, 12, 9, 4, 15, -1, 17, 19, 19, 15, 19, 19, 15];
        string[] relations = ["case", "det", "compound", "nsubj", "ccomp", "mark", "xcomp", "det", "compound", "obj", "case", "det", "nmod", "punct", "nsubj", "root", "det", "nsubj", "aux", "ccomp", "obj", "xcomp", "punct"];
        ParseRepairs.Apply(forms, ["IN", "DT", "NNP", "NN", "VBD", "TO", "VB", "DT", "NN", "NN", "IN", "DT", "NN", ",", "NNP", "VBD", "DT", "NN", "VBZ", "VBN", "PRP", "JJ", "."], heads, relations);
        Assert.Equal((4, "mark"), (heads[0], relations[0]));
        Assert.Equal((15, "advcl"), (heads[4], relations[4]));
        Assert.Equal((15, "ccomp"), (heads[19], relations[19]));
    }

    [Fact]
    public void An_after_read_as_the_case_of_a_subject_after_the_verb_marks_that_verbs_adverbial_clause_not_its_conjunct()
    {
        // The protests began last week after lawmakers voted to raise taxes on bread .
        string[] forms = ["The", "protests", "began", "last", "week", "after", "lawmakers", "voted", "to", "raise", "taxes", "on", "bread", "."];
        int[] heads = [1, 2, -1, 4, 2, 6, 7, 2, 9, 7, 9, 12, 10, 2];
        string[] relations = ["det", "nsubj", "root", "amod", "obl:unmarked", "case", "nsubj", "conj", "mark", "xcomp", "obj", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNS", "VBD", "JJ", "NN", "IN", "NNS", "VBD", "TO", "VB", "NNS", "IN", "NN", "."], heads, relations);
        Assert.Equal((7, "mark"), (heads[5], relations[5]));
        Assert.Equal((2, "advcl"), (heads[7], relations[7]));
    }

    [Fact]
    public void A_day_after_a_verbs_object_hung_on_the_object_is_the_verbs()
    {
        // Clinton announced a $275 billion infrastructure spending plan on Monday .
        string[] forms = ["Clinton", "announced", "a", "$", "275", "billion", "infrastructure", "spending", "plan", "on", "Monday", "."];
        int[] heads = [1, -1, 8, 8, 5, 3, 8, 8, 1, 10, 8, 1];
        string[] relations = ["nsubj", "root", "det", "compound", "compound", "nummod", "compound", "compound", "obj", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "VBD", "DT", "$", "CD", "CD", "NN", "NN", "NN", "IN", "NNP", "."], heads, relations);
        Assert.Equal((1, "obl"), (heads[10], relations[10]));
    }

    [Fact]
    public void A_day_the_objects_own_phrases_go_on_after_stays_the_objects()
    {
        // The union began a 72-hour strike on Monday over the kidnappings .
        string[] forms = ["The", "union", "began", "a", "72", "-", "hour", "strike", "on", "Monday", "over", "the", "kidnappings", "."];
        int[] heads = [1, 2, -1, 7, 6, 4, 7, 2, 9, 7, 12, 12, 7, 2];
        string[] relations = ["det", "nsubj", "root", "det", "nummod", "punct", "compound", "obj", "case", "nmod", "case", "det", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "DT", "CD", "HYPH", "NN", "NN", "IN", "NNP", "IN", "DT", "NNS", "."], heads, relations);
        Assert.Equal((7, "nmod"), (heads[9], relations[9]));
        Assert.Equal((7, "nmod"), (heads[12], relations[12]));
    }

    [Fact]
    public void A_phrase_hung_on_the_object_across_the_verbs_adjunct_is_the_verbs()
    {
        // Mr. Lew stressed those worries on Sunday at a university forum in Beijing .
        string[] forms = ["Mr.", "Lew", "stressed", "those", "worries", "on", "Sunday", "at", "a", "university", "forum", "in", "Beijing", "."];
        int[] heads = [1, 2, -1, 4, 2, 6, 2, 10, 10, 10, 4, 12, 10, 2];
        string[] relations = ["nmod:desc", "nsubj", "root", "det", "obj", "case", "obl", "case", "det", "compound", "nmod", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "NNP", "VBD", "DT", "NNS", "IN", "NNP", "IN", "DT", "NN", "NN", "IN", "NNP", "."], heads, relations);
        Assert.Equal((2, "obl"), (heads[10], relations[10]));
    }

    [Fact]
    public void A_that_clause_coordinated_with_the_reporter_is_the_conjunct_of_what_it_reports()
    {
        // She noted that the odds were very low , and that Americans should worry more about other things .
        string[] forms = ["She", "noted", "that", "the", "odds", "were", "very", "low", ",", "and", "that", "Americans", "should", "worry", "more", "about", "other", "things", "."];
        int[] heads = [1, -1, 7, 4, 7, 7, 7, 1, 13, 13, 13, 13, 13, 1, 13, 17, 17, 13, 1];
        string[] relations = ["nsubj", "root", "mark", "det", "nsubj", "cop", "advmod", "ccomp", "punct", "cc", "mark", "nsubj", "aux", "conj", "advmod", "case", "amod", "obl", "punct"];
        ParseRepairs.Apply(forms, ["PRP", "VBD", "IN", "DT", "NNS", "VBD", "RB", "JJ", ",", "CC", "IN", "NNPS", "MD", "VB", "JJR", "IN", "JJ", "NNS", "."], heads, relations);
        Assert.Equal((7, "conj"), (heads[13], relations[13]));
    }

    [Fact]
    public void A_kind_before_a_name_read_as_a_root_with_a_relative_clause_is_the_subject_of_a_verb_that_lacks_nothing()
    {
        // Human rights group CNDDHH called for an investigation .
        string[] forms = ["Human", "rights", "group", "CNDDHH", "called", "for", "an", "investigation", "."];
        int[] heads = [1, 2, -1, 4, 2, 7, 7, 4, 2];
        string[] relations = ["amod", "compound", "root", "nsubj", "acl:relcl", "case", "det", "obl", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "NNS", "NN", "NNP", "VBD", "IN", "DT", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[4], relations[4]));
        Assert.Equal((4, "nsubj"), (heads[2], relations[2]));
        // (A relative clause on a predicate noun stays one: "That is the oath Senators swore on January 16".)
        string[] oath = ["That", "is", "the", "oath", "Senators", "swore", "on", "January", "16", "."];
        int[] oathHeads = [3, 3, 3, -1, 5, 3, 8, 8, 5, 3];
        string[] oathRelations = ["nsubj", "cop", "det", "root", "nsubj", "acl:relcl", "case", "nmod:unmarked", "obl", "punct"];
        ParseRepairs.Apply(oath, ["DT", "VBZ", "DT", "NN", "NNPS", "VBD", "IN", "NNP", "CD", "."], oathHeads, oathRelations);
        Assert.Equal((3, "acl:relcl"), (oathHeads[5], oathRelations[5]));
    }

    [Fact]
    public void A_noun_after_and_whose_verb_was_read_as_its_relative_clause_is_that_verbs_subject()
    {
        // The U.S. Embassy in Nairobi urged all sides to avoid violence , and the Law Society of Kenya said it would challenge the bill in court .
        string[] forms = ["The", "U.S.", "Embassy", "in", "Nairobi", "urged", "all", "sides", "to", "avoid", "violence", ",", "and", "the", "Law", "Society", "of", "Kenya", "said", "it", "would", "challenge", "the", "bill", "in", "court", "."];
        int[] heads = [2, 2, 5, 4, 2, -1, 7, 5, 9, 5, 9, 15, 15, 15, 15, 5, 17, 15, 15, 21, 21, 18, 23, 21, 25, 23, 5];
        string[] relations = ["det", "compound", "nsubj", "case", "nmod", "root", "det", "obj", "mark", "advcl", "obj", "punct", "cc", "det", "compound", "conj", "case", "nmod", "advcl:relcl", "nsubj", "aux", "ccomp", "det", "obj", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNP", "NNP", "IN", "NNP", "VBD", "DT", "NNS", "TO", "VB", "NN", ",", "CC", "DT", "NNP", "NNP", "IN", "NNP", "VBD", "PRP", "MD", "VB", "DT", "NN", "IN", "NN", "."], heads, relations);
        Assert.Equal((5, "conj"), (heads[18], relations[18]));
        Assert.Equal((18, "nsubj"), (heads[15], relations[15]));
        Assert.Equal((18, 18), (heads[11], heads[12]));
    }

    [Fact]
    public void A_trailing_teller_whose_subjects_phrase_holds_its_comma_reports_the_sentence_not_the_relative_clause_it_hung_on()
    {
        // Investigators believe the attack may have been carried out by the cartel , which has been fighting a local gang for control of drug sales in the area , a state official who was not authorized to speak publicly told The Associated Press .
        string[] forms = ["Investigators", "believe", "the", "attack", "may", "have", "been", "carried", "out", "by", "the", "cartel", ",", "which", "has", "been", "fighting", "a", "local", "gang", "for", "control", "of", "drug", "sales", "in", "the", "area", ",", "a", "state", "official", "who", "was", "not", "authorized", "to", "speak", "publicly", "told", "The", "Associated", "Press", "."];
        int[] heads = [1, -1, 3, 7, 7, 7, 7, 1, 7, 11, 11, 7, 16, 16, 16, 16, 7, 19, 19, 16, 21, 19, 24, 24, 21, 27, 27, 24, 31, 31, 31, 39, 35, 35, 35, 31, 37, 35, 39, 16, 42, 42, 39, 1];
        string[] relations = ["nsubj", "root", "det", "nsubj:pass", "aux", "aux", "aux:pass", "ccomp", "compound:prt", "case", "det", "obl:agent", "punct", "nsubj", "aux", "aux", "advcl:relcl", "det", "amod", "obj", "case", "nmod", "case", "compound", "nmod", "case", "det", "nmod", "punct", "det", "compound", "nsubj", "nsubj:pass", "aux:pass", "advmod", "acl:relcl", "mark", "xcomp", "advmod", "parataxis", "det", "amod", "iobj", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBP", "DT", "NN", "MD", "VB", "VBN", "VBN", "RP", "IN", "DT", "NN", ",", "WDT", "VBZ", "VBN", "VBG", "DT", "JJ", "NN", "IN", "NN", "IN", "NN", "NNS", "IN", "DT", "NN", ",", "DT", "NN", "NN", "WP", "VBD", "RB", "VBN", "TO", "VB", "RB", "VBD", "DT", "NNP", "NNP", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[39], relations[39]));
        Assert.Equal((39, "ccomp"), (heads[1], relations[1]));
    }

    [Fact]
    public void A_participle_on_the_subject_before_and_the_root_is_the_first_of_two_coordinated_verbs()
    {
        // Pakistani and Afghan officials met in Doha last month and agreed to set up a joint mechanism .
        string[] forms = ["Pakistani", "and", "Afghan", "officials", "met", "in", "Doha", "last", "month", "and", "agreed", "to", "set", "up", "a", "joint", "mechanism", "."];
        int[] heads = [3, 2, 0, 10, 3, 6, 4, 8, 4, 10, -1, 12, 10, 12, 16, 16, 12, 10];
        string[] relations = ["amod", "cc", "conj", "nsubj", "acl", "case", "obl", "amod", "obl:unmarked", "cc", "root", "mark", "xcomp", "compound:prt", "det", "amod", "obj", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "CC", "JJ", "NNS", "VBN", "IN", "NNP", "JJ", "NN", "CC", "VBD", "TO", "VB", "RP", "DT", "JJ", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[4], relations[4]));
        Assert.Equal((4, "nsubj"), (heads[3], relations[3]));
        Assert.Equal((4, "conj"), (heads[10], relations[10]));
    }

    [Fact]
    public void A_reporter_inserted_after_a_that_clause_is_no_clause_of_the_verb_that_reports_it()
    {
        // The Pakistani Taliban denied that any of its fighters had been killed , spokesman Muhammad Khurasani said in a post on X , and accused the army of killing civilians .
        string[] forms = ["The", "Pakistani", "Taliban", "denied", "that", "any", "of", "its", "fighters", "had", "been", "killed", ",", "spokesman", "Muhammad", "Khurasani", "said", "in", "a", "post", "on", "X", ",", "and", "accused", "the", "army", "of", "killing", "civilians", "."];
        int[] heads = [2, 2, 3, -1, 11, 11, 8, 8, 5, 11, 11, 16, 11, 14, 16, 14, 3, 19, 19, 16, 21, 19, 24, 24, 16, 26, 24, 28, 26, 28, 3];
        string[] relations = ["det", "amod", "nsubj", "root", "mark", "nsubj:pass", "case", "nmod:poss", "nmod", "aux", "aux:pass", "advcl", "punct", "nmod:desc", "nsubj", "flat", "ccomp", "case", "det", "obl", "case", "nmod", "punct", "cc", "conj", "det", "obj", "mark", "acl", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "JJ", "NNP", "VBD", "IN", "DT", "IN", "PRP$", "NNS", "VBD", "VBN", "VBN", ",", "NN", "NNP", "NNP", "VBD", "IN", "DT", "NN", "IN", "NN", ",", "CC", "VBD", "DT", "NN", "IN", "VBG", "NNS", "."], heads, relations);
        Assert.Equal((3, "ccomp"), (heads[11], relations[11]));
        Assert.Equal((3, "parataxis"), (heads[16], relations[16]));
        Assert.Equal((3, "conj"), (heads[24], relations[24]));
    }

    [Fact]
    public void A_count_after_and_read_as_a_second_report_is_the_conjunct_of_the_reported_clauses_object()
    {
        // Clashes between rival groups left at least three people dead and more than 50 injured on Sunday , police said .
        string[] forms = ["Clashes", "between", "rival", "groups", "left", "at", "least", "three", "people", "dead", "and", "more", "than", "50", "injured", "on", "Sunday", ",", "police", "said", "."];
        int[] heads = [4, 3, 3, 0, 19, 6, 7, 8, 4, 8, 11, 13, 11, 19, 19, 16, 14, 16, 19, -1, 19];
        string[] relations = ["nsubj", "case", "compound", "nmod", "ccomp", "case", "nmod", "nummod", "obj", "amod", "cc", "advmod", "fixed", "ccomp", "ccomp", "case", "obl", "punct", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "IN", "NN", "NNS", "VBD", "IN", "JJS", "CD", "NNS", "JJ", "CC", "JJR", "IN", "CD", "VBN", "IN", "NNP", ",", "NNS", "VBD", "."], heads, relations);
        Assert.Equal((8, "conj"), (heads[13], relations[13]));
        Assert.Equal((13, "amod"), (heads[14], relations[14]));
        Assert.Equal((4, "obl"), (heads[16], relations[16]));
    }

    [Fact]
    public void A_speakers_act_after_a_quotation_closed_before_and_is_no_part_of_what_was_said()
    {
        // His Ennahda party said the verdict was " a new step in the dismantling of democracy " and called on the international community to press for his release .
        string[] forms = ["His", "Ennahda", "party", "said", "the", "verdict", "was", "\"", "a", "new", "step", "in", "the", "dismantling", "of", "democracy", "\"", "and", "called", "on", "the", "international", "community", "to", "press", "for", "his", "release", "."];
        int[] heads = [2, 2, 3, -1, 5, 10, 10, 10, 10, 10, 3, 13, 13, 10, 15, 13, 13, 18, 10, 22, 22, 22, 18, 24, 18, 27, 27, 24, 3];
        string[] relations = ["nmod:poss", "compound", "nsubj", "root", "det", "nsubj", "cop", "punct", "det", "amod", "ccomp", "case", "det", "nmod", "case", "nmod", "punct", "cc", "conj", "case", "det", "amod", "obl", "mark", "advcl", "case", "nmod:poss", "obl", "punct"];
        ParseRepairs.Apply(forms, ["PRP$", "NNP", "NN", "VBD", "DT", "NN", "VBD", "``", "DT", "JJ", "NN", "IN", "DT", "NN", "IN", "NN", "''", "CC", "VBN", "IN", "DT", "JJ", "NN", "TO", "VB", "IN", "PRP$", "NN", "."], heads, relations);
        Assert.Equal((3, "conj"), (heads[18], relations[18]));
    }

    [Fact]
    public void A_clause_after_a_comma_and_though_is_an_adverbial_clause_not_what_the_reporter_says()
    {
        // officials said , though a group put the toll at five .
        //     0       1  2    3    4   5    6   7    8   9   10  11
        string[] forms = ["officials", "said", ",", "though", "a", "group", "put", "the", "toll", "at", "five", "."];
        int[] heads = [1, -1, 6, 6, 5, 6, 1, 8, 6, 10, 6, 1];
        string[] relations = ["nsubj", "root", "punct", "mark", "det", "nsubj", "ccomp", "det", "obj", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", ",", "IN", "DT", "NN", "VBD", "DT", "NN", "IN", "CD", "."], heads, relations);
        Assert.Equal((1, "advcl"), (heads[6], relations[6]));
    }

    [Fact]
    public void A_complement_that_opens_with_that_and_though_stays_a_complement()
    {
        // officials said that though a group put the toll at five ...
        //     0       1    2     3    4   5    6   7    8   9   10
        string[] forms = ["officials", "said", "that", "though", "a", "group", "put", "the", "toll", "at", "five"];
        int[] heads = [1, -1, 6, 6, 5, 6, 1, 8, 6, 10, 6];
        string[] relations = ["nsubj", "root", "mark", "mark", "det", "nsubj", "ccomp", "det", "obj", "case", "obl"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "IN", "IN", "DT", "NN", "VBD", "DT", "NN", "IN", "CD"], heads, relations);
        Assert.Equal((1, "ccomp"), (heads[6], relations[6]));
    }

    [Fact]
    public void A_reporter_after_though_hung_on_what_it_reports_governs_it()
    {
        // ministry said it was an accident , though residents said soldiers set it .
        //    0      1   2   3  4     5     6    7        8        9     10      11 12 13
        string[] forms = ["ministry", "said", "it", "was", "an", "accident", ",", "though", "residents", "said", "soldiers", "set", "it", "."];
        int[] heads = [1, -1, 5, 5, 5, 1, 1, 9, 9, 11, 11, 1, 11, 1];
        string[] relations = ["nsubj", "root", "nsubj", "cop", "det", "ccomp", "punct", "mark", "nsubj", "advcl", "nsubj", "ccomp", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NN", "VBD", "PRP", "VBD", "DT", "NN", ",", "IN", "NNS", "VBD", "NNS", "VBD", "PRP", "."], heads, relations);
        Assert.Equal((1, "advcl"), (heads[9], relations[9]));
        Assert.Equal((9, "ccomp"), (heads[11], relations[11]));
    }

    [Fact]
    public void A_name_after_comma_and_read_as_the_objects_apposition_is_the_subject_of_the_verb_after_it()
    {
        // Egypt condemned the strike , and Guterres called for a ceasefire .
        //   0       1      2    3    4  5     6       7     8  9    10     11
        string[] forms = ["Egypt", "condemned", "the", "strike", ",", "and", "Guterres", "called", "for", "a", "ceasefire", "."];
        int[] heads = [1, -1, 3, 1, 6, 6, 3, 3, 10, 10, 7, 1];
        string[] relations = ["nsubj", "root", "det", "obj", "punct", "cc", "appos", "acl", "case", "det", "obl", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "VBD", "DT", "NN", ",", "CC", "NNP", "VBD", "IN", "DT", "NN", "."], heads, relations);
        Assert.Equal((1, "conj"), (heads[7], relations[7]));
        Assert.Equal((7, "nsubj"), (heads[6], relations[6]));
        Assert.Equal((7, "cc"), (heads[5], relations[5]));
    }

    [Fact]
    public void A_noun_with_a_relative_clause_after_said_is_the_subject_of_the_verb_read_as_said_s_conjunct()
    {
        // spokesman said the men , whom he described as militants , opened fire .
        //     0       1   2   3  4   5   6     7      8     9     10    11    12  13
        string[] forms = ["spokesman", "said", "the", "men", ",", "whom", "he", "described", "as", "militants", ",", "opened", "fire", "."];
        int[] heads = [1, -1, 3, 1, 5, 7, 7, 3, 9, 7, 11, 1, 11, 1];
        string[] relations = ["nsubj", "root", "det", "obj", "punct", "obl", "nsubj", "acl:relcl", "case", "obl", "punct", "conj", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NN", "VBD", "DT", "NNS", ",", "WP", "PRP", "VBD", "IN", "NNS", ",", "VBD", "NN", "."], heads, relations);
        Assert.Equal((11, "nsubj"), (heads[3], relations[3]));
        Assert.Equal((1, "ccomp"), (heads[11], relations[11]));
        // (Only after a verb of saying: "the spokesman saw the men, whom ..., and fled" keeps its parse.)
        string[] saw = [.. forms];
        saw[1] = "saw";
        int[] own = [1, -1, 3, 1, 5, 7, 7, 3, 9, 7, 11, 1, 11, 1];
        string[] ownRelations = ["nsubj", "root", "det", "obj", "punct", "obl", "nsubj", "acl:relcl", "case", "obl", "punct", "conj", "obj", "punct"];
        ParseRepairs.Apply(saw, ["NN", "VBD", "DT", "NNS", ",", "WP", "PRP", "VBD", "IN", "NNS", ",", "VBD", "NN", "."], own, ownRelations);
        Assert.Equal((1, "obj"), (own[3], ownRelations[3]));
    }

    [Fact]
    public void A_root_reporter_after_an_apposition_and_its_closing_comma_is_said_by_the_apposition()
    {
        // The violence broke out at dawn in a wing of the Litoral Penitentiary controlled by the Los Choneros gang , the agency , known as SNAI , said in a statement .
        string[] forms = ["The", "violence", "broke", "out", "at", "dawn", "in", "a", "wing", "of", "the", "Litoral", "Penitentiary", "controlled", "by", "the", "Los", "Choneros", "gang", ",", "the", "agency", ",", "known", "as", "SNAI", ",", "said", "in", "a", "statement", "."];
        int[] heads = [1, 2, 27, 2, 5, 2, 8, 8, 5, 13, 13, 13, 11, 8, 18, 18, 18, 18, 13, 21, 21, 13, 23, 21, 25, 23, 2, -1, 30, 30, 27, 27];
        string[] relations = ["det", "nsubj", "ccomp", "compound:prt", "case", "obl", "case", "det", "nmod", "case", "det", "compound", "flat", "acl:relcl", "case", "det", "compound", "compound", "obl:agent", "punct", "det", "appos", "punct", "acl", "case", "obl", "punct", "root", "case", "det", "obl", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "RP", "IN", "NN", "IN", "DT", "NN", "IN", "DT", "NNP", "NNP", "VBN", "IN", "DT", "NNP", "NNP", "NN", ",", "DT", "NN", ",", "VBN", "IN", "NNP", ",", "VBD", "IN", "DT", "NN", "."], heads, relations);
        Assert.Equal((27, "nsubj"), (heads[21], relations[21]));
        Assert.Equal((-1, "root"), (heads[27], relations[27]));
        // (The closing comma leaves the reported clause, which now ends at "gang".)
        Assert.Equal(27, heads[26]);
        Assert.Equal(27, heads[19]);
    }

    [Fact]
    public void A_trailing_reporter_after_a_name_apposed_to_a_role_is_said_by_the_role()
    {
        // Military police arrested 17 officers on Thursday night , the army chief of staff , General Tomás Djassi , told a news conference on Friday .
        string[] forms = ["Military", "police", "arrested", "17", "officers", "on", "Thursday", "night", ",", "the", "army", "chief", "of", "staff", ",", "General", "Tomás", "Djassi", ",", "told", "a", "news", "conference", "on", "Friday", "."];
        int[] heads = [1, 2, -1, 4, 2, 7, 7, 4, 11, 11, 11, 7, 13, 11, 16, 16, 11, 16, 19, 2, 22, 22, 19, 24, 19, 2];
        string[] relations = ["amod", "nsubj", "root", "nummod", "obj", "case", "compound", "nmod", "punct", "det", "compound", "appos", "case", "nmod", "punct", "nmod:desc", "appos", "flat", "punct", "conj", "det", "compound", "obj", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "NNS", "VBD", "CD", "NNS", "IN", "NNP", "NN", ",", "DT", "NN", "NN", "IN", "NN", ",", "NNP", "NNP", "NNP", ",", "VBD", "DT", "NN", "NN", "IN", "NNP", "."], heads, relations);
        Assert.Equal((19, "nsubj"), (heads[11], relations[11]));
        Assert.Equal((11, "appos"), (heads[16], relations[16]));
        Assert.Equal((2, "parataxis"), (heads[19], relations[19]));
    }

    [Fact]
    public void A_trailing_reporter_after_a_place_apposed_inside_a_set_off_phrase_is_said_by_the_whole_phrase()
    {
        // The assailants arrived on dozens of motorcycles and fought the garrison before pulling back , a security source in Fada N'Gourma , the regional capital , told Reuters .
        string[] forms = ["The", "assailants", "arrived", "on", "dozens", "of", "motorcycles", "and", "fought", "the", "garrison", "before", "pulling", "back", ",", "a", "security", "source", "in", "Fada", "N'Gourma", ",", "the", "regional", "capital", ",", "told", "Reuters", "."];
        int[] heads = [1, 2, -1, 4, 2, 6, 4, 8, 2, 10, 8, 12, 8, 12, 17, 17, 17, 12, 20, 20, 17, 24, 24, 24, 20, 2, 2, 26, 2];
        string[] relations = ["det", "nsubj", "root", "case", "obl", "case", "nmod", "cc", "conj", "det", "obj", "mark", "advcl", "advmod", "punct", "det", "compound", "appos", "case", "compound", "nmod", "punct", "det", "amod", "appos", "punct", "conj", "iobj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNS", "VBD", "IN", "NNS", "IN", "NNS", "CC", "VBD", "DT", "NN", "IN", "VBG", "RB", ",", "DT", "NN", "NN", "IN", "NNP", "NNP", ",", "DT", "JJ", "NN", ",", "VBD", "NNP", "."], heads, relations);
        Assert.Equal((26, "nsubj"), (heads[17], relations[17]));
        Assert.Equal((20, "appos"), (heads[24], relations[24]));
    }

    [Fact]
    public void A_subordinator_before_an_apposition_read_as_a_reporters_subject_opens_the_reporters_clause()
    {
        // The Chiapas state prosecutor 's office confirmed three deaths , while the Fray Bartolomé de Las Casas Human Rights Center , known as Frayba , said five people had been killed .
        string[] forms = ["The", "Chiapas", "state", "prosecutor", "'s", "office", "confirmed", "three", "deaths", ",", "while", "the", "Fray", "Bartolomé", "de", "Las", "Casas", "Human", "Rights", "Center", ",", "known", "as", "Frayba", ",", "said", "five", "people", "had", "been", "killed", "."];
        int[] heads = [3, 3, 3, 5, 3, 6, -1, 8, 6, 19, 19, 19, 13, 19, 13, 19, 19, 19, 19, 8, 21, 19, 23, 21, 8, 6, 27, 30, 30, 30, 25, 6];
        string[] relations = ["det", "compound", "compound", "nmod:poss", "case", "nsubj", "root", "nummod", "obj", "punct", "mark", "det", "compound", "compound", "flat", "compound", "compound", "compound", "compound", "appos", "punct", "acl", "case", "obl", "punct", "parataxis", "nummod", "nsubj:pass", "aux", "aux:pass", "ccomp", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNP", "NN", "NN", "POS", "NN", "VBD", "CD", "NNS", ",", "IN", "DT", "NNP", "NNP", "NNP", "NNP", "NNP", "NNP", "NNPS", "NNP", ",", "VBN", "IN", "NNP", ",", "VBD", "CD", "NNS", "VBD", "VBN", "VBN", "."], heads, relations);
        Assert.Equal((25, "nsubj"), (heads[19], relations[19]));
        Assert.Equal((25, "mark"), (heads[10], relations[10]));
        Assert.Equal((6, "advcl"), (heads[25], relations[25]));
    }

    [Fact]
    public void A_root_reporter_over_a_noun_read_as_its_complement_is_left_to_the_later_repairs()
    {
        // Enga 's police commander , Superintendent Joseph Kupo , said a count had risen .
        string[] forms = ["Enga", "'s", "police", "commander", ",", "Superintendent", "Joseph", "Kupo", ",", "said", "a", "count", "had", "risen", "."];
        int[] heads = [3, 0, 3, 9, 5, 3, 5, 5, 9, -1, 11, 9, 13, 11, 9];
        string[] relations = ["nmod:poss", "case", "compound", "ccomp", "punct", "appos", "flat", "flat", "punct", "root", "det", "obj", "aux", "acl", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "POS", "NN", "NN", ",", "NNP", "NNP", "NNP", ",", "VBD", "DT", "NN", "VBD", "VBN", "."], heads, relations);
        Assert.NotEqual((9, "nsubj"), (heads[5], relations[5]));
    }

    [Fact]
    public void A_verb_after_a_participles_phrase_between_commas_on_a_noun_root_is_the_root()
    {
        // The attackers , riding motorcycles , overpowered security guards at the school , killing the vice principal .
        string[] forms = ["The", "attackers", ",", "riding", "motorcycles", ",", "overpowered", "security", "guards", "at", "the", "school", ",", "killing", "the", "vice", "principal", "."];
        int[] heads = [1, -1, 3, 1, 3, 6, 3, 8, 6, 11, 11, 6, 13, 6, 16, 16, 13, 1];
        string[] relations = ["det", "root", "punct", "acl", "obj", "punct", "conj", "compound", "obj", "case", "det", "obl", "punct", "advcl", "det", "compound", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNS", ",", "VBG", "NNS", ",", "VBD", "NN", "NNS", "IN", "DT", "NN", ",", "VBG", "DT", "NN", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[6], relations[6]));
        Assert.Equal((6, "nsubj"), (heads[1], relations[1]));
        Assert.Equal((1, "acl"), (heads[3], relations[3]));
    }

    [Fact]
    public void A_superlative_summing_up_after_a_trailing_reporter_is_not_what_it_says()
    {
        // Gunmen abducted at least 25 students , police said , the latest in a wave of kidnappings .
        string[] forms = ["Gunmen", "abducted", "at", "least", "25", "students", ",", "police", "said", ",", "the", "latest", "in", "a", "wave", "of", "kidnappings", "."];
        int[] heads = [1, -1, 3, 4, 5, 1, 8, 8, 1, 11, 11, 8, 14, 14, 11, 16, 14, 1];
        string[] relations = ["nsubj", "root", "case", "nmod", "nummod", "obj", "punct", "nsubj", "parataxis", "punct", "det", "ccomp", "case", "det", "obl", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "IN", "JJS", "CD", "NNS", ",", "NNS", "VBD", ",", "DT", "JJS", "IN", "DT", "NN", "IN", "NNS", "."], heads, relations);
        Assert.Equal((1, "parataxis"), (heads[11], relations[11]));
        Assert.Equal((1, "parataxis"), (heads[8], relations[8]));
    }

    [Fact]
    public void A_clause_with_a_subject_read_as_a_relative_clause_on_the_day_of_a_report_is_what_was_reported()
    {
        // Yemen 's Houthi rebels said on Sunday they had fired two missiles at a cargo vessel .
        string[] forms = ["Yemen", "'s", "Houthi", "rebels", "said", "on", "Sunday", "they", "had", "fired", "two", "missiles", "at", "a", "cargo", "vessel", "."];
        int[] heads = [3, 0, 3, 4, -1, 6, 4, 9, 9, 6, 11, 9, 15, 15, 15, 9, 4];
        string[] relations = ["nmod:poss", "case", "compound", "nsubj", "root", "case", "obl", "nsubj", "aux", "acl:relcl", "nummod", "obj", "case", "det", "compound", "obl", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "POS", "NNP", "NNS", "VBD", "IN", "NNP", "PRP", "VBD", "VBN", "CD", "NNS", "IN", "DT", "NN", "NN", "."], heads, relations);
        Assert.Equal((4, "ccomp"), (heads[9], relations[9]));
        // (Not a relative clause with its pronoun: "met on Sunday, which was a holiday".)
        string[] which = ["They", "met", "on", "Sunday", ",", "which", "was", "a", "holiday", "."];
        int[] whichHeads = [1, -1, 3, 1, 8, 8, 8, 8, 3, 1];
        string[] whichRelations = ["nsubj", "root", "case", "obl", "punct", "nsubj", "cop", "det", "acl:relcl", "punct"];
        ParseRepairs.Apply(which, ["PRP", "VBD", "IN", "NNP", ",", "WDT", "VBD", "DT", "NN", "."], whichHeads, whichRelations);
        Assert.Equal((3, "acl:relcl"), (whichHeads[8], whichRelations[8]));
    }

    [Fact]
    public void A_name_root_before_its_acronym_and_a_subject_noun_is_that_nouns_compound()
    {
        // The British military 's United Kingdom Maritime Trade Operations ( UKMTO ) agency said a vessel reported an explosion .
        string[] forms = ["The", "British", "military", "'s", "United", "Kingdom", "Maritime", "Trade", "Operations", "(", "UKMTO", ")", "agency", "said", "a", "vessel", "reported", "an", "explosion", "."];
        int[] heads = [2, 2, 8, 2, 5, 8, 8, 8, -1, 10, 8, 10, 13, 8, 15, 16, 13, 18, 16, 8];
        string[] relations = ["det", "amod", "nmod:poss", "case", "amod", "compound", "amod", "compound", "root", "punct", "appos", "punct", "nsubj", "advcl:relcl", "det", "nsubj", "ccomp", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "JJ", "NN", "POS", "NNP", "NNP", "NNP", "NNP", "NNPS", "-LRB-", "NNP", "-RRB-", "NN", "VBD", "DT", "NN", "VBD", "DT", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[13], relations[13]));
        Assert.Equal((12, "compound"), (heads[8], relations[8]));
    }

    [Fact]
    public void An_opening_participle_read_as_the_root_is_the_adverbial_clause_of_the_verb_after_its_subject()
    {
        // Speaking to reporters in Tulkarem , the city 's governor , Faisal Odeh , condemned the raid .
        string[] forms = ["Speaking", "to", "reporters", "in", "Tulkarem", ",", "the", "city", "'s", "governor", ",", "Faisal", "Odeh", ",", "condemned", "the", "raid", "."];
        int[] heads = [-1, 2, 0, 4, 2, 9, 7, 9, 7, 0, 11, 9, 11, 14, 9, 16, 14, 0];
        string[] relations = ["root", "case", "obl", "case", "nmod", "punct", "det", "nmod:poss", "case", "obl", "punct", "appos", "flat", "punct", "conj", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["VBG", "IN", "NNS", "IN", "NNP", ",", "DT", "NN", "POS", "NN", ",", "NNP", "NNP", ",", "VBD", "DT", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[14], relations[14]));
        Assert.Equal((14, "nsubj"), (heads[9], relations[9]));
        Assert.Equal((14, "advcl"), (heads[0], relations[0]));
        Assert.Equal(14, heads[17]);
    }

    [Fact]
    public void A_headlines_participle_read_as_its_opening_nouns_modifier_is_its_passive_verb()
    {
        // Opposition leader arrested in Tanzania
        string[] forms = ["Opposition", "leader", "arrested", "in", "Tanzania"];
        int[] heads = [1, -1, 1, 4, 2];
        string[] relations = ["compound", "root", "acl", "case", "obl"];
        ParseRepairs.Apply(forms, ["NN", "NN", "VBN", "IN", "NNP"], heads, relations);
        Assert.Equal((-1, "root"), (heads[2], relations[2]));
        Assert.Equal((2, "nsubj:pass"), (heads[1], relations[1]));
        // (Not in a sentence: "The leader arrested in May was freed." keeps its modifier.)
        string[] sentence = ["The", "leader", "arrested", "in", "May", "was", "freed", "."];
        int[] sentenceHeads = [1, 6, 1, 4, 2, 6, -1, 6];
        string[] sentenceRelations = ["det", "nsubj:pass", "acl", "case", "obl", "aux:pass", "root", "punct"];
        ParseRepairs.Apply(sentence, ["DT", "NN", "VBN", "IN", "NNP", "VBD", "VBN", "."], sentenceHeads, sentenceRelations);
        Assert.Equal((1, "acl"), (sentenceHeads[2], sentenceRelations[2]));
    }

    [Fact]
    public void A_span_of_time_read_as_the_subject_of_the_clause_it_dates_is_its_time()
    {
        // police said , a week after an attack on tourists killed 26 people .
        string[] forms = ["police", "said", ",", "a", "week", "after", "an", "attack", "on", "tourists", "killed", "26", "people", "."];
        int[] heads = [1, -1, 10, 4, 10, 7, 7, 4, 9, 7, 1, 12, 10, 1];
        string[] relations = ["nsubj", "root", "punct", "det", "nsubj", "case", "det", "nmod", "case", "nmod", "ccomp", "nummod", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", ",", "DT", "NN", "IN", "DT", "NN", "IN", "NNS", "VBD", "CD", "NNS", "."], heads, relations);
        Assert.Equal((10, "nsubj"), (heads[7], relations[7]));
        Assert.Equal((10, "mark"), (heads[5], relations[5]));
        Assert.Equal((10, "obl:unmarked"), (heads[4], relations[4]));
        Assert.Equal((1, "advcl"), (heads[10], relations[10]));
    }

    [Fact]
    public void The_participle_of_a_source_according_to_names_describes_it_and_the_clause_after_the_comma_is_the_root()
    {
        // According to a Gallup poll released last week , immigration is now the top concern for American voters .
        string[] forms = ["According", "to", "a", "Gallup", "poll", "released", "last", "week", ",", "immigration", "is", "now", "the", "top", "concern", "for", "American", "voters", "."];
        int[] heads = [4, 0, 4, 4, 5, -1, 7, 5, 14, 14, 14, 14, 14, 14, 5, 17, 17, 14, 5];
        string[] relations = ["case", "fixed", "det", "compound", "nsubj", "root", "amod", "obl:unmarked", "punct", "nsubj", "cop", "advmod", "det", "amod", "advcl", "case", "amod", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["VBG", "IN", "DT", "NNP", "NN", "VBN", "JJ", "NN", ",", "NN", "VBZ", "RB", "DT", "JJ", "NN", "IN", "JJ", "NNS", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[14], relations[14]));
        Assert.Equal((14, "obl"), (heads[4], relations[4]));
        Assert.Equal((4, "acl"), (heads[5], relations[5]));
        Assert.Equal(14, heads[18]);
    }

    [Fact]
    public void A_direction_after_a_distance_read_as_a_subject_places_the_phrase_before_it()
    {
        // A military air strike on a Buddhist monastery sheltering displaced villagers about 15 km ( 9 miles ) west of Monywa killed at least 18 people , including six children , residents and a local aid worker said .
        string[] forms = ["A", "military", "air", "strike", "on", "a", "Buddhist", "monastery", "sheltering", "displaced", "villagers", "about", "15", "km", "(", "9", "miles", ")", "west", "of", "Monywa",
                          "killed", "at", "least", "18", "people", ",", "including", "six", "children", ",", "residents", "and", "a", "local", "aid", "worker", "said", "."];
        int[] heads = [3, 3, 3, 37, 7, 7, 7, 3, 7, 10, 8, 12, 13, 10, 16, 16, 13, 16, 21, 20, 18, 37, 23, 24, 25, 21, 29, 29, 29, 25, 37, 37, 36, 36, 36, 36, 31, -1, 37];
        string[] relations = ["det", "amod", "compound", "nsubj", "case", "det", "amod", "nmod", "acl", "amod", "obj", "advmod", "nummod", "nmod:unmarked", "punct", "nummod", "appos", "punct", "nsubj", "case", "nmod",
                              "ccomp", "case", "nmod", "nummod", "obj", "punct", "case", "nummod", "conj", "punct", "nsubj", "cc", "det", "amod", "compound", "conj", "root", "punct"];
        ParseRepairs.Apply(forms, ["DT", "JJ", "NN", "NN", "IN", "DT", "JJ", "NN", "VBG", "VBN", "NNS", "RB", "CD", "NNS", "-LRB-", "CD", "NNS", "-RRB-", "NN", "IN", "NNP",
                                   "VBD", "IN", "JJS", "CD", "NNS", ",", "VBG", "CD", "NNS", ",", "NNS", "CC", "DT", "JJ", "NN", "NN", "VBD", "."], heads, relations);
        Assert.Equal((21, "nsubj"), (heads[3], relations[3]));
        Assert.Equal((13, "nmod"), (heads[18], relations[18]));
        Assert.Equal((37, "nsubj"), (heads[31], relations[31]));
    }

    [Fact]
    public void Since_read_as_the_case_of_a_modifier_opens_the_clause_of_the_verb_after_its_phrase()
    {
        // Mali has been plagued by violence since jihadists linked to al Qaeda arrived in 2015 .
        string[] forms = ["Mali", "has", "been", "plagued", "by", "violence", "since", "jihadists", "linked", "to", "al", "Qaeda", "arrived", "in", "2015", "."];
        int[] heads = [3, 3, 3, -1, 5, 3, 7, 5, 7, 10, 8, 10, 3, 14, 12, 3];
        string[] relations = ["nsubj:pass", "aux", "aux:pass", "root", "case", "obl:agent", "case", "nmod", "acl", "case", "obl", "flat", "xcomp", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "VBZ", "VBN", "VBN", "IN", "NN", "IN", "NNS", "VBN", "IN", "NNP", "NNP", "VBD", "IN", "CD", "."], heads, relations);
        Assert.Equal((12, "nsubj"), (heads[7], relations[7]));
        Assert.Equal((12, "mark"), (heads[6], relations[6]));
        Assert.Equal((3, "advcl"), (heads[12], relations[12]));
    }

    [Fact]
    public void What_the_parser_hung_on_the_object_after_shot_dead_is_the_verbs()
    {
        // Gunmen shot dead the mayor of the Ecuadorian port city of Manta on Sunday as he left a restaurant , police said , the latest in a string of attacks on local officials ahead of next year 's elections .
        string[] forms = ["Gunmen", "shot", "dead", "the", "mayor", "of", "the", "Ecuadorian", "port", "city", "of", "Manta", "on", "Sunday", "as", "he", "left", "a", "restaurant", ",", "police", "said", ",", "the",
                          "latest", "in", "a", "string", "of", "attacks", "on", "local", "officials", "ahead", "of", "next", "year", "'s", "elections", "."];
        int[] heads = [1, -1, 1, 4, 2, 9, 9, 9, 9, 4, 11, 9, 13, 4, 16, 16, 4, 18, 16, 21, 21, 4, 24, 24, 21, 27, 27, 24, 29, 27, 32, 32, 29, 29, 38, 36, 38, 36, 33, 1];
        string[] relations = ["nsubj", "root", "xcomp", "det", "obj", "case", "det", "amod", "compound", "nmod", "case", "nmod", "case", "nmod", "mark", "nsubj", "advcl", "det", "obj", "punct", "nsubj", "parataxis",
                              "punct", "det", "ccomp", "case", "det", "obl", "case", "nmod", "case", "amod", "nmod", "advmod", "case", "amod", "nmod:poss", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "JJ", "DT", "NN", "IN", "DT", "JJ", "NN", "NN", "IN", "NNP", "IN", "NNP", "IN", "PRP", "VBD", "DT", "NN", ",", "NNS", "VBD", ",", "DT",
                                   "JJS", "IN", "DT", "NN", "IN", "NNS", "IN", "JJ", "NNS", "RB", "IN", "JJ", "NN", "POS", "NNS", "."], heads, relations);
        Assert.Equal((1, "obj"), (heads[4], relations[4]));
        Assert.Equal((1, "obl"), (heads[13], relations[13]));
        Assert.Equal((1, "advcl"), (heads[16], relations[16]));
        Assert.Equal((1, "parataxis"), (heads[21], relations[21]));
    }

    [Fact]
    public void A_phrase_before_the_comma_of_a_trailing_reporters_subject_is_the_reported_clauses()
    {
        // Gunmen on a motorcycle shot dead a senior security officer and his bodyguard in the Al Mansoura district of Yemen 's southern port city of Aden on Wednesday , security sources said , the latest in a string of ...
        string[] forms = ["Gunmen", "on", "a", "motorcycle", "shot", "dead", "a", "senior", "security", "officer", "and", "his", "bodyguard", "in", "the", "Al", "Mansoura", "district", "of", "Yemen", "'s",
                          "southern", "port", "city", "of", "Aden", "on", "Wednesday", ",", "security", "sources", "said", ",", "the", "latest", "in", "a", "string", "of", "assassinations", "."];
        int[] heads = [4, 3, 3, 0, -1, 9, 9, 9, 9, 4, 12, 12, 9, 31, 31, 31, 15, 15, 23, 23, 19, 23, 23, 15, 25, 23, 27, 31, 27, 30, 31, 4, 34, 34, 31, 37, 37, 34, 39, 37, 4];
        string[] relations = ["nsubj", "case", "det", "nmod", "root", "amod", "det", "amod", "compound", "obj", "cc", "nmod:poss", "conj", "case", "det", "nsubj", "flat", "flat", "case", "nmod:poss", "case",
                              "amod", "compound", "nmod", "case", "nmod", "case", "obl", "punct", "compound", "nsubj", "advcl", "punct", "det", "ccomp", "case", "det", "obl", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "IN", "DT", "NN", "VBD", "JJ", "DT", "JJ", "NN", "NN", "CC", "PRP$", "NN", "IN", "DT", "NNP", "NNP", "NNP", "IN", "NNP", "POS",
                                   "JJ", "NN", "NN", "IN", "NNP", "IN", "NNP", ",", "NN", "NNS", "VBD", ",", "DT", "JJS", "IN", "DT", "NN", "IN", "NNS", "."], heads, relations);
        Assert.Equal((4, "parataxis"), (heads[31], relations[31]));
        Assert.Equal((4, "obl"), (heads[15], relations[15]));
        Assert.Equal((15, "case"), (heads[13], relations[13]));
        Assert.Equal((4, "obl"), (heads[27], relations[27]));
        Assert.Equal((31, "nsubj"), (heads[30], relations[30]));
    }

    [Fact]
    public void A_clause_or_an_including_phrase_before_the_comma_of_a_trailing_reporters_subject_belongs_to_the_words_it_follows()
    {
        // Authorities imposed a night - time curfew on Jablah on Tuesday , and security forces raided the nearby villages of Ayn Shiqaq and al - Qutaylibiyah , detaining at least 40 men , a security source told Reuters .
        string[] forms = ["Authorities", "imposed", "a", "night", "-", "time", "curfew", "on", "Jablah", "on", "Tuesday", ",", "and", "security", "forces", "raided", "the", "nearby", "villages", "of", "Ayn", "Shiqaq", "and",
                          "al", "-", "Qutaylibiyah", ",", "detaining", "at", "least", "40", "men", ",", "a", "security", "source", "told", "Reuters", "."];
        int[] heads = [1, -1, 6, 5, 3, 6, 1, 8, 6, 10, 1, 15, 15, 14, 15, 1, 18, 18, 15, 20, 18, 20, 23, 20, 25, 23, 27, 36, 29, 30, 31, 36, 31, 35, 35, 36, 1, 36, 1];
        string[] relations = ["nsubj", "root", "det", "compound", "punct", "compound", "obj", "case", "nmod", "case", "obl", "punct", "cc", "compound", "nsubj", "conj", "det", "amod", "obj", "case", "nmod", "flat", "cc",
                              "conj", "punct", "flat", "punct", "ccomp", "case", "nmod", "nummod", "ccomp", "punct", "det", "compound", "nsubj", "parataxis", "iobj", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "DT", "NN", "HYPH", "NN", "NN", "IN", "NNP", "IN", "NNP", ",", "CC", "NN", "NNS", "VBD", "DT", "JJ", "NNS", "IN", "NNP", "NNP", "CC",
                                   "NNP", "HYPH", "NNP", ",", "VBG", "IN", "JJS", "CD", "NNS", ",", "DT", "NN", "NN", "VBD", "NNP", "."], heads, relations);
        Assert.Equal((15, "advcl"), (heads[27], relations[27]));
        Assert.Equal((27, "obj"), (heads[31], relations[31]));
        // killing at least 11 people , including two civilians , local authorities said on Monday .
        //    0     1    2    3    4     5     6        7     8       9    10       11        12  13    14    15
        string[] including = ["killing", "at", "least", "11", "people", ",", "including", "two", "civilians", ",", "local", "authorities", "said", "on", "Monday", "."];
        int[] includingHeads = [-1, 2, 3, 4, 0, 8, 8, 8, 12, 8, 11, 12, 0, 14, 12, 12];
        string[] includingRelations = ["root", "case", "nmod", "nummod", "obj", "punct", "case", "nummod", "obl", "punct", "amod", "nsubj", "parataxis", "case", "obl", "punct"];
        ParseRepairs.Apply(including, ["VBG", "IN", "JJS", "CD", "NNS", ",", "VBG", "CD", "NNS", ",", "JJ", "NNS", "VBD", "IN", "NNP", "."], includingHeads, includingRelations);
        Assert.Equal((4, "nmod"), (includingHeads[8], includingRelations[8]));
        // The army sent a battalion to the area on Tuesday to track down the raiders , an army spokesman said in Juba .
        string[] raiders = ["The", "army", "sent", "a", "battalion", "to", "the", "area", "on", "Tuesday", "to", "track", "down", "the", "raiders", ",", "an", "army", "spokesman", "said", "in", "Juba", "."];
        int[] raidersHeads = [1, 2, -1, 4, 2, 7, 7, 4, 9, 2, 11, 2, 11, 14, 19, 18, 18, 18, 19, 2, 21, 19, 19];
        string[] raidersRelations = ["det", "nsubj", "root", "det", "obj", "case", "det", "nmod", "case", "obl", "mark", "advcl", "compound:prt", "det", "nsubj", "punct", "det", "compound", "nsubj", "parataxis", "case", "obl", "punct"];
        ParseRepairs.Apply(raiders, ["DT", "NN", "VBD", "DT", "NN", "IN", "DT", "NN", "IN", "NNP", "TO", "VB", "RP", "DT", "NNS", ",", "DT", "NN", "NN", "VBD", "IN", "NNP", "."], raidersHeads, raidersRelations);
        Assert.Equal((11, "obj"), (raidersHeads[14], raidersRelations[14]));
        Assert.Equal((19, "nsubj"), (raidersHeads[18], raidersRelations[18]));
    }

    [Fact]
    public void A_that_the_object_of_a_relative_clause_in_a_summing_up_after_a_reporter_is_no_reported_clause()
    {
        // Gunmen on a motorcycle shot dead two mototaxi drivers and wounded a passenger in the border town of Aguas Verdes on Tuesday , police said , the latest in a string of killings that police have linked to extortion gangs operating from neighbouring Ecuador .
        string[] forms = ["Gunmen", "on", "a", "motorcycle", "shot", "dead", "two", "mototaxi", "drivers", "and", "wounded", "a", "passenger", "in", "the", "border", "town", "of", "Aguas", "Verdes", "on", "Tuesday", ",", "police",
                          "said", ",", "the", "latest", "in", "a", "string", "of", "killings", "that", "police", "have", "linked", "to", "extortion", "gangs", "operating", "from", "neighbouring", "Ecuador", "."];
        int[] heads = [4, 3, 3, 0, -1, 4, 8, 8, 24, 10, 8, 12, 10, 16, 16, 16, 10, 18, 16, 18, 21, 10, 8, 24, 4, 27, 27, 24, 30, 30, 27, 32, 30, 36, 36, 36, 30, 39, 39, 36, 39, 43, 43, 40, 4];
        string[] relations = ["nsubj", "case", "det", "nmod", "root", "xcomp", "nummod", "compound", "dislocated", "cc", "conj", "det", "obj", "case", "det", "compound", "obl", "case", "nmod", "flat", "case", "obl", "punct", "nsubj",
                              "parataxis", "punct", "det", "ccomp", "case", "det", "obl", "case", "nmod", "obj", "nsubj", "aux", "acl:relcl", "case", "compound", "obl", "acl", "case", "amod", "obl", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "IN", "DT", "NN", "VBD", "JJ", "CD", "NN", "NNS", "CC", "VBD", "DT", "NN", "IN", "DT", "NN", "NN", "IN", "NNP", "NNP", "IN", "NNP", ",", "NNS",
                                   "VBD", ",", "DT", "JJS", "IN", "DT", "NN", "IN", "NNS", "WDT", "NNS", "VBP", "VBN", "IN", "NN", "NNS", "VBG", "IN", "JJ", "NNP", "."], heads, relations);
        Assert.Equal((30, "acl:relcl"), (heads[36], relations[36]));
        Assert.Equal((36, "obj"), (heads[33], relations[33]));
    }

    [Fact]
    public void A_name_before_a_hyphenated_participle_of_the_subject_read_as_the_root_is_part_of_the_modifier()
    {
        // The al - Qaeda - linked group claimed responsibility for the attack .
        //  0   1  2    3   4    5      6      7           8         9   10    11   12
        string[] forms = ["The", "al", "-", "Qaeda", "-", "linked", "group", "claimed", "responsibility", "for", "the", "attack", "."];
        int[] heads = [1, -1, 1, 1, 3, 6, 7, 1, 7, 11, 11, 8, 7];
        string[] relations = ["det", "root", "punct", "flat", "punct", "amod", "nsubj", "parataxis", "obj", "case", "det", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNP", "HYPH", "NNP", "HYPH", "VBN", "NN", "VBD", "NN", "IN", "DT", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[7], relations[7]));
        Assert.Equal((5, "compound"), (heads[1], relations[1]));
        Assert.Equal((6, "det"), (heads[0], relations[0]));
        Assert.Equal((7, "nsubj"), (heads[6], relations[6]));
        // The al - Qaida - linked group known as JNIM claimed responsibility . (the name a second subject)
        string[] second = ["The", "al", "-", "Qaida", "-", "linked", "group", "known", "as", "JNIM", "claimed", "responsibility", "."];
        int[] secondHeads = [1, 10, 3, 1, 3, 6, 10, 6, 9, 7, -1, 10, 10];
        string[] secondRelations = ["det", "nsubj", "punct", "flat", "punct", "amod", "nsubj", "acl", "case", "obl", "root", "obj", "punct"];
        ParseRepairs.Apply(second, ["DT", "NNP", "HYPH", "NNP", "HYPH", "VBN", "NN", "VBN", "IN", "NNP", "VBD", "NN", "."], secondHeads, secondRelations);
        Assert.Equal((5, "compound"), (secondHeads[1], secondRelations[1]));
        Assert.Equal((6, "det"), (secondHeads[0], secondRelations[0]));
        Assert.Equal((10, "nsubj"), (secondHeads[6], secondRelations[6]));
    }

    [Fact]
    public void A_dislocated_noun_right_after_a_verb_without_an_object_is_its_object()
    {
        // Soldiers and National Guard troops were searching the area , Zacatecas Gov. David Monreal said .
        string[] forms = ["Soldiers", "and", "National", "Guard", "troops", "were", "searching", "the", "area", ",", "Zacatecas", "Gov.", "David", "Monreal", "said", "."];
        int[] heads = [6, 4, 3, 4, 0, 6, 14, 8, 14, 8, 14, 10, 10, 12, -1, 14];
        string[] relations = ["nsubj", "cc", "amod", "compound", "conj", "aux", "ccomp", "det", "dislocated", "punct", "nsubj", "flat", "flat", "flat", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "CC", "NNP", "NNP", "NNS", "VBD", "VBG", "DT", "NN", ",", "NNP", "NNP", "NNP", "NNP", "VBD", "."], heads, relations);
        Assert.Equal((6, "obj"), (heads[8], relations[8]));
    }

    [Fact]
    public void A_verb_coordinated_with_an_adverb_is_coordinated_with_the_verb_it_modifies()
    {
        // Three of the passengers were released hours later and told investigators the kidnappers had asked .
        string[] forms = ["Three", "of", "the", "passengers", "were", "released", "hours", "later", "and", "told", "investigators", "the", "kidnappers", "had", "asked", "."];
        int[] heads = [5, 3, 3, 0, 5, -1, 7, 5, 9, 7, 9, 12, 14, 14, 9, 5];
        string[] relations = ["nsubj:pass", "case", "det", "nmod", "aux:pass", "root", "obl:unmarked", "advmod", "cc", "conj", "iobj", "det", "nsubj", "aux", "ccomp", "punct"];
        ParseRepairs.Apply(forms, ["CD", "IN", "DT", "NNS", "VBD", "VBN", "NNS", "RBR", "CC", "VBD", "NNS", "DT", "NNS", "VBD", "VBN", "."], heads, relations);
        Assert.Equal((5, "conj"), (heads[9], relations[9]));
    }

    [Fact]
    public void A_who_clause_after_a_name_that_follows_of_is_a_relative_clause_on_the_name()
    {
        // Youths demanded the release of Mamadou Saliou Barry , a senior official of the UFDG , who was arrested by gendarmes last month .
        string[] forms = ["Youths", "demanded", "the", "release", "of", "Mamadou", "Saliou", "Barry", ",", "a", "senior", "official", "of", "the", "UFDG", ",", "who", "was", "arrested", "by", "gendarmes",
                          "last", "month", "."];
        int[] heads = [1, -1, 3, 1, 18, 18, 5, 5, 11, 11, 11, 5, 14, 14, 11, 18, 18, 18, 3, 20, 18, 22, 18, 1];
        string[] relations = ["nsubj", "root", "det", "obj", "mark", "obl", "flat", "flat", "punct", "det", "amod", "appos", "case", "det", "nmod", "punct", "nsubj:pass", "aux:pass", "acl", "case", "obl:agent",
                              "amod", "obl:unmarked", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "DT", "NN", "IN", "NNP", "NNP", "NNP", ",", "DT", "JJ", "NN", "IN", "DT", "NNP", ",", "WP", "VBD", "VBN", "IN", "NNS",
                                   "JJ", "NN", "."], heads, relations);
        Assert.Equal((5, "acl:relcl"), (heads[18], relations[18]));
        Assert.Equal((3, "nmod"), (heads[5], relations[5]));
        Assert.Equal((5, "case"), (heads[4], relations[4]));
    }

    [Fact]
    public void Late_read_as_a_second_subject_is_an_adverb()
    {
        // Lebanese President Joseph Aoun late on Monday condemned the strikes .
        string[] forms = ["Lebanese", "President", "Joseph", "Aoun", "late", "on", "Monday", "condemned", "the", "strikes", "."];
        int[] heads = [-1, 2, 7, 2, 7, 6, 4, 0, 9, 7, 7];
        string[] relations = ["root", "nmod:desc", "nsubj", "flat", "nsubj", "case", "obl", "parataxis", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "NNP", "NNP", "NNP", "JJ", "IN", "NNP", "VBD", "DT", "NNS", "."], heads, relations);
        Assert.Equal((7, "advmod"), (heads[4], relations[4]));
        Assert.Equal((7, "nsubj"), (heads[2], relations[2]));
    }

    [Fact]
    public void An_opening_time_read_as_the_root_over_a_subject_and_its_apposition_dates_the_verb()
    {
        // On Tuesday morning , dozens of women , many of them soldiers ' wives , blocked the road .
        string[] forms = ["On", "Tuesday", "morning", ",", "dozens", "of", "women", ",", "many", "of", "them", "soldiers", "'", "wives", ",", "blocked", "the", "road", "."];
        int[] heads = [2, 2, -1, 4, 2, 6, 4, 13, 13, 10, 8, 13, 11, 2, 15, 13, 17, 15, 2];
        string[] relations = ["case", "compound", "root", "punct", "conj", "case", "nmod", "punct", "nsubj", "case", "nmod", "nmod:poss", "case", "conj", "punct", "conj", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["IN", "NNP", "NN", ",", "NNS", "IN", "NNS", ",", "JJ", "IN", "PRP", "NNS", "POS", "NNS", ",", "VBD", "DT", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[15], relations[15]));
        Assert.Equal((15, "obl"), (heads[2], relations[2]));
        Assert.Equal((15, "nsubj"), (heads[4], relations[4]));
        Assert.Equal((4, "appos"), (heads[13], relations[13]));
        Assert.Equal(15, heads[18]);
    }

    [Fact]
    public void An_opening_time_read_as_the_root_over_a_split_subject_dates_the_verb_and_a_name_after_with_is_no_subject()
    {
        // By Tuesday afternoon , several hundred traders and residents had blocked the road linking Tank with Dera Ismail Khan , burning tyres and demanding that the government restore order .
        string[] forms = ["By", "Tuesday", "afternoon", ",", "several", "hundred", "traders", "and", "residents", "had", "blocked", "the", "road", "linking", "Tank", "with", "Dera", "Ismail", "Khan",
                          ",", "burning", "tyres", "and", "demanding", "that", "the", "government", "restore", "order", "."];
        int[] heads = [2, 2, -1, 2, 5, 6, 2, 10, 10, 10, 6, 12, 10, 12, 13, 23, 23, 16, 16, 20, 16, 20, 23, 10, 27, 26, 27, 23, 27, 2];
        string[] relations = ["case", "compound", "root", "punct", "amod", "nummod", "obj", "cc", "nsubj", "aux", "conj", "det", "obj", "acl", "obj", "mark", "nsubj", "flat", "flat",
                              "punct", "conj", "obj", "cc", "advcl", "mark", "det", "nsubj", "ccomp", "obj", "punct"];
        ParseRepairs.Apply(forms, ["IN", "NNP", "NN", ",", "JJ", "CD", "NNS", "CC", "NNS", "VBD", "VBN", "DT", "NN", "VBG", "NN", "IN", "NNP", "NNP", "NNP",
                                   ",", "VBG", "NNS", "CC", "VBG", "IN", "DT", "NN", "VB", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[10], relations[10]));
        Assert.Equal((10, "obl"), (heads[2], relations[2]));
        Assert.Equal((10, "nsubj"), (heads[6], relations[6]));
        Assert.Equal((6, "conj"), (heads[8], relations[8]));
        Assert.Equal((13, "obl"), (heads[16], relations[16]));
        Assert.Equal((16, "case"), (heads[15], relations[15]));
        Assert.Equal(23, heads[20]);
    }

    [Fact]
    public void A_past_verb_read_as_a_modifier_of_an_infinitives_subject_is_the_root()
    {
        // Amnesty International called on the authorities to protect civilians and to investigate reports .
        string[] forms = ["Amnesty", "International", "called", "on", "the", "authorities", "to", "protect", "civilians", "and", "to", "investigate", "reports", "."];
        int[] heads = [11, 0, 1, 5, 5, 2, 7, 2, 7, 11, 11, -1, 11, 11];
        string[] relations = ["nsubj", "flat", "acl", "case", "det", "obl", "mark", "advcl", "obj", "cc", "mark", "root", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "NNP", "VBD", "IN", "DT", "NNS", "TO", "VB", "NNS", "CC", "TO", "VB", "NNS", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[2], relations[2]));
        Assert.Equal((2, "nsubj"), (heads[0], relations[0]));
        Assert.Equal((7, "conj"), (heads[11], relations[11]));
        Assert.Equal(2, heads[13]);
    }

    [Fact]
    public void A_past_after_a_whose_clause_on_a_noun_root_is_the_root()
    {
        // The militia , whose members believe rituals make them bulletproof , clashed with the insurgents .
        string[] forms = ["The", "militia", ",", "whose", "members", "believe", "rituals", "make", "them", "bulletproof", ",", "clashed", "with", "the", "insurgents", "."];
        int[] heads = [1, -1, 1, 4, 5, 1, 7, 5, 7, 7, 7, 7, 14, 14, 11, 1];
        string[] relations = ["det", "root", "punct", "nmod:poss", "nsubj", "parataxis", "nsubj", "ccomp", "obj", "xcomp", "punct", "xcomp", "case", "det", "obl", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", ",", "WP$", "NNS", "VBP", "NNS", "VBP", "PRP", "JJ", ",", "VBD", "IN", "DT", "NNS", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[11], relations[11]));
        Assert.Equal((11, "nsubj"), (heads[1], relations[1]));
        Assert.Equal((1, "acl:relcl"), (heads[5], relations[5]));
    }

    [Fact]
    public void A_past_right_after_the_noun_of_suspected_of_is_the_suspects_verb()
    {
        // gunmen suspected of being separatists kidnapped a priest , the archdiocese said .
        string[] forms = ["gunmen", "suspected", "of", "being", "separatists", "kidnapped", "a", "priest", ",", "the", "archdiocese", "said", "."];
        int[] heads = [11, 0, 4, 4, 1, 4, 7, 5, 0, 10, 11, -1, 11];
        string[] relations = ["ccomp", "acl", "case", "amod", "obl", "acl", "det", "obj", "punct", "det", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBN", "IN", "VBG", "NNS", "VBD", "DT", "NN", ",", "DT", "NN", "VBD", "."], heads, relations);
        Assert.Equal((5, "nsubj"), (heads[0], relations[0]));
        Assert.NotEqual("acl", relations[5]);
        Assert.Equal((4, "cop"), (heads[3], relations[3]));
    }

    [Fact]
    public void Coordinated_names_before_a_plural_subject_modify_it()
    {
        // when the Bu Salih and Albu Ghazzi clans fought
        string[] forms = ["when", "the", "Bu", "Salih", "and", "Albu", "Ghazzi", "clans", "fought"];
        int[] heads = [8, 3, 3, 8, 5, 3, 7, 8, -1];
        string[] relations = ["advmod", "det", "compound", "nsubj", "cc", "conj", "compound", "nsubj", "root"];
        ParseRepairs.Apply(forms, ["WRB", "DT", "NNP", "NNP", "CC", "NNP", "NNP", "NNS", "VBD"], heads, relations);
        Assert.Equal((7, "compound"), (heads[3], relations[3]));
        Assert.Equal((5, "flat"), (heads[6], relations[6]));
        Assert.Equal((8, "nsubj"), (heads[7], relations[7]));
    }

    [Fact]
    public void A_participle_root_with_a_subject_before_a_verb_with_had_modifies_the_subject()
    {
        // Two days earlier , explosives dropped from a drone had hit an army base .
        string[] forms = ["Two", "days", "earlier", ",", "explosives", "dropped", "from", "a", "drone", "had", "hit", "an", "army", "base", "."];
        int[] heads = [1, 2, 5, 2, 5, -1, 8, 8, 5, 10, 5, 13, 13, 10, 5];
        string[] relations = ["nummod", "obl:unmarked", "advmod", "punct", "nsubj", "root", "case", "det", "obl", "aux", "conj", "det", "compound", "obj", "punct"];
        ParseRepairs.Apply(forms, ["CD", "NNS", "RBR", ",", "NNS", "VBN", "IN", "DT", "NN", "VBD", "VBN", "DT", "NN", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[10], relations[10]));
        Assert.Equal((10, "nsubj"), (heads[4], relations[4]));
        Assert.Equal((4, "acl"), (heads[5], relations[5]));
        Assert.Equal((10, 10), (heads[2], heads[14]));
    }

    [Fact]
    public void A_who_clause_read_as_a_complement_is_a_relative_clause_and_a_participle_after_it_the_main_verbs()
    {
        // the gang threatened to kill drivers in Juticalpa who refused to pay , prompting a strike .
        string[] forms = ["the", "gang", "threatened", "to", "kill", "drivers", "in", "Juticalpa", "who", "refused", "to", "pay", ",", "prompting", "a", "strike", "."];
        int[] heads = [1, 2, -1, 4, 2, 4, 7, 4, 9, 4, 11, 9, 13, 9, 15, 13, 2];
        string[] relations = ["det", "nsubj", "root", "mark", "xcomp", "obj", "case", "obl", "nsubj", "ccomp", "mark", "xcomp", "punct", "advcl", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "TO", "VB", "NNS", "IN", "NNP", "WP", "VBD", "TO", "VB", ",", "VBG", "DT", "NN", "."], heads, relations);
        Assert.Equal((5, "acl:relcl"), (heads[9], relations[9]));
        Assert.Equal(2, heads[13]);
    }

    [Fact]
    public void To_death_hung_on_the_object_is_the_verbs()
    {
        // A mob beat a man to death .
        string[] forms = ["A", "mob", "beat", "a", "man", "to", "death", "."];
        int[] heads = [1, 2, -1, 4, 2, 6, 4, 2];
        string[] relations = ["det", "nsubj", "root", "det", "obj", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "DT", "NN", "IN", "NN", "."], heads, relations);
        Assert.Equal((2, "obl"), (heads[6], relations[6]));
    }

    [Fact]
    public void A_counted_noun_before_the_preposition_of_the_phrase_it_hangs_on_is_the_verbs_object()
    {
        // police arrested 12 men after a shootout that wounded five people .
        string[] forms = ["police", "arrested", "12", "men", "after", "a", "shootout", "that", "wounded", "five", "people", "."];
        string?[] xpos = ["NNS", "VBD", "CD", "NNS", "IN", "DT", "NN", "WDT", "VBD", "CD", "NNS", "."];
        int[] heads = [1, -1, 3, 6, 6, 6, 1, 8, 6, 10, 1, 1];
        string[] relations = ["nsubj", "root", "nummod", "nmod:unmarked", "case", "det", "obl", "nsubj", "acl:relcl", "nummod", "obl:unmarked", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((1, "obj"), (heads[3], relations[3]));
        Assert.Equal((8, "obj"), (heads[10], relations[10]));
        // (A measure before a preposition stays: "walked 10 feet behind their husbands".)
        string[] walkedForms = ["women", "walked", "10", "feet", "behind", "their", "husbands", "."];
        int[] walkedHeads = [1, -1, 3, 6, 6, 6, 1, 1];
        string[] walkedRelations = ["nsubj", "root", "nummod", "nmod:unmarked", "case", "nmod:poss", "obl", "punct"];
        ParseRepairs.Apply(walkedForms, ["NNS", "VBD", "CD", "NNS", "IN", "PRP$", "NNS", "."], walkedHeads, walkedRelations);
        Assert.Equal((6, "nmod:unmarked"), (walkedHeads[3], walkedRelations[3]));
    }

    [Fact]
    public void An_opening_span_read_as_the_root_dates_the_subjectless_verb_after_it()
    {
        // Hours later , soldiers and officers of Pakal , a state force , clashed with gunmen .
        //   0     1   2     3     4     5     6    7   8  9   10   11  12    13    14     15   16
        string[] forms = ["Hours", "later", ",", "soldiers", "and", "officers", "of", "Pakal", ",", "a", "state", "force", ",", "clashed", "with", "gunmen", "."];
        string?[] xpos = ["NNS", "RBR", ",", "NNS", "CC", "NNS", "IN", "NNP", ",", "DT", "NN", "NN", ",", "VBD", "IN", "NNS", "."];
        int[] heads = [-1, 0, 3, 1, 5, 1, 7, 5, 11, 11, 11, 1, 11, 11, 15, 13, 0];
        string[] relations = ["root", "advmod", "punct", "conj", "cc", "conj", "case", "nmod", "punct", "det", "compound", "appos", "punct", "acl", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((-1, "root"), (heads[13], relations[13]));
        Assert.Equal((13, "nsubj"), (heads[3], relations[3]));
        Assert.Equal((13, "obl:unmarked"), (heads[0], relations[0]));
        Assert.Equal((3, "conj"), (heads[5], relations[5]));
        Assert.Equal(13, heads[16]);
    }

    [Fact]
    public void Last_week_read_as_a_compound_of_the_subject_is_when_its_verb_acted()
    {
        // and last week soldiers and police raided homes .
        string[] forms = ["and", "last", "week", "soldiers", "and", "police", "raided", "homes", "."];
        int[] heads = [6, 2, 3, 6, 5, 3, -1, 6, 6];
        string[] relations = ["cc", "amod", "compound", "nsubj", "cc", "conj", "root", "obj", "punct"];
        ParseRepairs.Apply(forms, ["CC", "JJ", "NN", "NNS", "CC", "NNS", "VBD", "NNS", "."], heads, relations);
        Assert.Equal((6, "obl:unmarked"), (heads[2], relations[2]));
    }

    [Fact]
    public void Modifiers_coordinated_before_their_plural_noun_are_its_compounds()
    {
        // hundreds of bus and taxi drivers blocked the road .
        string[] forms = ["hundreds", "of", "bus", "and", "taxi", "drivers", "blocked", "the", "road", "."];
        int[] heads = [6, 2, 0, 5, 5, 2, -1, 8, 6, 6];
        string[] relations = ["nsubj", "case", "nmod", "cc", "compound", "conj", "root", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "IN", "NN", "CC", "NN", "NNS", "VBD", "DT", "NN", "."], heads, relations);
        Assert.Equal((0, "nmod"), (heads[5], relations[5]));
        Assert.Equal((5, "compound"), (heads[2], relations[2]));
        Assert.Equal((2, "conj"), (heads[4], relations[4]));
        Assert.Equal((5, "case"), (heads[1], relations[1]));
        // (Not a noun phrase of its own: "attacked a bus and taxi drivers".)
        forms = ["gunmen", "attacked", "a", "bus", "and", "taxi", "drivers", "."];
        heads = [1, -1, 3, 1, 6, 6, 3, 1];
        relations = ["nsubj", "root", "det", "obj", "cc", "compound", "conj", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "DT", "NN", "CC", "NN", "NNS", "."], heads, relations);
        Assert.Equal((3, "conj"), (heads[6], relations[6]));
    }

    [Fact]
    public void A_relative_clause_hung_on_whom_or_on_a_trailing_reporter_is_the_nouns()
    {
        // Gunmen released 17 passengers whom they had abducted .
        string[] forms = ["Gunmen", "released", "17", "passengers", "whom", "they", "had", "abducted", "."];
        string?[] xpos = ["NNS", "VBD", "CD", "NNS", "WP", "PRP", "VBD", "VBN", "."];
        int[] heads = [1, -1, 3, 1, 3, 7, 7, 4, 1];
        string[] relations = ["nsubj", "root", "nummod", "obj", "obj", "nsubj", "aux", "acl:relcl", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((3, "acl:relcl"), (heads[7], relations[7]));
        Assert.Equal((7, "obj"), (heads[4], relations[4]));
        // gunmen released passengers near Niafunke whom they had seized , a leader said .
        //   0       1        2        3      4       5    6   7    8    9 10   11    12  13
        forms = ["gunmen", "released", "passengers", "near", "Niafunke", "whom", "they", "had", "seized", ",", "a", "leader", "said", "."];
        xpos = ["NNS", "VBD", "NNS", "IN", "NNP", "WP", "PRP", "VBD", "VBN", ",", "DT", "NN", "VBD", "."];
        heads = [1, 12, 1, 4, 2, 8, 8, 8, 12, 11, 11, 12, -1, 12];
        relations = ["nsubj", "ccomp", "obj", "case", "nmod", "obj", "nsubj", "aux", "ccomp", "punct", "det", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((2, "acl:relcl"), (heads[8], relations[8]));
    }

    [Fact]
    public void A_preposition_hung_on_a_count_is_its_nouns()
    {
        // WFP distributed food to 4,000 displaced families .
        string[] forms = ["WFP", "distributed", "food", "to", "4,000", "displaced", "families", "."];
        int[] heads = [1, -1, 1, 4, 6, 6, 1, 1];
        string[] relations = ["nsubj", "root", "obj", "case", "nummod", "amod", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "VBD", "NN", "IN", "CD", "VBN", "NNS", "."], heads, relations);
        Assert.Equal((6, "case"), (heads[3], relations[3]));
        Assert.Equal((1, "obl"), (heads[6], relations[6]));
    }

    [Fact]
    public void A_day_after_and_read_as_punctuation_with_its_verb_opens_a_coordinated_clause()
    {
        // clashes left nine fighters dead , and last Thursday gunmen shot dead a leader , the AP reported .
        string[] forms = ["clashes", "left", "nine", "fighters", "dead", ",", "and", "last", "Thursday", "gunmen", "shot", "dead", "a", "leader", ",", "the", "AP", "reported", "."];
        int[] heads = [1, -1, 3, 1, 3, 17, 17, 8, 6, 10, 8, 10, 13, 10, 16, 16, 17, 1, 1];
        string[] relations = ["nsubj", "root", "nummod", "obj", "amod", "punct", "cc", "amod", "punct", "nsubj", "punct", "xcomp", "det", "obj", "punct", "det", "nsubj", "conj", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "CD", "NNS", "JJ", ",", "CC", "JJ", "NNP", "NNS", "VBD", "JJ", "DT", "NN", ",", "DT", "NNP", "VBD", "."], heads, relations);
        Assert.Equal((1, "conj"), (heads[10], relations[10]));
        Assert.Equal((10, "cc"), (heads[6], relations[6]));
        Assert.Equal((10, "obl"), (heads[8], relations[8]));
        Assert.Equal((1, "parataxis"), (heads[17], relations[17]));
    }

    [Fact]
    public void A_noun_after_and_before_a_participle_is_the_objects_conjunct_and_a_month_after_and_dates_the_next_clause()
    {
        // gunmen shot dead a vaccinator and the policeman escorting him in Kulachi , and in March last year a bomber killed four policemen .
        string[] forms = ["gunmen", "shot", "dead", "a", "vaccinator", "and", "the", "policeman", "escorting", "him", "in", "Kulachi", ",", "and", "in", "March", "last", "year", "a", "bomber",
                          "killed", "four", "policemen", "."];
        int[] heads = [1, -1, 1, 4, 1, 8, 7, 8, 1, 8, 11, 8, 15, 15, 15, 11, 17, 8, 19, 20, 1, 22, 20, 1];
        string[] relations = ["nsubj", "root", "xcomp", "det", "obj", "cc", "det", "nsubj", "conj", "obj", "case", "obl", "punct", "cc", "case", "conj", "amod", "obl:unmarked", "det", "nsubj",
                              "conj", "nummod", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "JJ", "DT", "NN", "CC", "DT", "NN", "VBG", "PRP", "IN", "NNP", ",", "CC", "IN", "NNP", "JJ", "NN", "DT", "NN", "VBD", "CD", "NNS", "."],
                           heads, relations);
        Assert.Equal((4, "conj"), (heads[7], relations[7]));
        Assert.Equal((7, "acl"), (heads[8], relations[8]));
        Assert.Equal((20, "obl"), (heads[15], relations[15]));
        Assert.Equal((15, "nmod:unmarked"), (heads[17], relations[17]));
    }

    [Fact]
    public void A_noun_after_on_read_as_a_participles_compound_is_the_prepositions_object()
    {
        // The spokesman threatened further attacks on police taking part in army operations .
        string[] forms = ["The", "spokesman", "threatened", "further", "attacks", "on", "police", "taking", "part", "in", "army", "operations", "."];
        int[] heads = [1, 2, -1, 4, 2, 7, 7, 2, 7, 11, 11, 7, 2];
        string[] relations = ["det", "nsubj", "root", "amod", "obj", "mark", "compound", "advcl", "obj", "case", "compound", "obl", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "JJ", "NNS", "IN", "NN", "VBG", "NN", "IN", "NN", "NNS", "."], heads, relations);
        Assert.Equal((4, "nmod"), (heads[6], relations[6]));
        Assert.Equal((6, "case"), (heads[5], relations[5]));
        Assert.Equal((6, "acl"), (heads[7], relations[7]));
    }

    [Fact]
    public void A_participle_hung_on_the_opening_phrase_is_the_verbs()
    {
        // In the town centre , dozens of women protested on Monday , demanding that the government act .
        string[] forms = ["In", "the", "town", "centre", ",", "dozens", "of", "women", "protested", "on", "Monday", ",", "demanding", "that", "the", "government", "act", "."];
        int[] heads = [3, 3, 3, 8, 5, 8, 7, 5, -1, 10, 8, 12, 3, 16, 15, 16, 12, 8];
        string[] relations = ["case", "det", "compound", "obl", "punct", "nsubj", "case", "nmod", "root", "case", "obl", "punct", "advcl", "mark", "det", "nsubj", "ccomp", "punct"];
        ParseRepairs.Apply(forms, ["IN", "DT", "NN", "NN", ",", "NNS", "IN", "NNS", "VBD", "IN", "NNP", ",", "VBG", "IN", "DT", "NN", "VB", "."], heads, relations);
        Assert.Equal((8, "advcl"), (heads[12], relations[12]));
    }

    [Fact]
    public void Names_joined_before_the_modifiers_of_a_noun_name_its_kinds()
    {
        // The governor held talks with Twa and Luba community leaders .
        string[] forms = ["The", "governor", "held", "talks", "with", "Twa", "and", "Luba", "community", "leaders", "."];
        int[] heads = [1, 2, -1, 2, 5, 3, 9, 9, 9, 5, 2];
        string[] relations = ["det", "nsubj", "root", "obj", "case", "nmod", "cc", "compound", "compound", "conj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "NNS", "IN", "NNP", "CC", "NNP", "NN", "NNS", "."], heads, relations);
        Assert.Equal((9, "compound"), (heads[5], relations[5]));
        Assert.Equal((5, "conj"), (heads[7], relations[7]));
        Assert.Equal((9, "case"), (heads[4], relations[4]));
        Assert.Equal(3, heads[9]);
    }

    [Fact]
    public void A_with_phrase_on_the_place_of_a_meeting_is_the_verbs()
    {
        // The adviser held talks in Imphal with Meitei and Kuki civil society leaders .
        string[] forms = ["The", "adviser", "held", "talks", "in", "Imphal", "with", "Meitei", "and", "Kuki", "civil", "society", "leaders", "."];
        int[] heads = [1, 2, -1, 2, 5, 2, 7, 5, 9, 7, 11, 12, 2, 2];
        string[] relations = ["det", "nsubj", "root", "obj", "case", "obl", "case", "nmod", "cc", "conj", "amod", "compound", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "NNS", "IN", "NNP", "IN", "NNP", "CC", "NNP", "JJ", "NN", "NNS", "."], heads, relations);
        Assert.Equal((2, "obl"), (heads[12], relations[12]));
        Assert.Equal((12, "compound"), (heads[7], relations[7]));
        Assert.Equal((12, "case"), (heads[6], relations[6]));
    }

    [Fact]
    public void A_past_after_a_relative_clause_on_a_noun_root_is_the_verb_and_a_trailing_reporter_reports_it()
    {
        // The attackers , whom residents identified as militiamen , also abducted five women , administrator Kitenge told Reuters .
        string[] forms = ["The", "attackers", ",", "whom", "residents", "identified", "as", "militiamen", ",", "also", "abducted", "five", "women", ",", "administrator", "Kitenge", "told", "Reuters", "."];
        int[] heads = [1, -1, 5, 5, 5, 1, 7, 5, 10, 10, 5, 12, 10, 14, 16, 14, 10, 16, 1];
        string[] relations = ["det", "root", "punct", "obj", "nsubj", "acl:relcl", "case", "obl", "punct", "advmod", "conj", "nummod", "obj", "punct", "nsubj", "appos", "advcl:relcl", "iobj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNS", ",", "WP", "NNS", "VBD", "IN", "NNS", ",", "RB", "VBD", "CD", "NNS", ",", "NN", "NNP", "VBD", "NNP", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[10], relations[10]));
        Assert.Equal((10, "nsubj"), (heads[1], relations[1]));
        Assert.Equal((10, "parataxis"), (heads[16], relations[16]));
    }

    [Fact]
    public void A_subject_read_as_the_head_of_the_time_before_it_is_the_verbs_subject()
    {
        // The magistrate imposed a curfew , and on Thursday morning police arrested five men .
        string[] forms = ["The", "magistrate", "imposed", "a", "curfew", ",", "and", "on", "Thursday", "morning", "police", "arrested", "five", "men", "."];
        int[] heads = [1, 2, -1, 4, 2, 11, 11, 10, 10, 10, 11, 2, 13, 11, 2];
        string[] relations = ["det", "nsubj", "root", "det", "obj", "punct", "cc", "case", "compound", "compound", "obl", "conj", "nummod", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "DT", "NN", ",", "CC", "IN", "NNP", "NN", "NN", "VBD", "CD", "NNS", "."], heads, relations);
        Assert.Equal((11, "nsubj"), (heads[10], relations[10]));
        Assert.Equal((11, "obl"), (heads[9], relations[9]));
        Assert.Equal((9, 9), (heads[7], heads[8]));
        // The army deployed troops , and on Tuesday gendarmes arrested three men .
        forms = ["The", "army", "deployed", "troops", ",", "and", "on", "Tuesday", "gendarmes", "arrested", "three", "men", "."];
        heads = [1, 2, -1, 2, 9, 9, 8, 8, 9, 2, 11, 9, 2];
        relations = ["det", "nsubj", "root", "obj", "punct", "cc", "case", "compound", "nsubj", "conj", "nummod", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "NNS", ",", "CC", "IN", "NNP", "NNS", "VBD", "CD", "NNS", "."], heads, relations);
        Assert.Equal((9, "obl"), (heads[7], relations[7]));
        Assert.Equal((7, "nsubj"), (heads[6], relations[8]));
    }

    [Fact]
    public void Late_read_as_the_subject_with_the_subject_its_conjunct_after_the_comma_is_an_adverb()
    {
        // Late on Wednesday , suspected militants fired at a police post .
        string[] forms = ["Late", "on", "Wednesday", ",", "suspected", "militants", "fired", "at", "a", "police", "post", "."];
        int[] heads = [6, 2, 0, 5, 5, 0, -1, 10, 10, 10, 6, 6];
        string[] relations = ["nsubj", "case", "obl", "punct", "amod", "conj", "root", "case", "det", "compound", "obl", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "IN", "NNP", ",", "VBN", "NNS", "VBD", "IN", "DT", "NN", "NN", "."], heads, relations);
        Assert.Equal((6, "advmod"), (heads[0], relations[0]));
        Assert.Equal((6, "nsubj"), (heads[5], relations[5]));
    }

    [Fact]
    public void A_subject_with_a_relative_clause_before_a_reporter_for_a_body_is_the_reported_verbs()
    {
        // Security Belt forces , which are loyal to the separatist Southern Transitional Council ( STC ) , detained at least nine people in raids across Al Mansoura late on Wednesday , a spokesman for the forces said .
        string[] forms = ["Security", "Belt", "forces", ",", "which", "are", "loyal", "to", "the", "separatist", "Southern", "Transitional", "Council", "(", "STC", ")", ",", "detained", "at", "least", "nine",
                          "people", "in", "raids", "across", "Al", "Mansoura", "late", "on", "Wednesday", ",", "a", "spokesman", "for", "the", "forces", "said", "."];
        int[] heads = [1, 2, 36, 6, 6, 6, 36, 12, 12, 12, 12, 12, 6, 14, 12, 14, 17, 36, 19, 20, 21, 17, 23, 21, 25, 23, 25, 25, 29, 25, 32, 32, 36, 36, 35, 36, -1, 36];
        string[] relations = ["compound", "compound", "nsubj", "punct", "nsubj", "cop", "ccomp", "case", "det", "amod", "amod", "compound", "obl", "punct", "appos", "punct", "punct", "ccomp", "case", "nmod", "nummod",
                              "obj", "case", "nmod", "case", "nmod", "flat", "flat", "case", "nmod", "punct", "det", "nsubj", "mark", "det", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NN", "NN", "NNS", ",", "WDT", "VBP", "JJ", "IN", "DT", "JJ", "NNP", "NNP", "NNP", "-LRB-", "NNP", "-RRB-", ",", "VBN", "IN", "JJS", "CD",
                                   "NNS", "IN", "NNS", "IN", "NNP", "NNP", "RB", "IN", "NNP", ",", "DT", "NN", "IN", "DT", "NNS", "VBD", "."], heads, relations);
        Assert.Equal((35, "case"), (heads[33], relations[33]));
        Assert.Equal((32, "nmod"), (heads[35], relations[35]));
        Assert.Equal((17, "nsubj"), (heads[2], relations[2]));
        Assert.Equal((2, "acl:relcl"), (heads[6], relations[6]));
    }

    [Fact]
    public void A_compound_split_between_an_object_and_a_passives_subject_is_the_object_and_the_phrase_before_is_the_subject()
    {
        // Two men suspected of helping to assemble the car bomb were detained by police in Bir al - Abd late Wednesday , it added .
        string[] forms = ["Two", "men", "suspected", "of", "helping", "to", "assemble", "the", "car", "bomb", "were", "detained", "by", "police", "in", "Bir", "al", "-", "Abd", "late", "Wednesday", ",", "it",
                          "added", "."];
        int[] heads = [1, 23, 1, 4, 2, 6, 4, 8, 6, 11, 11, 23, 13, 11, 15, 13, 15, 18, 15, 20, 23, 20, 23, -1, 23];
        string[] relations = ["nummod", "nsubj", "acl", "mark", "advcl", "mark", "xcomp", "det", "obj", "nsubj:pass", "aux:pass", "ccomp", "case", "obl:agent", "case", "nmod", "flat", "punct", "flat", "amod",
                              "ccomp", "punct", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["CD", "NNS", "VBN", "IN", "VBG", "TO", "VB", "DT", "NN", "NN", "VBD", "VBN", "IN", "NN", "IN", "NNP", "NNP", "HYPH", "NNP", "JJ", "NNP", ",", "PRP",
                                   "VBD", "."], heads, relations);
        Assert.Equal((6, "obj"), (heads[9], relations[9]));
        Assert.Equal((9, "compound"), (heads[8], relations[8]));
        Assert.Equal((11, "nsubj:pass"), (heads[1], relations[1]));
    }

    [Fact]
    public void A_modifier_of_the_subject_read_as_a_reported_clause_modifies_the_subject_of_the_reported_verb()
    {
        // Gang members armed with automatic rifles stormed the town of Mirebalais in central Haiti early Monday , setting fire to homes and freeing more than 500 inmates from the local prison , officials said .
        string[] forms = ["Gang", "members", "armed", "with", "automatic", "rifles", "stormed", "the", "town", "of", "Mirebalais", "in", "central", "Haiti", "early", "Monday", ",", "setting", "fire", "to",
                          "homes", "and", "freeing", "more", "than", "500", "inmates", "from", "the", "local", "prison", ",", "officials", "said", "."];
        int[] heads = [1, 33, 33, 5, 5, 6, 33, 8, 6, 10, 8, 13, 13, 10, 15, 6, 17, 6, 17, 20, 17, 22, 17, 25, 23, 26, 22, 30, 30, 30, 22, 6, 33, -1, 33];
        string[] relations = ["compound", "nsubj", "ccomp", "case", "amod", "nsubj", "ccomp", "det", "obj", "case", "nmod", "case", "amod", "nmod", "amod", "obl", "punct", "advcl", "obj", "case", "obl", "cc",
                              "conj", "advmod", "fixed", "nummod", "obj", "case", "det", "amod", "obl", "punct", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NN", "NNS", "JJ", "IN", "JJ", "NNS", "VBD", "DT", "NN", "IN", "NNP", "IN", "JJ", "NNP", "JJ", "NNP", ",", "VBG", "NN", "IN", "NNS", "CC", "VBG", "JJR", "IN", "CD", "NNS",
                                   "IN", "DT", "JJ", "NN", ",", "NNS", "VBD", "."], heads, relations);
        Assert.Equal((6, "nsubj"), (heads[1], relations[1]));
        Assert.Equal((1, "acl"), (heads[2], relations[2]));
        Assert.Equal((2, "obl"), (heads[5], relations[5]));
        Assert.Equal((33, "ccomp"), (heads[6], relations[6]));
    }

    [Fact]
    public void Though_read_as_the_case_of_a_noun_opens_the_clause_that_noun_is_the_subject_of()
    {
        // At least 10 people were killed , including two police officers , according to Haiti 's National Police , though a local radio station put the death toll at 25 .
        string[] forms = ["At", "least", "10", "people", "were", "killed", ",", "including", "two", "police", "officers", ",", "according", "to", "Haiti", "'s", "National", "Police", ",", "though", "a",
                          "local", "radio", "station", "put", "the", "death", "toll", "at", "25", "."];
        int[] heads = [1, 2, 3, 5, 5, -1, 10, 10, 9, 10, 24, 17, 17, 12, 17, 14, 17, 10, 19, 23, 23, 23, 23, 10, 5, 27, 27, 24, 29, 24, 5];
        string[] relations = ["case", "nmod", "nummod", "nsubj:pass", "aux:pass", "root", "punct", "case", "nummod", "compound", "nsubj", "punct", "case", "fixed", "nmod:poss", "case", "amod", "nmod",
                              "punct", "case", "det", "amod", "compound", "nmod", "conj", "det", "compound", "obj", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["IN", "JJS", "CD", "NNS", "VBD", "VBN", ",", "VBG", "CD", "NNS", "NNS", ",", "VBG", "IN", "NNP", "POS", "NNP", "NNP", ",", "IN", "DT", "JJ", "NN", "NN", "VB", "DT", "NN",
                                   "NN", "IN", "CD", "."], heads, relations);
        Assert.Equal((24, "nsubj"), (heads[23], relations[23]));
        Assert.Equal((24, "mark"), (heads[19], relations[19]));
        Assert.Equal((5, "advcl"), (heads[24], relations[24]));
        Assert.Equal((5, "obl"), (heads[10], relations[10]));
    }

    [Fact]
    public void A_finite_verb_coordinated_with_a_noun_is_coordinated_with_the_verb_above_it_in_its_tense()
    {
        // Sen. John Thune of South Dakota , the No. 2 Republican , dismissed the legislation as " a show vote " and said Democrats knew it would fail .
        string[] forms = ["Sen.", "John", "Thune", "of", "South", "Dakota", ",", "the", "No.", "2", "Republican", ",", "dismissed", "the", "legislation", "as", "\"", "a", "show", "vote", "\"", "and",
                          "said", "Democrats", "knew", "it", "would", "fail", "."];
        int[] heads = [12, 0, 0, 5, 5, 2, 10, 10, 10, 8, 0, 0, -1, 14, 12, 19, 19, 19, 19, 12, 19, 22, 19, 24, 22, 27, 27, 24, 12];
        string[] relations = ["nsubj", "flat", "flat", "case", "compound", "nmod", "punct", "det", "compound", "flat", "appos", "punct", "root", "det", "obj", "case", "punct", "det", "compound", "obl",
                              "punct", "cc", "conj", "nsubj", "ccomp", "nsubj", "aux", "ccomp", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "NNP", "NNP", "IN", "NNP", "NNP", ",", "DT", "NNP", "CD", "NNP", ",", "VBD", "DT", "NN", "IN", "``", "DT", "NN", "NN", "''", "CC", "VBD", "NNPS", "VBD", "PRP",
                                   "MD", "VB", "."], heads, relations);
        Assert.Equal((12, "conj"), (heads[22], relations[22]));
        // (Not a present tense on a past one: "... the vote, and says ..." stays where the parser put it.)
        int[] present = [12, 0, 0, 5, 5, 2, 10, 10, 10, 8, 0, 0, -1, 14, 12, 19, 19, 19, 19, 12, 19, 22, 19, 24, 22, 27, 27, 24, 12];
        string[] presentRelations = ["nsubj", "flat", "flat", "case", "compound", "nmod", "punct", "det", "compound", "flat", "appos", "punct", "root", "det", "obj", "case", "punct", "det", "compound", "obl",
                                     "punct", "cc", "conj", "nsubj", "ccomp", "nsubj", "aux", "ccomp", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "NNP", "NNP", "IN", "NNP", "NNP", ",", "DT", "NNP", "CD", "NNP", ",", "VBD", "DT", "NN", "IN", "``", "DT", "NN", "NN", "''", "CC", "VBZ", "NNPS", "VBD", "PRP",
                                   "MD", "VB", "."], present, presentRelations);
        Assert.Equal(19, present[22]);
    }

    [Fact]
    public void A_weekday_hung_on_the_subject_of_a_past_tense_right_after_it_dates_the_verb()
    {
        // Senate Republicans on Tuesday blocked a Democratic bill .
        string[] forms = ["Senate", "Republicans", "on", "Tuesday", "blocked", "a", "Democratic", "bill", "."];
        int[] heads = [4, 0, 3, 1, -1, 7, 7, 4, 4];
        string[] relations = ["nsubj", "flat", "case", "nmod", "root", "det", "amod", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "NNPS", "IN", "NNP", "VBD", "DT", "JJ", "NN", "."], heads, relations);
        Assert.Equal((4, "obl"), (heads[3], relations[3]));
        // (Not a thing an article introduces: "A segment on Thursday looked at ...".)
        string[] segment = ["A", "Segment", "on", "Thursday", "looked", "at", "it", "."];
        int[] segmentHeads = [1, 4, 3, 1, -1, 6, 4, 4];
        string[] segmentRelations = ["det", "nsubj", "case", "nmod", "root", "case", "obl", "punct"];
        ParseRepairs.Apply(segment, ["DT", "NNP", "IN", "NNP", "VBD", "IN", "PRP", "."], segmentHeads, segmentRelations);
        Assert.Equal((1, "nmod"), (segmentHeads[3], segmentRelations[3]));
    }

    [Fact]
    public void A_coordinated_modifier_split_into_the_root_and_a_trailing_reporter_hung_as_a_relative_clause_are_rejoined()
    {
        // A Russian drone and missile attack on the southern port city of Odesa overnight killed four people and wounded 17 , including a child , Ukrainian officials said Wednesday , as Moscow kept up its strikes on Ukraine 's energy grid ahead of winter .
        string[] forms = ["A", "Russian", "drone", "and", "missile", "attack", "on", "the", "southern", "port", "city", "of", "Odesa", "overnight", "killed", "four", "people", "and", "wounded", "17", ",",
                          "including", "a", "child", ",", "Ukrainian", "officials", "said", "Wednesday", ",", "as", "Moscow", "kept", "up", "its", "strikes", "on", "Ukraine", "'s", "energy", "grid", "ahead", "of",
                          "winter", "."];
        int[] heads = [2, 2, -1, 4, 2, 14, 10, 10, 10, 10, 5, 12, 10, 14, 2, 16, 14, 18, 14, 18, 23, 23, 23, 27, 23, 26, 27, 14, 27, 32, 32, 32, 27, 32, 35, 32, 40, 40, 37, 40, 35, 40, 43, 41, 14];
        string[] relations = ["det", "amod", "root", "cc", "conj", "nsubj", "case", "det", "amod", "compound", "nmod", "case", "nmod", "advmod", "parataxis", "nummod", "obj", "cc", "conj", "flat", "punct",
                              "case", "det", "obl", "punct", "amod", "nsubj", "advcl:relcl", "ccomp", "punct", "mark", "nsubj", "advcl", "compound:prt", "nmod:poss", "obj", "case", "nmod:poss", "case",
                              "compound", "nmod", "advmod", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["DT", "JJ", "NN", "CC", "NN", "NN", "IN", "DT", "JJ", "NN", "NN", "IN", "NNP", "RB", "VBD", "CD", "NNS", "CC", "VBD", "CD", ",", "VBG", "DT", "NN", ",", "JJ", "NNS", "VBD",
                                   "NNP", ",", "IN", "NNP", "VBD", "RP", "PRP$", "NNS", "IN", "NNP", "POS", "NN", "NN", "RB", "IN", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[14], relations[14]));
        Assert.Equal((5, "compound"), (heads[2], relations[2]));
        Assert.Equal((14, "parataxis"), (heads[27], relations[27]));
        Assert.Equal((14, "obl"), (heads[23], relations[23]));
        Assert.Equal((27, "obl:unmarked"), (heads[28], relations[28]));
    }

    [Fact]
    public void A_whose_clause_read_as_an_adverbial_clause_is_the_relative_clause_of_the_noun_before_it()
    {
        // Transport workers , whose drivers have been targeted by gangs demanding protection payments , had called a 48 - hour strike and blocked major roads into the capital since Wednesday .
        string[] forms = ["Transport", "workers", ",", "whose", "drivers", "have", "been", "targeted", "by", "gangs", "demanding", "protection", "payments", ",", "had", "called", "a", "48", "-", "hour",
                          "strike", "and", "blocked", "major", "roads", "into", "the", "capital", "since", "Wednesday", "."];
        int[] heads = [1, 7, 7, 4, 7, 7, 7, 15, 9, 7, 9, 12, 10, 7, 15, -1, 20, 19, 17, 20, 15, 22, 20, 24, 22, 27, 27, 22, 29, 22, 15];
        string[] relations = ["compound", "nsubj:pass", "punct", "nmod:poss", "nsubj:pass", "aux", "aux:pass", "advcl", "case", "obl:agent", "acl", "compound", "obj", "punct", "aux", "root", "det",
                              "nummod", "punct", "compound", "xcomp", "cc", "conj", "amod", "obj", "case", "det", "obl", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["NN", "NNS", ",", "WP$", "NNS", "VBP", "VBN", "VBN", "IN", "NNS", "VBG", "NN", "NNS", ",", "VBD", "VBN", "DT", "CD", "HYPH", "NN", "NN", "CC", "VBN", "JJ", "NNS", "IN",
                                   "DT", "NN", "IN", "NNP", "."], heads, relations);
        Assert.Equal((15, "nsubj"), (heads[1], relations[1]));
        Assert.Equal((1, "acl:relcl"), (heads[7], relations[7]));
        Assert.Equal((15, "conj"), (heads[22], relations[22]));
    }

    [Fact]
    public void A_participle_with_an_auxiliary_read_as_a_modifier_is_the_verb_and_a_past_tense_read_as_a_compound_after_and_is_coordinated()
    {
        // He told reporters that officers had fired warning shots after demonstrators set up barricades , burned tyres and looted shops .
        //  0   1      2       3     4       5    6      7       8      9       10          11  12     13       14   15     16   17   18   19
        int[] heads = [1, -1, 1, 11, 6, 6, 8, 8, 11, 11, 11, 1, 11, 11, 15, 11, 15, 18, 19, 15, 1];
        string[] relations = ["nsubj", "root", "iobj", "mark", "nsubj", "aux", "amod", "compound", "nsubj", "mark", "nsubj", "ccomp", "compound:prt", "obj", "punct", "conj", "obj", "cc",
                              "compound", "obl", "punct"];
        ParseRepairs.Apply(["PRP", "VBD", "NNS", "IN", "NNS", "VBD", "VBN", "NN", "NNS", "IN", "NNS", "VBD", "RP", "NNS", ",", "VBD", "NNS", "CC", "VBD", "NNS", "."], heads, relations);
        Assert.Equal((1, "ccomp"), (heads[6], relations[6]));
        Assert.Equal((6, "obj"), (heads[8], relations[8]));
        Assert.Equal((6, "advcl"), (heads[11], relations[11]));
        Assert.Equal((6, "mark"), (heads[3], relations[3]));
        Assert.Equal((15, "conj"), (heads[18], relations[18]));
        Assert.Equal((18, "obj"), (heads[19], relations[19]));
    }

    [Fact]
    public void A_name_apposed_to_the_place_of_a_trailing_reporters_subject_is_not_its_subject()
    {
        // The fighters , who arrived on motorcycles and in pickup trucks , overran the base ... before withdrawing , a resident who fled to the capital , Ouagadougou , told The Associated Press by phone .
        string[] forms = ["The", "fighters", ",", "who", "arrived", "on", "motorcycles", "and", "in", "pickup", "trucks", ",", "overran", "the", "base", "in", "the", "town", "of", "Djibo", "on", "Sunday", "morning", "and", "fought", "with", "troops", "for", "several", "hours", "before", "withdrawing", ",", "a", "resident", "who", "fled", "to", "the", "capital", ",", "Ouagadougou", ",", "told", "The", "Associated", "Press", "by", "phone", "."];
        int[] heads = [1, 12, 4, 4, 1, 6, 4, 10, 10, 10, 6, 1, -1, 14, 12, 17, 17, 12, 19, 17, 22, 22, 12, 24, 12, 26, 24, 29, 29, 24, 31, 24, 34, 34, 31, 36, 34, 39, 39, 36, 41, 43, 43, 12, 46, 46, 43, 48, 43, 12];
        string[] relations = ["det", "nsubj", "punct", "nsubj", "acl:relcl", "case", "obl", "cc", "case", "compound", "conj", "punct", "root", "det", "obj", "case", "det", "obl", "case", "nmod", "case", "compound", "obl", "cc", "conj", "case", "obl", "case", "amod", "obl", "mark", "advcl", "punct", "det", "obj", "nsubj", "acl:relcl", "case", "det", "obl", "punct", "nsubj", "punct", "parataxis", "det", "amod", "iobj", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNS", ",", "WP", "VBD", "IN", "NNS", "CC", "IN", "NN", "NNS", ",", "VBD", "DT", "NN", "IN", "DT", "NN", "IN", "NNP", "IN", "NNP", "NN", "CC", "VBN", "IN", "NNS", "IN", "JJ", "NNS", "IN", "VBG", ",", "DT", "NN", "WP", "VBD", "IN", "DT", "NN", ",", "NNP", ",", "VBD", "DT", "NNP", "NNP", "IN", "NN", "."], heads, relations);
        Assert.Equal((43, "nsubj"), (heads[34], relations[34]));
        Assert.Equal((39, "appos"), (heads[41], relations[41]));
    }

    [Fact]
    public void Ablaze_after_an_object_completes_its_verb_and_the_participle_coordinated_with_it_takes_the_noun_as_object()
    {
        // Yemen 's Houthi rebels fired two anti-ship missiles at a Liberian-flagged container ship in the Red Sea on Tuesday , setting it ablaze and wounding three crew members , the British military said .
        string[] forms = ["Yemen", "'s", "Houthi", "rebels", "fired", "two", "anti-ship", "missiles", "at", "a", "Liberian", "-", "flagged", "container", "ship", "in", "the", "Red", "Sea", "on", "Tuesday", ",", "setting", "it", "ablaze", "and", "wounding", "three", "crew", "members", ",", "the", "British", "military", "said", "."];
        int[] heads = [3, 0, 3, 4, 34, 7, 7, 4, 14, 14, 12, 10, 14, 14, 7, 18, 18, 18, 7, 20, 4, 22, 4, 22, 29, 26, 24, 29, 29, 34, 29, 33, 33, 34, -1, 34];
        string[] relations = ["nmod:poss", "case", "compound", "nsubj", "ccomp", "nummod", "amod", "obj", "case", "det", "compound", "punct", "amod", "compound", "nmod", "case", "det", "amod", "nmod", "case", "obl", "punct", "advcl", "obj", "amod", "cc", "conj", "nummod", "compound", "ccomp", "punct", "det", "amod", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "POS", "NNP", "NNS", "VBD", "CD", "JJ", "NNS", "IN", "DT", "JJ", "HYPH", "VBN", "NN", "NN", "IN", "DT", "NNP", "NNP", "IN", "NNP", ",", "VBG", "PRP", "JJ", "CC", "VBG", "CD", "NN", "NNS", ",", "DT", "JJ", "NN", "VBD", "."], heads, relations);
        Assert.Equal((22, "xcomp"), (heads[24], relations[24]));
        Assert.Equal((22, "conj"), (heads[26], relations[26]));
        Assert.Equal((26, "obj"), (heads[29], relations[29]));
    }

    // Al - Shabab militants stormed a hotel in the capital on Friday night , killing 12 people before security forces ended the siege early Saturday , police and witnesses said .
    private static (int[] Heads, string[] Relations) StormedParsed()
    {
        string[] forms = ["Al", "-", "Shabab", "militants", "stormed", "a", "hotel", "in", "the", "capital", "on", "Friday", "night", ",", "killing", "12", "people", "before", "security", "forces", "ended", "the", "siege", "early", "Saturday", ",", "police", "and", "witnesses", "said", "."];
        int[] heads = [29, 3, 3, 4, 29, 6, 4, 9, 9, 4, 12, 12, 9, 14, 12, 16, 14, 20, 19, 20, 29, 22, 20, 24, 29, 26, 24, 28, 24, -1, 29];
        string[] relations = ["nsubj", "punct", "compound", "nsubj", "ccomp", "det", "obj", "case", "det", "obl", "case", "compound", "nmod", "punct", "acl", "nummod", "obj", "mark", "compound", "nsubj", "ccomp", "det", "obj", "advmod", "nsubj", "punct", "conj", "cc", "conj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "HYPH", "NNP", "NNS", "VBD", "DT", "NN", "IN", "DT", "NN", "IN", "NNP", "NN", ",", "VBG", "CD", "NNS", "IN", "NN", "NNS", "VBD", "DT", "NN", "RB", "NNP", ",", "NNS", "CC", "NNS", "VBD", "."], heads, relations);
        return (heads, relations);
    }

    [Fact]
    public void The_first_word_of_a_hyphenated_name_hung_away_from_the_noun_its_rest_modifies_joins_it()
    {
        var (heads, relations) = StormedParsed();
        Assert.Equal((3, "compound"), (heads[0], relations[0]));
        Assert.Equal((0, "flat"), (heads[2], relations[2]));
    }

    [Fact]
    public void A_day_with_the_reporters_as_its_conjuncts_is_the_time_of_the_verb_before_it()
    {
        var (heads, relations) = StormedParsed();
        Assert.Equal((20, "obl:unmarked"), (heads[24], relations[24]));
        Assert.Equal((29, "nsubj"), (heads[26], relations[26]));
        Assert.Equal((26, "conj"), (heads[28], relations[28]));
    }

    [Fact]
    public void A_clause_of_time_after_the_reported_clause_is_its_adverbial_not_a_second_report()
    {
        var (heads, relations) = StormedParsed();
        Assert.Equal((4, "advcl"), (heads[20], relations[20]));
    }

    [Fact]
    public void The_injured_after_the_dead_are_coordinated_with_them_and_the_nouns_after_the_comma_report()
    {
        // Police fired tear gas at garment workers on Tuesday , leaving at least one worker dead and more than 50 injured , police and union leaders said .
        string[] forms = ["Police", "fired", "tear", "gas", "at", "garment", "workers", "on", "Tuesday", ",", "leaving", "at", "least", "one", "worker", "dead", "and", "more", "than", "50", "injured", ",", "police", "and", "union", "leaders", "said", "."];
        int[] heads = [1, 26, 3, 1, 6, 6, 3, 8, 6, 10, 1, 12, 13, 14, 10, 10, 17, 19, 17, 20, 25, 22, 20, 24, 25, 26, -1, 26];
        string[] relations = ["nsubj", "ccomp", "compound", "obj", "case", "compound", "obl", "case", "nmod", "punct", "advcl", "case", "nmod", "nummod", "obj", "xcomp", "cc", "advmod", "fixed", "nummod", "amod", "punct", "conj", "cc", "compound", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "NN", "NN", "IN", "NN", "NNS", "IN", "NNP", ",", "VBG", "IN", "JJS", "CD", "NN", "JJ", "CC", "JJR", "IN", "CD", "JJ", ",", "NNS", "CC", "NN", "NNS", "VBD", "."], heads, relations);
        Assert.Equal((15, "conj"), (heads[20], relations[20]));
        Assert.Equal((26, "nsubj"), (heads[22], relations[22]));
        Assert.Equal((22, "conj"), (heads[25], relations[25]));
    }

    [Fact]
    public void A_number_after_the_reported_verb_read_as_a_second_reported_clause_is_its_object()
    {
        // Troops rescued 11 of the passengers on Friday near the town of Birnin Gwari , army spokesman Onyema Nwachukwu said .
        string[] forms = ["Troops", "rescued", "11", "of", "the", "passengers", "on", "Friday", "near", "the", "town", "of", "Birnin", "Gwari", ",", "army", "spokesman", "Onyema", "Nwachukwu", "said", "."];
        int[] heads = [1, 19, 19, 5, 5, 2, 7, 5, 10, 10, 5, 12, 10, 12, 16, 16, 17, 19, 17, -1, 19];
        string[] relations = ["nsubj", "ccomp", "ccomp", "case", "det", "nmod", "case", "nmod", "case", "det", "nmod", "case", "nmod", "flat", "punct", "compound", "nmod:desc", "nsubj", "flat", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "CD", "IN", "DT", "NNS", "IN", "NNP", "IN", "DT", "NN", "IN", "NNP", "NNP", ",", "NN", "NN", "NNP", "NNP", "VBD", "."], heads, relations);
        Assert.Equal((1, "obj"), (heads[2], relations[2]));
    }

    [Fact]
    public void A_participle_describing_an_according_to_source_is_no_root()
    {
        // According to a poll released last week by the Pew Research Center , nearly two - thirds of Americans say child care costs are a major problem .
        string[] forms = ["According", "to", "a", "poll", "released", "last", "week", "by", "the", "Pew", "Research", "Center", ",", "nearly", "two", "-", "thirds", "of", "Americans", "say", "child", "care", "costs", "are", "a", "major", "problem", "."];
        int[] heads = [3, 0, 3, 4, -1, 6, 4, 11, 11, 11, 11, 4, 16, 16, 16, 14, 4, 18, 16, 16, 21, 22, 26, 26, 26, 26, 19, 4];
        string[] relations = ["case", "fixed", "det", "nsubj", "root", "amod", "obl:unmarked", "case", "det", "compound", "compound", "obl:agent", "punct", "advmod", "nummod", "punct", "obl", "case", "nmod", "acl", "compound", "compound", "nsubj", "cop", "det", "amod", "ccomp", "punct"];
        ParseRepairs.Apply(forms, ["VBG", "IN", "DT", "NN", "VBN", "JJ", "NN", "IN", "DT", "NNP", "NNP", "NNP", ",", "RB", "CD", "HYPH", "NNS", "IN", "NNPS", "VBP", "NN", "NN", "NNS", "VBP", "DT", "JJ", "NN", "."], heads, relations);
        Assert.Equal((3, "acl"), (heads[4], relations[4]));
        Assert.Equal((-1, "root"), (heads[19], relations[19]));
        Assert.Equal((19, "nsubj"), (heads[16], relations[16]));
        Assert.Equal((19, "obl"), (heads[3], relations[3]));
    }

    [Fact]
    public void A_past_tense_read_as_a_modifier_inside_the_speakers_relative_clause_is_the_sentences_verb()
    {
        // Sen. Patty Murray of Washington , who wrote the bill , called the vote " a slap in the face " to parents , and the White House said in a statement that the president was " deeply disappointed . "
        string[] forms = ["Sen.", "Patty", "Murray", "of", "Washington", ",", "who", "wrote", "the", "bill", ",", "called", "the", "vote", "\"", "a", "slap", "in", "the", "face", "\"", "to", "parents", ",", "and", "the", "White", "House", "said", "in", "a", "statement", "that", "the", "president", "was", "\"", "deeply", "disappointed", ".", "\""];
        int[] heads = [1, -1, 1, 4, 1, 7, 7, 1, 9, 7, 11, 9, 13, 11, 16, 16, 13, 19, 19, 16, 16, 22, 16, 28, 28, 27, 27, 28, 7, 31, 31, 28, 38, 34, 38, 38, 38, 38, 28, 1, 1];
        string[] relations = ["nmod:desc", "root", "flat", "case", "nmod", "punct", "nsubj", "acl:relcl", "det", "obj", "punct", "acl", "det", "obj", "punct", "det", "appos", "case", "det", "nmod", "punct", "case", "nmod", "punct", "cc", "det", "amod", "nsubj", "conj", "case", "det", "obl", "mark", "det", "nsubj", "cop", "punct", "advmod", "ccomp", "punct", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "NNP", "NNP", "IN", "NNP", ",", "WP", "VBD", "DT", "NN", ",", "VBD", "DT", "NN", "``", "DT", "NN", "IN", "DT", "NN", "''", "IN", "NNS", ",", "CC", "DT", "NNP", "NNP", "VBD", "IN", "DT", "NN", "IN", "DT", "NN", "VBD", "``", "RB", "VBN", ".", "''"], heads, relations);
        Assert.Equal((-1, "root"), (heads[11], relations[11]));
        Assert.Equal((11, "nsubj"), (heads[1], relations[1]));
        Assert.Equal(11, heads[28]);
    }

    [Fact]
    public void A_relative_clause_hung_on_the_verb_of_its_noun_is_the_nouns_and_the_infinitive_after_it_the_verbs()
    {
        // Lebanese President Joseph Aoun condemned the strike and urged the United States and France , which oversee the ceasefire , to pressure Israel to halt its attacks .
        string[] forms = ["Lebanese", "President", "Joseph", "Aoun", "condemned", "the", "strike", "and", "urged", "the", "United", "States", "and", "France", ",", "which", "oversee", "the", "ceasefire", ",", "to", "pressure", "Israel", "to", "halt", "its", "attacks", "."];
        int[] heads = [-1, 2, 4, 2, 0, 6, 4, 8, 4, 11, 11, 8, 13, 11, 16, 16, 8, 18, 16, 21, 21, 16, 21, 24, 21, 26, 24, 0];
        string[] relations = ["root", "nmod:desc", "nsubj", "flat", "conj", "det", "obj", "cc", "conj", "det", "amod", "obj", "cc", "conj", "punct", "nsubj", "acl:relcl", "det", "obj", "punct", "mark", "advcl", "obj", "mark", "advcl", "nmod:poss", "obj", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "NNP", "NNP", "NNP", "VBD", "DT", "NN", "CC", "VBD", "DT", "NNP", "NNPS", "CC", "NNP", ",", "WDT", "VBP", "DT", "NN", ",", "TO", "VB", "NNP", "TO", "VB", "PRP$", "NNS", "."], heads, relations);
        Assert.Equal((11, "acl:relcl"), (heads[16], relations[16]));
        Assert.Equal((8, "xcomp"), (heads[21], relations[21]));
    }

    [Fact]
    public void A_place_preposition_read_as_the_mark_of_the_clause_after_it_is_its_nouns_and_the_phrase_before_it_the_subject()
    {
        // An Israeli strike on a school in Deir al - Balah killed 12 people on Saturday , officials said .
        string[] forms = ["An", "Israeli", "strike", "on", "a", "school", "in", "Deir", "al", "-", "Balah", "killed", "12", "people", "on", "Saturday", ",", "officials", "said", "."];
        string[] tags = ["DT", "JJ", "NN", "IN", "DT", "NN", "IN", "NNP", "NNP", "HYPH", "NNP", "VBD", "CD", "NNS", "IN", "NNP", ",", "NNS", "VBD", "."];
        int[] heads = [2, 2, 18, 5, 5, 2, 11, 11, 7, 10, 7, 18, 13, 11, 15, 11, 15, 18, -1, 18];
        string[] relations = ["det", "amod", "nsubj", "case", "det", "nmod", "mark", "nsubj", "flat", "punct", "flat", "ccomp", "nummod", "obj", "case", "obl", "punct", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, tags, heads, relations);
        Assert.Equal((11, "nsubj"), (heads[2], relations[2]));
        Assert.Equal((5, "nmod"), (heads[7], relations[7]));
        Assert.Equal((7, "case"), (heads[6], relations[6]));
        Assert.Equal((18, "ccomp"), (heads[11], relations[11]));

        // The same without the reporter: the strike was the root.
        forms = ["An", "Israeli", "strike", "on", "a", "school", "in", "Deir", "al", "-", "Balah", "killed", "12", "people", "on", "Saturday", "."];
        heads = [2, 2, -1, 5, 5, 2, 11, 11, 7, 10, 7, 2, 13, 11, 15, 11, 2];
        relations = ["det", "amod", "root", "case", "det", "nmod", "mark", "nsubj", "flat", "punct", "flat", "advcl", "nummod", "obj", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["DT", "JJ", "NN", "IN", "DT", "NN", "IN", "NNP", "NNP", "HYPH", "NNP", "VBD", "CD", "NNS", "IN", "NNP", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[11], relations[11]));
        Assert.Equal((11, "nsubj"), (heads[2], relations[2]));
        Assert.Equal((5, "nmod"), (heads[7], relations[7]));
        Assert.Equal(11, heads[16]);
    }

    [Fact]
    public void A_day_read_as_the_subject_of_an_infinitive_is_the_time_of_the_act_it_is_the_purpose_of()
    {
        // The protesters , mostly Aymara farmers and transport workers , have blockaded the main highway to the Bolivian border with boulders and burning tyres since Monday to demand that the government free opposition leader Romulo Quispe .
        string[] forms = ["The", "protesters", ",", "mostly", "Aymara", "farmers", "and", "transport", "workers", ",", "have", "blockaded", "the", "main", "highway", "to", "the", "Bolivian", "border", "with", "boulders", "and", "burning", "tyres", "since", "Monday", "to", "demand", "that", "the", "government", "free", "opposition", "leader", "Romulo", "Quispe", "."];
        int[] heads = [1, 11, 5, 4, 5, 1, 8, 8, 1, 1, 11, -1, 14, 14, 11, 18, 18, 18, 14, 20, 18, 22, 20, 22, 27, 27, 27, 11, 31, 30, 31, 27, 33, 31, 33, 34, 11];
        string[] relations = ["det", "nsubj", "punct", "advmod", "compound", "conj", "cc", "compound", "conj", "punct", "aux", "root", "det", "amod", "obj", "case", "det", "amod", "nmod", "case", "nmod", "cc", "conj", "obj", "mark", "nsubj", "mark", "advcl", "mark", "det", "nsubj", "ccomp", "compound", "obj", "appos", "flat", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNS", ",", "RB", "NNP", "NNS", "CC", "NN", "NNS", ",", "VBP", "VBN", "DT", "JJ", "NN", "IN", "DT", "JJ", "NN", "IN", "NNS", "CC", "VBG", "NNS", "IN", "NNP", "TO", "VB", "IN", "DT", "NN", "VB", "NN", "NN", "NNP", "NNP", "."], heads, relations);
        Assert.Equal((11, "obl"), (heads[25], relations[25]));
        Assert.Equal((25, "case"), (heads[24], relations[24]));
        Assert.Equal((11, "advcl"), (heads[27], relations[27]));
    }

    [Fact]
    public void A_service_before_and_and_a_modified_role_noun_shares_that_noun()
    {
        // Ecuador 's interior minister flew to Machala on Tuesday and met police and military commanders at the damaged headquarters .
        string[] forms = ["Ecuador", "'s", "interior", "minister", "flew", "to", "Machala", "on", "Tuesday", "and", "met", "police", "and", "military", "commanders", "at", "the", "damaged", "headquarters", "."];
        int[] heads = [3, 0, 3, 4, -1, 6, 4, 8, 4, 10, 4, 10, 14, 14, 11, 18, 18, 18, 10, 4];
        string[] relations = ["nmod:poss", "case", "amod", "nsubj", "root", "case", "obl", "case", "obl", "cc", "conj", "obj", "cc", "amod", "conj", "case", "det", "amod", "obl", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "POS", "JJ", "NN", "VBD", "IN", "NNP", "IN", "NNP", "CC", "VBD", "NNS", "CC", "JJ", "NNS", "IN", "DT", "VBN", "NN", "."], heads, relations);
        Assert.Equal((10, "obj"), (heads[14], relations[14]));
        Assert.Equal((14, "compound"), (heads[11], relations[11]));
        Assert.Equal((11, "conj"), (heads[13], relations[13]));
        Assert.Equal((13, "cc"), (heads[12], relations[12]));

        // Sindh 's home minister flew to Sukkur on Wednesday and met senior police and Rangers officers at the divisional headquarters .
        forms = ["Sindh", "'s", "home", "minister", "flew", "to", "Sukkur", "on", "Wednesday", "and", "met", "senior", "police", "and", "Rangers", "officers", "at", "the", "divisional", "headquarters", "."];
        heads = [3, 0, 3, 4, -1, 6, 4, 8, 4, 10, 4, 12, 10, 14, 12, 12, 19, 19, 19, 15, 4];
        relations = ["nmod:poss", "case", "compound", "nsubj", "root", "case", "obl", "case", "obl", "cc", "conj", "amod", "obj", "cc", "conj", "obj", "case", "det", "amod", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "POS", "NN", "NN", "VBD", "IN", "NNP", "IN", "NNP", "CC", "VBD", "JJ", "NNS", "CC", "NNS", "NNS", "IN", "DT", "JJ", "NN", "."], heads, relations);
        Assert.Equal((10, "obj"), (heads[15], relations[15]));
        Assert.Equal((15, "compound"), (heads[12], relations[12]));
        Assert.Equal((15, "amod"), (heads[11], relations[11]));
        Assert.Equal((12, "conj"), (heads[14], relations[14]));
    }

    [Fact]
    public void An_article_hung_on_a_verb_is_the_next_nouns()
    {
        // The commander - in - chief of Ukraine 's armed forces visited command posts near Kupiansk on Monday and met brigade commanders to discuss the defence of the city , his office said .
        string[] forms = ["The", "commander", "-", "in", "-", "chief", "of", "Ukraine", "'s", "armed", "forces", "visited", "command", "posts", "near", "Kupiansk", "on", "Monday", "and", "met", "brigade", "commanders", "to", "discuss", "the", "defence", "of", "the", "city", ",", "his", "office", "said", "."];
        int[] heads = [32, 11, 3, 5, 3, 1, 10, 10, 7, 10, 5, 32, 13, 11, 15, 13, 17, 15, 19, 11, 21, 19, 23, 19, 25, 23, 28, 28, 25, 11, 31, 32, -1, 32];
        string[] relations = ["det", "nsubj", "punct", "case", "punct", "nmod", "case", "nmod:poss", "case", "amod", "nmod", "ccomp", "compound", "obj", "case", "nmod", "case", "nmod", "cc", "conj", "compound", "obj", "mark", "advcl", "det", "obj", "case", "det", "nmod", "punct", "nmod:poss", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "HYPH", "IN", "HYPH", "NN", "IN", "NNP", "POS", "JJ", "NNS", "VBD", "NN", "NNS", "IN", "NNP", "IN", "NNP", "CC", "VBD", "NN", "NNS", "TO", "VB", "DT", "NN", "IN", "DT", "NN", ",", "PRP$", "NN", "VBD", "."], heads, relations);
        Assert.Equal((1, "det"), (heads[0], relations[0]));
    }

    [Fact]
    public void A_name_read_as_the_conjunct_of_an_of_phrases_name_is_the_role_nouns_apposition()
    {
        // Touadéra met the head of the UN peacekeeping mission MINUSCA , Valentine Rugwabiza , at the Renaissance Palace in Bangui on Monday , his office said .
        string[] forms = ["Touadéra", "met", "the", "head", "of", "the", "UN", "peacekeeping", "mission", "MINUSCA", ",", "Valentine", "Rugwabiza", ",", "at", "the", "Renaissance", "Palace", "in", "Bangui", "on", "Monday", ",", "his", "office", "said", "."];
        int[] heads = [1, 25, 3, 1, 8, 8, 8, 8, 3, 8, 11, 9, 11, 17, 17, 17, 17, 25, 19, 17, 21, 25, 21, 24, 25, -1, 25];
        string[] relations = ["nsubj", "ccomp", "det", "obj", "case", "det", "compound", "compound", "nmod", "appos", "punct", "conj", "flat", "punct", "case", "det", "compound", "nsubj", "case", "nmod", "case", "obl", "punct", "nmod:poss", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "VBD", "DT", "NN", "IN", "DT", "NNP", "NN", "NN", "NNP", ",", "NNP", "NNP", ",", "IN", "DT", "NNP", "NNP", "IN", "NNP", "IN", "NNP", ",", "PRP$", "NN", "VBD", "."], heads, relations);
        Assert.Equal((3, "appos"), (heads[11], relations[11]));
        Assert.Equal(11, heads[10]);
    }

    [Fact]
    public void A_participle_between_commas_after_the_first_side_of_between_describes_it_and_the_noun_after_and_is_the_second_side()
    {
        // The shelling followed heavy fighting on Tuesday between the army , backed by Wazalendo militiamen and Burundian troops , and the rebels around Sake .
        string[] forms = ["The", "shelling", "followed", "heavy", "fighting", "on", "Tuesday", "between", "the", "army", ",", "backed", "by", "Wazalendo", "militiamen", "and", "Burundian", "troops", ",", "and", "the", "rebels", "around", "Sake", "."];
        int[] heads = [1, 2, -1, 4, 2, 6, 4, 9, 9, 4, 11, 4, 14, 14, 11, 17, 17, 14, 17, 18, 21, 19, 23, 21, 2];
        string[] relations = ["det", "nsubj", "root", "amod", "xcomp", "case", "obl", "case", "det", "obl", "punct", "advcl", "case", "compound", "obl:agent", "cc", "amod", "conj", "punct", "dep", "det", "conj", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "JJ", "VBG", "IN", "NNP", "IN", "DT", "NN", ",", "VBN", "IN", "NNP", "NNS", "CC", "JJ", "NNS", ",", "CC", "DT", "NNS", "IN", "NN", "."], heads, relations);
        Assert.Equal((9, "acl"), (heads[11], relations[11]));
        Assert.Equal((9, "conj"), (heads[21], relations[21]));
        Assert.Equal((21, "cc"), (heads[19], relations[19]));
    }

    [Fact]
    public void A_day_or_a_verbs_conjunct_read_as_the_subject_of_a_passive_after_and_gives_way_to_the_noun_before_its_auxiliary()
    {
        // The government declared a state of emergency in Islay province late on Tuesday , and hundreds of soldiers were deployed to Cocachacra on Wednesday .
        string[] forms = ["The", "government", "declared", "a", "state", "of", "emergency", "in", "Islay", "province", "late", "on", "Tuesday", ",", "and", "hundreds", "of", "soldiers", "were", "deployed", "to", "Cocachacra", "on", "Wednesday", "."];
        int[] heads = [1, 2, -1, 4, 2, 6, 4, 9, 9, 4, 12, 12, 19, 15, 15, 12, 17, 15, 19, 2, 21, 19, 23, 19, 2];
        string[] relations = ["det", "nsubj", "root", "det", "obj", "case", "nmod", "case", "compound", "nmod", "advmod", "case", "nsubj:pass", "punct", "cc", "conj", "case", "nmod", "aux:pass", "ccomp", "case", "obl", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "DT", "NN", "IN", "NN", "IN", "NNP", "NN", "RB", "IN", "NNP", ",", "CC", "NNS", "IN", "NNS", "VBD", "VBN", "IN", "NNP", "IN", "NNP", "."], heads, relations);
        Assert.Equal((2, "obl"), (heads[12], relations[12]));
        Assert.Equal((19, "nsubj:pass"), (heads[15], relations[15]));
        Assert.Equal((2, "conj"), (heads[19], relations[19]));

        // (With an "-ing" adjunct before the "and": "hundreds" read as its conjunct.)
        // The government declared a 30 - day state of emergency in Islay province late on Tuesday , suspending freedom of assembly , and hundreds of soldiers were deployed to Cocachacra on Wednesday .
        forms = ["The", "government", "declared", "a", "30", "-", "day", "state", "of", "emergency", "in", "Islay", "province", "late", "on", "Tuesday", ",", "suspending", "freedom", "of", "assembly", ",", "and", "hundreds", "of", "soldiers", "were", "deployed", "to", "Cocachacra", "on", "Wednesday", "."];
        heads = [1, 2, -1, 7, 6, 4, 7, 2, 9, 7, 12, 12, 7, 15, 15, 2, 17, 2, 17, 20, 18, 23, 23, 17, 25, 23, 27, 17, 29, 27, 31, 27, 2];
        relations = ["det", "nsubj", "root", "det", "nummod", "punct", "compound", "obj", "case", "nmod", "case", "compound", "nmod", "advmod", "case", "obl", "punct", "advcl", "obj", "case", "nmod", "punct", "cc", "conj", "case", "nmod", "aux:pass", "advcl", "case", "obl", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "DT", "CD", "HYPH", "NN", "NN", "IN", "NN", "IN", "NNP", "NN", "RB", "IN", "NNP", ",", "VBG", "NN", "IN", "NN", ",", "CC", "NNS", "IN", "NNS", "VBD", "VBN", "IN", "NNP", "IN", "NNP", "."], heads, relations);
        Assert.Equal((27, "nsubj:pass"), (heads[23], relations[23]));
        Assert.Equal((2, "conj"), (heads[27], relations[27]));
    }

    [Fact]
    public void A_verb_read_as_the_next_clauses_subject_is_its_own_clauses_verb_and_an_opening_late_is_no_subject()
    {
        string[] forms = ["The", "African", "Union", "Commission", "condemned", "the", "strike", "on", "Tuesday", ",", "and", "the", "UN", "humanitarian", "coordinator", "for", "Sudan", "called", "on", "both", "warring", "parties", "to", "stop", "attacking", "civilians", "."];
        int[] heads = [3, 2, 3, 4, -1, 6, 4, 8, 4, 14, 14, 14, 14, 14, 4, 16, 14, 14, 21, 21, 21, 17, 23, 21, 25, 23, 4];
        string[] relations = ["det", "amod", "compound", "nsubj", "root", "det", "obj", "case", "obl", "punct", "cc", "det", "compound", "amod", "conj", "case", "nmod", "acl", "case", "det", "amod", "obl", "mark", "acl", "amod", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNP", "NNP", "NNP", "VBD", "DT", "NN", "IN", "NNP", ",", "CC", "DT", "NNP", "JJ", "NN", "IN", "NNP", "VBD", "IN", "DT", "VBG", "NNS", "TO", "VB", "VBG", "NNS", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[4], relations[4]));
        Assert.Equal((4, "conj"), (heads[17], relations[17]));
        Assert.Equal((17, "nsubj"), (heads[14], relations[14]));

        forms = ["Late", "on", "Tuesday", ",", "regional", "police", "director", "Ramon", "Dizon", "blamed", "the", "bombing", "on", "remnants", "of", "the", "Abu", "Sayyaf", "group", "."];
        heads = [9, 2, 0, 6, 6, 6, 9, 9, 7, -1, 11, 9, 13, 11, 18, 18, 18, 16, 13, 9];
        relations = ["nsubj", "case", "obl", "punct", "amod", "compound", "obl", "nsubj", "flat", "root", "det", "obj", "case", "nmod", "case", "det", "compound", "flat", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "IN", "NNP", ",", "JJ", "NN", "NN", "NNP", "NNP", "VBD", "DT", "NN", "IN", "NNS", "IN", "DT", "NNP", "NNP", "NN", "."], heads, relations);
        Assert.Equal("advmod", relations[0]);
    }

    [Fact]
    public void A_past_after_the_comma_closing_the_first_nouns_apposition_is_that_nouns_verb()
    {
        // On Monday , elders of the Obeidat tribe , the largest in the area , demanded that the authorities release the detainees .
        string[] forms = ["On", "Monday", ",", "elders", "of", "the", "Obeidat", "tribe", ",", "the", "largest", "in", "the", "area", ",", "demanded", "that", "the", "authorities", "release", "the", "detainees", "."];
        int[] heads = [1, -1, 1, 1, 7, 7, 7, 3, 10, 10, 3, 13, 13, 10, 10, 10, 19, 18, 19, 15, 21, 19, 1];
        string[] relations = ["case", "root", "punct", "obj", "case", "det", "compound", "nmod", "punct", "det", "appos", "case", "det", "obl", "punct", "acl", "mark", "det", "nsubj", "ccomp", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["IN", "NNP", ",", "NNS", "IN", "DT", "NNP", "NN", ",", "DT", "JJS", "IN", "DT", "NN", ",", "VBD", "IN", "DT", "NNS", "VBP", "DT", "NNS", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[15], relations[15]));
        Assert.Equal((15, "nsubj"), (heads[3], relations[3]));
        Assert.Equal((15, "obl"), (heads[1], relations[1]));

        // The local council of Saraqib , a town east of Idlib that sits on the same highway , demanded in a statement on Tuesday that the government send more police to the town .
        forms = ["The", "local", "council", "of", "Saraqib", ",", "a", "town", "east", "of", "Idlib", "that", "sits", "on", "the", "same", "highway", ",", "demanded", "in", "a", "statement", "on", "Tuesday", "that", "the", "government", "send", "more", "police", "to", "the", "town", "."];
        heads = [2, 2, -1, 4, 2, 7, 7, 2, 7, 10, 8, 12, 10, 16, 16, 16, 12, 18, 7, 21, 21, 18, 23, 18, 27, 26, 27, 23, 29, 27, 32, 32, 27, 2];
        relations = ["det", "amod", "root", "case", "nmod", "punct", "det", "appos", "advmod", "case", "obl", "nsubj", "acl:relcl", "case", "det", "amod", "obl", "punct", "acl", "case", "det", "obl", "case", "obl", "mark", "det", "nsubj", "acl", "amod", "obj", "case", "det", "obl", "punct"];
        ParseRepairs.Apply(forms, ["DT", "JJ", "NN", "IN", "NNP", ",", "DT", "NN", "RB", "IN", "NNP", "WDT", "VBZ", "IN", "DT", "JJ", "NN", ",", "VBN", "IN", "DT", "NN", "IN", "NNP", "IN", "DT", "NN", "VB", "JJR", "NN", "IN", "DT", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[18], relations[18]));
        Assert.Equal((18, "nsubj"), (heads[2], relations[2]));
    }

    [Fact]
    public void A_when_clause_after_a_time_has_its_own_subject()
    {
        // Barangay chairman Hadji Nasser Usman , 52 , was leaving a mosque after evening prayers when two men riding in tandem pulled up beside his car and opened fire , city police chief Colonel Ramil Dalanon told reporters .
        string[] forms = ["Barangay", "chairman", "Hadji", "Nasser", "Usman", ",", "52", ",", "was", "leaving", "a", "mosque", "after", "evening", "prayers", "when", "two", "men", "riding", "in", "tandem", "pulled", "up", "beside", "his", "car", "and", "opened", "fire", ",", "city", "police", "chief", "Colonel", "Ramil", "Dalanon", "told", "reporters", "."];
        int[] heads = [1, 9, 1, 2, 2, 6, 2, 1, 9, -1, 11, 9, 14, 14, 9, 17, 17, 14, 17, 20, 18, 9, 21, 25, 25, 21, 27, 21, 27, 32, 32, 32, 36, 32, 33, 33, 21, 36, 9];
        string[] relations = ["compound", "nsubj", "appos", "flat", "flat", "punct", "amod", "punct", "aux", "root", "det", "obj", "case", "compound", "obl", "advmod", "nummod", "nmod", "acl", "case", "obl", "xcomp", "compound:prt", "case", "nmod:poss", "obl", "cc", "conj", "obj", "punct", "compound", "compound", "nsubj", "appos", "flat", "flat", "parataxis", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "NN", "NNP", "NNP", "NNP", ",", "CD", ",", "VBD", "VBG", "DT", "NN", "IN", "NN", "NNS", "WRB", "CD", "NNS", "VBG", "IN", "NN", "VBD", "RP", "IN", "PRP$", "NN", "CC", "VBD", "NN", ",", "NN", "NN", "NN", "NNP", "NNP", "NNP", "VBD", "NNS", "."], heads, relations);
        Assert.Equal((21, "nsubj"), (heads[17], relations[17]));
        Assert.Equal((21, "advmod"), (heads[15], relations[15]));
        Assert.Equal((9, "obl"), (heads[14], relations[14]));
        Assert.Equal((14, "case"), (heads[12], relations[12]));
    }

    [Fact]
    public void The_conjunct_after_a_second_place_phrase_is_the_subject_but_not_a_towns_state()
    {
        string[] forms = ["In", "Kalar", ",", "in", "the", "south", "of", "the", "province", ",", "gunmen", "on", "a", "motorcycle", "shot", "dead", "a", "local", "PUK", "official", "outside", "his", "home", "on", "Friday", "."];
        int[] heads = [1, -1, 5, 5, 5, 1, 8, 8, 5, 10, 5, 13, 13, 10, 10, 19, 19, 19, 19, 14, 22, 22, 19, 24, 14, 1];
        string[] relations = ["case", "root", "punct", "case", "det", "nmod", "case", "det", "nmod", "punct", "conj", "case", "det", "nmod", "acl", "amod", "det", "amod", "compound", "obj", "case", "nmod:poss", "nmod", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["IN", "NNP", ",", "IN", "DT", "NN", "IN", "DT", "NN", ",", "NNS", "IN", "DT", "NN", "VBD", "JJ", "DT", "JJ", "NNP", "NN", "IN", "PRP$", "NN", "IN", "NNP", "."], heads, relations);
        Assert.Equal((14, "nsubj"), (heads[10], relations[10]));
        Assert.Equal((14, "obl"), (heads[1], relations[1]));

        // In federal court in Alexandria , Va. , Lazar ... said little .
        forms = ["In", "federal", "court", "in", "Alexandria", ",", "Va.", ",", "Lazar", ",", "said", "little", "."];
        heads = [2, 2, 10, 4, 2, 6, 4, 8, 2, 10, -1, 10, 10];
        relations = ["case", "amod", "nsubj", "case", "nmod", "punct", "conj", "punct", "appos", "punct", "root", "xcomp", "punct"];
        ParseRepairs.Apply(forms, ["IN", "JJ", "NN", "IN", "NNP", ",", "NNP", ",", "NNP", ",", "VBD", "JJ", "."], heads, relations);
        Assert.NotEqual("nsubj", relations[6]);
    }

    [Fact]
    public void A_participle_after_the_object_and_before_a_preposition_describes_the_object_unless_the_verb_leaves_it_so()
    {
        string[] forms = ["The", "Red", "Cross", "said", "it", "had", "delivered", "surgical", "supplies", "to", "the", "hospital", "on", "Wednesday", "to", "treat", "people", "wounded", "in", "the", "strike", "."];
        int[] heads = [2, 2, 3, -1, 6, 6, 3, 8, 6, 11, 11, 6, 13, 6, 15, 6, 15, 15, 20, 20, 17, 3];
        string[] relations = ["det", "amod", "nsubj", "root", "nsubj", "aux", "ccomp", "amod", "obj", "case", "det", "obl", "case", "obl", "mark", "advcl", "obj", "xcomp", "case", "det", "obl", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNP", "NNP", "VBD", "PRP", "VBD", "VBN", "JJ", "NNS", "IN", "DT", "NN", "IN", "NNP", "TO", "VB", "NNS", "VBN", "IN", "DT", "NN", "."], heads, relations);
        Assert.Equal((16, "acl"), (heads[17], relations[17]));

        // The blast left two people wounded in the market .
        forms = ["The", "blast", "left", "two", "people", "wounded", "in", "the", "market", "."];
        heads = [1, 2, -1, 4, 2, 2, 8, 8, 5, 2];
        relations = ["det", "nsubj", "root", "nummod", "obj", "xcomp", "case", "det", "obl", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "CD", "NNS", "VBN", "IN", "DT", "NN", "."], heads, relations);
        Assert.Equal((2, "xcomp"), (heads[5], relations[5]));
    }

    [Fact]
    public void The_noun_phrase_after_hacked_to_death_is_the_verbs_object()
    {
        string[] forms = ["Separately", ",", "unidentified", "attackers", "hacked", "to", "death", "a", "local", "leader", "of", "the", "Jamaat", "-", "e-Islami", "party", "in", "Satkania", ",", "south", "of", "the", "city", ",", "late", "on", "Sunday", ",", "police", "said", "."];
        int[] heads = [4, 0, 3, 4, 29, 6, 4, 9, 9, 29, 15, 15, 15, 14, 12, 9, 17, 9, 19, 9, 22, 22, 19, 26, 26, 26, 29, 26, 29, -1, 29];
        string[] relations = ["advmod", "punct", "amod", "nsubj", "ccomp", "case", "obl", "det", "amod", "nsubj", "case", "det", "compound", "punct", "flat", "nmod", "case", "nmod", "punct", "advmod", "case", "det", "obl", "punct", "amod", "case", "ccomp", "punct", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["RB", ",", "JJ", "NNS", "VBD", "IN", "NN", "DT", "JJ", "NN", "IN", "DT", "NNP", "HYPH", "NNP", "NN", "IN", "NNP", ",", "RB", "IN", "DT", "NN", ",", "JJ", "IN", "NNP", ",", "NNS", "VBD", "."], heads, relations);
        Assert.Equal((4, "obj"), (heads[9], relations[9]));
    }

    [Fact]
    public void A_past_tense_read_as_an_adjective_of_the_noun_after_it_is_the_verb_of_the_noun_phrase_before_it()
    {
        string[] forms = ["Federal", "troops", "shelled", "suspected", "Fano", "positions", "in", "the", "hills", "near", "Merawi", "on", "Wednesday", "."];
        int[] heads = [1, -1, 5, 5, 5, 1, 8, 8, 5, 10, 5, 12, 10, 1];
        string[] relations = ["amod", "root", "amod", "amod", "compound", "nmod", "case", "det", "nmod", "case", "nmod", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "NNS", "VBD", "VBN", "NNP", "NNS", "IN", "DT", "NNS", "IN", "NNP", "IN", "NNP", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[2], relations[2]));
        Assert.Equal((2, "nsubj"), (heads[1], relations[1]));
        Assert.Equal((2, "obj"), (heads[5], relations[5]));

        forms = ["Federal", "troops", "backed", "by", "drones", "shelled", "suspected", "Fano", "positions", "in", "the", "hills", "near", "Merawi", ",", "south", "of", "the", "city", ",", "on", "Wednesday", ",", "two", "residents", "told", "Reuters", "by", "phone", "."];
        heads = [1, 25, 1, 4, 2, 8, 8, 8, 2, 11, 11, 8, 13, 8, 15, 8, 18, 18, 15, 21, 21, 25, 21, 24, 25, -1, 25, 28, 25, 25];
        relations = ["amod", "nsubj", "acl", "case", "obl:agent", "amod", "amod", "compound", "obj", "case", "det", "nmod", "case", "nmod", "punct", "advmod", "case", "det", "obl", "punct", "case", "obl", "punct", "nummod", "nsubj", "root", "iobj", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "NNS", "VBN", "IN", "NNS", "VBD", "VBN", "NNP", "NNS", "IN", "DT", "NNS", "IN", "NNP", ",", "RB", "IN", "DT", "NN", ",", "IN", "NNP", ",", "CD", "NNS", "VBD", "NNP", "IN", "NN", "."], heads, relations);
        Assert.Equal((25, "ccomp"), (heads[5], relations[5]));
        Assert.Equal((5, "nsubj"), (heads[1], relations[1]));
        Assert.Equal((5, "obj"), (heads[8], relations[8]));
    }

    [Fact]
    public void A_relative_clause_whose_subject_opens_with_a_preposition_or_is_a_between_side_under_an_adverbial_root_is_the_sentences_verb()
    {
        string[] forms = ["In", "Gambela", "town", ",", "the", "regional", "capital", ",", "clashes", "between", "armed", "Nuer", "and", "Anuak", "youths", "broke", "out", "on", "Wednesday", "."];
        int[] heads = [2, 2, -1, 6, 6, 6, 2, 8, 6, 11, 11, 14, 13, 11, 15, 8, 15, 18, 15, 2];
        string[] relations = ["case", "compound", "root", "punct", "det", "amod", "appos", "punct", "conj", "case", "amod", "compound", "cc", "conj", "nsubj", "acl:relcl", "compound:prt", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["IN", "NNP", "NN", ",", "DT", "JJ", "NN", ",", "NNS", "IN", "JJ", "NNP", "CC", "NNP", "NNS", "VBD", "RP", "IN", "NNP", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[15], relations[15]));
        Assert.Equal((15, "nsubj"), (heads[8], relations[8]));
        Assert.Equal((8, "nmod"), (heads[14], relations[14]));
        Assert.Equal((15, "obl"), (heads[2], relations[2]));
        Assert.Equal(15, heads[19]);

        // Last month , clashes between the Liyu police and Oromia regional forces ... left at least 20 people dead , ...
        forms = ["Last", "month", ",", "clashes", "between", "the", "Liyu", "police", "and", "Oromia", "regional", "forces", "over", "disputed", "grazing", "land", "near", "Babile", "left", "at", "least", "20", "people", "dead", ",", "according", "to", "the", "U.N.", "humanitarian", "office", "."];
        heads = [1, -1, 1, 1, 7, 7, 7, 3, 9, 7, 11, 18, 15, 15, 15, 11, 17, 15, 3, 20, 21, 22, 18, 22, 30, 30, 25, 30, 30, 30, 18, 1];
        relations = ["amod", "root", "punct", "obj", "case", "det", "compound", "nmod", "cc", "conj", "amod", "nsubj", "case", "amod", "compound", "nmod", "case", "nmod", "acl:relcl", "case", "nmod", "nummod", "obj", "amod", "punct", "case", "fixed", "det", "compound", "amod", "obl", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "NN", ",", "NNS", "IN", "DT", "NNP", "NN", "CC", "NNP", "JJ", "NNS", "IN", "VBN", "NN", "NN", "IN", "NNP", "VBD", "IN", "JJS", "CD", "NNS", "JJ", ",", "VBG", "IN", "DT", "NNP", "JJ", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[18], relations[18]));
        Assert.Equal((18, "nsubj"), (heads[3], relations[3]));
        Assert.Equal((18, "obl:unmarked"), (heads[1], relations[1]));
        Assert.Equal((7, "conj"), (heads[11], relations[11]));
        Assert.Equal((11, "compound"), (heads[9], relations[9]));
        Assert.Equal(11, heads[8]);

        // With a relative word it stays a relative clause.
        forms = ["In", "Gambela", "town", ",", "clashes", "between", "the", "youths", "that", "broke", "out", "."];
        heads = [2, 2, -1, 4, 2, 7, 7, 4, 9, 7, 9, 2];
        relations = ["case", "compound", "root", "punct", "appos", "case", "det", "nmod", "nsubj", "acl:relcl", "compound:prt", "punct"];
        ParseRepairs.Apply(forms, ["IN", "NNP", "NN", ",", "NNS", "IN", "DT", "NNS", "WDT", "VBD", "RP", "."], heads, relations);
        Assert.Equal((7, "acl:relcl"), (heads[9], relations[9]));
    }

    [Fact]
    public void A_preposition_hung_on_a_modifier_is_the_case_of_the_modifiers_noun_and_a_nouns_object_its_modifier()
    {
        string[] forms = ["Clashes", "between", "Puntland", "and", "Galmudug", "forces", "along", "the", "line", "that", "divides", "the", "city", "killed", "at", "least", "20", "people", "last", "year", "."];
        int[] heads = [-1, 2, 5, 4, 2, 0, 8, 8, 5, 10, 8, 12, 10, 12, 15, 16, 17, 13, 19, 13, 0];
        string[] relations = ["root", "case", "compound", "cc", "conj", "obj", "case", "det", "nmod", "nsubj", "acl:relcl", "det", "obj", "acl", "case", "nmod", "nummod", "obj", "amod", "obl:unmarked", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "IN", "NNP", "CC", "NNP", "NNS", "IN", "DT", "NN", "WDT", "VBZ", "DT", "NN", "VBD", "IN", "JJS", "CD", "NNS", "JJ", "NN", "."], heads, relations);
        Assert.Equal(5, heads[1]);
        Assert.Equal("nmod", relations[5]);

        // Fighting between Hawiye and Darod militias erupted .
        forms = ["Fighting", "between", "Hawiye", "and", "Darod", "militias", "erupted", "."];
        heads = [6, 2, 5, 4, 2, 0, -1, 6];
        relations = ["nsubj", "case", "compound", "cc", "conj", "nmod", "root", "punct"];
        ParseRepairs.Apply(forms, ["NN", "IN", "NNP", "CC", "NNP", "NNS", "VBD", "."], heads, relations);
        Assert.Equal(5, heads[1]);

        // made behind - the - scenes overtures: a hyphenated phrase keeps its preposition.
        forms = ["made", "behind", "-", "the", "-", "scenes", "overtures"];
        heads = [-1, 5, 5, 5, 5, 6, 0];
        relations = ["root", "case", "punct", "det", "punct", "compound", "obj"];
        ParseRepairs.Apply(forms, ["VBD", "IN", "HYPH", "DT", "HYPH", "NNS", "NNS"], heads, relations);
        Assert.Equal(5, heads[1]);
    }

    [Fact]
    public void A_phrase_a_preposition_opens_with_no_punctuation_before_it_is_no_apposition()
    {
        string[] forms = ["The", "protest", "followed", "clashes", "on", "Sunday", "between", "Acholi", "and", "Madi", "residents", "of", "Apaa", "."];
        int[] heads = [1, 2, -1, 2, 5, 3, 10, 10, 9, 7, 3, 12, 10, 2];
        string[] relations = ["det", "nsubj", "root", "obj", "case", "nmod", "case", "compound", "cc", "conj", "appos", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "NNS", "IN", "NNP", "IN", "NNP", "CC", "NNP", "NNS", "IN", "NNP", "."], heads, relations);
        Assert.Equal((3, "nmod"), (heads[10], relations[10]));

        // I will be in Sao Paulo on Monday , September 20 : after a comma the apposition stays.
        forms = ["in", "Sao", "Paulo", "on", "Monday", ",", "on", "September", "20"];
        heads = [2, 2, -1, 4, 2, 7, 7, 4, 7];
        relations = ["case", "compound", "root", "case", "obl", "punct", "case", "appos", "nummod"];
        ParseRepairs.Apply(forms, ["IN", "NNP", "NNP", "IN", "NNP", ",", "IN", "NNP", "CD"], heads, relations);
        Assert.Equal("appos", relations[7]);
    }

    [Fact]
    public void A_name_after_and_right_before_the_subject_is_its_modifier_and_the_subject_the_conjunct_of_the_first()
    {
        string[] forms = ["In", "Ajdabiya", ",", "some", "160", "kilometres", "to", "the", "south", ",", "fighters", "loyal", "to", "a", "local", "tribal", "leader", "and", "LNA", "soldiers", "exchanged", "fire", "at", "a", "checkpoint", "late", "on", "Wednesday", ",", "killing", "three", "people", ",", "residents", "said", "."];
        int[] heads = [1, 20, 1, 5, 5, 20, 8, 8, 5, 10, 8, 10, 16, 16, 16, 16, 11, 18, 16, 20, 34, 20, 24, 24, 20, 27, 27, 20, 29, 20, 31, 29, 33, 34, -1, 34];
        string[] relations = ["case", "obl", "punct", "det", "nummod", "obl", "case", "det", "nmod", "punct", "conj", "amod", "case", "det", "amod", "amod", "obl", "cc", "conj", "nsubj", "ccomp", "obj", "case", "det", "obl", "advmod", "case", "obl", "punct", "advcl", "nummod", "obj", "punct", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["IN", "NNP", ",", "DT", "CD", "NNS", "IN", "DT", "NN", ",", "NNS", "JJ", "IN", "DT", "JJ", "JJ", "NN", "CC", "NNP", "NNS", "VBD", "NN", "IN", "DT", "NN", "RB", "IN", "NNP", ",", "VBG", "CD", "NNS", ",", "NNS", "VBD", "."], heads, relations);
        Assert.Equal((20, "nsubj"), (heads[10], relations[10]));
        Assert.Equal((10, "conj"), (heads[19], relations[19]));
        Assert.Equal((19, "compound"), (heads[18], relations[18]));
        Assert.Equal(19, heads[17]);
    }

    [Fact]
    public void Suspected_to_be_a_noun_phrase_is_a_hedge_on_the_subject_whose_verb_follows_the_phrase()
    {
        string[] forms = ["Gunmen", "suspected", "to", "be", "herders", "killed", "at", "least", "23", "people", "in", "attacks", "on", "two", "farming", "villages", "near", "Yandev", "in", "Nigeria", "'s", "central", "Benue", "state", "late", "on", "Tuesday", ",", "police", "and", "residents", "said", "on", "Wednesday", "."];
        int[] heads = [31, 0, 1, 31, 3, 4, 7, 8, 9, 5, 11, 9, 15, 15, 15, 11, 17, 15, 23, 23, 19, 23, 23, 9, 26, 26, 31, 28, 26, 30, 26, -1, 33, 31, 31];
        string[] relations = ["nsubj", "acl", "obl", "aux:pass", "nsubj", "acl", "case", "nmod", "nummod", "obj", "case", "nmod", "case", "nummod", "amod", "nmod", "case", "nmod", "case", "nmod:poss", "case", "amod", "compound", "nmod", "advmod", "case", "nsubj", "punct", "conj", "cc", "conj", "root", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBN", "TO", "VB", "NNS", "VBD", "IN", "JJS", "CD", "NNS", "IN", "NNS", "IN", "CD", "VBG", "NNS", "IN", "NNP", "IN", "NNP", "POS", "JJ", "NNP", "NN", "RB", "IN", "NNP", ",", "NNS", "CC", "NNS", "VBD", "IN", "NNP", "."], heads, relations);
        Assert.Equal((5, "nsubj"), (heads[0], relations[0]));
        Assert.Equal((31, "ccomp"), (heads[5], relations[5]));
        Assert.Equal((0, "acl"), (heads[1], relations[1]));
        Assert.Equal((1, "xcomp"), (heads[4], relations[4]));
        Assert.Equal(((4, "mark"), (4, "cop")), ((heads[2], relations[2]), (heads[3], relations[3])));
        Assert.Equal(5, heads[9]);
    }

    [Fact]
    public void A_conjunct_hung_on_a_bracketed_acronym_is_coordinated_with_the_name_the_acronym_repeats()
    {
        string[] forms = ["Fighters", "of", "the", "National", "Liberation", "Army", "(", "ELN", ")", "and", "the", "Gulf", "Clan", "fought", "for", "hours", "."];
        int[] heads = [13, 5, 5, 5, 5, 0, 7, 5, 7, 12, 12, 12, 7, -1, 15, 13, 13];
        string[] relations = ["nsubj", "case", "det", "amod", "compound", "nmod", "punct", "flat", "punct", "cc", "det", "compound", "conj", "root", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "IN", "DT", "NNP", "NNP", "NNP", "-LRB-", "NNP", "-RRB-", "CC", "DT", "NN", "NN", "VBD", "IN", "NNS", "."], heads, relations);
        Assert.Equal((5, "conj"), (heads[12], relations[12]));
    }

    [Fact]
    public void A_past_participle_read_as_an_adjective_after_a_long_subject_under_a_noun_root_is_its_verb_but_not_a_compounds()
    {
        string[] forms = ["Banners", "signed", "by", "the", "cartel", "and", "hung", "from", "bridges", "in", "Buenavista", "the", "same", "day", "threatened", "lime", "growers", "."];
        int[] heads = [-1, 0, 4, 4, 1, 6, 1, 8, 6, 10, 8, 13, 13, 10, 16, 16, 6, 0];
        string[] relations = ["root", "acl", "case", "det", "obl:agent", "cc", "conj", "case", "obl", "case", "nmod", "det", "amod", "nmod:unmarked", "amod", "compound", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBN", "IN", "DT", "NN", "CC", "VBD", "IN", "NNS", "IN", "NNP", "DT", "JJ", "NN", "VBN", "NN", "NNS", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[14], relations[14]));
        Assert.Equal((14, "nsubj"), (heads[0], relations[0]));
        Assert.Equal((14, "obj"), (heads[16], relations[16]));

        // A taxpayer funded giveaway for us .
        forms = ["A", "taxpayer", "funded", "giveaway", "for", "us", "."];
        heads = [1, -1, 3, 1, 5, 1, 1];
        relations = ["det", "root", "amod", "obj", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBN", "NN", "IN", "PRP", "."], heads, relations);
        Assert.Equal((3, "amod"), (heads[2], relations[2]));
    }

    [Fact]
    public void A_noun_repeated_around_to_says_how_and_is_no_object()
    {
        string[] forms = ["Its", "troops", "had", "fought", "house", "to", "house", "in", "the", "districts", "."];
        int[] heads = [1, 3, 3, -1, 3, 6, 4, 9, 9, 6, 3];
        string[] relations = ["nmod:poss", "nsubj", "aux", "root", "obj", "mark", "acl", "case", "det", "obl", "punct"];
        ParseRepairs.Apply(forms, ["PRP$", "NNS", "VBD", "VBN", "NN", "TO", "VB", "IN", "DT", "NNS", "."], heads, relations);
        Assert.Equal((3, "obl:unmarked"), (heads[4], relations[4]));
        Assert.Equal((4, "nmod"), (heads[6], relations[6]));
        Assert.Equal((6, "case"), (heads[5], relations[5]));
        Assert.Equal(3, heads[9]);
    }

    [Fact]
    public void Since_a_month_and_year_before_a_comma_is_a_time_and_the_noun_root_the_verbs_subject()
    {
        string[] forms = ["The", "junta", ",", "in", "power", "since", "September", "2021", ",", "banned", "all", "street", "demonstrations", "in", "May", "2022", "."];
        int[] heads = [1, -1, 4, 4, 1, 9, 9, 6, 6, 1, 12, 12, 9, 14, 12, 14, 1];
        string[] relations = ["det", "root", "punct", "case", "nmod", "mark", "nsubj", "nmod:unmarked", "punct", "advcl", "det", "compound", "obj", "case", "nmod", "nmod:unmarked", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", ",", "IN", "NN", "IN", "NNP", "CD", ",", "VBD", "DT", "NN", "NNS", "IN", "NNP", "CD", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[9], relations[9]));
        Assert.Equal((9, "nsubj"), (heads[1], relations[1]));
        Assert.Equal((4, "nmod"), (heads[6], relations[6]));
        Assert.Equal((6, "case"), (heads[5], relations[5]));
        Assert.Equal(9, heads[16]);
    }

    [Fact]
    public void A_relative_verbs_object_read_as_the_subject_of_the_main_verb_is_its_object()
    {
        string[] forms = ["About", "400", "families", "who", "fled", "the", "area", "were", "sheltering", "in", "a", "gymnasium", "."];
        int[] heads = [1, 2, -1, 4, 2, 6, 8, 8, 4, 11, 11, 8, 2];
        string[] relations = ["advmod", "nummod", "root", "nsubj", "acl:relcl", "det", "nsubj", "aux", "ccomp", "case", "det", "obl", "punct"];
        ParseRepairs.Apply(forms, ["RB", "CD", "NNS", "WP", "VBD", "DT", "NN", "VBD", "VBG", "IN", "DT", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[8], relations[8]));
        Assert.Equal((8, "nsubj"), (heads[2], relations[2]));
        Assert.Equal((4, "obj"), (heads[6], relations[6]));
        Assert.Equal((2, "acl:relcl"), (heads[4], relations[4]));
        Assert.Equal(8, heads[12]);
    }

    [Fact]
    public void A_relative_verb_that_reports_keeps_its_reported_clause()
    {
        string[] forms = ["Residents", "who", "said", "the", "army", "was", "shooting", "."];
        int[] heads = [-1, 2, 0, 4, 6, 6, 2, 0];
        string[] relations = ["root", "nsubj", "acl:relcl", "det", "nsubj", "aux", "ccomp", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "WP", "VBD", "DT", "NN", "VBD", "VBG", "."], heads, relations);
        Assert.Equal((2, "ccomp"), (heads[6], relations[6]));
        Assert.Equal((-1, "root"), (heads[0], relations[0]));
    }

    [Fact]
    public void A_common_noun_before_the_subjects_multiword_name_heads_it()
    {
        string[] forms = ["the", "opposition", "National", "Unity", "Government", "accused", "the", "military", "."];
        int[] heads = [1, 5, 4, 4, 5, -1, 7, 5, 5];
        string[] relations = ["det", "nsubj", "amod", "amod", "nsubj", "root", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "NNP", "NNP", "NNP", "VBD", "DT", "NN", "."], heads, relations);
        Assert.Equal((1, "appos"), (heads[4], relations[4]));
        Assert.Equal((5, "nsubj"), (heads[1], relations[1]));
    }

    [Fact]
    public void The_name_a_noun_calls_itself_is_no_subject_of_the_verb_after_it()
    {
        string[] forms = ["A", "group", "calling", "itself", "the", "Wukari", "Youth", "Vanguard", "threatened", "to", "act", "."];
        int[] heads = [1, -1, 1, 2, 5, 8, 5, 5, 1, 10, 8, 1];
        string[] relations = ["det", "root", "acl", "obj", "det", "nsubj", "flat", "flat", "parataxis", "mark", "xcomp", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBG", "PRP", "DT", "NNP", "NNP", "NNP", "VBD", "TO", "VB", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[8], relations[8]));
        Assert.Equal((8, "nsubj"), (heads[1], relations[1]));
        Assert.Equal((2, "xcomp"), (heads[5], relations[5]));
        Assert.Equal(8, heads[11]);
    }

    [Fact]
    public void The_verb_after_the_subjects_relative_clause_is_the_sentences_verb()
    {
        // A commander of the factions , who asked not to be named , warned that ...
        string[] forms = ["A", "commander", "of", "the", "factions", ",", "who", "asked", "not", "to", "be", "named", ",", "warned", "that", "they", "would", "act", "."];
        int[] heads = [1, -1, 4, 4, 1, 7, 7, 1, 11, 11, 11, 7, 13, 11, 17, 17, 17, 13, 1];
        string[] relations = ["det", "root", "case", "det", "nmod", "punct", "nsubj", "acl:relcl", "advmod", "mark", "aux:pass", "xcomp", "punct", "advcl", "mark", "nsubj", "aux", "ccomp", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "IN", "DT", "NNS", ",", "WP", "VBD", "RB", "TO", "VB", "VBN", ",", "VBN", "IN", "PRP", "MD", "VB", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[13], relations[13]));
        Assert.Equal((13, "nsubj"), (heads[1], relations[1]));
        Assert.Equal((1, "acl:relcl"), (heads[7], relations[7]));
        Assert.Equal(13, heads[18]);
        // (Not an opening phrase read as the root: "On Saturday, the army, which ..., blamed ...".)
        string[] opening = ["On", "Saturday", ",", "the", "army", ",", "which", "controls", "the", "east", ",", "blamed", "cells", "."];
        int[] openingHeads = [1, -1, 4, 4, 1, 7, 7, 4, 9, 7, 7, 7, 11, 1];
        string[] openingRelations = ["case", "root", "punct", "det", "conj", "punct", "nsubj", "acl:relcl", "det", "obj", "punct", "conj", "obj", "punct"];
        ParseRepairs.Apply(opening, ["IN", "NNP", ",", "DT", "NN", ",", "WDT", "VBZ", "DT", "NN", ",", "VBN", "NNS", "."], openingHeads, openingRelations);
        Assert.NotEqual(11, openingHeads[1]);
    }

    [Fact]
    public void An_opening_fight_with_its_sides_is_the_subject_of_the_verb_that_took_a_side_as_its_own()
    {
        // Fighting between the army and the militants killed 40 people .
        string[] forms = ["Fighting", "between", "the", "army", "and", "the", "militants", "killed", "40", "people", "."];
        int[] heads = [-1, 3, 3, 0, 6, 6, 7, 0, 9, 7, 0];
        string[] relations = ["root", "case", "det", "nmod", "cc", "det", "nsubj", "parataxis", "nummod", "obj", "punct"];
        ParseRepairs.Apply(forms, ["NN", "IN", "DT", "NN", "CC", "DT", "NNS", "VBD", "CD", "NNS", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[7], relations[7]));
        Assert.Equal((7, "nsubj"), (heads[0], relations[0]));
        Assert.Equal((3, "conj"), (heads[6], relations[6]));
        Assert.Equal(7, heads[10]);
        // Fighting between Azande and Balanda militias killed 400 people .
        string[] militias = ["Fighting", "between", "Azande", "and", "Balanda", "militias", "killed", "400", "people", "."];
        int[] militiaHeads = [-1, 5, 5, 4, 2, 6, 0, 8, 6, 0];
        string[] militiaRelations = ["root", "case", "compound", "cc", "conj", "nsubj", "acl:relcl", "nummod", "obj", "punct"];
        ParseRepairs.Apply(militias, ["NN", "IN", "NNP", "CC", "NNP", "NNS", "VBD", "CD", "NNS", "."], militiaHeads, militiaRelations);
        Assert.Equal((-1, "root"), (militiaHeads[6], militiaRelations[6]));
        Assert.Equal((0, "nmod"), (militiaHeads[5], militiaRelations[5]));
    }

    [Fact]
    public void The_verb_after_a_noun_identifying_itself_as_someone_is_the_sentences()
    {
        // A man identifying himself as the leader of the holdouts threatened to close the highway .
        string[] forms = ["A", "man", "identifying", "himself", "as", "the", "leader", "of", "the", "holdouts", "threatened", "to", "close", "the", "highway", "."];
        int[] heads = [1, -1, 1, 2, 6, 6, 2, 9, 9, 6, 9, 12, 10, 14, 12, 1];
        string[] relations = ["det", "root", "acl", "obj", "case", "det", "obl", "case", "det", "nmod", "acl", "mark", "xcomp", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBG", "PRP", "IN", "DT", "NN", "IN", "DT", "NNS", "VBN", "TO", "VB", "DT", "NN", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[10], relations[10]));
        Assert.Equal((10, "nsubj"), (heads[1], relations[1]));
    }

    [Fact]
    public void An_opening_year_before_its_comma_read_as_a_number_of_the_subject_tells_when()
    {
        // In 2021 , residents of Yekepa , a mining town farther north , clashed with police .
        //  0   1   2     3      4    5    6 7   8      9     10     11  12   13     14    15   16
        string[] forms = ["In", "2021", ",", "residents", "of", "Yekepa", ",", "a", "mining", "town", "farther", "north", ",", "clashed", "with", "police", "."];
        string?[] xpos = ["IN", "CD", ",", "NNS", "IN", "NNP", ",", "DT", "NN", "NN", "RBR", "RB", ",", "VBD", "IN", "NN", "."];
        int[] heads = [1, 3, 1, 13, 5, 3, 9, 9, 9, 13, 11, 13, 11, -1, 15, 13, 13];
        string[] relations = ["case", "nummod", "punct", "obl", "case", "nmod", "punct", "det", "compound", "nsubj", "advmod", "advmod", "punct", "root", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((13, "obl"), (heads[1], relations[1]));
        Assert.Equal((13, "nsubj"), (heads[3], relations[3]));
        Assert.Equal((5, "appos"), (heads[9], relations[9]));
        // (A number of the subject with no comma after it keeps its parse: "In all, 2021 residents ...".)
        heads = [1, 3, 1, 13, 5, 3, 9, 9, 9, 13, 11, 13, 11, -1, 15, 13, 13];
        relations = ["case", "nummod", "punct", "obl", "case", "nmod", "punct", "det", "compound", "nsubj", "advmod", "advmod", "punct", "root", "case", "obl", "punct"];
        forms[2] = "-";
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((3, "nummod"), (heads[1], relations[1]));
    }

    [Fact]
    public void A_quoted_noun_after_a_verb_hung_on_an_earlier_verb_is_the_object_of_the_verb_before_it()
    {
        // The government said that one person had died , and accused " troublemakers " of looting shops .
        //  0      1        2    3    4    5     6   7   8  9     10    11      12      13 14   15     16  17
        string[] forms = ["The", "government", "said", "that", "one", "person", "had", "died", ",", "and", "accused", "\"", "troublemakers", "\"", "of", "looting", "shops", "."];
        string?[] xpos = ["DT", "NN", "VBD", "IN", "CD", "NN", "VBD", "VBN", ",", "CC", "VBN", "``", "NNS", "''", "IN", "VBG", "NNS", "."];
        int[] heads = [1, 2, -1, 7, 5, 7, 7, 2, 10, 10, 2, 12, 7, 12, 15, 12, 15, 2];
        string[] relations = ["det", "nsubj", "root", "mark", "nummod", "nsubj", "aux", "ccomp", "punct", "cc", "conj", "punct", "xcomp", "punct", "mark", "acl", "obj", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((10, "obj"), (heads[12], relations[12]));
        // (Not when the verb has its object already: "accused the group of \"troublemakers\"" is another shape.)
        heads = [1, 2, -1, 7, 5, 7, 7, 2, 10, 10, 2, 12, 7, 12, 15, 12, 15, 2];
        relations = ["det", "nsubj", "root", "mark", "nummod", "nsubj", "aux", "ccomp", "punct", "cc", "conj", "punct", "xcomp", "punct", "mark", "acl", "obj", "punct"];
        (heads[16], relations[16]) = (10, "obj");
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((7, "xcomp"), (heads[12], relations[12]));
    }

    [Fact]
    public void A_verb_after_the_relative_clause_of_the_roots_apposition_is_the_root_with_the_name_its_subject()
    {
        // The Congolese Observatory for Human Rights , the group that first reported the deaths , accused police on Thursday of firing
        // live ammunition into the crowd and demanded that the interior ministry suspend the officers involved .
        // ("accused" is word 15, "Observatory" word 2.)
        string[] forms = ["The", "Congolese", "Observatory", "for", "Human", "Rights", ",", "the", "group", "that", "first", "reported", "the", "deaths", ",", "accused", "police", "on", "Thursday", "of", "firing", "live", "ammunition", "into", "the", "crowd", "and", "demanded", "that", "the", "interior", "ministry", "suspend", "the", "officers", "involved", "."];
        string?[] xpos = ["DT", "JJ", "NNP", "IN", "NNP", "NNPS", ",", "DT", "NN", "WDT", "RB", "VBD", "DT", "NNS", ",", "VBD", "NNS", "IN", "NNP", "IN", "VBG", "JJ", "NN", "IN", "DT", "NN", "CC", "VBD", "IN", "DT", "JJ", "NN", "VBP", "DT", "NNS", "VBD", "."];
        int[] heads = [2, 2, -1, 5, 5, 2, 8, 8, 2, 11, 11, 8, 13, 11, 15, 13, 15, 18, 15, 20, 18, 22, 20, 25, 25, 20, 27, 15, 32, 31, 31, 32, 27, 34, 35, 32, 2];
        string[] relations = ["det", "amod", "root", "case", "amod", "nmod", "punct", "det", "appos", "nsubj", "advmod", "acl:relcl", "det", "obj", "punct", "conj", "obj", "case", "obl", "mark", "acl", "amod", "obj", "case", "det", "obl", "cc", "conj", "mark", "det", "amod", "nsubj", "ccomp", "det", "nsubj", "ccomp", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((-1, "root"), (heads[15], relations[15]));
        Assert.Equal((15, "nsubj"), (heads[2], relations[2]));
        // (Not a verb the clause's "and" joins: "the group that first reported the deaths and accused police" keeps both acts.)
        forms = ["The", "Observatory", ",", "the", "group", "that", "first", "reported", "the", "deaths", "and", "accused", "police", "of", "firing", "."];
        heads = [1, -1, 4, 4, 1, 7, 7, 4, 9, 7, 11, 9, 11, 14, 11, 1];
        relations = ["det", "root", "punct", "det", "appos", "nsubj", "advmod", "acl:relcl", "det", "obj", "cc", "conj", "obj", "mark", "advcl", "punct"];
        xpos = ["DT", "NNP", ",", "DT", "NN", "WDT", "RB", "VBD", "DT", "NNS", "CC", "VBD", "NNS", "IN", "VBG", "."];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal("conj", relations[11]);
    }

    [Fact]
    public void Suspected_before_the_subject_of_the_verb_hung_on_it_modifies_the_subject()
    {
        // Last month , suspected Maoists shot dead a village headman .
        //   0    1   2     3        4      5    6   7    8       9    10
        string[] forms = ["Last", "month", ",", "suspected", "Maoists", "shot", "dead", "a", "village", "headman", "."];
        string?[] xpos = ["JJ", "NN", ",", "VBN", "NNPS", "VBD", "JJ", "DT", "NN", "NN", "."];
        int[] heads = [1, -1, 1, 1, 5, 3, 5, 9, 9, 5, 1];
        string[] relations = ["amod", "root", "punct", "acl", "nsubj", "ccomp", "xcomp", "det", "compound", "obj", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((-1, "root"), (heads[5], relations[5]));
        Assert.Equal((5, "obl:unmarked"), (heads[1], relations[1]));
        Assert.Equal((4, "amod"), (heads[3], relations[3]));
        Assert.Equal(5, heads[10]);
        // Suspected Maoists shot dead a village headman .
        forms = ["Suspected", "Maoists", "shot", "dead", "a", "village", "headman", "."];
        xpos = ["VBN", "NNPS", "VBD", "JJ", "DT", "NN", "NN", "."];
        heads = [-1, 2, 0, 2, 6, 6, 2, 0];
        relations = ["root", "nsubj", "conj", "xcomp", "det", "compound", "obj", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((-1, "root"), (heads[2], relations[2]));
        Assert.Equal((1, "amod"), (heads[0], relations[0]));
        // (Not a verb of its own: "Police suspected militants attacked the post" keeps "suspected" the verb.)
        forms = ["Police", "suspected", "militants", "attacked", "the", "post", "."];
        xpos = ["NNS", "VBD", "NNS", "VBD", "DT", "NN", "."];
        heads = [1, -1, 3, 1, 5, 3, 1];
        relations = ["nsubj", "root", "nsubj", "ccomp", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((-1, "root"), (heads[1], relations[1]));
    }

    [Fact]
    public void A_phrase_apposed_to_an_opening_day_is_the_subject_and_the_second_subject_in_its_relative_clause_that_clauses_object()
    {
        // On Monday the LNA , which controls most of eastern Libya , deployed reinforcements .
        //  0    1     2   3  4   5      6       7   8     9      10   11    12          13        14
        string[] forms = ["On", "Monday", "the", "LNA", ",", "which", "controls", "most", "of", "eastern", "Libya", ",", "deployed", "reinforcements", "."];
        string?[] xpos = ["IN", "NNP", "DT", "NNP", ",", "WDT", "VBZ", "JJS", "IN", "JJ", "NNP", ",", "VBD", "NNS", "."];
        int[] heads = [1, 12, 3, 1, 6, 6, 3, 12, 10, 10, 7, 7, -1, 12, 12];
        string[] relations = ["case", "obl", "det", "appos", "punct", "nsubj", "acl:relcl", "nsubj", "case", "amod", "nmod", "punct", "root", "obj", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((12, "nsubj"), (heads[3], relations[3]));
        Assert.Equal((6, "obj"), (heads[7], relations[7]));
    }

    [Fact]
    public void An_opening_prepositional_phrase_or_distance_read_as_a_first_subject_is_an_oblique()
    {
        // In a statement on Wednesday , the Interior Ministry accused the SDF .
        //  0 1     2      3     4      5  6    7       8        9      10  11 12
        string[] forms = ["In", "a", "statement", "on", "Wednesday", ",", "the", "Interior", "Ministry", "accused", "the", "SDF", "."];
        string?[] xpos = ["IN", "DT", "NN", "IN", "NNP", ",", "DT", "NNP", "NNP", "VBD", "DT", "NNP", "."];
        int[] heads = [2, 2, 9, 4, 2, 9, 7, 9, 7, -1, 11, 9, 9];
        string[] relations = ["case", "det", "nsubj", "case", "nmod", "punct", "det", "nsubj", "flat", "root", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((9, "obl"), (heads[2], relations[2]));
        Assert.Equal((9, "nsubj"), (heads[7], relations[7]));
        // Some 40 kilometres to the north , the ELN attacked a base .
        //  0    1   2          3  4   5    6  7   8    9     10 11  12
        forms = ["Some", "40", "kilometres", "to", "the", "north", ",", "the", "ELN", "attacked", "a", "base", "."];
        xpos = ["DT", "CD", "NNS", "IN", "DT", "NN", ",", "DT", "NNP", "VBD", "DT", "NN", "."];
        heads = [2, 2, 9, 5, 5, 2, 9, 8, 9, -1, 11, 9, 9];
        relations = ["det", "nummod", "nsubj", "case", "det", "nmod", "punct", "det", "nsubj", "root", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((9, "obl:unmarked"), (heads[2], relations[2]));
        Assert.Equal((9, "nsubj"), (heads[8], relations[8]));
        // Some 30 km east of Juticalpa , suspected gang members ambushed a patrol .
        //  0    1  2   3   4     5     6     7       8     9       10     11  12   13
        forms = ["Some", "30", "km", "east", "of", "Juticalpa", ",", "suspected", "gang", "members", "ambushed", "a", "patrol", "."];
        xpos = ["DT", "CD", "NNS", "JJ", "IN", "NNP", ",", "VBN", "NN", "NNS", "VBD", "DT", "NN", "."];
        heads = [10, 2, 0, 2, 5, 3, 10, 9, 9, 10, -1, 12, 10, 10];
        relations = ["nsubj", "nummod", "nmod", "amod", "case", "nmod", "punct", "amod", "compound", "nsubj", "root", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((10, "obl:unmarked"), (heads[2], relations[2]));
        Assert.Equal((1, "advmod"), (heads[0], relations[0]));
        Assert.Equal((10, "nsubj"), (heads[9], relations[9]));
        // About 70 km ( 45 miles ) to the southwest , two soldiers were killed .
        //   0    1  2  3  4    5   6  7   8      9    10  11    12     13    14   15
        forms = ["About", "70", "km", "(", "45", "miles", ")", "to", "the", "southwest", ",", "two", "soldiers", "were", "killed", "."];
        xpos = ["RB", "CD", "NN", "-LRB-", "CD", "NNS", "-RRB-", "IN", "DT", "NNP", ",", "CD", "NNS", "VBD", "VBN", "."];
        heads = [1, 2, 14, 5, 5, 2, 5, 9, 9, 5, 14, 12, 14, 14, -1, 14];
        relations = ["advmod", "nummod", "nsubj:pass", "punct", "nummod", "parataxis", "punct", "case", "det", "nmod", "punct", "nummod", "nsubj:pass", "aux:pass", "root", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((14, "obl:unmarked"), (heads[2], relations[2]));
        Assert.Equal((14, "nsubj:pass"), (heads[12], relations[12]));
    }

    [Fact]
    public void On_between_two_subjects_of_one_verb_is_the_preposition_of_a_modifier_of_the_first()
    {
        // Gunmen on horseback opened fire .
        string[] forms = ["Gunmen", "on", "horseback", "opened", "fire", "."];
        string?[] xpos = ["NNS", "IN", "NN", "VBD", "NN", "."];
        int[] heads = [3, 3, 3, -1, 3, 3];
        string[] relations = ["nsubj", "mark", "nsubj", "root", "obj", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((0, "nmod"), (heads[2], relations[2]));
        Assert.Equal((2, "case"), (heads[1], relations[1]));
        Assert.Equal((3, "nsubj"), (heads[0], relations[0]));
    }

    [Fact]
    public void A_past_whose_subject_follows_an_apposed_noun_is_a_relative_clause_on_that_noun()
    {
        // Elders accused youths of the raid , a charge Dodoth leaders rejected .
        //   0      1      2     3  4   5   6 7   8      9      10       11     12
        string[] forms = ["Elders", "accused", "youths", "of", "the", "raid", ",", "a", "charge", "Dodoth", "leaders", "rejected", "."];
        string?[] xpos = ["NNS", "VBD", "NNS", "IN", "DT", "NN", ",", "DT", "NN", "NNP", "NNS", "VBD", "."];
        int[] heads = [1, -1, 1, 5, 5, 1, 8, 8, 5, 10, 11, 1, 1];
        string[] relations = ["nsubj", "root", "obj", "case", "det", "obl", "punct", "det", "appos", "compound", "nsubj", "ccomp", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((8, "acl:relcl"), (heads[11], relations[11]));
    }

    [Fact]
    public void A_threat_coordinated_inside_what_a_speaker_denied_is_the_speakers_own_act()
    {
        // He denied that fighters had entered Chad and threatened to attack troops .
        //  0    1     2      3      4     5      6    7      8       9    10     11  12
        string[] forms = ["He", "denied", "that", "fighters", "had", "entered", "Chad", "and", "threatened", "to", "attack", "troops", "."];
        string?[] xpos = ["PRP", "VBD", "IN", "NNS", "VBD", "VBN", "NNP", "CC", "VBD", "TO", "VB", "NNS", "."];
        int[] heads = [1, -1, 5, 5, 5, 1, 5, 8, 5, 10, 8, 10, 1];
        string[] relations = ["nsubj", "root", "mark", "nsubj", "aux", "ccomp", "obj", "cc", "conj", "mark", "xcomp", "obj", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((1, "conj"), (heads[8], relations[8]));
    }

    [Fact]
    public void A_past_after_the_opening_name_read_as_its_objects_adjective_is_the_names_verb()
    {
        // Amnesty International Indonesia accused security forces on Monday .
        //    0          1            2        3       4       5    6    7    8
        string[] forms = ["Amnesty", "International", "Indonesia", "accused", "security", "forces", "on", "Monday", "."];
        string?[] xpos = ["NNP", "NNP", "NNP", "VBD", "NN", "NNS", "IN", "NNP", "."];
        int[] heads = [-1, 0, 1, 5, 5, 1, 7, 5, 0];
        string[] relations = ["root", "flat", "flat", "amod", "compound", "obj", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((-1, "root"), (heads[3], relations[3]));
        Assert.Equal((3, "nsubj"), (heads[0], relations[0]));
        Assert.Equal((3, "obj"), (heads[5], relations[5]));
    }

    [Fact]
    public void A_noun_before_the_subjects_possessor_read_as_a_first_subject_is_part_of_the_possessors_name()
    {
        // The state Attorney General 's Office said it had opened an investigation .
        //  0    1      2        3     4    5     6   7   8    9    10       11      12
        string[] forms = ["The", "state", "Attorney", "General", "'s", "Office", "said", "it", "had", "opened", "an", "investigation", "."];
        string?[] xpos = ["DT", "NN", "NNP", "NNP", "POS", "NNP", "VBD", "PRP", "VBD", "VBN", "DT", "NN", "."];
        int[] heads = [1, 6, 5, 2, 2, 6, -1, 9, 9, 6, 11, 9, 6];
        string[] relations = ["det", "nsubj", "nmod:poss", "flat", "case", "nsubj", "root", "nsubj", "aux", "ccomp", "det", "obj", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((2, "compound"), (heads[1], relations[1]));
        Assert.Equal((6, "nsubj"), (heads[5], relations[5]));
    }

    [Fact]
    public void Coordinated_nouns_after_an_opening_span_before_an_act_are_the_verbs_subject()
    {
        // Hours before the attack , officials and elders had met in the town .
        //   0     1     2    3    4     5      6    7     8   9  10  11   12  13
        string[] forms = ["Hours", "before", "the", "attack", ",", "officials", "and", "elders", "had", "met", "in", "the", "town", "."];
        string?[] xpos = ["NNS", "IN", "DT", "NN", ",", "NNS", "CC", "NNS", "VBD", "VBN", "IN", "DT", "NN", "."];
        int[] heads = [9, 3, 3, 0, 5, 3, 7, 3, 9, -1, 12, 12, 9, 9];
        string[] relations = ["nsubj", "case", "det", "nmod", "punct", "conj", "cc", "conj", "aux", "root", "case", "det", "obl", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((9, "nsubj"), (heads[5], relations[5]));
        Assert.Equal((5, "conj"), (heads[7], relations[7]));
        Assert.Equal("obl:unmarked", relations[0]);
    }

    [Fact]
    public void A_particle_hung_on_the_objects_count_completes_the_verb()
    {
        // troops had beaten back 11 attacks near the town .
        //   0     1    2      3   4    5      6    7   8   9
        string[] forms = ["troops", "had", "beaten", "back", "11", "attacks", "near", "the", "town", "."];
        string?[] xpos = ["NNS", "VBD", "VBN", "RB", "CD", "NNS", "IN", "DT", "NN", "."];
        int[] heads = [2, 2, -1, 4, 5, 2, 8, 8, 5, 2];
        string[] relations = ["nsubj", "aux", "root", "advmod", "nummod", "obj", "case", "det", "nmod", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((2, "advmod"), (heads[3], relations[3]));
        Assert.Equal(5, heads[4]);
    }

    [Fact]
    public void A_noun_read_as_the_object_of_said_with_a_past_hung_on_it_is_the_subject_of_what_was_said()
    {
        // MSF said its teams treated 31 people .
        //  0    1   2    3      4      5    6     7
        string[] forms = ["MSF", "said", "its", "teams", "treated", "31", "people", "."];
        string?[] xpos = ["NNP", "VBD", "PRP$", "NNS", "VBD", "CD", "NNS", "."];
        int[] heads = [1, -1, 3, 1, 3, 6, 4, 1];
        string[] relations = ["nsubj", "root", "nmod:poss", "obj", "acl", "nummod", "obj", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((1, "ccomp"), (heads[4], relations[4]));
        Assert.Equal((4, "nsubj"), (heads[3], relations[3]));
    }

    [Fact]
    public void A_span_of_days_apposed_to_the_object_with_a_gerund_after_it_dates_the_gerunds_act()
    {
        // fighters freed 12 passengers near Dano , 10 days after abducting them .
        //    0       1    2     3       4    5   6  7   8     9       10      11  12
        string[] forms = ["fighters", "freed", "12", "passengers", "near", "Dano", ",", "10", "days", "after", "abducting", "them", "."];
        string?[] xpos = ["NNS", "VBD", "CD", "NNS", "IN", "NNP", ",", "CD", "NNS", "IN", "VBG", "PRP", "."];
        int[] heads = [1, -1, 3, 1, 5, 3, 8, 8, 3, 10, 8, 10, 1];
        string[] relations = ["nsubj", "root", "nummod", "obj", "case", "nmod", "punct", "nummod", "appos", "mark", "acl", "obj", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((1, "advcl"), (heads[10], relations[10]));
        Assert.Equal((10, "obl:unmarked"), (heads[8], relations[8]));
    }

    [Fact]
    public void After_an_opening_time_a_phrase_and_another_are_the_two_sides_of_the_subject()
    {
        // Last week , the World Food Programme and local charities delivered rice .
        //   0    1   2  3    4     5      6        7    8      9         10       11  12
        string[] forms = ["Last", "week", ",", "the", "World", "Food", "Programme", "and", "local", "charities", "delivered", "rice", "."];
        string?[] xpos = ["JJ", "NN", ",", "DT", "NNP", "NN", "NN", "CC", "JJ", "NNS", "VBD", "NN", "."];
        int[] heads = [1, -1, 6, 6, 6, 6, 1, 10, 9, 10, 6, 10, 1];
        string[] relations = ["amod", "root", "punct", "det", "compound", "compound", "appos", "cc", "amod", "nsubj", "conj", "obj", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((-1, "root"), (heads[10], relations[10]));
        Assert.Equal((10, "nsubj"), (heads[6], relations[6]));
        Assert.Equal((6, "conj"), (heads[9], relations[9]));
        Assert.Equal(10, heads[1]);
    }

    [Fact]
    public void What_a_thing_was_loaded_with_is_no_subject()
    {
        // a drone loaded with explosives struck an army base .
        // 0   1      2     3      4         5     6   7    8  9
        string[] forms = ["a", "drone", "loaded", "with", "explosives", "struck", "an", "army", "base", "."];
        string?[] xpos = ["DT", "NN", "VBN", "IN", "NNS", "VBD", "DT", "NN", "NN", "."];
        int[] heads = [1, -1, 1, 4, 5, 1, 8, 8, 5, 5];
        string[] relations = ["det", "root", "acl", "case", "nsubj", "conj", "det", "compound", "obj", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((5, "nsubj"), (heads[1], relations[1]));
        Assert.Equal((2, "obl"), (heads[4], relations[4]));
    }

    [Fact]
    public void A_day_ending_a_relative_clause_dates_it_and_the_role_before_is_the_names_apposition()
    {
        // UNMISS , the mission , which met chiefs in Rumbek last Friday , said .
        //   0    1  2     3    4   5     6    7     8   9    10     11   12  13  14
        string[] forms = ["UNMISS", ",", "the", "mission", ",", "which", "met", "chiefs", "in", "Rumbek", "last", "Friday", ",", "said", "."];
        string?[] xpos = ["NNP", ",", "DT", "NN", ",", "WDT", "VBD", "NNS", "IN", "NNP", "JJ", "NNP", ",", "VBD", "."];
        int[] heads = [13, 0, 3, 13, 6, 6, 3, 6, 9, 6, 11, 13, 11, -1, 13];
        string[] relations = ["nsubj", "punct", "det", "nsubj", "punct", "nsubj", "acl:relcl", "obj", "case", "obl", "amod", "nsubj", "punct", "root", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((6, "obl:unmarked"), (heads[11], relations[11]));
        Assert.Equal((0, "appos"), (heads[3], relations[3]));
    }

    [Fact]
    public void An_article_heading_the_noun_after_it_is_that_nouns_determiner()
    {
        // Mbiko blamed the SPLA - IO for the attack .
        //   0      1    2   3   4  5  6   7    8    9
        string[] forms = ["Mbiko", "blamed", "the", "SPLA", "-", "IO", "for", "the", "attack", "."];
        string?[] xpos = ["NNP", "VBD", "DT", "NNP", "HYPH", "NNP", "IN", "DT", "NN", "."];
        int[] heads = [1, -1, 1, 2, 5, 3, 8, 8, 1, 1];
        string[] relations = ["nsubj", "root", "obj", "obj", "punct", "flat", "case", "det", "obl", "punct"];
        ParseRepairs.Apply(forms, xpos, heads, relations);
        Assert.Equal((1, "obj"), (heads[3], relations[3]));
        Assert.Equal((3, "det"), (heads[2], relations[2]));
    }

    [Fact]
    public void Unless_read_as_the_case_of_a_noun_opens_the_clause_of_the_verb_after_its_auxiliary()
    {
        // The militia threatened further raids unless vigilante groups in the area were disbanded .
        string[] forms = ["The", "militia", "threatened", "further", "raids", "unless", "vigilante", "groups", "in", "the", "area", "were", "disbanded", "."];
        int[] heads = [1, 2, -1, 4, 2, 7, 7, 4, 10, 10, 7, 12, 2, 2];
        string[] relations = ["det", "nsubj", "root", "amod", "obj", "case", "compound", "nmod", "case", "det", "nmod", "aux:pass", "xcomp", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "RBR", "NNS", "IN", "NN", "NNS", "IN", "DT", "NN", "VBD", "VBN", "."], heads, relations);
        Assert.Equal((12, "nsubj:pass"), (heads[7], relations[7]));
        Assert.Equal((12, "mark"), (heads[5], relations[5]));
        Assert.Equal((2, "advcl"), (heads[12], relations[12]));
        Assert.Equal((2, "obj"), (heads[4], relations[4]));
    }

    [Fact]
    public void A_man_apposed_to_an_opening_phrase_whose_relative_clause_runs_into_the_verb_is_its_subject()
    {
        // In a telephone call with the AP on Monday , a man who said he spoke for the attackers threatened further raids unless vigilante groups in the area were disbanded .
        string[] forms = ["In", "a", "telephone", "call", "with", "the", "AP", "on", "Monday", ",", "a", "man", "who", "said", "he", "spoke", "for", "the", "attackers", "threatened", "further", "raids",
                          "unless", "vigilante", "groups", "in", "the", "area", "were", "disbanded", "."];
        int[] heads = [3, 3, 3, -1, 6, 6, 3, 8, 6, 11, 11, 3, 13, 11, 15, 13, 18, 18, 15, 29, 21, 29, 24, 24, 21, 27, 27, 24, 29, 15, 3];
        string[] relations = ["case", "det", "compound", "root", "case", "det", "nmod", "case", "nmod", "punct", "det", "appos", "nsubj", "acl:relcl", "nsubj", "ccomp", "case", "det", "obl", "advmod",
                              "amod", "nsubj:pass", "case", "compound", "nmod", "case", "det", "nmod", "aux:pass", "advcl", "punct"];
        ParseRepairs.Apply(forms, ["IN", "DT", "NN", "NN", "IN", "DT", "NN", "IN", "NNP", ",", "DT", "NN", "WP", "VBD", "PRP", "VBD", "IN", "DT", "NNS", "VBD", "RBR", "NNS", "IN", "NN", "NNS", "IN",
                                   "DT", "NN", "VBD", "VBN", "."], heads, relations);
        Assert.Equal(-1, heads[19]);
        Assert.Equal((19, "nsubj"), (heads[11], relations[11]));
        Assert.Equal((19, "obl"), (heads[3], relations[3]));
        Assert.Equal((19, "obj"), (heads[21], relations[21]));
        Assert.Equal((19, "advcl"), (heads[29], relations[29]));
    }

    [Fact]
    public void A_participle_set_off_after_a_noun_that_after_opens_leaves_the_noun_the_subject_of_the_verb_after_it()
    {
        // The issue had come up Friday after Mr. Trump , asked about the deaths of journalists under Mr. Putin , had said , '' I think our country does plenty of killing also .
        string[] forms = ["The", "issue", "had", "come", "up", "Friday", "after", "Mr.", "Trump", ",", "asked", "about", "the", "deaths", "of", "journalists", "under", "Mr.", "Putin", ",", "had", "said",
                          ",", "''", "I", "think", "our", "country", "does", "plenty", "of", "killing", "also", "."];
        int[] heads = [1, 3, 3, -1, 3, 3, 8, 8, 3, 10, 3, 13, 13, 10, 15, 13, 18, 18, 15, 10, 21, 3, 21, 25, 25, 21, 27, 28, 25, 28, 31, 29, 31, 3];
        string[] relations = ["det", "nsubj", "aux", "root", "compound:prt", "obl:unmarked", "case", "nmod:desc", "obl", "punct", "conj", "case", "det", "obl", "case", "nmod", "case", "nmod:desc",
                              "nmod", "punct", "aux", "advcl", "punct", "punct", "nsubj", "ccomp", "nmod:poss", "nsubj", "ccomp", "obj", "mark", "acl", "advmod", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "VBN", "RP", "NNP", "IN", "NNP", "NNP", ",", "VBN", "IN", "DT", "NNS", "IN", "NNS", "IN", "NNP", "NNP", ",", "VBD", "VBN", ",", "``", "PRP", "VBP",
                                   "PRP$", "NN", "VBZ", "NN", "IN", "VBG", "RB", "."], heads, relations);
        Assert.Equal((8, "acl"), (heads[10], relations[10]));
        Assert.Equal((21, "nsubj"), (heads[8], relations[8]));
        Assert.Equal((21, "mark"), (heads[6], relations[6]));
        Assert.Equal((3, "advcl"), (heads[21], relations[21]));
    }

    [Fact]
    public void A_noun_read_as_the_subject_of_an_infinitive_of_purpose_is_the_object_of_the_verb_before_it()
    {
        // Doctors Without Borders flew medical supplies and a surgical team into Yirol on Monday to treat dozens of wounded , many with gunshot injuries to the chest and legs .
        string[] forms = ["Doctors", "Without", "Borders", "flew", "medical", "supplies", "and", "a", "surgical", "team", "into", "Yirol", "on", "Monday", "to", "treat", "dozens", "of", "wounded", ",", "many", "with", "gunshot", "injuries", "to", "the", "chest", "and", "legs", "."];
        int[] heads = [3, 2, 0, -1, 5, 15, 9, 9, 9, 5, 11, 9, 13, 11, 15, 3, 15, 18, 16, 18, 23, 23, 23, 16, 26, 26, 23, 28, 26, 3];
        string[] relations = ["nsubj", "case", "nmod", "root", "amod", "nsubj", "cc", "det", "amod", "conj", "case", "nmod", "case", "nmod", "mark", "advcl", "obj", "case", "nmod", "punct", "amod", "case", "compound", "nmod", "case", "det", "nmod", "cc", "conj", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "IN", "NNP", "VBD", "JJ", "NNS", "CC", "DT", "JJ", "NN", "IN", "NNP", "IN", "NNP", "IN", "VB", "NNS", "IN", "VBN", ",", "JJ", "IN", "NN", "NNS", "IN", "DT", "NN", "CC", "NNS", "."], heads, relations);
        Assert.Equal((3, "obj"), (heads[5], relations[5]));
    }

    [Fact]
    public void A_count_after_a_past_read_as_what_a_trailing_reporter_said_is_the_pasts_object()
    {
        // Troops pursued the attackers towards the Komadugu Yobe river on Tuesday night and killed four of them , an army spokesman said .
        string[] forms = ["Troops", "pursued", "the", "attackers", "towards", "the", "Komadugu", "Yobe", "river", "on", "Tuesday", "night", "and", "killed", "four", "of", "them", ",", "an", "army", "spokesman", "said", "."];
        int[] heads = [1, 21, 3, 1, 8, 8, 8, 8, 1, 11, 11, 1, 13, 1, 21, 16, 14, 14, 20, 20, 21, -1, 21];
        string[] relations = ["nsubj", "ccomp", "det", "obj", "case", "det", "compound", "compound", "obl", "case", "compound", "obl", "cc", "conj", "ccomp", "case", "nmod", "punct", "det", "compound", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "DT", "NNS", "IN", "DT", "NNP", "NNP", "NN", "IN", "NNP", "NN", "CC", "VBD", "CD", "IN", "PRP", ",", "DT", "NN", "NN", "VBD", "."], heads, relations);
        Assert.Equal((13, "obj"), (heads[14], relations[14]));
    }

    [Fact]
    public void An_opening_day_read_as_a_second_subject_before_the_subject_after_its_comma_dates_the_verb()
    {
        // Last Thursday , residents of several villages blocked the highway at the entrance to Ayutla for 10 hours , demanding that the state government remove it .
        string[] forms = ["Last", "Thursday", ",", "residents", "of", "several", "villages", "blocked", "the", "highway", "at", "the", "entrance", "to", "Ayutla", "for", "10", "hours", ",", "demanding", "that", "the", "state", "government", "remove", "it", "."];
        int[] heads = [1, 7, 3, 7, 6, 6, 3, -1, 9, 7, 12, 12, 7, 14, 12, 17, 17, 7, 19, 7, 24, 23, 23, 24, 19, 24, 7];
        string[] relations = ["amod", "nsubj", "punct", "nsubj", "case", "amod", "nmod", "root", "det", "obj", "case", "det", "obl", "case", "nmod", "case", "nummod", "obl", "punct", "advcl", "mark", "det", "compound", "nsubj", "ccomp", "obj", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "NNP", ",", "NNS", "IN", "JJ", "NNS", "VBD", "DT", "NN", "IN", "DT", "NN", "IN", "NNP", "IN", "CD", "NNS", ",", "VBG", "IN", "DT", "NN", "NN", "VB", "PRP", "."], heads, relations);
        Assert.Equal((7, "obl:unmarked"), (heads[1], relations[1]));
        Assert.Equal((7, "nsubj"), (heads[3], relations[3]));
    }

    [Fact]
    public void A_pronoun_read_as_an_indirect_object_before_nine_days_later_is_the_object()
    {
        // In March last year , gunmen abducted four community police commanders near San Luis Acatlán , releasing them nine days later on a rural road .
        string[] forms = ["In", "March", "last", "year", ",", "gunmen", "abducted", "four", "community", "police", "commanders", "near", "San", "Luis", "Acatlán", ",", "releasing", "them", "nine", "days", "later", "on", "a", "rural", "road", "."];
        int[] heads = [1, 6, 3, 1, 3, 6, -1, 10, 10, 10, 6, 12, 10, 12, 12, 16, 6, 16, 19, 20, 16, 24, 24, 24, 16, 6];
        string[] relations = ["case", "obl", "amod", "nmod:unmarked", "punct", "nsubj", "root", "nummod", "compound", "compound", "obj", "case", "nmod", "flat", "flat", "punct", "advcl", "iobj", "nummod", "obl:unmarked", "advmod", "case", "det", "amod", "obl", "punct"];
        ParseRepairs.Apply(forms, ["IN", "NNP", "JJ", "NN", ",", "NNS", "VBD", "CD", "NN", "NN", "NNS", "IN", "NNP", "NNP", "NNP", ",", "VBG", "PRP", "CD", "NNS", "RBR", "IN", "DT", "JJ", "NN", "."], heads, relations);
        Assert.Equal((16, "obj"), (heads[17], relations[17]));
    }

    [Fact]
    public void A_past_hung_on_an_apposition_in_the_subjects_relative_clause_is_the_first_verb_of_the_subject()
    {
        // The army 's 27th Jungle Brigade , which is headquartered in Mocoa , the provincial capital , blamed the Comandos de la Frontera , a faction that controls much of the coca trade along the border with Ecuador , and said the attackers had operated from a farm near Puerto Caicedo .
        string[] forms = ["The", "army", "'s", "27th", "Jungle", "Brigade", ",", "which", "is", "headquartered", "in", "Mocoa", ",", "the", "provincial", "capital", ",", "blamed", "the", "Comandos", "de", "la", "Frontera", ",", "a", "faction", "that", "controls", "much", "of", "the", "coca", "trade", "along", "the", "border", "with", "Ecuador", ",", "and", "said", "the", "attackers", "had", "operated", "from", "a", "farm", "near", "Puerto", "Caicedo", "."];
        int[] heads = [1, 5, 1, 5, 5, 40, 9, 9, 9, 5, 11, 9, 15, 15, 15, 9, 17, 15, 22, 22, 19, 19, 17, 25, 25, 15, 27, 25, 27, 32, 32, 32, 28, 35, 35, 32, 37, 35, 40, 40, -1, 42, 44, 44, 40, 47, 47, 44, 50, 50, 47, 40];
        string[] relations = ["det", "nmod:poss", "case", "amod", "compound", "nsubj", "punct", "nsubj:pass", "aux:pass", "acl:relcl", "case", "obl", "punct", "det", "amod", "appos", "punct", "acl", "det", "compound", "flat", "flat", "xcomp", "punct", "det", "appos", "nsubj", "acl:relcl", "obj", "case", "det", "compound", "obl", "case", "det", "nmod", "case", "nmod", "punct", "cc", "root", "det", "nsubj", "aux", "ccomp", "case", "det", "obl", "case", "compound", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "POS", "JJ", "NNP", "NNP", ",", "WDT", "VBZ", "VBN", "IN", "NNP", ",", "DT", "JJ", "NN", ",", "VBD", "DT", "NNP", "NNP", "NNP", "NNP", ",", "DT", "NN", "WDT", "VBZ", "JJ", "IN", "DT", "NN", "NN", "IN", "DT", "NN", "IN", "NNP", ",", "CC", "VBD", "DT", "NNS", "VBD", "VBN", "IN", "DT", "NN", "IN", "NNP", "NNP", "."], heads, relations);
        Assert.Equal(-1, heads[17]);
        Assert.Equal((17, "nsubj"), (heads[5], relations[5]));
        Assert.Equal((17, "conj"), (heads[40], relations[40]));
        Assert.Equal((17, "obj"), (heads[22], relations[22]));
        Assert.Equal((22, "appos"), (heads[25], relations[25]));
    }

    [Fact]
    public void A_relative_clause_interrupted_by_its_reporter_is_on_the_noun_and_the_noun_is_the_verbs_object()
    {
        // Last week , police arrested two men in Santander de Quilichao who , prosecutors said , had assembled drones for the group from parts bought online .
        string[] forms = ["Last", "week", ",", "police", "arrested", "two", "men", "in", "Santander", "de", "Quilichao", "who", ",", "prosecutors", "said", ",", "had", "assembled", "drones", "for", "the", "group", "from", "parts", "bought", "online", "."];
        int[] heads = [1, 4, 1, 4, -1, 6, 17, 10, 10, 8, 6, 14, 11, 14, 6, 14, 17, 4, 17, 21, 21, 18, 23, 17, 23, 24, 4];
        string[] relations = ["amod", "obl:unmarked", "punct", "nsubj", "root", "nummod", "nsubj", "case", "compound", "flat", "nmod", "nsubj", "punct", "nsubj", "acl:relcl", "punct", "aux", "ccomp", "obj", "case", "det", "nmod", "case", "obl", "acl", "advmod", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "NN", ",", "NNS", "VBD", "CD", "NNS", "IN", "NNP", "NNP", "NNP", "WP", ",", "NNS", "VBD", ",", "VBD", "VBN", "NNS", "IN", "DT", "NN", "IN", "NNS", "VBN", "RB", "."], heads, relations);
        Assert.Equal((4, "obj"), (heads[6], relations[6]));
        Assert.Equal((6, "acl:relcl"), (heads[17], relations[17]));
        Assert.Equal((17, "nsubj"), (heads[11], relations[11]));
        Assert.Equal((17, "parataxis"), (heads[14], relations[14]));
    }

    [Fact]
    public void The_name_of_the_commander_a_faction_is_loyal_to_is_the_commanders_not_the_subject()
    {
        // A faction loyal to militant commander Hafiz Gul Bahadur claimed the attack in a message to journalists on Tuesday evening and warned policemen to quit their jobs or face more attacks .
        string[] forms = ["A", "faction", "loyal", "to", "militant", "commander", "Hafiz", "Gul", "Bahadur", "claimed", "the", "attack", "in", "a", "message", "to", "journalists", "on", "Tuesday", "evening", "and", "warned", "policemen", "to", "quit", "their", "jobs", "or", "face", "more", "attacks", "."];
        int[] heads = [1, 9, 1, 5, 5, 2, 9, 6, 6, -1, 11, 9, 14, 14, 11, 16, 14, 19, 19, 9, 21, 9, 21, 24, 21, 26, 24, 28, 26, 30, 24, 9];
        string[] relations = ["det", "obl:unmarked", "amod", "case", "compound", "obl", "nsubj", "flat", "flat", "root", "det", "obj", "case", "det", "nmod", "case", "nmod", "case", "compound", "obl", "cc", "conj", "obj", "mark", "xcomp", "nmod:poss", "obj", "cc", "conj", "amod", "obj", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "JJ", "IN", "JJ", "NN", "NNP", "NNP", "NNP", "VBD", "DT", "NN", "IN", "DT", "NN", "IN", "NNS", "IN", "NNP", "NN", "CC", "VBD", "NNS", "TO", "VB", "PRP$", "NNS", "CC", "NN", "JJR", "NNS", "."], heads, relations);
        Assert.Equal((9, "nsubj"), (heads[1], relations[1]));
        Assert.Equal((5, "appos"), (heads[6], relations[6]));
    }

    [Fact]
    public void A_participle_after_a_comma_on_the_one_word_object_of_a_verb_is_the_verbs_adverbial()
    {
        // Hours after the attack , a faction loyal to the militant commander Hafiz Gul Bahadur claimed responsibility , threatening further attacks unless the army withdrew from North Waziristan .
        string[] forms = ["Hours", "after", "the", "attack", ",", "a", "faction", "loyal", "to", "the", "militant", "commander", "Hafiz", "Gul", "Bahadur", "claimed", "responsibility", ",", "threatening", "further", "attacks", "unless", "the", "army", "withdrew", "from", "North", "Waziristan", "."];
        int[] heads = [15, 3, 3, 15, 6, 6, 15, 6, 11, 11, 11, 7, 11, 12, 12, -1, 15, 18, 16, 20, 18, 24, 23, 24, 15, 27, 27, 24, 15];
        string[] relations = ["obl:unmarked", "case", "det", "obl", "punct", "det", "nsubj", "amod", "case", "det", "amod", "obl", "appos", "flat", "flat", "root", "obj", "punct", "acl", "amod", "obj", "mark", "det", "nsubj", "advcl", "case", "compound", "obl", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "IN", "DT", "NN", ",", "DT", "NN", "JJ", "IN", "DT", "JJ", "NN", "NNP", "NNP", "NNP", "VBD", "NN", ",", "VBG", "JJ", "NNS", "IN", "DT", "NN", "VBD", "IN", "NNP", "NNP", "."], heads, relations);
        Assert.Equal((15, "advcl"), (heads[18], relations[18]));
    }

    [Fact]
    public void A_first_subject_read_as_punctuation_before_and_and_the_subject_is_the_subject()
    {
        // On Monday , hundreds of soldiers and National Guard troops were deployed to Ayutla and the surrounding villages .
        string[] forms = ["On", "Monday", ",", "hundreds", "of", "soldiers", "and", "National", "Guard", "troops", "were", "deployed", "to", "Ayutla", "and", "the", "surrounding", "villages", "."];
        int[] heads = [1, 11, 1, 11, 5, 3, 11, 8, 9, 11, 11, -1, 13, 11, 17, 17, 17, 13, 11];
        string[] relations = ["case", "obl", "punct", "punct", "case", "nmod", "cc", "amod", "compound", "nsubj:pass", "aux:pass", "root", "case", "obl", "cc", "det", "amod", "conj", "punct"];
        ParseRepairs.Apply(forms, ["IN", "NNP", ",", "NNS", "IN", "NNS", "CC", "NNP", "NNP", "NNS", "VBD", "VBN", "IN", "NNP", "CC", "DT", "VBG", "NNS", "."], heads, relations);
        Assert.Equal((11, "nsubj:pass"), (heads[3], relations[3]));
        Assert.Equal((5, "conj"), (heads[9], relations[9]));
        Assert.Equal((9, "cc"), (heads[6], relations[6]));
    }

    [Fact]
    public void A_past_hung_inside_the_opening_subjects_participle_phrase_is_the_sentences_verb()
    {
        // Troops backed by helicopter gunships and artillery pounded suspected BIFF positions in the marshes near Datu Piang on Tuesday .
        string[] forms = ["Troops", "backed", "by", "helicopter", "gunships", "and", "artillery", "pounded", "suspected", "BIFF", "positions", "in", "the", "marshes", "near", "Datu", "Piang", "on", "Tuesday", "."];
        int[] heads = [-1, 0, 4, 4, 1, 4, 5, 6, 10, 10, 7, 13, 13, 10, 16, 16, 13, 18, 16, 0];
        string[] relations = ["root", "acl", "case", "compound", "obl:agent", "dep", "conj", "acl", "amod", "compound", "obj", "case", "det", "nmod", "case", "compound", "nmod", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBN", "IN", "NN", "NNS", "CC", "NN", "VBD", "VBN", "NN", "NNS", "IN", "DT", "NNS", "IN", "NNP", "NNP", "IN", "NNP", "."], heads, relations);
        Assert.Equal(-1, heads[7]);
        Assert.Equal((7, "nsubj"), (heads[0], relations[0]));
        Assert.Equal((4, "conj"), (heads[6], relations[6]));
        Assert.Equal((6, "cc"), (heads[5], relations[5]));
    }

    [Fact]
    public void An_opening_adverb_read_as_the_root_over_a_verb_with_its_own_subject_is_the_verbs_modifier()
    {
        // Later that day , the army also targeted an RSF position on the outskirts of Nyala , killing three fighters .
        string[] forms = ["Later", "that", "day", ",", "the", "army", "also", "targeted", "an", "RSF", "position", "on", "the", "outskirts", "of", "Nyala", ",", "killing", "three", "fighters", "."];
        int[] heads = [-1, 2, 0, 7, 5, 7, 7, 2, 10, 10, 7, 13, 13, 10, 15, 13, 17, 7, 19, 17, 0];
        string[] relations = ["root", "det", "obl:unmarked", "punct", "det", "nsubj", "advmod", "acl:relcl", "det", "compound", "obj", "case", "det", "nmod", "case", "nmod", "punct", "advcl", "nummod", "obj", "punct"];
        ParseRepairs.Apply(forms, ["RBR", "DT", "NN", ",", "DT", "NN", "RB", "VBD", "DT", "NN", "NN", "IN", "DT", "NNS", "IN", "NNP", ",", "VBG", "CD", "NNS", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[7], relations[7]));
        Assert.Equal((7, "advmod"), (heads[0], relations[0]));
        Assert.Equal(7, heads[2]);
        Assert.Equal(7, heads[20]);
    }

    [Fact]
    public void A_past_after_and_right_after_a_conjunct_that_clause_with_its_own_subject_goes_on_with_that_clause()
    {
        // It said fighters from the same group had ambushed an army patrol near Birnin Gaoure on Saturday night , killing four soldiers , and that troops had pursued the attackers and killed 11 of them .
        string[] forms = ["It", "said", "fighters", "from", "the", "same", "group", "had", "ambushed", "an", "army", "patrol", "near", "Birnin", "Gaoure", "on", "Saturday", "night", ",", "killing", "four", "soldiers", ",", "and", "that", "troops", "had", "pursued", "the", "attackers", "and", "killed", "11", "of", "them", "."];
        int[] heads = [1, -1, 8, 6, 6, 6, 2, 8, 1, 11, 11, 8, 14, 14, 11, 17, 17, 8, 19, 8, 21, 19, 27, 27, 27, 27, 27, 8, 29, 27, 31, 8, 31, 34, 32, 1];
        string[] relations = ["nsubj", "root", "nsubj", "case", "det", "amod", "nmod", "aux", "ccomp", "det", "compound", "obj", "case", "compound", "nmod", "case", "compound", "obl", "punct", "advcl", "nummod", "obj", "punct", "cc", "mark", "nsubj", "aux", "conj", "det", "obj", "cc", "conj", "obj", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["PRP", "VBD", "NNS", "IN", "DT", "JJ", "NN", "VBD", "VBN", "DT", "NN", "NN", "IN", "NNP", "NNP", "IN", "NNP", "NN", ",", "VBG", "CD", "NNS", ",", "CC", "IN", "NNS", "VBD", "VBN", "DT", "NNS", "CC", "VBD", "CD", "IN", "PRP", "."], heads, relations);
        Assert.Equal((27, "conj"), (heads[31], relations[31]));
    }

    [Fact]
    public void An_oblique_hung_on_a_verb_across_a_later_verb_whose_phrase_it_ends_is_the_later_verbs()
    {
        // The ELN said that only members of the forces had been hit and blamed the girl 's death on a police grenade .
        string[] forms = ["The", "ELN", "said", "that", "only", "members", "of", "the", "forces", "had", "been", "hit", "and", "blamed", "the", "girl", "'s", "death", "on", "a", "police", "grenade", "."];
        int[] heads = [1, 2, -1, 11, 5, 11, 8, 8, 5, 11, 11, 2, 13, 2, 15, 17, 15, 13, 21, 21, 21, 11, 2];
        string[] relations = ["det", "nsubj", "root", "mark", "advmod", "nsubj:pass", "case", "det", "nmod", "aux", "aux:pass", "ccomp", "cc", "conj", "det", "nmod:poss", "case", "obj", "case", "det", "compound", "obl", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNP", "VBD", "IN", "RB", "NNS", "IN", "DT", "NNS", "VBD", "VBN", "VBN", "CC", "VBN", "DT", "NN", "POS", "NN", "IN", "DT", "NN", "NN", "."], heads, relations);
        Assert.Equal((13, "obl"), (heads[21], relations[21]));
    }

    [Fact]
    public void A_participle_between_commas_before_a_finite_verb_leaves_the_noun_before_it_the_verbs_subject()
    {
        // A JNIM spokesman , reached through an intermediary , warned transport companies that their trucks would be burned .
        string[] forms = ["A", "JNIM", "spokesman", ",", "reached", "through", "an", "intermediary", ",", "warned", "transport", "companies", "that", "their", "trucks", "would", "be", "burned", "."];
        int[] heads = [2, 2, 4, 4, 9, 7, 7, 4, 4, -1, 11, 9, 17, 14, 17, 17, 17, 11, 9];
        string[] relations = ["det", "compound", "nsubj", "punct", "ccomp", "case", "det", "obl", "punct", "root", "compound", "nsubj", "mark", "nmod:poss", "nsubj:pass", "aux", "aux:pass", "acl:relcl", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NNP", "NN", ",", "VBN", "IN", "DT", "NN", ",", "VBD", "NN", "NNS", "WDT", "PRP$", "NNS", "MD", "VB", "VBN", "."], heads, relations);
        Assert.Equal((9, "nsubj"), (heads[2], relations[2]));
        Assert.Equal((2, "acl"), (heads[4], relations[4]));
        Assert.Equal((9, "obj"), (heads[11], relations[11]));
    }

    [Fact]
    public void An_opening_day_read_as_the_subject_with_the_doers_its_conjuncts_is_the_verbs_time()
    {
        // Last Saturday , ELN fighters and the 33rd Front clashed outside Teorama , forcing about 300 families to flee their homes .
        string[] forms = ["Last", "Saturday", ",", "ELN", "fighters", "and", "the", "33rd", "Front", "clashed", "outside", "Teorama", ",", "forcing", "about", "300", "families", "to", "flee", "their", "homes", "."];
        int[] heads = [1, 9, 4, 4, 1, 8, 8, 8, 1, -1, 11, 9, 13, 9, 15, 16, 13, 18, 16, 20, 18, 9];
        string[] relations = ["amod", "nsubj", "punct", "compound", "conj", "cc", "det", "amod", "conj", "root", "case", "obl", "punct", "advcl", "advmod", "nummod", "obj", "mark", "acl", "nmod:poss", "obj", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "NNP", ",", "NNP", "NNS", "CC", "DT", "JJ", "NNP", "VBD", "IN", "NNP", ",", "VBG", "RB", "CD", "NNS", "TO", "VB", "PRP$", "NNS", "."], heads, relations);
        Assert.Equal((9, "obl:unmarked"), (heads[1], relations[1]));
        Assert.Equal((9, "nsubj"), (heads[4], relations[4]));
        Assert.Equal((4, "conj"), (heads[8], relations[8]));
    }

    [Fact]
    public void A_noun_with_its_participle_read_as_a_reporters_subject_before_a_passive_the_reporter_governs_is_the_passives_subject()
    {
        // 17 passengers abducted on the road between Gusau and Tsafe last week were freed on Saturday , a relative of one of the captives said .
        string[] forms = ["17", "passengers", "abducted", "on", "the", "road", "between", "Gusau", "and", "Tsafe", "last", "week", "were", "freed", "on", "Saturday", ",", "a", "relative", "of", "one", "of", "the", "captives", "said", "."];
        int[] heads = [1, 24, 1, 5, 5, 2, 7, 5, 9, 7, 11, 13, 13, 24, 15, 13, 18, 18, 15, 20, 18, 23, 23, 20, -1, 24];
        string[] relations = ["nummod", "nsubj", "acl", "case", "det", "obl", "case", "nmod", "cc", "conj", "amod", "obl:unmarked", "aux:pass", "ccomp", "case", "obl", "punct", "det", "appos", "case", "nmod", "case", "det", "nmod", "root", "punct"];
        ParseRepairs.Apply(forms, ["CD", "NNS", "VBN", "IN", "DT", "NN", "IN", "NNP", "CC", "NNP", "JJ", "NN", "VBD", "VBN", "IN", "NNP", ",", "DT", "NN", "IN", "CD", "IN", "DT", "NNS", "VBD", "."], heads, relations);
        Assert.Equal((13, "nsubj:pass"), (heads[1], relations[1]));
        Assert.Equal(2, heads[11]);
        Assert.Equal((24, "nsubj"), (heads[18], relations[18]));
    }

    [Fact]
    public void Was_or_were_read_as_the_verb_before_a_passive_participle_is_its_auxiliary()
    {
        // 17 passengers abducted on the road between Gusau and Tsafe last week were freed on Saturday .
        string[] forms = ["17", "passengers", "abducted", "on", "the", "road", "between", "Gusau", "and", "Tsafe", "last", "week", "were", "freed", "on", "Saturday", "."];
        int[] heads = [1, 12, 1, 5, 5, 2, 7, 5, 9, 7, 11, 13, -1, 2, 15, 13, 12];
        string[] relations = ["nummod", "nsubj", "acl", "case", "det", "obl", "case", "nmod", "cc", "conj", "amod", "obl:unmarked", "root", "advcl", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["CD", "NNS", "VBN", "IN", "DT", "NN", "IN", "NNP", "CC", "NNP", "JJ", "NN", "VBD", "VBN", "IN", "NNP", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[13], relations[13]));
        Assert.Equal((13, "aux:pass"), (heads[12], relations[12]));
        Assert.Equal((13, "nsubj:pass"), (heads[1], relations[1]));
        Assert.Equal((2, 13), (heads[11], heads[16]));
    }

    [Fact]
    public void More_than_a_count_read_as_the_object_modifies_the_count_and_the_noun_is_the_object()
    {
        // Police detained more than 60 young men in Kombolcha .
        string[] forms = ["Police", "detained", "more", "than", "60", "young", "men", "in", "Kombolcha", "."];
        int[] heads = [1, -1, 1, 6, 6, 6, 2, 8, 6, 1];
        string[] relations = ["nsubj", "root", "obj", "case", "nummod", "amod", "obl", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["NNS", "VBD", "JJR", "IN", "CD", "JJ", "NNS", "IN", "NNP", "."], heads, relations);
        Assert.Equal((1, "obj"), (heads[6], relations[6]));
        Assert.Equal((4, "advmod"), (heads[2], relations[2]));
        Assert.Equal((2, "fixed"), (heads[3], relations[3]));
    }

    [Fact]
    public void An_opening_adjective_read_as_the_root_over_a_verb_hung_on_the_noun_after_the_comma_is_the_verbs_modifier()
    {
        // Late on Wednesday , air force jets bombed suspected militant camps near Butig .
        string[] forms = ["Late", "on", "Wednesday", ",", "air", "force", "jets", "bombed", "suspected", "militant", "camps", "near", "Butig", "."];
        int[] heads = [-1, 2, 0, 2, 5, 6, 2, 6, 10, 10, 7, 12, 10, 0];
        string[] relations = ["root", "case", "obl", "punct", "compound", "compound", "dep", "acl", "amod", "amod", "obj", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "IN", "NNP", ",", "NNP", "NN", "NNS", "VBD", "VBN", "JJ", "NNS", "IN", "NNP", "."], heads, relations);
        Assert.Equal((-1, "root"), (heads[7], relations[7]));
        Assert.Equal((7, "nsubj"), (heads[6], relations[6]));
        Assert.Equal((7, "advmod"), (heads[0], relations[0]));
    }

    [Fact]
    public void An_opening_time_read_as_a_subject_before_the_verbs_own_subject_is_its_time_and_an_of_phrase_after_a_conjunct_is_the_conjuncts()
    {
        // Last Thursday , ELN fighters and members of the 33rd Front clashed near Tibu .
        string[] forms = ["Last", "Thursday", ",", "ELN", "fighters", "and", "members", "of", "the", "33rd", "Front", "clashed", "near", "Tibu", "."];
        int[] heads = [1, 11, 4, 4, 11, 6, 4, 10, 10, 10, 4, -1, 13, 11, 11];
        string[] relations = ["amod", "nsubj", "punct", "compound", "nsubj", "cc", "conj", "case", "det", "amod", "nmod", "root", "case", "obl", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "NNP", ",", "NNP", "NNS", "CC", "NNS", "IN", "DT", "JJ", "NNP", "VBD", "IN", "NNP", "."], heads, relations);
        Assert.Equal((11, "obl:unmarked"), (heads[1], relations[1]));
        Assert.Equal((6, "nmod"), (heads[10], relations[10]));
    }

    [Fact]
    public void A_name_after_known_as_read_as_the_subject_of_the_next_verb_is_what_the_participle_names()
    {
        // A man who identified himself as a spokesman for the gang 's leader , known locally as Kachalla Dan Sade , told the AP by telephone that the raid was a message .
        string[] forms = ["A", "man", "who", "identified", "himself", "as", "a", "spokesman", "for", "the", "gang", "'s", "leader", ",", "known", "locally", "as", "Kachalla", "Dan", "Sade", ",", "told", "the", "AP", "by", "telephone", "that", "the", "raid", "was", "a", "message", "."];
        int[] heads = [1, -1, 3, 1, 3, 7, 7, 3, 12, 10, 12, 10, 7, 14, 7, 14, 21, 21, 17, 17, 17, 3, 23, 21, 25, 21, 31, 28, 31, 31, 31, 21, 1];
        string[] relations = ["det", "root", "nsubj", "acl:relcl", "obj", "case", "det", "obl", "case", "det", "nmod:poss", "case", "nmod", "punct", "acl", "advmod", "mark", "nsubj", "flat", "flat", "punct", "advcl", "det", "iobj", "case", "iobj", "mark", "det", "nsubj", "cop", "det", "ccomp", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "WP", "VBD", "PRP", "IN", "DT", "NN", "IN", "DT", "NN", "POS", "NN", ",", "VBN", "RB", "IN", "NNP", "NNP", "NNP", ",", "VBD", "DT", "NN", "IN", "NN", "IN", "DT", "NN", "VBD", "DT", "NN", "."], heads, relations);
        Assert.Equal((14, "obl"), (heads[17], relations[17]));
        Assert.Equal((17, "case"), (heads[16], relations[16]));
        Assert.Equal((-1, "root"), (heads[21], relations[21]));
        Assert.Equal((21, "nsubj"), (heads[1], relations[1]));
    }

    [Fact]
    public void A_past_hung_inside_the_subjects_believed_phrase_is_the_subjects_verb()
    {
        // Armed cattle raiders believed to have crossed from the neighbouring Karamoja region killed at least six people outside Pader on Tuesday , driving off hundreds of cattle , police said .
        string[] forms = ["Armed", "cattle", "raiders", "believed", "to", "have", "crossed", "from", "the", "neighbouring", "Karamoja", "region", "killed", "at", "least", "six", "people", "outside", "Pader", "on", "Tuesday", ",", "driving", "off", "hundreds", "of", "cattle", ",", "police", "said", "."];
        int[] heads = [2, 2, 3, 29, 6, 6, 3, 11, 11, 11, 11, 6, 11, 14, 15, 16, 12, 18, 16, 20, 12, 22, 6, 22, 22, 26, 24, 3, 29, -1, 29];
        string[] relations = ["amod", "compound", "nsubj", "ccomp", "mark", "aux", "xcomp", "case", "det", "amod", "compound", "obl", "acl", "case", "nmod", "nummod", "obj", "case", "nmod", "case", "obl", "punct", "advcl", "compound:prt", "obj", "case", "nmod", "punct", "nsubj", "root", "punct"];
        ParseRepairs.Apply(forms, ["JJ", "NN", "NNS", "VBN", "TO", "VB", "VBN", "IN", "DT", "JJ", "NNP", "NN", "VBD", "IN", "JJS", "CD", "NNS", "IN", "NNP", "IN", "NNP", ",", "VBG", "RP", "NNS", "IN", "NN", ",", "NNS", "VBD", "."], heads, relations);
        Assert.Equal((29, "ccomp"), (heads[12], relations[12]));
        Assert.Equal((12, "nsubj"), (heads[2], relations[2]));
        Assert.Equal((2, "acl"), (heads[3], relations[3]));
        Assert.Equal(12, heads[22]);
    }

    [Fact]
    public void A_name_opening_a_nationality_on_a_second_subject_is_part_of_it_and_the_second_subject_the_firsts_conjunct()
    {
        // Uganda 's army and South Sudanese forces clashed along a disputed stretch of border north of Yumbe on Wednesday .
        string[] forms = ["Uganda", "'s", "army", "and", "South", "Sudanese", "forces", "clashed", "along", "a", "disputed", "stretch", "of", "border", "north", "of", "Yumbe", "on", "Wednesday", "."];
        int[] heads = [2, 0, 7, 4, 2, 6, 7, -1, 11, 11, 11, 7, 13, 11, 11, 16, 14, 18, 11, 7];
        string[] relations = ["nmod:poss", "case", "nsubj", "cc", "conj", "amod", "nsubj", "root", "case", "det", "amod", "obl", "case", "nmod", "advmod", "case", "obl", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["NNP", "POS", "NN", "CC", "NNP", "JJ", "NNS", "VBD", "IN", "DT", "VBN", "NN", "IN", "NN", "RB", "IN", "NNP", "IN", "NNP", "."], heads, relations);
        Assert.Equal((5, "compound"), (heads[4], relations[4]));
        Assert.Equal((2, "conj"), (heads[6], relations[6]));
        Assert.Equal((6, "cc"), (heads[3], relations[3]));
    }

    [Fact]
    public void That_hung_on_the_full_stop_as_a_mark_opens_the_clause_the_verb_before_it_governs()
    {
        // The front said its fighters had acted in defence against troops protecting eradication crews , and demanded that the government halt forced eradication in Catatumbo .
        string[] forms = ["The", "front", "said", "its", "fighters", "had", "acted", "in", "defence", "against", "troops", "protecting", "eradication", "crews", ",", "and", "demanded", "that", "the", "government", "halt", "forced", "eradication", "in", "Catatumbo", "."];
        int[] heads = [1, 2, -1, 4, 6, 6, 2, 8, 6, 10, 6, 10, 13, 11, 16, 16, 2, 25, 20, 20, 17, 22, 20, 24, 22, 2];
        string[] relations = ["det", "nsubj", "root", "nmod:poss", "nsubj", "aux", "ccomp", "case", "obl", "case", "obl", "acl", "compound", "obj", "punct", "cc", "conj", "mark", "det", "compound", "advcl:relcl", "amod", "nmod", "case", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "VBD", "PRP$", "NNS", "VBD", "VBN", "IN", "NN", "IN", "NNS", "VBG", "NN", "NNS", ",", "CC", "VBD", "IN", "DT", "NN", "VB", "VBN", "NN", "IN", "NNP", "."], heads, relations);
        Assert.Equal((16, "ccomp"), (heads[20], relations[20]));
        Assert.Equal((20, "mark"), (heads[17], relations[17]));
    }

    [Fact]
    public void A_verb_hung_as_an_adverbial_clause_on_a_noun_coordinated_with_the_first_verb_after_and_is_the_first_verbs_conjunct()
    {
        // The district council demanded that Baghdad pay compensation to the families of the dead , and the governor of Anbar urged residents to report any suspicious movement in the desert .
        string[] forms = ["The", "district", "council", "demanded", "that", "Baghdad", "pay", "compensation", "to", "the", "families", "of", "the", "dead", ",", "and", "the", "governor", "of", "Anbar", "urged", "residents", "to", "report", "any", "suspicious", "movement", "in", "the", "desert", "."];
        int[] heads = [2, 2, 3, -1, 6, 6, 3, 6, 10, 10, 6, 13, 13, 10, 17, 17, 17, 3, 19, 17, 17, 20, 23, 20, 26, 26, 23, 29, 29, 26, 3];
        string[] relations = ["det", "compound", "nsubj", "root", "mark", "nsubj", "ccomp", "obj", "case", "det", "obl", "case", "det", "nmod", "punct", "cc", "det", "conj", "case", "nmod", "advcl", "obj", "mark", "xcomp", "det", "amod", "obj", "case", "det", "nmod", "punct"];
        ParseRepairs.Apply(forms, ["DT", "NN", "NN", "VBD", "IN", "NNP", "VB", "NN", "IN", "DT", "NNS", "IN", "DT", "JJ", ",", "CC", "DT", "NN", "IN", "NNP", "VBD", "NNS", "TO", "VB", "DT", "JJ", "NN", "IN", "DT", "NN", "."], heads, relations);
        Assert.Equal((3, "conj"), (heads[20], relations[20]));
        Assert.Equal((20, "nsubj"), (heads[17], relations[17]));
        Assert.Equal((20, "cc"), (heads[15], relations[15]));
    }

    [Fact]
    public void A_past_after_and_coordinated_into_the_what_clause_that_names_the_object_is_the_verbs_conjunct()
    {
        // Speaking in Pemba on Tuesday , the provincial governor condemned what he called a cowardly attack on defenceless people and urged residents not to abandon their fields ahead of the harvest .
        string[] forms = ["Speaking", "in", "Pemba", "on", "Tuesday", ",", "the", "provincial", "governor", "condemned", "what", "he", "called", "a", "cowardly", "attack", "on", "defenceless", "people", "and", "urged", "residents", "not", "to", "abandon", "their", "fields", "ahead", "of", "the", "harvest", "."];
        int[] heads = [9, 2, 0, 4, 0, 4, 8, 8, 9, -1, 9, 12, 10, 15, 15, 12, 18, 18, 15, 20, 12, 20, 24, 24, 20, 26, 24, 24, 30, 30, 27, 9];
        string[] relations = ["advcl", "case", "obl", "case", "obl", "punct", "det", "amod", "nsubj", "root", "obj", "nsubj", "acl:relcl", "det", "amod", "obj", "case", "amod", "nmod", "cc", "conj", "iobj", "advmod", "mark", "xcomp", "nmod:poss", "obj", "advmod", "case", "det", "obl", "punct"];
        ParseRepairs.Apply(forms, ["VBG", "IN", "NNP", "IN", "NNP", ",", "DT", "JJ", "NN", "VBD", "WP", "PRP", "VBD", "DT", "JJ", "NN", "IN", "JJ", "NNS", "CC", "VBD", "NNS", "RB", "TO", "VB", "PRP$", "NNS", "RB", "IN", "DT", "NN", "."], heads, relations);
        Assert.Equal((9, "conj"), (heads[20], relations[20]));
    }
}
