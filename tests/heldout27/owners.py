"""True owners of the third-party destinations in set 27 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters, from the companies' own "about" / investor pages and their
Wikipedia entries; two where the public record gives two (AppsFlyer: Israeli
company, US HQ; Yandex: Russian operations, former Dutch parent Yandex N.V.).
NPAW (Nice People at Work, Youbora) is based in Barcelona. Honor Device Co.
is headquartered in Shenzhen; Huawei (hicloud.com) in Shenzhen.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Dizikutu"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "unity3dusercontent.com": ("Unity", ("unity",), ("US",)),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "yandex.net": ("Yandex", ("yandex",), ("RU", "NL")),
    "yandexadexchange.net": ("Yandex", ("yandex",), ("RU", "NL")),
    "hicloud.com": ("Huawei", ("huawei",), ("CN",)),
    "hihonorcloud.com": ("Honor Device", ("honor",), ("CN",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "youborafds01.com": ("NPAW (Nice People at Work)", ("npaw", "nice people", "youbora"), ("ES",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
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
