"""True owners of the third-party destinations in set 198 (for the attribution score).

The apps and their own backends are fictional (`*.example`) and not scored.
Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Lakay TV"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "facebook.com": ("Meta Platforms", ("meta", "facebook"), ("US",)),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "supersonicads.com": ("ironSource (Unity)", ("ironsource", "unity"), ("IL", "US")),
    "atom-data.io": ("ironSource (Unity)", ("ironsource", "unity"), ("IL", "US")),
    "complycube.com": ("ComplyCube", ("complycube",), ("GB",)),
    "onfido.com": ("Onfido (Entrust)", ("onfido", "entrust"), ("GB", "US")),
    "amazonaws.com": ("Amazon Web Services", ("amazon", "aws"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
}


def registrable(host: str) -> str:
    return ".".join(host.split(":")[0].split(".")[-2:])


def owner_label(host: str) -> dict[str, Any] | None:
    entry = OWNERS.get(registrable(host))
    if entry is None:
        return None
    name, match, countries = entry
    return {
        "name": name,
        "match": list(match),
        "countries": list(countries),
        "party": "first" if name == FIRST_PARTY else "third",
    }
