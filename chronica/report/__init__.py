"""The report: a self-contained HTML file (:func:`render_report`) and terminal views
(:func:`format_timeline`, :func:`format_disagreements`, :func:`format_barometer`)."""

from importlib import import_module

#: each public name and its module, imported when the name is first used: the terminal views
#: do not need the HTML report's Jinja2 and networkx
_EXPORTS = {
    "render_report": "chronica.report.html", "format_barometer": "chronica.report.terminal",
    "format_disagreements": "chronica.report.terminal", "format_timeline": "chronica.report.terminal",
}

__all__ = ["format_barometer", "format_disagreements", "format_timeline", "render_report"]


def __getattr__(name: str) -> object:  # PEP 562: a public name, imported on first use
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value
