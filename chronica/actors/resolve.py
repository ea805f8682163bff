"""Actor resolution over a parsed spaCy ``Doc``: which spans name which actors.

This module owns the rules; :mod:`chronica.actors.component` only wraps them as the
``chronica_actors`` pipeline component. Candidates come from spaCy's entities (GPE, NORP, ORG,
PERSON, LOC, FAC) and from one PhraseMatcher over every knowledge-base name, built once per
vocabulary. The rules, in order:

1. knowledge-base names and spelling variants ("Kim Il Sung", "U.S.S.R.", "Red Army");
   demonyms become their state ("Soviet" -> SUN); capitals and buildings become seats whose state
   depends on the date ("Moscow" -> SUN before 1991-12-26, RUS after);
2. a state followed by an agent noun becomes that state's agent ("Soviet forces" -> SUN/military,
   "the North Korean government" -> PRK/government);
3. titles before a name and appositions after it give a role and a country ("Russian President
   Vladimir Putin", "Jane Roe, Canada's trade minister"); a title without a name is kept as a
   person mention with that role ("the North Korean foreign minister");
   the short name of a Phoenix official ("Hastings Banda") is that official in a document that
   names the official's state (``short_name_of_an_official``);
4. a surname or short form is resolved to a person named earlier in the document when exactly one
   fits, or when only one of several was named in the last few sentences; otherwise unresolved;
5. a place in a dateline ("MOSCOW, March 3 (Reuters) -") is no mention (``dateline``);
6. optionally, "he"/"she" as the subject of a sentence right after one whose subject was the only
   person mentioned.
Everything else spaCy names is kept with ``resolved=False``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable

import numpy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from chronica.actors import agents, groups
from chronica.actors.dateline import dateline_spans
from chronica.actors.kb import STATE_KINDS, Actor, KnowledgeBase, fold, load_kb, strip_accents
from chronica.actors.mention import ActorMention
from chronica.nlp import doc_text

NER_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
#: How many lowercase modifiers of a title may stand between it and the state named before them
TITLE_MODIFIERS = 2
#: How many sentences back a surname may reach when several people share it.
SURNAME_WINDOW = 3
_INSTITUTION_HEADS = {
    "ministry": "government", "government": "government", "embassy": "government",
    "parliament": "government", "cabinet": "government", "police": "government",
    "army": "military", "navy": "military", "force": "military", "forces": "military",
    "military": "military", "command": "military", "guard": "military", "guards": "military",
}
#: a regnal number ends a monarch's name ("Carl XVI", "Tomas II") and is no surname of theirs
_REGNAL = re.compile(r"[IVX]+")
#: titles used with a given name, not a surname ("Sir Edward" for Sir Edward Heath)
GIVEN_NAME_TITLES = frozenset({"sir", "dame"})
_SKIP_WORDS = {"the", "a", "an", "'s", "’s", "of", "and"}
#: tokens that close a name set off in apposition ("the Canadian envoy, Jane Roe, said")
_APPOSITION_CLOSERS = frozenset({",", ".", ";", ":", ")", "—", "–", "!", "?"})
#: KB kinds of a body a state's name may be written into ("the Zambia African Union": ``_national_bodies``)
NATIONAL_BODY_KINDS = frozenset({"organisation", "party", "agency"})


@dataclass
class _Cand:
    """A token-level candidate before conflicts are settled."""

    start: int  # token index
    end: int
    actor_ids: tuple[str, ...]
    form: str
    label: str = ""
    name_start: int | None = None  # where the name begins when it is longer than the span (national_body)


class ActorMatcher:
    """The PhraseMatcher over every KB surface form, for one vocabulary (built once)."""

    def __init__(self, vocab: Vocab, kb: KnowledgeBase, make_doc) -> None:
        self.kb = kb
        self.lower = PhraseMatcher(vocab, attr="LOWER")
        self.orth = PhraseMatcher(vocab, attr="ORTH")
        self.forms: dict[int, tuple[str, tuple[str, ...], str, tuple[bool, ...]]] = {}
        variants: dict[str, tuple[set[str], str]] = {}
        for form in kb.iter_forms():
            for text in _variants(form.text):
                ids, kind = variants.setdefault(text, (set(), form.form))
                ids.update(form.actor_ids)
        lower_docs, orth_docs = [], []
        texts = list(variants)
        for text, doc in zip(texts, (make_doc(t) for t in texts)):
            ids, kind = variants[text]
            key = vocab.strings.add("ACT|" + text)
            caps = tuple(bool(t.text[:1].isupper()) for t in doc)
            self.forms[key] = (text, tuple(sorted(ids)), kind, caps)
            (orth_docs if _is_acronym(text) else lower_docs).append((key, doc))
        for key, doc in lower_docs:
            self.lower.add(vocab.strings[key], [doc])
        for key, doc in orth_docs:
            self.orth.add(vocab.strings[key], [doc])

    def __call__(self, doc: Doc) -> list[_Cand]:
        out = []
        for key, s, e in [*self.lower(doc), *self.orth(doc)]:
            text, ids, kind, caps = self.forms[key]
            toks = doc[s:e]
            if any(c and not t.text[:1].isupper() for c, t in zip(caps, toks)):
                continue
            if e + 1 < len(doc) and doc[e].text == "-" and doc[e + 1].is_lower \
                    and doc[e - 1].idx + len(doc[e - 1]) == doc[e].idx:
                continue  # "Kim Il" inside "Kim Il-sung" is not a name of its own
            out.append(_Cand(s, e, ids, kind))
        return out


def _variants(text: str) -> set[str]:
    """The spellings the matcher looks for: as written, without accents, hyphens as spaces.

    An alias written with "the" ("the States") keeps it: without it the word means too much.
    """
    out = {text, strip_accents(text)}
    out |= {t.replace("-", " ") for t in out if "-" in t}
    return {t for t in out if t.strip()}


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


_MATCHERS: dict[tuple[int, int], ActorMatcher] = {}


def get_matcher(nlp: Language, kb: KnowledgeBase | None = None) -> ActorMatcher:
    """The matcher for ``nlp``'s vocabulary, built on first use and cached."""
    kb = kb or load_kb()
    key = (id(nlp.vocab), id(kb))
    if key not in _MATCHERS:
        _MATCHERS[key] = ActorMatcher(nlp.vocab, kb, nlp.make_doc)
    return _MATCHERS[key]


class Resolver:
    """Applies the resolution rules to one document at a time."""

    def __init__(self, matcher: ActorMatcher, kb: KnowledgeBase, pronouns: bool = True,
                 known: frozenset[str] = frozenset()) -> None:
        self.matcher = matcher
        #: the lexicon by which a word is no misspelt agent noun (``agents.misspelt_agent``)
        self.known = known
        self.kb = kb
        self.pronouns = pronouns
        self._title_max = max(len(t.split()) for t in kb.titles)
        self._honorifics = {h.rstrip(".") for h in kb.honorifics}
        self._state_cache: dict[str, str | None] = {}

    # ------------------------------------------------------------------ entry point
    def __call__(self, doc: Doc, date: str | None = None) -> list[ActorMention]:
        defined_acronyms(doc)  # "the Boundary Commission (EEBC)": each later "EEBC" a name
        cands = self._settle(doc, self.matcher(doc))
        named_states = {c.actor_ids[0] for c in cands if c.form != "ner" and len(c.actor_ids) == 1
                        and getattr(self.kb.get(c.actor_ids[0]), "kind", None) in STATE_KINDS}
        cands, released = self._generic_bodies(doc, cands, named_states)
        place_words = _place_words(doc)
        mentions: list[ActorMention] = []
        people: list[tuple[int, ActorMention]] = []  # (sentence index, mention) of named people
        sent_of = _sentence_index(doc)
        taken = set()
        for c in cands:
            span = doc[c.start:c.end]
            m = self._mention(doc, c, span, date, people, sent_of)
            if m is not None and m.kind == "person" and c.form == "ner":
                m = self._short_name(m, span, named_states, date) or \
                    self._state_of_surname(m, span, named_states, place_words) or m
            if m is None:
                continue
            m, extra_end = self._extend_agent(doc, c, m, date)
            if m.kind == "person":
                role, country, via = self._role_from_context(doc, c.start, c.end, date)
                if role and not m.role:
                    m = replace(m, role=role, via=via if not m.resolved else m.via)
                if country:  # "the French president X": France, whatever the KB knows of X
                    m = replace(m, country=country)
                people.append((sent_of[c.start], m))
            mentions.append(m)
            taken.update(range(c.start, max(c.end, extra_end)))
        mentions.extend(self._bare_titles(doc, taken, date, mentions))
        # a dateline's place ("MOSCOW, March 3 (Reuters) -") is where the story was filed: no actor
        # of it, nor the context that gives an agent its country
        text = doc_text(doc)  # not doc.text for each mention: spaCy joins every token's text at each read
        datelines = dateline_spans(text)
        mentions = [m for m in mentions if not any(lo <= m.start and m.end <= hi for lo, hi in datelines)]
        # a state after "pro-" ("pro-Russian separatists") is the group's stance, not whose the group
        # is: no actor of it, nor the context that gives an agent its country ("anti-" stays: "anti-French
        # demonstrations" are against France, the events' recipient)
        mentions = [m for m in mentions if not _stance_prefixed(text, m)]
        if self.pronouns:
            mentions.extend(self._pronouns(doc, mentions, sent_of))
        # 7. pairs ("the two countries", "Franco-German") and 8. generic agents ("Iraqi exiles")
        pairs = agents.collectives(doc, mentions, self.kb, date)
        mentions = _replace_absorbed(mentions, pairs)
        generic = agents.generic_agents(doc, mentions, self.kb, date, pairs.tokens(doc), self.known, released)
        mentions = _replace_absorbed(mentions, generic)
        # 9. a demonym naming an ethnic group ("the Hungarian minority in Slovakia"): the group
        mentions = groups.ethnic_groups(doc, mentions, self.kb, date)
        # 10. "the Court", "the kingdom": the body or state named before with that head noun
        mentions = agents.described_before(doc, mentions, self.kb, date)
        # 11. "the Republic", "the new Islamic Republic": the one state named before of that formal name
        mentions = agents.state_epithets(doc, mentions, self.kb)
        agents.forget_bounds(doc)
        mentions = [self._codes(m, date) for m in mentions]
        mentions.sort(key=lambda m: (m.start, -m.end))
        return mentions

    def _codes(self, m: ActorMention, date: str | None) -> ActorMention:
        """Fill ``actor_ids``, ``agent`` and ``cameo`` of a mention the rules above made."""
        if m.actor_id is None and m.country and m.kind == "person" and m.via in ("title", "apposition"):
            # "the Turkish foreign minister": an official of that state
            return replace(m, cameo=m.cameo or (self.kb.cameo_of(m.country, date) or "") + "GOV")
        if m.actor_ids or not m.actor_id:
            return m
        agent = m.agent
        if agent is None and "/" in m.actor_id:
            agent = "MIL" if m.actor_id.endswith("/military") else "GOV"
        return replace(m, actor_ids=(m.actor_id,), agent=agent, cameo=m.cameo or self.kb.cameo_of(m.actor_id, date))

    # ------------------------------------------------------------------ candidates
    def _settle(self, doc: Doc, hits: list[_Cand]) -> list[_Cand]:
        """Settle overlaps between KB hits and spaCy entities into one span list."""
        hits.sort(key=lambda c: (-(c.end - c.start), c.start))
        chosen: list[_Cand] = []
        used: set[int] = set()
        for c in hits:
            if not used.intersection(range(c.start, c.end)):
                chosen.append(c)
                used.update(range(c.start, c.end))
        out: list[_Cand] = []
        inside: set[int] = set()
        for ent in doc.ents:
            if ent.label_ not in NER_LABELS or _looks_like_address(ent.text):
                continue
            # "Mr Blair" names the person Blair (whatever label spaCy gave it); the honorific is
            # no part of the name
            k = ent.start
            while k < ent.end - 1 and doc[k].lower_.rstrip(".") in self._honorifics:
                k += 1
            prev = agents.word_before(doc, ent.start)
            if k > ent.start or (prev is not None and prev.lower_.rstrip(".") in self._honorifics):
                ent = Span(doc, k, ent.end, label="PERSON")
            else:
                ent = self._titled_name(doc, ent)
            if len(ent) > 1 and ent[-1].text in ("'s", "’s", "'"):
                ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)  # "David Blunkett's"
            within = [c for c in chosen if c.start >= ent.start and c.end <= ent.end]
            crossing = [c for c in chosen if c.start < ent.end and c.end > ent.start and c not in within]
            if crossing:
                continue  # a KB name reaches over the entity's edge: trust the KB name
            covered = {i for c in within for i in range(c.start, c.end)}
            rest = [t for t in ent if t.i not in covered and t.text[:1].isupper()
                    and t.lower_ not in _SKIP_WORDS]
            if within and not rest:
                for c in within:
                    c.label = ent.label_
                continue
            inst = self._institution(ent, within) or self._national_agent(ent, within)
            if inst is not None:
                out.append(inst)
                inside.update(range(ent.start, ent.end))
                continue
            out.append(_Cand(ent.start, ent.end, (), "ner", ent.label_))
            inside.update(range(ent.start, ent.end))
        out.extend(c for c in chosen if not inside.intersection(range(c.start, c.end)))
        out = self._national_bodies(doc, out)
        for c in out:  # "the Warsaw Pact" is named by "Warsaw Pact"; the article is no part of it
            if c.end - c.start > 1 and doc[c.start].lower_ == "the":
                c.start += 1
        out.extend(self._missed_surnames(doc, out))
        out.sort(key=lambda c: c.start)
        return out

    def _generic_bodies(self, doc: Doc, cands: list[_Cand], named_states: set[str]) -> tuple[list[_Cand], frozenset[int]]:
        """Rule ``generic_body_of_its_state``: a knowledge-base name that is a bare agent noun of a
        sector acting for its state ("Congress", "the House of Representatives": Phoenix LEG nouns,
        aliases of one state's legislature) names that state's body only in a document that names
        the state, and only when no other state's name or demonym stands right before it ("the
        Ruritanian Congress"). Otherwise the words are the generic agent noun they are (the
        legislature of the state a modifier or the context names: ``agents.generic_agents``), not
        a foreign body. Returns the kept candidates and the tokens released to the agent rule."""
        keep: list[_Cand] = []
        released: set[int] = set()
        for c in cands:
            body = self.kb.get(c.actor_ids[0]) if len(c.actor_ids) == 1 and c.form != "ner" else None
            phrase = " ".join(t.lower_ for t in doc[c.start:c.end] if t.lower_ != "the")
            code = self.kb.agent_nouns.get(phrase, "").strip("~")
            sector = self.kb.sectors.get(code) if code else None
            if body is None or body.kind not in ("government", "agency", "armed_force") or not body.country \
                    or sector is None or not sector.state:
                keep.append(c)
                continue
            before = next((k for k in keep if k.end == c.start and len(k.actor_ids) == 1), None)
            other = before is not None and getattr(self.kb.get(before.actor_ids[0]), "kind", None) in STATE_KINDS \
                and before.actor_ids[0] != body.country
            if body.country in named_states and not other:
                keep.append(c)
                continue
            released.update(range(c.start, c.end))
        return keep, frozenset(released)

    def _national_bodies(self, doc: Doc, cands: list[_Cand]) -> list[_Cand]:
        """A state's name written into a body's name: that state's own body (``national_body``).

        "the Zambia African Union", "the Namibian Congress Party", "the Icelandic Red Cross": the KB knows
        "African Union", "Congress Party", "Red Cross" as an international body or another state's
        party, and the state named right before it, in the same name, says whose the body is. The
        body's words are a mention, unresolved, of that state (its ``country``) named by the whole name,
        not the shorter body; the state stays a mention of its own, as before.
        Only for a body's name of two words or more ("the Swedish EU presidency" stays the EU) that
        is not the state's own ("the Soviet Red Army" stays the Red Army), with the state as a
        modifier of the body's name (one entity of spaCy's, or a compound/amod of it).
        """
        cands = sorted(cands, key=lambda c: c.start)
        out: list[_Cand] = []
        i = 0
        while i < len(cands):
            a = cands[i]
            b = cands[i + 1] if i + 1 < len(cands) else None
            state = self._state_of_cand(a)
            if state and b is not None and b.start == a.end and b.end - b.start >= 2 \
                    and len(b.actor_ids) == 1 and b.form not in ("ner", "institution") \
                    and self._foreign_body(b.actor_ids[0], state) \
                    and _in_one_name(doc, a, b):
                out.append(a)  # the state stays a mention: the context that places an agent reads it
                out.append(_Cand(b.start, b.end, (state,), "national_body", "ORG", a.start))
                i += 2
                continue
            out.append(a)
            i += 1
        return out

    def _foreign_body(self, actor_id: str, state: str) -> bool:
        """Whether the KB actor is a body that is not ``state``'s own: an international one or
        another state's party (its CAMEO code or id names another state)."""
        actor = self.kb.get(actor_id)
        if actor is None or actor.kind not in NATIONAL_BODY_KINDS:
            return False
        home = self.kb.state_for(actor_id, None) or (self.kb.cameo_of(actor_id, None) or "")[:3] or None
        prefix = actor_id.split("-")[0] if "-" in actor_id else None
        own = {state, (self.kb.cameo_of(state, None) or "")[:3]}  # SUN writes USR in CAMEO
        return not own.intersection((home, prefix))

    def _missed_surnames(self, doc: Doc, cands: list[_Cand]) -> list[_Cand]:
        """Proper nouns spaCy did not tag that repeat the last word of a person named before."""
        first_seen: dict[str, int] = {}
        for c in cands:
            if (c.label == "PERSON" or c.form == "name") and c.end - c.start > 1 \
                    and not _REGNAL.fullmatch(doc[c.end - 1].text):  # "Tomas II": "II" is no surname
                first_seen.setdefault(doc[c.end - 1].text, c.end)
        if not first_seen:
            return []
        taken = {i for c in cands for i in range(c.start, c.end)}
        return [_Cand(i, i + 1, (), "ner", "PERSON") for i in _positions(doc, "ORTH", first_seen)
                if i not in taken and first_seen[doc[i].text] <= i and doc[i].pos_ == "PROPN"]

    def _institution(self, ent: Span, within: list[_Cand]) -> _Cand | None:
        """"the North Korean Foreign Ministry" -> the PRK government, "Chinese Navy" -> CHN military."""
        if ent.label_ != "ORG" or not within:
            return None
        what = _INSTITUTION_HEADS.get(ent[-1].lower_)
        states = [c for c in within if self._state_of_cand(c)]
        if what is None or len(states) != 1 or states[0].start != _first_content(ent):
            return None
        state = self._state_of_cand(states[0])
        return _Cand(ent.start, ent.end, (f"{state}/{what}",), "institution", ent.label_)

    def _national_agent(self, ent: Span, within: list[_Cand]) -> _Cand | None:
        """Rule ``national_agent_name``: a name the tagger reads as one organisation that is a
        state's name or demonym followed by one of the Phoenix agent nouns (``Phoenix.agents``) of a
        sector that acts for its state ("the Ruritanian Senate", "the Ruritanian Constitutional
        Court", "the Ruritanian National Assembly"): that state's agent of that sector, as the same
        words unnamed are ("the Ruritanian senate": ``agents.generic_agents``). Only when the words
        after the state are that agent phrase and nothing more (an armed group or a party whose
        name ends in an agent noun, "the Ruritanian Republican Army", stays a name)."""
        if ent.label_ != "ORG" or not within:
            return None
        states = [c for c in within if self._state_of_cand(c)]
        first = _first_content(ent)
        if len(states) != 1 or states[0].start != first or len(within) != 1 or states[0].end >= ent.end:
            return None
        words = [t for t in ent[states[0].end - ent.start:] if t.text not in ("'s", "’s")]
        if not words or not all(t.text[:1].isupper() for t in words):
            return None
        code = self.kb.agent_nouns.get(" ".join(t.lower_ for t in words), "").strip("~")
        sector = self.kb.sectors.get(code)
        if sector is None or not sector.state:
            return None
        return _Cand(ent.start, ent.end, (self._state_of_cand(states[0]),), "national_agent", ent.label_,
                     states[0].end)

    def _state_of_cand(self, c: _Cand) -> str | None:
        if c.form not in ("alias", "demonym"):
            return None
        states = [a for a in c.actor_ids if self.kb.actors[a].kind in STATE_KINDS]
        return states[0] if len(states) == 1 and len(c.actor_ids) == 1 else None

    # ------------------------------------------------------------------ mentions
    def _mention(self, doc: Doc, c: _Cand, span: Span, date: str | None,
                 people: list[tuple[int, ActorMention]], sent_of: list[int]) -> ActorMention | None:
        text = span.text
        if c.form == "national_body":  # "the Zambia African Union": Zambia's, no KB body
            name = doc[c.name_start:c.end].text
            return ActorMention(span.start_char, span.end_char, text, None, "organisation", name, False,
                                via="national_body", country=c.actor_ids[0], label=c.label)
        if c.form == "national_agent":  # "the Ruritanian Senate": Ruritania's legislature
            phrase = " ".join(t.lower_ for t in doc[c.name_start:c.end] if t.text not in ("'s", "’s"))
            code = self.kb.agent_nouns[phrase].strip("~")
            state = self.kb.state_for(c.actor_ids[0], date) or c.actor_ids[0]
            base = self.kb.cameo_of(state, date)
            return ActorMention(span.start_char, span.end_char, text, state, "agent", text, True, None,
                                "national_agent", state, c.label, actor_ids=(state,), agent=code,
                                cameo=base + code if base else None)
        if c.form == "institution":
            actor = self.kb.get(c.actor_ids[0])
            return self._make(span, actor, date, "demonym", c.label, name=text)
        if c.form == "ner":
            found = self.kb.lookup(text, date)
            if len(found) == 1:
                return self._make(span, found[0], date, _via("ner", text, found[0]), c.label)
            if c.label == "PERSON":
                return self._person_by_short_form(span, date, people, sent_of, c.label) or \
                    ActorMention(span.start_char, span.end_char, text, None, "person", text, False,
                                 label=c.label)
            if people and c.label in ("GPE", "ORG", "LOC"):
                # "In 1992, Gamsakhurdia was forced into exile" tagged as a place: the surname of a
                # person named before, when it resolves to exactly one
                short = self._person_by_short_form(span, date, people, sent_of, c.label)
                if short is not None and short.resolved:
                    return short
            kind = {"GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group"}.get(c.label, "organisation")
            return ActorMention(span.start_char, span.end_char, text, None, kind, text, False,
                                label=c.label)
        ids = c.actor_ids
        if len(ids) > 1:
            alive = [a for a in ids if self.kb.actors[a].alive(date)] if date else list(ids)
            ids = tuple(alive) if len(alive) == 1 else ids
        if len(ids) > 1:
            if c.form == "name" and people:
                m = self._person_by_short_form(span, date, people, sent_of, "PERSON", among=ids)
                if m is not None and m.resolved:
                    return m
            return ActorMention(span.start_char, span.end_char, text, None,
                                self.kb.actors[ids[0]].kind, text, False, label=c.label or "KB")
        actor = self.kb.actors[ids[0]]
        if actor.kind == "person" and not _full_name_match(text, actor):
            # a short form the KB knows ("Putin", "Lula"): a person of that name already in the
            # document comes first (and several such people leave it unresolved)
            m = self._person_by_short_form(span, date, people, sent_of, "PERSON")
            if m is not None:
                return m
            via = "surname" if fold(text) == fold(actor.surname or "") else "alias"
            return self._make(span, actor, date, via, c.label or "KB")
        return self._make(span, actor, date, _via(c.form, text, actor), c.label or "KB")

    def _make(self, span: Span, actor: Actor, date: str | None, via: str, label: str,
              name: str | None = None) -> ActorMention:
        other = self.kb.as_of(actor.id, span.text, date)  # "Russia" in 1950: the Soviet Union
        if other is not None and self.kb.get(other) is not None:
            actor = self.kb.get(other)
        role = None
        if actor.kind == "person":
            role = self.kb.role_at(actor.id, date)
        return ActorMention(span.start_char, span.end_char, span.text, actor.id, actor.kind,
                            name or actor.name, True, role, via,
                            self.kb.state_for(actor.id, date), label)

    def _person_by_short_form(self, span: Span, date: str | None,
                              people: list[tuple[int, ActorMention]], sent_of: list[int],
                              label: str, among: Iterable[str] | None = None) -> ActorMention | None:
        """A person named by a surname or short form, resolved against earlier mentions.

        None when no one named earlier fits; an unresolved mention when several do and none of
        them is the only one named in the last :data:`SURNAME_WINDOW` sentences.
        """
        key = fold(span.text)
        here = sent_of[span.start]
        # "Sir Edward", "Dame Judi": a knight is called by title and given name
        prev = agents.word_before(span.doc, span.start)
        given = prev is not None and prev.lower_.rstrip(".") in GIVEN_NAME_TITLES
        matches: dict[str, tuple[int, ActorMention]] = {}
        for sent, m in people:
            if _short_form_of(key, m, self.kb) or (
                    given and m.name and len(fold(m.name).split()) > 1 and fold(m.name).split()[0] == key):
                ident = m.actor_id or "~" + fold(m.name)
                if among is not None and m.actor_id not in among:
                    continue
                matches[ident] = (sent, m)  # keeps the most recent mention of each person
        pick: ActorMention | None = None
        if len(matches) == 1:
            pick = next(iter(matches.values()))[1]
        elif len(matches) > 1:
            recent = [m for s, m in matches.values() if here - s < SURNAME_WINDOW]
            if len(recent) == 1:
                pick = recent[0]
        if not matches:
            return None
        if pick is None:
            return ActorMention(span.start_char, span.end_char, span.text, None, "person",
                                span.text, False, label=label)
        via = "surname"
        if key == fold(pick.name):  # the same full name again
            via = "kb" if pick.resolved else "unresolved"
        role = pick.role
        if pick.actor_id:
            term = self.kb.term_at(pick.actor_id, date) if date else None
            role = self.kb.role_title(term) if term else pick.role
        return ActorMention(span.start_char, span.end_char, span.text, pick.actor_id, "person",
                            pick.name, pick.resolved, role, via, pick.country, label)

    def _short_name(self, m: ActorMention, span: Span, states: set[str], date: str | None) -> ActorMention | None:
        """Rule ``short_name_of_an_official``: a name the tagger calls a person that no actor
        answers to, which is the short name of one Phoenix official ("Hastings Banda" for
        HASTINGS KAMUZU BANDA, "Dawda Jawara" for SIR DAWDA JAWARA: ``KnowledgeBase.short_names``),
        is that official when the document names a state the official belongs to (home, office
        or dated code); elsewhere a common name stays unresolved ("David Jones")."""
        if m.resolved or m.actor_id is not None or len(span) < 2 or not states:
            return None
        aid = self.kb.short_names.get(fold(span.text.removesuffix("'s").removesuffix("’s")))
        actor = self.kb.get(aid) if aid else None
        if actor is None or not _person_states(self.kb, actor) & states:
            return None
        return self._make(span, actor, date, "short_name", m.label or "KB")

    def _state_of_surname(self, m: ActorMention, span: Span, states: set[str],
                          place_words: set[str]) -> ActorMention | None:
        """Rule ``surname_of_a_person_of_a_named_state``: a one-word name the tagger calls a person
        ("Qaddafi", "Déby") that no one named before in the document answers to, and that has no
        country of its own, belongs to the state of the knowledge base's people of that surname
        (its accents and spelling folded: Phoenix's and the leaders' surnames and one-word aliases)
        whose state the document names - their office, home or dated Phoenix code - when all of
        them that fit belong to one state. The mention takes that state and stays unresolved: two
        presidents may share a surname and a state ("Aquino"), and the state is what the event
        needs. Not a word the document also uses as a place ("in Goma"), nor when none fit or the
        fitting people belong to several states."""
        if m.resolved or m.country is not None or len(span) != 1 or span[0].pos_ != "PROPN" or not states:
            return None
        key = fold(span.text)
        if key in place_words or self.kb.lookup(span.text):
            return None
        fits = {s for a in _persons_by_surname(self.kb).get(key, ()) for s in _person_states(self.kb, a) & states}
        if len(fits) != 1:
            return None
        return replace(m, country=fits.pop(), via="surname_state" if m.via in (None, "unresolved") else m.via)

    # ------------------------------------------------------------------ agents and titles
    def _extend_agent(self, doc: Doc, c: _Cand, m: ActorMention,
                      date: str | None) -> tuple[ActorMention, int]:
        """"Soviet forces", "Russia's military", "the Chinese government" -> the state's agent."""
        if m.actor_id is None or m.kind not in STATE_KINDS:
            return m, c.end
        i = c.end
        if i < len(doc) and doc[i].text in ("'s", "’s"):
            i += 1
        phrase, j = self._title_at(doc, i, kinds=("force", "government"))
        if phrase is None or _modifies_later_noun(doc[j - 1], j, agents.body_heads(self.kb)):
            return m, c.end
        what = "military" if self.kb.titles[phrase][0] == "force" else "government"
        agent = self.kb.generic_agent(m.actor_id, what)
        span = doc[c.start:j]
        return (ActorMention(span.start_char, span.end_char, span.text, agent.id, agent.kind,
                             agent.name, True, None, "demonym",
                             self.kb.state_for(agent.id, date), m.label), j)

    def _title_at(self, doc: Doc, i: int, kinds: tuple[str, ...] = ("title",)) -> tuple[str | None, int]:
        """The longest title (or agent noun) phrase starting at token ``i``, and its end."""
        for n in range(self._title_max, 0, -1):
            if i + n > len(doc):
                continue
            phrase = " ".join(t.lower_ for t in doc[i:i + n]).replace(" - ", "-")
            entry = self.kb.titles.get(phrase)
            if entry and entry[0] in kinds:
                return phrase, i + n
        return None, i

    def _titled_name(self, doc: Doc, ent: Span) -> Span:
        """Rule ``title_inside_a_name``: an entity that begins with a person's title of
        ``titles.tsv`` ("King Tomas", "President Jane Roe", "Field Marshal Roe"), whatever label the
        tagger gave it, is the person named by the words after the title - the title then stands
        before the name, where the rules that read a role and its state look ("Ruritania's King
        Tomas": Ruritania). Only when one to four capitalised words follow it (a name, not "General
        Electric and Sons"), the name is no actor of the knowledge base other than a person, and the
        title is the entity's first word."""
        phrase, j = self._title_at(doc, ent.start)
        words = doc[j:ent.end]
        if phrase is None or not 1 <= len(words) <= 4 or \
                not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in words):
            return ent
        if any(a.kind != "person" for a in self.kb.lookup(words.text)):
            return ent
        return Span(doc, j, ent.end, label="PERSON")

    def _title_before(self, doc: Doc, start: int) -> tuple[str | None, int]:
        """The title phrase ending right before token ``start``, and where it starts."""
        for n in range(self._title_max, 0, -1):
            i = start - n
            if i < 0:
                continue
            phrase, j = self._title_at(doc, i)
            if phrase and j == start:
                return phrase, i
        return None, start

    def _state_ending_at(self, doc: Doc, end: int) -> str | None:
        """A state named by the tokens ending at ``end`` ("Russian", "Canada's"), if any."""
        if end > 0 and doc[end - 1].text in ("'s", "’s"):
            end -= 1
        for n in (3, 2, 1):
            if end - n < 0:
                continue
            found = [a for a in self.kb.lookup(doc[end - n:end].text) if a.kind in STATE_KINDS]
            if len(found) == 1 and doc[end - n].text[:1].isupper():
                return found[0].id
        return None

    def _state_over_modifiers(self, doc: Doc, i: int) -> str | None:
        """Rule ``title_state_over_its_modifiers``: the state named before a title's own lowercase
        modifiers - up to :data:`TITLE_MODIFIERS` adjectives or nouns the parse attaches inside the
        title's noun phrase ("the Peruvian opposition leader", "Slovenia's caretaker prime
        minister", "the Chinese vice foreign minister") - as the title's country."""
        j = i
        while i - j < TITLE_MODIFIERS and j > 0 and doc[j - 1].is_lower and doc[j - 1].pos_ in ("ADJ", "NOUN") \
                and doc[j - 1].dep_ in ("amod", "compound") and doc[j - 1].head.i >= i:
            j -= 1
        return self._state_ending_at(doc, j) if j < i else None

    def _role_text(self, phrase: str, country: str | None) -> str:
        title = " ".join(w if w in ("of",) else w[:1].upper() + w[1:] for w in phrase.split())
        if country and country in self.kb.actors:
            return f"{title} of {self.kb.actors[country].name}"
        return title

    def _role_from_context(self, doc: Doc, start: int, end: int,
                           date: str | None) -> tuple[str | None, str | None, str]:
        """A role from a title before the name or an apposition after it."""
        phrase, i = self._title_before(doc, start)
        if phrase:
            country = self._state_ending_at(doc, i) or self._state_over_modifiers(doc, i)
            if country is None and end + 1 < len(doc) and doc[end].lower_ == "of":
                # rule ``title_name_of_state``: "President Jane Roe of Canada"
                country = self._state_starting_at(doc, end + 1)
            return self._role_text(phrase, country), country and self.kb.state_for(country, date), "title"
        # rule ``name_in_apposition_to_a_title``: "Canada's trade minister, Jane Roe," / "the Canadian
        # envoy, Jane Roe." - the name set off after the title's noun phrase is the holder
        phrase, i = self._title_before(doc, start - 1) if start > 1 and doc[start - 1].text == "," else (None, start)
        if phrase and (end == len(doc) or doc[end].text in _APPOSITION_CLOSERS or doc[end].is_sent_start):
            country = self._state_ending_at(doc, i) or self._state_over_modifiers(doc, i)
            return self._role_text(phrase, country), country and self.kb.state_for(country, date), "apposition"
        # apposition: "Jane Roe, Canada's trade minister" / "Jane Roe, the trade minister of Canada"
        if end < len(doc) and doc[end].text == ",":
            j = end + 1
            while j < len(doc) and doc[j].lower_ in ("the", "a", "an", "then"):
                j += 1
            country = None
            for n in (3, 2, 1):
                k = j + n
                if k < len(doc) and doc[k].text in ("'s", "’s"):
                    k += 1
                if any(t.pos_ in ("VERB", "AUX") for t in doc[j:min(k, len(doc))]):
                    continue  # "Jane Roe, met the Peruvian envoy": a clause, no apposition
                cand = self._state_ending_at(doc, k) if k <= len(doc) else None
                if cand and self._title_at(doc, k)[0]:
                    country, j = cand, k
                    break
            phrase, k = self._title_at(doc, j)
            if phrase:
                if country is None and k + 1 < len(doc) and doc[k].lower_ == "of":
                    country = self._state_starting_at(doc, k + 1)
                return self._role_text(phrase, country), country and self.kb.state_for(country, date), "apposition"
        return None, None, ""

    def _state_starting_at(self, doc: Doc, i: int) -> str | None:
        for n in (3, 2, 1):
            if i + n > len(doc):
                continue
            found = [a for a in self.kb.lookup(doc[i:i + n].text) if a.kind in STATE_KINDS]
            if len(found) == 1:
                return found[0].id
        return None

    def _state_named(self, text: str) -> str | None:
        """The one state ``text`` names, or None (cached: the same words recur in a corpus)."""
        if text not in self._state_cache:
            found = [a for a in self.kb.lookup(text) if a.kind in STATE_KINDS]
            self._state_cache[text] = found[0].id if len(found) == 1 else None
        return self._state_cache[text]

    def _bare_titles(self, doc: Doc, taken: set[int], date: str | None,
                     named: Iterable[ActorMention] = ()) -> list[ActorMention]:
        """"the North Korean foreign minister": a person mention with a role but no name. A head
        of state or government is the person a name in apposition gives ("the Algerian president,
        Houari Boumediene"), else the one holder of the office at the date the sentence speaks of."""
        out = []
        people = {m.start: m for m in named if m.kind == "person" and m.resolved and m.actor_id}
        for i in _positions(doc, "LOWER", ("the",)):
            tok = doc[i]
            # a country name or adjective starts with a capital: most "the"s are done here (the
            # issue 13 profile found a KB lookup after every "the" to be 40 % of this stage)
            if tok.i in taken or tok.i + 1 >= len(doc) or not doc[tok.i + 1].text[:1].isupper():
                continue
            country_end = None
            for n in (3, 2, 1):
                if tok.i + 1 + n <= len(doc):
                    state = self._state_named(doc[tok.i + 1:tok.i + 1 + n].text)
                    if state is not None:
                        country_end = (state, tok.i + 1 + n)
                        break
            if country_end is None:
                continue
            state, i = country_end
            phrase, j = self._title_at(doc, i)
            if phrase is None or self.kb.titles[phrase][0] != "title":
                continue
            if j < len(doc) and (doc[j].ent_type_ == "PERSON" or doc[j].text[:1].isupper()):
                continue  # a name follows: handled as a titled person
            span = doc[tok.i:j]
            role = self._role_text(phrase, state)
            actor_id, name, resolved = None, span.text, False
            entry_role = self.kb.titles[phrase][1]
            appos = people.get(doc[j + 1].idx) if j + 1 < len(doc) and doc[j].text == "," else None
            if appos is not None:  # "the British Prime Minister, Margaret Thatcher": the name says who
                actor_id, name, resolved = appos.actor_id, appos.name, True
            elif entry_role in ("head_of_state", "head_of_government"):
                # the holder at the date the sentence speaks of (its time expressions, else the
                # narrative date of its paragraph), else at the document's date when it is certain
                # (published, not inferred); two holders in that interval (the office changed
                # hands) or no date: none, the state stays
                lo = doc_text(doc).rfind("\n\n", 0, tok.idx)
                day = agents.certain_date(doc, date)
                when = agents.date_at(doc, tok.idx, lo + 2 if lo >= 0 else 0) or ((day, day) if day else None)
                holders = [] if when is None else list(dict.fromkeys(
                    a for a, t in self.kb.leaders_during(state, *when)
                    if t.role == entry_role and t.title.lower() == phrase))
                if len(holders) == 1:
                    actor_id, name, resolved = holders[0].id, holders[0].name, True
            out.append(ActorMention(span.start_char, span.end_char, span.text, actor_id, "person",
                                    name, resolved, role, "title", self.kb.state_for(state, date),
                                    "TITLE"))
            taken.update(range(tok.i, j))
        return out

    def _pronouns(self, doc: Doc, mentions: list[ActorMention],
                  sent_of: list[int]) -> list[ActorMention]:
        """He/she as a sentence subject -> the previous sentence's only person, if its subject."""
        pronouns = _positions(doc, "LOWER", ("he", "she"))
        if not pronouns:
            return []
        starts = doc.to_array("IDX")
        by_sent: dict[int, list[ActorMention]] = {}
        for m in mentions:
            by_sent.setdefault(sent_of[int(numpy.searchsorted(starts, m.start, side="right")) - 1],
                               []).append(m)
        out = []
        for i in pronouns:
            tok = doc[i]
            if tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            prev = [m for m in by_sent.get(sent_of[tok.i] - 1, []) if m.kind == "person" and m.name]
            names = {m.actor_id or m.name for m in prev}
            if len(names) != 1 or sent_of[tok.i] == 0:
                continue
            m = prev[-1]
            subj = any(t.dep_ in ("nsubj", "nsubjpass")
                       for t in doc.char_span(m.start, m.end, alignment_mode="expand") or [])
            own = [x for x in by_sent.get(sent_of[tok.i], []) if x.kind == "person" and x.start < tok.idx]
            if not subj or own:
                continue
            out.append(ActorMention(tok.idx, tok.idx + len(tok), tok.text, m.actor_id, "person",
                                    m.name, m.resolved, m.role, "pronoun", m.country, "PRON"))
        return out


def names_after_dates(doc: Doc) -> None:
    """Give back the names the tagger swallowed into a date ("In June Putin visited Pyongyang":
    DATE "June Putin"): the proper nouns at the end of a DATE entity that no time expression of
    the time stage covers leave the date and become a PERSON entity of their own, so that every
    later stage sees a name, not a date. Reads ``doc._.timexes``; writes ``doc.ents``."""
    timexes = [(t.start, t.end) for t in (doc._.timexes if doc.has_extension("timexes") else None) or ()]
    if not timexes:
        return

    def timed(tok) -> bool:  # noqa: ANN001 - a spaCy Token
        return any(a < tok.idx + len(tok) and tok.idx < b for a, b in timexes)

    ents, changed = [], False
    for ent in doc.ents:
        k = ent.end
        if ent.label_ == "DATE":
            while k > ent.start and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper() and not timed(doc[k - 1]):
                k -= 1
        if ent.label_ == "DATE" and ent.start < k < ent.end and timed(doc[k - 1]):
            ents += [Span(doc, ent.start, k, label="DATE"), Span(doc, k, ent.end, label="PERSON")]
            changed = True
        else:
            ents.append(ent)
    if changed:
        doc.ents = ents


#: lower-case words of a name that give no letter to its acronym ("Congress for the Defence")
ACRONYM_SKIP = frozenset({"of", "for", "the", "and", "de", "du", "des", "la", "le", "les", "el", "del", "on", "in", "to"})


def _acronym_of(doc: Doc, open_paren: int, letters: str) -> bool:
    """The words before the parenthesis at ``open_paren`` spell ``letters``: the initials of its
    capitalised words (each part of a hyphenated one: "Eritrea-Ethiopia" gives E, E), the linking
    words skipped, are the acronym's letters in any order (a name's acronym in its own language:
    "National Congress for the Defence of the People (CNDP)")."""
    initials: list[str] = []
    k = open_paren - 1
    while k >= 0 and len(initials) < len(letters):
        tok = doc[k]
        if tok.is_punct and tok.text == "-":
            k -= 1
            continue
        if tok.lower_ in ACRONYM_SKIP and initials:
            k -= 1
            continue
        if not tok.text[:1].isupper() or not tok.is_alpha:
            break
        initials.append(tok.text[0])
        k -= 1
    return len(initials) == len(letters) and sorted(initials) == sorted(letters)


def defined_acronyms(doc: Doc) -> None:
    """An acronym the text defines ("the Eritrea-Ethiopia Boundary Commission (EEBC)": capitalised
    words whose initials are its letters, then the acronym in parentheses) names an organisation
    wherever the document writes it: each use the tagger left outside any entity becomes an ORG
    entity, so the dictionaries' not knowing it leaves it a named actor ("the EEBC declared the
    boundary demarcated"); the definition itself is left to the name before it ("units of the
    Indian Peace Keeping Force (IPKF)" stay Indian). Writes ``doc.ents``."""
    defined: set[str] = set()
    at: set[int] = set()  # the definitions themselves: the name before each is the mention there
    for tok in doc[1:len(doc) - 1]:
        if doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")" and 2 <= len(tok.text) <= 8 \
                and tok.text.isalpha() and tok.text.isupper() and _acronym_of(doc, tok.i - 1, tok.text):
            defined.add(tok.text)
            at.add(tok.i)
    if not defined:
        return
    ents = list(doc.ents)
    inside = {i for e in ents for i in range(e.start, e.end)} | at
    new = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text in defined and t.i not in inside]
    if new:
        doc.ents = sorted(ents + new, key=lambda e: e.start)


#: "pro-" right before a name: a stance toward that state ("pro-Indonesian parties")
_STANCE_PREFIX = re.compile(r"\bpro[-\u2010\u2011]$", re.IGNORECASE)


def _stance_prefixed(text: str, m: ActorMention) -> bool:
    """A state, or the seat of its government, named right after "pro-"."""
    before = text[max(0, m.start - 5):m.start]
    return m.kind in STATE_KINDS | {"government_seat"} and bool(_STANCE_PREFIX.search(before))


def _replace_absorbed(mentions: list[ActorMention], found: agents.Found) -> list[ActorMention]:
    """``mentions`` without those a new mention absorbed ("German" in "Franco-German"), plus the new."""
    gone = {id(m) for m in found.absorbed}
    return [m for m in mentions if id(m) not in gone] + found.mentions


@lru_cache(maxsize=4)
def _persons_by_surname(kb: KnowledgeBase) -> dict[str, tuple[Actor, ...]]:
    """The knowledge base's people by their folded surname and one-word aliases."""
    out: dict[str, list[Actor]] = {}
    for actor in kb.actors.values():
        if actor.kind != "person":
            continue
        forms = {fold(actor.surname or actor.name.split()[-1])}
        forms |= {fold(a) for a in actor.aliases if len(a.split()) == 1}
        for form in forms:
            out.setdefault(form, []).append(actor)
    return {k: tuple(v) for k, v in out.items()}


def _person_states(kb: KnowledgeBase, actor: Actor) -> set[str]:
    """The states a person of the knowledge base belongs to: home, offices, dated Phoenix codes."""
    states = {actor.country} | {t.country for t in actor.terms}
    states |= {kb.split_code(c.code)[0] for c in actor.codes}
    return {s for s in states if s is not None}


#: entity labels of places: a name the tagger calls a place anywhere in the document is no surname
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _place_words(doc: Doc) -> set[str]:
    """Folded proper nouns the document uses as places: after a preposition of place ("in Goma",
    "near Adré") or tagged as a place by the entity recogniser anywhere."""
    out = {fold(t.text) for t in doc if t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in agents.PLACE_PREPS}
    return out | {fold(e.text) for e in doc.ents if e.label_ in PLACE_LABELS}


def _positions(doc: Doc, attr: str, words: Iterable[str]) -> list[int]:
    """Token indices whose ``attr`` (ORTH, LOWER) is one of ``words``, found without a Python
    loop over the tokens."""
    ids = [doc.vocab.strings[w] for w in words if w in doc.vocab.strings]
    if not ids or not len(doc):
        return []
    return numpy.flatnonzero(numpy.isin(doc.to_array(attr), ids)).tolist()


def _sentence_index(doc: Doc) -> list[int]:
    out = [0] * len(doc)
    if doc.has_annotation("SENT_START"):
        for n, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                out[i] = n
    return out


def _via(form: str, text: str, actor: Actor) -> str:
    """How a KB name resolved: "seat", "demonym", "kb" (the canonical name) or "alias"."""
    if actor.kind == "government_seat":
        return "seat"
    if form == "demonym":
        return "demonym"
    return "kb" if fold(text) == fold(actor.name) else "alias"


def _looks_like_address(text: str) -> bool:
    """spaCy sometimes tags a URL or e-mail address as a name."""
    return "http" in text or "www." in text or "@" in text or "/" in text


def _modifies_later_noun(word: Token, end: int, heads: frozenset[str]) -> bool:
    """True when the force or government word ending a possessed phrase only modifies a person or
    body noun after it (one of ``heads``, the agents dictionary's head nouns): "Pakistan's army chief",
    "Kenya's government spokesman" name a person of that state, whose noun the agent mention must
    reach; "Pakistan's army" alone, and "the Serbian military deployment" (no person or body), are
    the state's armed forces."""
    head = word.head
    return word.dep_ in ("compound", "amod", "nmod") and head.i >= end and head.pos_ == "NOUN" \
        and bool({head.lower_, head.lemma_.lower()} & heads)


def _in_one_name(doc: Doc, a: _Cand, b: _Cand) -> bool:
    """Whether candidate ``a`` (a state) is part of the name that ``b`` ends: both in one entity of
    spaCy's, or ``a``'s last word a compound or adjective of a word of ``b``."""
    if any(e.start <= a.start and b.end <= e.end for e in doc.ents):
        return True
    last = doc[a.end - 1]
    return last.dep_ in ("compound", "amod") and b.start <= last.head.i < b.end


def _first_content(ent: Span) -> int:
    for t in ent:
        if t.lower_ not in _SKIP_WORDS:
            return t.i
    return ent.start


def _full_name_match(text: str, actor: Actor) -> bool:
    return len(fold(text).split()) > 1 or fold(text) == fold(actor.name)


def _short_form_of(key: str, m: ActorMention, kb: KnowledgeBase) -> bool:
    """True when ``key`` (folded) is a short form of the person named in mention ``m``."""
    if not m.name or key == fold(m.name):
        return bool(m.name)
    words = fold(m.name).split()
    if m.actor_id and m.actor_id in kb.actors:
        actor = kb.actors[m.actor_id]
        forms = {fold(actor.surname or "")} | {fold(a) for a in actor.aliases if len(a.split()) == 1}
        if key in forms:
            return True
    return len(words) > 1 and key == words[-1]


@lru_cache(maxsize=4)
def model_lexicon(nlp: Language) -> frozenset[str]:
    """The English words the model's lemmatizer knows (its WordNet ``lemma_index``, every part of
    speech): what a misspelt agent noun is not. Empty when the pipeline has no such table."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(w for words in lookups.get_table("lemma_index").values() for w in words)


def resolve_mentions(doc: Doc, date: str | None = None, nlp: Language | None = None,
                     kb: KnowledgeBase | None = None, pronouns: bool = True) -> list[ActorMention]:
    """The actor mentions of a parsed ``doc`` (no pipeline component needed).

    ``date`` is the document's (or event's) date for date-dependent answers; ``nlp`` is the
    pipeline that made ``doc`` (for its tokenizer when the matcher is first built).
    """
    kb = kb or load_kb()
    if nlp is None:
        from chronica.nlp import load_pipeline

        nlp = load_pipeline()
    if nlp.vocab is not doc.vocab:
        raise ValueError("doc was not made by the given pipeline (vocabularies differ)")
    return Resolver(get_matcher(nlp, kb), kb, pronouns, model_lexicon(nlp))(doc, date)


def resolve_text(text: str, date: str | None = None, nlp: Language | None = None) -> list[ActorMention]:
    """Parse ``text`` with the shared pipeline and return its actor mentions."""
    if nlp is None:
        from chronica.nlp import load_pipeline

        nlp = load_pipeline()
    return resolve_mentions(nlp(text), date=date, nlp=nlp)
