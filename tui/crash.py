"""What an unhandled exception leaves behind: the traceback in a file, one line on the terminal.

Textual prints a full-screen traceback with locals and the app exits; run from
`incidents browse` that scrolled the analyst's terminal away and the process
still exited 0. The app writes the traceback to a file and says where.
"""
from __future__ import annotations

import tempfile
import time
import traceback
from pathlib import Path


def write_traceback(error: BaseException, folder: Path | None = None) -> Path:
    """Write `error`'s traceback to a new file in `folder` (the system temp folder) and return its path."""
    folder = folder or Path(tempfile.gettempdir())
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = folder / f"incident-browser-crash-{stamp}.txt"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"incident-browser-crash-{stamp}-{n}.txt"
    path.write_text("".join(traceback.format_exception(error)), encoding="utf-8")
    return path


def crash_line(error: BaseException, path: Path | None) -> str:
    where = f"traceback written to {path}" if path else "the traceback could not be written"
    return f"error: the browser stopped on {type(error).__name__}: {error} ({where})"
