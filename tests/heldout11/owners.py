"""True owners of the third-party destinations in set 11 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters; two where the public record gives two. Sources: the companies'
own "about" pages and the Ghostery TrackerDB organisation entries: Huawei
(hicloud.com, dbankcloud.com; Shenzhen, CN), JW Player / JWP (jwpltx.com,
jwplayer.com; New York, US), Comscore (scorecardresearch.com; Reston, US),
Triton Digital (streamtheworld.com; Montreal / Los Angeles, owned by
iHeartMedia since 2021: CA or US), AdsWizz (adswizz.com; a SiriusXM company,
US), Hume AI (hume.ai; New York, US), Amazon (amazonaws.com), Sentry.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "StanLive"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "hicloud.com": ("Huawei", ("huawei",), ("CN",)),
    "dbankcloud.com": ("Huawei", ("huawei",), ("CN",)),
    "huawei.com": ("Huawei", ("huawei",), ("CN",)),
    "jwpltx.com": ("JW Player", ("jw player", "jwplayer", "jwp"), ("US",)),
    "jwplayer.com": ("JW Player", ("jw player", "jwplayer", "jwp"), ("US",)),
    "scorecardresearch.com": ("Comscore", ("comscore",), ("US",)),
    "streamtheworld.com": ("Triton Digital", ("triton", "iheart"), ("CA", "US")),
    "adswizz.com": ("AdsWizz", ("adswizz", "siriusxm", "sirius xm"), ("US",)),
    "hume.ai": ("Hume AI", ("hume",), ("US",)),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
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
