"""refine with the prefilter == refine without it, on every token of the given corpora whose lemma is a dictionary verb."""
import sys, glob, time
from chronica.events import dictionary as D
from chronica.events.ontology import Pattern, Coding
from chronica.nlp import load_pipeline
from chronica.ingest import discover, load
from chronica.errors import IngestError
nlp = load_pipeline(())
V = D.load_verb_dictionary()
pats = {p.summary: p for p in V.patterns()}
texts = []
for c in sys.argv[1:]:
    for f in discover([c]):
        if isinstance(f, IngestError): continue
        try: docs, _ = load(f)
        except IngestError: continue
        texts += [d.text[:100000] for d in docs]
print("texts", len(texts))
n = diff = 0; t_new = t_old = 0.0
real = D.VerbDictionary._candidates
every = lambda self, block, words: list(self.blocks.get(block, ()))
for doc in nlp.pipe(texts, batch_size=16):
    for tok in doc:
        p = pats.get(tok.lemma_.lower())
        if p is None: continue
        for own in (True, False):
            D.VerbDictionary._candidates = real; a = time.process_time(); r1 = V.refine(tok, p, own); t_new += time.process_time() - a
            D.VerbDictionary._candidates = every; a = time.process_time(); r2 = V.refine(tok, p, own); t_old += time.process_time() - a
            n += 1
            if r1 != r2:
                diff += 1; print("DIFF", tok.text, tok.sent.text[:100], r1, r2)
D.VerbDictionary._candidates = real
print("refines", n, "diffs", diff, "cpu new %.2f old %.2f" % (t_new, t_old))
