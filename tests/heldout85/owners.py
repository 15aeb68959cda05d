"""True owners of the third-party destinations in set 85 (for the attribution score).

The apps and their own backends are made up and not scored. Countries are
headquarters; two where the public record gives two. Sources: the companies'
imprints / about pages (Adjust GmbH, Berlin, owned by AppLovin since 2021;
INFOnline GmbH, Bonn; IDnow GmbH, Munich; Nect GmbH, Hamburg; Braze, Inc.,
New York; AppsFlyer Ltd., Herzliya / San Francisco; The Nielsen Company, New
York; Functional Software, Inc. (Sentry), San Francisco).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Sendehaus"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "imrworldwide.com": ("Nielsen", ("nielsen",), ("US",)),
    "ioam.de": ("INFOnline", ("infonline",), ("DE",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "android.com": ("Google", ("google", "alphabet"), ("US",)),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "braze.eu": ("Braze", ("braze",), ("US",)),
    "idnow.de": ("IDnow", ("idnow",), ("DE",)),
    "nect.com": ("Nect", ("nect",), ("DE",)),
    "microsoft.com": ("Microsoft", ("microsoft",), ("US",)),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
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
