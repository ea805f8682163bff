"""Issue 10, slices 3 and 4: captions, credits, bylines, promos, cookie banners and comment counts
leave the narrative (kept for audit); a byline's name is the author; a title is read, never guessed;
a short brief is never emptied. Every sentence here was written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.ingest import document_from_text, load
from chronica.ingest._clean import lexicon_kind
from chronica.ingest._units import segment

PAGES = Path(__file__).parent / "fixtures" / "pages"
BODY = ("The regional assembly approved the flood barrier on Thursday after a dispute that had lasted "
        "two years between the farmers and the towns downstream.")
BODY2 = ("Engineers said the first section would be finished before the winter, and that a new channel "
         "would carry the water away from the fields.")


def _kind(line: str) -> str | None:
    return lexicon_kind(segment(line)[0])


@pytest.mark.parametrize(
    "line, kind",
    [
        # captions with agency or photographer credits
        ("Cranes stand idle at the port during the strike. (Photo: Lena Moritz/Example Herald)", "caption"),
        ("Dock workers vote on the offer in the union hall. AP Photo/Rui Santos", "caption"),
        ("Smoke rises over the old quarter. Reuters/Anna Pohl", "caption"),
        ("A convoy waits at the crossing. AFP via Getty Images", "caption"),
        ("Map showing all places named in this article:", "caption"),
        # agency credits and signatures
        ("— Reuters", "credit"),
        ("From Reuters", "credit"),
        ("(AFP)", "credit"),
        ("Reuters/AP", "credit"),
        ("- Staff and agencies", "credit"),
        ("— Jonas Berg", "credit"),
        # promos and calls to act
        ("Vote now: should ports be allowed to strike?", "promo"),
        ("Take our poll on the new bridge", "promo"),
        ("Subscribe to our YouTube channel for the latest videos", "promo"),
        ("Subscribe to our WhatsApp channel for the latest news", "promo"),
        ("Explore Gamewatch, your home for live matches anywhere, click here.", "promo"),
        ("Watch Channel 9's evening programmes on the border crisis.", "promo"),
        ("Download our free app for breaking news", "promo"),
        # messages of the page itself
        ("An unknown error has occurred. Please click the button below to reload the page.", "ui"),
        ("JavaScript is disabled in your browser. Please enable JavaScript to view the map.", "ui"),
        ("Your browser does not support the video tag.", "ui"),
        # cookie banners
        ("We use cookies to give you the best experience on our website.", "cookie"),
        ("This website uses cookies. Accept cookies to continue.", "cookie"),
        ("By continuing to browse you accept our use of cookies.", "cookie"),
        # comment counts and tables of contents
        ("17 comments", "nav"),
        ("Comments (12)", "nav"),
        ("View 40 replies", "nav"),
        ("Cyprusland Table of Contents", "nav"),
        # search boxes saved as text: with the site's name, a blog's with its button
        ("Search...", "nav"),
        ("Search Rivertimes...", "nav"),
        ("Search the archive…", "nav"),
        ("Search this blog: [________] [Go]", "nav"),
        # pagers: a heritage site's, a blog's (arrows, "post"), an online textbook's (arrows, no noun)
        ("Previous page: The tolls | Next page: After the bridge", "nav"),
        ("« Previous post: Spring on the lake        Next post: Who owns the ferries »", "nav"),
        ("< Previous: Chapter 4 — The river towns | Contents | Next: Chapter 6 — The canal >", "nav"),
        ("‹ Older entry: The harbour strike", "nav"),
        # series notes
        ("This blog is part of RIVERNET, a project that studies water disputes across the region.", "disclaimer"),
        ("This article is part of our series on the border towns.", "disclaimer"),
        ("This report was produced with support from a press freedom fund.", "disclaimer"),
    ],
)
def test_clean_lexicon_furniture(line: str, kind: str) -> None:
    assert _kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Reuters reported that the talks had failed after the second day.",
        "The photo shows the damage after the storm, the minister said in parliament.",
        "The story was published in 1923 by a local printer and sold out within a week.",
        "Voters in the south rejected the plan in April, and the line still divides the island.",
        "He told the crowd to click their heels and march home before the curfew.",
        "The poll does not necessarily reflect the mood of the whole town, officials warned.",
        "Farmers said they would accept the barrier if the channel was built first.",
        "1974: The coup",
        "Next, the army moved into the valley and closed the border crossing.",
        "Previously the two towns had shared a market and a ferry.",
        "Search teams found the wreck three days later...",
        "Search parties were sent out along the coast.",
    ],
)
def test_clean_lexicon_leaves_body_sentences(line: str) -> None:
    assert _kind(line) is None


@pytest.mark.parametrize(
    "page, title, author, published, gone, kept",
    [
        ("news_furniture.txt", "Port strike ends after nine days", "Tomas Varga", "2019-03-05",
         ["Example Herald", "AP Photo", "Reuters", "Vote now", "Subscribe", "cookies", "17 comments", "Click here",
          "Skip to content", "Share this"],
         ["The dock workers' strike", "The union had asked", "Shipping lines said"]),
        ("wire_story.html", "Flood barrier approved after two-year row", "Ines Okafor", "2021-11-04",
         ["AP Photo", "Vote now", "Reuters", "Subscribe", "cookies", "Comments", "About time"],
         ["The regional assembly approved", "Farmers had argued", "The assembly also set aside"]),
        ("timeline_list.html", "Island divided: a timeline", "Mara Lindqvist", "2017-07-20",
         ["Photo:", "Advertisement", "Share this", "cookies", "Related stories", "42 comments", "Great article"],
         ["1974: The coup", "The island has been split"]),
        ("author_box.txt", None, "Oskar Lindahl", None,
         ["This blog is part of", "is a senior fellow", "More >", "PhD in Economics", "ORCID", "Contacts"],
         ["Ten years ago", "So in the spring of 2015"]),
        ("menu_top.txt", None, None, None,
         ["Where We Report", "A-Z List", "Front Page | Features | Region", "Regional News"],
         ["The first ships", "Within a week the harbour"]),
    ],
)
def test_load_publisher_pages(page, title, author, published, gone, kept) -> None:
    doc = load(PAGES / page)[0][0]
    assert doc.title == title
    assert doc.author == author
    assert doc.published == published
    for phrase in gone:
        assert phrase not in doc.text, phrase
    for phrase in kept:
        assert phrase in doc.text, phrase
    assert all(doc.raw[r:r + n] == doc.text[c:c + n] for c, r, n in doc.spans) or doc.format == "html"


@pytest.mark.parametrize(
    "raw, title, first",
    [
        # a first line over its paragraph, set apart by a blank line: the headline
        ("Ceasefire agreed at the border\n\n" + BODY, "Ceasefire agreed at the border", BODY[:20]),
        # one paragraph per line: a headline line over a paragraph of prose
        ("Ceasefire agreed at the border\n" + BODY + "\n" + BODY2, "Ceasefire agreed at the border", BODY[:20]),
        # a headline over its byline
        ("Ceasefire agreed at the border\nBy Ana Ruiz\n" + BODY, "Ceasefire agreed at the border", BODY[:20]),
        # a menu block: its first line is no headline, and nothing is cut for it
        ("Where We Report\nA-Z List\nFront Page | Region\n\n" + BODY, None, BODY[:20]),
        # a subheading that runs into its sentence is no title
        ("Troops crossed the river at dawn\nand the town fell by noon.\n\n" + BODY, None, "Troops crossed"),
        # a sentence is no headline
        (BODY + "\n\n" + BODY2, None, BODY[:20]),
    ],
)
def test_metadata_title_is_read_never_guessed(raw: str, title: str | None, first: str) -> None:
    doc = document_from_text("a.txt", "txt", raw)
    assert doc.title == title
    assert doc.text.startswith(first)


@pytest.mark.parametrize(
    "raw",
    [
        "Markets fell sharply",
        "Troops withdraw from the border town\n",
        "Talks resumed on Monday.",
        "Rebels took the airport on Friday. The government fled north.",
        "Strike ends\nWorkers return on Monday",
    ],
)
def test_clean_never_empties_a_short_brief(raw: str) -> None:
    doc = document_from_text("a.txt", "txt", raw)
    assert " ".join(doc.text.split()) == " ".join(raw.split())
    assert doc.title is None


@pytest.mark.parametrize(
    "top",
    [
        # teasers over "Read more" links, above the article
        "Don't miss\n\nThe harbour festival returns\n\nRead more\n\nNew trams for the old town\n\nRead more\n\n",
        "Top stories\n\nA river runs dry in the south\nRead more\nMayor opens the new library\nRead more\n\n",
        "Elections in the hills: what to know\n\nSee more\n\nThe best walks near the coast\n\nSee more\n\n",
    ],
)
def test_clean_read_more_teasers(top: str) -> None:
    doc = document_from_text("a.txt", "txt", "title: Barrier approved\n\n" + top + BODY + "\n\n" + BODY2)
    assert doc.text == BODY + "\n\n" + BODY2


@pytest.mark.parametrize(
    "raw, outlet, author",
    [
        # a site's masthead, a menu and an author box before the first paragraph
        ("source: River Review\n\nRiver Review\n\nHome | Rivers | Dams\nOur Authors\n\n" + BODY + "\n\n" + BODY2,
         "River Review", None),
        ("title: Rivers and law\nsource: Policy Desk (policydesk.example, blog)\n\nPolicy Desk\n\nNo. 3 2011 Spring\nAna Ruiz\n\nPhD in Law\n"
         "Institute of Water Studies\nORCID ID: 0000-0001-0000-0000\n\n" + BODY + "\n\n" + BODY2, "Policy Desk", "Ana Ruiz"),
        ("source: Hill Times\n\nSkip to content\n\nHill Times\n\nLatest issue\nArchive list\n\n" + BODY + "\n\n" + BODY2,
         "Hill Times", None),
    ],
)
def test_clean_masthead_before_the_first_paragraph(raw: str, outlet: str, author: str | None) -> None:
    doc = document_from_text("a.txt", "txt", raw)
    assert doc.text == BODY + "\n\n" + BODY2
    assert doc.outlet.startswith(outlet) and doc.author == author
    assert doc.title in (None, "Rivers and law")


@pytest.mark.parametrize(
    "raw",
    [
        # no masthead sign: short lines before the first paragraph stay (a subheading, a kicker)
        "The long winter\n" + BODY + "\n" + BODY2,
        "Part one\nThe long winter\n\n" + BODY,
        "1921: The survey\n\n" + BODY,
    ],
)
def test_clean_short_lines_before_the_body_stay_without_a_masthead(raw: str) -> None:
    """A line that only numbers a division ("Part one", "Chapter 7") is structure, not narrative:
    it leaves the text (kept among the removed units); every other short line stays."""
    doc = document_from_text("a.txt", "txt", raw)
    kept = doc.text + " " + (doc.title or "")
    for line in raw.splitlines():
        if line.strip() == "Part one":
            assert ("division-number", "Part one") in doc.removed
        elif line.strip():
            assert line.strip() in kept, line


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Key dates {{^userSubscribed}} {{/userSubscribed}}\n\n" + BODY, BODY),
        (BODY + " {% if member %}{% endif %}\n\n" + BODY2, BODY + "\n\n" + BODY2),
        ("<%= banner %>\n\n" + BODY, BODY),
    ],
)
def test_units_template_markup_is_left_out(raw: str, expected: str) -> None:
    doc = document_from_text("a.txt", "txt", raw)
    assert "{{" not in doc.text and "{%" not in doc.text and "<%" not in doc.text
    assert doc.text.endswith(expected[-60:])


@pytest.mark.parametrize(
    "raw",
    [
        "BrandLabel\nthe elections of that autumn were marred by fraud, observers said, and the count was late.",
        "Sponsored\nthe talks of that winter failed when both delegations walked out of the hall.",
        "PhotoDesk\nthe ferry sank in the storm, and the crew was saved by fishermen from the islands.",
    ],
)
def test_units_a_lone_word_line_is_not_glued_to_the_paragraph_under_it(raw: str) -> None:
    units = segment(raw)
    assert len(units) == 2 and units[0].text == raw.splitlines()[0]


@pytest.mark.parametrize(
    "line, removed",
    [
        # a linked headline after a "Related:"/"Read more:" label, even when it asks a question
        ("Related: Will the new bridge be finished before the winter floods?", True),
        ("Read more: Is the harbour tax fair to small traders?", True),
        ("READ ALSO: Why did the ferry strike last so long?", True),
        # "More <things>:" over links to other pieces (an explainer site, a timeline site, an archive)
        ("More explainers: Why the canal still matters | Who owns the islands?", True),
        ("More timelines: Shipbuilding | Railways | Emigration", True),
        ("More from our archives: The great storm of 1953", True),
        # an in-page table-of-contents heading (encyclopedia and documentation pages)
        ("On this page", True),
        ("In this article", True),
        # a labelled sentence of the story stays
        ("Related: The mayor said the talks were over.", False),
        ("More was at stake than the bridge: the whole harbour plan depended on the vote.", False),
    ],
)
def test_clean_teaser_labels_and_page_contents(line: str, removed: bool) -> None:
    doc = document_from_text("a.txt", "txt", "title: Barrier approved\n\n" + BODY + "\n\n" + line + "\n\n" + BODY2)
    assert (line not in doc.text) is removed
    assert BODY in doc.text and BODY2 in doc.text


@pytest.mark.parametrize(
    "line, kind",
    [
        # ads and sponsors: a wire page, a timeline site, a heritage site
        ("(Advertisement)", "ad"),
        ("[ Advertisement — Harbour Ferries: cross the bay from £4.99 ]", "ad"),
        ("Presented by Orbital Optics — Telescopes for every backyard astronomer", "ad"),
        ("Sponsored by the Electoral History Trust", "ad"),
        ("This timeline is sponsored by Orbital Optics.", "ad"),
        ("Thanks to our partner, Ferrovia Travel Insurance. Terms and exclusions apply.", "ad"),
        # captions by their label: a textbook, a heritage site, an encyclopedia
        ("Figure 9.1  Cromford Mill, Derbyshire, as it appears today.", "caption"),
        ("Image: Kate Sheppard, c. 1905. Alexander Turnbull Library", "caption"),
        ("[Image: Cartoon of the river god introducing his children to the city]", "caption"),
        # labelled pull quotes and study aids
        ("Pull quote: Every so often the mismatch becomes a disaster.", "pull-quote"),
        ("Reading focus: How did goods, ideas and diseases travel across Eurasia?", "study-aid"),
        ("Before you read: Look at the map on page 140.", "study-aid"),
        # sources, editorial credits, opinion notes, comment prompts
        ("Sources: NASA History Office; Smithsonian National Air and Space Museum.", "credit"),
        ("Adapted from: World History: Connections, 3rd edition.", "credit"),
        ("Written and fact-checked by the Editors of Reference Desk Online", "credit"),
        ("The Civic Review publishes a range of views. Guest essays reflect the opinions of their authors.", "disclaimer"),
        ("Opinions are those of the original author.", "disclaimer"),
        ("Be the first to share a story about this topic. Log in to comment.", "ui"),
        # story sentences with the same words stay
        ("Advertising revenue at the paper fell by a third in the year after the strike.", None),
        ("Figure skaters from both countries trained together in the 1980s.", None),
        ("The festival was sponsored by the city council for the first time in 1998, and crowds doubled.", None),
        ("The sources of the river were mapped by a French expedition in 1862.", None),
    ],
)
def test_labelled_furniture(line: str, kind: str | None) -> None:
    (unit,) = segment(line)
    assert lexicon_kind(unit) == kind


@pytest.mark.parametrize(
    "box, ad",
    [
        # the label opens a block; the ad's lines follow it with no blank line between
        ("ADVERTISEMENT\nBuy war bonds today! Ask your local bank about our savings plans.",
         "Buy war bonds today!"),
        ("Advertisement\nThe Harbour Hotel: rooms from 49 pounds a night.\nBook now at the front desk.",
         "Harbour Hotel"),
        ("SPONSORED\nTry the new Comet sewing machine, sold at all good stores.", "Comet sewing"),
    ],
)
def test_clean_an_ad_box_goes_with_its_label(box: str, ad: str) -> None:
    doc = document_from_text("a.txt", "txt", "title: Barrier approved\n\n" + BODY + "\n\n" + box + "\n\n" + BODY2)
    assert doc.text == BODY + "\n\n" + BODY2, ad
    assert ad not in doc.text


@pytest.mark.parametrize(
    "raw, kept",
    [
        # the label alone in its block: the paragraph after the blank line is the article's
        (BODY + "\n\nADVERTISEMENT\n\nTalks resumed on Monday.\n\n" + BODY2, "Talks resumed on Monday."),
        # lines not set apart in blocks: the label sits among the article's lines, which stay
        ("The barrier was approved.\nAdvertisement\nTalks resumed on Monday.\nThe farmers agreed.\n"
         "The towns agreed.\nThe work began in May.\n" + BODY2, "Talks resumed on Monday."),
        # a long paragraph under the label is prose, not an ad's line
        (BODY + "\n\nAdvertisement\n" + BODY2 + " " + BODY + "\n\n" + BODY, BODY2),
    ],
)
def test_clean_an_ad_label_takes_no_article_text(raw: str, kept: str) -> None:
    doc = document_from_text("a.txt", "txt", "title: Barrier approved\n\n" + raw)
    assert kept in doc.text


# a broadcast's transcript notes (public-radio and podcast pages print one over the transcript)
@pytest.mark.parametrize(
    "line, kind",
    [
        ("This transcript was produced from a broadcast recording and may contain errors. Please check the audio.", "disclaimer"),
        ("This transcript was created on a rush deadline by a contractor and may be revised.", "disclaimer"),
        ("This interview was edited from a studio recording and may contain mistakes.", "disclaimer"),
        # story sentences about transcripts and recordings
        ("The transcript was produced in court on Monday by the defence.", None),
        ("The interview was recorded in the harbour office in May.", None),
    ],
)
def test_transcript_notes(line: str, kind: str | None) -> None:
    assert _kind(line) == kind


# a bar of actions between the headline and the first paragraph (audio, print and save links)
@pytest.mark.parametrize(
    "bar",
    [
        "Listen to this episode (24 min) | Download MP3 | Subscribe on your podcast app",
        "Print this page · Email this article · Save for later reading",
        "Listen to the report (4 min) • Download the audio • Read the full transcript",
    ],
)
def test_an_action_bar_under_the_headline_leaves_the_text(tmp_path: Path, bar: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Home | News | Audio\n\nFlood barrier approved after two years\n\n{bar}\n\n{BODY}\n\n{BODY2}\n",
                    encoding="utf-8")
    doc = load(path)[0][0]
    assert bar not in doc.text and doc.text.startswith(BODY) and BODY2 in doc.text


# a labelled list of points between the headline (with its byline or date line) and the first
# paragraph tells the story again in brief: wire "Summary" bullets, "Key points:" lists, "In brief"
@pytest.mark.parametrize(
    "label, points",
    [
        ("Summary", ["- Assembly backs the barrier after two years", "- Farmers say the fields will flood", "- Work to start before winter"]),
        ("Key points:", ["• The barrier was approved on Thursday.", "• The first section is due before the winter."]),
        ("In brief", ["* Two-year dispute ends in a vote", "* New channel to carry the water away"]),
    ],
)
def test_a_summary_list_under_the_headline_leaves_the_text(tmp_path: Path, label: str, points: list[str]) -> None:
    path = tmp_path / "a.txt"
    top = "Flood barrier approved after two years\n\nBy Ana Ruiz\n3 May 2024"
    path.write_text(f"{top}\n\n{label}\n" + "\n".join(points) + f"\n\n{BODY}\n\n{BODY2}\n", encoding="utf-8")
    doc = load(path)[0][0]
    assert doc.text.startswith(BODY) and BODY2 in doc.text
    assert all(p.lstrip("-•* ") not in doc.text for p in points) and label not in doc.text


@pytest.mark.parametrize(
    "top",
    [
        # dated points are a timeline's entries, not a summary
        "Key dates\n- 1998: The first barrier plan\n- 2004: The plan is shelved\n- 2024: The barrier is approved",
        # a list with no label over it
        "- The assembly approved the barrier on Thursday after two years of dispute\n- The farmers say that their fields will flood every spring",
    ],
)
def test_lists_that_are_no_summary_stay(tmp_path: Path, top: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Flood barrier approved after two years\n\nBy Ana Ruiz\n\n{top}\n\n{BODY}\n\n{BODY2}\n", encoding="utf-8")
    doc = load(path)[0][0]
    assert top.splitlines()[-1].lstrip("- ") in doc.text
