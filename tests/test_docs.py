"""The README tells the truth: every table and column, every command, the CI command."""
from __future__ import annotations

import re
from pathlib import Path

from parsers import cli, schema

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_table_and_column_is_documented():
    for table, columns in schema.TABLES.items():
        section = README.split(f"### `{table}`", 1)
        assert len(section) == 2, f"no README section for {table}"
        body = section[1].split("\n### ", 1)[0]
        for column in columns:
            assert f"`{column}`" in body, f"{table}.{column} is not documented"
    for view in schema.VIEWS:
        assert f"`{view}`" in README


def test_every_command_is_documented():
    for name in cli.cli.commands:
        assert f"incidents {name}" in README


def test_ci_runs_exactly_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text()
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    assert blocks[1].strip() in ci.splitlines()


def test_application_id_in_readme_matches_schema():
    assert str(schema.APPLICATION_ID) in README and f"0x{schema.APPLICATION_ID:08X}" in README
