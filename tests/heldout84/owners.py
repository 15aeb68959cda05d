"""True owners of the third-party destinations in set 84 (for the attribution score).

The gym, its apps and her streaming, bank, watch and game apps are fictional
(example.* hosts) and not scored. Countries are headquarters, as the vendors'
own about / legal pages give them: Adjust GmbH (Berlin; owned by AppLovin, US),
Segment (Twilio, San Francisco), Pocket Casts (Automattic, San Francisco),
Deputy (Sydney), Sentry (Functional Software, San Francisco), ConfigCat
(Budapest), Open Food Facts (association, Paris), LogMeal (Barcelona), Amazon
(Seattle; omny.fm is Triton Digital's), Magnite (Rubicon Project, New York),
Unity Technologies (San Francisco), Bureau of Meteorology (Australian Government),
OpenStreetMap Foundation (UK), Apple (Cupertino).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Pulse Collective"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "segment.io": ("Segment (Twilio)", ("segment", "twilio"), ("US",)),
    "pocketcasts.com": ("Automattic (Pocket Casts)", ("automattic", "pocket casts"), ("US",)),
    "deputy.com": ("Deputy", ("deputy",), ("AU",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "configcat.com": ("ConfigCat", ("configcat",), ("HU",)),
    "openfoodfacts.org": ("Open Food Facts", ("open food facts",), ("FR",)),
    "logmeal.com": ("LogMeal", ("logmeal",), ("ES",)),
    "rubiconproject.com": ("Magnite (Rubicon Project)", ("magnite", "rubicon"), ("US",)),
    "unity3d.com": ("Unity Technologies", ("unity",), ("US",)),
    "bom.gov.au": (
        "Bureau of Meteorology",
        ("bureau of meteorology", "australian government"),
        ("AU",),
    ),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "apple.com": ("Apple", ("apple",), ("US",)),
    "cloudfront.net": ("Amazon", ("amazon",), ("US",)),
}


def registrable(host: str) -> str:
    parts = host.split(":")[0].split(".")
    n = 3 if parts[-1] == "au" and parts[-2] in ("gov", "com") else 2
    return ".".join(parts[-n:])


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
