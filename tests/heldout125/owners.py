"""True owners of the third-party destinations in set 125 (for the attribution score).

The station's own systems (`*.antena-atlantica.example`), the streaming app and
the bank are fictional and not scored. Countries are headquarters; two where the
public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Antena Atlântica"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "speechmatics.com": ("Speechmatics (Cantab Research)", ("speechmatics",), ("GB",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "ipma.pt": ("Instituto Português do Mar e da Atmosfera", ("ipma",), ("PT",)),
    "slack.com": ("Slack Technologies (Salesforce)", ("slack", "salesforce"), ("US",)),
}


def registrable(host: str) -> str:
    return ".".join(host.split(":")[0].split(".")[-2:])


def owner_label(host: str) -> dict[str, Any] | None:
    entry = OWNERS.get(registrable(host))
    if entry is None:
        return None  # the station's, the streaming app's and the bank's fictional hosts
    name, match, countries = entry
    return {
        "name": name,
        "match": list(match),
        "countries": list(countries),
        "party": "first" if name == FIRST_PARTY else "third",
    }
