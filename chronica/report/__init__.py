"""The report: a self-contained HTML file (:func:`render_report`) and terminal views
(:func:`format_timeline`, :func:`format_disagreements`, :func:`format_barometer`)."""

from chronica.lazy import lazy_exports

#: each public name and its module, imported when the name is first used: the terminal views
#: do not need the HTML report's Jinja2 and networkx
_EXPORTS = {
    "render_report": "chronica.report.html", "format_barometer": "chronica.report.terminal",
    "format_disagreements": "chronica.report.terminal", "format_timeline": "chronica.report.terminal",
}

__all__ = ["format_barometer", "format_disagreements", "format_timeline", "render_report"]


__getattr__ = lazy_exports(__name__, _EXPORTS, globals())  # PEP 562: imported on first use
