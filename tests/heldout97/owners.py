"""True owners of the third-party destinations in set 97 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters (two where the public record gives two), from the companies' own
about / legal pages and annual reports: Google (Alphabet, US); AppsFlyer (Tel
Aviv and San Francisco); Adjust GmbH (Berlin; an AppLovin company, US);
comScore Inc. (Reston VA, US; scorecardresearch.com is its beacon domain);
Onfido (London; acquired by Entrust, US, 2024); LG Electronics (Seoul; LG Ads /
lgsmartad.com, lgtvsdp.com); Alphonso Inc. (Mountain View; LG Ad Solutions);
Functional Software Inc. (Sentry, San Francisco); OpenStreetMap Foundation (UK).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Pantalla3"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "scorecardresearch.com": ("comScore", ("comscore", "scorecard"), ("US",)),
    "onfido.com": ("Onfido", ("onfido", "entrust"), ("GB", "US")),
    "lgtvsdp.com": ("LG Electronics", ("lg electronics", "lg"), ("KR",)),
    "lgsmartad.com": ("LG Electronics", ("lg electronics", "lg ad", "lg"), ("KR", "US")),
    "alphonso.tv": ("Alphonso (LG Ad Solutions)", ("alphonso", "lg"), ("US", "KR")),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "openstreetmap.de": ("FOSSGIS e.V.", ("fossgis", "openstreetmap"), ("DE",)),
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
