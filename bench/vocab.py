"""Value pools shared by the corpus and database generators.

Both generators draw from the same places, speakers and weapons so that a
synthetic database and a synthetic corpus look alike to the app and to the
extractors: about thirty places on both sides of the front, a few hundred
speakers with a long tail, weapons and targets in the guideline's classes.
"""
from __future__ import annotations

import datetime as dt
import random

# (location, region, country, lat, lon)
PLACES: list[tuple[str, str, str, float, float]] = [
    ("Kyiv", "Kyiv", "Ukraine", 50.45, 30.52),
    ("Kharkiv", "Kharkiv Oblast", "Ukraine", 49.99, 36.23),
    ("Odesa", "Odesa Oblast", "Ukraine", 46.48, 30.73),
    ("Dnipro", "Dnipropetrovsk Oblast", "Ukraine", 48.46, 35.05),
    ("Zaporizhzhia", "Zaporizhzhia Oblast", "Ukraine", 47.84, 35.14),
    ("Lviv", "Lviv Oblast", "Ukraine", 49.84, 24.03),
    ("Sumy", "Sumy Oblast", "Ukraine", 50.91, 34.80),
    ("Kherson", "Kherson Oblast", "Ukraine", 46.64, 32.62),
    ("Mykolaiv", "Mykolaiv Oblast", "Ukraine", 46.98, 31.99),
    ("Poltava", "Poltava Oblast", "Ukraine", 49.59, 34.55),
    ("Chernihiv", "Chernihiv Oblast", "Ukraine", 51.49, 31.29),
    ("Kryvyi Rih", "Dnipropetrovsk Oblast", "Ukraine", 47.91, 33.39),
    ("Kramatorsk", "Donetsk Oblast", "Ukraine", 48.72, 37.56),
    ("Sloviansk", "Donetsk Oblast", "Ukraine", 48.85, 37.60),
    ("Pokrovsk", "Donetsk Oblast", "Ukraine", 48.28, 37.18),
    ("Nikopol", "Dnipropetrovsk Oblast", "Ukraine", 47.57, 34.40),
    ("Vinnytsia", "Vinnytsia Oblast", "Ukraine", 49.23, 28.47),
    ("Zhytomyr", "Zhytomyr Oblast", "Ukraine", 50.25, 28.66),
    ("Bila Tserkva", "Kyiv Oblast", "Ukraine", 49.80, 30.11),
    ("Ternopil", "Ternopil Oblast", "Ukraine", 49.55, 25.59),
    ("Sevastopol", "Sevastopol", "Ukraine", 44.62, 33.53),
    ("Belgorod", "Belgorod Oblast", "Russia", 50.60, 36.59),
    ("Kursk", "Kursk Oblast", "Russia", 51.73, 36.19),
    ("Bryansk", "Bryansk Oblast", "Russia", 53.24, 34.36),
    ("Moscow", "Moscow", "Russia", 55.76, 37.62),
    ("Rostov-on-Don", "Rostov Oblast", "Russia", 47.24, 39.71),
    ("Voronezh", "Voronezh Oblast", "Russia", 51.67, 39.18),
    ("Krasnodar", "Krasnodar Krai", "Russia", 45.04, 38.98),
    ("Tuapse", "Krasnodar Krai", "Russia", 44.10, 39.08),
    ("Novorossiysk", "Krasnodar Krai", "Russia", 44.72, 37.77),
]

# (class, details as a reporter would write them, weight)
WEAPONS: list[tuple[str, list[str], int]] = [
    ("drone", ["drones", "attack drones", "Shahed-type drones", "fixed-wing drones", "unmanned aerial vehicles"], 55),
    ("missile", ["missiles", "cruise missiles", "ballistic missiles", "Iskander-M missiles", "Kh-101 cruise missiles"], 20),
    ("bomb", ["guided aerial bombs", "glide bombs", "KAB bombs"], 10),
    ("artillery", ["artillery", "shelling", "mortar fire"], 8),
    ("rocket", ["multiple rocket launchers", "Grad rockets"], 4),
    ("mixed", ["drones and missiles", "missiles and drones"], 3),
]
TARGETS = [("residential", "an apartment block"), ("infrastructure", "an energy facility"),
           ("commercial", "a shopping centre"), ("civilian", "a bus stop"),
           ("military", "an airfield"), ("government", "an administrative building"),
           (None, "the outskirts")]
TARGET_WEIGHTS = [30, 25, 8, 12, 10, 3, 12]

FIRST = ["Oleh", "Ivan", "Serhiy", "Andriy", "Vitaliy", "Mykola", "Yulia", "Olena", "Dmitry", "Sergei",
         "Alexander", "Vyacheslav", "Maria", "Anna", "Roman", "Pavlo", "Igor", "Natalia", "Taras", "Yevhen"]
LAST = ["Kovalenko", "Shevchuk", "Bondar", "Tkachuk", "Melnyk", "Petrov", "Sidorov", "Volkov", "Morozov",
        "Kravets", "Lysenko", "Hrytsenko", "Orlov", "Sokolov", "Polishchuk", "Marchenko", "Zaitsev",
        "Fedorov", "Savchenko", "Kuznetsov"]
ROLES = [("governor", "regional administration"), ("mayor", "city council"), ("spokesman", "Air Force"),
         ("foreign minister", "Foreign Ministry"), ("defence minister", "Defence Ministry"),
         ("presidential aide", "Presidential Office"), ("Kremlin spokesman", "Kremlin"),
         ("head of the military administration", "military administration"), ("lawmaker", "parliament")]
ORGS = ["Russian Defence Ministry", "Ukrainian Air Force", "Kremlin", "Ukrainian General Staff",
        "State Emergency Service", "Foreign Ministry of Ukraine", "Russian Foreign Ministry", "Ukrenergo"]
MEDIA = ["Telegram", "state television", "video address", "press conference", "Interfax", "X", None, None, None]
CUES = ["said", "wrote", "told reporters", "said in a statement", "added", "warned", "stressed"]
PARTIES = ["Russia", "Ukraine", "United States", "Turkey", "Saudi Arabia", "United Kingdom", "France",
           "European Union", "Qatar", "China"]
VENUES = ["Istanbul", "Jeddah", "Riyadh", "Geneva", "London", "Paris", "Doha", "Minsk", None, None]
NEG_KINDS = ["talks", "proposal", "readiness", "consideration", "rejection", "demand", "truce"]
NEG_WEIGHTS = [30, 15, 15, 8, 12, 15, 5]
TOPICS = ["ceasefire", "civilian infrastructure", "air and sea truce", "prisoner exchange",
          "peace settlement", "leaders meeting", "territory", None]
CAMEO = {"talks": "046", "proposal": "036", "readiness": "030", "consideration": "030",
         "rejection": "120", "demand": "100", "truce": "074"}

START = dt.date(2022, 2, 24)
END = dt.date(2025, 12, 31)


def speakers(rng: random.Random, n: int = 200) -> list[tuple[str, str | None, str | None, str]]:
    """`n` distinct speakers (name, role, affiliation, kind): organisations first, then people."""
    out: list[tuple[str, str | None, str | None, str]] = [(o, None, None, "org") for o in ORGS]
    seen = {o for o in ORGS}
    while len(out) < n:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name in seen:
            name = f"{rng.choice(FIRST)} {rng.choice(FIRST)[0]}. {rng.choice(LAST)}"
        if name in seen:
            continue
        seen.add(name)
        role, aff = rng.choice(ROLES)
        out.append((name, role, aff, "person"))
    return out


def zipf_weights(n: int) -> list[float]:
    """A long tail: a few speakers and places dominate, as in real coverage."""
    return [1.0 / (i + 1) ** 0.9 for i in range(n)]


def published_day(rng: random.Random) -> dt.date:
    """A day from 2022-02-24 to 2025-12-31, denser later (coverage grows with the archive)."""
    span = (END - START).days
    return START + dt.timedelta(days=int(span * rng.random() ** 0.7))
