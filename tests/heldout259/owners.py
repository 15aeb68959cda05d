"""True owners of the third-party destinations in set 259 (for the attribution score).

The apps, the telco's middleware, the TV maker and the shops are fictional
(`*.example`) and not scored. Countries are headquarters; more than one where
the public record gives more than one.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Xandir+"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "clevertap-prod.com": ("CleverTap", ("clevertap",), ("US", "IN")),
    "branch.io": ("Branch Metrics", ("branch",), ("US",)),
    "braze.eu": ("Braze", ("braze",), ("US",)),
    "omtrdc.net": ("Adobe", ("adobe",), ("US",)),
    "onfido.com": ("Onfido (Entrust)", ("onfido", "entrust"), ("GB", "US")),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "apple.com": ("Apple", ("apple",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
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
