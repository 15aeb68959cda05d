"""True owners of the third-party destinations in set 239 (for the attribution score).

The broadcaster, its equipment integrators, the apps and the bank are
fictional (`*.example`) and not scored. Countries are headquarters; two where
the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Fjordkringkastingen"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "onfido.com": ("Onfido (Entrust)", ("onfido", "entrust"), ("GB", "US")),
    "bankid.no": ("BankID BankAxept (Stø)", ("bankid", "stø", "sto"), ("NO",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "met.no": ("Norwegian Meteorological Institute", ("met.no", "meteorologisk"), ("NO",)),
    "entur.io": ("Entur", ("entur",), ("NO",)),
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
