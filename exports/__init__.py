"""The export writers both sides use: `incidents export` (parsers/) and the app's `e` key (tui/).

A package of its own because the two sides never import each other (the
SQLite file is their only contract) yet must write the same files; it needs
only the standard library and platformdirs, and knows nothing of either side.
"""
