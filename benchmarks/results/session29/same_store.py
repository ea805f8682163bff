"""Compare two stores table by table (rows sorted, columns naming paths/times/runs left out).
usage: same_store.py A.db B.db -> prints per table SAME/DIFF and exits 1 on any DIFF."""
import sqlite3, sys, hashlib
TABLES = ["documents", "sentences", "timexes", "actor_mentions", "event_mentions", "event_participants", "claims",
          "chronicle_events", "chronicle_mentions", "chronicle_links", "chronicle_keys", "chronicle_disagreements",
          "chronicle_claims", "chronicle_claim_links", "disagreement_claims", "disagreement_list", "timeline",
          "timeline_actors", "timeline_sources", "sentence_vectors", "search_vectors", "duplicates"]
SKIP = ("path", "mtime", "time", "created", "built", "run", "updated", "folder")
def rows(db, t):
    c = sqlite3.connect(db)
    try:
        cols = [r[1] for r in c.execute(f"pragma table_info({t})")]
    except sqlite3.Error:
        return None, None
    keep = [x for x in cols if not any(s in x.lower() for s in SKIP) or x.lower() in ("timex_id",)]
    if not keep:
        return [], []
    try:
        out = sorted(repr(r) for r in c.execute(f"select {','.join(keep)} from {t}"))
    except sqlite3.Error as exc:  # a view that cannot be read: compare the error
        out = [f"error: {exc}"]
    return keep, out
bad = 0
for t in TABLES:
    ka, ra = rows(sys.argv[1], t); kb, rb = rows(sys.argv[2], t)
    if ra is None and rb is None:
        continue
    same = ka == kb and ra == rb
    bad += not same
    print(f"{t:26s} {len(ra or []):6d} {len(rb or []):6d} {'SAME' if same else 'DIFF'}  cols={','.join(ka or [])[:80]}")
sys.exit(1 if bad else 0)
