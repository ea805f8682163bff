"""Decoding (issue 12): a stray byte in ASCII or UTF-8 text is read as U+FFFD and counted, not
guessed into a code page; a file whose high bytes spell Western words is read in that legacy
encoding. Case tables: the bytes, the encoding chosen and the text read."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.build import build
from chronica.ingest._decode import UTF8_REPLACED, decode
from chronica.store import Store


@pytest.mark.parametrize("data, text", [
    # a stray byte in ASCII text: replaced, whatever a code page would make of it
    (b"The two delegations met in Vienna. \xff Both sides agreed to meet again.",
     "The two delegations met in Vienna. \ufffd Both sides agreed to meet again."),
    (b"Parliament voted on the budget\xff in March.", "Parliament voted on the budget\ufffd in March."),
    (b"The harbour was closed for wor\xffk on the quay.", "The harbour was closed for wor\ufffdk on the quay."),
    (b"Grain prices rose \x8a sharply after the frost.", "Grain prices rose \ufffd sharply after the frost."),
    # a short brief with a few stray runs between its words: replaced, not read as a code page
    (b"The delegates agreed \xff\xfe on a plan.", "The delegates agreed \ufffd\ufffd on a plan."),
    (b"Ferries ran again \x81 in May \x8d\x8f.", "Ferries ran again \ufffd in May \ufffd\ufffd."),
    # a stray byte in UTF-8 text that has real multi-byte characters
    ("The café reopened \u2013 ".encode() + b"\xff" + b" after the strike.",
     "The café reopened \u2013 \ufffd after the strike."),
])
def test_ingest_decode_stray_byte_is_replaced(data: bytes, text: str) -> None:
    assert decode(data, "x.txt") == (text, UTF8_REPLACED)


@pytest.mark.parametrize("text", [
    "He ordered a café au lait in Zürich and felt naïve about the treaty.",
    "The minister said \u201cnever again\u201d \u2013 the bill cost \u00a340,000.",
    "Die Verhandlungen in Genf dauerten länger, als König Ludwig gehofft hatte.",
    "The menu offered soup à la française, at 5 °C below zero outside.",
    # a legacy text with a stray byte of its own keeps its accents
    "The résumé of the délégation was read aloud \u00ff twice.",
    # short legacy texts: their high bytes are letters inside words, not stray runs
    "Talks in Orléans and Besançon.",
    "Señor Peña agreed.",
])
def test_ingest_decode_legacy_western_text_is_read_in_its_code_page(text: str) -> None:
    assert decode(text.encode("cp1252"), "x.txt") == (text, "cp1252")


def test_ingest_decode_stray_byte_is_counted_and_warned(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "brief.txt").write_bytes(
        b"The talks between Brazil and Argentina opened in Montevideo in 2001.\xff "
        b"Both delegations agreed to meet again in the spring of the next year.\n")
    with Store(tmp_path / "s.db") as store:
        report = build([folder], store)
        [doc] = store.documents()
        assert report.stored == 1 and not report.skipped
        assert "\ufffd" in doc.text and "ÿ" not in doc.text
        assert [w for _, w in report.warnings] == ["1 undecodable bytes read as U+FFFD (replacement characters)"]
        assert store.conn.execute("SELECT replaced_chars FROM documents").fetchone()[0] == 1
