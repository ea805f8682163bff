"""Public names of a package imported on first use (PEP 562), so that importing the package does
not import what only some of its callers need (spaCy, Jinja2, a compiled grammar).

Public API: :func:`lazy_exports`.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module


def lazy_exports(package: str, exports: dict[str, str], namespace: dict) -> Callable[[str], object]:
    """The module ``__getattr__`` of ``package``: a name of ``exports`` (name -> module) is
    imported from its module when first asked for and kept in ``namespace`` (the package's
    globals), so it is looked up once; any other name is an AttributeError."""

    def __getattr__(name: str) -> object:
        if name not in exports:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(exports[name]), name)
        namespace[name] = value
        return value

    return __getattr__
