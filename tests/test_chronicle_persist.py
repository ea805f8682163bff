"""The persisted chronicle: built at build time, updated incrementally (an update equals a full
rebuild and the global merge), near-duplicate copies add no entries, read commands read tables
and never embed a sentence again."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from chronica.build import BuildOptions, build
from chronica.chronicle import build_chronicle, chronicle_json
from chronica.chronicle import embeddings
from chronica.chronicle.claim_conflicts import SAME_THING
from chronica.chronicle.persist import aligned_sentences, documents_info, iter_events, load_chronicle, rebuild
from chronica.stages import reannotate
from chronica.store import Store

REPO = Path(__file__).resolve().parents[1]
SUEZ = REPO / "examples" / "suez"


def canonical(store: Store) -> dict:
    """The chronicle with documents named by path and events by their content (ids may differ
    between two stores)."""
    paths = {d.id: Path(d.path).name for d in store.documents()}
    chronicle = load_chronicle(store)

    def cite(m) -> tuple:  # noqa: ANN001 - an EventMention, or a SentenceClaim in a disagreement
        what = (m.kind, m.start) if hasattr(m, "kind") else (m.type, m.trigger_start)
        return (paths[m.document_id], m.sentence_start, m.sentence_end, *what)

    events = sorted([
        (e.type, e.date, e.earliest, e.latest, e.summary, e.intensity, e.modality, e.confidence,
         tuple(sorted(cite(m) for m in e.mentions)))
        for e in chronicle.events
    ], key=repr)
    label = {e.id: min(cite(m) for m in e.mentions) for e in chronicle.events}
    disagreements = sorted([
        (d.kind, d.topic, tuple(sorted(label[i] for i in d.event_ids)),
         tuple(sorted((c.value, tuple(sorted(cite(m) for m in c.mentions))) for c in d.claims)))
        for d in chronicle.disagreements
    ], key=repr)
    return {"events": events, "disagreements": disagreements}


def split_corpus(tmp_path: Path, files: list[Path], parts: int) -> list[Path]:
    """Copies ``files`` into ``parts`` folders, round robin, keeping their names."""
    folders = [tmp_path / f"part{i + 1}" for i in range(parts)]
    for f in folders:
        f.mkdir()
    for i, src in enumerate(files):
        shutil.copy(src, folders[i % parts] / src.name)
    return folders


@pytest.fixture(scope="module")
def corpus_files(shared: Path) -> list[Path]:
    return sorted(SUEZ.iterdir()) + sorted((shared / "corpus" / "korea").iterdir())


def test_persist_added_in_three_parts_equals_one_full_build(tmp_path: Path, corpus_files) -> None:  # noqa: ANN001
    parts = split_corpus(tmp_path, corpus_files, 3)
    with Store(tmp_path / "parts.db") as incremental, Store(tmp_path / "full.db") as full:
        updates = [build([p], incremental).chronicle for p in parts]
        build(parts, full)
        assert all(u is not None and u.new_mentions > 0 for u in updates)
        # the later parts re-cluster only the components they touch, not every mention
        assert updates[2].reclustered < sum(u.new_mentions for u in updates)
        assert canonical(incremental) == canonical(full)
        # and both equal the whole merge computed at once from every mention, ids included
        stored = chronicle_json(load_chronicle(full))
        computed = chronicle_json(build_chronicle(full.event_mentions(), documents_info(full),
                                                  claims=full.claims()))
        assert stored == computed
        assert canonical(incremental)["events"]
        # the claims' links are found again only for the new claims (and those whose happenings
        # were merged again): the stored disagreements are those of a full recompute, row for row
        assert 0 < updates[2].relinked < len(incremental.claims())
        before = incremental.chronicle.disagreements()
        links = incremental.chronicle.claim_links()
        assert rebuild(incremental).relinked == len([c for c in incremental.claims() if c.kind in SAME_THING])
        assert incremental.chronicle.disagreements() == before and before
        assert incremental.chronicle.claim_links() == links


def test_persist_rebuild_and_reannotate_give_the_same_chronicle(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        build([SUEZ], store)
        before = canonical(store)
        report = rebuild(store)
        assert report.rebuilt and report.embedded == 0  # every vector was stored
        assert canonical(store) == before
        reannotate(store)  # rewrites every mention (new ids): the chronicle is recomputed
        assert canonical(store) == before


# One line changed in each copy of the example: a date or a figure in a sentence that states an
# event, so the copy's sentence differs from the original's and still repeats it.
CHANGED_LINE = [
    ("wire_1956-11-07.txt", "landed near Port Said on November 5", "landed near Port Said on November 4"),
    ("oped.md", "raced across the Sinai from October 29", "raced across the Sinai from October 30"),
    ("textbook_chapter.txt", "ruled Egypt until he died in 1971", "ruled Egypt until he died in 1972"),
    ("encyclopedia.html", "About 1,650 Egyptian soldiers", "About 1,700 Egyptian soldiers"),
]


def test_persist_near_duplicate_copies_add_no_timeline_entries(tmp_path: Path) -> None:
    copies = tmp_path / "copies"
    copies.mkdir()
    for name, old, new in CHANGED_LINE:
        text = (SUEZ / name).read_text(encoding="utf-8")
        assert text.count(old) == 1, name
        (copies / ("copy_" + name)).write_text(text.replace(old, new), encoding="utf-8")
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "two.db") as two:
        build([SUEZ], one)
        report = build([SUEZ, copies], two)
        assert len(report.near_duplicates) == len(CHANGED_LINE)
        assert report.chronicle.copies > 0
        original, doubled = load_chronicle(one), load_chronicle(two)
        assert len(doubled.events) == len(original.events)
        names = {d.id: Path(d.path).name for d in two.documents()}
        for a, b in zip(original.events, doubled.events):
            assert (a.id, a.type, a.date, a.summary, a.confidence) == (b.id, b.type, b.date, b.summary, b.confidence)
            cited = {names[m.document_id] for m in b.mentions}
            assert {n for n in cited if not n.startswith("copy_")} == {n[5:] for n in cited if n.startswith("copy_")}
        # the export reads the events one at a time: the copies' mentions are cited there too
        assert list(iter_events(two)) == doubled.events
        # adding the copies later, in a second build, gives the same
        build([copies], one)
        assert canonical(one) == canonical(two)


@pytest.mark.parametrize("copy, original, expected", [
    (["A.", "B.", "C."], ["A.", "B.", "C."], {0: 0, 1: 1, 2: 2}),
    (["A.", "B2.", "C."], ["A.", "B.", "C."], {0: 0, 1: 1, 2: 2}),  # one sentence changed
    (["A.", "X.", "Y.", "C."], ["A.", "B.", "C."], {0: 0, 3: 2}),  # one split in two: unknown
    (["B.", "C."], ["A.", "B.", "C."], {0: 1, 1: 2}),  # a sentence dropped
])
def test_persist_aligned_sentences(copy, original, expected) -> None:  # noqa: ANN001
    assert aligned_sentences(copy, original) == expected


def test_persist_read_commands_embed_nothing(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    with Store(tmp_path / "s.db") as store:
        report = build([SUEZ], store)
        vectors = store.conn.execute("SELECT COUNT(*) FROM sentence_vectors").fetchone()[0]
        sentences = {m.sentence for m in store.event_mentions()}
        # every event sentence (and each sentence a claim disagreement compares) embedded once, by
        # the parsing tasks (or, for what they did not embed, by the chronicle step); search's
        # index adds the other sentences' texts to the same table
        assert vectors >= len(sentences) and vectors >= report.chronicle.embedded
        expected = chronicle_json(load_chronicle(store))

    def no_model(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("a read command embedded a sentence")

    monkeypatch.setattr(embeddings.Embedder, "embed", no_model)
    with Store(tmp_path / "s.db") as store:
        assert chronicle_json(load_chronicle(store)) == expected
        assert expected["events"] and expected["disagreements"]


def test_persist_store_does_not_import_the_chronicle() -> None:
    for path in (REPO / "chronica" / "store").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n.startswith("chronica.chronicle") for n in names), path.name


def test_persist_in_small_batches_equals_one_batch(tmp_path: Path, corpus_files, monkeypatch) -> None:  # noqa: ANN001
    """The chronicle step reads, links and clusters the new mentions a batch at a time (memory
    follows the batch, not the build): batches of a few mentions, a cache smaller than a batch's
    candidates and candidates read a few at a time give the very chronicle of one batch."""
    from chronica.chronicle import persist

    folder = tmp_path / "corpus"
    folder.mkdir()
    for f in corpus_files:
        shutil.copy(f, folder / f.name)
    with Store(tmp_path / "s.db") as store:
        first = build([folder], store).chronicle
        assert first.new_mentions > 3 * 7 and first.links > 0
        one_batch = chronicle_json(load_chronicle(store))
        monkeypatch.setattr(persist, "BATCH", 7)
        monkeypatch.setattr(persist, "CACHE_MENTIONS", 5)
        monkeypatch.setattr(persist, "CANDIDATE_CHUNK", 3)
        monkeypatch.setattr(persist, "CACHE_TEXTS", 4)
        report = rebuild(store)
        assert (report.new_mentions, report.compared, report.links, report.events, report.disagreements) == \
            (first.new_mentions, first.compared, first.links, first.events, first.disagreements)
        assert chronicle_json(load_chronicle(store)) == one_batch
