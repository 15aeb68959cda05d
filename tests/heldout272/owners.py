"""True owners of the third-party destinations in set 272 (for the attribution score).

The apps, the operator's middleware, the TV maker and the shops are fictional
(`*.example`) and not scored. Countries are headquarters.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Кэскил ТВ"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appmetrica.yandex.net": ("Yandex", ("yandex",), ("RU",)),
    "yandex.net": ("Yandex", ("yandex",), ("RU",)),
    "yandex.ru": ("Yandex", ("yandex",), ("RU",)),
    "vk-analytics.ru": ("VK", ("vk", "mail.ru", "mytracker"), ("RU",)),
    "tns-counter.ru": ("Mediascope", ("mediascope", "tns"), ("RU",)),
    "gosuslugi.ru": (
        "Ministry of Digital Development (Russia)",
        ("gosuslugi", "mintsifry"),
        ("RU",),
    ),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
}


def registrable(host: str) -> str:
    parts = host.split(":")[0].split(".")
    three = ".".join(parts[-3:])
    return three if three in OWNERS else ".".join(parts[-2:])


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
