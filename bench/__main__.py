"""`python -m bench [--large]`: every benchmark, printed as the tables of bench/README.md."""
from __future__ import annotations

import os
import platform
import sqlite3
import subprocess
import sys
from pathlib import Path


def machine() -> str:
    """The machine in one line: cores, CPU model, RAM, Python, SQLite, load at start."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or cpu
    ram = ""
    try:
        kb = int(next(ln for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal")).split()[1])
        ram = f"{kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration):
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{os.cpu_count()} cores ({cpu}), {ram}, Python {platform.python_version()}, "
            f"SQLite {sqlite3.sqlite_version}, {platform.system()} {platform.release()}; load average {load:.1f} at start")


def main() -> None:
    args = sys.argv[1:]
    print(f"Machine: {machine()}\n")
    print("### Ingest\n", flush=True)
    subprocess.run([sys.executable, "-m", "bench.ingest_bench", *args], check=True)
    print("\n### App (10^6 strikes, 10^6 quotes)\n", flush=True)
    subprocess.run([sys.executable, "-m", "bench.app_bench"], check=True)


if __name__ == "__main__":
    main()
