"""True owners of the third-party destinations in set 36 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters (companies' own sites / annual reports): Google (Mountain View),
Unity Software (San Francisco), Yandex (Yandex N.V. / Direct Cursus Technology,
Amsterdam, NL; operations RU), Mintegral (Mobvista, Guangzhou, CN), Megvii
Face++ (Beijing, CN), FaceTec (Las Vegas, US; this deployment is on the bank's
own host so not scored), Amazon (Seattle, US), Functional Software / Sentry (San
Francisco, US), Tapsell (Tehran, IR), Quran.com (Quran Foundation, US),
Ganjoor (IR, a volunteer project), Open-Meteo (CH), AlAdhan (Islamic Network,
GB), Xiaomi (Beijing, CN), Central Bank of Azerbaijan (AZ).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "KinoAz"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "unity3d.com": ("Unity Technologies", ("unity",), ("US",)),
    "yandex.net": ("Yandex", ("yandex", "direct cursus"), ("NL", "RU")),
    "yandexadexchange.net": ("Yandex", ("yandex", "direct cursus"), ("NL", "RU")),
    "rayjump.com": ("Mintegral (Mobvista)", ("mintegral", "mobvista", "rayjump"), ("CN", "SG")),
    "faceplusplus.com": (
        "Megvii (Face++)",
        ("megvii", "kuangshi", "face++", "faceplusplus"),
        ("CN",),
    ),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "tapsell.ir": ("Tapsell", ("tapsell",), ("IR",)),
    "quran.com": ("Quran Foundation", ("quran",), ("US",)),
    "miui.com": ("Xiaomi", ("xiaomi",), ("CN",)),
    "xiaomi.com": ("Xiaomi", ("xiaomi",), ("CN",)),
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
