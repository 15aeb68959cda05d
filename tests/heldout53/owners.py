"""True owners of the real third-party destinations in set 53 (attribution score).

The apps and their own backends are fictional and not scored. Sources: each
vendor's own about / legal / imprint page (Snowplow: Snowplow Analytics Ltd,
London; Adjust GmbH, Berlin, part of AppLovin; Branch Metrics Inc., Mountain
View; FaceTec is self-hosted here, so not listed; Onfido Ltd, London, acquired
by Entrust (US) in 2024; ElevenLabs: Eleven Labs Inc., New York, founded by
Poles, with its European entity in London; Magnite (Rubicon Project), Los
Angeles / New York; Unity Software, San Francisco; Sentry: Functional Software
Inc., San Francisco; NS: Nederlandse Spoorwegen, Utrecht; Apple, Cupertino;
Google (YouTube), Mountain View).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Kijkdoos"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "adjust.com": ("Adjust (AppLovin)", ("adjust", "applovin"), ("DE", "US")),
    "branch.io": ("Branch Metrics", ("branch",), ("US",)),
    "onfido.com": ("Onfido (Entrust)", ("onfido", "entrust"), ("GB", "US")),
    "elevenlabs.io": ("ElevenLabs", ("elevenlabs", "eleven labs"), ("US", "GB")),
    "rubiconproject.com": ("Magnite", ("magnite", "rubicon"), ("US",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "youtube.com": ("Google", ("google", "alphabet", "youtube"), ("US",)),
    "apple.com": ("Apple", ("apple",), ("US",)),
    "ns.nl": ("Nederlandse Spoorwegen", ("spoorwegen", "ns"), ("NL",)),
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
