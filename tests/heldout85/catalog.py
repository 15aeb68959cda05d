"""Titles, ids and small helpers the set-85 apps share (all made up)."""

from __future__ import annotations

import random

SERIES = [
    ("Hafenkante Nord", 3, 8),
    ("Die Bergwacht vom Arlberg", 5, 12),
    ("Kommissarin Brandl", 2, 6),
    ("Wiener Blut und Kaffee", 1, 10),
    ("Zürcher Nächte", 2, 8),
    ("Alpenklinik", 7, 13),
]
FILMS = ["Der letzte Sommer am See", "Grenzgänger", "Das Erbe der Gamsers", "Nordlicht"]
SONGS = [
    ("Wanda", "Bologna"),
    ("AnnenMayKantereit", "Pocahontas"),
    ("Seiler und Speer", "Ham kummst"),
    ("Peter Fox", "Zukunft Pink"),
    ("Sophie Hunger", "Le Vent Nous Portera"),
]
AUDIOBOOKS = ["Der Schwarm", "Die Vermessung der Welt", "Tschick", "Momo"]
PODCASTS = ["Zeitsprung", "Lage der Nation", "Fest & Flauschig"]
STATIONS = ["Ö3", "SRF 3", "Bayern 3", "FM4", "Radio Energy Zürich", "1LIVE"]
RACES = ["Kitzbühel Abfahrt", "Wengen Lauberhorn", "Adelboden RTL", "Schladming Nightrace"]
MATCHES = ["Rapid Wien - Sturm Graz", "FC Basel - YB", "Bayern - Dortmund", "LASK - Salzburg"]


def content_id(rng: random.Random, prefix: str = "") -> str:
    return prefix + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))


def episode(rng: random.Random) -> tuple[str, int, int]:
    title, seasons, eps = rng.choice(SERIES)
    return title, rng.randint(1, seasons), rng.randint(1, eps)


def cipher_blob(rng: random.Random, low: int = 90, high: int = 220) -> bytes:
    """What an app's own cipher leaves: random bytes, no structure a reader can see."""
    return bytes(rng.getrandbits(8) for _ in range(rng.randint(low, high)))
