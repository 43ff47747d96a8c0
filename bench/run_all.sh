#!/usr/bin/env bash
# Reproduce the results tables of bench/README.md: machine, ingest, app.
#   bench/run_all.sh            # 10^3 and 10^4 reports, the app on 10^6 rows
#   bench/run_all.sh --large    # adds 10^5 reports
set -euo pipefail
cd "$(dirname "$0")/.."
exec "${PYTHON:-.venv/bin/python}" -m bench "$@"
