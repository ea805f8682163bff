import sys, importlib.util
sys.path.insert(0, "/work/wt-scale27/tests")
from chronica import tasks
tasks._TRIM = None  # the test's steps without the trim
import test_long_document_scale as t
try:
    t.test_a_parsing_batch_leaves_no_freed_heap_behind.__wrapped__() if hasattr(t.test_a_parsing_batch_leaves_no_freed_heap_behind, "__wrapped__") else t.test_a_parsing_batch_leaves_no_freed_heap_behind()
    print("passed without trim")
except AssertionError as e:
    print("FAILS without trim:", e)
