"""Issue 10, slice 6: the cleaning yardstick (``chronica eval clean``) on the publisher-shaped test
pages and, when ../shared is present, on the shared dev pages and the Korea dev articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronica.cli import app
from chronica.ingest.evaluate import corpus_of, evaluate_cleaning, read_gold, totals

FIXTURES = Path(__file__).parent / "fixtures"
runner = CliRunner()


def test_evaluate_reads_the_gold_documents() -> None:
    gold = {g.file: g for g in read_gold(FIXTURES / "pages_gold.yaml")}
    assert len(gold) >= 8
    assert gold["author_box.txt"].title is None and gold["author_box.txt"].has_author
    assert not gold["menu_top.txt"].has_author
    assert corpus_of(FIXTURES / "pages_gold.yaml") == FIXTURES / "pages"


def test_evaluate_every_test_page_is_clean_with_its_metadata() -> None:
    scores = evaluate_cleaning([FIXTURES / "pages_gold.yaml"])[str(FIXTURES / "pages_gold.yaml")]
    for s in scores:
        assert s.clean, (s.file, s.boilerplate_kept, s.error)
        assert s.title_ok, (s.file, s.title)
        assert s.published_ok in (None, True), (s.file, s.published)
        assert s.author_ok in (None, True), (s.file, s.author)


@pytest.mark.parametrize(
    "boilerplate, body_ends, clean",
    [
        (["Vote now"], "some had sailed to other ports instead.", True),
        (["The union had asked for a rise"], "some had sailed to other ports instead.", False),  # body text as junk
        ([], "a sentence that is not in the page", False),
    ],
)
def test_evaluate_scores_can_fail(tmp_path: Path, boilerplate: list[str], body_ends: str, clean: bool) -> None:
    import yaml

    gold = tmp_path / "mine_gold.yaml"
    gold.write_text(yaml.safe_dump({"documents": {"news_furniture.txt": {
        "title": "Wrong title", "published": "1999", "body_ends": body_ends, "boilerplate": boilerplate}}}))
    (score,) = evaluate_cleaning([gold], FIXTURES / "pages")[str(gold)]
    assert score.clean is clean
    assert score.title_ok is False and score.published_ok is False and score.author_ok is None
    assert totals([score])["titles"] == (0, 1)


def test_cli_eval_clean_prints_documents_and_totals() -> None:
    result = runner.invoke(app, ["eval", "clean", str(FIXTURES / "pages_gold.yaml")])
    assert result.exit_code == 0, result.output
    assert "news_furniture.txt" in result.output
    assert "documents_clean: 8/8" in result.output and "titles: 8/8" in result.output


@pytest.mark.parametrize(
    "content, args_extra",
    [
        ("documents: [1, 2]\n", []),  # not a mapping of documents
        ("documents: {}\n", ["--corpus", "/nonexistent/folder"]),
    ],
)
def test_cli_eval_clean_bad_input_is_one_line(tmp_path: Path, content: str, args_extra: list[str]) -> None:
    gold = tmp_path / "odd_gold.yaml"
    gold.write_text(content)
    result = runner.invoke(app, ["eval", "clean", str(gold), *args_extra])
    assert result.exit_code == 2
    assert "error" in result.output and "Traceback" not in result.output


def test_cli_eval_clean_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "clean", str(tmp_path / "none.yaml")])
    assert result.exit_code == 2 and "not a file" in result.output


@pytest.mark.parametrize("name", ["cyprus", "falklands", "georgia"])
def test_evaluate_shared_dev_pages_are_clean_with_titles(shared: Path, name: str) -> None:
    gold = shared / "eval" / "dev" / f"{name}_gold.yaml"
    scores = evaluate_cleaning([gold])[str(gold)]
    assert [s.file for s in scores if not s.clean] == []
    assert [s.file for s in scores if not s.title_ok] == []
    assert all(s.published_ok in (None, True) for s in scores)


def test_evaluate_korea_dev_articles_stay_clean(shared: Path) -> None:
    gold = shared / "eval" / "korea_gold_dev.yaml"
    assert corpus_of(gold) == shared / "corpus" / "korea"
    result = totals(evaluate_cleaning([gold])[str(gold)])
    assert result["documents_clean"] == (5, 5)
    assert result["titles"][0] == result["titles"][1]


@pytest.mark.parametrize(("ours", "gold", "same"), [
    # the gold files join several writers with "and", commas or semicolons: the same writers
    ("Ann Lee and Bo Park", "Ann Lee, Bo Park", True),
    ("Ann Lee and Bo Park", "Ann Lee; Bo Park", True),
    ("Ann Lee & Bo Park", "Bo Park and Ann Lee", True),
    ("Ministry of Trade, Industry and Energy", "Ministry of Trade, Industry and Energy", True),
    # or as a YAML list
    ("Ann Lee and Bo Park", ["Bo Park", "Ann Lee"], True),
    ("Ann Lee", ["Ann Lee", "Bo Park"], False),
    # a writer missing, a title kept, another name: not the same
    ("Ann Lee and Bo Park", "Ann Lee", False),
    ("Ann Lee, Correspondent", "Ann Lee", False),
    ("Ann Lee", "Anne Lee", False),
    (None, "Ann Lee", False),
])
def test_authors_compare_as_the_writers_named(ours, gold, same) -> None:
    from chronica.ingest.evaluate import authors_of

    assert (authors_of(ours) == authors_of(gold)) is same
