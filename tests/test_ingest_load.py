"""load(): each format, each whole-file failure, encodings, and per-record errors in .jsonl."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from chronica.errors import IngestError
from chronica.ingest import load

BODY = (
    "The river rose by two metres overnight and the old stone bridge was closed to all traffic.\n\n"
    "Engineers said on Tuesday that the foundations were sound, but the railings would need repair.\n"
)


def _one(path: Path, **kw):
    docs, errors = load(path, **kw)
    assert errors == []
    assert len(docs) == 1
    doc = docs[0]
    assert all(doc.text[c : c + n] == doc.raw[r : r + n] for c, r, n in doc.spans)
    return doc


def _reason(path: Path, **kw) -> str:
    with pytest.raises(IngestError) as info:
        load(path, **kw)
    return info.value.reason


# --- formats ----------------------------------------------------------------------------------


def test_txt(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Bridge closed after flood\n\n" + BODY, encoding="utf-8")
    doc = _one(p)
    assert doc.format == "txt" and doc.encoding == "utf-8"
    assert doc.title == "Bridge closed after flood"
    assert doc.text.startswith("The river rose") and doc.text.endswith("need repair.")
    assert "Bridge closed" not in doc.text
    assert doc.path == str(p)


def test_markdown_marks_are_left_out_by_the_spans(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text(
        "# Bridge closed after flood\n\n"
        "The **river** rose by two metres in [one night](https://example.org/x) and the *old bridge* was shut.\n\n"
        "## What next\n\n- Engineers will inspect the foundations of the bridge on Monday morning.\n",
        encoding="utf-8",
    )
    doc = _one(p)
    assert doc.title == "Bridge closed after flood"
    assert "The river rose by two metres in one night and the old bridge was shut." in doc.text
    assert "#" not in doc.text and "*" not in doc.text and "](" not in doc.text
    assert "What next" in doc.text
    assert doc.text.endswith("Engineers will inspect the foundations of the bridge on Monday morning.")


HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour reopens | The Coastal Times</title>
<meta property="og:site_name" content="The Coastal Times"><meta name="author" content="Mara Ellison">
<meta property="article:published_time" content="2022-05-14T08:30:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Harbour reopens</h1>
<p>The port of Belmarsh reopened on Friday after a week-long closure caused by the storm that flooded the town.</p>
<p>Harbour master Tomas Rilke said the repairs would take months, but the fleet could sail again on Monday.</p>
<p>Advertisement</p>
<p>Local traders welcomed the news, saying the closure had cost them most of the spring season this year.</p>
</article><footer><p>Copyright © 2022 The Coastal Times. All rights reserved.</p></footer></body></html>"""


@pytest.mark.parametrize("ext", [".html", ".htm"])
def test_html(tmp_path: Path, ext: str) -> None:
    p = tmp_path / f"a{ext}"
    p.write_text(HTML, encoding="utf-8")
    doc = _one(p)
    assert doc.format == "html"
    assert doc.title == "Harbour reopens"
    assert doc.author == "Mara Ellison" and doc.outlet == "The Coastal Times"
    assert (doc.published, doc.published_source) == ("2022-05-14", "html-meta")
    assert doc.text.startswith("The port of Belmarsh") and doc.text.endswith("this year.")
    for junk in ("Advertisement", "Copyright", "Home"):
        assert junk not in doc.text
    assert doc.spans and doc.raw == HTML  # spans point into the HTML source


def _pdf_bytes(lines: list[str], title: str | None = None) -> bytes:
    """A minimal one-page PDF with a text layer (Helvetica), written by hand."""
    content = "BT /F1 11 Tf 14 TL 72 760 Td " + " ".join(f"({ln}) Tj T*" for ln in lines) + " ET"
    info = f"<< /Title ({title}) >>" if title else "<< >>"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        info,
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_pdf(tmp_path: Path) -> None:
    p = tmp_path / "a.pdf"
    p.write_bytes(_pdf_bytes(
        ["Dam inspection report", "The inspectors found that the old dam on the river was in good repair.",
         "They recommended a new survey of the spillway before the winter rains."],
        title="Dam inspection report",
    ))
    doc = _one(p)
    assert doc.format == "pdf" and doc.title == "Dam inspection report"
    assert "The inspectors found that the old dam" in doc.text
    assert doc.text.rstrip().endswith("before the winter rains.")
    assert "Dam inspection report" not in doc.text


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    p = tmp_path / "scan.pdf"
    p.write_bytes(_pdf_bytes([]))
    assert _reason(p) == "pdf-no-text"


def test_pdf_damaged(tmp_path: Path) -> None:
    p = tmp_path / "bad.pdf"
    p.write_bytes(b"%PDF-1.4\nthis is not a pdf at all\n")
    assert _reason(p) in {"parse-error", "pdf-no-text"}


def test_jsonl_one_document_per_line_and_bad_lines(tmp_path: Path) -> None:
    good = {"title": "Flood closes bridge", "text": BODY, "published": "2021-03-04", "url": "https://x.example/a",
            "author": "Ana Ruiz", "source": "River News"}
    alt = {"content": "A second article about the harbour that reopened after the storm last week.", "date": "March 2020",
           "outlet": "Port Daily"}
    lines = [json.dumps(good), "{not json", json.dumps({"title": "no text here"}), "", json.dumps(alt), json.dumps([1, 2])]
    p = tmp_path / "a.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = load(p)
    assert [d.path for d in docs] == [f"{p}#L1", f"{p}#L5"]
    first, second = docs
    assert (first.title, first.published, first.published_source) == ("Flood closes bridge", "2021-03-04", "jsonl")
    assert (first.url, first.author, first.outlet, first.format) == ("https://x.example/a", "Ana Ruiz", "River News", "jsonl")
    assert first.text.startswith("The river rose")
    assert (second.published, second.outlet) == ("2020-03", "Port Daily")
    assert [(e.path, e.reason) for e in errors] == [(f"{p}#L2", "bad-record"), (f"{p}#L3", "bad-record"), (f"{p}#L6", "bad-record")]


# A record in the shapes users export: the field names of RSS 2.0, Atom, JSON Feed and social/forum exports.
_RECORD_SHAPES = [
    ("rss-item", {"title": "Ferry link suspended", "link": "https://wire.example/ferry", "pubDate": "Tue, 02 Mar 2021 08:15:00 +0100",
                  "description": "The ferry link between the two ports was suspended on Tuesday after a dispute over fees."},
     ("Ferry link suspended", "2021-03-02", "https://wire.example/ferry", None)),
    ("atom-entry", {"title": "Talks resume", "summary": {"type": "text", "value": "Negotiators from both capitals met again in Vienna to discuss the quota."},
                    "updated": "2019-11-05T10:00:00Z", "author": {"name": "Lena Berg"}, "link": {"href": "https://feed.example/talks"}},
     ("Talks resume", "2019-11-05", "https://feed.example/talks", "Lena Berg")),
    ("json-feed", {"content_text": "The border crossing reopened to trucks after four months of closure, officials said.",
                   "date_published": "2022-07-14T06:30:00+02:00", "external_url": "https://news.example/crossing",
                   "authors": [{"name": "Omar Haddad"}, {"name": "Ines Vidal"}]},
     (None, "2022-07-14", "https://news.example/crossing", "Omar Haddad, Ines Vidal")),
    ("social-post", {"handle": "@historian_k", "created_at": "2024-10-25T09:12:00Z",
                     "text": "Thread: the fishing zone agreement of that decade settled a dispute both navies had tested for years."},
     (None, "2024-10-25", None, "@historian_k")),
    ("forum-post", {"user": "nile_reader", "posted_at": "2021-06-02T18:44:27Z",
                    "body": "Reviving this thread: the joint exercise ended on Monday, according to the ministry statement."},
     (None, "2021-06-02", None, "nile_reader")),
    # a forum's posts carry their thread's title
    ("forum-thread-post", {"thread_title": "Lake ferries: the whole history", "user": "lake_fan", "posted_at": "2020-02-03T10:00:00Z",
                           "body": "The first ferry crossed the lake in 1911, and the service never stopped until the storm."},
     ("Lake ferries: the whole history", "2020-02-03", None, "lake_fan")),
    ("forum-topic-post", {"topic_title": "Why the bridge took ten years", "username": "old_pilot", "created_at": "2018-05-06T09:00:00Z",
                          "message": "The engineers argued about the piers for four years before a single pile was driven."},
     ("Why the bridge took ten years", "2018-05-06", None, "old_pilot")),
    ("blog-export", {"post_title": "Notes from the border market", "date": "2023-09-01",
                     "content": "Traders on both banks open their stalls at dawn, long before the customs post does."},
     ("Notes from the border market", "2023-09-01", None, None)),
]


@pytest.mark.parametrize("shape,record,expected", _RECORD_SHAPES, ids=[r[0] for r in _RECORD_SHAPES])
def test_jsonl_record_shapes_of_feeds_and_exports(tmp_path: Path, shape: str, record: dict, expected: tuple) -> None:
    p = tmp_path / "feed.jsonl"
    p.write_text(json.dumps(record) + "\n", encoding="utf-8")
    docs, errors = load(p)
    assert not errors and len(docs) == 1
    doc = docs[0]
    assert (doc.title, doc.published, doc.url, doc.author) == expected
    assert doc.published_source == "jsonl" and doc.text.strip()


def test_jsonl_record_without_any_text_field_names_the_fields_it_looked_for(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps({"title": "only a title", "link": "https://x.example/"}) + "\n" + json.dumps({"text": BODY}) + "\n",
                 encoding="utf-8")
    docs, errors = load(p)
    assert len(docs) == 1 and [e.reason for e in errors] == ["bad-record"]
    assert "description" in errors[0].detail and "content_text" in errors[0].detail


def test_jsonl_with_no_valid_line(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text("garbage\nmore garbage\n", encoding="utf-8")
    assert _reason(p) == "parse-error"


# --- whole-file failures ----------------------------------------------------------------------


def test_empty_and_whitespace_only(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_bytes(b"")
    (tmp_path / "w.txt").write_text(" \n\t\n  \n", encoding="utf-8")
    assert _reason(tmp_path / "e.txt") == "empty"
    assert _reason(tmp_path / "w.txt") == "empty"


def test_only_boilerplate_is_empty(tmp_path: Path) -> None:
    p = tmp_path / "b.txt"
    p.write_text("Advertisement\n\nShare this article\n\nSubscribe   Contribute   Close\n", encoding="utf-8")
    assert _reason(p) == "empty"


def test_binary(tmp_path: Path) -> None:
    p = tmp_path / "b.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert _reason(p) == "binary"


def test_mostly_control_characters_is_binary(tmp_path: Path) -> None:
    p = tmp_path / "c.txt"
    p.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 50 + b"some text")
    assert _reason(p) == "binary"


def test_undecodable(tmp_path: Path) -> None:
    p = tmp_path / "u.txt"
    p.write_bytes(b"Caf\xe9 " + bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 40)
    assert _reason(p) == "undecodable"


def test_too_large_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "big.txt"
    p.write_text("word " * 1000, encoding="utf-8")

    def no_read(*a, **k):
        raise AssertionError("read before the size check")

    monkeypatch.setattr(Path, "open", no_read)
    assert _reason(p, max_bytes=100) == "too-large"


def test_unreadable_directory_named_like_a_file(tmp_path: Path) -> None:
    (tmp_path / "dir.txt").mkdir()
    assert _reason(tmp_path / "dir.txt") == "unreadable"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_unreadable_chmod_000(tmp_path: Path) -> None:
    p = tmp_path / "locked.txt"
    p.write_text(BODY, encoding="utf-8")
    p.chmod(0)
    try:
        assert _reason(p) == "unreadable"
    finally:
        p.chmod(0o644)


def test_unsupported_extension(tmp_path: Path) -> None:
    p = tmp_path / "a.docx"
    p.write_text(BODY, encoding="utf-8")
    assert _reason(p) == "unsupported"


# --- encodings --------------------------------------------------------------------------------


def test_latin1_pound_sign_survives(tmp_path: Path) -> None:
    p = tmp_path / "l.txt"
    p.write_bytes("Club fined\n\nThe club was fined £40,000 by the league on Tuesday for the late kick-off.\n".encode("latin-1"))
    doc = _one(p)
    assert "£40,000" in doc.text and doc.encoding in {"cp1252", "latin-1"}


def test_cp1252_quotes(tmp_path: Path) -> None:
    p = tmp_path / "q.txt"
    p.write_bytes("He said \u201cnever again\u201d \u2013 and left the caf\u00e9 before the meeting ended.\n".encode("cp1252"))
    assert "\u201cnever again\u201d \u2013 and left the caf\u00e9" in _one(p).text


def test_utf8_bom(tmp_path: Path) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + "Title here\n\nCaf\u00e9 owners said the new rules would hurt small businesses badly.\n".encode())
    doc = _one(p)
    assert doc.encoding == "utf-8-sig" and doc.title == "Title here" and not doc.text.startswith("\ufeff")


def test_cyrillic_single_byte_goes_to_charset_normalizer(tmp_path: Path) -> None:
    text = "Мост закрыт после наводнения. Инженеры проверят опоры моста в понедельник утром, сообщили власти города.\n"
    p = tmp_path / "ru.txt"
    p.write_bytes(text.encode("cp1251"))
    assert "Инженеры проверят опоры" in _one(p).text


def test_bbc_latin1_file(shared: Path) -> None:
    doc = _one(shared / "bulk" / "bbc" / "sport" / "199.txt")
    assert "£" in doc.text and doc.title


def test_jsonl_record_holding_html(tmp_path: Path) -> None:
    p = tmp_path / "h.jsonl"
    p.write_text(json.dumps({"body": HTML, "published": "2023-01-02"}) + "\n", encoding="utf-8")
    (doc,), errors = load(p)
    assert not errors and doc.format == "jsonl" and doc.title == "Harbour reopens"
    assert (doc.published, doc.published_source) == ("2023-01-02", "jsonl")
    assert "Advertisement" not in doc.text and doc.text.startswith("The port of Belmarsh")


def test_header_block_is_listed_as_removed(tmp_path: Path) -> None:
    p = tmp_path / "h.txt"
    p.write_text("title: Bridge closed\nsource: River News\n\n" + BODY, encoding="utf-8")
    doc = _one(p)
    assert doc.removed[0] == ("header", "title: Bridge closed\nsource: River News")
    assert doc.outlet == "River News" and doc.title == "Bridge closed"


def test_pdf_hard_wrapped_lines_become_paragraphs(tmp_path: Path) -> None:
    lines = ["Harbour Walls: A Short History",
             "The harbour walls of the old town were first built in the",
             "eighteenth century, when the fishing fleet grew too large for",
             "the natural bay. They were rebuilt twice after great storms, in",
             "1821 and again in 1907.",
             "Since then the walls have needed only small repairs, but the",
             "engineers now warn that rising seas will test them as never",
             "before. A new survey is due in the spring.", "Page 1"]
    p = tmp_path / "w.pdf"
    p.write_bytes(_pdf_bytes(lines))
    doc = _one(p)
    assert doc.title == "Harbour Walls: A Short History"
    assert doc.text.split("\n\n") == [
        "The harbour walls of the old town were first built in the eighteenth century, when the fishing fleet "
        "grew too large for the natural bay. They were rebuilt twice after great storms, in 1821 and again in 1907.",
        "Since then the walls have needed only small repairs, but the engineers now warn that rising seas will "
        "test them as never before. A new survey is due in the spring.",
    ]


# --- session 33: a forum writer's signature, printed under each of their posts --------------------

_POST = "The ferry ran twice a day until the storm of 1953 took the northern pier."


@pytest.mark.parametrize(
    ("posts", "gone", "kept"),
    [
        # the same closing paragraph under two posts of one writer
        ([("lake_fan", _POST + "\n\nBorn on the north shore, raised on the south. Views my own."),
          ("old_pilot", "The second pier was only rebuilt in 1961, after years of arguing over the cost."),
          ("lake_fan", "The new boats came in 1962.\n\nBorn on the north shore, raised on the south. Views my own.")],
         ["Born on the north shore"], ["The new boats came in 1962."]),
        # a mail or forum app's signature line, even under one post
        ([("lake_fan", _POST + "\n\nSent from my Pixel 7 using Tapatalk"),
          ("old_pilot", "The second pier was only rebuilt in 1961.\n\nSent from my iPhone")],
         ["Tapatalk", "Sent from my iPhone"], ["The second pier was only rebuilt in 1961."]),
        # a closing paragraph two writers each print once is what they said
        ([("lake_fan", _POST + "\n\nI still have the timetable from that winter."),
          ("old_pilot", "The pier was rebuilt later.\n\nI still have the timetable from that winter.")],
         [], ["I still have the timetable from that winter."]),
        # one writer's different closing paragraphs are text
        ([("lake_fan", _POST + "\n\nMy grandfather worked on the pier."),
          ("lake_fan", "The boats changed in 1962.\n\nMy mother sold tickets on the quay.")],
         [], ["My grandfather worked on the pier.", "My mother sold tickets on the quay."]),
    ],
    ids=["repeated-closing-paragraph", "app-signature", "two-writers", "different-closings"],
)
def test_jsonl_a_writers_signature_is_no_part_of_their_posts(tmp_path: Path, posts, gone, kept) -> None:  # noqa: ANN001
    p = tmp_path / "thread.jsonl"
    p.write_text("".join(json.dumps({"thread_title": "Lake ferries", "user": u, "posted_at": "2020-02-03T10:00:00Z",
                                     "body": b}) + "\n" for u, b in posts), encoding="utf-8")
    docs, errors = load(p)
    assert not errors and len(docs) == len(posts)
    text = "\n\n".join(d.text for d in docs)
    for g in gone:
        assert g not in text
    for k in kept:
        assert k in text
    assert all(d.title == "Lake ferries" for d in docs)
