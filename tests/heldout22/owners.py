"""True owners of the third-party destinations in set 22 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters (two or three where the public record gives several), from each
company's own "about" / legal-notice page and annual filings:
Médiamétrie (Paris, FR); Piano, which bought AT Internet in 2021 (Philadelphia,
US; AT Internet in Bordeaux, FR); VoiceIt Technologies (Raleigh, US); FaceTec
(Las Vegas, US); Perfect Corp. (New Taipei, TW); ironSource, part of Unity since
2022 (Tel Aviv, IL / San Francisco, US); AppLovin (Palo Alto, US); Google (US);
Ogury (founded in London, HQ Paris: FR / GB); Teads (Luxembourg S.A., offices in
Paris and New York, owned by Outbrain since 2025: LU / FR / US); Samsung
Electronics (Suwon, KR); Functional Software / Sentry (San Francisco, US).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Canal Vingt"

_G = ("Google", ("google", "alphabet"), ("US",))
_SAMSUNG = ("Samsung Electronics", ("samsung",), ("KR",))
_PIANO = ("Piano (AT Internet)", ("piano", "at internet", "xiti"), ("US", "FR"))
OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "estat.com": ("Médiamétrie", ("médiamétrie", "mediametrie", "estat"), ("FR",)),
    "xiti.com": _PIANO,
    "voiceit.io": ("VoiceIt Technologies", ("voiceit",), ("US",)),
    "facetec.com": ("FaceTec", ("facetec",), ("US",)),
    "makeupar.com": ("Perfect Corp.", ("perfect corp", "perfect"), ("TW",)),
    "supersonicads.com": ("ironSource", ("ironsource", "unity"), ("IL", "US")),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "doubleclick.net": _G,
    "googleapis.com": _G,
    "app-measurement.com": _G,
    "gstatic.com": _G,
    "presage.io": ("Ogury", ("ogury", "presage"), ("FR", "GB")),
    "teads.tv": ("Teads", ("teads", "outbrain", "altice"), ("LU", "FR", "US")),
    "samsung.com": _SAMSUNG,
    "samsungapps.com": _SAMSUNG,
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
