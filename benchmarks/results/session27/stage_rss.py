"""Run `chronica.cli ARGS...` in this process; a thread samples RSS/HWM every 0.25 s with the main
thread's innermost chronica frames (the stage). Writes TSV to $STAGE_TSV; prints per-stage max RSS."""
import os, sys, threading, time, resource
out = open(os.environ.get("STAGE_TSV", "/tmp/scale27/stage.tsv"), "w")
main = threading.main_thread()
stop = False
def status():
    d = {}
    for line in open("/proc/self/status"):
        if line.startswith(("VmRSS", "VmHWM")):
            k, v = line.split(":"); d[k] = int(v.split()[0]) // 1024
    return d
peaks = {}
def sampler():
    t0 = time.time()
    while not stop:
        f = sys._current_frames().get(main.ident)
        names = []
        while f is not None:
            fn = f.f_code.co_filename
            if "chronica" in fn:
                names.append(f"{os.path.basename(fn)[:-3]}.{f.f_code.co_name}")
            f = f.f_back
        names.reverse()
        # the stage: the frames below cli/build (first 6 chronica frames after build)
        stage = ">".join(n for n in names if not n.startswith(("cli.", "__init__.")))[:200]
        s = status()
        cpu = time.process_time()
        out.write(f"{time.time()-t0:.1f}\t{cpu:.1f}\t{s['VmRSS']}\t{s['VmHWM']}\t{stage}\n"); out.flush()
        key = ">".join(stage.split(">")[:4])
        peaks[key] = max(peaks.get(key, 0), s["VmRSS"])
        time.sleep(0.25)
th = threading.Thread(target=sampler, daemon=True); th.start()
from chronica.cli import main as cli_main
sys.argv = ["chronica"] + sys.argv[1:]
try:
    cli_main()
except SystemExit:
    pass
finally:
    stop = True; time.sleep(0.3)
    ru = resource.getrusage(resource.RUSAGE_SELF)
    print(f"cpu {ru.ru_utime:.1f}+{ru.ru_stime:.1f} s  peak RSS {ru.ru_maxrss//1024} MB", file=sys.stderr)
    for k, v in sorted(peaks.items(), key=lambda kv: -kv[1])[:25]:
        print(f"{v:6d} MB  {k}", file=sys.stderr)
