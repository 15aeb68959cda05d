"""True owners of the third-party destinations in set 34 (for the attribution score).

The apps, their backends and the HiOS / Carlcare hosts are fictional and not
scored. Countries are headquarters, from the companies' own about pages and
filings: Smile Identity (smileidentity.com/about: San Francisco, offices in
Lagos, Nairobi, Cape Town), Unity Software (SEC 10-K: San Francisco),
Mintegral (Mobvista annual report: Guangzhou; Mintegral is Mobvista's ad
network; Singapore-registered entity), Pangle (ByteDance), Transsion's
Hisavana (Transsion Holdings prospectus: Shenzhen), Amazon S3, Google, Sentry,
OpenStreetMap Foundation (UK). Open-Meteo is left unscored.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Tazama Plus"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "smileidentity.com": ("Smile Identity", ("smile identity", "smile id"), ("US", "NG")),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "unity3d.com": ("Unity Technologies", ("unity",), ("US",)),
    "rayjump.com": ("Mintegral (Mobvista)", ("mintegral", "mobvista"), ("CN", "SG")),
    "pangle.io": ("ByteDance (Pangle)", ("bytedance", "pangle"), ("CN", "SG")),
    "hisavana.com": ("Transsion (Hisavana)", ("transsion", "hisavana"), ("CN",)),
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
