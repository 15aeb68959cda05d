"""True owners of the third-party destinations in set 146 (for the attribution score).

The district's own backends and the private apps are fictional (`*.example`) and
not scored. Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Kouluverkko"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "jamfcloud.com": ("Jamf", ("jamf",), ("US",)),
    "panopto.com": ("Panopto", ("panopto",), ("US",)),
    "papercut.com": ("PaperCut Software", ("papercut",), ("AU",)),
    "ellibs.com": ("Ellibs", ("ellibs",), ("FI",)),
    "signicat.com": ("Signicat", ("signicat",), ("NO",)),
    "fmi.fi": ("Finnish Meteorological Institute", ("ilmatieteen", "fmi"), ("FI",)),
    "digitransit.fi": ("Helsinki Regional Transport (HSL)", ("hsl", "digitransit"), ("FI",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
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
