"""True owners of the third-party destinations in set 106 (for the attribution score).

The museum (Havnemuseet), its vendors' fleet services and the bank are fictional
and live on `*.example`. Countries are headquarters; two where the public record
gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Havnemuseet"

GOOGLE = ("Google", ("google", "alphabet"), ("US",))
OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust",), ("DE",)),
    "doubleclick.net": GOOGLE,
    "googleapis.com": GOOGLE,
    "gstatic.com": GOOGLE,
    "podimo.com": ("Podimo", ("podimo",), ("DK",)),
    "dr.dk": ("DR (Danmarks Radio)", ("dr", "danmarks radio", "danish broadcasting"), ("DK",)),
    "dr-massive.com": ("DR (Danmarks Radio)", ("dr", "danmarks radio", "massive"), ("DK",)),
    "garmin.com": ("Garmin", ("garmin",), ("CH", "US")),
    "smk.dk": ("Statens Museum for Kunst", ("smk", "statens museum"), ("DK",)),
    "dmi.dk": ("Danmarks Meteorologiske Institut", ("dmi", "meteorologiske"), ("DK",)),
    "rejseplanen.dk": ("Rejseplanen", ("rejseplanen",), ("DK",)),
    "tv2.dk": ("TV 2 Danmark", ("tv 2", "tv2"), ("DK",)),
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
