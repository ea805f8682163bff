"""Session 46: a PDF's running head in sentence case dates the piece, and a file's name in the information
dictionary is no title. Documents written for these tests in the shape of the dev texts (no article text).

- A running head of three parts or more - the publication's name in capitals, a label of the piece or
  page in sentence case, the date - dates the piece as a folio does (``folio_date``). Dev texts: egysau
  (an in-flight magazine's head: name | "The in-flight magazine of …" | month), latrus (a concert
  programme's head: title · "Concert programme" · day), swenor (a conservation plan's head: name |
  "Draft for consultation" | month). A headline beside its date (two parts), and parts in lower case or
  of a sentence, stay no folio.
- An information-dictionary ``/Title`` that is one run of characters joined by underscores is a file's
  name ("Programme_A5_print_v3"), like the "….docx" and "Microsoft Word - …" titles already dropped:
  the title printed in the largest type is taken instead. Dev texts: latrus (a programme booklet), chnphl
  (a newspaper page's prepress name); two texts only, an extension of the existing filter of file names.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_ingest_published import PARAS, _one, _pdf

from chronica.ingest._metadata import folio_date


@pytest.mark.parametrize(("line", "iso"), [
    # a magazine's head: its name in capitals, what it is in sentence case, the month
    ("LANTERN  |  The quarterly magazine of the Lake Ferry Company  |  June 2011", "2011-06"),
    # a concert programme's head: the concert's title, the kind of booklet, the day with its weekday
    ("Songs of the Valley · Recital programme · Friday 7 June 2019", "2019-06-07"),
    # a plan's head: the plan's name, its status, the month
    ("Harbour Defences Plan | Draft for comment | May 2020", "2020-05"),
    # a newspaper page's head: the paper, the page's section, the day
    ("The Valley Courier | Front page | Monday, March 2, 1998", "1998-03-02"),
    # no folio: a headline beside its date (two parts), a sentence's words, a label with no name beside it
    ("Ceasefire agreed in the north | 4 May 2023", None),
    ("The two sides met in Vienna (Austria) · talks went on · March 2019", None),
    ("Troops cross the border | World news | 4 May 2023", None),
    ("Talks resume. | The Courier | 4 May 2023", None),
])
def test_a_running_head_with_a_label_in_sentence_case(line: str, iso: str | None) -> None:
    assert folio_date(line) == iso


@pytest.mark.parametrize(("head", "published"), [
    ("LANTERN  |  The quarterly magazine of the Lake Ferry Company  |  June 2011", "2011-06"),
    ("Songs of the Valley  ·  Recital programme  ·  Friday 7 June 2019", "2019-06-07"),
])
def test_the_running_head_beats_the_files_creation_date(tmp_path: Path, head: str, published: str) -> None:
    p = tmp_path / "r.pdf"
    p.write_bytes(_pdf([[head, *PARAS], [head, *PARAS[:1]]],
                       "<< /Title (Harbour Update) /CreationDate (D:20261203101500Z) >>"))
    doc = _one(p)
    assert doc.published == published
    assert doc.published_source != "file-meta"


@pytest.mark.parametrize(("info", "title"), [
    # a file's name joined by underscores: no title; the document keeps none rather than the file's name
    ("<< /Title (Harbour_Update_A5_print_v3) >>", None),
    ("<< /Title (HBU_20230314_P1_P4) >>", None),
    # a title with words stays
    ("<< /Title (Harbour Update) >>", "Harbour Update"),
    ("<< /Title (Harbour Update: the north_quay works) >>", "Harbour Update: the north_quay works"),
])
def test_a_file_name_in_the_information_dictionary_is_no_title(tmp_path: Path, info: str, title: str | None) -> None:
    p = tmp_path / "r.pdf"
    p.write_bytes(_pdf([PARAS], info))
    assert _one(p).title == title
