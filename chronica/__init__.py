"""Chronica: a sourced chronicle from a pile of articles.

The flow, one way: ingest -> nlp -> time / actors -> events -> chronicle -> store -> export / report.
"""

__version__ = "0.1.0"
