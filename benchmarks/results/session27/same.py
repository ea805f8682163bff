"""Are two stores' chronicles the same? Claim links, events (records, labels, members), disagreements, claims seen."""
import sqlite3, sys, hashlib
qs = {
 "claim_links": "SELECT kind, a, b FROM chronicle_claim_links ORDER BY a, b, kind",
 "claims_seen": "SELECT claim_id FROM chronicle_claims ORDER BY claim_id",
 "events": "SELECT label, record FROM chronicle_events ORDER BY label",
 "disagreements": "SELECT * FROM chronicle_disagreements ORDER BY 1",
 "mentions": "SELECT * FROM chronicle_mentions ORDER BY 1",
 "links": "SELECT * FROM chronicle_links ORDER BY 1, 2",
}
def digest(db, q):
    h = hashlib.sha256(); n = 0
    for row in sqlite3.connect(db).execute(q):
        h.update(repr(row).encode()); n += 1
    return n, h.hexdigest()[:16]
ok = True
for name, q in qs.items():
    try:
        a, b = digest(sys.argv[1], q), digest(sys.argv[2], q)
    except sqlite3.OperationalError as e:
        print(name, "error", e); continue
    print(f"{name:14s} {a} {b} {'same' if a == b else 'DIFFERENT'}"); ok &= a == b
print("SAME" if ok else "DIFFERENT")
