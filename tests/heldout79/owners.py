"""True owners of the third-party destinations in set 79 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters (company websites / Wikipedia): AppsFlyer (Herzliya IL; also San
Francisco), Adjust (Berlin, owned by AppLovin US), Gemius (Warsaw PL), Braze
(New York), Innovatrics (Bratislava SK), Veriff (Tallinn EE), Onfido (London GB,
acquired by Entrust US 2024), Alphonso (Mountain View US, owned by LG Electronics
KR), LG Electronics (Seoul KR), Sentry (San Francisco US).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Ekran+"

GOOGLE = ("Google", ("google", "alphabet"), ("US",))
OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "gemius.pl": ("Gemius", ("gemius",), ("PL",)),
    "braze.eu": ("Braze", ("braze",), ("US",)),
    "innovatrics.com": ("Innovatrics", ("innovatrics",), ("SK",)),
    "veriff.com": ("Veriff", ("veriff",), ("EE",)),
    "onfido.com": ("Onfido", ("onfido", "entrust"), ("GB", "US")),
    "alphonso.tv": ("Alphonso", ("alphonso", "lg"), ("US", "KR")),
    "lgtvsdp.com": ("LG Electronics", ("lg electronics", "lg"), ("KR",)),
    "lgsmartad.com": ("LG Electronics", ("lg electronics", "lg", "lg ad solutions"), ("KR", "US")),
    "app-measurement.com": GOOGLE,
    "doubleclick.net": GOOGLE,
    "googleapis.com": GOOGLE,
    "gstatic.com": GOOGLE,
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
