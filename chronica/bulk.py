"""Reading many small records at once: the cyclic garbage collector paused meanwhile.

Every few hundred container allocations CPython's collector walks the young objects, and every
so often all of them: loading a large store's chronicle (a million lists, dicts and dataclass
instances, none of them in a reference cycle) spent half its time in those walks (0.8 s of
1.6 s for 27,000 events on the 10× synthetic BBC store). Records read from the store hold no
cycles, so pausing the collector while they are built loses nothing; it runs again after.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


#: whether what a paused block built is frozen after it (see :func:`keep_loaded`)
_FREEZE = False


def keep_loaded(on: bool = True) -> None:
    """For a process that keeps what it loads to its end (one command of the command line): the
    objects alive after each :func:`gc_paused` block are moved out of the collector's
    generations (``gc.freeze``), so that it never walks them again. Paused, the collector still
    counts the new objects: its next walk, right after the block, would visit every one of them,
    and later walks again as they age (a quarter of ``chronica export`` on the 10× synthetic BBC
    store). Not for a long-lived process that loads and drops (a garbage cycle alive at the
    freeze would never be collected); off by default."""
    global _FREEZE
    _FREEZE = on


@contextmanager
def gc_paused() -> Iterator[None]:
    """The collector off inside the block (nesting is fine), back to what it was after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _FREEZE:
            gc.freeze()
        if was_enabled:
            gc.enable()
