"""True owners of the third-party destinations in set 275 (for the attribution score).

The apps, the theatre's signage server, the museum, the resort, the studio and
the school are fictional (`*.example`) and not scored.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "IronTeatr"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "yandex.net": ("Yandex", ("yandex",), ("RU",)),
    "yandex.ru": ("Yandex", ("yandex",), ("RU",)),
    "yandexadexchange.net": ("Yandex", ("yandex",), ("RU",)),
    "my.com": ("VK", ("vk", "mail.ru", "my.com"), ("RU",)),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
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
