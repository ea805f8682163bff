"""The HTML report (self-contained, escaped) and the terminal views."""

from __future__ import annotations

import re

from test_chronicle_data import documents, mention, world, needs_minilm

from chronica.chronicle import build_chronicle
from chronica.report import format_barometer, format_disagreements, format_timeline, render_report

pytestmark = needs_minilm

EVIL = ("Aldoria invaded Borvia on 25 June 1950. <script>document.title='pwned'</script> "
        "<img src=x onerror=\"document.title='pwned'\"> The end.")


def crafted():
    """The world, with an article whose text carries a script and an onerror handler."""
    docs = documents()
    ms = world()
    for d in docs:  # each document's text: its sentences, with the mentions' offsets into it
        parts, pos = [], 0
        for m in sorted((m for m in ms if m.document_id == d.id), key=lambda m: m.sentence_idx):
            m.sentence_start, m.sentence_end = pos, pos + len(m.sentence)
            parts.append(m.sentence)
            pos = m.sentence_end + 1
        d.text = " ".join(parts)
    evil = mention(5, "Aldoria invaded Borvia on 25 June 1950.", "INVADE", src="ALD", tgt="BOR",
                   date="1950-06-25", intensity=-9, start=0, trigger="invaded")
    docs.append(type(docs[0])(id=5, path="corpus/evil.html", title="<script>alert('t')</script>Evil",
                              published="2020", text=EVIL))
    return build_chronicle(ms + [evil], docs), docs


def test_report_is_self_contained_and_has_every_section():
    c, docs = crafted()
    page = render_report(c, docs, title="Aldoria <chronicle>")
    for section in ("timeline", "disagreements", "barometer", "graph", "documents"):
        assert f'<section id="{section}">' in page
    assert "<title>Aldoria &lt;chronicle&gt;</title>" in page
    # nothing is fetched: no external URL in src/href, no script element, no stylesheet link
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "<script" not in page.replace("&lt;script", "")
    assert "<link" not in page
    assert page.count("<svg") >= 2  # barometer(s) and the actor graph
    # every event is in the timeline and cites its documents by title
    for e in c.events:
        assert f'id="{e.id}"' in page
    assert "Article 1" in page and "when the Union of Dravic Republics collapsed" in page
    assert page.count("<mark ") == 14  # every cited sentence is marked in its document


def test_article_text_is_escaped():
    c, docs = crafted()
    page = render_report(c, docs)
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=" in page
    assert "<img" not in page and "onerror=\"" not in page
    assert "&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;Evil" in page  # the title too


def test_event_sentences_are_marked_in_their_documents():
    c, docs = crafted()
    page = render_report(c, docs)
    invasion = next(e for e in c.events if "INVADE" in {m.form for m in e.mentions})
    marks = re.findall(r'<mark id="m5-0"[^>]*>(.*?)</mark>', page)
    assert len(marks) == 1 and marks[0].startswith("Aldoria invaded Borvia on 25 June 1950.")
    assert f'href="#{invasion.id}"' in marks[0]
    assert 'id="doc-5"' in page


def test_barometer_svg_links_points_to_events():
    c, docs = crafted()
    page = render_report(c, docs)
    svg = page[page.index('<section id="barometer">'):page.index('<section id="graph">')]
    ids = set(re.findall(r'<a href="#(e\d+)"><circle', svg))
    assert ids and ids <= {e.id for e in c.events}
    assert "<polygon" in svg  # the uncertainty band


def test_terminal_views():
    c, docs = crafted()
    timeline = format_timeline(c, docs, width=140)
    assert "25 June 1950" in timeline and "ASSAULT" in timeline and "d1, d2, d3, d5" in timeline
    dis = format_disagreements(c, docs, width=140)
    assert "when the Union of Dravic Republics collapsed" in dis and "1989" in dis and "1991" in dis
    assert "approved" in dis and "ordered" in dis and "refused" in dis
    bar = format_barometer(c.barometer("ALD", "UDR"), width=140)
    assert "1955" in bar and "by year" in bar


def test_empty_chronicle_renders():
    c = build_chronicle([], [])
    page = render_report(c, [])
    assert "No events were found." in page
    assert format_disagreements(c) == "No disagreements between sources.\n"


def test_every_link_of_a_summary_report_lands() -> None:
    """In a summary (a report of a large store cut to limits), a disagreement's claim cites
    sentences that carry no shown event: their links must still land in the document shown."""
    from chronica.report.html import ReportLimits

    c, docs = crafted()
    assert c.disagreements, "the crafted world has a disagreement"
    for limits in (ReportLimits(events=1, disagreements=5, documents=10), ReportLimits()):
        page = render_report(c, docs, limits=limits)
        ids = set(re.findall(r'\bid="([^"]+)"', page))
        assert [h for h in re.findall(r'href="#([^"]+)"', page) if h not in ids] == []


def test_graph_note_says_when_the_graph_shows_part_of_the_actors() -> None:
    """The report's actor graph draws the largest connected group of the busiest actors; the note
    under it says how many of the linked actors that is, and nothing when it is all of them."""
    import networkx as nx

    from chronica.report.svg import graph_note

    whole = nx.Graph()
    whole.add_edge("A", "B")
    whole.add_edge("B", "C")
    whole.add_node("lonely")  # no shared event: never drawn, never counted
    assert graph_note(whole) is None
    apart = whole.copy()
    apart.add_edge("D", "E")  # a second group: only the largest is drawn
    assert graph_note(apart) == ("The graph shows 3 of the 5 actors that share an event with another: "
                                 "the largest connected group among the 5 with the most events.")
    star = nx.Graph()
    for i in range(40):
        star.add_node(f"n{i}", events=40 - i)
        star.add_edge("hub", f"n{i}")
    star.nodes["hub"]["events"] = 100
    note = graph_note(star, max_nodes=10)
    assert note is not None and note.startswith("The graph shows 10 of the 41 actors")
