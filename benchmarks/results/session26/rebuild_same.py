"""For built stores (another checkout's, schema < 12): copy, rebuild the chronicle with this
checkout's code, and compare the stored disagreements (and events) with the copy's before."""
import shutil, sys, time
from pathlib import Path
from chronica.store import Store
from chronica.chronicle.persist import rebuild
for src in sys.argv[1:]:
    src = Path(src)
    dst = Path("/tmp/scale26/rb") / src.name
    shutil.copyfile(src, dst)
    with Store(dst) as store:
        before = store.chronicle.disagreements()
        ev_before = [(r.label, r.record) for r in store.chronicle.events()]
        t = time.process_time()
        report = rebuild(store)
        after = store.chronicle.disagreements()
        ev_after = [(r.label, r.record) for r in store.chronicle.events()]
    print(src.stem, len(before), len(after), "same disagreements" if before == after else "DIFFERENT disagreements",
          "same events" if ev_before == ev_after else "DIFFERENT events", f"{time.process_time() - t:.1f} CPU-s", flush=True)
    dst.unlink()
