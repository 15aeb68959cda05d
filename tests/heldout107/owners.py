"""True owners of the third-party destinations in set 107 (for the attribution score).

The apps and their backends are fictional (`*.example`) and not scored.
Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Tenge Super"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "yandex.net": ("Yandex", ("yandex",), ("RU",)),
    "vk-analytics.ru": ("VK", ("vk", "mytracker", "mail.ru"), ("RU",)),
    "appsflyersdk.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust",), ("DE",)),
    "app-measurement.com": ("Google", ("google", "alphabet", "firebase"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet", "firebase"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "verigram.ai": ("Verigram", ("verigram",), ("KZ",)),
    "tns-counter.ru": ("Mediascope", ("mediascope", "tns"), ("RU",)),
    "samsungacr.com": ("Samsung Electronics (Samsung Ads)", ("samsung",), ("KR", "US")),
    "samsungqbe.com": ("Samsung Electronics", ("samsung",), ("KR",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
    "nationalbank.kz": ("National Bank of Kazakhstan", ("national bank", "nationalbank"), ("KZ",)),
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
