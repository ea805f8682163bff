"""Session 39 (issue 10): a main clause the parser labels an adverbial clause ("advcl") is no
subordinate clause: its date is the time the story is at, and the sentences after it go on at
that date (``_dating.narrative_anchor`` skips the dates of subordinate clauses as look-backs).

The check ``unmarked_main_clause`` (``_dating.ATTACHMENT_CHECKS``): a finite "advcl" with a
subject of its own that is no relative pronoun, no subordinating conjunction or wh-adverb, and
no preposition of time before its subject ("since ...", "by the time ..."). Dev texts where the
parser made an advcl of a main clause with a date: perecuador 03 ("Talks stalled, and ..., in
August 1998, troops were again massing"), guyven 03 ("In April the ICJ rejected ..., a ruling
Caracas has refused to accept"), rwacod 04 ("Barely fifteen months later the allies fell out:
..."), also iraniraq 06 and egyeth 02 in their paragraphs' parses. Real subordinates without a
conjunction kept: codwars 02 ("each of which began"), rwacod 05 ("By the time a government was
installed in 2003"), armtur 20 ("since the special envoys ... first met").

The rows are sentences written for this test in the style of those texts, each with the parse
the parser gave the dev sentence of its shape (word/dep/tag>head), so the table pins the check,
not the parser's mood."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from chronica.events._dating import ATTACHMENT_CHECKS, _in_subordinate

_POS = {"IN": "ADP", "DT": "DET", "CD": "NUM", "NNP": "PROPN", "NN": "NOUN", "NNS": "NOUN", "RB": "ADV",
        "CC": "CCONJ", "PRP": "PRON", "WDT": "PRON", "WRB": "ADV", "JJ": "ADJ", "TO": "PART", "POS": "PART",
        "RP": "ADP", ",": "PUNCT", ":": "PUNCT", ".": "PUNCT"}


_VOCAB = spacy.blank("en").vocab  # with the lexical attributes (lower_) a parse has


def _doc(spec: str) -> Doc:
    words, deps, tags, heads = [], [], [], []
    for item in spec.split():
        word_dep_tag, head = item.rsplit(">", 1)
        word, dep, tag = word_dep_tag.rsplit("/", 2)
        words.append(word), deps.append(dep), tags.append(tag), heads.append(int(head))
    pos = [("AUX" if d in ("aux", "auxpass") else "VERB") if t.startswith("VB") or t == "MD" else _POS.get(t, "X")
           for t, d in zip(tags, deps)]
    lemmas = [w.lower() for w in words]
    return Doc(_VOCAB, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


#: (parse, the clause's verb, is it a main clause the parser made an advcl of)
CASES = [
    # perecuador style: a second main clause after ", and", its date fronted
    ("Talks/nsubj/NNS>1 stalled/ROOT/VBD>1 ,/punct/,>1 and/cc/CC>1 in/prep/IN>10 May/pobj/NNP>4 1996/nummod/CD>5 "
     ",/punct/,>10 troops/nsubj/NNS>10 were/aux/VBD>10 gathering/advcl/VBG>1 again/advmod/RB>10 ./punct/.>1",
     "gathering", True),
    # guyven style: a fronted month, then an appositive whose verb the parser made the root
    ("In/prep/IN>4 March/pobj/NNP>0 the/det/DT>3 tribunal/nsubj/NN>4 rejected/advcl/VBD>12 Belize/poss/NNP>7 "
     "'s/case/POS>5 request/dobj/NN>4 ,/punct/,>12 a/det/DT>10 ruling/amod/VBG>10 Guatemala/nsubj/NNP>12 "
     "has/aux/VBZ>12 refused/ROOT/VBN>12 ./punct/.>12",
     "rejected", True),
    # rwacod style: a counted shift, a colon, then the next main clause as root
    ("Barely/advmod/RB>1 ten/nummod/CD>2 months/npadvmod/NNS>3 later/advmod/RB>6 the/det/DT>5 "
     "partners/nsubj/NNS>6 fell/advcl/VBD>12 out/prt/RP>6 :/punct/:>12 a/det/DT>11 new/amod/JJ>11 "
     "revolt/nsubjpass/NN>12 began/ROOT/VBD>12 ./punct/.>12",
     "fell", True),
    # egyeth style: "So in June, X and Y met ..." hung on a speaker's name
    ("HOST/ROOT/NN>0 :/punct/:>0 So/advmod/CC>8 in/prep/IN>8 June/pobj/NNP>3 ,/punct/,>8 Kiir/nsubj/NNP>8 "
     "Bashir/conj/NNP>6 met/advcl/VBD>0 in/prep/IN>8 Addis/pobj/NNP>9 ./punct/.>0",
     "met", True),
    # real subordinates: a conjunction, a relative pronoun in the subject, a preposition of time
    ("When/advmod/WRB>3 the/det/DT>2 army/nsubj/NN>3 crossed/advcl/VBD>6 ,/punct/,>6 villagers/nsubj/NNS>6 "
     "fled/ROOT/VBD>6 ./punct/.>6",
     "crossed", False),
    ("The/det/DT>1 term/nsubj/NN>2 covers/ROOT/VBZ>2 two/nummod/CD>4 crises/dobj/NNS>2 ,/punct/,>9 "
     "each/nsubj/DT>9 of/prep/IN>6 which/pobj/WDT>7 began/advcl/VBD>2 ./punct/.>2",
     "began", False),
    ("By/prep/IN>7 the/det/DT>2 time/pobj/NN>0 a/det/DT>5 new/amod/JJ>5 cabinet/nsubjpass/NN>7 "
     "was/auxpass/VBD>7 sworn/advcl/VBN>11 ,/punct/,>11 fighting/nsubj/NN>11 had/aux/VBD>11 "
     "killed/ROOT/VBN>11 thousands/dobj/NNS>11 ./punct/.>11",
     "sworn", False),
    ("Relations/nsubj/NNS>1 improved/ROOT/VBD>1 ,/punct/,>1 since/prep/IN>8 the/det/DT>5 envoys/pobj/NNS>3 "
     ",/punct/,>8 Rubinyan/nsubj/NNP>8 met/advcl/VBD>1 ./punct/.>1",
     "met", False),
    # a participle with no auxiliary is no finite clause: the check leaves it to the other rules
    ("Having/aux/VBG>1 crossed/advcl/VBN>4 ,/punct/,>4 troops/nsubj/NNS>4 advanced/ROOT/VBD>4 ./punct/.>4",
     "crossed", False),
]


@pytest.mark.parametrize("spec, verb, main", CASES)
def test_unmarked_main_clause(spec: str, verb: str, main: bool) -> None:
    doc = _doc(spec)
    token = next(t for t in doc if t.text == verb)
    assert ATTACHMENT_CHECKS["unmarked_main_clause"](token) is main


def test_date_of_an_unmarked_main_clause_is_no_look_back() -> None:
    doc = _doc(CASES[0][0])
    date = doc[4:7]  # "in May 1996"
    assert not _in_subordinate(date)
    doc = _doc(CASES[6][0])
    assert _in_subordinate(doc[5:6])  # "cabinet", in "By the time a new cabinet was sworn"
