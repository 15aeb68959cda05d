"""True owners of the third-party destinations in set 175 (for the attribution score).

The apps and their backends (`*.example`) are fictional and not scored.
Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Ekran"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "adjust.com": ("Adjust", ("adjust",), ("DE",)),
    "onesignal.com": ("OneSignal", ("onesignal",), ("US",)),
    "adswizz.com": ("AdsWizz (SiriusXM)", ("adswizz", "siriusxm", "pandora"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "novaposhta.ua": ("Nova Poshta", ("nova poshta", "новая почта", "нова пошта"), ("UA",)),
}
HOSTS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "bank.gov.ua": ("National Bank of Ukraine", ("national bank of ukraine", "nbu"), ("UA",)),
}
"""Hosts under a shared public suffix (gov.ua), owned host by host."""


def registrable(host: str) -> str:
    return ".".join(host.split(":")[0].split(".")[-2:])


def owner_label(host: str) -> dict[str, Any] | None:
    bare = host.split(":")[0].lower()
    entry = HOSTS.get(bare) or OWNERS.get(registrable(bare))
    if entry is None:
        return None
    name, match, countries = entry
    return {
        "name": name,
        "match": list(match),
        "countries": list(countries),
        "party": "first" if name == FIRST_PARTY else "third",
    }
