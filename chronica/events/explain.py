"""Why an event is what it is: the record behind ``chronica events --explain ID``.

For each sentence that states a merged event: the trigger and its offsets, the form and its
PLOVER/CAMEO coding, the participants and their roles, the date with where it came from, the
modality, the named checks it passed, and - from the sentence parsed again on its own - the
candidates the checks vetoed there, each with the check that dropped it.

Public API: :func:`explain`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chronica.events.candidate import Candidate
from chronica.events.extract import extract_events
from chronica.events.model import EventMention


@dataclass
class MentionExplanation:
    mention: EventMention
    vetoed: list[Candidate] = field(default_factory=list)

    def lines(self) -> list[str]:
        m = self.mention
        coding = " / ".join(x for x in (m.type, m.mode, m.cameo and f"CAMEO {m.cameo}") if x)
        out = [
            f"d{m.document_id} sentence {m.sentence_idx}: {m.sentence}",
            f"  trigger   {m.trigger!r} [{m.trigger_start}:{m.trigger_end}]  form {m.form}  coded {coding}"
            + ("  (reversal)" if m.reversal else ""),
            "  actors    " + (", ".join(f"{p.role}={p.name or p.text}" + (f" ({p.actor_id})" if p.actor_id else "")
                                      for p in m.participants) or "none"),
            f"  date      {m.date or 'none'}" + (f" from {m.date_source}" if m.date_source else "")
            + (f" ({m.date_text!r})" if m.date_text else ""),
            f"  modality  {m.modality}" + (f", said by {m.attribution}" if m.attribution else ""),
            "  passed    " + (", ".join(m.checks) or "no check applied"),
        ]
        for c in self.vetoed:
            out.append(f"  vetoed    {c.anchor.text!r} as {c.form} by {c.vetoed_by}")
        return out


def explain(mentions: list[EventMention], nlp=None) -> list[MentionExplanation]:  # noqa: ANN001
    """The explanation of each mention; with ``nlp`` (a pipeline with the time and actor stages),
    also the candidates vetoed in its sentence, the sentence parsed again on its own."""
    out = []
    for m in mentions:
        vetoed: list[Candidate] = []
        if nlp is not None:
            extract_events(nlp(m.sentence), trace=vetoed)
        out.append(MentionExplanation(m, vetoed))
    return out
