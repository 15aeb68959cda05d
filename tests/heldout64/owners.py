"""True owners of the third-party destinations in set 64 (for the attribution score).

The apps and their own backends (the -example domains) are fictional and not
scored. Countries are headquarters; two where the public record gives two.
Sources: each company's own about / imprint page (Adjust GmbH, Berlin, an
AppLovin company since 2021; Veriff OÜ, Tallinn; Nice People At Work S.L.
(NPAW), Barcelona; TomTom N.V., Amsterdam; Unity Software Inc., San Francisco;
Functional Software Inc. (Sentry), San Francisco; Samsung Electronics, Suwon;
CBP is a U.S. federal agency).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "RutaXpress"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "android.com": ("Google", ("google", "alphabet"), ("US",)),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "unity3d.com": ("Unity Technologies", ("unity",), ("US",)),
    "veriff.com": ("Veriff", ("veriff",), ("EE",)),
    "youborafds01.com": (
        "NPAW (Nice People At Work)",
        ("npaw", "nice people at work", "youbora"),
        ("ES",),
    ),
    "tomtom.com": ("TomTom", ("tomtom",), ("NL",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "samsungapps.com": ("Samsung Electronics", ("samsung",), ("KR",)),
    "cbp.gov": ("U.S. Customs and Border Protection", ("customs and border", "cbp"), ("US",)),
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
