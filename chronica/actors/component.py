"""The ``chronica_actors`` spaCy component: writes ``doc._.actors`` (a list of ActorMention), and
gives back to ``doc.ents`` the names the tagger swallowed into a date ("In June Putin visited":
DATE "June Putin" -> DATE "June", PERSON "Putin"; it reads the time stage's ``doc._.timexes``).

This module owns only the pipeline wrapper and the ``Doc`` extension; the rules live in
:mod:`chronica.actors.resolve` and the data in :mod:`chronica.actors.kb`. The document date used
for date-dependent answers (a capital's state, a leader's office) is, in order: the ``date``
given in the component config, ``doc.user_data["date"]``, or the document creation time
``doc._.dct`` that Chronica's stages set before the pipeline runs (or a ``doc._.date`` /
``doc._.document_date`` / ``doc._.published`` extension if another component set one), else the
date the time stage inferred from the text (``doc._.inferred_dct``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from chronica.actors.kb import load_kb
from chronica.actors.resolve import ActorMention, Resolver, get_matcher, model_lexicon, names_after_dates

EXTENSION = "actors"
#: the document date, in order: the published date, what another component set, and the date the
#: time stage inferred from the text when nothing was published (``inferred_dct``, written by
#: ``chronica_time`` before this stage runs)
_DATE_EXTENSIONS = ("dct", "date", "document_date", "published", "inferred_dct")

if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=None)


def doc_date(doc: Doc, default: str | None = None) -> str | None:
    """The date the document speaks from, if anything upstream recorded one."""
    if default:
        return default
    value = doc.user_data.get("date")
    if value:
        return str(value)
    for name in _DATE_EXTENSIONS:
        if Doc.has_extension(name):
            value = getattr(doc._, name)
            value = getattr(value, "value", value)  # an InferredDate carries its ISO value
            if value:
                return str(value)[:10]
    return None


class ActorsComponent:
    """Resolves actor mentions; the matcher over the knowledge base is built once."""

    def __init__(self, nlp: Language, name: str, date: str | None, resolve_pronouns: bool) -> None:
        self.name = name
        self.date = date
        self.kb = load_kb()
        self.resolver = Resolver(get_matcher(nlp, self.kb), self.kb, pronouns=resolve_pronouns,
                                 known=model_lexicon(nlp))

    def __call__(self, doc: Doc) -> Doc:
        names_after_dates(doc)  # "In June Putin visited": the tagger's DATE "June Putin" gives the name back
        mentions: list[ActorMention] = self.resolver(doc, doc_date(doc, self.date))
        doc._.actors = mentions
        return doc


@Language.factory(
    "chronica_actors",
    default_config={"date": None, "resolve_pronouns": True},
    requires=["doc.ents", "token.dep", "doc._.timexes"],
    assigns=["doc._.actors", "doc.ents"],
)
def make_actors_component(nlp: Language, name: str, date: str | None,
                          resolve_pronouns: bool) -> ActorsComponent:
    """Factory for ``nlp.add_pipe("chronica_actors")``."""
    return ActorsComponent(nlp, name, date, resolve_pronouns)
