"""The summary line of an event: who did what to whom, as the text holds it ("North Korea invades
South Korea", "Stalin approves (Kim Il-sung)", "Croatia ratifies treaty [planned]")."""

from __future__ import annotations

from chronica.events._lexicon import DANGLING
from chronica.events.model import ASSERTED, Participant


def _plural(verb: str) -> str:
    """The plural of a third-person verb: "agrees" -> "agree", "supplies" -> "supply"."""
    if verb == "is":
        return "are"
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("shes", "ches", "xes", "zzes", "sses", "oes")):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") else verb


def joined_names(parts: list[Participant]) -> str:
    """The distinct names of the participants, joined: "Russia and China"."""
    names: list[str] = []
    for p in parts:
        name = p.name or p.text
        if name not in names:
            names.append(name)
    return " and ".join(names)


def summarise(etype: str, verb_phrase: str, sources: list[Participant], targets: list[Participant],
              paren_target: bool, modality_value: str, passive_form: str | None = None,
              plural: bool = False) -> str:
    """The summary line: "North Korea invades South Korea", "Stalin approves (Kim Il-sung)";
    ``plural`` when the one source is a plural noun as written ("troops withdraw")."""
    src, tgt = joined_names(sources), joined_names(targets)
    if not src and tgt and passive_form:  # "Kennedy assassinated", "South Korea invaded"
        line = f"{tgt} {passive_form}"
        return line + (f" [{modality_value}]" if modality_value != ASSERTED else "")
    if not tgt:  # "agrees with" -> "agrees"
        verb_phrase = " ".join(w for w in verb_phrase.split() if w not in DANGLING) or verb_phrase
    if len({p.name or p.text for p in sources}) > 1 or plural and sources:  # "Russia and China agree"
        first, _, rest = verb_phrase.partition(" ")
        verb_phrase = " ".join(x for x in (_plural(first), rest) if x)
    line = f"{src or '?'} {verb_phrase}"
    if tgt:
        line += f" ({tgt})" if paren_target else f" {tgt}"
    if modality_value != ASSERTED:
        line += f" [{modality_value}]"  # a refusal told by its own verb loses it in ``summary_modality``
    return line
