"""`python -m tui PATH`: open the browser on an incidents database (read-only)."""
from __future__ import annotations

import argparse
import sys

from .db import DatabaseProblem


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tui",
        description="Browse an incidents database (strikes, negotiations, quotes by speaker) from the keyboard. "
                    "The file is opened read-only. Keys: press ? in the app.")
    parser.add_argument("path", metavar="PATH", help="database written by `incidents ingest PATH --db FILE`")
    args = parser.parse_args(argv)
    try:
        from .app import make_app

        app = make_app(args.path)
    except DatabaseProblem as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    app.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
