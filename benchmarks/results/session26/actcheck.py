import sys, time
from chronica.store import Store
from chronica.chronicle.persist import load_chronicle, StoredVectors
from chronica.chronicle.disagreements import act_disagreements
with Store(sys.argv[1]) as store:
    ch = load_chronicle(store)
    acts = [c for c in store.claims() if c.kind == "act"]
    v = StoredVectors(store.chronicle)
    t = time.process_time(); a = act_disagreements(ch.events, v, acts); ta = time.process_time() - t
    t = time.process_time(); b = act_disagreements(ch.events, v, acts, blocked=False); tb = time.process_time() - t
    key = lambda r: [(t, [(c.value, [(m.document_id, m.sentence_start, m.trigger_start) for m in c.mentions], c.event_ids) for c in cs]) for t, cs in r]
    print(len(a), len(b), key(a) == key(b), f"blocked {ta:.2f} every pair {tb:.2f}")
