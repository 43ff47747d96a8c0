"""The first bytes of a file, for telling a feed or a saved page by its content when its name says nothing."""
from __future__ import annotations

from pathlib import Path


def head(path: Path, size: int) -> bytes:
    """Up to `size` bytes from the start of a regular file; b"" for anything else or on error
    (a FIFO or device is never opened to sniff it)."""
    try:
        if not path.is_file():
            return b""
        with open(path, "rb") as fh:
            return fh.read(size)
    except OSError:
        return b""
