"""True owners of the third-party destinations in set 112 (for the attribution score).

The practice app, the anatomy atlas, the club's staff app, the bank, the weather
app and the local services are fictional (`*.example`) and not scored. Countries
are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Kinetika"

_GOOGLE = ("Google", ("google", "alphabet"), ("US",))
_SAMSUNG = ("Samsung Electronics", ("samsung",), ("KR",))
_FTV = ("France Télévisions", ("france télévisions", "france televisions", "francetv"), ("FR",))

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "doctolib.fr": ("Doctolib", ("doctolib",), ("FR",)),
    "francetv.fr": _FTV,
    "ftven.fr": _FTV,
    "xiti.com": ("Piano Software (AT Internet)", ("piano", "at internet", "xiti"), ("US", "FR")),
    "adjust.com": ("Adjust (AppLovin)", ("adjust", "applovin"), ("DE", "US")),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "deezer.com": ("Deezer", ("deezer",), ("FR",)),
    "samsung.com": _SAMSUNG,
    "samsunghealth.com": _SAMSUNG,
    "doubleclick.net": _GOOGLE,
    "googleapis.com": _GOOGLE,
    "gstatic.com": _GOOGLE,
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
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
