"""True owners of the third-party destinations in set 265 (for the attribution score).

The apps, the IPTV operator, the TV maker and the watch maker are fictional
(`*.example`) and not scored. Countries are headquarters; two where the public
record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "EfirBY"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "yandex.net": ("Yandex", ("yandex", "appmetrica"), ("RU",)),
    "appmetrica.io": ("Yandex", ("yandex", "appmetrica"), ("RU",)),
    "gemius.pl": ("Gemius", ("gemius",), ("PL",)),
    "google-analytics.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "branch.io": ("Branch Metrics", ("branch",), ("US",)),
    "onfido.com": ("Onfido", ("onfido", "entrust"), ("GB", "US")),
    "iproov.me": ("iProov", ("iproov",), ("GB",)),
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
