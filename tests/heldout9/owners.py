"""True owners of the third-party destinations in set 9 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters; two where the public record gives two. Sources: the companies'
own about / imprint pages and Wikipedia entries (iProov Ltd, London; FaceTec
Inc., Las Vegas; Singular Labs, San Francisco; Umeng, part of Alibaba Group,
Hangzhou; Tencent, Shenzhen; Amazon, Seattle; Mux Inc., San Francisco; NPAW
(Nice People At Work, Youbora), Barcelona; Podtrac Inc., New York; Chartable,
acquired by Spotify (Stockholm) in 2022; Samsung Electronics, Suwon; Google;
Functional Software (Sentry), San Francisco; OpenStreetMap Foundation, UK).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Aurelia Air"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "iproov.me": ("iProov", ("iproov",), ("GB",)),
    "facetec.com": ("FaceTec", ("facetec",), ("US",)),
    "singular.net": ("Singular", ("singular",), ("US",)),
    "umeng.com": ("Alibaba (Umeng)", ("alibaba", "umeng"), ("CN",)),
    "qq.com": ("Tencent", ("tencent",), ("CN",)),
    "amazon-adsystem.com": ("Amazon", ("amazon",), ("US",)),
    "litix.io": ("Mux", ("mux",), ("US",)),
    "youboranqs01.com": ("NPAW (Youbora)", ("npaw", "youbora", "nice people"), ("ES",)),
    "podtrac.com": ("Podtrac", ("podtrac",), ("US",)),
    "chtbl.com": ("Spotify (Chartable)", ("spotify", "chartable"), ("SE", "US")),
    "samsung.com": ("Samsung", ("samsung",), ("KR",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
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
