"""Bring a store's chronicle up to date with its claims once (the claim links of schema 12)."""
import sys, time
from chronica.store import Store
from chronica.chronicle.persist import update
with Store(sys.argv[1]) as store:
    t = time.process_time()
    r = update(store)
    print(r, f"cpu {time.process_time() - t:.1f}")
