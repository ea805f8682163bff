"""The text a stage reads once per Doc (:func:`chronica.nlp.doc_text`) is the text of the Doc the
stages get: a timeline entry's dash, read as a colon by the model and written back after it,
is the dash again, also when the text was read and kept on the Doc that had the colon."""

import pytest

from chronica.nlp import doc_text, load_pipeline, sentence_offsets

ENTRIES = [
    "12 March 2031 - Borduria closes its border with Syldavia.\n\n14 March 2031 - Syldavia recalls its ambassador.",
    "3 June 2029 \u2014 The two ministers meet in Klow.\n\n9 June 2029 \u2014 Talks break down.",
]


@pytest.mark.parametrize("text", ENTRIES)
def test_entry_dash_kept(text):
    nlp = load_pipeline(())
    seen = []

    def keep_text(doc):  # a reader of the text before the dash is written back
        seen.append(doc_text(doc))
        return doc

    read = nlp.get_pipe("chronica_entry_read")
    write = nlp.get_pipe("chronica_entry_write")
    doc = read(nlp.make_doc(text))
    keep_text(doc)
    assert ":" in seen[0] and seen[0] != text  # the model's reading: a colon
    for name, proc in nlp.pipeline:
        if name not in ("chronica_entry_read", "chronica_entry_write"):
            doc = proc(doc)
    doc = write(doc)
    assert doc.text == text
    assert doc_text(doc) == text
    assert [text[s:e] for s, e in sentence_offsets(doc)][0].startswith(text.split(" ")[0])
    assert any(("-" in text[s:e] or "\u2014" in text[s:e]) for s, e in sentence_offsets(doc))
