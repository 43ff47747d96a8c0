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
    parser.add_argument("--theme", metavar="NAME", default=None,
                        help="a Textual theme: textual-dark (default), textual-light, nord, gruvbox, ...; "
                             "ansi-dark or ansi-light use the terminal's own colours")
    args = parser.parse_args(argv)
    try:
        from .app import make_app

        app = make_app(args.path)
    except DatabaseProblem as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.theme:
        if args.theme not in app.available_themes:
            print(f"error: no theme {args.theme!r}; try one of: {', '.join(sorted(app.available_themes))}",
                  file=sys.stderr)
            return 1
        app.theme = args.theme  # ansi-dark / ansi-light keep the terminal's own colours
    app.run()
    if app.crash:
        print(app.crash, file=sys.stderr)
    return app.return_code or 0  # 1 after an unhandled exception (the traceback went to a file)


if __name__ == "__main__":
    sys.exit(main())
