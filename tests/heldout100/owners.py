"""True owners of the third-party destinations in set 100 (for the attribution score).

The library systems, apps and their backends are fictional (example.ch) and
not scored. Countries are headquarters, from the companies' own about /
imprint pages: Adjust (Berlin, part of AppLovin, US), FaceTec (Las Vegas),
Sentry (San Francisco), Google; swisstopo and MeteoSwiss are Swiss federal
offices; transport.opendata.ch is run by the Opendata.ch association (CH);
gpodder.net and Open Library (Internet Archive, US).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Stadtbibliothek"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "facetec.com": ("FaceTec", ("facetec",), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "google-analytics.com": ("Google", ("google", "alphabet"), ("US",)),
    "ytimg.com": ("Google", ("google", "alphabet", "youtube"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "admin.ch": ("Swiss Confederation (swisstopo)", ("swisstopo", "confederation"), ("CH",)),
    "openlibrary.org": ("Internet Archive", ("internet archive", "open library"), ("US",)),
    "opendata.ch": ("Opendata.ch", ("opendata",), ("CH",)),
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
