"""rechron.py REPO DB: rebuild the chronicle of DB with the chronica of REPO; CPU, peak RSS, report."""
import sys, time, resource, dataclasses
sys.path.insert(0, sys.argv[1])
from chronica.store import Store
from chronica.chronicle import persist
t = time.process_time()
with Store(sys.argv[2]) as store:
    r = persist.rebuild(store)
ru = resource.getrusage(resource.RUSAGE_SELF)
print(f"{sys.argv[1]} {sys.argv[2]}: rebuild cpu {time.process_time()-t:.1f} s (process {ru.ru_utime:.1f}+{ru.ru_stime:.1f}) peak RSS {ru.ru_maxrss//1024} MB")
print(dataclasses.asdict(r))
