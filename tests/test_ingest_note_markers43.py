"""Reference and footnote markers glued to a sentence are left out of the cleaned text (slice cuts,
offsets kept), so the splitter cuts after the full stop and no marker number is read as a day or a
year. Sentences of the shapes found in dev texts (bracketed: ethiopia, armtur, gbrirl, isrlbn, slocro;
bare numbers after a full stop: korkor, usavnm, isrsyr, idntls, gbrirl)."""

from __future__ import annotations

import pytest

from chronica.ingest._units import _note_markers

CASES = [
    # (line, the markers cut)
    ("The rebels held the hill until the end of the war.[4] Their luck turned in May 1990.", ["[4]"]),
    ("The envoys were named by the spring.[11] They met in Vienna on 3 March 2020.", ["[11]"]),
    ("The treaty was ratified in 1931.[2][3] The next year the border opened.", ["[2][3]"]),
    ("The council voted against it.[a] Its chairman resigned.", ["[a]"]),
    ("A mission visited the camps later that year.[^4] On 2 May 2011 it reported.", ["[^4]"]),
    ("The pilot was caught and later confessed.3 Officials said the plane was lost.", ["3"]),
    ("The law received assent on 4 May 1961.7 It kept the old courts.", ["7"]),
    ("The first party formed on 12 April.2 In June the second one followed.", ["2"]),
    ("The border post fell on the first night.12 After a week the army struck back.", ["12"]),
    ('He called the plan "a betrayal."5 The cabinet met the next day.', ["5"]),
    ("A second raid reported that night probably never took place.4", ["4"]),  # a PDF line's end
    ("The agency named the site only in 2019.12", ["12"]),
]

KEPT = [
    "Turnout rose to 61.5 In the capital it was lower.",  # a decimal, no note
    "See pp.12 The chapter on the war.",  # an abbreviation's number
    "The figures are in vol.3",
    "Turnout was 61.5",
    "Article 5 of the treaty [1] applies.",  # a marker set off by a space: not glued, left alone
    "The area measures 1,200 km2 The plateau is dry.",
    "[3] Smith, A History of the Border, 1998.",  # a note line opening with its number
    "[^4]: Smith, A History of the Border, 1998.",
]


@pytest.mark.parametrize("line,cut", CASES)
def test_glued_markers_are_cut(line: str, cut: list[str]) -> None:
    assert [line[s:e] for s, e in _note_markers(line, 0, len(line))] == cut


@pytest.mark.parametrize("line", KEPT)
def test_other_numbers_stay(line: str) -> None:
    assert _note_markers(line, 0, len(line)) == []


def test_cleaned_text_splits_and_maps_back() -> None:
    from chronica.ingest._units import segment

    raw = "The rebels held the hill until the end of the war.[4] Their luck turned in May 1990.\n"
    unit = segment(raw)[0]
    assert unit.text == "The rebels held the hill until the end of the war. Their luck turned in May 1990."
    assert "".join(raw[s:e] for s, e, _ in unit.pieces) == unit.text.replace("war. ", "war. ", 1)
