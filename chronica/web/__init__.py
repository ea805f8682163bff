"""The web app over a store (read-only): ``create_app(db)``; see :mod:`chronica.web.app`
(routes, security headers) and :mod:`chronica.web.views` (what the pages show)."""

from chronica.web.app import create_app

__all__ = ["create_app"]
