"""Benchmarks: corpus and database generators, ingest and app timings.

Speed is measured here, never in the unit tests; `bench/README.md` holds the
results table and the one command that reproduces it.
"""
