"""Search: the query's words, the full-text index kept by the build, vectors stored once, the
fused ranking on the bundled example, and the ``chronica search`` command."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest
from test_chronicle_data import needs_minilm
from typer.testing import CliRunner

from chronica.cli import app
from chronica.search import SentenceIndex, index_sentences, query_terms
from chronica.store import Store
from chronica.store import search as store_search
from chronica.store.schema import MIGRATIONS

runner = CliRunner()


@pytest.mark.parametrize("query, terms", [
    ("When did Nasser die?", ["nasser", "die"]),
    ("the invasion of the Sinai", ["invasion", "sinai"]),
    ("Who?", ["who"]),  # only stop words: keep them rather than search nothing
    ("Egypt's canal, Egypt's canal", ["egypt's", "canal"]),
    ("", []),
])
def test_search_query_terms(query, terms):
    assert query_terms(query) == terms


def test_search_fts_is_filled_by_the_build(suez_db):
    with Store(suez_db) as store:
        n_sentences = store.counts()["sentences"]
        rows = store_search.fts_search(store, ["nationalised"], 10)
        assert rows, "the full-text index has the example's sentences"
        hits = store_search.sentence_hits(store, [r for r, _ in rows])
        assert all("nationalis" in h.text.lower() for h in hits.values())
        n_fts = store.conn.execute("SELECT COUNT(*) FROM sentences_fts").fetchone()[0]
    assert n_fts == n_sentences


@needs_minilm
def test_search_vectors_are_stored_once(suez_db, tmp_path):
    with Store(suez_db) as store:
        assert store_search.vector_count(store) == store.counts()["sentences"]
        assert store_search.missing_vectors(store) == []
        assert index_sentences(store) == 0  # nothing left to embed


@needs_minilm
@pytest.mark.parametrize("query, expected", [
    ("When did Nasser die?", "he died in 19"),
    ("nationalisation of the canal company", "nationalised the Suez Canal Company"),
    ("Soviet threat against London and Paris", "Moscow was ready to use force"),
    ("ceasefire", "ceasefire"),
])
def test_search_finds_the_sentence(suez_db, query, expected):
    with Store(suez_db) as store:
        hits = SentenceIndex(store).search(query, limit=5)
    assert any(expected in h.sentence.text for h in hits), [h.sentence.text for h in hits]
    for a, b in zip(hits, hits[1:]):
        assert a.score >= b.score


@needs_minilm
def test_search_hit_carries_its_events_and_document(suez_db):
    with Store(suez_db) as store:
        hits = SentenceIndex(store).search("Nasser nationalised the Suez Canal", limit=3)
    top = hits[0]
    assert "nationalised" in top.sentence.text
    assert any(e.form == "POLICY" for e in top.events)
    assert top.sentence.title and top.sentence.path
    assert top.text_rank is not None and top.vector_rank is not None


@needs_minilm
def test_search_vector_alone_finds_a_paraphrase(suez_db):
    """No word of the query is in the sentence; its vector finds it."""
    with Store(suez_db) as store:
        hits = SentenceIndex(store).search("premier menaced the aggressors", limit=10)
    assert any("crush the aggressors" in h.sentence.text for h in hits)


def test_search_old_store_gets_its_index(tmp_path, suez_db):
    """A store written before the search migration gets its full-text index when opened."""
    old = tmp_path / "old.db"
    src = sqlite3.connect(suez_db)
    src.backup(dst := sqlite3.connect(old))
    src.close()
    search_migration = next(i for i, sql in enumerate(MIGRATIONS, 1) if "sentences_fts USING" in sql)
    later_views = list(dict.fromkeys(  # made again by the re-run; a view a later migration remakes, once
        name for sql in MIGRATIONS[search_migration:] for name in re.findall(r"CREATE VIEW (\w+)", sql)))
    later = "".join(MIGRATIONS[search_migration:])
    undo_later = "".join(f" DROP INDEX {i};" for i in re.findall(r"CREATE INDEX (\w+)", later)) + "".join(
        f" ALTER TABLE {t} DROP COLUMN {c};" for t, c in re.findall(r"ALTER TABLE (\w+) ADD COLUMN (\w+)", later)) + "".join(
        f" DROP TABLE {t};" for t in re.findall(r"CREATE TABLE (\w+)", later))
    dst.executescript("DROP TABLE sentences_fts; DROP VIEW sentence_texts; DROP TABLE search_documents;"
                      + "".join(f" DROP VIEW {v};" for v in later_views) + undo_later
                      + f" PRAGMA user_version={search_migration - 1};")
    dst.close()
    with Store(old) as store:
        assert store_search.fts_search(store, ["canal"], 3)


@needs_minilm
def test_search_cli(suez_db):
    result = runner.invoke(app, ["search", "Nasser died", "--limit", "3", "--json", "--db", str(suez_db)])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.output)
    assert len(hits) == 3
    assert any("died" in h["sentence"] for h in hits)
    assert {"document", "title", "date", "sentence", "start", "end", "events"} <= set(hits[0])
    result = runner.invoke(app, ["search", "Nasser died", "--db", str(suez_db)])
    assert result.exit_code == 0 and "died" in result.output


@pytest.mark.parametrize("args, code, message", [
    (["search", "   "], 2, "empty"),
    (["search", "canal", "--db", "/nonexistent/c.db"], 1, "no store"),
    (["search", "canal", "--limit", "0"], 2, ""),
])
def test_search_cli_bad_input(args, code, message):
    result = runner.invoke(app, args)
    assert result.exit_code == code
    assert message in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", [["search"], ["ask"], ["check"], ["serve"], ["eval", "ask"]])
def test_search_new_commands_have_help(command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output


@needs_minilm
def test_search_hit_carries_its_claims(suez_db):
    with Store(suez_db) as store:
        hits = SentenceIndex(store).search("how many Egyptians died", limit=5)
    hit = next(h for h in hits if "3,000 Egyptians" in h.sentence.text)
    assert any(c.kind == "count" and "3,000" in c.value for c in hit.claims)


def test_search_at_gives_the_linked_sentences_in_the_keys_order(suez_db):
    """``SentenceIndex.at``: the stored sentences ``(document_id, idx)`` asked for, as unranked hits
    in the keys' order, with the events and claims they carry; a key the store lacks gives nothing."""
    with Store(suez_db) as store:
        rows = store.conn.execute("SELECT document_id, idx, text FROM sentence_texts ORDER BY sid").fetchall()
        died = next((int(d), int(i)) for d, i, text in rows if "3,000 Egyptians" in text)
        other = next((int(d), int(i)) for d, i, _ in rows if (int(d), int(i)) != died)
        hits = SentenceIndex(store).at([died, (10 ** 6, 0), other])
    assert [(h.sentence.document_id, h.sentence.idx) for h in hits] == [died, other]
    assert all(h.score == 0.0 for h in hits)
    assert any(c.kind == "count" and "3,000" in c.value for c in hits[0].claims)


@pytest.mark.parametrize("command", [["search", "x"], ["ask", "When?"], ["check", "X did Y."], ["serve"]])
def test_search_commands_refuse_a_file_that_is_no_store(tmp_path, command):
    bogus = tmp_path / "bogus.db"
    bogus.write_text("not a database", encoding="utf-8")
    result = runner.invoke(app, [*command, "--db", str(bogus)])
    assert result.exit_code == 1
    assert "not a Chronica store" in result.output and "Traceback" not in result.output


class _FtsOnly:
    """A store holding only the full-text index (an FTS5 table of the build's tokenizer), for the
    full-text ranking's own tests."""

    backend = "sqlite"

    def __init__(self, texts: list[str]) -> None:
        self.conn = sqlite3.connect(":memory:")
        self.conn.execute("CREATE VIRTUAL TABLE sentences_fts USING fts5(text, tokenize='porter unicode61')")
        self.conn.executemany("INSERT INTO sentences_fts(rowid, text) VALUES (?, ?)",
                              list(enumerate(texts, start=1)))
        self.texts = dict(enumerate(texts, start=1))


def _corpus(seed: int, n: int = 400) -> _FtsOnly:
    """``n`` random sentences: a few words in most of them (common), many in a few (rare)."""
    import random

    rng = random.Random(seed)
    common = ["said", "government", "year", "people"]
    rare = [f"w{i}" for i in range(60)]
    texts = []
    for _ in range(n):
        words = rng.sample(common, rng.randint(0, 3)) + rng.sample(rare, rng.randint(0, 3))
        words += ["filler"] * rng.randint(0, 6)
        rng.shuffle(words)
        texts.append(" ".join(words) or "filler")
    return _FtsOnly(texts)


@pytest.mark.parametrize("seed", range(6))
def test_search_text_ranking_leaves_common_words_unranked_but_scores_as_the_or(monkeypatch, seed):
    # a query with common and rare words: the sentences with a rare word come back with the
    # very scores, in the very order, the OR of every word gives them; none with common words only
    import chronica.search as search

    monkeypatch.setattr(search, "COMMON_ROWS", 100)  # "said" etc. are in ~190 of 400 sentences
    store = _corpus(seed)
    for terms in (["said", "w1", "w2"], ["government", "people", "w7"], ["w3", "year"]):
        full = store_search.fts_search(store, terms, 10_000)
        rare = [t for t in terms if t.startswith("w")]
        expected = [(r, s) for r, s in full if any(t in store.texts[r].split() for t in rare)]
        got = search.text_search(store, terms, limit=5)
        assert [s for _, s in got] == pytest.approx([s for _, s in expected[:5]])
        assert all(any(t in store.texts[r].split() for t in rare) for r, _ in got)
        assert dict(full)[got[0][0]] == pytest.approx(got[0][1])


def test_search_text_ranking_without_common_words_is_the_or_query(monkeypatch):
    import chronica.search as search

    monkeypatch.setattr(search, "COMMON_ROWS", 10_000)
    store = _corpus(1)
    for terms in (["said", "w1"], ["w4", "w5", "year"], ["people"]):
        assert search.text_search(store, terms) == store_search.fts_search(store, terms, search.CANDIDATES)


def test_search_text_ranking_of_common_words_only_puts_sentences_with_all_first(monkeypatch):
    import chronica.search as search

    monkeypatch.setattr(search, "COMMON_ROWS", 100)
    store = _corpus(2)
    both = sum("said" in store.texts[r].split() and "year" in store.texts[r].split() for r in store.texts)
    assert both > 10
    got = search.text_search(store, ["said", "year"], limit=both + 20)
    assert len(got) == both + 20  # then come sentences with one of them, to fill the list
    holds = [("said" in store.texts[r].split()) + ("year" in store.texts[r].split()) for r, _ in got]
    assert holds == sorted(holds, reverse=True) and holds[both - 1] == 2 and holds[both] == 1


def test_search_text_ranking_a_rare_word_alone_is_found_among_common_ones(monkeypatch):
    # the sentence with the one rare word a query holds is found, though a thousand sentences
    # hold its common words (which are then not ranked)
    import chronica.search as search

    monkeypatch.setattr(search, "COMMON_ROWS", 100)
    store = _FtsOnly(["the government said the year was long"] * 1000
                     + ["the government of Narnia said nothing"])
    got = search.text_search(store, query_terms("What did the government of Narnia say?"))
    assert got[0][0] == 1001


def test_search_fts_ranks_at_most_the_rows_asked():
    store = _FtsOnly([f"talks {'filler ' * (i % 7)}" for i in range(300)])
    capped = store_search.fts_search(store, ["talks"], 10, ranked=20)
    assert len(capped) == 10 and {r for r, _ in capped} <= set(range(1, 21))
    assert len(store_search.fts_search(store, ["talks"], 10)) == 10
    assert store_search.fts_rows(store, "talks", 50) == 50
    assert store_search.fts_rows(store, "talk", 1000) == 300  # its stem, as the search matches it
    assert store_search.fts_rows(store, "nothing", 50) == 0
