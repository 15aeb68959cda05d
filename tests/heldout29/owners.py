"""True owners of the third-party destinations in set 29 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters: Yandex (AppMetrica, Yandex Mobile Ads) is MKPAO Yandex, Moscow
since the 2024 restructuring (yandex.com/company); myTarget / MyTracker
(ad.mail.ru, my.com) belong to VK, Moscow (vk.company); Mintegral (rayjump.com)
is Mobvista's, Guangzhou (mobvista.com); 2GIS is a Moscow company
(2gis.ru/company); Google runs gstatic and Firebase.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Ekran+"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "yandex.net": ("Yandex", ("yandex",), ("RU", "NL")),
    "yandexadexchange.net": ("Yandex", ("yandex",), ("RU", "NL")),
    "mail.ru": ("VK", ("vk", "mail.ru", "vkontakte"), ("RU",)),
    "my.com": ("VK", ("vk", "mail.ru", "my.com", "mytracker"), ("RU",)),
    "rayjump.com": ("Mintegral (Mobvista)", ("mintegral", "mobvista"), ("CN", "SG")),
    "2gis.com": ("2GIS", ("2gis", "dublgis"), ("RU",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
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
