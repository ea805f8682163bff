"""The report: a self-contained HTML file (:func:`render_report`) and terminal views
(:func:`format_timeline`, :func:`format_disagreements`, :func:`format_barometer`)."""

from chronica.report.html import render_report
from chronica.report.terminal import format_barometer, format_disagreements, format_timeline

__all__ = ["format_barometer", "format_disagreements", "format_timeline", "render_report"]
