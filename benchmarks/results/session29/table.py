import pstats, sys
def cum(p, pat):
    return sum(v[3] for k, v in p.stats.items() if pat in f"{k[0]}:{k[1]}({k[2]})")
rows = [("events stage", "events/component.py:28(__call__"),
        ("  of which the dictionary's refine", "dictionary.py:") ,
        ("claims stage", "claims/component.py:27(__call__"),
        ("actors stage", "actors/component.py:57(__call__"),
        ("time stage", "time/component.py:31(__call__"),
        ("event/claim sentences' MiniLM vectors", "tasks.py:195(sentence_vectors"),
        ("chronicle step (persist.update)", "persist.py:243(update"),
        ("  of which disagreements (claim clauses embedded)", "disagreements.py:810(find_disagreements"),
        ("near-duplicate index (datasketch import)", "duplicates.py:70(__init__"),
        ("saving the parse", "nlp.py:271(serialise"),
        ("spaCy pipe (all components)", "spacy/language.py:1536(pipe")]
ps = [pstats.Stats(f) for f in sys.argv[1:]]
def refine(p):
    return sum(v[3] for k, v in p.stats.items() if k[0].endswith("dictionary.py") and k[2] == "refine")
print("| part | " + " | ".join(sys.argv[1:]) + " |")
for name, pat in rows:
    vals = [refine(p) if "refine" in name else cum(p, pat) for p in ps]
    print(f"| {name} | " + " | ".join(f"{v:.2f}" for v in vals) + " |")
print("| whole build | " + " | ".join(f"{cum(p, 'build.py:179(build'):.2f}" for p in ps) + " |")
