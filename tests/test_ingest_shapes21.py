"""Page shapes of session 21 (blog post with a comment thread, Q&A explainer, obituary, magazine
feature, translated piece, encyclopedia page, timeline with no date, wire story with ad copy): the
title from the page's own marks, never guessed; the date from meta, address, byline or provenance
line, never from a revision note; the body's end at a bar of links; captions, ad copy, hatnotes and
translator's notes out. Each mechanism has cases from three or more different texts; every sentence
here was written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.ingest import document_from_text
from chronica.ingest._clean import is_bar, lexicon_kind
from chronica.ingest._credits import contributor_note
from chronica.ingest._load import _document_from_html
from chronica.ingest._metadata import _meta_line
from chronica.ingest._units import segment
from chronica.ingest.evaluate import evaluate_cleaning, totals

FIXTURES = Path(__file__).parent / "fixtures" / "cleaning"

P1 = ("The canal company announced on Monday that the upper locks would close for the winter, after "
      "two floods damaged the gates above the town.")
P2 = ("Boat owners said the closure would cut them off from the boatyard in the valley, and the council "
      "asked the trust to pay for a temporary mooring before the end of the month.")
P3 = ("A survey of the gates found that two of the timbers had split, and engineers said repairs could "
      "not begin until the water fell in the spring.")
P4 = ("The locks were built in 1794 to carry coal down to the river, and they were last rebuilt after "
      "the great flood of 1911, when the whole flight was closed for a year.")


def _doc(raw: str, fmt: str = "txt"):
    return document_from_text(f"a.{fmt}", fmt, raw)


def _unit(text: str):
    return segment(text)[0]


# --- "Posted by NAME on DATE": the entry line of blog software ------------------------------------

@pytest.mark.parametrize(
    "line, who, iso",
    [
        ("Posted by Ruth Allen on 4 May 2018 in History · 3 comments", "Ruth Allen", "2018-05-04"),
        ("Written by Tomas Berg, March 9, 2020", "Tomas Berg", "2020-03-09"),
        ("By Ines Moreau on 12 June 2015 | Filed under: Canals", "Ines Moreau", "2015-06-12"),
        ("Posted by the Editors on 2 July 2021", None, "2021-07-02"),
    ],
)
def test_meta_line_who_then_when(line: str, who: str | None, iso: str) -> None:
    assert _meta_line(line) == (who, iso)


@pytest.mark.parametrize(
    "meta",
    [
        '<p class="entry-meta">Posted by Ruth Allen on 4 May 2018 in <a href="/c/h">History</a></p>',
        '<div class="post-meta">Posted by <span>Ruth Allen</span> on 4 May 2018 · <a href="#c">3 comments</a></div>',
        '<div class="byline">Written by <a href="/a/ruth">Ruth Allen</a>, 4 May 2018</div>',
    ],
)
def test_html_byline_block_with_inline_links_gives_author_and_date(meta: str) -> None:
    html = (f"<html><head><title>Locks close for winter</title></head><body><article><h1>Locks close for winter</h1>"
            f"{meta}<p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>")
    doc = _document_from_html("a.html", html, "utf-8")
    assert doc.author == "Ruth Allen"
    assert doc.published == "2018-05-04"


# --- the title of an HTML page: the headline, not the site's name ----------------------------------

@pytest.mark.parametrize(
    "head, site",
    [
        ('<title>Locks close for winter | Canal Diaries</title>', '<h1 class="site-title"><a href="/">Canal Diaries</a></h1>'),
        ('<title>Locks close for winter – Valley Boats</title><meta property="og:site_name" content="Valley Boats">',
         '<h1>Valley Boats</h1>'),
        ('<title>Canal Notes :: Locks close for winter</title>', '<header><h1>Canal Notes</h1></header>'),
    ],
)
def test_html_title_is_the_headline_when_the_extractor_takes_the_site_name(head: str, site: str) -> None:
    html = (f"<html><head>{head}</head><body>{site}<article><h2 class=\"entry-title\">Locks close for winter</h2>"
            f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>")
    doc = _document_from_html("a.html", html, "utf-8")
    assert doc.title == "Locks close for winter"


def test_html_title_is_not_taken_from_title_parts_the_page_does_not_print() -> None:
    html = (f"<html><head><title>Locks close for winter | Canal Diaries</title></head><body>"
            f'<h1 class="site-title">Canal Diaries</h1><article><p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>')
    doc = _document_from_html("a.html", html, "utf-8")
    assert doc.title != "Locks close for winter"  # never a guess: no heading prints it


# --- headline, standfirst, byline ----------------------------------------------------------------

@pytest.mark.parametrize(
    "top, title",
    [
        ("VALLEY GAZETTE\nNews | Sport | Obituaries\n\nObituaries\n\nAnn Pryce obituary\n"
         "Lock keeper who kept the upper flight open through two wars\n\nBy Jo Hale\n3 May 2022\n",
         "Ann Pryce obituary"),
        ("THE CANAL DESK\nExplainers | Maps\n\nEXPLAINER\n\nWhy the upper locks keep closing\n\n"
         "Two centuries of floods, in five questions\n\nBy Jo Hale\n",
         "Why the upper locks keep closing"),
        ("Valley Boats Weekly\nNews | Boats | Canals\n\nLocks close for the winter after floods\n"
         "Boat owners fear a season without moorings\n\nPublished 3 May 2022\n",
         "Locks close for the winter after floods"),
    ],
)
def test_title_is_the_headline_over_its_standfirst_and_byline(top: str, title: str) -> None:
    doc = _doc(f"{top}\n{P1}\n\n{P2}\n\n{P3}\n")
    assert doc.title == title
    assert P1 in doc.text


@pytest.mark.parametrize(
    "top, title",
    [
        ("Canal Trust\nVisit | Learn | Shop\n\nHome > Learn > The Upper Locks\n\nTHE UPPER LOCKS: KEY DATES\n\n",
         "THE UPPER LOCKS: KEY DATES"),
        ("Valley Museum\nVisit | Collections\n\nTHE FLOOD OF 1911 IN PICTURES\n\nBy Jo Hale\n\n", "THE FLOOD OF 1911 IN PICTURES"),
        ("Canal Trust\nVisit | Learn\n\nLearn > Engineering > Gates\n\nHOW A LOCK GATE IS MADE\n\n", "HOW A LOCK GATE IS MADE"),
    ],
)
def test_title_in_capitals_right_over_the_first_paragraph(top: str, title: str) -> None:
    doc = _doc(f"{top}{P1}\n\n{P2}\n\n{P3}\n")
    assert doc.title == title
    assert ">" not in doc.text


def test_title_a_kicker_in_capitals_over_a_headline_is_no_title() -> None:
    doc = _doc(f"Canal Trust\nVisit | Learn\n\nFEATURE STORY\n\nLocks close for the winter after floods\n\nBy Jo Hale\n\n{P1}\n\n{P2}\n")
    assert doc.title == "Locks close for the winter after floods"


# --- paths, bars, ad copy, captions ------------------------------------------------------------

@pytest.mark.parametrize(
    "line, kind",
    [
        ("Home > Learning Resources > Canals and Rivers > The Upper Locks", "nav"),
        ("Forside » Nyheter » Kanalen", "nav"),
        ("Home › Things to do › Walks along the towpath", "nav"),
        ("Share this article: Facebook | X | Email", "nav"),
        ("Deel: Facebook | X | E-mail", "nav"),
    ],
)
def test_lexicon_paths_and_labelled_bars_are_menus(line: str, kind: str) -> None:
    assert lexicon_kind(_unit(line)) == kind


@pytest.mark.parametrize(
    "line",
    ["Water levels > normal > rising fast in the upper valley today.", "The gates failed > twice in 1911, and again in 1947."],
)
def test_lexicon_a_sentence_with_arrows_is_no_path(line: str) -> None:
    assert lexicon_kind(_unit(line)) is None


@pytest.mark.parametrize(
    "line, bar",
    [
        ("Download this timeline as a PDF | Print this page", True),
        ("Share this obituary | Send a tribute | Place a family notice", True),
        ("Report an error | Reprint rights", True),
        ("1911 · The great flood closes the flight", False),  # a dated entry
        ("| Gate | Built |", False),  # a table row
        ("The trust repaired the gates. | It closed the flight.", False),  # sentences
    ],
)
def test_is_bar(line: str, bar: bool) -> None:
    assert is_bar(_unit(line)) is bar


@pytest.mark.parametrize(
    "tail",
    [
        "Download this timeline as a PDF | Print this page\n\nTeachers: our lock workshop is open to school groups. Email learn@canal.example to book.\n\n"
        "The Canal Trust is a registered charity. Opening times | Accessibility",
        "Share this obituary | Send a tribute\n\nA family notice can be placed by calling the office.",
        "Report an error | Reprint rights\n\nCanal Press Agency AB · Org. no. 556000-0000",
    ],
)
def test_clean_a_bar_after_the_body_ends_it(tail: str) -> None:
    doc = _doc(f"Locks close for winter\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{tail}\n")
    assert doc.text.endswith(P4)


def test_clean_a_share_bar_between_paragraphs_ends_nothing() -> None:
    doc = _doc(f"Locks close for winter\n\n{P1}\n\n{P2}\n\nShare: Facebook | X | Email\n\n{P3}\n\n{P4}\n")
    assert P3 in doc.text and P4 in doc.text and "Facebook" not in doc.text


@pytest.mark.parametrize(
    "ad",
    [
        "ADVERTISEMENT\nWeekend breaks on the canal - book now and save 20%",
        "[Advertisement]\nJetzt testen: 4 Wochen digital für 0,99 Euro",
        "Advertisement\nBoat insurance from 5 pounds a month",
    ],
)
def test_clean_the_copy_under_an_ad_label_is_the_ad(ad: str) -> None:
    doc = _doc(f"Locks close for winter\n\n{P1}\n\n{P2}\n\n{ad}\n\n{P3}\n\n{P4}\n")
    assert ad.splitlines()[1] not in doc.text
    assert P3 in doc.text


def test_clean_a_paragraph_after_an_ad_label_stays() -> None:
    doc = _doc(f"Locks close for winter\n\n{P1}\n\nADVERTISEMENT\n\nThe gates were shut on Monday.\n\n{P2}\n\n{P3}\n")
    assert "The gates were shut on Monday." in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "[Image] Boat owners at the upper lock on Saturday. Photo: Canal Press / J. Hale",
        "[Photo] Ann Pryce at the lock cottage, 1968. Photograph: Pryce family",
        "[Foto / Photo] The flooded flight in 1911. Beeld: town archive",
    ],
)
def test_lexicon_a_caption_where_the_picture_was(line: str) -> None:
    assert lexicon_kind(_unit(line)) == "caption"


@pytest.mark.parametrize(
    "line",
    ["[1] Canal Trust, Annual report, 1912, p. 4.", "[Translator's note: the lock is called a sluis in the original.]"],
)
def test_lexicon_other_bracketed_lines_are_no_caption(line: str) -> None:
    assert lexicon_kind(_unit(line)) != "caption"


# --- notes about the page and about the translation ---------------------------------------------

@pytest.mark.parametrize(
    "note",
    [
        '<p class="hatnote">This article is about the canal locks. For the song, see Upper Locks (song).</p>',
        '<div class="dablink">For the locks on the river, see River locks.</div>',
        '<div class="rellink boilerplate">Main article: History of the canal</div>',
    ],
)
def test_html_a_note_about_the_page_leaves(note: str) -> None:
    html = (f"<html><head><title>Upper locks</title></head><body><div id=\"content\"><h1>Upper locks</h1>{note}"
            f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></div></body></html>")
    doc = _document_from_html("a.html", html, "utf-8")
    assert "For the song" not in doc.text and "For the locks" not in doc.text and "Main article" not in doc.text
    assert doc.text.startswith(P1[:40])


# the label a page prints over its headline, marked by its class (news CMSs: "kicker", "eyebrow",
# "overline"), leaves the text; a long element so classed (a wrapper) stays
@pytest.mark.parametrize(
    "label, gone",
    [
        ('<p class="kicker">EXPLAINER</p>', True),
        ('<span class="article-eyebrow">Analysis</span>', True),
        ('<div class="overline">Canal history</div>', True),
        (f'<div class="kicker-wrap"><p>{P3}</p></div>', False),
    ],
)
def test_html_the_label_over_the_headline_leaves(label: str, gone: bool) -> None:
    html = (f"<html><head><title>Upper locks reopen</title></head><body><article>{label}<h1>Upper locks reopen</h1>"
            f"<p>{P1}</p><p>{P2}</p></article></body></html>")
    doc = _document_from_html("a.html", html, "utf-8")
    assert P1[:40] in doc.text and P2[:40] in doc.text
    if gone:
        assert all(w not in doc.text for w in ("EXPLAINER", "Analysis", "Canal history"))
    else:
        assert P3[:40] in doc.text


@pytest.mark.parametrize(
    "footer",
    [
        "<p>This page was last edited on 2 February 2024, at 09:41.</p>",
        "<div id=\"footer-info\"><span>This article was last modified on 5 March 2022.</span></div>",
        "<footer><p>Last edited 7 January 2020</p></footer>",
    ],
)
def test_html_a_revision_note_is_no_publication_date(footer: str) -> None:
    # session 34: a revision note may date an otherwise undated page, but only as inferred (it dates
    # the version read); it never gives a publication date as printed
    from chronica.ingest._published import is_inferred

    html = (f"<html><head><title>Upper locks</title></head><body><article><h1>Upper locks</h1>"
            f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></article>{footer}</body></html>")
    doc = _document_from_html("a.html", html, "utf-8")
    assert doc.published is None or (doc.published_source == "revision-note" and is_inferred(doc.published_source))


def test_html_a_publication_time_in_the_meta_still_dates_a_page_with_a_revision_note() -> None:
    html = ('<html><head><title>Upper locks</title><meta property="article:published_time" content="2021-06-03T09:00:00Z">'
            f"</head><body><article><h1>Upper locks</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>"
            "<p>This page was last edited on 3 June 2021.</p></body></html>")
    assert _document_from_html("a.html", html, "utf-8").published == "2021-06-03"


@pytest.mark.parametrize(
    "note, iso",
    [
        ("Translated from the Dutch by Pieter Aalders. The original article appeared in the print edition of 26.08.2023.",
         "2023-08-26"),
        ("The original story was published in Kanaalnieuws on 4 May 2019.", "2019-05-04"),
        ("Translated from the Welsh by Jo Hale. Originally published in the Valley Herald, 3 March 2021.", "2021-03-03"),
    ],
)
def test_provenance_notes_of_several_sentences_date_the_piece(note: str, iso: str) -> None:
    assert contributor_note(note)
    doc = _doc(f"Locks close for winter\n\n{note}\n\nBy Marit Vos\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert doc.published == iso
    assert "original" not in doc.text.lower()


def test_provenance_a_sentence_of_the_story_is_no_note() -> None:
    assert not contributor_note("Translated from the Dutch by Pieter Aalders. The locks closed on Monday after the floods.")


@pytest.mark.parametrize(
    "note",
    [
        "Translator's note: Dutch place names are kept in their original spelling.",
        "Translators' note: Distances are given in kilometres, as in the original.",
        "Translator’s note (May 3): The minister's title has been corrected.",
    ],
)
def test_clean_a_translators_note_at_the_end_leaves(note: str) -> None:
    doc = _doc(f"Locks close for winter\n\n{P1}\n\n{P2}\n\n{P3}\n\n{note}\n")
    assert "note" not in doc.text.lower()
    assert doc.text.endswith(P3)


@pytest.mark.parametrize("heading", ["Read more explainers:", "Read more stories", "Read also:"])
def test_clean_a_read_more_heading_and_its_list_after_the_body(heading: str) -> None:
    doc = _doc(f"Locks close for winter\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{heading}\n> Why do canal gates fail in floods?\n"
               "> Who pays for the upper locks?\n")
    assert doc.text.endswith(P4)


# --- the set of own pages ------------------------------------------------------------------------

def test_cleaning_case_corpus_own21_all_clean() -> None:
    gold = FIXTURES / "own21_gold.yaml"
    scores = evaluate_cleaning([gold])[str(gold)]
    t = totals(scores)
    assert t["documents_clean"][0] == t["documents_clean"][1] == 8, [(s.file, s.boilerplate_kept, s.body_lost) for s in scores]
    for measure in ("titles", "dates", "authors"):
        assert t[measure][0] == t[measure][1], (measure, [(s.file, s.title, s.published, s.author) for s in scores])


# --- a comment thread by its own pattern: "NAME - DATE, HH:MM" over each comment -----------------

@pytest.mark.parametrize(
    "stamp, is_stamp",
    [
        ("Ruth Allen - 4 May 2018, 18:05", True),
        ("Tomas B. - 5 May 2018, 09:12", True),
        ("Ines from Leeds – 6 May 2018 at 4:15 pm", True),
        ("boatman_42 · May 7", True),
        ("lockkeeper · 8 May 2018", True),
        ("Upper Lock – 14 June 1911", False),  # a place and a date: a timeline's entry
        ("14 June 1911 - The gates fail", False),
        ("Published 4 May 2018 · 10:04", False),
        ("By Ruth Allen - 4 May 2018, 10:04", False),  # a byline
    ],
)
def test_is_commenter_stamp(stamp: str, is_stamp: bool) -> None:
    from chronica.ingest._clean import is_commenter_stamp

    assert is_commenter_stamp(stamp) is is_stamp


@pytest.mark.parametrize(
    "thread",
    [
        "Ruth Allen - 4 May 2018, 18:05\nMy father worked the upper flight for thirty years.\n\n"
        "Tomas B. - 5 May 2018, 09:12\nThe gates were always the problem, even in the sixties.",
        "boatman_42 · May 7\nGreat piece, thank you.\n\nlockkeeper · May 8\nWe moored below the flight last summer.",
        "Ines from Leeds – 6 May 2018 at 4:15 pm\nDoes anyone have photographs of the 1911 flood?\n\n"
        "Ruth Allen – 6 May 2018 at 6:40 pm\nThe town archive has a box of them, Ines.",
    ],
)
def test_clean_a_comment_thread_without_a_heading_leaves_by_its_stamps(thread: str) -> None:
    doc = _doc(f"Locks close for winter\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{thread}\n")
    assert doc.text.endswith(P4)


def test_clean_timeline_entries_of_place_and_date_are_no_thread() -> None:
    entries = ("Upper Lock – 14 June 1911\nThe gates fail in the great flood.\n\n"
               "Lower Lock – 2 March 1947\nThe gates fail again after the snow melts.")
    doc = _doc(f"Locks close for winter\n\n{P1}\n\n{P2}\n\n{P3}\n\n{entries}\n")
    assert "The gates fail again after the snow melts." in doc.text


@pytest.mark.parametrize(
    "thread",
    [
        '<section id="comments"><div class="comment"><p class="comment-meta">Ruth Allen - <time datetime="2019-05-04">4 May 2019</time>, 18:05</p>'
        "<p>My father worked the flight.</p></div></section>",
        '<ol class="commentlist"><li><div class="byline">Posted by Tomas Berg on 5 May 2019</div><p>Great piece.</p></li></ol>',
        '<div id="disqus_thread"><div class="post-meta"><time datetime="2019-05-06T09:12">6 May 2019</time> · lockkeeper</div>'
        "<p>We moored below the flight.</p></div>",
    ],
)
def test_html_a_readers_stamp_never_dates_or_signs_the_page(thread: str) -> None:
    html = (f"<html><head><title>Locks close for winter</title></head><body><article><h1>Locks close for winter</h1>"
            f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></article>{thread}</body></html>")
    doc = _document_from_html("a.html", html, "utf-8")
    assert doc.published is None or not doc.published.startswith("2019-05")
    assert doc.author not in ("Ruth Allen", "Tomas Berg", "lockkeeper")


def test_html_a_wrapper_classed_for_comments_around_the_article_stays() -> None:
    html = (f'<html><head><title>Locks close for winter</title></head><body><div class="post has-comments">'
            f"<article><h1>Locks close for winter</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article></div></body></html>")
    doc = _document_from_html("a.html", html, "utf-8")
    assert P1[:60] in doc.text and P3[:60] in doc.text


def test_clean_stamped_posts_from_the_top_on_are_a_live_blog_not_a_thread() -> None:
    posts = [f"Ruth Allen - 4 May 2018, {h}:05\n{p}" for h, p in zip((9, 10, 11, 12), (P1, P2, P3, P4))]
    doc = _doc("Locks close for winter - live\n\n" + "\n\n".join(posts) + "\n")
    assert P4 in doc.text and P3 in doc.text


@pytest.mark.parametrize(
    "tail",
    [
        "Most read\n1. Storm warning for the east coast this week\n2. Ferry fares to rise in spring",
        "Trending now\nHarbour dredging to begin in May\nCouncil approves new cycle lane",
        "Most viewed this week\n- The last working boatman retires\n- A new bridge for the towpath",
    ],
)
def test_clean_a_most_read_list_after_the_body_is_no_article(tail: str) -> None:
    doc = _doc(f"Locks close for winter\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{tail}\n")
    assert doc.text.endswith(P4)


@pytest.mark.parametrize(
    "top, title",
    [
        ("INTERVIEW\n\n'We never expected the gates to hold': a lock keeper remembers\n\nBy Jo Hale | 3 May 2022\n\n",
         "'We never expected the gates to hold': a lock keeper remembers"),
        ("OBITUARY\n\nAnn Pryce, keeper of the upper locks\n\n3 May 2022\n\n", "Ann Pryce, keeper of the upper locks"),
        ("THE LONG READ\n\nHow a valley learned to live with its floods\n\n", "How a valley learned to live with its floods"),
    ],
)
def test_title_under_a_kicker_in_capitals(top: str, title: str) -> None:
    doc = _doc(f"{top}{P1}\n\n{P2}\n\n{P3}\n")
    assert doc.title == title
    assert doc.text.startswith(P1)


def test_title_a_site_name_in_capitals_over_its_menu_is_no_kicker() -> None:
    doc = _doc(f"THE VALLEY POST\nNews | Sport | Canals\n\nLocks close for the winter after floods\n\nBy Jo Hale\n\n{P1}\n\n{P2}\n")
    assert doc.title == "Locks close for the winter after floods"


@pytest.mark.parametrize(
    "footer",
    [
        "<footer><p>© 2024 Valley Post. Page generated 5 March 2024.</p></footer>",
        '<div id="footer"><p>Printed from valleypost.example on 5 March 2024</p></div>',
        '<div class="site-footer"><span>Archive copy made 5 March 2024</span></div>',
    ],
)
def test_html_a_date_only_the_footer_prints_is_no_publication_date(footer: str) -> None:
    html = (f"<html><head><title>Upper locks</title></head><body><article><h1>Upper locks</h1>"
            f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></article>{footer}</body></html>")
    assert _document_from_html("a.html", html, "utf-8").published is None


def test_html_a_byline_date_also_printed_in_the_footer_still_dates_the_page() -> None:
    html = (f'<html><head><title>Upper locks</title></head><body><article><h1>Upper locks</h1>'
            f'<p class="byline">By Jo Hale, 5 March 2024</p><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>'
            "<footer><p>Page generated 5 March 2024.</p></footer></body></html>")
    assert _document_from_html("a.html", html, "utf-8").published == "2024-03-05"


@pytest.mark.parametrize(
    "line",
    ["Written by Jo Hale on May 3, 2022", "By Jo Hale on 3 May 2022", "Posted by Jo Hale on 3 May 2022 in News"],
)
def test_metadata_a_line_of_who_and_when_under_the_headline(line: str) -> None:
    doc = _doc(f"Locks reopen after winter repairs\n\n{line}\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert (doc.author, doc.published) == ("Jo Hale", "2022-05-03")
    assert doc.text.startswith(P1)
