"""True owners of the third-party destinations in set 35 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters (company websites / annual reports); two where the public record
gives two. NPAW (Nice People At Work): Barcelona. Regula: Riga, with a US
office. Mintegral: Mobvista subsidiary, Guangzhou / Singapore. AppLovin: Palo
Alto. Unity: San Francisco. Adjust: Berlin.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Gledaj"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "google-analytics.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "youborafds01.com": ("NPAW", ("npaw", "nice people"), ("ES",)),
    "regulaforensics.com": ("Regula Forensics", ("regula",), ("LV", "US")),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "adjust.com": ("Adjust", ("adjust",), ("DE",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "rayjump.com": ("Mintegral", ("mintegral", "mobvista"), ("CN", "SG")),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "samsungapps.com": ("Samsung Electronics", ("samsung",), ("KR",)),
    "samsungcloud.com": ("Samsung Electronics", ("samsung",), ("KR",)),
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
