"""clean_text(): each kind of boilerplate on made-up articles, references kept apart, and the law
that every span maps the cleaned text back to the raw text verbatim."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from chronica.ingest import clean_text

P1 = ("The city council approved the new budget on Monday after a long debate about the cost of "
      "repairing the harbour walls, which were badly damaged in the winter storms.")
P2 = ("Opposition members argued that the money should have gone to schools instead, and several "
      "of them walked out before the final vote was taken late in the evening.")
P3 = ("The mayor said the repairs could not wait another year because the walls protect more than "
      "two thousand homes in the lower town from flooding.")
P4 = "Work on the first section is expected to start in the spring and to last about eighteen months."


def _clean(*parts: str, sep: str = "\n\n"):
    raw = sep.join(parts)
    res = clean_text(raw)
    for c, r, n in res.spans:
        assert res.text[c : c + n] == raw[r : r + n]
    return res


def _body_whole(text: str) -> None:
    for p in (P1, P2, P3, P4):
        assert p in text, p


def test_plain_article_is_untouched() -> None:
    res = _clean(P1, P2, P3, P4)
    assert res.text == "\n\n".join([P1, P2, P3, P4]) and res.removed == []


def test_ad_markers_and_donation_appeal() -> None:
    res = _clean(P1, "Advertisement", P2, P3, P4, "X", "ad", "Keep our newsroom going",
                 "We need your help! Reader donations pay for every story we publish.",
                 "You can support us by sharing our stories with your friends and family.",
                 "Sign up for our weekly newsletter to get the news in your inbox.",
                 "Subscribe   Donate   Close")
    _body_whole(res.text)
    for junk in ("Advertisement", "We need your help", "newsletter", "Subscribe", "Keep our newsroom"):
        assert junk not in res.text
    kinds = {k for k, _ in res.removed}
    assert {"ad", "appeal"} <= kinds


def test_menu_and_navigation_lines() -> None:
    res = _clean("Home | News | Politics", "Archives", P1, P2, "Share this article", P3, P4,
                 "Tags: budget, harbour, council", "Back to top")
    _body_whole(res.text)
    for junk in ("Home |", "Archives", "Share this", "Tags:", "Back to top"):
        assert junk not in res.text


def test_photo_captions_and_credits() -> None:
    res = _clean(P1, "    Workers inspect the damaged harbour wall on Friday [Getty]",
                 "Workers inspect the damaged harbour wall on Friday [Getty]", P2,
                 "colour photo of the harbour wall after the storm", "The lower town in 1910. Source: Wikimedia",
                 P3, "Photo: Lena Marsh/City Archive", P4)
    _body_whole(res.text)
    assert "Getty" not in res.text and "Wikimedia" not in res.text and "Lena Marsh" not in res.text
    assert [k for k, _ in res.removed].count("caption") == 5


def test_pull_quote_repeating_a_body_sentence() -> None:
    quote = "the walls protect more than two thousand homes in the lower town from flooding"
    res = _clean(P1, P2, quote.capitalize(), P3, P4)
    _body_whole(res.text)
    assert res.text.count("two thousand homes") == 1
    assert res.removed == [("pull-quote", quote.capitalize())]


def test_pull_quote_marked_with_arrows_and_bold() -> None:
    res = _clean(P1, "**>> Read: how the harbour walls were built a century ago**", P2, P3, P4, sep="\n")
    _body_whole(res.text)
    assert "century ago" not in res.text and "**" not in res.text


def test_inline_teaser_headline_between_paragraphs() -> None:
    res = _clean(P1, P2, "Coast Watch - Rising Seas: The Towns Fighting Back", P3, P4)
    _body_whole(res.text)
    assert "Coast Watch" not in res.text


def test_subheadings_stay() -> None:
    res = _clean(P1, P2, "Cost of the delay", P3, P4)
    assert "Cost of the delay" in res.text


def test_bio_disclaimer_source_and_related_teasers_at_the_end() -> None:
    res = _clean(
        P1, P2, P3, P4,
        "Marta Kell is professor of urban history at Northgate University. She is the author of \"Walls and Water\".",
        "The views expressed in this article are the author's own and do not necessarily reflect the editorial policy of this site.",
        "SOURCE: The Harbour Herald",
        "Why the old lighthouse is leaning", "Why the old lighthouse is leaning",
        "Engineers have been puzzled for years by the slow tilt of the tower.",
        "Ten years of the ferry strike", "Ten years of the ferry strike",
        "How a small dispute over pay turned into the longest strike in the country.",
    )
    _body_whole(res.text)
    assert res.text.endswith(P4)
    assert res.outlet == "The Harbour Herald"
    kinds = [k for k, _ in res.removed]
    assert kinds[:3] == ["bio", "disclaimer", "source"]


def test_trailing_list_of_other_columns_after_separators() -> None:
    res = _clean(
        P1, P2, P3, P4, "-",
        "Why cities need trees Ada Brook",
        "Planting more trees along busy streets is one of the cheapest ways to cool a city in summer and the",
        "-",
        "The quiet return of the tram Noel Park",
        "Thirty years after the last line closed, trams are coming back to many towns that once tore up their",
        "-",
        "Lessons from the great fire Ruth Adair",
        "When the old market burned down in the spring, few people imagined how much it would change the way",
        sep="\n",
    )
    _body_whole(res.text)
    assert res.text.endswith(P4)
    assert {k for k, _ in res.removed} == {"separator", "teaser"}


def test_subheaded_sections_at_the_end_are_not_a_teaser_list() -> None:
    res = _clean(P1, P2, "The cost", P3, "The plan", P4)
    assert "The cost" in res.text and "The plan" in res.text and res.removed == []


import pytest  # noqa: E402


@pytest.mark.parametrize("stamps", [("13:50", "15:10", "16:35"), ("12:40 CEST", "13:05 CEST", "14:20 CEST"),
                                    ("14:21:02 BST", "15:02:40 BST", "16:11:48 BST"), ("9.05am", "10.40am", "1.15pm")])
def test_live_blog_entries_after_a_newsletter_box_are_the_article(stamps: tuple[str, str, str]) -> None:
    """A live blog's entries, each under its time, after a newsletter sign-up box in the middle of
    the page, are the article going on, not a list of other articles."""
    a, b, c = stamps
    res = _clean(P1, P2, "Get our morning briefing in your inbox every day.", a, P3, b,
                 "Queues at several polling stations are short, our reporters say, and turnout looks low.", c, P4)
    assert P3 in res.text and res.text.endswith(P4)
    assert "briefing" not in res.text


def test_license_and_copyright_footer() -> None:
    res = _clean(P1, P2, P3, P4, "License",
                 "This chapter is licensed under a Creative Commons Attribution 4.0 International License.",
                 "Copyright © 2023 by the authors.", "Share This Book")
    _body_whole(res.text)
    assert res.text.endswith(P4)


def test_bibliography_and_footnotes_kept_apart() -> None:
    res = _clean(
        P1 + "[1]", P2, P3 + "[2]", P4, "Bibliography",
        "Hale, Edwin. Walls Against the Sea: A History of Harbour Building. London: Tideway Press, 1998.",
        "Morrow, Ann. \"Storms and Cities.\" Journal of Coastal Studies 12, no. 3 (2011): 45–67.",
        "",
        "  1. Edwin Hale, Walls Against the Sea (London: Tideway Press, 1998), 127.\n  2. Hale, 131.",
        "Creative Commons Attribution 4.0 licence",
    )
    # inline markers are left out of the cleaned text (REFERENCE_MARKER), the notes themselves are references
    assert P1 + "\n" in res.text + "\n" and "[1]" not in res.text and "[2]" not in res.text
    assert "Bibliography" not in res.text and "Tideway" not in res.text
    assert len(res.references) == 4
    assert res.references[2].startswith("1. Edwin Hale")


def test_numbered_footnotes_without_heading() -> None:
    res = _clean(P1, P2, P3, P4, "1. Edwin Hale, Walls Against the Sea (London: Tideway Press, 1998), 127.",
                 "2. Ann Morrow, \"Storms and Cities,\" Journal of Coastal Studies 12 (2011): 50.", sep="\n")
    _body_whole(res.text)
    assert len(res.references) == 2


def test_numbered_list_in_the_body_stays() -> None:
    res = _clean(P1, "1. Repair the north wall before the winter storms arrive in the town.",
                 "2. Raise the quay by half a metre along the whole of the old harbour.", P2, P3, P4)
    assert "1. Repair the north wall" in res.text and res.references == []


def test_body_that_mentions_subscriptions_and_copyright_is_kept() -> None:
    long = ("Newspapers have struggled for years to persuade readers to subscribe, and the council's own "
            "bulletin, protected by copyright like any other publication, has lost half of its readers since "
            "the price went up, officials told the committee on Thursday, blaming the free sites online.")
    res = _clean(P1, long, P2, P3, P4)
    assert long in res.text


def test_link_only_lines() -> None:
    res = _clean(P1, "https://example.org/story/123", P2, "[Read the report](https://example.org/r.pdf)", P3, P4)
    assert "https" not in res.text and "Read the report" not in res.text
    _body_whole(res.text)


def test_hard_wrapped_paragraphs_are_joined() -> None:
    raw = ("The city council approved the new budget on Monday after a long\n"
           "debate about the cost of repairing the harbour walls, which were\n"
           "badly damaged in the winter storms. Opposition members argued that\n"
           "the money should have gone to schools instead.\n")
    res = clean_text(raw)
    assert res.text == " ".join(raw.split("\n")).strip()
    assert all(res.text[c : c + n] == raw[r : r + n] for c, r, n in res.spans)


def test_indentation_is_cut_by_the_slice_bounds() -> None:
    raw = "    " + P1 + "\n\n\t" + P2 + "\n"
    res = clean_text(raw)
    assert res.text == P1 + "\n\n" + P2
    assert res.spans[0] == (0, 4, len(P1))


# --- the spans law ----------------------------------------------------------------------------

_line = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60)
_prose = st.sampled_from([P1, P2, P3, P4, "Advertisement", "**bold** text with [a link](http://x.y) here.",
                          "# Heading", "SOURCE: Herald", "-", "  indented line of words, and more words here.",
                          "Bibliography", "1. A. Author, Title (Press, 1990), 12."])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_line, _prose), max_size=14), st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"]),
       st.booleans())
def test_spans_map_clean_text_back_to_raw(parts: list[str], sep: str, markdown: bool) -> None:
    raw = sep.join(parts)
    res = clean_text(raw, markdown=markdown)
    covered = 0
    last_end = 0
    for c, r, n in res.spans:
        assert n > 0 and c >= last_end
        assert res.text[c : c + n] == raw[r : r + n]
        covered += n
        last_end = c + n
    # only joiners (blank lines between paragraphs, a space between wrapped lines) are uncovered
    assert len(res.text) - covered <= 2 * len(res.text.split("\n\n")) + res.text.count(" ")


def test_a_block_of_headlines_is_not_taken_for_wrapped_prose() -> None:
    raw = "\n\n".join([P1, P2, P3, P4]) + (
        "\n\nMore from this section\n"
        "Storm damage bill passes ten million pounds\n"
        "Ferry timetable changes from next Monday\n"
        "New flood wall plan goes out to consultation\n"
        "Lifeboat crew honoured for winter rescues\n"
    )
    res = clean_text(raw)
    assert res.text == "\n\n".join([P1, P2, P3, P4])


def test_bare_list_of_headlines_at_the_end() -> None:
    res = _clean(P1, P2, P3, P4, "Storm damage bill passes ten million pounds", "Why the ferry timetable is changing again",
                 "Inside the plan for a new flood wall", "Lifeboat crew honoured for winter rescues")
    assert res.text == "\n\n".join([P1, P2, P3, P4])


def test_list_of_data_rows_at_the_end_is_kept() -> None:
    rows = ["Best actor - Tom Hale for The Sea Wall", "Best actress - Ana Ruiz for Harbour Lights",
            "Best new play - Storm Season by Ada Brook", "Special award - Noel Park for his work"]
    res = _clean(P1, P2, P3, P4, *rows, sep="\n")
    assert all(r in res.text for r in rows)


SCRAPED_PAGE = """Skip to content
Home | World | Business | Sport
Harbour walls to be rebuilt after council vote
By Lena Marsh
{p1}
Advertisement
{p2}
    Workers inspect the damaged wall on Friday [Reuters]
**>> Read more: Why the storms are getting stronger**
{p3}
the walls protect more than two thousand homes in the lower town from flooding
Tide Watch - Rising Water: Towns Under Threat
{p4}
Lena Marsh is a senior correspondent covering local government. She is the author of "Council Days".
The views expressed in this article are the author's own.
Help keep local news alive
Your donations keep our reporters on the beat. Please support us today.
Share on Facebook   Share on Twitter   Email
Copyright © 2024 The Harbour Herald. All rights reserved.
"""


def test_whole_scraped_page() -> None:
    from chronica.ingest import document_from_text

    raw = SCRAPED_PAGE.format(p1=P1, p2=P2, p3=P3, p4=P4)
    doc = document_from_text("page.txt", "txt", raw)
    assert doc.title == "Harbour walls to be rebuilt after council vote"
    assert doc.author == "Lena Marsh"
    assert doc.text == "\n\n".join([P1, P2, P3, P4])
    assert all(doc.text[c : c + n] == raw[r : r + n] for c, r, n in doc.spans)
    kinds = {k for k, _ in doc.removed}
    assert {"nav", "ad", "caption", "teaser", "pull-quote", "bio", "disclaimer", "appeal", "license"} <= kinds


def test_body_sentences_that_resemble_furniture_are_kept() -> None:
    risky = [
        "Tom Hale is a senior engineer with the council and has inspected the walls every winter.",
        "The poll does not necessarily reflect the mood of the whole town, officials warned.",
        "The story was published in 1923 by a local printer and sold out within a week.",
        "He will be a supporter of the plan as long as the costs stay under control.",
        "The picture by now is clear: the walls must be rebuilt before the next storm.",
    ]
    res = _clean(P1, P2, *risky, P3, P4)
    _body_whole(res.text)
    for sentence in risky:
        assert sentence in res.text, sentence
    assert res.removed == []


# --- session 33: what a feed's generator appends to an item; a programme's note on its transcripts --

@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # the footer of a blog engine's feed, naming the item and the site
        (" The post Harbour walls to be rebuilt appeared first on Coast Daily.", None),
        # a link to the full story
        (" Read more »", None),
        (" Continue reading →", None),
        # a sentence about a post that appeared first somewhere is text
        (" The post office appeared first on the list of buildings to repair.", "The post office appeared first"),
        # "read more" inside a sentence is text
        (" Residents can read more about the plan at the town hall.", "Residents can read more"),
    ],
)
def test_a_feed_items_tail_is_set_apart(tail: str, kept: str | None) -> None:
    res = _clean(P1, P2, P3, P4 + tail)
    _body_whole(res.text)
    if kept is None:
        assert res.text.endswith(P4)
        assert ("feed-tail", tail.strip()) in res.removed
    else:
        assert kept in res.text


@pytest.mark.parametrize(
    ("note", "removed"),
    [
        ("Transcripts are produced by Lake Radio and may contain errors. Please check against the audio before quoting.", True),
        ("Transcript generated automatically and lightly edited. It may contain errors.", True),
        ("All transcripts are prepared by volunteers and may contain mistakes.", True),
        ("This transcript has been lightly edited for clarity.", True),  # the older shape still holds
        # transcripts as the subject of the story
        ("The transcripts produced by the court were sealed until the inquiry ended.", False),
        ("Transcripts of the hearing show that the mayor knew about the cracks in the walls.", False),
    ],
)
def test_a_programmes_note_on_its_transcripts_is_furniture(note: str, removed: bool) -> None:
    res = _clean(note, P1, P2, P3, P4) if not removed else _clean(P1, P2, P3, P4, note)
    _body_whole(res.text)
    assert (note not in res.text) == removed
