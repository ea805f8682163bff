"""Ethnic groups: a nation's demonym that names people living somewhere, not the nation's state.

"The Hungarian minority in Slovakia", "ethnic Greeks from Turkey", "Slovaks living in Hungary",
"the Romanians of Transylvania" name a group of people; the resolver first reads the demonym as
its state (HUN, GRC, SVK, ROU), which makes the group that state's government in the events
stage. The codebook codes such a group by the state it lives in, as civilians (Phoenix.agents:
ETHNIC_MINORITY [~CVL]), with the ethnicity as extra information. Public API:
:func:`ethnic_groups`, called by :class:`chronica.actors.resolve.Resolver` after the generic
agents are found.

The signals (words in ``data/ethnic_groups.tsv``; tests in ``tests/test_actors_groups44.py``):

1. **group noun** - the demonym modifies a noun of kind ``head`` ("the Danish minority", "the
   Turkish Cypriot minority", "Uganda's Asian minority"), or is the object of its "of" ("the
   minority of Turkish Cypriots");
2. **ethnic** - a ``modifier`` word before the demonym or its noun ("ethnic Hungarians",
   "ethnic Albanian civilians");
3. **residence** - a plural demonym with a place of its own: "of" a place ("the Greeks of
   Istanbul", "the Romanians of Transylvania"), or a ``reside`` verb or adjective with "in" a place
   ("Eritreans resident in Ethiopia", "Slovaks living in Hungary", "Afghans were living in
   Pakistan").

The group's state is the state of the place it lives in when the knowledge base knows it (a
state, or a capital at the date) and it is not the demonym's own; else no state: the mention is
the group alone ("Danish minority", resolved False, sector CVL). A residence in the demonym's own
state ("Hungarians in Hungary") changes nothing.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from chronica.actors.kb import STATE_KINDS, KnowledgeBase
from chronica.actors.mention import ActorMention

#: the CAMEO sector of an ethnic group (Phoenix.agents: ETHNIC_GROUP, ETHNIC_MINORITY [~CVL])
GROUP_SECTOR = "CVL"
#: prepositions that give where a group lives: "of" alone ("the Poles of Vilnius"); "in" and
#: "from" only with another signal ("the Greek minority in Albania", "ethnic Greeks from Turkey"),
#: since "the Americans in Vietnam" may be troops
_RESIDENCE_PREPS = ("of",)
_ORIGIN_PREPS = ("of", "in", "from")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_KINDS = STATE_KINDS | {"government_seat", "place"}


def ethnic_groups(doc: Doc, mentions: list[ActorMention], kb: KnowledgeBase,
                  date: str | None) -> list[ActorMention]:
    """``mentions`` with each demonym that names an ethnic group (rules of the module docstring)
    replaced by a group mention: the residence state's civilians, or the group alone."""
    if not kb.group_words:
        return mentions
    at: dict[int, ActorMention] = {}
    spans: dict[int, Span] = {}
    for k, m in enumerate(mentions):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        spans[k] = span
        for i in range(span.start, span.end):
            at.setdefault(i, m)
    out: list[ActorMention] = []
    made: list[ActorMention] = []
    for k in sorted(range(len(mentions)), key=lambda k: mentions[k].start):
        m, span = mentions[k], spans.get(k)
        if any(g.start <= m.start and m.end <= g.end for g in made):
            continue  # "Cypriot" in "the Turkish Cypriot minority": part of the group made
        kin = _kin_state(m, kb, date)
        group = _group(doc, span, m, kin, at, kb, date) if span is not None and kin else None
        if group is not None:
            made.append(group)
        out.append(group or m)
    return out


def _kin_state(m: ActorMention, kb: KnowledgeBase, date: str | None) -> str | None:
    """The state a demonym mention names ("Hungarians" -> HUN), also inside an agent whose state
    came from a demonym ("ethnic Albanian civilians"); None for any other mention."""
    if not m.resolved or not m.actor_id:
        return None
    if m.kind in STATE_KINDS and m.via == "demonym":
        return m.country or kb.state_for(m.actor_id, date)
    if m.kind == "agent" and m.agent == GROUP_SECTOR and len(m.actor_ids) == 1:
        return m.actor_id
    return None


def _group(doc: Doc, span: Span, m: ActorMention, kin: str, at: dict[int, ActorMention],
           kb: KnowledgeBase, date: str | None) -> ActorMention | None:
    words = kb.group_words
    root = span.root
    noun = root
    while noun.dep_ in ("amod", "compound") and noun.head.i != noun.i and noun.head.i - noun.i <= 3:
        noun = noun.head  # "Turkish Cypriot minority": the noun the demonym modifies
    first, last = span.start, max(span.end - 1, noun.i)
    signal = None
    stacked = None  # "Turkish Cypriot minority": an outer demonym before a nearer one
    if noun.i != root.i:
        if any(i in at and at[i] is not m and at[i].kind in STATE_KINDS for i in range(span.end, noun.i + 1)):
            return None  # a nearer demonym decides ("Turkish Cypriot minority": "Cypriot")
        if any(doc[i].dep_ in ("cc", "conj") for i in range(span.end, noun.i)):
            return None  # "the Russian public and elite community": the nation's own people
        k = span.start - 2 if span.start > 1 and doc[span.start - 1].text == "-" else span.start - 1
        before = at.get(k) if k >= 0 else None
        if before is not None and before.kind in STATE_KINDS and before.via == "demonym":
            stacked, first = before, k
        elif len(span) > 1:
            stacked = m  # a demonym of two words ("Greek Cypriot") names the people of its state
        on_noun = at.get(noun.i)
        if stacked is not None and on_noun is not None and on_noun is not m and on_noun.actor_id == kin:
            return None  # "the Turkish Cypriot community": the agent on the noun has it already
    if noun.i != root.i and words.get(noun.lower_) == "head":
        signal = "head"
    elif root.dep_ == "pobj" and root.head.lower_ == "of" and words.get(root.head.head.lower_) == "head" \
            and root.head.head.i < root.i:
        signal, noun, first = "head", root.head.head, root.head.head.i  # "the minority of Turkish Cypriots"
    elif any(words.get(t.lower_) == "modifier" for t in (*_left_modifiers(noun), *_left_modifiers(root))) \
            or (span.start > 0 and words.get(doc[span.start - 1].lower_) == "modifier"):
        signal = "modifier"
        if span.start > 0 and words.get(doc[span.start - 1].lower_) == "modifier":
            first = span.start - 1
    if signal is None and noun.i != root.i and words.get(noun.lemma_.lower()) == "reside":
        place = _in_object(noun, at)  # "Eritreans resident in Ethiopia" parsed as a compound
    else:
        place = _residence(noun, at, words, _ORIGIN_PREPS if signal else _RESIDENCE_PREPS)
    if signal is None:
        if place is None or not _plural(root):
            return None
        signal = "reside"
    reside_word = place.head.head if place is not None else None
    if reside_word is not None and reside_word.i > last and reside_word.i in at:
        last = reside_word.i  # "Eritreans resident": an agent noun read in the reside word is the group's
    state = _place_state(place, at, kb, date) if place is not None else None
    if state is None and signal == "head":
        state = _owner_state(noun, at, kb, date)  # "Uganda's Asian minority"
    if state is None and stacked is not None:
        state = kin  # "the Turkish Cypriot minority": Cypriots, of Turkish descent
        return _make(doc[first:last + 1], kb, state, date)
    if stacked is not None and state == kin:
        return None
    if state == kin:
        return None  # "Hungarians in Hungary": the nation at home
    text_span = doc[first:last + 1]
    label = text_span.text
    if signal == "reside" and place is not None:
        label = f"{span.text} {place.head.lower_} {doc[place.left_edge.i:place.i + 1].text}"
    if state is None:
        return ActorMention(text_span.start_char, text_span.end_char, text_span.text, None, "agent", label,
                            False, None, "ethnic_group", None, "GROUP", actor_ids=(), agent=GROUP_SECTOR)
    return _make(text_span, kb, state, date, label)


def _make(text_span: Span, kb: KnowledgeBase, state: str, date: str | None,
          label: str | None = None) -> ActorMention:
    """The group living in ``state``: that state's civilians, named with the group's words."""
    base = kb.cameo_of(state, date)
    return ActorMention(text_span.start_char, text_span.end_char, text_span.text, state, "agent",
                        f"{kb.actors[state].name} ({label or text_span.text})", True, None, "ethnic_group",
                        kb.state_for(state, date), "GROUP", actor_ids=(state,), agent=GROUP_SECTOR,
                        cameo=(base + GROUP_SECTOR) if base else None)


def _left_modifiers(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound", "advmod")]


def _plural(tok: Token) -> bool:
    """A plural noun ("Chadians" tagged NNP as well): not "Swiss", which names one as well as many."""
    return tok.tag_ in ("NNS", "NNPS") or (tok.text.endswith("s") and not tok.text.endswith("ss"))


def _residence(noun: Token, at: dict[int, ActorMention], words: dict[str, str],
               preps: tuple[str, ...]) -> Token | None:
    """The place a group lives in: the object of its own "of"/"in" ("the Greeks of Istanbul"),
    of a reside word after it ("Slovaks living in Hungary", "Eritreans resident in Ethiopia"), or
    of the reside verb it is the subject of ("Afghans were living in Pakistan")."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in preps and c.i > noun.i:
            obj = _place_object(c, at)
            if obj is not None:
                return obj
        if c.dep_ != "prep" and c.i > noun.i and words.get(c.lemma_.lower()) == "reside":
            obj = _in_object(c, at)
            if obj is not None:
                return obj
    if noun.dep_ in ("nsubj", "nsubjpass") and words.get(noun.head.lemma_.lower()) == "reside":
        return _in_object(noun.head, at)
    return None


def _in_object(verb: Token, at: dict[int, ActorMention]) -> Token | None:
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            return _place_object(c, at)
    return None


def _place_object(prep: Token, at: dict[int, ActorMention]) -> Token | None:
    """The object of ``prep`` when it names a place: a place mention of the knowledge base or
    an entity spaCy calls a place ("Transylvania"); "of Haitian descent" is none."""
    for c in prep.children:
        if c.dep_ != "pobj":
            continue
        m = at.get(c.i)
        if (m is not None and m.kind in _PLACE_KINDS) or c.ent_type_ in _PLACE_LABELS \
                or (m is None and c.pos_ == "PROPN" and not c.ent_type_):
            return c
    return None


def _place_state(tok: Token, at: dict[int, ActorMention], kb: KnowledgeBase, date: str | None) -> str | None:
    m = at.get(tok.i)
    if m is None or not m.resolved or not m.actor_id or m.kind not in STATE_KINDS | {"government_seat"}:
        return None
    if m.kind in STATE_KINDS and m.via == "demonym":
        return None  # "of Haitian descent"
    return kb.state_for(m.actor_id, date)


def _owner_state(noun: Token, at: dict[int, ActorMention], kb: KnowledgeBase, date: str | None) -> str | None:
    for c in noun.children:
        if c.dep_ == "poss":
            return _place_state(c, at, kb, date)
    return None
