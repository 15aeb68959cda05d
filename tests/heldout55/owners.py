"""True owners of the third-party destinations in set 55 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters; two where the public record gives two. Sources: the vendors' own
"about" / legal pages (CleverTap: Mountain View, US, founded in Mumbai;
HyperVerge: Bengaluru, India and Palo Alto, US; AppsFlyer: Herzliya, IL /
San Francisco, US; Unity: San Francisco, US; Samsung Electronics: Suwon, KR;
Sentry: Functional Software Inc., San Francisco, US).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "KaasuPay"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "clevertap-prod.com": ("CleverTap", ("clevertap",), ("US", "IN")),
    "hyperverge.co": ("HyperVerge", ("hyperverge",), ("IN", "US")),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "samsungapps.com": ("Samsung", ("samsung",), ("KR",)),
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
