"""True owners of the third-party destinations in set 92 (for the attribution score).

The mall's, the security company's and the apps' own backends are fictional
and not scored. Countries are headquarters as given on each company's own
site / public filings (Smile ID: Smile Identity Inc., San Francisco, with its
operations in Lagos; AppLovin: Palo Alto; Unity: San Francisco; Xibo Signage
Ltd: United Kingdom; Sentry: San Francisco).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Sentinel Mall Ops"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "smileidentity.com": ("Smile Identity", ("smile id", "smile identity"), ("US", "NG")),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "unityads.unity3d.com": ("Unity Technologies", ("unity",), ("US",)),
    "unity3d.com": ("Unity Technologies", ("unity",), ("US",)),
    "xibo.cloud": ("Xibo Signage", ("xibo",), ("GB",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "samsungapps.com": ("Samsung Electronics", ("samsung",), ("KR",)),
    "samsung.com": ("Samsung Electronics", ("samsung",), ("KR",)),
}


def registrable(host: str) -> str:
    host = host.split(":")[0]
    for suffix in ("unityads.unity3d.com",):
        if host.endswith(suffix):
            return suffix
    return ".".join(host.split(".")[-2:])


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
