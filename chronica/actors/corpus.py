"""What the whole corpus tells of a person's state, once every document has been read.

The actors stage works one document at a time: a person the knowledge base does not know (or
knows without a state at the document's date) gets a state only where the document itself says
it, by a title or an apposition ("the Kenyan foreign minister Jan Novak", "Jan Novak, Uganda's
president"). Another document of the same corpus often names the same person bare ("Novak
flew to Nairobi"), and its events then have a doer or a recipient with no state.

:func:`learn_person_states` runs when the corpus is whole (the chronicle's update, before it
reads the new event mentions): it gathers, over every stored actor mention of a person that
carries a state said in its own document (the knowledge base's dated codes, a title, an
apposition, a surname of a resolved person; not one guessed from context or a pronoun), the
states each person is said to act for, by knowledge-base id and by full name, and gives that
state to the event participants that name the same person with no state: by id, by full name,
or (a single capitalised word) by the surname of the one person of the corpus whose full name
ends with it. A person said to act for two states is left alone unless one of them is said at
least :data:`DOMINANT` times as often. The participants are rewritten in the stored mentions
(their record and ``event_participants``), so every reader sees one state."""

from __future__ import annotations

import json
from collections import Counter, defaultdict

#: how an actor mention's state was found that tells the person's state (mention.ActorMention.via)
SAID_VIA = frozenset({"kb", "alias", "title", "apposition", "surname"})

#: a person said to act for two states takes the first only when it is said this many times as often
DOMINANT = 3


def _key(name: str | None) -> str | None:
    """A person's name as a key: two words or more, the first and the last capitalised."""
    words = (name or "").split()
    if len(words) < 2 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return None
    return " ".join(words).lower()


def _surname_key(name: str | None) -> str | None:
    """A bare surname as a key: one capitalised word of three letters or more."""
    words = (name or "").split()
    if len(words) != 1 or not words[0][:1].isupper() or len(words[0]) < 3 or not words[0].isalpha():
        return None
    return words[0].lower()


def _person_like(p: dict) -> bool:
    """A participant that may be a person: one, or a name the tagger called an organisation that
    no knowledge-base actor answers to ("Novak" read as an organisation; its surname look-up
    then decides)."""
    return p.get("kind") == "person" or (p.get("kind") in (None, "organisation") and not p.get("actor_id")
                                         and _surname_key(p.get("name") or p.get("text")) is not None)


def _one_state(counts: Counter | None) -> str | None:
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [(None, 0)]
    return top if n >= DOMINANT * rest[0][1] else None


class PersonStates:
    """The states the corpus says its persons act for (see the module)."""

    def __init__(self, titles: frozenset[str] = frozenset()) -> None:
        self.by_id: dict[str, Counter] = defaultdict(Counter)
        self.by_name: dict[str, Counter] = defaultdict(Counter)
        self.surnames: dict[str, set[str]] = defaultdict(set)
        self.titles = titles

    def add(self, actor_id: str | None, name: str | None, text: str | None, country: str) -> None:
        """One actor mention of a person whose document says it acts for ``country``."""
        if actor_id:
            self.by_id[actor_id][country] += 1
        for form in {name, text}:
            key = _key(form)
            if key and key not in self.titles:
                self.by_name[key][country] += 1
                self.surnames[key.split()[-1]].add(key)

    def state(self, actor_id: str | None, name: str | None, text: str | None = None) -> str | None:
        """The state of a person named ``name`` (id ``actor_id``), or None when the corpus does not say."""
        if actor_id and actor_id in self.by_id:
            return _one_state(self.by_id[actor_id])
        for form in (name, text):
            key = _key(form)
            if key and key in self.by_name:
                return _one_state(self.by_name[key])
        surname = _surname_key(name) or _surname_key(text)
        if surname and surname not in self.titles and len(self.surnames.get(surname, ())) == 1:
            return _one_state(self.by_name[next(iter(self.surnames[surname]))])
        return None


def _title_words() -> frozenset[str]:
    """The title and honorific phrases the knowledge base loads from ``titles.tsv``: never a name."""
    from chronica.actors.kb import load_kb

    kb = load_kb()
    return frozenset(p.lower() for p in (*kb.titles, *kb.honorifics))


def person_states(store) -> PersonStates:  # noqa: ANN001 - a chronica.store.Store
    """The corpus's :class:`PersonStates` from the stored actor mentions."""
    known = PersonStates(_title_words())
    for actor_id, name, text, country, via in store.person_mention_states():
        if via in SAID_VIA:
            known.add(actor_id, name, text, country)
    return known


def learn_person_states(store) -> list[int]:  # noqa: ANN001 - a Store
    """Give the corpus's state to the stateless person participants of the stored event mentions;
    the ids of the mentions rewritten."""
    known = person_states(store)
    if not known.by_id and not known.by_name:
        return []
    changed: list[int] = []
    for mid, record in store.mentions_with_stateless_participants():
        rec = json.loads(record)
        touched = False
        for p in rec.get("participants", []):
            if p.get("state") or not _person_like(p):
                continue
            state = known.state(p.get("actor_id"), p.get("name"), p.get("text"))
            if state:
                p["state"] = state
                touched = True
        if touched:
            store.rewrite_mention_participants(mid, rec)
            changed.append(mid)
    return changed
