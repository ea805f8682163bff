"""Links of the claim disagreements: every pair tested (_candidate_pairs) vs blocked pairs."""
import sys, time
from collections import defaultdict
from chronica.store import Store
from chronica.chronicle.persist import load_chronicle, StoredVectors
from chronica.chronicle import claim_conflicts as cc

db = sys.argv[1]
with Store(db) as store:
    ch = load_chronicle(store)
    copied = store.chronicle.copied_sentence_keys()
    claims = [c for c in store.claims() if (c.document_id, c.sentence_idx) not in copied]
    ctx = cc.ClaimContext(claims, ch.events, StoredVectors(store.chronicle))
    by_kind = defaultdict(list)
    for c in claims:
        if c.kind in cc.SAME_THING:
            by_kind[c.kind].append(c)
    bad = 0
    for kind, items in by_kind.items():
        same = cc.SAME_THING[kind]
        def ok(i, j):
            return not (items[i].sentence_start == items[j].sentence_start and items[i].document_id == items[j].document_id) \
                and cc._independent(items[i], items[j]) and same(items[i], items[j], ctx) and cc.clash(kind, items[i], items[j], ctx)
        t = time.process_time()
        new = [(i, j) for i, j in cc._blocked_pairs(kind, items, ctx) if ok(i, j)]
        tn = time.process_time() - t
        t = time.process_time()
        old = [(i, j) for i, j in cc._candidate_pairs(kind, items, ctx) if ok(i, j)]
        to = time.process_time() - t
        print(kind, len(items), "links old", len(old), "new", len(new), "same", old == new, f"cpu old {to:.1f} new {tn:.1f}", flush=True)
        bad += old != new
    print("DIFFER" if bad else "ALL EQUAL")
