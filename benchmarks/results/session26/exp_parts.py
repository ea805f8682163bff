import sys, time
from chronica.store import Store
from chronica import fastjson
from chronica.chronicle.persist import iter_events
from chronica.chronicle import events_json
from chronica.export.formats import iter_documents
def best(f, n=3):
    out=[]
    for _ in range(n):
        t=time.process_time(); f(); out.append(time.process_time()-t)
    return min(out)
with Store(sys.argv[1]) as store:
    ch = store.chronicle
    print("rows", best(lambda: sum(len(m) for _, m in ch.iter_events_with_members())))
    print("rows+orjson", best(lambda: [(fastjson.loads(r.record), [fastjson.loads(x) for _, x in m]) for r, m in ch.iter_events_with_members()] and None))
    print("iter_events full", best(lambda: sum(1 for _ in iter_events(store))))
    print("iter_events light", best(lambda: sum(1 for _ in iter_events(store, mention_participants=False))))
    print("events_json light", best(lambda: sum(1 for _ in events_json(iter_events(store, mention_participants=False), set()))))
    print("documents", best(lambda: sum(1 for _ in iter_documents(store))))
    evs = list(events_json(iter_events(store, mention_participants=False), set()))
    print("dumps events", best(lambda: [fastjson.dumps_indented(e) for e in evs] and None))
