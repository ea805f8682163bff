import gc, sys
from spacy.tokens import Doc
from chronica import tasks
from chronica.nlp import load_pipeline
from chronica.stages import STAGES
nlp = load_pipeline(STAGES)
texts = (("Brazil signed a trade agreement with Argentina on 3 May 1961. Kenya condemned Egypt in June 1990.", None),
         ("On 4 July 1976, Israel attacked Uganda. The United Nations condemned the raid.", None))
tasks._analyse(nlp, texts, True, None)
gc.collect()
gc.disable()
before = sum(1 for o in gc.get_objects() if isinstance(o, Doc))
out = tasks._analyse(nlp, texts, True, None)
left = sum(1 for o in gc.get_objects() if isinstance(o, Doc)) - before
gc.enable()
print("Docs left after the batch (no collection):", left, "; freed by a collection:", gc.collect())
