"""Blocking of the claim disagreements: only pairs of claims that share a key of their kind's
same-thing test (``THING_KEYS``), or whose clauses may be worded alike, are tested, and no pair
the tests accept is lost:

- a case table of pairs each test takes for one thing although their words differ (a name spelt
  two ways, a happening named shorter, a war and the fighting, one relationship, order claims
  about one pair of events or worded alike in crossed roles): every one is among the blocked pairs;
- on a built store (the Korea dev corpus) the links found from the blocked pairs are exactly those
  found by testing every pair (``_candidate_pairs``), kind by kind, and the links found from a
  third of the claims are exactly those of the full set with an end among them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.build import BuildOptions, build
from chronica.chronicle import claim_conflicts as cc
from chronica.chronicle.embeddings import default_embedder
from chronica.chronicle.disagreements import act_disagreements
from chronica.chronicle import persist
from chronica.chronicle.persist import StoredVectors, load_chronicle
from chronica.claims.model import SentenceClaim
from chronica.store import Store


def claim(doc: int, sentence: str, kind: str, topic: str, value: str, **kw) -> SentenceClaim:  # noqa: ANN003
    return SentenceClaim(document_id=doc, sentence_idx=0, sentence=sentence, sentence_start=0,
                         sentence_end=len(sentence), kind=kind, topic=topic, value=value,
                         start=0, end=len(sentence), **kw)


# (why, kind, first claim, second claim): pairs the same-thing test of the kind accepts
CASES = [
    ("a name spelt two ways", "attribute",
     claim(1, "Isaias Afwerki was born in 1946 in Asmara.", "attribute", "when Isaias Afwerki was born", "1946",
           subject=["name:isaias afwerki"], earliest="1946-01-01", latest="1946-12-31", stated=True),
     claim(2, "Isaias Afewerki, born in 1945, led the front.", "attribute", "when Isaias Afewerki was born", "1945",
           subject=["phx:isaias_afewerki"], earliest="1945-01-01", latest="1945-12-31", stated=True)),
    ("a name written shorter", "attribute",
     claim(1, "José Quiñones was born in Pimentel.", "attribute", "where José Quiñones was born", "Pimentel",
           subject=["name:josé quiñones"]),
     claim(2, "José Quiñones Gonzales was born in Chiclayo.", "attribute", "where José Quiñones Gonzales was born",
           "Chiclayo", subject=["name:jose quiñones gonzales"])),
    ("a happening named shorter", "date",
     claim(1, "The submarine sank the General Belgrano on 2 May 1982.", "date", "when the Belgrano sank", "1982-05-02",
           happening="sink:belgrano general", earliest="1982-05-02", latest="1982-05-02", stated=True),
     claim(2, "The cruiser Almirante General Belgrano was sunk on 3 May 1982.", "date", "when the Belgrano sank",
           "1982-05-03", happening="sink:almirante belgrano general", earliest="1982-05-03", latest="1982-05-03", stated=True)),
    ("one relationship, its parties in another order", "relation",
     claim(1, "Relations between Aldoria and Borvia improved in 1990.", "relation", "relations", "improved",
           subject=["ALD", "BOR"]),
     claim(2, "Borvia and Aldoria grew apart in 1990.", "relation", "relations", "worsened",
           subject=["BOR", "ALD"])),
    ("the war and the fighting", "duration",
     claim(1, "The war lasted five weeks.", "duration", "how long the war lasted", "P5W", obj="war",
           low=35, high=35, earliest="1980-01-01", latest="1981-12-31"),
     claim(2, "The fighting lasted barely three weeks.", "duration", "how long the fighting lasted", "P3W",
           obj="fighting", low=21, high=21, earliest="1980-01-01", latest="1981-12-31")),
    ("order claims worded alike in crossed roles", "order",
     claim(1, "The troops entered the city after the truce was signed.", "order", "order", "after",
           clauses=["the troops entered the city", "the truce was signed"]),
     claim(2, "The truce was signed before the troops entered the capital.", "order", "order", "before",
           clauses=["the truce was signed", "the troops entered the capital"])),
]


@pytest.mark.parametrize("why, kind, a, b", CASES, ids=[c[0] for c in CASES])
def test_claim_blocking_keeps_the_pairs_the_tests_accept(why: str, kind: str, a: SentenceClaim, b: SentenceClaim) -> None:
    ctx = cc.ClaimContext([a, b], [], default_embedder())
    assert cc.SAME_THING[kind](a, b, ctx), why  # the case is one the test accepts
    assert list(cc._blocked_pairs(kind, [a, b], ctx)) == [(0, 1)], why


def test_claim_blocking_drops_pairs_of_different_things() -> None:
    a = claim(1, "Isaias Afwerki was born in 1946.", "attribute", "when Isaias Afwerki was born", "1946",
              subject=["name:isaias afwerki"])
    b = claim(2, "Meles Zenawi was born in 1955.", "attribute", "when Meles Zenawi was born", "1955",
              subject=["name:meles zenawi"])
    ctx = cc.ClaimContext([a, b], [], default_embedder())
    assert list(cc._blocked_pairs("attribute", [a, b], ctx)) == []


def links(kind: str, items: list[SentenceClaim], ctx: cc.ClaimContext, pairs) -> list[tuple[int, int]]:  # noqa: ANN001
    same = cc.SAME_THING[kind]
    return [(i, j) for i, j in pairs
            if not (items[i].sentence_start == items[j].sentence_start and items[i].document_id == items[j].document_id)
            and cc._independent(items[i], items[j]) and same(items[i], items[j], ctx)
            and cc.clash(kind, items[i], items[j], ctx)]


@pytest.fixture(scope="module")
def korea_db(shared: Path, tmp_path_factory) -> Path:  # noqa: ANN001
    path = tmp_path_factory.mktemp("korea") / "korea.db"
    with Store(path) as store:
        build([shared / "corpus" / "korea"], store, BuildOptions(vectors=False))
    return path


def test_claim_blocking_finds_every_link_of_a_built_store(korea_db: Path) -> None:
    with Store(korea_db) as store:
        events = load_chronicle(store).events
        claims = store.claims()
        ctx = cc.ClaimContext(claims, events, StoredVectors(store.chronicle))
        found = 0
        for kind in cc.SAME_THING:
            items = [c for c in claims if c.kind == kind]
            blocked = links(kind, items, ctx, cc._blocked_pairs(kind, items, ctx))
            assert blocked == links(kind, items, ctx, cc._candidate_pairs(kind, items, ctx)), kind
            found += len(blocked)
            # the links with an end among some rows (what an update finds again) are those
            rows = set(range(0, len(items), 3))
            assert cc.claim_links(kind, items, ctx, rows) == [(i, j) for i, j in blocked if i in rows or j in rows]
        assert found  # the corpus's sources do disagree


def test_act_blocking_finds_what_every_pair_finds(korea_db: Path) -> None:
    """The act finder tests only acts of one event or one doer: on the Korea corpus it gives
    what testing every pair of act mentions gives."""
    with Store(korea_db) as store:
        events = load_chronicle(store).events
        acts = [c for c in store.claims() if c.kind == "act"]
        vectors = StoredVectors(store.chronicle)

        def shown(found) -> list:  # noqa: ANN001
            return [(topic, [(c.value, [(m.document_id, m.sentence_start, m.trigger_start) for m in c.mentions],
                              c.event_ids) for c in sides]) for topic, sides in found]
        blocked = shown(act_disagreements(events, vectors, acts))
        assert blocked == shown(act_disagreements(events, vectors, acts, blocked=False))
        # and on the acts alone, without the claims stage's objects (more pairs are joined)
        assert shown(act_disagreements(events, vectors)) == shown(act_disagreements(events, vectors, blocked=False))


@pytest.mark.parametrize("chunk, block", [(7, 5), (2_000, 512)])
def test_streamed_claim_links_equal_the_links_over_every_claim(korea_db: Path, chunk: int, block: int,
                                                               monkeypatch) -> None:  # noqa: ANN001
    """A store's update finds the links of its new claims reading the claims of a kind a chunk
    at a time (``_ClaimLinks.links_of``: partners by key and by clause vectors chunk by chunk,
    the pairs tested on the claims of their documents): on the Korea corpus, for a third of the
    claims and for all of them as the dirty rows, the very links ``claim_links`` finds with every
    claim of the kind in memory (the chunks and the blocks of rows small, then as built)."""
    monkeypatch.setattr(persist, "CLAIM_CHUNK", chunk)
    monkeypatch.setattr(cc, "WORDING_ROWS", block)  # the new claims' rows of a product at a time
    with Store(korea_db) as store:
        events = load_chronicle(store).events
        index = cc._event_index(events)
        vectors = StoredVectors(store.chronicle)
        step = persist._ClaimLinks(store, vectors, store.chronicle.copied_sentence_keys(), set())
        found = 0
        for kind in cc.SAME_THING:
            ids = [cid for cid, k in step.kind_of.items() if k == kind]
            if not ids:
                continue
            items = step._claims(ids)
            ctx = cc.ClaimContext(items, events, vectors, index=index, clauses=vectors)
            for rows in (set(range(1, len(ids), 3)), set(range(len(ids)))):
                expected = [(ids[i], ids[j]) for i, j in cc.claim_links(kind, items, ctx, rows)]
                assert step.links_of(kind, ids, rows, index, events) == expected, kind
                found += len(expected)
        assert found  # the corpus's sources do disagree


def _event(eid: str, etype: str, doc: int):  # noqa: ANN202 - a ChronicleEvent with one mention at offset 0
    from chronica.chronicle.model import ChronicleEvent
    from chronica.events.model import EventMention

    m = EventMention.__new__(EventMention)
    m.document_id, m.sentence_start, m.trigger_start = doc, 0, 0
    return ChronicleEvent(eid, etype, None, None, None, None, None, [], "", 0.0, "asserted", 1.0, mentions=[m])


@pytest.mark.parametrize("kind, types", [
    ("count", ("SUPPORT", "SUPPORT")),  # two worded figures, events of one type kept apart
    ("count", ("ASSAULT", "OTHER")),  # an uncoded event fits any
    ("duration", ("AGREE", "AGREE")),
])
def test_claim_blocking_keeps_figures_of_one_measured_happening(kind: str, types: tuple[str, str]) -> None:
    """Figures and spans known only by their wording, tied to alike events the merge kept apart
    (cc.same_measured_happening): clauses worded apart, the pair still among the blocked pairs
    and the candidate pairs."""
    texts = ("The accord allowed up to 40 Aldorian fishing boats to keep working for nine months.",
             "The Kell agreement let 55 Aldorian fishing boats stay on for a year.")
    a, b = (claim(i + 1, t, kind, f"figure: {t}", "x", low=v, high=v, unit="trawlers", masked=f"masked {i}",
                  by_wording=True, event_trigger=0) for i, (t, v) in enumerate(zip(texts, (40, 55))))
    ctx = cc.ClaimContext([a, b], [_event("e1", types[0], 1), _event("e2", types[1], 2)], default_embedder())
    assert cc.SAME_THING[kind](a, b, ctx)
    assert list(cc._blocked_pairs(kind, [a, b], ctx)) == [(0, 1)]
    assert (0, 1) in set(cc._candidate_pairs(kind, [a, b], ctx))
