"""True owners of the third-party destinations in set 24 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters (two where the public record gives two). Sources: company pages
and Wikipedia entries: ByteDance (Beijing; TikTok / Pangle are ByteDance
products), Google (Mountain View), Unity Software (San Francisco), Mintegral
(Mobvista subsidiary, Guangzhou; HQ also given as Singapore), Bigo (Singapore,
owned by JOYY of Guangzhou), Verihubs (PT Verihubs Inteligensia Nusantara,
Jakarta), VNPT (Vietnam Posts and Telecommunications Group, Hanoi), Xiaomi
(Beijing), NPAW (Nice People At Work, Barcelona), Sentry (San Francisco),
OpenStreetMap Foundation (UK).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Tayang"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "tiktokv.com": ("ByteDance", ("bytedance", "tiktok"), ("CN",)),
    "tiktokcdn.com": ("ByteDance", ("bytedance", "tiktok"), ("CN",)),
    "pangle.io": ("ByteDance", ("bytedance", "pangle"), ("CN",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "rayjump.com": ("Mintegral", ("mintegral", "mobvista"), ("CN", "SG")),
    "bigossp.com": ("Bigo", ("bigo", "joyy"), ("SG", "CN")),
    "verihubs.com": ("Verihubs", ("verihubs",), ("ID",)),
    "vnpt.vn": ("VNPT", ("vnpt",), ("VN",)),
    "mi.com": ("Xiaomi", ("xiaomi",), ("CN",)),
    "xiaomi.com": ("Xiaomi", ("xiaomi",), ("CN",)),
    "miui.com": ("Xiaomi", ("xiaomi",), ("CN",)),
    "youborafds01.com": ("NPAW", ("npaw", "nice people", "youbora"), ("ES",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
}


def registrable(host: str) -> str:
    parts = host.split(":")[0].split(".")
    if parts[-1] == "vn" and len(parts) >= 2 and parts[-2] in ("vnpt",):
        return "vnpt.vn"
    return ".".join(parts[-2:])


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
