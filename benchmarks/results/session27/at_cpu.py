"""RSS and HWM of stage traces at the same CPU seconds: at_cpu.py TSV... (first row at or after each mark)."""
import sys
marks = [10, 20, 30, 40, 60, 80, 100, 120, 140, 160, 180, 200, 220, 240, 260, 280]
print("cpu-s " + " ".join(f"{m:>9d}" for m in marks))
for path in sys.argv[1:]:
    rows = [l.rstrip("\n").split("\t") for l in open(path)]
    out = []
    for m in marks:
        r = next((r for r in rows if float(r[1]) >= m), None)
        out.append(f"{r[2]:>4s}/{r[3]:>4s}" if r else " " * 9)
    print(path.split("/")[-1][:6], " ".join(out))
