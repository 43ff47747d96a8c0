"""The terminal browser for an incidents database.

It reads only the SQLite file that `parsers` writes, so it never imports
`parsers`; this package stays free of Textual imports at the top level so the
headless query layer (`tui.db`, `tui.queries`, `tui.export`) can be used and
tested without loading the UI.
"""
from __future__ import annotations
