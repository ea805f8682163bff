"""make_kx.py SRC_DB OUT_DB K: a store whose one document holds K copies of SRC's event mentions
and claims (a synthetic long document for the chronicle step alone: no parse). Copy k has its
offsets and sentence indices moved past copy k-1 and every day-precision date moved by d_k days
(|d_k| <= 180), so that the mentions fall among the others' dates as a K-times longer generated
history would (more events in the same 120 years). Sentences, actors and types are the source's
(their vectors are stored already)."""
import json, re, shutil, sqlite3, sys
from datetime import date, timedelta
src, out, K = sys.argv[1], sys.argv[2], int(sys.argv[3])
shutil.copy(src, out)
db = sqlite3.connect(out)
DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
L = db.execute("SELECT max(sentence_end) FROM event_mentions").fetchone()[0] + 1000
N = db.execute("SELECT max(sentence_idx) FROM event_mentions").fetchone()[0] + 10
NC = db.execute("SELECT max(sentence_idx) FROM claims").fetchone()[0] + 10
N = max(N, NC)

def shift_dates(d, days):
    if not d.get("date") or not DAY.match(d["date"]) or (d.get("date_end") and not DAY.match(d["date_end"])):
        return
    for f in ("date", "date_end", "earliest", "latest"):
        v = d.get(f)
        if v and DAY.match(v[:10]):
            try:
                d[f] = (date.fromisoformat(v[:10]) + timedelta(days=days)).isoformat() + v[10:]
            except (ValueError, OverflowError):
                pass

ems = db.execute("SELECT document_id, sentence_idx, sentence_start, sentence_end, type, intensity, modality, date,"
                 " date_end, precision, earliest, latest, summary, record FROM event_mentions ORDER BY id").fetchall()
cls = db.execute("SELECT document_id, sentence_idx, kind, topic, value, record FROM claims ORDER BY id").fetchall()
for k in range(1, K):
    days = ((k * 97) % 361) - 180
    rows = []
    for (doc, sidx, s0, s1, typ, inten, mod, dt, dte, prec, ear, lat, summ, rec) in ems:
        d = json.loads(rec)
        d["sentence_idx"] += k * N
        for f in ("sentence_start", "sentence_end", "trigger_start", "trigger_end"):
            if d.get(f) is not None:
                d[f] += k * L
        for p in d.get("participants", []):
            for f in ("start", "end"):
                if p.get(f) is not None:
                    p[f] += k * L
        shift_dates(d, days)
        rows.append((doc, sidx + k * N, s0 + k * L, s1 + k * L, typ, inten, mod, d.get("date"), d.get("date_end"),
                     prec, d.get("earliest"), d.get("latest"), summ, json.dumps(d, ensure_ascii=False)))
    db.executemany("INSERT INTO event_mentions (document_id, sentence_idx, sentence_start, sentence_end, type,"
                   " intensity, modality, date, date_end, precision, earliest, latest, summary, record)"
                   " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    rows = []
    for (doc, sidx, kind, topic, value, rec) in cls:
        d = json.loads(rec)
        d["sentence_idx"] += k * N
        for f in ("sentence_start", "sentence_end", "start", "end", "event_trigger", "other_trigger"):
            if d.get(f) is not None:
                d[f] += k * L
        shift_dates(d, days)
        rows.append((doc, sidx + k * N, kind, topic, value, json.dumps(d, ensure_ascii=False)))
    db.executemany("INSERT INTO claims (document_id, sentence_idx, kind, topic, value, record) VALUES (?,?,?,?,?,?)", rows)
for t in ("chronicle_links", "chronicle_keys", "chronicle_mentions", "chronicle_events", "chronicle_disagreements",
          "chronicle_claims", "chronicle_claim_links"):
    db.execute(f"DELETE FROM {t}")
db.commit()
print(out, db.execute("SELECT count(*) FROM event_mentions").fetchone(), db.execute("SELECT count(*) FROM claims").fetchone())
