"""A sponsor's read and a transcript's ad, session 56. A podcast's or a broadcast's transcript and a
newsletter print the read that pays for them ("This episode of <show> is brought to you by …",
"THIS WEEK'S BRIEF IS SUPPORTED BY …"), and a transcript marks an ad by a label after its timecode
("[00:05:40] ADVERTISEMENT: …"). Seen in three dev texts (two podcast transcripts and a newsletter)
for the read; every sentence here was written for these tests.

- :data:`chronica.ingest._lexicon.SPONSOR_READ` (present tense, "this"/"today's"/"this week's",
  a word for the issue or the show, a sponsor named by its name): the unit it opens, up to
  :data:`~chronica.ingest._lexicon.SPONSOR_READ_WORDS` words, is an ad; its timecode
  (:data:`~chronica.ingest._lexicon.TRANSCRIPT_CUE`) and its speaker's label
  (:data:`~chronica.ingest._lexicon.SPEAKER_LABEL`) do not hide it.
- A transcript's turn whose words after the timecode are an ad line
  (:data:`~chronica.ingest._lexicon.SPONSOR_LINE`) is an ad.
- The history a text tells keeps its sponsors: "was supported by", "the programme of …".
"""

from __future__ import annotations

import pytest

from chronica.ingest._clean import lexicon_kind
from chronica.ingest._units import segment
from ferry_pages import P1, P2, P3
from ferry_pages import doc_of as _doc

ADS = [
    "[00:01:10] HOST: This episode of Harbour Lights is brought to you by Gullwing Kettles, the kettle that "
    "whistles in tune. Go to gullwing.example and use code HARBOUR for ten percent off.",
    "THIS WEEK'S DIGEST IS SUPPORTED BY NORTHSTAR CARGO",
    "Today's programme is sponsored by the Tidewell Savings Bank.",
    "(0:12:40) ANNA VOSS: This hour of Night Desk is underwritten by the Orla Trust.",
    "[00:05:40] ADVERTISEMENT: Fenwick Timber, Quay Road - planks, posts and paint. We deliver island-wide.",
    "[00:09:02] --- AD BREAK --- [00:09:02] Advertisement: Crossing late? Book the night taxi on 555 0199.",
]
KEPT = [
    "The programme of reforms was supported by both parliaments in 1990.",
    "The rebels, supported by the northern kingdom, took the port in March.",
    "[00:03:15] HOST: The treaty was brought to the assembly by the foreign minister in 1962.",
    "This issue divided the two governments for a decade.",
    "[00:04:00] MARIA: This episode of the war is supported by very few documents.",
]


@pytest.mark.parametrize("text", ADS)
def test_a_sponsor_read_or_a_transcript_ad_is_an_ad(text: str) -> None:
    (unit,) = segment(text)
    assert lexicon_kind(unit) == "ad"


@pytest.mark.parametrize("text", KEPT)
def test_history_told_with_sponsors_stays(text: str) -> None:
    (unit,) = segment(text)
    assert lexicon_kind(unit) is None


def test_the_read_leaves_the_transcript_and_the_turns_around_it_stay() -> None:
    read = ("[00:00:20] HOST: This episode of Harbour Lights is brought to you by Gullwing Kettles. "
            "Use code HARBOUR for ten percent off.")
    raw = "\n\n".join(["[00:00:05] HOST: " + P1, read, "[00:01:00] GUEST: " + P2, "[00:02:00] HOST: " + P3])
    text = _doc(raw).text
    assert "Gullwing" not in text and "HARBOUR" not in text
    for p in (P1, P2, P3):
        assert p[:60] in text
