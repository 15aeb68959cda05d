"""True owners of the third-party destinations in set 276 (for the attribution score).

The apps, the broadcaster, the bank, the audience meter and the marketplaces are
fictional (`*.example`) and not scored. Countries are headquarters.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Efir Bashkortostan"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "yandex.net": ("Yandex", ("yandex", "appmetrica"), ("RU",)),
    "vk-analytics.ru": ("VK", ("vk", "mytracker", "vkontakte"), ("RU",)),
    "branch.io": ("Branch Metrics", ("branch",), ("US",)),
    "app.link": ("Branch Metrics", ("branch",), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
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
