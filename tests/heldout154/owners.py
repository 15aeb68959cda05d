"""True owners of the third-party destinations in set 154 (for the attribution score).

The station's systems and the personal apps' own backends are fictional (`*.example`)
and not scored. Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Liffey Sound FM"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "assemblyai.com": ("AssemblyAI", ("assemblyai",), ("US",)),
    "deepgram.com": ("Deepgram", ("deepgram",), ("US",)),
    "audioscrobbler.com": ("Last.fm (Paramount)", ("last.fm", "paramount", "cbs"), ("GB", "US")),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
    "slack.com": ("Slack (Salesforce)", ("slack", "salesforce"), ("US",)),
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
