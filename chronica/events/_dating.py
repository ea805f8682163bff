"""When an event happened: the sentence's own time expression, the narrative's anchor, or the
document date for sentences about the present.

Order (the first that applies):
1. a DATE/TIME expression of the event's own sentence — the one attached (in the parse) to the
   event's predicate, else to a predicate governing it, else to no other event, else the nearest,
   never one inside a clause below the event headed by another predicate ("jailed for murdering
   X in 1999"); of the event's own, a date written out beside a count from the narrative before
   the count ("Three years later, on 14 March 1987"); ``date_source="sentence"``;
2. the sentence speaks of the present or the recent past ("recently", "now", "currently", a
   present perfect or progressive): the document date when it is known to the month or day
   (``date_source="document"``; a date known only to the year or decade is too coarse to date
   "now"), else no date - and a happening only named (its noun, with no verb of its own) takes
   it only when its clause tells it going on ("the truce is now in force", not "the war has since
   changed the picture": ``ATTACHMENT_CHECKS["happening_named_at_writing"]``); a bare present
   tense is a historical present when its paragraph has set a date (that date, "narrative"), else
   the document date;
3. the narrative's anchor, the last DATE expression before the sentence in the document that is
   not a duration and denotes calendar days, when it is in the same paragraph or in the
   sentence just before (a date set paragraphs ago no longer holds): ``date_source="narrative"``;
   a relative expression ("a year earlier", "at this time") holds only in its paragraph and for
   three sentences, one dating a past-perfect flashback ("had fought ... from 1935") not at all, and no anchor holds past an expression of another time ("now") or when it
   was resolved against a guessed document date;
   Before 2-3: a demonstrative that points back to a thing named with its date ("the pact of
   2016 ... In that pact X agreed") dates the clause (:func:`anaphoric_ref`, as "sentence"); a date
   opening a timeline entry or heading ("- (1960) ...", "1982: ...", "March 1969 - ...", forms as
   data in :data:`HEADING_FORMS`) dates the events of its entry (:func:`heading_ref`), and the
   sentence's other times are only those inside that entry; a date opening one paragraph alone is
   a dateline, not an entry (entries come in series);
   also before 3: a clause told after another of the same sentence ("... was passed in the summer
   of 1987, but Iran refused", "... killed on 1 November 2021; Algeria blamed Morocco"), in the
   past and with no time of its own, takes the earlier clause's time (:func:`earlier_clause_ref`,
   as "narrative"); a clause before a semicolon is a main clause, whatever the parser made of it
   (:func:`semicolon_clause`); the time that opens the sentence ("In March 1995 X crossed the
   border, and Y protested; ...") reaches a later clause told in the past with no time of its own
   when no other time is told between, however the parser joined them
   (``ATTACHMENT_CHECKS["opening_time_reaches"]``);
   also before 2-3: an appositive that sums up the clause ("..., a step it took in April 1982",
   :func:`summary_ref`) and a next sentence that points back at the happening ("This happened in
   1982.", "The signing came on 26 March 1979.", :func:`restated_ref`) date it, as "sentence";
4. no date. The publication date is never given to past-tense history, and an event that is
   only planned or possible gets no date but its sentence's own.

Around these: a news dateline's date ("CAIRO, March 3 - ...", :func:`in_dateline`) is the time
of writing and dates no event; a date told "of" a part of the day ("on the evening of 2 May") is
its clause's time, as the date alone would be, not a thing's date (:func:`part_of_day`); a
caption or subheading line (:func:`caption_line`) is not counted
among the sentences a narrative date reaches over; an event dated by one date of a list ("in
1974, 1983 and 1996", :func:`date_list`) is told once per date - a date with a preposition of its
own followed at once by another predicate's subject ("... on 2 May, and on 9 May Y replied") opens
that clause and is no item of the list (``CLAUSE_CHECKS["date_opens_the_next_clause"]``); a deictic the time stage left
unresolved on a lower bound of the date of writing ("last week") is its clause's own unknown time.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span, Token

from chronica.nlp import doc_text
from chronica.time import infer_document_date, tag, value_interval
from chronica.time.grammar import AFTER_THE as COUNTED_FROM_UNKNOWN  # "N days after the X", X's date untold
from chronica.time.lexicon import PARTS_OF_DAY

RECENT_WORDS = frozenset(
    {"recently", "now", "currently", "today", "nowadays", "lately", "presently", "yesterday", "tonight"}
)
#: month and day names: an expression naming one is a calendar date, however it was resolved
CALENDAR_NAMES = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday christmas easter""".split()
)
#: TIMEX3 reference values meaning "now" or "lately"
PRESENT_VALUES = frozenset({"PRESENT_REF", "PAST_REF"})


@dataclass
class TimeRef:
    start: int
    end: int
    text: str
    value: str
    value_end: str | None
    mod: str | None
    precision: str | None
    earliest: str | None
    latest: str | None
    root: int | None = None  # token index of the expression's syntactic head
    anchor: str | None = None  # what a relative expression was resolved against: dct | narrative
    anchor_value: str | None = None  # the date it was resolved against (a count's happening's date)
    guessed: bool = False  # resolved against a document date the pipeline only inferred
    attributive: bool = False  # names a thing's date ("the 10 June election"), not the clause's
    flashback: bool = False  # dates a past-perfect clause ("had fought ... from 1935"): a look back
    subordinate: bool = False  # dates a subordinate clause ("..., after X collapsed in 1991, ...")
    # a subordinate clause's date that still tells where the story stands (:func:`tells_the_story`):
    # "Tarsa said Osterland owed it money and, on 2 May 2010, began cutting deliveries"
    told: bool = False
    confidence: float | None = None
    prospective: bool = False  # dates what is expected or to come ("the Budget, expected in March")
    heading: str | None = None  # the name of the heading form it opens ("(1960) ...", "1982: ...")
    block_end: int | None = None  # where the block a heading date governs ends (its line or paragraph)
    names: str | None = None  # the lemma of the noun an attributive expression dates ("the pact of 2016")
    dateline: bool = False  # the date of a news dateline ("CAIRO, March 3 - ..."): when it was written
    # an attributive date that sets the story's time all the same: it dates a happening named in the
    # main clause of a past-tense sentence that tells no time of its own ("The flood of 3 May
    # 1998 drowned hundreds."); the sentences after it go on at that date (:func:`sets_the_story`)
    story: bool = False
    # the time a comparison sets against the clause's ("than in 1981", "unlike the clashes (in
    # 1992)"): the token of the comparison's word (or the noun before its bracket); it dates only
    # a happening named in the comparison, not the clause, nor the narrative
    compared: int | None = None
    compared_phrase: int | None = None  # the token the compared time hangs on (below the comparison)

    @property
    def relative(self) -> bool:
        """Resolved against another date and naming no calendar unit of its own ("a year
        earlier", "at this time", "last year"); "August" or "June 25 that year" name one."""
        if self.anchor not in ("dct", "narrative"):
            return False
        words = set(re.findall(r"[a-z]+", self.text.lower()))
        return not (words & CALENDAR_NAMES or any(c.isdigit() for c in self.text))

    @property
    def present(self) -> bool:
        return self.value in PRESENT_VALUES

    @property
    def calendar(self) -> bool:
        return bool(self.value) and self.value[:1].isdigit()


def _get(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


#: precisions an expression resolved against a guessed document date may date its sentence at
GUESSED_PRECISIONS = frozenset({"year", "month", "quarter", "season", "half"})


def time_refs(doc: Doc, timexes: list | None, dct: str | None, guessed_dct: Any = False,
              dropped: list[int] | None = None) -> list[TimeRef]:
    """DATE/TIME expressions of the document (durations and sets dropped), in text order.

    From ``timexes`` when given (even empty); else ``doc._.timexes``; when that is missing or
    empty, from ``chronica.time.tag``.
    Without a document date, expressions resolved against one the tagger guessed are not fully
    trusted: when the document date was inferred (``guessed_dct``), those at a year's or month's
    precision ("this year", "last month") are kept, marked ``guessed``, to date their own
    sentence only (with their lower confidence); the rest ("on Tuesday") are dropped, as are all
    of them when nothing says the date was inferred. A deictic the tagger left unresolved because
    the text is only known to be written after some date (anchor ``after-bound``) stays, and its
    start is recorded in ``dropped`` too. ``guessed_dct`` may be a callable, asked
    (once) only when such an expression turns up. The starts of the expressions dropped so are
    added to ``dropped`` when given: their sentences speak of a time of their own.
    """
    trusted: list[bool] = []

    def trust() -> bool:
        if not trusted:
            trusted.append(bool(guessed_dct() if callable(guessed_dct) else guessed_dct))
        return trusted[0]

    if timexes is None:
        timexes = doc._.timexes if Doc.has_extension("timexes") else None
        if timexes is None:  # no time stage ran (an empty list is its answer: nothing to re-tag)
            timexes = _tag(doc, dct)
    refs: list[TimeRef] = []
    for tx in timexes:
        if _get(tx, "anchor") == COUNTED_FROM_UNKNOWN and dropped is not None:
            # "he lasted three months before the politicians replaced him": counted from a
            # happening whose date the text does not tell, the clause's own time is unknown
            dropped.append(int(_get(tx, "start")))
        if _get(tx, "type") not in ("DATE", "TIME") or not _get(tx, "value"):
            continue
        value = str(_get(tx, "value"))
        if value.startswith("BC"):  # "in 146 BC": a time of its own the chronicle's calendar does
            if dropped is not None:  # not hold; its sentence is not the narrative's year
                dropped.append(int(_get(tx, "start")))
            continue
        guessed = dct is None and _get(tx, "anchor") == "dct" and value[:1].isdigit()
        if guessed and not ((_get(tx, "precision") or _precision(value)) in GUESSED_PRECISIONS and trust()):
            if dropped is not None:
                dropped.append(int(_get(tx, "start")))  # its sentence has a time of its own, unknown
            continue
        earliest, latest = _get(tx, "earliest"), _get(tx, "latest")
        if earliest is None and value[:1].isdigit():
            bounds = interval(value, _get(tx, "mod"))
            if bounds:
                earliest, latest = bounds
        start, end = int(_get(tx, "start")), int(_get(tx, "end"))
        span = doc.char_span(start, end, alignment_mode="expand")
        refs.append(
            TimeRef(
                start, end, _get(tx, "text") or doc_text(doc)[start:end], value, _get(tx, "value_end"),
                _get(tx, "mod"), _get(tx, "precision") or _precision(value), earliest, latest,
                span.root.i if span is not None and len(span) else None,
                anchor=_get(tx, "anchor"), anchor_value=_get(tx, "anchor_value"), guessed=guessed,
                confidence=_get(tx, "confidence"),
                flashback=_flashback(span),
                subordinate=_in_subordinate(span),
                told=_in_subordinate(span) and tells_the_story(span),
                prospective=_prospective(span),
                attributive=bool(span is not None and len(span) > 0 and not _opens_sentence(span) and (
                    (span.root.dep_ in ("compound", "nmod", "amod", "poss", "det", "nummod")
                     and span.root.head.pos_ in ("NOUN", "PROPN") and part_of_day(span) is None)
                    or (span.root.dep_ == "pobj" and span.root.head.dep_ == "prep"  # "the outbreak of
                        and span.root.head.head.pos_ == "NOUN"                      # the war in June 1950"
                        and not ATTACHMENT_CHECKS["day_on_the_object"](span, value)
                        and part_of_day(span) is None))),
            )
        )
    for r in refs:
        span = doc.char_span(r.start, r.end, alignment_mode="expand")
        r.compared, r.compared_phrase = _compared(span) or (None, None)
        if r.compared is not None:
            r.attributive = True  # a thing's time (the compared happening's), not the clause's
        if r.anchor == "after-bound" and not r.calendar and not (r.subordinate or r.attributive) \
                and dropped is not None:
            # "Last week X accused Y" in a text known only to be written after some date: the
            # clause's own time, unknown - not the narrative's (the bound is no date of writing)
            dropped.append(r.start)
        r.dateline = r.calendar and in_dateline(doc_text(doc), r.start, r.end)
        r.heading, r.block_end = heading_of(doc_text(doc), r.start, r.end) if r.calendar and not r.dateline else (None, None)
        if r.attributive and r.root is not None and r.compared is None:
            r.names = _dated_noun(doc[r.root]).lemma_.lower()
    _only_series(refs, doc_text(doc))
    refs = [r for r in refs if not r.dateline]  # the time of writing, not of what the text tells
    for r in refs:
        r.story = sets_the_story(r, refs, doc) or clause_sets_the_story(r, refs, doc)
    refs.sort(key=lambda r: r.start)
    return refs


#: a news dateline: the place in capitals (a region, an agency in brackets may follow), then the
#: date, then a dash: "CAIRO, March 3 - ...", "LIMA, Peru, Jan. 5 (AP) -- ...", "KYIV (Reuters), 2 May —"
DATELINE_PLACE = re.compile(r"[A-Z][A-Z.'\u2019 -]+(?:,\s*[A-Z][\w.'\u2019 ]*)*(?:\s*\([^)]{1,20}\))?,?\s*")
DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?(?:[:\u2013\u2014|]|--|-\s)")


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` is a dateline's: it follows the place in capitals that
    opens its line and a dash follows it. A dateline dates the writing (the document date, which
    the ingest stage reads from it), not the events of its sentence: "CAIRO, March 3 - Egypt
    expelled two diplomats on Tuesday" tells an expulsion on the Tuesday before."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    return bool(before.strip()) and DATELINE_PLACE.fullmatch(before) is not None \
        and DATELINE_AFTER.match(text, end) is not None


@dataclass(frozen=True)
class HeadingForm:
    """A way a date opens a heading or a timeline entry and so governs the block under it:
    ``before`` is what may stand between the line's start and the date (a list marker, an
    opening bracket), ``after`` what must follow the date (a closing bracket, a colon, a dash)."""

    name: str
    before: str
    after: str


#: list markers a timeline entry may open with ("- ", "* ", "• ", "3. ")
_MARKER = r"(?:[-*\u2022\u2013\u2014]|\d{1,2}[.)])?\s*"
#: the heading forms, as data: a date in one of these places dates the events of its block
HEADING_FORMS: tuple[HeadingForm, ...] = (
    HeadingForm("bracketed", _MARKER + r"[(\[]", r"[)\]]"),          # "- (1960) UN Resolution ..."
    HeadingForm("colon", _MARKER, r":(?!\d)"),                         # "1982: Argentina invades ..."
    HeadingForm("dash", _MARKER, r"\s*[\u2013\u2014]|\s+-\s|\s*--"),  # "March 1969 \u2013 troops ..."
)


def heading_of(text: str, start: int, end: int) -> tuple[str | None, int | None]:
    """Whether the expression at ``start:end`` opens a heading or a timeline entry (one of
    :data:`HEADING_FORMS`), and where the block it governs ends: its line, or when nothing
    follows the heading on its line ("1982:" alone), the lines under it up to a blank line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    for form in HEADING_FORMS:
        if re.fullmatch(form.before, before) and (m := re.match(form.after, after)):
            if after[m.end():].strip():
                return form.name, line_end
            blank = re.compile(r"\n\s*\n").search(text, line_end)
            return form.name, blank.start() if blank else len(text)
    return None, None


#: a line that opens with a list marker or a bracket: an entry of a list, even alone ("- (1931) ...")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*\u2022][ \t]|[(\[])")


def _only_series(refs: list[TimeRef], text: str) -> None:
    """Timeline entries come in series: a date opening one line of prose alone ("July 25, 2024:
    Putin's visit ...") is a dateline, the time of writing, not the date of what its paragraph
    tells. Such a heading is dropped unless another of its form opens another line, nothing
    follows it on its line (a heading over a block: "1956:" alone), or a list marker or a bracket
    opens its line ("- (1931) Peru seized the port"): a list's entry, even alone."""
    count: dict[str, int] = {}
    for r in refs:
        if r.heading:
            count[r.heading] = count.get(r.heading, 0) + 1
    for r in refs:
        if r.heading and count[r.heading] < 2 and text[r.end : r.block_end].count("\n") == 0 \
                and not _LIST_ITEM.match(text, text.rfind("\n", 0, r.start) + 1):
            r.heading, r.block_end = None, None


#: the nouns of a part of the day (the time stage's :data:`~chronica.time.lexicon.PARTS_OF_DAY`, and
#: "the early hours"): told "of" a date, they are that date's time, not a thing dated by it
DAY_PART_NOUNS = frozenset(PARTS_OF_DAY) | {"hour"}
#: the moments of a day a date is told "on" ("before dawn on 9 May 1940", "shortly after midnight on
#: 3 June", "on the morning on 1 January"): the moment and its date are the clause's time
DAY_MOMENT_NOUNS = DAY_PART_NOUNS | {"dawn", "midnight", "noon", "dusk", "daybreak", "nightfall", "sunrise", "sunset"}


def part_of_day(span: Span | None) -> Token | None:
    """The noun of a part of the day a date is told of ("on the evening of 2 May", "in the small
    hours of 6 March 1871", "the night of 3 to 4 June") or a moment of the day it is told on
    ("before dawn on 16 July 1927", "shortly after midnight on 3 June", :data:`DAY_MOMENT_NOUNS`), or None: the phrase is the time of its
    clause, as the date alone would be, not a thing the date names ("the outbreak of the war in
    June 1950")."""
    if span is None or not len(span):
        return None
    root = span.root
    if root.dep_ != "pobj" and root.head.dep_ == "pobj" and root.head.i != root.i:
        root = root.head  # "on the morning of 6 March 1871 the envoys left": the parser hung the
        # date on the subject after it, the object of "of"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.dep_ == "prep" \
            and root.head.head.lemma_.lower() in DAY_PART_NOUNS:
        return root.head.head
    if root.dep_ == "pobj" and root.head.lower_ == "on" and root.head.dep_ == "prep" \
            and root.head.head.lemma_.lower() in DAY_MOMENT_NOUNS:
        return root.head.head  # "before dawn on 16 July 1927": the moment's date, the clause's time
    return None


def _opens_sentence(span: Span) -> bool:
    """The expression opens its sentence after a preposition ("On 23 May 2006 two jets collided",
    "But in June 1997 ..."): it sets the time of the clause, even where the parser hung it on a
    noun ("On 23 May 2006 a Greek and a Turkish jet" read as a date of "Greek")."""
    doc = span.doc
    day_part = part_of_day(span)  # "On the evening of 2 May ...": the part of the day counts as the date
    before = doc[span.root.sent.start : day_part.left_edge.i if day_part is not None else span.start]
    return len(before) > 0 and before[-1].pos_ == "ADP" and before[-1].lower_ != "of" \
        and all(t.is_punct or t.lower_ in OPENING_WORDS or t.pos_ == "ADP" for t in before)


#: precisions at which a happening's date sets the story's time ("the flood of 3 May 1998"); a
#: year alone names a thing more than a time told ("the 1907 pact gave Osterland a port")
STORY_PRECISIONS = frozenset({"month", "week", "day", "time"})


def sets_the_story(ref: TimeRef, refs: list[TimeRef], doc: Doc) -> bool:
    """An attributive date that moves the narrative all the same: it dates a happening named in the
    main clause of a sentence told in the past that has no time of its own ("The storm of 3 March
    2004 flooded the delta. The president flew in within days." - the flight is March 2004's;
    "The flood of May 1998 ruined the harvest. The army handed out grain."). Not a year alone,
    not a comparison's standard, not a date in a clause below the main one ("X, which signed the
    accord of 3 May 1990, ..."), not one set against the clause in a background phrase
    ("after the outbreak of the war in June 1950"), nor when the sentence tells a time of its own.
    It holds for the rest of its paragraph only (:func:`narrative_anchor`): "A second attempt on 3 May
    failed.\n\nThe court, in its order of June, ..." does not date the court's act by the attempt."""
    if not ref.attributive or ref.compared is not None or ref.root is None or ref.subordinate \
            or ref.prospective or ref.flashback or ref.precision not in STORY_PRECISIONS or not ref.calendar:
        return False
    noun = _dated_noun(doc[ref.root])
    if any(t.dep_ == "prep" and t.lower_ in BACKGROUND_PREPS for t in [noun, *noun.ancestors]):
        return False  # "Things changed after the outbreak of the war in June 1950": a time to set against
    sent = doc[ref.root].sent
    lo, hi = sent.start_char, sent.end_char
    if any(r is not ref and lo <= r.start < hi and r.calendar and not r.attributive for r in refs):
        return False  # the sentence tells its own time: that one is the story's
    root = sent.root
    return root.pos_ in ("VERB", "AUX") and (root.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children))


#: clauses below the main one whose time is a step of the story ("Its award, issued on 3 May
#: 2017, fixed the line.", "They met in Arden, where they signed a pact on 6 June 2010."): a
#: participle on a noun (``acl``, told: "VBN"), a relative or adverbial clause in the simple past
STORY_CLAUSES = {"acl": frozenset({"VBN"}), "relcl": frozenset({"VBD"}), "advcl": frozenset({"VBD"})}
#: participles that give the date a paper bears ("a letter dated 15 June 1982"), not a happening's
DOCUMENT_DATING_VERBS = frozenset({"date"})


def clause_sets_the_story(ref: TimeRef, refs: list[TimeRef], doc: Doc) -> bool:
    """A date in a clause below the main one that moves the narrative all the same, when the main
    clause of its past-tense sentence tells no time of its own: "Its final award, issued on 3 May
    2017, fixed the whole boundary. Freedonia rejected the award." (the rejection is May 2017's);
    "They met in Arden, where they signed a pact on 6 June 2010. Ruritania pulled its troops back."
    The clause is a participle on a noun or a relative or adverbial clause in the simple past
    (:data:`STORY_CLAUSES`), at a month's precision or finer; not a look back (a past perfect, a
    clause under "after", "since", "before": "was taken there after being captured in 2001"), not
    what is expected, not a comparison's standard. Like :func:`sets_the_story`, it holds for the
    rest of its paragraph only."""
    if not ref.subordinate or ref.attributive or ref.compared is not None or ref.root is None \
            or ref.prospective or ref.flashback or ref.precision not in STORY_PRECISIONS or not ref.calendar:
        return False
    tok = doc[ref.root]
    clause = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX") and t.dep_ in SUBORDINATE_DEPS), None)
    if clause is None or clause.tag_ not in STORY_CLAUSES.get(clause.dep_, ()):
        return False
    if clause.lemma_.lower() in DOCUMENT_DATING_VERBS:
        return False  # "a letter dated 15 June": the date a paper bears, no step of the story
    if any(t.dep_ in ("mark", "advmod", "prep") and t.lower_ in BACKGROUND_PREPS | TEMPORAL_MARKS - {"when", "as"}
           for t in clause.children) \
            or any(t.lower_ in BACKGROUND_PREPS for t in clause.ancestors if t.pos_ in ("ADP", "SCONJ")):
        return False  # "after the army took the post on 3 June": a time to set the clause against
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in clause.children):
        return False
    if clause.dep_ == "relcl" and any(c.tag_ in ("WP", "WP$") for c in clause.children):
        return False  # "The minister, who resigned in March 2004, ...": a person's past, not the story's
    sent = tok.sent
    lo, hi = sent.start_char, sent.end_char
    if any(r is not ref and lo <= r.start < hi and r.calendar and not r.attributive and not r.subordinate
           for r in refs):
        return False  # the main clause tells its own time: that one is the story's
    root = sent.root
    return root.pos_ in ("VERB", "AUX") and (root.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children))


def _dated_noun(tok: Token) -> Token:
    """The noun an attributive expression dates: its head, or the noun above its preposition."""
    return tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head


#: determiners by which a noun points back to one named before: "in that pact", "under this treaty"
ANAPHORIC_DETS = frozenset({"that", "this", "those", "these"})
#: how many sentences back the thing pointed at may have been named
ANAPHORA_REACH = 2


def anaphoric_ref(anchor: Token, refs: list[TimeRef], sent_start: int, sent_starts: list[int]) -> TimeRef | None:
    """The date of a thing the event's clause points back to with a demonstrative ("In that pact
    the two sides agreed ..."), when that thing was named with a date of its own ("the pact of
    2016") in the :data:`ANAPHORA_REACH` sentences before: the event happened within it."""
    verbs = [_verb_above(anchor)]
    while verbs[-1].dep_ in ("xcomp", "conj") and verbs[-1].head.i != verbs[-1].i:
        verbs.append(verbs[-1].head)  # "In that pact they agreed to cooperate": the clause's head
    children = [c for v in verbs for c in v.children]
    nouns = [c for c in children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "npadvmod")]
    nouns += [p for c in children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    pointed = {n.lemma_.lower() for n in nouns
               if n.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in n.children)}
    if not pointed:
        return None
    earlier = [st for st in sent_starts if st < sent_start]
    since = earlier[-ANAPHORA_REACH] if len(earlier) >= ANAPHORA_REACH else 0
    found = [r for r in refs if since <= r.start < sent_start and r.names in pointed]
    return found[-1] if found else None


#: nouns by which an appositive sums up the clause before it: "X broke off relations, a step it
#: took in April 1982", "..., a move that came in July 1972", "..., a decision announced on 3 May"
SUMMARY_NOUNS = frozenset({"step", "move", "decision", "act", "action", "measure", "gesture", "development",
                           "incident", "episode", "event", "manoeuvre", "maneuver", "blow", "turn", "shift"})


def summary_ref(anchor: Token, sent_refs: list[TimeRef]) -> TimeRef | None:
    """The date of an appositive that sums up the event's clause ("Argentina broke off relations
    with Britain, a step it took in April 1982"): a :data:`SUMMARY_NOUNS` noun set apart by a comma
    (in apposition, or hung on the verb), whose relative or participial clause carries the date."""
    verb = _verb_above(anchor)
    for r in sent_refs:
        if not r.calendar or r.root is None:
            continue
        tok = anchor.doc[r.root]
        pred = _verb_above(tok)
        noun = pred.head
        if pred.dep_ not in ("relcl", "acl") or noun.dep_ not in ("appos", "npadvmod") \
                or noun.lemma_.lower() not in SUMMARY_NOUNS or anchor.doc[max(noun.left_edge.i - 1, 0)].text != ",":
            continue
        if noun.i > verb.i and _verb_above(noun.head).i == verb.i:
            return r
    return None


#: verbs by which a short sentence restates when the one before happened: "This happened in 1982."
RESTATING_VERBS = frozenset({"happen", "occur", "come", "be", "follow"})
#: pronouns that point back to the whole sentence before
RESTATING_SUBJECTS = frozenset({"this", "that", "it"})


def restated_ref(anchor: Token, refs: list[TimeRef], sent_start: int, sent_starts: list[int]) -> TimeRef | None:
    """The date the next sentence gives to this one's happening by pointing back at it: "The junta
    ordered the invasion. This happened in April 1982." - the next sentence's subject is "this",
    "that", "it" or the event's own noun ("Egypt signed a treaty. The signing came on ..."), its verb one of :data:`RESTATING_VERBS` (or "take place"), and its date hangs
    on that verb."""
    later = [st for st in sent_starts if st > sent_start]
    if not later:
        return None
    end = later[1] if len(later) > 1 else len(doc_text(anchor.doc))
    span = anchor.doc.char_span(later[0], end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    described = _described_ref(anchor, refs, span)
    if described is not None:
        return described
    lemma = root.lemma_.lower()
    if lemma == "take" and not any(c.lower_ == "place" for c in root.children):
        return None
    if lemma != "take" and lemma not in RESTATING_VERBS:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in RESTATING_SUBJECTS or _names_the_event(c, anchor))
               for c in root.children):
        return None
    for r in refs:
        if later[0] <= r.start < end and r.calendar and r.root is not None and _verb_above(anchor.doc[r.root]).i == root.i:
            return r
    return None


#: nouns of one kind of thing: a text names a pact again by another of them ("signed an accord.
#: The agreement, dated 17 September, ...")
AGREEMENT_NOUNS = frozenset({"treaty", "accord", "agreement", "pact", "deal", "protocol", "convention",
                             "armistice", "truce", "ceasefire", "memorandum", "charter"})
#: dependencies by which a date hangs on the noun that names the happening again: "The treaty,
#: signed on 26 March, ...", "The agreement, dated 17 September, ...", "The invasion, on 2 April, ..."
DESCRIBING_DEPS = frozenset({"acl", "relcl", "prep", "appos", "npadvmod"})


def _described_ref(anchor: Token, refs: list[TimeRef], span: Span) -> TimeRef | None:
    """The date the next sentence (``span``) gives the happening when its subject names it again
    - the thing the event's predicate took ("signed a treaty. The treaty, signed on 26 March, ...";
    an accord called "the agreement" next), or the event's own noun ("invaded the islands. The
    invasion, on 2 April, ...") - with "the", "this" or "that", and the date hangs on that subject
    (a preposition, an apposition, or a participle of the event's own verb or "dated"), not on the
    next sentence's own verb ("The treaty, ratified on 10 April, ..." is another happening)."""
    named = {c.lemma_.lower() for c in anchor.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"}
    if anchor.pos_ == "NOUN":
        named.add(anchor.lemma_.lower())
    subjects = [c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
                and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in c.children)]
    for subject in subjects:
        noun = subject.lemma_.lower()
        same = noun in named or _names_the_event(subject, anchor) or (
            noun in AGREEMENT_NOUNS and named & AGREEMENT_NOUNS)
        if not same:
            continue
        for r in refs:
            if not (span.start_char <= r.start < span.end_char and r.calendar and r.root is not None):
                continue
            tok = anchor.doc[r.root]
            path = [tok, *tok.ancestors]
            if subject in path[1:]:
                below = path[path.index(subject) - 1]
                verbs = [t for t in path[: path.index(subject)] if t.pos_ in ("VERB", "AUX")]
                own = {anchor.lemma_.lower(), "date"} | ({anchor.head.lemma_.lower()} if anchor.dep_ == "dobj" else set())
                if below.dep_ in DESCRIBING_DEPS and all(v.lemma_.lower() in own for v in verbs):
                    return r  # "signed on 26 March", "dated 17 September" - not "ratified on 10 April"
    return None


#: how fine a date is, coarse to fine: a finer date inside a coarser one refines it
FINENESS = ("century", "decade", "year", "half", "quarter", "season", "month", "week", "day")


def refined_by_next(anchor: Token, ref: TimeRef | None, refs: list[TimeRef], sent_start: int,
                    sent_starts: list[int]) -> TimeRef | None:
    """``ref``, or the finer date the next sentence gives the same happening inside it: "In 1979
    Egypt and Israel signed a treaty. The treaty, signed on 26 March, ..." is 26 March 1979
    (:func:`_described_ref`)."""
    if ref is None or ref.precision not in FINENESS or not ref.earliest:
        return ref
    later = [st for st in sent_starts if st > sent_start]
    if not later:
        return ref
    end = later[1] if len(later) > 1 else len(anchor.doc.text)
    span = anchor.doc.char_span(later[0], end, alignment_mode="expand")
    finer = _described_ref(anchor, refs, span) if span is not None else None
    if finer is None or finer.precision not in FINENESS or not finer.earliest:
        return ref
    inside = ref.earliest <= finer.earliest and finer.latest <= ref.latest
    return finer if inside and FINENESS.index(finer.precision) > FINENESS.index(ref.precision) else ref


#: letters a noun and a verb must share at the start to be the same word ("the signing" - "signed",
#: "the invasion" - "invaded"): four keeps "the visit" from "visa", and "the war" from "warned"
STEM_LETTERS = 4


def _names_the_event(subject: Token, anchor: Token) -> bool:
    """``subject`` is "the" + the noun of the event's own predicate ("Egypt signed a treaty. The
    signing came on 26 March 1979."): it points back at that happening."""
    noun, verb = subject.lemma_.lower(), anchor.lemma_.lower()
    return subject.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
        and len(noun) >= STEM_LETTERS and len(verb) >= STEM_LETTERS and noun[:STEM_LETTERS] == verb[:STEM_LETTERS]


#: prepositions that set a happening named by a noun in the background of its clause: "voted for
#: independence in 1993 after a 30-year war", "won support through the war", "since the coup"
BACKGROUND_PREPS = frozenset({"after", "before", "since", "following", "through", "despite", "amid", "amidst"})


def backgrounded(anchor: Token) -> bool:
    """The event is a happening named by a noun after a :data:`BACKGROUND_PREPS` preposition
    ("Eritrea voted for independence in 1993 after a 30-year war"): the clause's time is not its
    own (the war ended before it); only a date inside its own phrase dates it ("after the
    surrender on 8 September 1943")."""
    return anchor.pos_ == "NOUN" and anchor.dep_ == "pobj" and anchor.head.lower_ in BACKGROUND_PREPS


def heading_ref(refs: list[TimeRef], pos: int) -> TimeRef | None:
    """The date of the heading or timeline entry whose block holds character ``pos``."""
    found = None
    for r in refs:
        if r.start > pos:
            break
        if r.heading and r.end <= pos < (r.block_end or 0):
            found = r
    return found


def fine_guess(doc: Doc) -> bool:
    """Whether the document date inferred for ``doc`` is known to the month or the day
    ("written in or after February 2023"): only then are expressions resolved against it
    ("this year") trusted to date their sentence. A guess known only to the year (a lower bound
    from the latest year the text names) is too coarse: "earlier this year" would take that year.

    The date is the one the time stage inferred while tagging (``doc._.inferred_dct``); only
    without a time stage in the pipeline is it inferred here (the time tagger is not run twice).
    """
    guess = doc._.inferred_dct if Doc.has_extension("inferred_dct") else None
    if guess is None:
        try:
            from chronica.time import infer_document_date
        except Exception:  # noqa: BLE001
            return False
        try:
            guess = infer_document_date(doc.text)
        except Exception:  # noqa: BLE001
            return False
    value = getattr(guess, "value", None) if guess is not None else None
    return bool(value) and _precision(str(value)) in ("day", "month")


def _in_subordinate(span: Span | None) -> bool:
    """The expression sits in a subordinate clause of its sentence (adverbial, relative, ...)."""
    if span is None or not len(span):
        return False
    for t in span.root.ancestors:
        if t.pos_ in ("VERB", "AUX") and t.dep_ in ("advcl", "relcl", "acl", "ccomp", "csubj", "pcomp") \
                and not _means(t) and not _attendant(t) and not semicolon_clause(t) \
                and not ATTACHMENT_CHECKS["unmarked_main_clause"](t):
            return True
    return False


#: tags of a finite verb or auxiliary
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: subjects that open a relative clause or a cleft ("each of which began", "it was pressure that pushed")
RELATIVE_SUBJECT_TAGS = frozenset({"WDT", "WP", "WP$"})


#: conjunctions and prepositions by which a clause looks back from its main clause's time
LOOK_BACK_MARKS = frozenset({"after", "since", "once", "following"})


def tells_the_story(span: Span | None) -> bool:
    """A date in a subordinate clause that tells where the story stands, for the sentence after it
    when neither that sentence nor its own main clause tells a time (:func:`narrative_anchor`): the
    clause its date hangs on is finite and in the simple past ("owed", "was signed"), not a
    participle or an infinitive ("after being captured in 2001", "to settle it in June"), no
    perfect ("had deteriorated since December"), no future; not a person's past ("The minister,
    who resigned in March 2004, ..."), not the date a paper bears ("a letter dated 15 June"); and
    neither it nor a clause above it below the main verb is opened by a word that looks back
    ("after the accord was signed in 2001", "since ..."); the sentence's main clause is told in the
    past ("She gives an account of the talks, whose accord was signed on 3 May" tells no story's
    time); and it holds for the rest of its paragraph only. "Tarsa said Osterland owed it money and,
    on 2 May 2010, began cutting deliveries. Osterland halted the transit." - the halt is of 2 May
    2010; "The court gave its ruling on 3 May 2005: the line would follow the channel. Tarsa
    accepted the ruling." - the parser hangs the first clause under the one after the colon."""
    if span is None or not len(span):
        return False
    root = span.root.sent.root
    side = next((t for t in [span.root, *span.root.ancestors] if t.dep_ == "ccomp" and t.pos_ in ("VERB", "AUX")
                 and semicolon_clause(t, SIDE_CLAUSE_MARKS)), None)
    if side is not None:
        root = side  # "The court gave its ruling on 3 May 2005: the line would follow ...": the parser
        # hung the clause before the colon under the one after it; it is the sentence's main clause
    if not (root.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children)):
        return False  # "She gives an account of the talks, whose accord was signed on 3 May": a
        # sentence told in the present (a review, a guide) does not move the story
    verb = _verb_above(span.root)
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in DOCUMENT_DATING_VERBS:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        finite_past = not auxes
    else:
        finite_past = verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ == "VBD"
    if not finite_past:
        return False
    for t in [verb, *verb.ancestors]:
        if t.head.i == t.i:
            break  # the main clause: its own "After the war, ..." frames it, not the clause below
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in LOOK_BACK_MARKS for c in t.children):
            return False
        if t.dep_ == "pcomp" and t.head.lower_ in LOOK_BACK_MARKS:
            return False
        if t.dep_ == "relcl" and any(c.tag_ in ("WP", "WP$") for c in t.children):
            return False  # "The minister, who resigned in March 2004, ...": a person's past
    return True


def _unmarked_main_clause(verb: Token) -> bool:
    """An "adverbial clause" the parser made of a main clause: finite, with a subject of its own
    that is no relative pronoun, and nothing that subordinates it - no conjunction ("when",
    "after", "because"), no wh-adverb, no preposition or noun of time right before it ("By the
    time ...", "since ..."). "Talks stalled, and in August 1998, troops were again massing", "In
    April the ICJ rejected the attempt, a ruling Caracas has refused", "Barely fifteen months later
    the allies fell out: ...", "So in July, Sisi and Abiy met in Cairo": its date is a main
    clause's, the time the story is at, not a look back."""
    if verb.dep_ != "advcl":
        return False
    if not (verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS
                                              for c in verb.children)):
        return False
    if any(c.dep_ == "mark" or (c.dep_ == "advmod" and (c.tag_ == "WRB" or c.lower_ in TEMPORAL_MARKS))
           for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(t.tag_ in RELATIVE_SUBJECT_TAGS or t.lower_ == "that"
                           for c in subjects for t in c.subtree):
        return False  # "each of which began when ...", "it was pressure ... that pushed"
    first = min(c.i for c in subjects)
    for c in verb.children:
        if c.dep_ == "prep" and c.i < first and (c.lower_ in TEMPORAL_MARKS or any(
                o.dep_ == "pobj" and o.lemma_ in TIME_OF_CLAUSE_NOUNS for o in c.children)):
            return False  # "since the envoys ... first met", "By the time a government was installed"
    return True


#: nouns through which a preposition subordinates a clause: "by the time", "at the moment"
TIME_OF_CLAUSE_NOUNS = frozenset({"time", "moment", "day", "year", "point"})


def semicolon_clause(verb: Token, marks: frozenset[str] = frozenset({";"})) -> bool:
    """A main clause the parser hung as a complement under the clause after its semicolon: "Two
    jets collided on 23 May 2006; the pilot was killed" reads "collided" as a ``ccomp`` of
    "killed". A complement never comes before its verb with a semicolon between: the two are
    clauses side by side, told in that order. ``marks``: the punctuation that parts them (the
    modality stage adds the colon: :data:`SIDE_CLAUSE_MARKS`)."""
    if verb.dep_ != "ccomp" or verb.i > verb.head.i:
        return False
    doc = verb.doc
    if any(t.text in marks and t.head.i == verb.head.i for t in doc[verb.right_edge.i + 1 : verb.head.i]):
        return True
    # the parser often hangs a colon on the clause it ends ("X backed Y:" with ":" under "backed")
    return ":" in marks and any(t.text == ":" and t.head.i == verb.i for t in doc[verb.i + 1 : verb.head.i])


#: what parts a writer's clause from the next one when the parser hung the first under the second:
#: a semicolon, and a colon that opens an elaboration ("X backed Y: in the spring its premier said
#: ...", "the cabinet expelled the consul: the ministry announced that ..."), whose verb of saying is
#: the next clause's, not a report of the first
SIDE_CLAUSE_MARKS = frozenset({";", ":"})


#: prepositions of an absolute clause: "with the final surrender taking place on 14 June"
ATTENDANT_PREPS = frozenset({"with", "without"})


def _attendant(verb: Token) -> bool:
    """A present participle that tells a happening going with its clause's, at its time: "the war
    lasted 74 days, with the final surrender taking place on 14 June" (an absolute clause after
    "with", or a participle with no auxiliary on a noun; not after a preposition of time: "after
    being captured in 2001" looks back)."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return False
    return verb.dep_ == "acl" or (verb.dep_ == "pcomp" and verb.head.lower_ in ATTENDANT_PREPS)



#: prepositions of a clause that tells how its main clause's act was done: "answered by storming ..."
MEANS_PREPS = frozenset({"by", "through", "via"})


def _means(verb: Token) -> bool:
    """A clause that tells the means or the manner of its main clause's act, at its time: "Iran
    answered the offer by storming Khorramshahr in May 1982", "..., killing 20 men in May 1982"
    (a participle with no conjunction of its own and no perfect "having")."""
    if verb.dep_ == "pcomp":
        return verb.head.lower_ in MEANS_PREPS
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
        c.dep_ in ("mark", "aux", "auxpass") or (c.dep_ == "advmod" and c.lower_ in TEMPORAL_MARKS) for c in verb.children)


#: words that open the standard of a comparison: a date below one ("better prepared than in 1981",
#: "Unlike the clashes of 1992", "Compared with 1990, exports fell") is the compared time
COMPARISON_WORDS = frozenset({"than", "unlike", "like", "compared", "comparison"})
#: "as" opens one when a preposition follows it: "As in 1975, the army seized the capital"
COMPARISON_AS_PREPS = frozenset({"in", "on", "at", "during", "with"})
#: how many tokens back a bracket may open before a date it holds ("confrontations (in 1991-1992, 2004)")
BRACKET_REACH = 12


def _compared(span: Span | None) -> tuple[int, int] | None:
    """Whether the expression is the standard of a comparison, not the time of its clause: it
    hangs, in the parse, below a :data:`COMPARISON_WORDS` word (or "as" + a preposition) on the
    way up to its clause's verb, or follows one with a preposition between ("Like in 1956"); or
    it stands in brackets right after a phrase that does ("Unlike previous confrontations (in
    1991-1992 and 2004), the EU took part"). Returns the tokens of the comparison's word and of
    what the time hangs on (the expression's head, or the word before its bracket), else None."""
    if span is None or not len(span):
        return None
    doc = span.doc

    def comparison_above(tok: Token) -> int | None:
        for t in [tok, *tok.ancestors]:
            word = t.lower_
            if word in COMPARISON_WORDS and t.i not in range(span.start, span.end):
                return t.i
            if word == "as" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in COMPARISON_AS_PREPS:
                return t.i
            if t.pos_ in ("VERB", "AUX"):
                return None
        return None

    found = comparison_above(span.root)
    if found is not None:
        return found, span.root.i
    k = span.start - 1  # "Like in 1956, ...", which the parser may not hang on "like"
    if k >= 1 and doc[k].lower_ in COMPARISON_AS_PREPS and doc[k - 1].lower_ in COMPARISON_WORDS | {"as"}:
        return k - 1, span.root.i
    sent_start = span.root.sent.start
    for k in range(span.start - 1, max(sent_start, span.start - BRACKET_REACH) - 1, -1):
        if doc[k].text in (")", "]"):
            break
        if doc[k].text in ("(", "[") and k - 1 >= sent_start:
            found = comparison_above(doc[k - 1])
            return (found, k - 1) if found is not None else None
    return None


def in_comparison(anchor: Token, ref: TimeRef) -> bool:
    """The event is the happening a compared time dates: a noun inside the comparison that the
    time hangs on or that holds what it hangs on ("unlike Iraq's invasion of Iran (in 1980)",
    "quicker than Greece's coup of 1967")."""
    if ref.compared is None or ref.compared_phrase is None or anchor.pos_ != "NOUN":
        return False
    doc = anchor.doc
    dated = doc[ref.compared_phrase]
    return doc[ref.compared].is_ancestor(anchor) and (anchor.i == dated.i or anchor.is_ancestor(dated))


def _flashback(span: Span | None) -> bool:
    """The expression dates a past-perfect clause ("Tito had fought the Germans from 1941"):
    the narrative looks back there and does not stay."""
    if span is None or not len(span):
        return False
    verb = _verb_above(span.root)
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


#: verbs whose time is one looked forward to: "expected in March", "due in May" (not with a particle: "set up"
#: a body, "set off" a bomb, is done at its time; session 51, recall51 - dev texts idntls, chnind)
PROSPECT_WORDS = frozenset({"expect", "due", "schedule", "plan", "set", "slate", "forecast", "predict"})


def _prospective(span: Span | None) -> bool:
    """The expression dates what is expected or to come ("the Budget, expected in March", "will
    meet in May"): the narrative does not move there."""
    if span is None or not len(span):
        return False
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX", "ADJ") and verb.head.i != verb.i:
        verb = verb.head
    if any(c.dep_ == "prt" for c in verb.children):
        return is_future(verb)  # a phrasal verb is an act of its own: "set up a commission in 2005", "set off"
    return verb.lemma_.lower() in PROSPECT_WORDS or is_future(verb)


def _tag(doc: Doc, dct: str | None) -> list:
    """Time expressions from ``chronica.time.tag`` (the time stage is always installed)."""
    return tag(doc.text, dct, doc=doc)


def interval(value: str, mod: str | None = None) -> tuple[str, str] | None:
    """The first and last ISO day a value denotes (``chronica.time.value_interval``), if known."""
    return value_interval(value, mod)


#: a value the contract's date forms (YYYY-MM-DD, YYYY-MM, YYYY, a decade) do not write: a week,
#: a season, a quarter or a half ("1990-W32", "1980-SP", "1989-Q3", "1995-H1"), a time of a day
_SPAN_VALUE = re.compile(r"^\d{4}-(?:W\d\d|SP|SU|FA|WI|Q[1-4]|H[12])")
_DAY_TIME = re.compile(r"^(\d{4}-\d\d-\d\d)T")


def contract_date(value: str | None, value_end: str | None = None, mod: str | None = None) -> tuple[str | None, str | None]:
    """An event's date and end in the forms the export contract allows: a week, season, quarter
    or half is the month it lies in ("1990-W32" is "1990-08") or the first and last months it
    spans ("1980-SP" is "1980-03" to "1980-05"); a time is its day ("1990-08-18TNI"). The
    expression's own value stays on its time expression; the interval (earliest, latest) is
    unchanged."""
    def one(v: str | None) -> tuple[str | None, str | None]:
        if not v:
            return v, None
        if (m := _DAY_TIME.match(v)) is not None:
            return m.group(1), None
        if _SPAN_VALUE.match(v) and (bounds := interval(v, mod)) is not None:
            lo, hi = bounds[0][:7], bounds[1][:7]
            return lo, (hi if hi != lo else None)
        return v, None
    first, first_end = one(value)
    last, last_end = one(value_end)
    return first, (last_end or last or first_end)


def _precision(value: str) -> str | None:
    head = value.split("T")[0]
    if not head[:1].isdigit():
        return None
    parts = head.split("-")
    if len(parts[0]) == 3:
        return "decade"
    if len(parts[0]) == 2:
        return "century"
    return {1: "year", 2: "month", 3: "day"}.get(len(parts))


def choose_sentence_ref(
    anchor: Token, own: set[int], sent_refs: list[TimeRef], owner_of: dict[int, int | None],
) -> TimeRef | None:
    """The sentence's time expression for the event anchored at ``anchor``.

    ``own`` is the set of token indices that make up this event's predicate (anchor, light verb);
    ``owner_of`` maps each expression (by start) to the anchor of the event it attaches to.
    """
    calendar = [r for r in sent_refs if r.calendar and not _time_of_saying(r, anchor)
                and (r.compared is None or in_comparison(anchor, r))]  # "than in 1981": not the clause's
    # an expression of a clause below the event headed by another predicate dates that
    # predicate: "was jailed for murdering X in 1999" - 1999 is the murder's, not the jailing's
    doc = anchor.doc
    calendar = [r for r in calendar if not (
        owner_of.get(r.start) is not None and owner_of[r.start] not in own
        and _below(anchor, doc[_token_of(owner_of[r.start])]))]
    # nor one of a clause elsewhere headed by a predicate that is no event ("the deal ... was
    # celebrated by X, who took over after the bosses stood down last month")
    # - unless it opens the sentence, setting the time of all its clauses ("On 1 April a grenade
    # was thrown at X; X was wounded and two students were killed", which the parser may hang
    # under the second clause)
    calendar = [r for r in calendar if not (
        owner_of.get(r.start) is not None and owner_of[r.start] < 0 and owner_of[r.start] not in own
        and not doc[_token_of(owner_of[r.start])].is_ancestor(anchor)) or fronted_over(r, anchor)]
    # nor one of a verb coordinated after the event's own ("will reform our schools and spend
    # by 2008 £60bn more": 2008 is the spending's)
    calendar = [r for r in calendar if not _later_conjunct(anchor, r)]
    # nor the time that names a thing the event acts on ("accepted the 2000 Algiers Agreement",
    # "rejected the 1937 treaty"): that thing's date, not the act's
    calendar = [r for r in calendar if not ATTACHMENT_CHECKS["thing_acted_on"](anchor, own, r)]
    if not calendar:
        return None
    # a time the parser hangs on the event's own verb is its own, even when the verb was left out
    # of the anchors the times were attached to (a dictionary verb the checks turned down, coded
    # again as a dated happening: "Then, in May 1975, the navy sank a ship")
    mine = [r for r in calendar if owner_of.get(r.start) in own or _hung_on(anchor, own, r, owner_of)]
    # else a relative clause on a word of a time expression takes that time ("in 1990, when the army
    # seized the town"; "by the end of the year the troops had sailed home", misparsed so)
    named = [r for r in calendar if ATTACHMENT_CHECKS["clause_of_the_time"](anchor, r)]
    if not mine and named:
        return named[0]
    if not mine and _moves_on(anchor):
        return None  # "..., and later rejecting a post": not the time of what came before
    if mine:
        # of its own, one of the event's clause before one the parser hung on it from a subordinate
        # clause ("By September the visits were over, ...: X signed a protocol on 12 January")
        mine = [r for r in mine if not ATTACHMENT_CHECKS["own_time_in_a_subordinate_clause"](anchor, r)] or mine
        return finest_inside(_adverbial_first(mine, doc), doc)
    ancestors = {t.i for t in anchor.ancestors}
    governing = [r for r in calendar if owner_of.get(r.start) is not None
                 and _token_of(owner_of[r.start]) in ancestors]
    if governing:
        direct = [r for r in governing if _adverbial(r, doc)]
        return (direct or governing)[-1]
    # beyond its own and its governors' expressions, an event takes none from a coordinated
    # clause with a subject of its own ("X's admission in 2001 took years and talks with Y have
    # gone on for a decade": 2001 is not the talks')
    # - unless the expression opens the sentence and so sets the time of all its clauses ("In June
    # 1997 the leaders fell out, and Pol Pot was arrested")
    calendar = [r for r in calendar if not _coordinate_clause(anchor, r) or fronted_over(r, anchor)]
    if not calendar:
        return None
    free = [r for r in calendar if owner_of.get(r.start) is None]
    if free:  # one that dates a verb before one inside a noun phrase, then the nearest
        return min(free, key=lambda r: (not _adverbial(r, doc), abs((r.root or 0) - anchor.i)))
    # another event's expression: the sentence's time ("After Italy's surrender on 8 September
    # 1943, the German army invaded Albania") - only when that event frames this one's clause
    # (not "was not expected to win the 1987 election, ..., and stepped down")
    chain = set(own) | {t.i for t in anchor.ancestors}
    framing = [r for r in calendar if owner_of.get(r.start) is not None
               and _frames(doc[_token_of(owner_of[r.start])], chain, own)]
    if not framing:  # a time opening the sentence sets that of all its past clauses
        framing = [r for r in calendar if fronted_over(r, anchor)]
    if not framing:
        return None
    return min(framing, key=lambda r: abs((r.root or 0) - anchor.i))


def _clause_of_the_time(anchor: Token, ref: TimeRef) -> bool:
    """The event's clause is a relative clause on a word of the time expression itself ("the year the
    last troops sailed home", "on the day the border reopened", "in 1990, when the army seized the
    town"): the time it modifies is the event's, wherever the parser hangs that expression."""
    clause = anchor
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    if clause.dep_ != "relcl":
        return False
    return ref.start <= clause.head.idx < ref.end


def _names_its_object(anchor: Token, own: set[int], ref: TimeRef) -> bool:
    """``thing_acted_on``: the time expression modifies a noun a verb takes as its direct object
    ("would accept the 2000 Algiers Agreement", "was terminating the 1977 treaty", "ended the 1991
    ceasefire"), and the verb is no light verb that makes the thing ("signed the 1975 treaty" is
    that treaty's signing): the thing's date, not the time of the act done to it - neither of the
    verb's own event, nor of an accord's noun told with that verb as its carrier ("ended the 1991
    ceasefire"), nor of an event of a verb coordinated with it ("invoked the 1965 defence
    arrangements and requested help"). The thing named alone keeps its date ("the 1994 genocide"),
    as do a happening's noun with a verb acting on it ("ending the 1948 war": the war's own date), a
    clause below the acting verb ("won the 2008 election after the parties boycotted it") and a
    date in an "of" phrase ("won the election of 1 December": the election's day)."""
    from chronica.events.ontology import load_ontology

    if not ref.attributive or ref.root is None:
        return False
    noun = anchor.doc[ref.root].head  # the noun a modifier dates: "the 1997 ceasefire" (not an "of" phrase:
    if noun.pos_ not in ("NOUN", "PROPN"):  # "won the election of 1 December" is the election's time)
        return False
    tok = noun
    while tok.dep_ in ("compound", "conj", "appos") and tok.head != tok:
        tok = tok.head
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() in load_ontology().light_verbs:
        return False
    if anchor.i in (noun.i, tok.i):
        # "ended the 1991 ceasefire": the ending, told on its noun - an accord is a thing made at
        # its date; a happening's noun ("ending the 1948 war") is that happening, at its own date
        return verb.i in own and anchor.lemma_.lower() in AGREEMENT_NOUNS
    if noun.i in own or tok.i in own:
        return False
    # a verb coordinated with the acting one ("invoked the 1965 pact and requested help") does its
    # act after it, not at the thing's date; a clause below it ("won April's election after the
    # parties boycotted it") may tell the thing's own happening
    act = _verb_above(anchor)
    return act.i == verb.i or (act.dep_ == "conj" and _first_conjunct(act).i == _first_conjunct(verb).i)


#: verbs whose ordered act's time is theirs: "ordered X to invade in 1950", "allowed X to ..."
ORDER_VERBS = frozenset({"order", "command", "instruct", "direct", "tell", "allow", "permit", "authorise",
                         "authorize", "approve", "force", "compel", "send", "help"})
#: prepositions that set a happening as the time of a clause: "after Italy's surrender, ..."
FRAME_PREPS = frozenset({"after", "before", "following", "since", "until", "till", "during", "upon", "on", "with"})


def _frames(owner: Token, chain: set[int], own: set[int]) -> bool:
    """The happening at ``owner`` sets the time of a clause on ``chain`` (the event's own
    tokens and those above it): a temporal clause ("After Yugoslavia collapsed in 1991,
    Belgrade stopped ...") or a happening named after a temporal preposition ("After Italy's
    surrender on 8 September 1943, the German army invaded Albania"); or the happening the
    event's own predicate takes as its object ("agreed to a ceasefire on 7 November")."""
    if owner.pos_ in ("VERB", "AUX"):
        if owner.dep_ == "xcomp" and owner.head.i in chain and owner.head.lemma_.lower() in ORDER_VERBS:
            return True  # "ordered Serbia to invade Croatia in 1991": the order's time too
        return _temporal(owner) and owner.head.i in chain
    prep = owner.head
    if (owner.dep_ == "dobj" and owner.head.i in own) or (
            owner.dep_ == "pobj" and prep.dep_ in ("prep", "dative") and prep.head.i in own):
        return True  # "agreed to a ceasefire on 7 November": the ceasefire's time is the agreement's
    return owner.dep_ == "pobj" and prep.lower_ in FRAME_PREPS and prep.head.i in chain


def times_of_its_own(anchor: Token, sent_refs: list[TimeRef]) -> bool:
    """The event's sentence tells a time of its own that is not the event's, so the narrative's
    date does not reach the event either. A time of a clause inside the sentence ("the positions
    they held last week"), a thing's date, a time to come, and the time of a clause coordinated
    after the event's with a subject of its own ("Tehran increased its support for the revolt,
    and there were border clashes in 1974": the narrative goes on to 1974 only after the event)
    are not such times."""
    return any(r.calendar and not r.attributive and not r.prospective and not r.subordinate
               and not _later_clause(anchor, r) for r in sent_refs)


#: how a happening named in the event's clause enters it: its subject ("The offensive, launched on
#: 30 May, struck ..."), a phrase of these prepositions ("Under the pact signed on 3 May, X
#: withdrew"), a participle clause of its own on the verb ("Under the accord signed on 3 May"
#: where the parser hangs "Under" on "signed"); never its object ("accepted the accord of 1990":
#: the thing acted on, :func:`_names_its_object`)
THING_ROLES = frozenset({"nsubj", "nsubjpass", "prep", "advcl"})
THING_PREPS = frozenset({"under", "in", "at", "during", "with", "by", "through"})
#: the precisions of a happening's date that date the clause it enters (a year names a thing:
#: "Under the 1951 treaty, X defended Y" tells no year of the defending)
THING_PRECISIONS = STORY_PRECISIONS | {"season"}


def thing_time_ref(anchor: Token, sent_refs: list[TimeRef], happening: frozenset[str]) -> TimeRef | None:
    """The date of a happening named in the event's own clause, for an event told in the past with
    no time of its own: "A pact forced on Freedonia in May 1939 let Ruritania station troops on
    its soil" (May 1939), "Under an accord brokered by the emir in the summer of 2010, X pulled
    its troops out", "The spring offensive, launched on 3 April 1951, struck forty towns". The
    date hangs (in the parse) from a noun that names a happening or an accord (``happening``: the
    ontology's act nouns and the accord nouns), directly or through a participle on it, and that
    noun is the subject of the event's verb or of a verb above it, or sits in a phrase of
    :data:`THING_PREPS` on one. Not what a verb acts on, not a year alone, not a comparison's
    standard, not a time to come. Without it such an event took the date of the sentence before,
    another event's time, though its own sentence tells one."""
    chain = set()
    for t in [anchor, *anchor.ancestors]:
        if t.pos_ in ("VERB", "AUX"):
            chain.add(t.i)
        if t.dep_ in ("relcl", "acl", "pcomp", "appos"):
            break
    if not chain:
        return None
    doc = anchor.doc
    found = []
    for r in sent_refs:
        if not r.calendar or r.root is None or r.prospective or r.compared is not None \
                or r.precision not in THING_PRECISIONS:
            continue
        path = [t for t in doc[r.root].ancestors]
        noun = None
        for k, t in enumerate(path):
            if r.start <= t.idx < r.end:
                continue
            if t.i in chain:
                below = path[k - 1] if k else None
                if below is not None and below.dep_ == "advcl" and noun is None:
                    noun = next((g for c in below.children if c.dep_ == "prep" and c.lower_ in THING_PREPS
                                 for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in happening), None)
                if below is None or noun is None or below.dep_ not in THING_ROLES:
                    break
                if below.dep_ == "prep" and below.lower_ not in THING_PREPS:
                    break
                if below.dep_ == "advcl" and below.tag_ != "VBN":
                    break
                found.append(r)
                break
            if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in happening and noun is None:
                noun = t
            elif t.pos_ in ("VERB", "AUX") and not (t.tag_ == "VBN" and t.dep_ in ("acl", "advcl")):
                break  # a clause of its own on the way ("the talks that began ..."): not the thing's date
            elif t.dep_ in ("dobj", "dative", "attr"):
                break
    if len(found) != 1:
        return None
    return found[0]


def earlier_clause_ref(anchor: Token, sent_refs: list[TimeRef]) -> TimeRef | None:
    """The time of a clause told before the event's own in the same sentence, coordinated with it
    ("Resolution 598 was passed in the summer of 1987, but Iran refused to accept it", "Three drivers
    were killed in a strike on 1 November 2021; Algeria blamed Morocco"), when the event's clause has
    no time of its own and both tell the past: the story has moved to that time, as a date told in
    the sentence before would have moved it (:func:`narrative_anchor`). Not a thing's date, a time to
    come, a look back ("had fought ... from 1935"), a compared time, nor one of a clause below the
    earlier clause's verb ("who fought in 1979")."""
    doc = anchor.doc
    verb = _finite_verb(_verb_above(anchor))
    if not _told_in_past(verb) or _moves_on(anchor) or _moves_on(verb):
        return None  # "..., and later rejected an offer": the story has moved past that time
    saying = _saying_above(verb)
    if saying is not None:
        verb = saying  # "In 2014 X took back the valley, and Y said that it supported the border"
    found = None
    for r in sent_refs:
        if r.root is None or r.start >= anchor.idx or not r.calendar or r.relative and r.anchor == "dct" \
                or r.attributive or r.prospective or r.flashback or r.subordinate or r.compared is not None:
            continue
        clause = _finite_verb(_verb_above(doc[r.root]))
        if clause.i < verb.i and _told_in_past(clause) and _coordinated_before(clause, verb):
            found = r
    if found is None:
        opening = next((r for r in sent_refs if r.root is not None and r.start < anchor.idx), None)
        if opening is not None and ATTACHMENT_CHECKS["opening_time_reaches"](anchor, verb, opening, sent_refs):
            found = opening
    return found


#: how a clause hangs on a verb told after it when the parser has made a coordinate clause its
#: complement ("In March 1995 X crossed the border, and Y protested; they pulled back in May")
MISPARSED_COMPLEMENT_DEPS = frozenset({"ccomp"})


def _opening_time_reaches(anchor: Token, verb: Token, ref: TimeRef, sent_refs: list[TimeRef]) -> bool:
    """The time that opens the sentence (:func:`fronted_over`: "In March 1995 X crossed the border,
    and Y protested in vain; ...", "On 2 May 1931 planes bombed the port; Y blamed Z") dates a
    clause of it told in the simple past with no time of its own when no other time is told
    between them: the story still stands at that time, however the parser joined the clauses (a
    coordinate clause made the complement of a verb told after it). Not a clause below a verb
    told before it ("ruled that X had breached", "ruled that X breached": a content clause tells
    what may have happened earlier), nor a look back, a thing's date, a time to come or a compared
    time; nor a clause of a sentence whose opening time dates only a phrase ("In 1990s X ...")."""
    if not ref.calendar or ref.attributive or ref.prospective or ref.flashback or ref.subordinate and not ref.told \
            or ref.mod is not None or ref.compared is not None or ref.relative and ref.anchor == "dct" or ref.start >= anchor.idx:
        return False
    if not fronted_over(ref, anchor) or not _told_in_past(verb):
        return False
    if any(r is not ref and r.calendar and ref.start < r.start < anchor.idx for r in sent_refs):
        return False  # the story moved on to another time before the event's clause
    if verb.dep_ in MISPARSED_COMPLEMENT_DEPS and verb.head.i < verb.i:
        return False  # a content clause of a verb told before it
    doc = anchor.doc
    clause = _finite_verb(_verb_above(doc[ref.root]))
    if clause.i >= verb.i:
        return False  # the event's own clause, or one told after it
    # the event's clause: the main clause of the time's, or one coordinated with or set beside it
    cur = verb
    while cur.head.i != cur.i and cur.dep_ in ("conj", "ccomp", "parataxis"):
        cur = cur.head
    top = clause
    while top.head.i != top.i and top.dep_ in ("conj", "ccomp", "parataxis"):
        top = top.head
    return cur.i == top.i


# the verbs of saying whose complement clause a coordinated earlier clause's time reaches through
# (:func:`_saying_above`) are the project's list, ``_modality.SAY_VERBS``, read when called
# (``_modality`` imports this module)
from chronica.events import _modality  # noqa: E402


def _saying_above(verb: Token) -> Token | None:
    """The verb of saying, told in the simple past, whose complement the clause of ``verb`` is, itself
    in the simple past and with no time of its own: "In 2014 X took back the valley, and Y said
    that it supported the new border" - the stance reported is the saying's, told after the earlier
    clause at its time (:func:`earlier_clause_ref`); a look back ("said that it had ...") is not in
    the simple past. None otherwise."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.lemma_ not in _modality.SAY_VERBS or not _told_in_past(head):
        return None
    return _finite_verb(head)


def later_clause_ref(anchor: Token, sent_refs: list[TimeRef]) -> TimeRef | None:
    """The month of the time of a clause told after the event's own in the same sentence and
    coordinated with it, when the event's clause has no time of its own and both tell the past:
    "Barak withdrew the army, and the last soldiers left on 24 May 2000", "Malik travelled to
    Bangkok again, and on 8 August 1967 he signed the declaration", "Bhattarai then travelled to
    Delhi, and a communiqué issued on 10 June 1990 restored trade". Told in sequence, the event
    came just before that time, in its month; its day is the later clause's own, not the event's
    (:func:`after_frame_month`). Only a time of a month or a day: a year ("..., and there were
    border clashes in 1974") is where the story goes on to only after the event. Not a thing's
    date, a time to come, a look back, a compared time, nor one of a clause below the later verb."""
    doc = anchor.doc
    verb = _finite_verb(_verb_above(anchor))
    if not _told_in_past(verb):  # "then travelled ..., and on 10 June": moved on to just before it
        return None
    for r in sent_refs:
        if r.root is None or r.start <= anchor.idx or not r.calendar or r.relative \
                or r.attributive or r.prospective or r.flashback or r.subordinate or r.compared is not None \
                or r.precision not in LATER_CLAUSE_PRECISIONS:
            continue
        clause = _finite_verb(_verb_above(doc[r.root]))
        if clause.i > verb.i and _told_in_past(clause) and _coordinated_before(verb, clause):
            return after_frame_month(r)
    return None


def time_below(anchor: Token, sent_refs: list[TimeRef]) -> bool:
    """A calendar time told inside the event's own clause, below its verb, before the later clause
    ("refused to load ships bound for Indonesia from September 1945, and on 30 July 1947 ..."): the
    clause is dated by what it tells, if not to the event, so no later clause's time reaches it."""
    verb = _finite_verb(_verb_above(anchor))
    doc = anchor.doc
    return any(r.calendar and r.root is not None and verb.is_ancestor(doc[r.root])
               and not _later_clause(anchor, r) and not _coordinated_after(verb, doc[r.root]) for r in sent_refs)


def _coordinated_after(verb: Token, tok: Token) -> bool:
    """``tok`` stands in a clause coordinated after ``verb``'s."""
    clause = _finite_verb(_verb_above(tok))
    return clause.i > verb.i and _coordinated_before(verb, clause)


#: the precisions of a later clause's time that date a clause told just before it (:func:`later_clause_ref`)
LATER_CLAUSE_PRECISIONS = frozenset({"month", "week", "day", "time"})


def _coordinated_before(clause: Token, verb: Token) -> bool:
    """``verb`` heads a clause coordinated after ``clause``'s: the two are members of one
    coordination (``conj`` links lead from both to its first member: "X recreated a system, and
    elections took place in 1948: Rhee was elected"), or they stand on either side of a semicolon
    (:func:`semicolon_clause`)."""
    if semicolon_clause(clause) and clause.head.i == verb.i:
        return True
    return clause.i < verb.i and _first_conjunct(clause).i == _first_conjunct(verb).i


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _told_in_past(verb: Token) -> bool:
    """The clause is told in the simple past (active or passive), not the present, a present
    perfect or the future."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    # a simple past passive ("were killed"); not a perfect ("had fought", "are thought to have been
    # killed") nor a present ("are killed")
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ == "VBD"


def _later_clause(anchor: Token, ref: TimeRef) -> bool:
    """The expression dates a clause coordinated after the event's own, with a subject of its own."""
    if ref.root is None:
        return False
    verb, event_verb = _verb_above(anchor.doc[ref.root]), _finite_verb(_verb_above(anchor))
    return verb.i > event_verb.i and verb.dep_ == "conj" and event_verb.is_ancestor(verb) and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _later_conjunct(anchor: Token, ref: TimeRef) -> bool:
    """The expression dates a verb coordinated below the event's own verb."""
    if ref.root is None:
        return False
    verb, event_verb = _verb_above(anchor.doc[ref.root]), _verb_above(anchor)
    return verb.i != event_verb.i and verb.dep_ == "conj" and event_verb.is_ancestor(verb)


def _verb_above(tok: Token) -> Token:
    """The token itself if a verb, else the nearest verb above it (the root if none is)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _adverbial(ref: TimeRef, doc) -> bool:  # noqa: ANN001 - Doc
    """The expression modifies a verb ("In 1997, Blair became ..."), not a noun ("the youngest
    premier of the 20th century")."""
    if ref.root is None:
        return False
    tok = doc[ref.root]
    if tok.dep_ in ("npadvmod", "advmod", "tmod"):
        return True
    if tok.dep_ == "compound" and tok.head.dep_ == "pobj" and tok.i == tok.head.left_edge.i:
        tok = tok.head  # "in April Borduria recalled ...": the parser's name "April Borduria" after "in"
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX")


#: days a date written out may lie from a count's date and still restate it ("Three weeks after
#: ..., on 17 February": the count is a round figure)
RESTATE_DAYS = 7


def _near(named: TimeRef, counted: TimeRef) -> bool:
    """``named`` starts within :data:`RESTATE_DAYS` of ``counted``'s interval ("Two weeks later, on
    18 August"), so it may restate it; "indicted last year in the October 1998 shooting" (two
    different times) may not."""
    if not (named.earliest and counted.earliest and counted.latest):
        return False
    day = date.fromisoformat(named.earliest).toordinal()
    return date.fromisoformat(counted.earliest).toordinal() - RESTATE_DAYS <= day \
        <= date.fromisoformat(counted.latest).toordinal() + RESTATE_DAYS


def _hung_on(anchor: Token, own: set[int], ref: TimeRef, owner_of: dict[int, int | None]) -> bool:
    """The parser hangs the expression on the event's own verb, and :func:`attach` gave it to no
    predicate or to one above the event, because the verb was not among the anchors it attached
    to (a dictionary verb the checks turned down, coded again as a dated happening): "Then, in
    May 1975, the navy sank a ship"; "When the rebels took the port on 2 May, X closed its border on
    6 May" (2 May is the taking's, not the closing's)."""
    if ref.root is None or _verb_above(anchor.doc[ref.root]).i not in own:
        return False
    lo, hi = sorted((ref.root, anchor.i))
    if any(t.pos_ == "VERB" and t.i not in own and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
           for t in anchor.doc[lo + 1:hi]):
        return False  # "By the end of the year the soldiers had sailed home, and the canal reopened in
        # April 1957": a time before another verb with its own subject is that clause's, wherever the
        # parse hangs it
    owner = owner_of.get(ref.start)
    return owner is None or anchor.doc[_token_of(owner)].is_ancestor(anchor)


def _apposed(first: TimeRef, named: TimeRef, doc: Doc | None) -> bool:
    """``named`` follows ``first`` with only a comma and prepositions between ("Three years later, on
    14 March 1987", "two years earlier, in the autumn of 1983", "on the same day, 9 May 1982"):
    the date written out restates the count, whatever date of the narrative the count was counted
    from. A count from the date of writing ("last year, in April") is no narrative's guess: a bare
    month beside it falls inside it, and the time stage may have read that month alone."""
    if doc is None or named.start < first.end or first.anchor != "narrative":
        return False
    span = doc.char_span(first.end, named.start, alignment_mode="expand")
    if span is None:
        return not doc_text(doc)[first.end:named.start].strip()
    between = [t for t in span if not (first.start <= t.idx < first.end or named.start <= t.idx < named.end)]
    return any(t.text == "," for t in between) and all(
        t.text == "," or t.pos_ == "ADP" or t.lower_ == "the" for t in between)


def finest_inside(refs: list[TimeRef], doc: Doc | None = None) -> TimeRef:
    """The first of the event's own expressions, or the finest of them that lies inside it: "In
    1982 Argentina invaded the islands on 2 April" is 2 April 1982, "In May 1991 ... fled on the
    21st" the 21st (a finer date elsewhere in time is another time, and the first stays). A date
    written out is preferred to a count from another ("Three weeks after ..., on 17 February").
    Neither may be a thing's date: "indicted last year in the March 1998 killing" is last year."""
    first = refs[0]
    if first.relative:  # "Three weeks after the fighting began, on 17 February, X signed": the date
        named = [r for r in refs[1:] if r.calendar and not r.relative and not r.attributive  # written
                 and r.precision in FINENESS and (_near(r, first) or _apposed(first, r, doc))  # out restates the count
                 and first.precision in FINENESS and FINENESS.index(r.precision) >= FINENESS.index(first.precision)]
        first = named[0] if named else first
    if first.precision not in FINENESS or not (first.earliest and first.latest):
        return first
    inside = [r for r in refs[1:] if r.precision in FINENESS and r.earliest and r.latest and not r.attributive
              and first.earliest <= r.earliest and r.latest <= first.latest
              and FINENESS.index(r.precision) > FINENESS.index(first.precision)]
    return max(inside, key=lambda r: FINENESS.index(r.precision)) if inside else first


def _adverbial_first(refs: list[TimeRef], doc) -> list[TimeRef]:  # noqa: ANN001 - Doc
    return sorted(refs, key=lambda r: not _adverbial(r, doc))


def _coordinate_clause(anchor: Token, ref: TimeRef) -> bool:
    """The expression belongs to a clause coordinated above the event's own, with its own
    subject: the event's clause hangs on it through ``conj``."""
    if ref.root is None:
        return False
    doc = anchor.doc
    verb = _verb_above(doc[ref.root])
    if verb.i == anchor.i or not verb.is_ancestor(anchor):
        return False
    cur = anchor
    while cur.i != verb.i:
        if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return True
        if cur.dep_ == "conj" and cur.pos_ in ("NOUN", "PROPN") and cur.head.pos_ in ("VERB", "AUX"):
            return True  # a noun the parser coordinated with a verb: the subject of a clause
        cur = cur.head
    return False


#: words that may come before a time expression that opens its sentence: "But in June ...", "Then, on 3 May ..."
OPENING_WORDS = frozenset({"but", "and", "then", "so", "yet", "later", "finally", "eventually", "also"})


def fronted_over(ref: TimeRef, anchor: Token) -> bool:
    """The expression opens the sentence ("But in June last year, the leadership fell out, and
    Pol Pot was arrested") and so dates the clauses coordinated after the first one too, when the
    event's clause tells the past as the first does (not "... and talks have gone on since")."""
    if ref.root is None:
        return False
    doc = anchor.doc
    tok = doc[ref.root]
    sent = tok.sent
    first = next((t.i for t in sent if t.idx + len(t) > ref.start), tok.i)
    if any(not (t.is_punct or t.lower_ in OPENING_WORDS or t.pos_ == "ADP") for t in doc[sent.start:first]):
        return False
    verb = _finite_verb(_verb_above(anchor))
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if is_future(verb) or any(a.tag_ in ("VBZ", "VBP", "MD") for a in auxes) or verb.tag_ in ("VBZ", "VBP"):
        return False
    return verb.tag_ in ("VBD", "VBN")


#: how a verb with no tense of its own hangs on the verb whose tense it shares: "responded by
#: demanding", "moved to close", "pulled out, leaving ..."
NONFINITE_DEPS = frozenset({"pcomp", "xcomp", "advcl"})


def _finite_verb(verb: Token) -> Token:
    """The verb whose tense a participle or infinitive shares ("Ethiopia responded by demanding
    ...": "responded"); the verb itself when it has a tense or a subject of its own."""
    while verb.tag_ in ("VBG", "VB") and verb.dep_ in NONFINITE_DEPS and not any(
            c.dep_ in ("nsubj", "nsubjpass", "auxpass") or (c.dep_ == "aux" and c.lower_ != "to") for c in verb.children):
        head = _verb_above(verb.head)
        if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
            break
        verb = head
    return verb


def _temporal(verb: Token) -> bool:
    """An adverbial clause that sets its main clause's time: "When Britain went to the polls in 1979"."""
    return verb.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in TEMPORAL_MARKS for c in verb.children)


def _below(anchor: Token, verb: Token) -> bool:
    """``verb`` heads a clause of its own below ``anchor`` (not just an infinitive complement:
    "agreed to send troops in 1950" dates the agreement too; a coordinated predicate shares
    its time: "invaded Poland and took Warsaw in 1939")."""
    if not anchor.is_ancestor(verb):
        return False
    deps = SUBORDINATE_DEPS - {"xcomp"}
    cur = verb
    while cur.i != anchor.i:
        if cur.dep_ in deps and not _temporal(cur):
            return True  # a "when/after/as" clause's time places the main event: not excluded
        cur = cur.head
    return False


def _time_of_saying(ref: TimeRef, anchor: Token) -> bool:
    """The expression dates a verb that governs the event through a clausal complement: "the
    court ruled on Tuesday that his death ..." - Tuesday is when it was said, not the event."""
    if ref.root is None:
        return False
    doc = anchor.doc
    head = doc[ref.root].head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    cur = anchor
    crossed = False
    while cur.head.i != cur.i:
        if cur.dep_ in ("ccomp", "parataxis"):
            crossed = True
        cur = cur.head
        if cur.i == head.i:
            return crossed
    return False


def other_predicate(i: int) -> int:
    """How :func:`attach` records a predicate that is no event's (token ``i``): below zero."""
    return -(i + 1)


def _token_of(owner: int) -> int:
    return -owner - 1 if owner < 0 else owner


#: words by which a coordinated predicate moves on in time: "... in 1975, and later rejecting"
SEQUENCE_WORDS = frozenset({"later", "subsequently", "afterwards", "afterward", "then", "eventually",
                            "previously", "earlier", "since"})


def _moves_on(tok: Token) -> bool:
    """A sequence word modifies the predicate: its time is not that of what came before."""
    return any(c.dep_ == "advmod" and c.lower_ in SEQUENCE_WORDS for c in tok.children)


#: sequence words by which a clause is told after the story's date by a stretch it does not say
#: ("Tarsa later agreed to pay"); not "then" (the next step, often the same day), nor "earlier"
LATER_WORDS = frozenset({"later", "subsequently", "afterwards", "afterward", "eventually"})


def told_after_the_story(verb: Token | None, ref: TimeRef) -> bool:
    """``told_after_the_story``: a clause with no time of its own whose predicate is told as coming
    later by a stretch it does not say ("Tarsa later agreed to pay compensation", "The league
    eventually sent observers", "Borduria subsequently recalled its envoy") happened after the
    narrative's date, not on it: the date the story last told (a history's, not the news day a page
    of news tells: "Rebels later shelled the town, the army said") is not its own. Not when the sequence word
    is itself told near ("soon afterwards", "shortly after"), nor a date of writing's day."""
    if verb is None or ref.anchor == "dct":
        return False
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in LATER_WORDS and not any(
                g.dep_ in ("advmod", "npadvmod") for g in c.children):
            return True
    return False
#: conjunctions of a clause that sets the main clause's time ("When Britain went to the polls in 1979, ...")
TEMPORAL_MARKS = frozenset({"when", "as", "after", "before", "while", "until", "till", "since", "once", "whenever"})
#: dependencies of a clause of its own below a predicate
SUBORDINATE_DEPS = frozenset({"advcl", "pcomp", "ccomp", "acl", "relcl", "csubj", "xcomp"})


def attach(refs: list[TimeRef], doc: Doc, anchors: set[int]) -> dict[int, int | None]:
    """For each expression (by start offset), the predicate it dates: the nearest event anchor
    above it in the parse, or the verb of a subordinate clause it sits in (or closes: "jailed
    for murdering X, in 1999" is read low, as the murder's date); None when neither."""
    out: dict[int, int | None] = {}
    for r in refs:
        owner = None
        if r.root is not None:
            tok = doc[r.root]
            for t in [tok, *tok.ancestors]:
                if r.start <= t.idx < r.end:
                    continue  # the expression's own words ("last fall", "the spring") date no event of theirs
                if t.i in anchors:
                    owner = t.i
                    break
                if t.i != tok.i and t.pos_ == "VERB" and (t.dep_ in SUBORDINATE_DEPS and not _temporal(t)
                                                          or _own_clause(t)):
                    owner = other_predicate(t.i)
                    break
            if owner is not None and owner in anchors:
                low = _low_attachment(doc, doc[owner], tok)
                if low is not None:
                    owner = low if low in anchors else other_predicate(low)
        out[r.start] = owner
    return out


def _own_clause(verb: Token) -> bool:
    """A verb coordinated after another with a subject of its own heads a clause of its own ("X
    crossed into Uganda and captured Mutukula, and in late February it took Masaka"): a time below
    it is that clause's, not that of the verb it is coordinated with."""
    return verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _low_attachment(doc: Doc, head: Token, tok: Token) -> int | None:
    """A subordinate clause's verb right before a time expression the parser hung on ``head``
    at the end of the sentence: "was jailed for life for murdering X in 1999"."""
    if tok.i < head.i:
        return None
    prep = tok.head if tok.dep_ == "pobj" else tok
    if prep.head.i != head.i:
        return None
    for child in head.children:
        if child.i >= prep.i or child.i <= head.i:
            continue
        verbs = [t for t in child.subtree if t.pos_ == "VERB" and t.dep_ in SUBORDINATE_DEPS]
        if verbs and child.right_edge.i < prep.i and all(
                t.is_punct for t in doc[child.right_edge.i + 1 : prep.i]):
            if ATTACHMENT_CHECKS["time_after_closed_aside"](doc, verbs[-1], prep):
                return None  # "X accepted the resolution, which called for a truce, in July 1988"
            return verbs[-1].i
    return None


def _closed_aside(doc: Doc, verb: Token, prep: Token) -> bool:
    """``time_after_closed_aside``: the clause before the time is an aside set off by commas on
    both sides ("accepted Resolution 598, which called for the truce, in July 1988"; "began
    digging the canal on the river, known as the X on the other side, in 2021"): the comma that
    closes it returns to the clause it interrupts, whose time it is. A clause with no opening comma
    ("jailed for murdering X, in 1999") is read low as before."""
    if verb.dep_ not in ("relcl", "acl") or prep.i < 1 or doc[prep.i - 1].text != ",":
        return False
    after = prep.right_edge.i + 1  # "..., where X protected him and then, on 7 July 1949, handed him":
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].pos_ in ("VERB", "AUX"):
        return False  # a time between commas that opens the next predicate is no end of the aside
    left = verb.left_edge.i
    return left > 0 and doc[left - 1].text == "," and verb.right_edge.i < prep.i


#: a preposition that dates the act of the verb it follows: "recalled its ambassador *on* the 2nd"
VERB_TIME_PREPS = frozenset({"on"})


def _day_on_the_object(span: Span, value: str) -> bool:
    """``day_on_the_object``: a day ("on the 2nd", "on 4 March") hung by the parser on the verb's
    direct object that names no happening ("Morocco recalls its ambassador on the 2nd", "the
    army shelled the village on 3 May") is the verb's time, not the thing's: an ambassador or a
    village has no date. The object that names a happening keeps its date ("condemned the
    attack on 3 May": the attack's)."""
    if len(value) < 10 or not value[:4].isdigit():  # a day: "2007-11-02"
        return False
    prep = span.root.head
    noun = prep.head
    if span.root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in VERB_TIME_PREPS:
        return False
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB" or noun.pos_ != "NOUN":
        return False
    from chronica.events.extract import _happening_nouns  # noqa: PLC0415 - extract imports this module
    return noun.lemma_.lower() not in _happening_nouns() and noun.lower_ not in _happening_nouns()


#: words that set a happening before the clause they open or close: "After the revolution in April
#: 1974, Portugal began to withdraw", "Following the raid on 10 May, X cut ties"
EARLIER_FRAME_WORDS = frozenset({"after", "following"})
#: dependencies by which a frame is measured from its happening ("two days after", "soon after"):
#: a counted or close time, left as it was
FRAME_MEASURES = frozenset({"npadvmod", "advmod"})


def _frame_word(tok: Token) -> Token | None:
    """The "after" word ``tok`` opens as a frame: the preposition itself, or the marker of a
    temporal clause headed by ``tok``."""
    if tok.lower_ in EARLIER_FRAME_WORDS and tok.dep_ in ("prep", "advcl") and tok.pos_ in ("ADP", "VERB", "SCONJ"):
        return tok
    if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "advcl":
        return next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in EARLIER_FRAME_WORDS), None)
    return None


def _earlier_frame(anchor: Token, ref: TimeRef) -> bool:
    """``time_of_an_earlier_frame``: the time dates a happening named after "after" or "following"
    in the event's sentence ("After the revolution in April 1974, Portugal began to withdraw";
    "After X won the run-off on 28 May, Y travelled to Ankara"; "After the attacks of 11 September,
    Z joined the coalition"), not the event, which came later: a day of the frame is not the day
    of the event, which is dated no finer than that day's month (:func:`after_frame_month`;
    TimeBank links such a clause's event AFTER or BEGUN_BY the frame's time, seldom within it). Not when the event is itself inside the frame,
    when the time is the frame's own object ("after 1990": the time stage's bound), nor when the
    frame is measured ("two days after", "soon after")."""
    if ref.root is None:
        return False
    doc = anchor.doc
    tok = doc[ref.root]
    for t in [tok, *tok.ancestors]:
        if t.i == anchor.i:
            return False  # the event's own phrase holds the time before any frame does
        if ref.start <= t.idx < ref.end:
            continue
        frame = _frame_word(t)
        if frame is None:
            continue
        if frame.i == t.i and tok.head.i == t.i:
            return False  # "after 1990", "following 11 September": a time of its own
        if anchor.i in {x.i for x in t.subtree}:
            return False
        return not any(c.dep_ in FRAME_MEASURES for c in (*frame.children, *t.children) if c.i < frame.i)
    return False


def after_frame_month(ref: TimeRef) -> TimeRef:
    """The month of a day or an hour (for :func:`_earlier_frame`): "6 February 2023" gives 2023-02.
    A month or a year is left as it is: coarser still, the event's date would hold, and be merged
    with, other acts of that year ("joined the coalition" with the closing of an embassy months on)."""
    head = ref.value.split("T")[0] if ref.calendar else ""
    if len(head) < 10 or not head[:4].isdigit():
        return ref
    month = head[:7]
    last = calendar.monthrange(int(month[:4]), int(month[5:7]))[1]
    return replace(ref, value=month, value_end=None, mod=None, precision="month",
                   earliest=f"{month}-01", latest=f"{month}-{last:02d}")


#: named checks of which clause a time expression dates where the parser's attachment misleads
#: (data for :func:`attach` and :func:`time_refs`; each has its case table in
#: tests/test_events_dating_attachment.py)
#: the word that ends "N units after/before X" (the complement's marker) and which way X lies from
#: the date the count is set against: "on 9 March, three days after X" puts X three days before it
COUNT_MARKS = {"after": -1, "before": 1}
#: the measure nouns of such a count, by unit
COUNT_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year", "fortnight": "week"}


def _count_of(measure: Token) -> tuple[int, str] | None:
    """(number, unit) of a count's measure noun ("three days", "a day", "the day", "two weeks")."""
    unit = COUNT_UNITS.get(measure.lemma_.lower())
    if unit is None:
        return None
    n = 2 if measure.lemma_.lower() == "fortnight" else 1
    counted = False
    for c in measure.children:
        if c.dep_ == "nummod":
            from chronica.time.grammar import _number  # noqa: PLC0415 - the tagger's number reader
            value = _number(c.text)
            if value is None or value != int(value):
                return None
            n *= int(value)
            counted = True
        elif c.dep_ in ("amod", "quantmod") and c.lower_ in ("few", "several", "many", "some", "couple"):
            return None  # "a few days", "several weeks": no count to move a date by
    if not counted and measure.tag_ == "NNS":
        return None  # "weeks after", "days before": how far is not told
    return n, unit


def _shifted_value(value: str, n: int, unit: str) -> str | None:
    """``value`` moved by ``n`` units, at the precision the two allow: a day count from a month or
    a year stays in that month or year ("In November 2010, the day after X": X in November 2010)."""
    from chronica.time.normalize import point_from_value, shift  # noqa: PLC0415

    point = point_from_value(value)
    if point is None or point.precision not in ("year", "month", "day"):
        return None
    if point.precision != "day" and unit in ("day", "week"):
        return value
    if point.precision == "year" and unit == "month":
        return value
    return shift(point, n, unit, point.precision).value()


def counted_happening(anchor: Token, sent_refs: list[TimeRef]) -> TimeRef | None:
    """``counted_happening``: the happening a count in its sentence starts from ("Ruritania invaded
    on 9 March, three days after gunmen shot its consul"; "the charter was read on 12 October, a day
    before the guards marched in"; "the day before the pact was signed on 4 July") is dated by the
    count, not by the date the sentence gives its main clause: that date moved back (after) or on
    (before) by the count, or the date the count was counted from when its own clause tells it.
    Its clause is the one the count's "after"/"before" marks (the parse makes the measure noun a
    modifier of its verb); a noun happening of that clause ("the pact was signed") is dated too."""
    verb = anchor
    if verb.pos_ not in ("VERB", "AUX"):
        verb = anchor.head if anchor.dep_ in ("nsubj", "nsubjpass", "dobj") and anchor.head.pos_ == "VERB" else None
    if verb is None:
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in COUNT_MARKS), None)
    if mark is None:
        return None
    measure = next((c for c in verb.children if c.dep_ == "npadvmod" and c.i < mark.i), None)
    count = _count_of(measure) if measure is not None else None
    if count is None or not (anchor.i > mark.i):
        return None
    n, unit = count
    doc = anchor.doc
    own = next((r for r in sent_refs if r.start <= measure.idx < r.end), None)
    told_inside = {r.value for r in sent_refs if r.calendar and r.root is not None and verb.is_ancestor(doc[r.root])}
    if own is not None and own.anchor == "narrative" and own.anchor_value in told_inside:
        value = own.anchor_value  # counted from the date the happening is told with in its own clause
    else:
        first = min((t.idx for t in measure.subtree), default=measure.idx)
        told = [r for r in sent_refs if r.calendar and r.end <= first
                and re.fullmatch(r"\s*[,(\u2013\u2014-]\s*", doc_text(doc)[r.end:first])]
        if not told or own is not None and own.calendar:
            return None
        value = _shifted_value(told[-1].value, COUNT_MARKS[mark.lower_] * n, unit)
    bounds = interval(value) if value else None
    if not bounds:
        return None
    span = doc[measure.left_edge.i : mark.i + 1]
    return TimeRef(span.start_char, span.end_char, span.text, value, None, None, _precision(value),
                   bounds[0], bounds[1], measure.i, anchor="narrative", anchor_value=value)


#: verbs whose subject, a happening's noun, is told going on when the verb is: the copulas ("the truce
#: is now in force", "talks are under way"); the ontology's light verbs and the verbs of outbreak are
#: passed in by the caller
TELLING_COPULAS = frozenset({"be", "remain"})


def _named_told_now(noun: Token, telling: frozenset[str]) -> bool:
    """Rule ``happening_named_at_writing``: a happening only named (its noun, with no verb of its
    own) takes the date of writing from the present tense of its clause only when that clause tells
    it going on: the noun is the subject of a verb of its course (``telling``: a light verb, a verb of
    outbreak, or a copula: "as a truce takes hold", "the truce is now in force", "talks have begun")
    or the object its clause acts on ("Qatar has been hosting talks"), or its own participle is such a
    verb ("the aid extended to X during the current crisis"). Named in a phrase ("formed by
    the meeting of two rivers", "sent back under a readmission agreement", "compared to the seizure
    of the reef"), as a possessor, or as the subject of another verb ("the war has since changed
    the picture", "the refusal has defined relations ever since", "the reform favours investors"),
    it is a happening of its own time, which the sentence does not tell: no date."""
    if any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") and c.lemma_.lower() in telling for c in noun.children):
        return True  # "the assistance extended to X during the current crisis": its participle tells it
    while noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "talks and contacts continue": the first conjunct's place
    head = noun.head
    if head.i == noun.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if noun.dep_ == "dobj":
        return True
    return noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in telling | TELLING_COPULAS


def _own_time_in_a_subordinate_clause(anchor: Token, ref: TimeRef) -> bool:
    """``own_time_in_a_subordinate_clause``: an expression :func:`attach` gave to the event sits in a
    subordinate clause headed by another verb, below the event's ("By September the visits were
    over, ...: X signed a protocol on 12 January", the parser hanging the clause before the colon on
    the verb after it): when the event has a time of its own clause too, that one is its time. Not
    a clause on the event's own noun, which tells that happening ("the treaty, signed on 9 June
    1936, ...", "the war, which began on 4 April, ...")."""
    if not ref.subordinate or ref.root is None:
        return False
    verb = _verb_above(anchor.doc[ref.root])
    if verb.dep_ in ("acl", "relcl") and verb.head.i == anchor.i:
        return False  # the happening's own telling: "the treaty, signed on 9 June", "the war, which began on ..."
    return verb.i != anchor.i and verb.pos_ in ("VERB", "AUX") and not verb.is_ancestor(anchor)


ATTACHMENT_CHECKS = {
    "own_time_in_a_subordinate_clause": _own_time_in_a_subordinate_clause,
    "happening_named_at_writing": _named_told_now,
    "time_after_closed_aside": _closed_aside,
    "day_on_the_object": _day_on_the_object,
    "unmarked_main_clause": _unmarked_main_clause,
    "time_of_an_earlier_frame": _earlier_frame,
    "thing_acted_on": _names_its_object,
    "clause_of_the_time": _clause_of_the_time,
    "told_after_the_story": told_after_the_story,
    "opening_time_reaches": _opening_time_reaches,
}


RECENT, SIMPLE_PRESENT, HABITUAL = "recent", "simple", "habitual"
#: adverbs by which a present perfect tells a stance held through time, not a recent act: "the
#: line Peru has always demanded", "Athens has long rejected the claim"
HABITUAL_ADVERBS = frozenset({"always", "long", "traditionally", "consistently", "ever"})


def present_kind(sent: Span, verb: Token | None, sent_refs: list[TimeRef]) -> str | None:
    """RECENT when the sentence speaks of now or lately ("recently", "now", a present perfect or
    progressive); HABITUAL for a present perfect held through time ("has always demanded", "has
    long rejected"); SIMPLE_PRESENT for a bare present tense, which may also be a historical
    present ("Stalin refuses."); None for the past."""
    if any(r.present for r in sent_refs) or any(t.lower_ in RECENT_WORDS for t in sent):
        return RECENT
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxes and all(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes) and verb.tag_ == "VBN":
        return SIMPLE_PRESENT  # a bare present passive ("200 people are killed"): a historical present too
    if any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in verb.children):
            return HABITUAL  # "has always demanded": held through time, no date of its own
        return RECENT  # present perfect or progressive: "has sent", "is sending", "has been sent"
    if verb.tag_ in ("VBZ", "VBP") and not auxes:
        return SIMPLE_PRESENT
    return None


def is_future(verb: Token | None) -> bool:
    """The predicate is in the future ("will visit"): no date without a time expression."""
    return verb is not None and any(
        c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children
    )


#: what may stand between the dates of a list: "in 1974, 1983 and 1996", "on 3 May and on 9 June"
#: ("in 1981 or 1995" is one happening whose date is in doubt, not two)
DATE_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:(?:in|on)\s+)?", re.IGNORECASE)
#: ``paired_date_list``: a list whose items pair a place or a party with its date, "held in Lusaka
#: on 27 August, in Harare on 23 September and again in Lusaka in late October", "signed by
#: Ruritania on 15 August and Borduria on 16 August": between two dates, a comma or "and", a
#: capitalised name of at most three words (after "in", "at" or "by") and the next date's
#: preposition - no verb, so "on 3 May, and on 5 May Borduria replied" or "on 12 August, signed
#: by X on 15 August" (another predicate) make no list
_NAME = r"(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}"
#: a place told after an item's date: "signed by X on 15 August in Tbilisi and by Y on 16 August"
_PLACE_AFTER = rf"(?:\s+(?:in|at)\s+{_NAME})?"
PAIRED_LIST_GAP = re.compile(
    rf"{_PLACE_AFTER}\s*(?:,\s*(?:and\s+)?|and\s+)(?:again\s+)?(?:(?:in|at|by)\s+)?{_NAME}\s+(?:on|in)\s+")


#: what follows a date paired with a name in a list: the clause or the list goes on, no predicate
#: of its own ("... and Borduria on 4 March recalled its envoy" is another clause)
_PAIRED_ITEM_END = re.compile(rf"{_PLACE_AFTER}\s*(?:[.,;:!?)\]\u2013\u2014]|and\b|$)")


def _list_gap(text: str, start: int, end: int, next_end: int | None = None, paired: bool = True) -> bool:
    if DATE_LIST_GAP.fullmatch(text, start, end):
        return True
    return paired and bool(PAIRED_LIST_GAP.fullmatch(text, start, end)) and (
        next_end is None or bool(_PAIRED_ITEM_END.match(text, next_end)))


#: the later date of a pair has a preposition of its own ("... on 2 May, and on 9 May ..."), as a time
#: fronted in a clause of its own has; "in 1977 and 1978" shares one
_CLAUSE_TIME_OPENS = re.compile(r"\b(?:in|on|at|by)\s+$", re.IGNORECASE)


def _opens_a_clause(doc: Doc | None, earlier: TimeRef, later: TimeRef) -> bool:
    """``later`` is no item of a list with ``earlier`` but the fronted time of the next clause: the
    subject of a predicate follows it at once (after a comma at most) and that predicate is not the
    one ``earlier`` dates ("declared war on 2 May 1920 and on 9 May 1920 its troops crossed the
    river": the crossing's day, not a second declaration). Dates fronted together before one
    predicate ("In May and June 1920 the two sides met") stay a list."""
    if doc is None or earlier.root is None or not _CLAUSE_TIME_OPENS.search(doc_text(doc), earlier.end, later.start):
        return False  # "in talks held in 1977 and 1978 the sides came close": one phrase's list
    span = doc.char_span(later.start, later.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if nxt.text == "," and span.end + 1 < len(doc):
        nxt = doc[span.end + 1]
    for tok in doc[nxt.i : min(len(doc), nxt.i + 12)]:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i > tok.i \
                and all(t.i in {w.i for w in tok.subtree} for t in doc[nxt.i : tok.i]):
            verb = tok.head
            return verb.pos_ in ("VERB", "AUX") and _verb_above(doc[earlier.root]).i != verb.i
    # the parser made the month and the subject after it one name ("in April Borduria recalled its
    # envoy": "April Borduria" the object of "in"): the preposition hangs on a later predicate, not
    # on the one the earlier date dates
    prep = span.root
    while prep.dep_ != "prep" and prep.head.i != prep.i and prep.i >= span.start - 1:
        prep = prep.head
    verb = prep.head
    return prep.dep_ == "prep" and prep.i < span.start and verb.pos_ in ("VERB", "AUX") and verb.i >= span.end \
        and _verb_above(doc[earlier.root]).i != verb.i


CLAUSE_CHECKS = {"date_opens_the_next_clause": _opens_a_clause}


def date_list(ref: TimeRef, refs: list[TimeRef], text: str, paired: bool = True, doc: Doc | None = None) -> list[TimeRef]:
    """The calendar dates listed with ``ref`` ("in 1974, 1983 and 1996"), ``ref`` first, in text
    order: each names a happening of its own, as "X protested in 1974, 1983 and 1996" tells three
    protests. Only ``ref`` when it stands alone. A date that opens the next clause ("... on 2 May,
    and on 9 May Y replied": ``CLAUSE_CHECKS["date_opens_the_next_clause"]``) ends the list."""
    if ref.relative:  # "on the 21st, and three days later ...": a story moving on, no list
        return [ref]
    listed = [r for r in refs if r.calendar and not r.relative and not (r.start < ref.end and ref.start < r.end)
              or r is ref]
    listed.sort(key=lambda r: r.start)
    k = listed.index(ref)
    lo = hi = k

    def item(a: TimeRef, b: TimeRef) -> bool:
        return _list_gap(text, a.end, b.start, b.end, paired) and not CLAUSE_CHECKS["date_opens_the_next_clause"](doc, a, b)

    while lo > 0 and item(listed[lo - 1], listed[lo]):
        lo -= 1
    while hi + 1 < len(listed) and item(listed[hi], listed[hi + 1]):
        hi += 1
    run = listed[lo : hi + 1]
    if len(run) < 2 or not re.search(r"\band\b|&", text[run[-2].end : run[-1].start]):
        return [ref]  # "on 3 May, 1982" or "14 May, 20 May" headings: no list closed by "and"
    def joined(a: TimeRef, b: TimeRef) -> bool:  # days in a row with nothing named between
        return _next_day(a, b) and bool(DATE_LIST_GAP.fullmatch(text, a.end, b.start))
    if all(joined(a, b) for a, b in pairwise(run)):
        return [ref]  # "met on 14 and 15 February": one happening over days in a row
    # days in a row within the list are one item ("on 27 and 28 August, in Harare on 23 and 24
    # September"): a happening from the first day to the last; not when each has its own party
    # or place ("by Ruritania on 15 August and Borduria on 16 August")
    groups: list[list[TimeRef]] = []
    for r in run:
        if groups and joined(groups[-1][-1], r):
            groups[-1].append(r)
        else:
            groups.append([r])
    items = [g[0] if len(g) == 1 else replace(g[0], value_end=g[-1].value, latest=g[-1].latest) for g in groups]
    mine = next(i for i, g in enumerate(groups) if any(r is ref for r in g))
    return [items[mine]] + [it for i, it in enumerate(items) if i != mine]


def _next_day(a: TimeRef, b: TimeRef) -> bool:
    """``b`` is the day after ``a`` ("14 and 15 February")."""
    return a.precision == b.precision == "day" and bool(a.earliest and b.earliest) and (
        date.fromisoformat(a.earliest).toordinal() + 1 == date.fromisoformat(b.earliest).toordinal())


def _verb_between(doc: Doc | None, trigger: tuple[int, int], end: int) -> bool:
    """A verb other than the trigger's own predicate (a verb governing it: "talks were *held* in
    Lima in March") stands between the trigger and character ``end``: another predicate."""
    if doc is None or end <= trigger[1]:
        return False
    span = doc.char_span(trigger[1], end, alignment_mode="expand")
    own = doc.char_span(trigger[0], trigger[1], alignment_mode="expand")
    governing = {t.i for t in own.root.ancestors} if own is not None else set()
    return span is not None and any(t.pos_ == "VERB" and t.i not in governing for t in span)


def one_per_listed_date(events: list, refs: list[TimeRef], text: str, doc: Doc | None = None) -> list:
    """Each event dated by one date of a list (see :func:`date_list`) once for every date listed:
    the copies differ only in their date. A list pairing names with dates is the event's only when
    no other predicate stands between its trigger and the list ("backed X, then turned to Y, a
    movement that took A in 1994 and B in 1996": the list is the taking's)."""
    out = []
    for e in events:
        out.append(e)
        if e.date_source != "sentence" or not e.date_text:
            continue
        ref = next((r for r in refs if r.text == e.date_text and contract_date(r.value, r.value_end, r.mod)[0] == e.date), None)
        if ref is None:
            continue
        listed = date_list(ref, refs, text, doc=doc)
        if len(listed) > 1 and doc is not None and len(listed) != len(date_list(ref, refs, text, paired=False, doc=doc)) \
                and _verb_between(doc, (e.trigger_start, e.trigger_end), min(r.start for r in listed)):
            listed = date_list(ref, refs, text, paired=False, doc=doc)
        if listed[0] is not ref:  # ref is one day of a run of days ("on 27 and 28 August"): the run's span
            own = listed[0]
            value, value_end = contract_date(own.value, own.value_end, own.mod)
            out[-1] = replace(e, date=value, date_end=value_end, precision=own.precision,
                              earliest=own.earliest, latest=own.latest, date_text=own.text)
        for other in listed[1:]:
            value, value_end = contract_date(other.value, other.value_end, other.mod)
            out.append(replace(e, date=value, date_end=value_end, precision=other.precision,
                               earliest=other.earliest, latest=other.latest, date_text=other.text))
    return out


#: at most this many words make a line a caption or subheading rather than a sentence told
CAPTION_WORDS = 8


def caption_line(text: str, start: int, end: int) -> bool:
    """The sentence at ``start:end`` is a short line of its own with no closing punctuation (a
    photo caption, a subheading: "ARA Belgrano sinking", "The aftermath"): it tells nothing, so it
    does not count among the sentences a narrative date reaches over."""
    line = text[start:end].strip()
    line_start = text.rfind("\n", 0, start) + 1
    return bool(line) and "\n" not in line and not text[line_start:start].strip() \
        and (end >= len(text) or "\n" in text[start + len(text[start:end].rstrip()) : end + 1]) \
        and not line.endswith((".", "!", "?", ":", ";", '"', "\u201d")) and len(line.split()) <= CAPTION_WORDS


def present_anchor(refs: list[TimeRef], before: int, doc: Doc, sent_starts: list[int]) -> TimeRef | None:
    """The narrative date of a sentence in the bare present tense, read as a historical present:
    the anchor of its own paragraph; or, when the story itself is told in the present (the
    anchor's own sentence is: "Five days later, Turkey invades the north.\n\nThe Athens regime
    falls ..."), the anchor of the sentence just before, as for a past tense - pages that give
    every sentence a paragraph of its own tell history so."""
    text = doc_text(doc)
    ref = narrative_anchor(refs, before, text, sent_starts, window=0)
    if ref is not None:
        return ref
    ref = narrative_anchor(refs, before, text, sent_starts, window=1, relative_next=True)
    if ref is None or ref.root is None:
        return None
    root = doc[ref.root].sent.root
    return ref if root.tag_ in ("VBZ", "VBP") and not is_future(root) else None


#: how many sentences after its own a relative expression ("at this time") still sets the date
RELATIVE_REACH = 3

#: how many days before the date of writing a day told by a deictic ("on Monday", "yesterday") may
#: lie and still be the day the news is of
NEWS_DAYS = 7
#: the clause relations of a verb that tells the news in its own clause: the sentence's main verb,
#: one coordinated with it, or what someone said ("..., the ministry said")
NEWS_DEPS = frozenset({"ROOT", "conj", "ccomp"})


def news_day(verb: Token | None, refs: list[TimeRef], before: int, dct: str | None,
             sentence_has_time: bool) -> TimeRef | None:
    """``news_day``: a page whose date of writing is stated tells the news of a day it named by a
    deictic ("on Monday", "yesterday", "Last Friday", at most :data:`NEWS_DAYS` days before it); a
    clause told after it in the simple past ("The police closed two bridges over the river.",
    "After the talks the envoy flew home.", "X welcomed the decision"), with no time
    of its own in its sentence and no other calendar date told since, is news of that day, however
    many one-sentence paragraphs lie between (:func:`narrative_anchor` reaches one sentence back).
    That day is the deictic's when it names a day, else the date of writing. Not a pluperfect or
    a future, not a clause below another (a relative clause, a clause of time), not when the
    story has told a date of its own since ("The two fought a war in 1998.")."""
    if verb is None or not dct or _precision(dct) != "day" or sentence_has_time:
        return None
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in NEWS_DEPS or is_future(verb):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN" and not any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in auxes):
        return None  # "had closed", "has closed": a look back, or the present perfect's own reading
    if any(a.lower_ in ("had", "'d", "would", "could", "might", "should", "must") for a in auxes):
        return None
    if verb.dep_ == "ccomp" and verb.head.tag_ != "VBD":
        return None
    last = None
    for r in refs:
        if r.end > before:
            break
        if r.calendar:
            last = r
    if last is None or last.anchor != "dct" or last.guessed or last.precision not in ("day", "time", "week"):
        return None
    try:
        told, written = date.fromisoformat(last.earliest or ""), date.fromisoformat(dct)
    except ValueError:
        return None
    if not 0 <= (written - told).days <= NEWS_DAYS:
        return None
    if last.precision in ("day", "time"):
        value = last.value[:10]
    else:
        value = dct
    bounds = interval(value)
    if not bounds:
        return None
    return TimeRef(last.start, last.end, last.text, value, None, None, "day", bounds[0], bounds[1], last.root,
                   anchor="dct", anchor_value=dct)


def own_calendar_time(refs: list[TimeRef], start: int, sent_starts: list[int]) -> bool:
    """The sentence starting at ``start`` tells a calendar time in any of its clauses."""
    end = min((st for st in sent_starts if st > start), default=None)
    return any(r.calendar and r.start >= start and (end is None or r.start < end) for r in refs)


def narrative_anchor(refs: list[TimeRef], before: int, text: str = "",
                     sent_starts: list[int] | None = None, window: int = 1,
                     relative_next: bool = False) -> TimeRef | None:
    """The last calendar DATE expression ending before character ``before``, if it is in the
    same paragraph (no line break between) or within the ``window`` sentences before.

    The narrative moves on, so an anchor reaches less far when: an expression of another kind
    of time came between ("now", "these days"); it was resolved against a guessed document
    date; or it is a relative expression ("a year earlier", "at this time"), which holds only in
    its own paragraph and for the :data:`RELATIVE_REACH` sentences after its own.
    """
    last = None
    usable = []
    for r in refs:
        if r.end > before:
            break
        story = r.story and "\n" not in text[r.end : before]
        if r.calendar and (not r.attributive or story) and not r.prospective:
            # "during the 10 June election" dates the election; "expected in March" the future;
            # "The flood of 3 May 1998 drowned hundreds." sets the story's time (:func:`sets_the_story`)
            # for the rest of its paragraph only
            last = r
            usable.append(r)
    if last is not None and last.subordinate and last.story and sent_starts is not None \
            and own_calendar_time(refs, before, sent_starts):
        return None  # a clause's date moves the story only to a sentence that tells no time of its own
    if last is not None and last.subordinate and sent_starts is not None \
            and not (last.story and "\n" not in text[last.end : before]):
        # the sentence's own time is its main clause's: "Tito died in 1980 as ..., after the
        # oil crisis struck in 1979, ..." leaves the narrative in 1980
        start = max((st for st in sent_starts if st <= last.start), default=0)
        main = [r for r in usable if r.start >= start and not r.subordinate]
        if not main and not (last.told and "\n" not in text[last.end : before]):
            # "was taken there after being captured in 2001": a look back, no narrative time; a
            # told clause's date (:func:`tells_the_story`) holds for the rest of its paragraph only
            return None
        if main:
            last = main[-1]
    if last is None or last.guessed or last.flashback:
        return None
    if any(last.end <= r.start and r.end <= before and not r.calendar for r in refs):
        return None  # the narrative has moved on to another time since ("now", "these days")
    if not text:
        return None if last.relative else last
    same_paragraph = "\n" not in text[last.end : before]
    between = None if sent_starts is None else sum(
        1 for k, s in enumerate(sent_starts) if last.end <= s < before
        and not caption_line(text, s, sent_starts[k + 1] if k + 1 < len(sent_starts) else len(text)))
    if last.relative:
        if relative_next and between is not None and between <= window:
            return last  # the sentence right after it, across a paragraph break (a historical present)
        return last if same_paragraph and between is not None and between < RELATIVE_REACH else None
    if same_paragraph:
        return last
    if between is not None and between <= window:
        return last
    return None
