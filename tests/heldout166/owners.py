"""True owners of the third-party destinations in set 166 (for the attribution score).

The dealership's systems and the personal apps' own backends are fictional
(`*.example`) and not scored. Countries are headquarters; two where the public
record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Autohaus Berger"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyersdk.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "idnow.io": ("IDnow", ("idnow",), ("DE",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "hereapi.com": ("HERE Global", ("here",), ("NL",)),
    "amazonaws.com": ("Amazon Web Services", ("amazon", "aws"), ("US",)),
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
