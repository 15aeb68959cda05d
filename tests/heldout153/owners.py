"""True owners of the third-party destinations in set 153 (for the attribution score).

The family's apps and their backends are fictional (`*.example`). The Iranian
SDK vendors (analytics, ads, push, app stores) and the few global services that
reach the phone through a VPN are real; countries are headquarters.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Didbaz"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "metrix.ir": ("Metrix", ("metrix",), ("IR",)),
    "tapsell.ir": ("Tapsell", ("tapsell",), ("IR",)),
    "pushe.co": ("Pushe", ("pushe",), ("IR",)),
    "adivery.com": ("Adivery", ("adivery",), ("IR",)),
    "cafebazaar.ir": ("Cafe Bazaar", ("cafebazaar", "bazaar"), ("IR",)),
    "myket.ir": ("Myket", ("myket",), ("IR",)),
    "neshan.org": ("Neshan", ("neshan",), ("IR",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
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
