"""Session 23 shapes: the ad's lines under its label as one mechanism; the title as a scored
choice over candidates. All texts are our own."""

from __future__ import annotations

import pytest

from chronica.ingest._clean import clean_text

P1 = ("The harbour board met on Thursday to hear the engineers report on the state of the north mole, "
      "which has been closed to walkers since the winter storms.")
P2 = ("Repairs are expected to take until the autumn, the board said, and the cost will be shared with "
      "the county council under the existing agreement.")
P3 = ("The mole was built in 1887 and last repaired in the 1960s, when a section of its parapet was "
      "rebuilt after a ship struck it in fog.")


@pytest.mark.parametrize(("label", "copy"), [
    # a box of two lines under a lone label: the second ends in a full stop and is the ad's too
    ("ADVERTISEMENT", ["Coastal cottages from £299 a week", "Book direct with the owners and save on fees."]),
    ("Sponsored", ["Winter breaks on the coast", "Free parking for all guests this season."]),
    ("Advertisement", ["New kitchen showroom open now", "Visit us on the ring road, open every day."]),
    # one line of copy, no full stop
    ("ADVERTISEMENT", ["Holidays in the fjords - book now and save 20%"]),
])
def test_clean_the_ads_lines_under_its_label_in_its_block_are_the_ad(label: str, copy: list[str]) -> None:
    text = clean_text(f"{P1}\n\n{label}\n" + "\n".join(copy) + f"\n\n{P2}\n\n{P3}\n").text
    assert label not in text
    assert not any(c in text for c in copy)
    assert P1 in text and P2 in text and P3 in text


def test_clean_a_label_alone_in_its_block_takes_nothing_after_the_blank_line() -> None:
    text = clean_text(f"{P1}\n\nADVERTISEMENT\n\n{P2}\n\n{P3}\n").text
    assert "ADVERTISEMENT" not in text
    assert P2 in text


def test_clean_a_paragraph_run_on_under_an_ad_label_is_no_ad_copy() -> None:
    # the label inside a text whose lines are not set apart in blocks: the paragraph goes on
    long = P2 + " " + P3
    text = clean_text(f"{P1}\nADVERTISEMENT\n{long}\n").text
    assert long in text


# --- the title of a web page: a scored choice over its candidates ------------------------------

B1 = ("The lock keepers along the old canal kept ledgers of every barge that passed, and the ledgers "
      "are now being read again by a small group of volunteers who meet on Tuesday evenings.")
B2 = ("They have so far transcribed four years of entries, and the volunteers said the work would take "
      "at least another decade at the current pace.")


def _page(head: str, top: str, headline: str = "") -> str:
    return (f"<html><head>{head}</head><body>{top}<article>{headline}<p>{B1}</p><p>{B2}</p>"
            f"</article></body></html>")


def _load_html(tmp_path, html: str):  # noqa: ANN001, ANN202
    from chronica.ingest import load

    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    return load(p)[0][0]


@pytest.mark.parametrize(("html", "title"), [
    # og:title and <title> carry the outlet after the headline the page prints (three outlets, three joins)
    (_page('<title>Volunteers reopen the canal ledgers | The Riverside Chronicle</title>'
           '<meta property="og:title" content="Volunteers reopen the canal ledgers | The Riverside Chronicle">'
           '<meta property="og:site_name" content="The Riverside Chronicle">',
           '<header><div class="logo">The Riverside Chronicle</div></header>',
           "<h1>Volunteers reopen the canal ledgers</h1>"), "Volunteers reopen the canal ledgers"),
    (_page('<title>Ferry timetable cut for the winter - Island Gazette</title>'
           '<meta property="og:title" content="Ferry timetable cut for the winter - Island Gazette">',
           '<header><span class="site-name">Island Gazette</span></header>',
           "<h1>Ferry timetable cut for the winter</h1>"), "Ferry timetable cut for the winter"),
    (_page('<title>Hill Post: Orchard growers count the frost damage</title>'
           '<meta name="twitter:title" content="Hill Post: Orchard growers count the frost damage">'
           '<meta property="og:site_name" content="Hill Post">', "",
           "<h1>Orchard growers count the frost damage</h1>"), "Orchard growers count the frost damage"),
    # the <h1> is a section's name, a link of the page's menu, breadcrumb or nav; the headline is an <h2>
    (_page("<title>Volunteers reopen the canal ledgers | Riverside</title>",
           '<nav><a href="/world">World</a> <a href="/local">Local</a></nav><h1>World</h1>',
           "<h2>Volunteers reopen the canal ledgers</h2>"), "Volunteers reopen the canal ledgers"),
    (_page("<title>Ferry timetable cut for the winter – Island Gazette</title>",
           '<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/transport">Transport</a></li></ol>'
           "<h1>Transport</h1>", "<h2>Ferry timetable cut for the winter</h2>"), "Ferry timetable cut for the winter"),
    (_page("<title>Orchard growers count the frost damage · Hill Post</title>",
           '<ul id="main-menu"><li><a href="/farming">Farming</a></li><li><a href="/weather">Weather</a></li></ul>'
           "<h1>Farming</h1>", "<h2>Orchard growers count the frost damage</h2>"), "Orchard growers count the frost damage"),
    # the page's <h1> is its blog's name, in the header; the post's title is printed under it
    (_page("<title>What the spring tide left on the beach | Shore Diaries</title>",
           "<header><h1>Shore Diaries</h1></header>", "<h2>What the spring tide left on the beach</h2>"),
     "What the spring tide left on the beach"),
    # nothing to cut: the fields and the printed headline agree; a title with its own colon stays whole
    (_page("<title>Canal ledgers: your questions answered</title>", "",
           "<h1>Canal ledgers: your questions answered</h1>"), "Canal ledgers: your questions answered"),
    (_page('<title>Canal reopening day – live | Riverside Chronicle</title>'
           '<meta property="og:title" content="Canal reopening day – live">', "",
           "<h1>Canal reopening day – live</h1>"), "Canal reopening day – live"),
    # nothing printed: the <title> stands whole (no guess at which part is an outlet's)
    (_page("<title>Volunteers reopen the canal ledgers</title>", ""), "Volunteers reopen the canal ledgers"),
], ids=["og-suffix-pipe", "og-suffix-dash", "twitter-prefix-colon", "h1-nav-link", "h1-breadcrumb", "h1-menu",
        "h1-blog-name-in-header", "own-colon", "live", "title-only"])
def test_html_title_is_the_best_evidenced_candidate(tmp_path, html: str, title: str) -> None:  # noqa: ANN001
    doc = _load_html(tmp_path, html)
    assert doc.title == title
    assert doc.text.startswith(B1)  # the printed headline is the title, not body text


def test_title_evidence_is_data() -> None:
    from chronica.ingest._title import TITLE_EVIDENCE

    # a printed headline outweighs one title field naming something else, not two that agree
    assert TITLE_EVIDENCE["field"] < TITLE_EVIDENCE["printed_h1"] < 2 * TITLE_EVIDENCE["field"]
    assert TITLE_EVIDENCE["site_name"] < 0 and TITLE_EVIDENCE["menu_entry"] < 0 and TITLE_EVIDENCE["names_site"] < 0


# session 33: the piece's own <header> (inside <article> or <main>) prints its headline, not the site's name
@pytest.mark.parametrize(("html", "title"), [
    # a blog post's entry header under the site's header, with section headings further down
    ('<html><head><title>Volunteers reopen the canal ledgers – Towpath Notes</title></head><body>'
     '<header id="masthead" class="site-header"><p class="site-title">Towpath Notes</p></header>'
     '<main><article><header class="entry-header"><h1 class="entry-title">Volunteers reopen the canal ledgers</h1></header>'
     f"<p>{B1}</p><h2>1890: the first ledger</h2><p>{B2}</p><h2>What comes next</h2><p>{B2}</p></article></main></body></html>",
     "Volunteers reopen the canal ledgers"),
    # a live page whose fields carry its "LIVE:" label; the article's header prints the headline alone
    (_page('<title>LIVE: Ferry timetable cut for the winter | Island Gazette</title>'
           '<meta property="og:title" content="LIVE: Ferry timetable cut for the winter">',
           '<header><div class="logo">Island Gazette</div></header>',
           "<header><h1>Ferry timetable cut for the winter</h1><p>By Ana Sorel</p></header>"),
     "Ferry timetable cut for the winter"),
    # the header of the page's <main>
    ("<html><head><title>Orchard growers count the frost damage · Hill Post</title></head><body>"
     "<main><header><h1>Orchard growers count the frost damage</h1></header>"
     f"<p>{B1}</p><p>{B2}</p></main></body></html>", "Orchard growers count the frost damage"),
], ids=["entry-header", "live-article-header", "main-header"])
def test_html_the_articles_own_header_prints_the_headline(tmp_path, html: str, title: str) -> None:  # noqa: ANN001
    doc = _load_html(tmp_path, html)
    assert doc.title == title
    assert doc.text.startswith(B1)


# session 33: a tie between a title field (with its <title>'s cut agreeing) and the printed <h1> goes to the <h1>
@pytest.mark.parametrize(("html", "title"), [
    (_page('<title>Joint statement on the ferry signed in Portville | Ministry of Transport</title>'
           '<meta property="og:title" content="Joint statement on the ferry signed in Portville">', "",
           "<h1>Joint Statement on the Ferry Agreement between the Two Island Councils</h1>"),
     "Joint Statement on the Ferry Agreement between the Two Island Councils"),
    (_page('<title>Canal ledgers reopened · Towpath Notes</title>'
           '<meta name="twitter:title" content="Canal ledgers reopened">', "",
           "<h1>Volunteers reopen the canal ledgers after a century</h1>"),
     "Volunteers reopen the canal ledgers after a century"),
    # two fields that agree on something else still outweigh the printed <h1>
    (_page('<title>Frost damage counted</title><meta property="og:title" content="Frost damage counted">'
           '<meta name="twitter:title" content="Frost damage counted">', "",
           "<h1>Orchard growers count the frost damage</h1>"), "Frost damage counted"),
], ids=["og-and-cut-vs-h1", "twitter-and-cut-vs-h1", "two-fields-vs-h1"])
def test_html_a_tie_goes_to_the_printed_headline(tmp_path, html: str, title: str) -> None:  # noqa: ANN001
    assert _load_html(tmp_path, html).title == title


@pytest.mark.parametrize(("line", "caption"), [
    # a gallery's headline
    ("In pictures: Life along the old canal", False),
    ("In photos: The harbour walls after the storm", False),
    ("In images: A year on the island ferry", False),
    # a picture's credit stays a credit
    ("Photos: Ana Sorel", True),
    ("Picture: Harbour Archive", True),
])
def test_clean_a_gallerys_headline_is_no_picture_credit(line: str, caption: bool) -> None:
    from chronica.ingest._clean import lexicon_kind
    from chronica.ingest._units import segment

    assert (lexicon_kind(segment(line)[0]) == "caption") == caption


# --- an image's caption; the furniture blocks after the body ------------------------------------

@pytest.mark.parametrize("caption", [
    "*The tea chests as they were found in the boathouse. Ines Vidal for Coast & Country*",
    "*Volunteers at the lock in May, with the 1890 ledger open on the beam.*",
    "Harbour master Ian Ross beside the north mole, Peterhead",
])
def test_clean_the_line_under_a_markdown_image_is_its_caption(caption: str) -> None:
    text = clean_text(f"{P1}\n\n![A picture](img/picture.jpg)\n{caption}\n\n{P2}\n\n{P3}\n", markdown=True).text
    assert caption.strip("*") not in text
    assert P1 in text and P2 in text and P3 in text


def test_clean_a_paragraph_after_an_image_and_a_blank_line_stays() -> None:
    short = "The mole reopened in May."
    text = clean_text(f"{P1}\n\n![A picture](img/picture.jpg)\n\n{short}\n\n{P2}\n\n{P3}\n", markdown=True).text
    assert short in text


@pytest.mark.parametrize(("block", "gone"), [
    ("Key events\nShow key events only\nPlease turn on JavaScript to use this feature", ["Key events", "Show key events only"]),
    ("Related: Five rivers where dams came down and the fish came back\nMore explainers\nWhy are our rivers so dirty?",
     ["More explainers", "Why are our rivers so dirty?"]),
    ("Share this article\nFacebook\nCopy link", ["Facebook", "Copy link"]),
])
def test_clean_a_block_after_the_body_with_furniture_in_it_is_furniture(block: str, gone: list[str]) -> None:
    text = clean_text(f"{P1}\n\n{P2}\n\n{P3}\n\n{block}\n").text
    assert text.rstrip().endswith(P3)
    assert not any(g in text for g in gone)


def test_clean_a_block_after_the_body_without_furniture_stays() -> None:
    # a closing list of short lines the article gives (no furniture among them) is left alone
    block = "Where to see the ledgers\nNorth Fenland Archive, Mondays\nKyle library, Saturdays"
    text = clean_text(f"{P1}\n\n{P2}\n\n{P3}\n\n{block}\n").text
    assert "North Fenland Archive, Mondays" in text


@pytest.mark.parametrize("name", ["own23", "own23b"])
def test_cleaning_case_corpus_own23_bodies_clean(name: str) -> None:
    from pathlib import Path

    from chronica.ingest.evaluate import evaluate_cleaning, totals

    gold = Path(__file__).parent / "fixtures" / "cleaning" / f"{name}_gold.yaml"
    t = totals(next(iter(evaluate_cleaning([gold]).values())))
    assert t["documents_clean"] == (6, 6)
