"""Metadata in the text: header blocks, titles, bylines, datelines, date normalisation."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.ingest import date_line, dateline, load, normalise_date, parse_header, strip_chapter_number

BODY = ("The city council approved the new budget on Monday after a long debate about the cost of "
        "repairing the harbour walls.\n\nWork is expected to start in the spring and to last about eighteen months.\n")


def _doc(tmp_path: Path, text: str, name: str = "a.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    docs, errors = load(p)
    assert not errors
    return docs[0]


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, iso",
    [
        ("2024-07-25", "2024-07-25"), ("2024-07-25T10:00:00+02:00", "2024-07-25"), ("2024/7/5", "2024-07-05"),
        ("July 25, 2024", "2024-07-25"), ("25 July 2024", "2024-07-25"), ("Sept. 3, 2019", "2019-09-03"),
        ("3rd March 2021", "2021-03-03"), ("Tuesday, 3 March 2021", "2021-03-03"), ("March 2021", "2021-03"),
        ("2021-03", "2021-03"), ("2021", "2021"), ("25.07.2024", "2024-07-25"), ("13/07/2024", "2024-07-13"),
        ("07/13/2024", "2024-07-13"), ("Tue, 03 Mar 2021 10:00:00 GMT", "2021-03-03"),
        ("03/04/2021", None), ("February 30, 2021", None), ("soon", None), ("", None), (None, None),
    ],
)
def test_normalise_date(value, iso) -> None:
    assert normalise_date(value) == iso


@pytest.mark.parametrize(
    "para, iso",
    [
        ("July 25, 2024: Leaders met in the capital to sign the treaty.", "2024-07-25"),
        ("WASHINGTON, March 3, 2021 — The Senate voted on the bill.", "2021-03-03"),
        ("LONDON, England, 12 May 2019 - Ministers agreed a new plan.", "2019-05-12"),
        ("12 May 2019 - Ministers agreed a new plan.", "2019-05-12"),
        ("2019-05-12: Ministers agreed a new plan.", "2019-05-12"),
        ("PARIS (Reuters), June 1, 2020 -- Talks resumed.", "2020-06-01"),
        ("In 1945, the war ended and the country was divided.", None),
        ("On June 25, 1950, the war broke out.", None),
        ("Ministers agreed a new plan on 12 May 2019.", None),
    ],
)
def test_dateline(para: str, iso: str | None) -> None:
    assert dateline(para) == iso


def test_date_line() -> None:
    assert date_line("Published: 3 March 2021, 10:04 GMT") == "2021-03-03"
    assert date_line("Updated on July 4, 2022") == "2022-07-04"
    assert date_line("Tuesday, 1 March") is None
    assert date_line("March 3, 2021 was a cold day for everyone in the town") is None


@pytest.mark.parametrize(
    "line, iso",
    [
        # a reading-time note beside the date (magazine, blog platform and news-site shapes)
        ("Published 9 July 2019 · 7 min read", "2019-07-09"),
        ("June 2, 2020 | 6-minute read", "2020-06-02"),
        ("12.03.2019 | Reading time: 5 minutes", "2019-03-12"),
        # a reading time alone, or beside something that is not a date, dates nothing
        ("7 min read", None),
        ("Published 3 May 2021 · Opinion", None),
        # an update note that gives no date, set off by spaces or a bar (wire sites)
        ("March 2, 2021 7:42 AM GMT+3    Updated 3 hours ago", "2021-03-02"),
        ("May 9, 2019 4:18 PM EST  Updated 25 mins ago", "2019-05-09"),
        ("Jun 1, 2022 9:52 p.m. AST | Updated an hour ago", "2022-06-01"),
        ("Updated 2 hours ago", None),
        # a weekday before a date in figures (continental and ISO styles)
        ("Thursday 22.11.2018", "2018-11-22"),
        ("Tuesday, 04.06.2019", "2019-06-04"),
        ("Monday 2024-07-22", "2024-07-22"),
    ],
)
def test_date_line_beside_a_reading_time(line: str, iso: str | None) -> None:
    assert date_line(line) == iso


@pytest.mark.parametrize(
    "value, title",
    [
        ('Peace signed: closed the years of "no war, no peace"', 'Peace signed: closed the years of "no war, no peace"'),
        ('"Harbour deal signed"', "Harbour deal signed"),
        ("'Ferry strike ends'", "Ferry strike ends"),
        ('"Talks" resume in the capital', '"Talks" resume in the capital'),
    ],
)
def test_header_value_loses_only_quotes_that_wrap_it(value: str, title: str) -> None:
    assert parse_header(f"title: {value}\nsource: X\n\nbody")[0]["title"] == title


def test_dateline_in_file_is_kept_in_text(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "Budget passes\n\nArchives\n\nMarch 3, 2021: " + BODY)
    assert (doc.published, doc.published_source) == ("2021-03-03", "dateline")
    assert doc.text.startswith("March 3, 2021: The city council")


def test_date_only_line_under_the_title(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "Budget passes\n\nPublished: 4 May 2020\n\n" + BODY)
    assert (doc.published, doc.published_source) == ("2020-05-04", "dateline")
    assert "Published" not in doc.text


def test_no_date_from_the_middle_or_the_bibliography(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "Budget passes\n\n" + BODY + "\nOn June 25, 1950, the old wall was built.\n\n"
               "References\n\nHale, E. Walls. London: Tideway Press, 1998.\n")
    assert doc.published is None


# --- header block -----------------------------------------------------------------------------


def test_header_block(tmp_path: Path) -> None:
    text = ("Title: Budget passes after long night\nURL: https://news.example/budget\nSource: Harbour Herald\n"
            "Published: 2021-03-03\nAuthor: Jane Doe\n\n" + BODY)
    doc = _doc(tmp_path, text)
    assert doc.title == "Budget passes after long night"
    assert doc.url == "https://news.example/budget" and doc.outlet == "Harbour Herald" and doc.author == "Jane Doe"
    assert (doc.published, doc.published_source) == ("2021-03-03", "header")
    assert doc.text.startswith("The city council") and "Title:" not in doc.text
    assert all(doc.text[c : c + n] == doc.raw[r : r + n] for c, r, n in doc.spans)


def test_header_keys_are_case_insensitive_and_date_forms_vary() -> None:
    fields, end = parse_header("TITLE: A\nDATE: March 4, 2020\nsource: X\n\nbody")
    assert fields == {"title": "A", "published": "2020-03-04", "outlet": "X"} and end == len("TITLE: A\nDATE: March 4, 2020\nsource: X\n")


def test_a_title_with_a_colon_is_not_a_header() -> None:
    assert parse_header("Korea: the long road\n\nBody text here.") == ({}, 0)
    assert parse_header("Note: this is a sentence that goes on\nand on.\n\nBody") == ({}, 0)


def test_header_title_repeated_as_first_line_is_removed(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "title: Budget passes\n\nBudget passes\n\n" + BODY)
    assert doc.title == "Budget passes" and not doc.text.startswith("Budget")


# --- titles and bylines -----------------------------------------------------------------------


def test_first_line_headline_is_the_title(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "Budget passes after a long night\n" + BODY)
    assert doc.title == "Budget passes after a long night" and doc.text.startswith("The city council")


def test_first_line_sentence_is_not_a_title(tmp_path: Path) -> None:
    first = "The council sent more money to the harbour, and the mayor welcomed the decision on Friday."
    doc = _doc(tmp_path, first + "\n" + BODY)
    assert doc.title is None and doc.text.startswith(first)


def test_first_line_that_runs_on_is_not_a_title(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "The council sent more money to\nthe harbour than ever before in its long history.\n\n" + BODY)
    assert doc.title is None


def test_chapter_number_stripped(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "7 Building Against the Sea: Harbours in the North\n\nAda Brook\n\n" + BODY)
    assert doc.title == "Building Against the Sea: Harbours in the North"
    assert doc.author == "Ada Brook" and "Ada Brook" not in doc.text


@pytest.mark.parametrize(
    "title, stripped",
    [("18 Evolving Relations", "Evolving Relations"), ("Chapter 3: Exile", "Chapter 3: Exile"), ("IV. The Return", "The Return"),
     ("3 Things to Know About Tides", "3 Things to Know About Tides"), ("1984 Revisited", "1984 Revisited"),
     ("Civil War Diaries", "Civil War Diaries"), ("I Was There", "I Was There")],
)
def test_strip_chapter_number(title: str, stripped: str) -> None:
    assert strip_chapter_number(title) == stripped


def test_byline(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "Budget passes\n\nBy Jane Doe, Harbour Herald\n\n" + BODY)
    assert doc.author == "Jane Doe" and "By Jane" not in doc.text


def test_markdown_first_heading_is_title(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "# Budget passes\n\n" + BODY, name="a.md")
    assert doc.title == "Budget passes" and doc.text.startswith("The city council")


@pytest.mark.parametrize(
    "top, title",
    [
        # a feature saved with its front matter, menu and cookie note; a standfirst as "##" and a byline
        ("---\nlayout: longread\nsection: Features\n---\n\n[The Review](/) · [Politics](/politics) · [Books](/books)"
         " · [Subscribe](/subscribe)\n\n> We use cookies to improve your reading. [Accept] [Manage]\n\n"
         "# The Long Winter on the Canal\n\n## Ten years after the flood, the towns along the water are still "
         "arguing over who pays\n\n*By Ana Ruiz · 7 April 2024*\n\n", "The Long Winter on the Canal"),
        # an explainer under a breadcrumb and a kicker, its dek in a "##" heading
        ("Home › Explainers › Water\n\nEXPLAINER\n\n# Why the dam matters to both banks\n\n"
         "## The reservoir, the treaty and the drought, in five questions\n\n", "Why the dam matters to both banks"),
        # a headline set over a "#" and a "##" line, the second going on in lower case
        ("Coast & Country\n\n# The ferry timetables\n## that nobody kept for forty years\n\n*Words by Ana Ruiz*\n\n",
         "The ferry timetables that nobody kept for forty years"),
        # a newsletter's name set as a heading in capitals is no title: the piece's own heading is
        ("# THE HARBOUR LETTER\n\nIssue #12 · 3 May 2022\n\n## Council passes budget after all-night session\n\n",
         "Council passes budget after all-night session"),
    ],
)
def test_markdown_level_one_heading_under_furniture_is_title(tmp_path: Path, top: str, title: str) -> None:
    doc = _doc(tmp_path, top + BODY, name="a.md")
    assert doc.title == title and "The city council" in doc.text and title not in doc.text


def test_source_line_gives_outlet(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "Budget passes\n\n" + BODY + "\nSOURCE: Harbour Herald\n")
    assert doc.outlet == "Harbour Herald" and "SOURCE" not in doc.text


def test_known_title_does_not_take_a_second_line(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "title: Budget passes\n\nBudget passes\n\nA long night for the council\n\n" + BODY)
    assert doc.title == "Budget passes" and doc.text.startswith("A long night for the council")


def test_by_followed_by_lower_case_is_not_a_byline(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "Budget passes\n\nBy the harbour\n\n" + BODY)
    assert doc.author is None and "By the harbour" in doc.text


@pytest.mark.parametrize(
    "url, iso",
    [
        ("https://news.example.org/2014/12/18/talks-resume", "2014-12-18"),
        ("https://www.example.com/archives/xpm-1988-10-13-mn-12-story.html", "1988-10-13"),
        ("http://www.example.tv/en/20080812-leaders-accept-plan", "2008-08-12"),
        ("https://example.net/stories/2019_03_05_flood", "2019-03-05"),
        ("https://example.org/13-june-1982/18727/", None),  # a topic date, not a publication date
        ("https://example.eu/strategy/77093", None),
        ("https://example.com/item/20081399-x", None),  # no valid day
        (None, None),
    ],
)
def test_metadata_url_date(url: str | None, iso: str | None) -> None:
    from chronica.ingest._metadata import url_date

    assert url_date(url) == iso


def test_url_date_dates_a_text_without_published(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("title: Talks resume\nurl: https://news.example.org/2014/12/18/talks-resume\n\n"
                 "The two governments agreed on Wednesday to resume talks after a long pause.\n", encoding="utf-8")
    doc = load(f)[0][0]
    assert (doc.published, doc.published_source) == ("2014-12-18", "url")


P_ONE = ("The council met on Monday and approved the budget after a long debate that ran past midnight, "
         "with opposition members saying the plan cut too deeply into school funding.")
P_TWO = ("The mayor said the city had no choice after two years of falling tax revenue and rising costs, "
         "and promised to review the cuts in the spring.")


@pytest.mark.parametrize(
    "top, title, author, published",
    [
        # a saved news page: site name, menus, a section path, the headline, byline, dateline and date line
        ("Skip to main content\nHarbour Wire | News\nHome  World  Business  Culture\n\nWORLD / EUROPE\n\n"
         "Council passes budget after all-night session\n\nBy Ana Ruiz\nPublished 3 Mar 2021 09:42 GMT\n\n",
         "Council passes budget after all-night session", "Ana Ruiz", "2021-03-03"),
        # a timeline site: menu, a label in capitals, the headline, a credit line of parts
        ("CITY DAILY\nNews | Timelines | Shop\n\nTIMELINES\n\nThe budget fight: key dates from the first vote to the last\n\n"
         "Compiled by Jo Ode | July 16, 2019 | Filed under: Politics\n\n",
         "The budget fight: key dates from the first vote to the last", "Jo Ode", "2019-07-16"),
        # a heritage site: site name and tools, the headline, a pager, then the text
        ("Town History Online\n[Home] [Topics] [Timelines]\n\nPrint this page   Email a friend\n\n"
         "The budget and the vote: a timeline\n\nPage 3 of 4 – The budget and the vote\n"
         "Previous page: The petitions | Next page: After 1893\n\n",
         "The budget and the vote: a timeline", None, None),
        # a textbook page: running head, chapter number, the title, a study-aid label
        ("UNIT 4  THE CITY                                    87\n\nCHAPTER 9\nBudgets and the Town Hall in the 1890s\n\n"
         "LEARNING OBJECTIVES\n\n", "Budgets and the Town Hall in the 1890s", None, None),
        # a wire slug over the headline, a date line and a lower-case byline under it
        ("BUDGET-CITY/VOTE (PIX)\n\nCouncil passes budget after all-night session\n\nUpdated 2024-07-09 16:05 CET\n\nby Ana Ruiz\n\n",
         "Council passes budget after all-night session", "Ana Ruiz", "2024-07-09"),
        # a site's name over its menu is no headline; a date line over the headline dates the piece
        ("Harbour Agency — Newsroom\nLatest | Politics | Science | Sport\nSearch...\n\nYou are reading: Science > Polar\n\n"
         "Monday 2 December 2019\n\nCouncil passes budget after all-night session\n\n",
         "Council passes budget after all-night session", None, "2019-12-02"),
        ("City Gazette Online\nNews | Sport | Weather\n\nTuesday, 3 March 2021\n\nA long night at the town hall ends in a vote\n\n",
         "A long night at the town hall ends in a vote", None, "2021-03-03"),
        # a quote and its speaker above the first paragraph are no headline
        ("Where I Live\nA-Z Index\n\nThe vote was the longest any of us could remember, and the hall was freezing.\n"
         "Jose Ferreira, councillor\n\n", None, None, None),
    ],
)
def test_headline_under_a_masthead(tmp_path: Path, top: str, title: str | None, author: str | None,
                                   published: str | None) -> None:
    doc = _doc(tmp_path, top + P_ONE + "\n\n" + P_TWO + "\n")
    assert (doc.title, doc.author, doc.published) == (title, author, published)
    assert P_ONE in doc.text and P_TWO in doc.text
    if title:
        assert title not in doc.text


@pytest.mark.parametrize(
    "line, found",
    [
        ("Compiled by Marcus Feld | July 16, 2019 | Filed under: History, NASA", ("Marcus Feld", "2019-07-16")),
        ("Posted 6 May 2024 by Editorial Team · 7 comments", (None, "2024-05-06")),
        ("Last Updated: Aug 19, 2023 • Article History", (None, "2023-08-19")),
        ("By Henrik Vos · Columnist", ("Henrik Vos", None)),
        ("The council met on Monday | and then it rained for a week.", None),
        ("Politics | Economy | Culture", None),
    ],
)
def test_meta_line_under_a_headline(line: str, found: tuple | None) -> None:
    from chronica.ingest._metadata import _meta_line

    assert _meta_line(line) == found


_HTML_BODY = "".join(f"<p>{P_ONE} {P_TWO}</p>" for _ in range(3))


@pytest.mark.parametrize(
    "meta, author, published",
    [
        # a reference site's meta block: "Written by:" and "Last updated:"
        ('<div class="article-meta"><p>Written by: <a>Mia Berg</a>, Professor of History</p>'
         "<p>Last updated: 3 March 2021</p></div>", "Mia Berg", "2021-03-03"),
        # a blog's post meta: "Posted on DATE by NAME"
        ('<div id="post-meta"><span>Posted 6 May 2024 by Tom Lake</span></div>', "Tom Lake", "2024-05-06"),
        # a news page's byline block with a time element
        ('<p class="byline">By Ana Ruiz</p><time>12 June 2019</time>', "Ana Ruiz", "2019-06-12"),
    ],
)
def test_html_byline_block_the_extractor_leaves_out(tmp_path: Path, meta: str, author: str, published: str) -> None:
    html = (f"<html><head><title>Budget vote</title></head><body><article><h1>Budget vote</h1>{meta}"
            f"{_HTML_BODY}</article></body></html>")
    doc = _doc(tmp_path, html, "a.html")
    assert (doc.author, doc.published) == (author, published)


@pytest.mark.parametrize("heading", ["Share this:", "Advertisement", "Related stories"])
def test_html_furniture_heading_is_no_title(tmp_path: Path, heading: str) -> None:
    """A page whose only heading is a line of furniture (a share box, an ad label, a related-links
    box set as <h1>) gets no title rather than a guessed one, and its text is kept."""
    html = (f"<html><head><meta charset='utf-8'></head><body><div><h1>{heading}</h1><ul><li><a href='#'>One</a></li>"
            f"<li><a href='#'>Two</a></li></ul></div><article><p>{P_ONE}</p><p>{P_TWO}</p></article></body></html>")
    doc = _doc(tmp_path, html, name="a.html")
    assert doc.title is None
    assert P_ONE in doc.text and P_TWO in doc.text


# --- a labelled subject names the piece -------------------------------------------------------

EMAIL_DIGEST = """From: The Lakeside Letter <digest@lakeside-letter.example>
Subject: #88 | Why the ferry timetable changed again
Date: Tue, 4 May 2021 06:00:00 +0000

View in browser

THE LAKESIDE LETTER
Your weekly note on the northern lakes
Issue #88 | Tuesday, 4 May 2021

{body}"""

EMAIL_BRIEF = """From: Harbour Brief <news@harbourbrief.example>
To: reader@example.com
Date: Mon, 11 Jan 2021 07:00:00 +0100
Subject: The Harbour Brief #31: The crane that never arrived

View this email in your browser

THE HARBOUR BRIEF

{body}"""

CABLE = """Reading Room | Search | Help

Document 1977PORTVILLE01234 - Released in Full

UNCLASSIFIED

P 041200Z MAY 77
FM AMEMBASSY PORTVILLE
TO SECSTATE WASHDC

SUBJECT: NORTHLAND AND SOUTHLAND REOPEN BORDER POST

1. SUMMARY: {body}"""

CAPTIONS = """NORTHBAY TELEVISION — CLOSED CAPTION TRANSCRIPT
PROGRAMME: THE EVENING REPORT
BROADCAST: 04/05/2021 19:00
SEGMENT: FERRY CREWS WALK OUT OVER PAY

[19:00:02] >> {body}"""


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (EMAIL_DIGEST, "Why the ferry timetable changed again"),  # the issue number before the subject is no title
        (EMAIL_BRIEF, "The crane that never arrived"),  # nor is the newsletter's name with its number
        (CABLE, "NORTHLAND AND SOUTHLAND REOPEN BORDER POST"),  # a cable's subject over the reading room's page title
        (CAPTIONS, "FERRY CREWS WALK OUT OVER PAY"),  # a caption transcript's segment
        # a subject of one or two words names a topic, not the piece
        (EMAIL_BRIEF.replace("The Harbour Brief #31: The crane that never arrived", "Weekly digest"), None),
    ],
)
def test_a_labelled_subject_is_the_title(tmp_path: Path, text: str, title: str | None) -> None:
    doc = _doc(tmp_path, text.format(body=BODY))
    if title is None:
        assert doc.title != "Weekly digest"
    else:
        assert doc.title == title
    assert "approved the new budget on Monday" in doc.text


# --- the section a page is filed under is no title ----------------------------------------------

@pytest.mark.parametrize(
    ("top", "title"),
    [
        # the section repeats an item of the menu above it
        ("Lakeside Online | Home | Local | Region and World | Economy | Sport\n\nRegion and World\n\n"
         "Two towns agree to share the cost of the new bridge", "Two towns agree to share the cost of the new bridge"),
        ("THE NORTHBAY STAR\nHome · News · Harbour Life · Sport\n\nHarbour Life\n\n"
         "Old ferry makes its last crossing after sixty years\n\nBy Ana Sorel", "Old ferry makes its last crossing after sixty years"),
        # a path whose first step is a menu item
        ("Home | News | Business | Opinion | Sport\n\nOpinion > Our Columnists\n\n"
         "Why the bridge will cost more than we were told\n\n3 May 2021", "Why the bridge will cost more than we were told"),
        # a headline that only shares a word with the menu is the title
        ("Home | News | Harbour | Sport\n\nHarbour reopens after the storm", "Harbour reopens after the storm"),
    ],
)
def test_a_section_label_under_the_menu_is_no_title(tmp_path: Path, top: str, title: str) -> None:
    doc = _doc(tmp_path, f"{top}\n\n{BODY}")
    assert doc.title == title
    assert doc.text.startswith("The city council approved the new budget")


# --- session 33: the only level-one heading under a notice; a long headline over a dateline; a time by its zone --

@pytest.mark.parametrize(
    ("top", "title"),
    [
        # a call to sign in between the menu and the headline
        ("Casebook | Briefs | Outlines | Sign in\n\nSign in to save this brief to your library.\n\n"
         "# The Harbour Walls Case — Brief", "The Harbour Walls Case — Brief"),
        # an affiliate note in a box over the headline
        ("[Guides](/) › [Europe](/europe) › History\n\n> **Heads up:** Some links on this page are affiliate links. "
         "If you book through them we may earn a small commission.\n\n# Lakeside Town: History", "Lakeside Town: History"),
        # a cookie note as a plain paragraph
        ("We use cookies to remember your settings and to count our readers.\n\n# Why the harbour walls failed",
         "Why the harbour walls failed"),
    ],
)
def test_the_only_markdown_heading_under_a_notice_is_the_title(tmp_path: Path, top: str, title: str) -> None:
    doc = _doc(tmp_path, f"{top}\n\n{BODY}", name="a.md")
    assert doc.title == title
    assert doc.text.startswith("The city council approved the new budget")
    assert "Sign in to save" not in doc.text


def test_a_paragraph_over_a_second_level_one_heading_is_text(tmp_path: Path) -> None:
    # two level-one headings: the paragraph over the first is the text's own opening, not a notice
    text = ("The council met on Monday to vote on the harbour budget.\n\n# The vote\n\n" + BODY
            + "\n# The works\n\nThe first stones will be laid in March.\n")
    doc = _doc(tmp_path, text, name="a.md")
    assert doc.title != "The vote"
    assert "The council met on Monday" in doc.text


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        # a wire story's dateline with the agency and no year
        ("Lakeland and Hillmark close their joint border exercise; army chiefs affirm the unity of destiny of the "
         "two fraternal peoples", "PORTVILLE, May 31 (LNA) - The joint exercise of the two armies ended on Monday "
         "at the northern training area in the presence of both chiefs of staff."),
        # a full dateline with the year
        ("Ministers of the two river states sign a treaty on the shared dam after ten years of talks and two "
         "failed summits", "RIVERTON, March 3, 2021 — The ministers of the two river states signed the treaty "
         "on the shared dam on Wednesday after ten years of talks."),
        # a question for a headline
        ("Will the two harbour towns ever agree on who pays for the new sea wall that both of them say they need?",
         "NORTHPORT, Oct 2 (Coast Wire) - The councils of the two harbour towns failed again on Friday to agree "
         "on how to share the cost of the sea wall."),
    ],
)
def test_a_long_headline_over_a_dateline_is_the_title(tmp_path: Path, headline: str, lead: str) -> None:
    doc = _doc(tmp_path, f"THE LAKELAND NEWS AGENCY\nHome | Politics | Economy | Sport\n\n{headline}\n\n{lead}\n\n{BODY}")
    assert doc.title == headline
    assert doc.text.startswith(lead[:30])


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph that ends in a full stop is the text's first paragraph
        "The two armies of the neighbouring states held their joint exercise for the third time this year, officials said.",
        # a run of more than 35 words with no final stop is text cut short, not a headline
        "The two armies of the neighbouring states held their joint exercise for the third time this year, and the "
        "officers of both sides said that the drills would be held again next spring in the hills along the river "
        "and in the plains to the east of the border",
    ],
)
def test_a_paragraph_over_a_dateline_is_no_headline(tmp_path: Path, text: str) -> None:
    doc = _doc(tmp_path, f"{text}\n\nPORTVILLE, May 31 (LNA) - The joint exercise ended on Monday at the northern "
               f"training area, the ministry said.\n\n{BODY}")
    assert doc.title is None or not doc.title.startswith("The two armies")
    assert "The two armies" in doc.text


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Monday, 31 May 2021 - 14:20 Portville time", "2021-05-31"),
        ("3 March 2020, 9.30 a.m. local time", "2020-03-03"),
        ("Friday, 12 June 2015 - 08:05 (Lakeland time)", "2015-06-12"),
        ("31 May 2021 - 14:20 Portville time for the talks", None),  # words after the time: no date line
        ("31 May 2021 in good time", None),
    ],
)
def test_a_date_line_whose_time_names_its_zone_by_a_place(line: str, iso: str | None) -> None:
    assert date_line(line) == iso


# --- a column of dates is a chronology, not the date line (issue 10: a timeline entry is no dateline)
# made-up shapes: dates alone, each over its caption (a chapter's "Key dates" box); dates alone in
# a row over the first paragraph; dates with their captions under the headline of a page
DATE_SERIES = [
    "Valdoria and Borduria since 1911\n\nKey dates\n\n4 Mar 1911\n\nTreaty of Ostrava signed\n\n"
    "9 Jun 1923\n\nBorder commission meets\n\n2 Feb 1950\n\nRail link opened\n\n" + BODY,
    "The long quarrel\n\n12 May 1931\n\n7 Oct 1945\n\n30 Jan 1968\n\n" + BODY,
    "Harbour walls: a history\n\n3 April 1902\n\nFirst wall begun\n\n19 August 1931\n\nStorm breach\n\n"
    "1 June 1960\n\nSea gate opened\n\n" + BODY,
]


@pytest.mark.parametrize("text", DATE_SERIES)
def test_a_column_of_dates_is_no_dateline(tmp_path: Path, text: str) -> None:
    doc = _doc(tmp_path, text)
    assert doc.published_source != "dateline" and doc.published is None, (doc.published, doc.published_source)


def test_a_published_and_an_updated_line_are_still_the_dateline(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "Budget passes\n\nPublished: 4 May 2020\n\nUpdated: 5 May 2020\n\n" + BODY)
    assert (doc.published, doc.published_source) == ("2020-05-04", "dateline")
