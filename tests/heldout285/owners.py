"""True owners of the third-party destinations in set 285 (for the attribution score).

The apps, the broadcasters' backends, the e-ID backend, the skating club, the
farm and the kids' app are fictional (`*.example`) and not scored. Countries are
headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "PlayRumantsch"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "webtrekk.net": ("Mapp Digital (Webtrekk)", ("mapp", "webtrekk"), ("US", "DE")),
    "xiti.com": ("AT Internet (Piano)", ("at internet", "piano", "xiti"), ("FR", "US")),
    "pa-cd.com": ("AT Internet (Piano)", ("at internet", "piano"), ("FR", "US")),
    "scorecardresearch.com": ("Comscore", ("comscore", "scorecard"), ("US",)),
    "2cnt.net": ("Kantar", ("kantar", "spring"), ("GB", "DE")),
    "adjust.com": ("Adjust", ("adjust",), ("DE",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "privacy-center.org": ("Didomi", ("didomi",), ("FR",)),
    "facetec.com": ("FaceTec", ("facetec",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
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
