"""Long documents parsed in segments with their offsets kept, each document in isolation (one
failure is recorded in skipped and takes no other document with it), undecodable bytes replaced
and counted, folders never left."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronica import tasks as tasks_module  # the stages run inside the build's parsing tasks
from chronica.build import BuildOptions, build
from chronica.nlp import SEGMENT_CHARS, load_pipeline, segment_bounds
from chronica.store import Store

# -- segment_bounds ------------------------------------------------------------------------------

SEGMENT_CASES = [
    # (text, max_chars, expected pieces)
    ("One para.\n\nTwo para.\n\nThree.", 14, ["One para.\n\n", "Two para.\n\n", "Three."]),
    ("First sentence here. Second one here. Third.", 25, ["First sentence here. ", "Second one here. Third."]),
    ("short", 100, ["short"]),
    ("abcdefghij" * 3, 10, ["abcdefghij", "abcdefghij", "abcdefghij"]),  # no space: hard cuts
    ("He said “Go.” Then left.", 16, ["He said “Go.” ", "Then left."]),
]


@pytest.mark.parametrize("text, max_chars, pieces", SEGMENT_CASES)
def test_nlp_segment_bounds_cut_on_paragraphs_then_sentences(text, max_chars, pieces):
    assert [text[s:e] for s, e in segment_bounds(text, max_chars)] == pieces


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n\"'!?"), max_size=400), st.integers(1, 60))
def test_nlp_segment_bounds_cover_the_text_exactly(text, max_chars):
    bounds = segment_bounds(text, max_chars)
    assert "".join(text[s:e] for s, e in bounds) == text
    assert all(0 < e - s <= max_chars for s, e in bounds) or text == ""
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))


def test_nlp_segment_size_is_within_spacy_limit():
    assert SEGMENT_CHARS < load_pipeline().max_length


# -- long documents ------------------------------------------------------------------------------

def _long_text(n_paragraphs: int) -> str:
    countries = ["Brazil", "Argentina", "Chile", "Peru", "Kenya", "Egypt"]
    paras = []
    for i in range(n_paragraphs):
        a, b = countries[i % 6], countries[(i + 1) % 6]
        paras.append(f"On {i % 27 + 1} March {1900 + i}, {a} signed a trade agreement with {b}. "
                     f"The talks in the capital lasted for several weeks.")
    return "title: A long history\n\n" + "\n\n".join(paras) + "\n"


def test_build_long_document_in_segments_keeps_offsets_into_the_whole_text(tmp_path):
    path = tmp_path / "book.txt"
    path.write_text(_long_text(60), encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        report = build([path], store, BuildOptions(segment_chars=1500))
        assert report.stored == 1 and not report.skipped
        assert report.segments > 3
        [doc] = store.documents()
        assert len(store.segment_parses(doc.id)) == report.segments
        sentences = store.sentences(doc.id)
        assert [s.idx for s in sentences] == list(range(len(sentences))) == list(range(doc.n_sentences))
        assert all(doc.text[s.start:s.end] == s.text for s in sentences)
        timexes = store.timexes(doc.id)
        years = {t["text"] for t in timexes}
        assert "1 March 1900" in years and "5 March 1958" in years  # first and last segment
        for t in timexes:
            assert doc.text[t["start"]:t["end"]] == t["text"]
        for m in store.actor_mentions(doc.id):
            assert doc.text[m["start"]:m["end"]] == m["text"]
        events = store.event_mentions(doc.id)
        assert len(events) >= 50
        for e in events:
            assert doc.text[e.sentence_start:e.sentence_end] == e.sentence == sentences[e.sentence_idx].text
            assert doc.text[e.trigger_start:e.trigger_end] == e.trigger
            for p in e.participants:
                if p.start is not None:
                    assert doc.text[p.start:p.end] == p.text


def test_stages_reannotate_a_document_stored_in_segments_gives_the_same_rows(tmp_path):
    from chronica.stages import reannotate

    path = tmp_path / "book.txt"
    path.write_text(_long_text(20), encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        build([path], store, BuildOptions(segment_chars=1200))
        before = (store.timexes(), store.actor_mentions(), [e.to_dict() for e in store.event_mentions()])
        reannotate(store)
        after = (store.timexes(), store.actor_mentions(), [e.to_dict() for e in store.event_mentions()])
        assert after == before


# -- isolation -----------------------------------------------------------------------------------

def _folder(tmp_path: Path, texts: dict[str, str]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


GOOD = {f"good{i}.txt": f"On {i + 1} May 1975 Kenya opened talks with Egypt in town {i}. Both sides agreed."
        for i in range(3)}


def test_build_one_failing_document_is_skipped_and_the_others_are_stored(tmp_path, monkeypatch):
    folder = _folder(tmp_path, {**GOOD, "bad.txt": "On 2 May 1975 Chile DETONATE opened talks with Peru."})
    real = tasks_module.annotations

    def failing(doc, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if "DETONATE" in doc.text:
            raise RuntimeError("a stage failed on this text")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(tasks_module, "annotations", failing)
    with Store(tmp_path / "s.db") as store:
        report = build([folder], store)
        assert report.stored == 3
        [skip] = report.skipped
        assert skip.path.endswith("bad.txt") and skip.reason == "processing-error"
        assert "a stage failed" in skip.detail
        assert report.exit_code == 3
        rows = store.conn.execute("SELECT path, reason FROM skipped").fetchall()
        assert [(Path(p).name, r) for p, r in rows] == [("bad.txt", "processing-error")]
    # the next run does not find the failed document "unchanged": it tries it again
    monkeypatch.setattr(tasks_module, "annotations", real)
    with Store(tmp_path / "s.db") as store:
        again = build([folder], store)
        assert again.stored == 1 and again.unchanged == 3


def test_build_a_component_raising_marks_only_its_document(tmp_path, monkeypatch):
    """A Chronica stage raising inside nlp.pipe: the error handler marks that Doc."""
    folder = _folder(tmp_path, {**GOOD, "bad.txt": "On 2 May 1975 Chile EXPLODES talks with Peru."})
    nlp = load_pipeline(tasks_module.STAGES)
    name, proc = next((n, p) for n, p in nlp.pipeline if n == "chronica_events")
    cls = type(proc)
    real_call = cls.__call__

    def call(self, doc):  # noqa: ANN001, ANN202
        if "EXPLODES" in doc.text:
            raise ValueError("boom")
        return real_call(self, doc)

    monkeypatch.setattr(cls, "__call__", call)
    with Store(tmp_path / "s.db") as store:
        report = build([folder], store)
    assert report.stored == 3
    [skip] = report.skipped
    assert skip.reason == "processing-error" and "chronica_events" in skip.detail
    assert nlp.default_error_handler.__name__ == "raise_error"  # restored after the build


# -- decoding ------------------------------------------------------------------------------------

DECODING = [
    # (bytes, stored?, encoding, replacement characters)
    ("Café talks in Zürich, 1975. The delegates agreed.".encode() + b"\xff" + b" More text.", True,
     "utf-8 (invalid bytes replaced)", 1),
    (b"Talks in Lima, 1975. The delegates agreed \x9d on a plan.", True, "utf-8 (invalid bytes replaced)", 1),
    # a character cut in two inside a sentence, and closing a paragraph: two bytes, two replacements
    (b"Talks in Lima, 1975. The delegates of both governments agreed \xff\xfe on a plan for the border "
     b"commission and met again in 1976.", True, "utf-8 (invalid bytes replaced)", 2),
    ("Talks in Lima, 1975. The delegates said it was “final".encode() + b"\xe2\x80", True,
     "utf-8 (invalid bytes replaced)", 1),
    ("Caf\u00e9 talks, “quoted” in 1975.".encode("cp1252"), True, "cp1252", 0),
    (bytes(range(128, 256)) * 40, False, None, 0),
]


@pytest.mark.parametrize("data, stored, encoding, replaced", DECODING)
def test_build_decoding_replaces_a_few_bad_bytes_and_skips_only_undecodable_files(tmp_path, data, stored, encoding, replaced):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(data)
    with Store(tmp_path / "s.db") as store:
        report = build([folder], store)
        assert report.stored == int(stored), report.skipped
        if stored:
            [doc] = store.documents()
            row = store.conn.execute("SELECT encoding, replaced_chars FROM documents").fetchone()
            assert tuple(row) == (encoding, replaced)
            assert doc.text.count("\ufffd") == replaced
            assert len(report.warnings) == (1 if replaced else 0)
            assert "ð" not in doc.text and "ť" not in doc.text  # no Central European mojibake
        else:
            assert report.skipped[0].reason in ("undecodable", "binary")


# -- folders ---------------------------------------------------------------------------------------

def test_build_never_leaves_the_folder_given_through_a_link_loop(tmp_path):
    corpus = tmp_path / "corpus"
    given = corpus / "mine"
    sibling = corpus / "theirs"
    given.mkdir(parents=True)
    sibling.mkdir()
    (given / "a.txt").write_text("Kenya and Egypt met in 1975. They agreed.", encoding="utf-8")
    for i in range(3):
        (sibling / f"s{i}.txt").write_text(f"Sibling text {i} about Peru in 1980.", encoding="utf-8")
    os.symlink("..", given / "up")  # a loop through the parent: reaches the sibling folder
    os.symlink(str(sibling / "s0.txt"), given / "link.txt")
    with Store(tmp_path / "s.db") as store:
        report = build([given], store)
        paths = [Path(d.path).name for d in store.documents()]
    assert paths == ["a.txt"]
    assert sorted(e.reason for e in report.skipped) == ["outside-folder", "outside-folder"]
