"""Sample a build process's RSS / high-water mark and the store's document count every 15 s."""
import sqlite3, sys, time, os
pid, db, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
with open(out, "a") as fh:
    while os.path.exists(f"/proc/{pid}"):
        try:
            st = {l.split(":")[0]: l.split()[1] for l in open(f"/proc/{pid}/status") if len(l.split()) > 1}
        except OSError:
            break
        try:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=2)
            n = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            con.close()
        except Exception as e:
            n = f"? {e}"
        fh.write(f"{time.strftime('%H:%M:%S')}\tdocs {n}\trss_mb {int(st['VmRSS'])/1024:.0f}\thwm_mb {int(st['VmHWM'])/1024:.0f}\tload {os.getloadavg()[0]:.1f}\n")
        fh.flush()
        time.sleep(15)
