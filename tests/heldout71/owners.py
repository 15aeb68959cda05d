"""True owners of the third-party destinations in set 71 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters; two where the public record gives two. Sources: Yandex (AppMetrica;
Yandex N.V. Amsterdam until the 2024 split, MKPAO Yandex Moscow since); VK
(myTarget, ad.mail.ru; Moscow); Google (Firebase); AppsFlyer (Israel / San
Francisco); Adjust GmbH (Berlin; AppLovin, US, since 2021); Regula Forensics
(Riga / Reston VA); Sum and Substance Ltd (Sumsub; London, founded in Cyprus);
2GIS (DoubleGIS LLC, Novosibirsk / Moscow); Functional Software (Sentry, San
Francisco).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Kinoteka"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "yandex.net": ("Yandex", ("yandex",), ("RU", "NL")),
    "mail.ru": ("VK", ("vk", "mail.ru", "vkontakte"), ("RU",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "google.com": ("Google", ("google", "alphabet"), ("US",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "regulaforensics.com": ("Regula Forensics", ("regula",), ("LV", "US")),
    "sumsub.com": ("Sumsub", ("sumsub", "sum and substance"), ("GB", "CY")),
    "2gis.com": ("2GIS", ("2gis", "doublegis"), ("RU",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "samsungcloud.com": ("Samsung", ("samsung",), ("KR",)),
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
