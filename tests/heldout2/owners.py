"""True owners of the third-party destinations in set 2 (for the attribution score).

The apps themselves (Lumora TV, GlowCam, Parla) are fictional and owned by the
fictional first party; their hosts and the made-up `.example` services are not
scored. Countries are headquarters; two where the public record gives two
(e.g. Onfido: London, owned by Entrust of Minnesota since 2024).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Lumora Media"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "conviva.com": ("Conviva", ("conviva",), ("US",)),
    "imrworldwide.com": ("Nielsen", ("nielsen",), ("US",)),
    "scorecardresearch.com": ("Comscore", ("comscore",), ("US",)),
    "litix.io": ("Mux", ("mux",), ("US",)),
    "bitmovin.com": ("Bitmovin", ("bitmovin",), ("US", "AT")),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "googlesyndication.com": ("Google", ("google", "alphabet"), ("US",)),
    "google.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "alphonso.tv": ("Alphonso (LG Ad Solutions)", ("alphonso", "lg "), ("US", "KR")),
    "faceplusplus.com": ("Megvii", ("megvii", "kuangshi", "face++", "faceplusplus"), ("CN",)),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "azure.com": ("Microsoft", ("microsoft",), ("US",)),
    "onfido.com": ("Onfido (Entrust)", ("onfido", "entrust"), ("GB", "US")),
    "veriff.com": ("Veriff", ("veriff",), ("EE",)),
    "chartboost.com": ("Chartboost (Take-Two)", ("chartboost", "zynga", "take-two"), ("US",)),
    "pangle.io": ("ByteDance", ("bytedance", "pangle"), ("CN",)),
    "moloco.com": ("Moloco", ("moloco",), ("US",)),
    "inner-active.mobi": (
        "Digital Turbine (Fyber)",
        ("fyber", "digital turbine", "inner-active"),
        ("US", "IL", "DE"),
    ),
    "smaato.net": ("Smaato (Verve Group)", ("smaato", "verve"), ("US", "DE", "SE")),
    "tapjoy.com": ("Tapjoy (Unity)", ("tapjoy", "ironsource", "unity"), ("US", "IL")),
    "startappservice.com": ("Start.io", ("start.io", "startapp"), ("US", "IL")),
    "adcolony.com": ("AdColony (Digital Turbine)", ("adcolony", "digital turbine"), ("US",)),
    "yandex.net": ("Yandex", ("yandex",), ("RU", "NL")),
    "vk-analytics.ru": ("VK (MyTracker)", ("vk", "mail.ru", "mytracker"), ("RU",)),
    "dbankcloud.com": ("Huawei", ("huawei",), ("CN",)),
    "miui.com": ("Xiaomi", ("xiaomi",), ("CN",)),
    "xiaomi.com": ("Xiaomi", ("xiaomi",), ("CN",)),
    "bugsnag.com": ("SmartBear (Bugsnag)", ("bugsnag", "smartbear"), ("US",)),
}


def registrable(host: str) -> str:
    return ".".join(host.split(".")[-2:])


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
