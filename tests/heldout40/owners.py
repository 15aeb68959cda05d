"""True owners of the third-party destinations in set 40 (for the attribution score).

The apps and their own backends (Layarku, TaiHei, Irama, SingKok, DompetKu,
MakanGo, Akses+, KitaTV, Naga Drift) are fictional and not scored. Countries
are headquarters, two where the public record gives two. Sources: each
company's own "about" / investor pages and Wikipedia infoboxes (Mux: San
Francisco; NPAW: Barcelona; Last.fm: London, owned by Paramount; ZOLOZ: Ant
Group, Hangzhou, with its international arm in Singapore; Innity Corporation
Berhad: Kuala Lumpur; ironSource: Tel Aviv, merged into Unity).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "DompetKu"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "litix.io": ("Mux", ("mux",), ("US",)),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "youborafds01.com": ("NPAW (Nice People At Work)", ("npaw", "nice people", "youbora"), ("ES",)),
    "audioscrobbler.com": ("Last.fm", ("last.fm", "lastfm", "paramount", "cbs"), ("GB", "US")),
    "braze.com": ("Braze", ("braze",), ("US",)),
    "zoloz.com": ("ZOLOZ (Ant Group)", ("zoloz", "ant group", "alibaba"), ("CN", "SG")),
    "microsoft.com": ("Microsoft", ("microsoft",), ("US",)),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "supersonicads.com": ("ironSource", ("ironsource", "unity"), ("IL", "US")),
    "innity.net": ("Innity", ("innity",), ("MY",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "apple.com": ("Apple", ("apple",), ("US",)),
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
