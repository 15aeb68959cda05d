"""True owners of the third-party destinations in set 33 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters (company sites / annual reports; two where the record gives two):
Google (Mountain View, US); Unity Technologies (San Francisco, US); AppLovin
(Palo Alto, US); ironSource, a Unity company since 2022 (Tel Aviv, IL / US
parent); NPAW, maker of Youbora (Barcelona, ES); Microsoft (Redmond, US);
FaceTec (Las Vegas, US); Functional Software / Sentry (San Francisco, US);
Xiaomi (Beijing, CN); OpenStreetMap Foundation (GB).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Mozinet"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "google-analytics.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "unity3d.com": ("Unity Technologies", ("unity",), ("US",)),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "ironsrc.mobi": ("ironSource (Unity)", ("ironsource", "unity"), ("IL", "US")),
    "youboranqs01.com": ("NPAW (Youbora)", ("npaw", "nice people at work", "youbora"), ("ES",)),
    "microsoft.com": ("Microsoft", ("microsoft",), ("US",)),
    "facetec.com": ("FaceTec", ("facetec",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "miui.com": ("Xiaomi", ("xiaomi",), ("CN",)),
    "xiaomi.com": ("Xiaomi", ("xiaomi",), ("CN",)),
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
