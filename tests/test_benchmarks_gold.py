"""benchmarks/gold/: the measuring scripts every session's figures come from — subjects and groups, the
per-group sums, the blind judging sheet and its scoring, the event diff, and one real measure of a subject."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks" / "gold"))

import aggregate  # noqa: E402
import event_diff  # noqa: E402
import judge_sample  # noqa: E402
import subjects  # noqa: E402


@pytest.mark.parametrize(
    "names, expected",
    [
        (["korea"], ["korea"]),
        (["dev-r26"], ["philmys", "gmbsen"]),
        (["philmys", "dev-r26", "rwauga"], ["philmys", "gmbsen", "rwauga"]),
    ],
)
def test_expand_names_and_groups_once_each(names, expected):
    assert subjects.expand(names) == expected


def test_every_grouped_subject_has_articles_and_gold_and_sits_in_one_group():
    seen = [s for group in subjects.GROUPS.values() for s in group]
    assert len(seen) == len(set(seen))
    for subject in seen:
        corpus, gold, _ = subjects.locate(subject)
        assert corpus.is_dir() and gold.is_file()


def test_locate_refuses_an_unknown_subject():
    with pytest.raises(FileNotFoundError, match="narnia"):
        subjects.locate("narnia")


def _score(folder: Path, subject: str, found: int, of: int, ask: tuple[int, int] | None = None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{subject}.score").write_text(json.dumps({"events_found": [found, of], "events_exported": [9, None]}))
    if ask:
        (folder / f"{subject}.ask").write_text(json.dumps({"answered_right": ask[0], "questions": ask[1]}))


def test_aggregate_sums_a_group_over_subjects_present_in_both_folders(tmp_path):
    before, after = tmp_path / "before", tmp_path / "after"
    _score(before, "philmys", 3, 5, (1, 20))
    _score(before, "gmbsen", 4, 6)
    _score(after, "philmys", 5, 5, (2, 20))  # gmbsen not measured after: left out of both sums
    text = aggregate.report([before, after], ["dev-r26", "dev-a"])
    assert "## dev-r26 (1 of 2)" in text
    assert "found     3/5  ->  5/5" in text
    assert "ask       1/20  ->  2/20" in text
    assert "exported  9  ->  9" in text
    assert "dev-a" not in text  # no subject of that group measured


def _export(folder: Path, subject: str, events: list[dict]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    doc = {"id": "d1", "file": "a.txt", "published": "2001-01-01"}
    (folder / f"{subject}.json").write_text(json.dumps({"documents": [doc], "events": events}))


def _event(i: int, type_: str = "AGREE", date: str = "2001") -> dict:
    return {
        "id": f"e{i}", "type": type_, "date": date, "modality": "asserted", "summary": f"s{i}",
        "actors": [{"role": "source", "name": "X", "id": "XXX"}],
        "mentions": [{"document": "d1", "sentence": f"Sentence {i}."}],
    }


def test_judge_sheet_hides_the_version_and_scoring_counts_first_failures(tmp_path):
    before, after = tmp_path / "b", tmp_path / "a"
    _export(before, "korea", [_event(i) for i in range(6)])
    _export(after, "korea", [_event(i, "CONSULT") for i in range(6)])
    prefix = str(tmp_path / "set")
    assert judge_sample.sample(7, 3, prefix, before, after, ["korea"]) == 6
    sheet = Path(prefix + ".sheet.md").read_text()
    assert "before" not in sheet and "after" not in sheet and sheet.count("## item") == 6
    key = json.loads(Path(prefix + ".key.json").read_text())
    verdicts = [
        {"item": int(i), "right": k["version"] == "after", "failure": "type"} for i, k in key.items()
    ]
    Path(prefix + ".verdicts.jsonl").write_text("\n".join(map(json.dumps, verdicts)) + "\n")
    result = judge_sample.score(Path(prefix + ".key.json"), Path(prefix + ".verdicts.jsonl"))
    assert result["after"][:2] == (3, 3)
    assert result["before"][:2] == (0, 3) and result["before"][2]["type"] == 3
    # the same seed draws the same sheet
    judge_sample.sample(7, 3, prefix + "2", before, after, ["korea"])
    assert Path(prefix + "2.sheet.md").read_text() == sheet


def test_event_diff_lists_only_changed_codings(tmp_path):
    before, after = tmp_path / "b", tmp_path / "a"
    _export(before, "korea", [_event(1), _event(2), _event(3)])
    _export(after, "korea", [_event(1), _event(2, date="2002"), _event(4)])
    changed = {cited[0]: (was, now) for _, cited, was, now in event_diff.diff(before, after, ["korea"])}
    assert set(changed) == {"Sentence 2.", "Sentence 3.", "Sentence 4."}
    assert changed["Sentence 3."][1] == [] and changed["Sentence 4."][0] == []


def test_measure_builds_exports_and_scores_a_real_subject(tmp_path):
    import measure

    if not (subjects.SHARED / "eval" / "score.py").is_file():
        pytest.skip("the shared evaluation folder is not next to the repository")
    assert measure.main([str(tmp_path), "korea"]) == 0
    row = aggregate.read(tmp_path, "korea")
    assert row is not None
    found, of = row["found"]
    assert of > 0 and found > 0
    assert (tmp_path / "korea.scoretxt").read_text().strip()
    assert json.loads((tmp_path / "korea.json").read_text())["events"]


# --- overlap.py, check_blind.py, aggregate.py's --split and --rows (session 55) -------------------------------------

import check_blind  # noqa: E402
import overlap  # noqa: E402


@pytest.mark.parametrize(
    "line, shares",
    [
        ("The harbour board closed the ferry pier at Velm for repairs on 3 May.", True),  # 8 words in order
        ("The Harbour-Board closed the ferry pier at Velm, for repairs, on 3 May", True),  # case and marks folded
        ("The harbour board shut the ferry pier at Orsk for repairs on 3 May.", False),  # two words differ inside
        ("closed the ferry pier at Velm for", False),  # seven words only
    ],
)
def test_overlap_finds_a_run_of_eight_words_shared_with_a_gold_text(line, shares):
    known = overlap.grams("Last spring the harbour board closed the ferry pier at Velm for repairs on 3 May 1921.", 8)
    assert bool(overlap.overlaps([("chronica/x.py", line)], known, 8)) is shares


def test_overlap_reads_every_gold_folder_but_readmes(tmp_path):
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "01.html").write_text("<p>one two three <b>four</b> five six seven eight</p>")
    (tmp_path / "README.md").write_text("nine ten eleven twelve thirteen fourteen fifteen sixteen")
    assert overlap.gold_grams(8, [tmp_path]) == {"one two three four five six seven eight"}


def test_check_blind_passes_a_written_round_and_names_a_missing_string(tmp_path):
    import shutil

    gold = REPO / "tests" / "gold"
    checked, wrong = check_blind.problems(gold, "belcod")
    assert checked > 300 and wrong == []
    shutil.copytree(gold / "belcod", tmp_path / "belcod")
    shutil.copy(gold / "belcod_ask.yaml", tmp_path)
    text = (gold / "belcod_gold.yaml").read_text(encoding="utf-8")
    evidence = json.dumps("no such words stand in any of the six files")
    (tmp_path / "belcod_gold.yaml").write_text(text + f"  - {{evidence: {evidence}, files: [x.txt], value: '1'}}\n",
                                                encoding="utf-8")
    _, wrong = check_blind.problems(tmp_path, "belcod")
    assert ("x.txt", "no such words stand in any of the six files") in wrong


def _scores(folder: Path, subject: str, found: int, ask: int) -> None:
    score = {"documents_clean": [1, 2], "titles": [2, 2], "published": [1, 1], "events_found": [found, 10],
             "events_dated": [found - 1, 10], "events_merged_across_sources": [2, 5], "events_exported": [30, None],
             "disagreements_found": [1, 4], "disagreements_exported": [3, None]}
    (folder / f"{subject}.score").write_text(json.dumps(score))
    (folder / f"{subject}.ask").write_text(json.dumps({"answered_right": ask, "questions": 20}))


def test_aggregate_split_sums_every_group_of_the_split_and_rows_read_one_subject(tmp_path, monkeypatch):
    monkeypatch.setattr(aggregate, "GROUPS", {"dev-a": ["s1"], "dev-r9": ["s2"], "test-r9": ["s3"]})
    before, after = tmp_path / "before", tmp_path / "after"
    before.mkdir()
    after.mkdir()
    for folder, found in ((before, 6), (after, 7)):
        for subject in ("s1", "s2", "s3"):
            _scores(folder, subject, found, 5)
    dev = aggregate.split_report([before, after], "dev")
    assert dev.splitlines()[0] == "## dev (2 of 2)"
    assert "found     12/20  ->  14/20" in dev and "ask       10/40  ->  10/40" in dev
    assert aggregate.split_report([before], "test").splitlines()[0] == "## test (1 of 1)"
    assert aggregate.rows(after, ["s1", "s9"]).splitlines() == [
        "| s1 | 1/2 | 2/2 | 1/1 | 7/10 | 6/10 | 2/5 | 1/4 (3) | 5/20 |", "| s9 | not measured |"]
