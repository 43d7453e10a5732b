using Vigil.Conllu;

namespace Vigil.Tests;

/// <summary>A small hand-written treebank for training and scoring tests.</summary>
public static class TinyTreebank
{
    public const string Text = """
        # newdoc id = d1
        # text = Soldiers fired on townspeople.
        1	Soldiers	soldier	NOUN	NNS	Number=Plur	2	nsubj	_	_
        2	fired	fire	VERB	VBD	Tense=Past	0	root	_	_
        3	on	on	ADP	IN	_	4	case	_	_
        4	townspeople	townspeople	NOUN	NNS	Number=Plur	2	obl	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	2	punct	_	_

        # text = Police arrested gunmen.
        1	Police	police	NOUN	NNS	Number=Plur	2	nsubj	_	_
        2	arrested	arrest	VERB	VBD	Tense=Past	0	root	_	_
        3	gunmen	gunman	NOUN	NNS	Number=Plur	2	obj	_	SpaceAfter=No
        4	.	.	PUNCT	.	_	2	punct	_	_

        # text = The army blocked the road.
        1	The	the	DET	DT	_	2	det	_	_
        2	army	army	NOUN	NN	Number=Sing	3	nsubj	_	_
        3	blocked	block	VERB	VBD	Tense=Past	0	root	_	_
        4	the	the	DET	DT	_	5	det	_	_
        5	road	road	NOUN	NN	Number=Sing	3	obj	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	3	punct	_	_

        # text = Gunmen attacked the town.
        1	Gunmen	gunman	NOUN	NNS	Number=Plur	2	nsubj	_	_
        2	attacked	attack	VERB	VBD	Tense=Past	0	root	_	_
        3	the	the	DET	DT	_	4	det	_	_
        4	town	town	NOUN	NN	Number=Sing	2	obj	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	2	punct	_	_

        # newpar
        # text = They didn't stop.
        1	They	they	PRON	PRP	_	4	nsubj	_	_
        2-3	didn't	_	_	_	_	_	_	_	_
        2	did	do	AUX	VBD	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	stop	stop	VERB	VB	_	0	root	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	4	punct	_	_

        """;

    public static List<ConlluSentence> Sentences() => ConlluReader.Read(new StringReader(Text.Replace("\r\n", "\n"))).ToList();
}
