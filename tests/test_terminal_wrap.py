"""The large timeline's table draws its cells as textwrap would (chronica.report.terminal)."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from chronica.report.terminal import _greedy, _plain_table, _wrap

#: words as summaries hold them, spaces of several kinds, and words longer than a narrow column
_PIECES = st.sampled_from(["a", "talks", "Ruritania's", "1,200", "—", "x-y", " ", " ", "  ", "\t",
                           "\xa0", "\n", "é", "a-very-long-compound-word"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.integers(1, 30))
def test_a_cell_wraps_as_textwrap_wraps_it(text: str, width: int) -> None:
    assert _wrap(text, width) == (textwrap.wrap(text, width, break_on_hyphens=False) or [""])


def test_plain_words_take_the_greedy_path() -> None:
    cases = [  # (text, width, lines)
        ("the envoys of Ruritania met in Zenda", 12, ["the envoys", "of Ruritania", "met in Zenda"]),
        ("talks ended", 5, ["talks", "ended"]),
        ("a b c", 3, ["a b", "c"]),
    ]
    for text, width, lines in cases:
        assert _greedy(text, width) == lines == textwrap.wrap(text, width, break_on_hyphens=False)
    assert _greedy("two  spaces apart", 8) is None  # textwrap's own chunks decide
    assert _greedy("an overlongword", 8) is None


def test_a_table_of_one_line_rows_is_drawn_as_cell_by_cell() -> None:
    columns = [("id", "left", None), ("±", "right", None), ("summary", "left", 10)]
    rows = [["e1", "+3", "short"], ["e22", "-10", "a summary that wraps"], ["e3", "+0", "x"]]
    drawn = _plain_table("T", columns, rows, 30).splitlines()
    assert drawn[4:8] == ["│ e1  │  +3 │ short          │",
                          "│ e22 │ -10 │ a summary that │",
                          "│     │     │ wraps          │",
                          "│ e3  │  +0 │ x              │"]
