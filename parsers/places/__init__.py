"""Places: a gazetteer of Ukrainian and Russian places and the rules that resolve mentions."""
from __future__ import annotations

from .gazetteer import Place, gazetteer, key
from .resolve import Mention, find_places, resolve_name

__all__ = ["Mention", "Place", "find_places", "gazetteer", "key", "resolve_name"]
