"""True owners of the third-party destinations in set 176 (for the attribution score).

The hospital's systems, the apps and their own backends are fictional (`*.example`)
and not scored. Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Ilta"  # the streaming app the set is built around on the nurse's own phone

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "manage.microsoft.com": ("Microsoft", ("microsoft",), ("US",)),
    "microsoftonline.com": ("Microsoft", ("microsoft",), ("US",)),
}


def registrable(host: str) -> str:
    name = host.split(":")[0]
    if name.endswith(".manage.microsoft.com"):
        return "manage.microsoft.com"
    return ".".join(name.split(".")[-2:])


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
