"""True owners of the third-party destinations in set 28 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters (two where the public record gives two). Sources: Google (Alphabet
10-K, Mountain View); Piano Software acquired AT Internet (xiti.com) in 2021,
HQ Philadelphia, AT Internet in Bordeaux; FaceTec Inc., Las Vegas; Onfido,
London, acquired by Entrust (Minneapolis) in 2024; ironSource (Tel Aviv) merged
into Unity Software (San Francisco) in 2022; Criteo S.A., Paris; Adform A/S,
Copenhagen; Podtrac Inc., US; Functional Software (Sentry), San Francisco;
OpenStreetMap Foundation, UK.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Kijkbuis"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "xiti.com": ("Piano Software (AT Internet)", ("piano", "at internet"), ("US", "FR")),
    "facetec.com": ("FaceTec", ("facetec",), ("US",)),
    "onfido.com": ("Onfido (Entrust)", ("onfido", "entrust"), ("GB", "US")),
    "supersonicads.com": ("ironSource", ("ironsource", "unity"), ("IL", "US")),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "unity3dusercontent.com": ("Unity", ("unity",), ("US",)),
    "criteo.com": ("Criteo", ("criteo",), ("FR",)),
    "adform.net": ("Adform", ("adform",), ("DK",)),
    "podtrac.com": ("Podtrac", ("podtrac",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
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
