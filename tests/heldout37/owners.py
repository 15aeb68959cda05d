"""True owners of the third-party destinations in set 37 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters; two where the public record gives two. Sources: company pages
and annual reports (Google / Alphabet: Mountain View; Unity Software: San
Francisco; AppLovin: Palo Alto; Yandex: Moscow, formerly Yandex N.V. in the
Netherlands; Veriff OÜ: Tallinn; Amazon Web Services: Seattle; NPAW (Nice
People At Work): Barcelona; Last.fm Ltd: London, owned by Paramount (CBS);
MetaBrainz Foundation (ListenBrainz): California; ECB: Frankfurt; Sentry
(Functional Software Inc.): San Francisco; OpenStreetMap Foundation: UK;
SK ID Solutions AS: Tallinn).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Ziurek"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "yandex.net": ("Yandex", ("yandex",), ("RU", "NL")),
    "veriff.com": ("Veriff", ("veriff",), ("EE",)),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "youborafds01.com": ("NPAW", ("npaw", "nice people at work", "youbora"), ("ES",)),
    "audioscrobbler.com": ("Last.fm", ("last.fm", "lastfm", "paramount", "cbs"), ("GB", "US")),
    "listenbrainz.org": ("MetaBrainz Foundation", ("metabrainz", "listenbrainz"), ("US",)),
    "europa.eu": (
        "European Central Bank",
        ("european central bank", "ecb", "european union"),
        ("DE", "BE"),
    ),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "sk.ee": ("SK ID Solutions", ("sk id", "sk id solutions"), ("EE",)),
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
