"""True owners of the third-party destinations in set 274 (for the attribution score).

The apps, the operator's middleware and the marketplace are fictional
(`*.example`) and not scored. Countries are headquarters; two where the public
record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "NokhchiKino"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "appsflyersdk.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "yandex.net": ("Yandex", ("yandex",), ("RU",)),
    "yandex.com": ("Yandex", ("yandex",), ("RU",)),
    "vk-analytics.ru": ("VK", ("vk", "mytracker"), ("RU",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
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
