"""True owners of the third-party destinations in set 70 (for the attribution score).

The creator apps and their backends (Reelhouse, Glowmask, Echoform, Vidmetrics,
Cutroom, ...) are fictional and not scored. Countries are headquarters, from
the companies' own about / legal pages: AppsFlyer (Herzliya, Israel; HQ San
Francisco), Adjust (Berlin; owned by AppLovin, Palo Alto), Google (Mountain
View), ElevenLabs (incorporated in the US, founded and largely based in London /
Warsaw: US and GB given), Deepgram (San Francisco), Twitch (Amazon, San
Francisco), Transistor.fm (Transistor Software, US), Sentry (Functional
Software, San Francisco), Kaleido AI / remove.bg (Canva since 2021, Sydney;
Kaleido in Vienna), Blackmagic Design (Melbourne), Mapbox (Washington DC),
ConfigCat (Budapest), Open-Meteo (Zürich).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Reelhouse"

_G = ("Google", ("google", "alphabet"), ("US",))
OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "googleapis.com": _G,
    "elevenlabs.io": ("ElevenLabs", ("elevenlabs", "eleven labs"), ("US", "GB")),
    "deepgram.com": ("Deepgram", ("deepgram",), ("US",)),
    "twitch.tv": ("Twitch (Amazon)", ("twitch", "amazon"), ("US",)),
    "transistor.fm": ("Transistor", ("transistor",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "remove.bg": ("Canva (Kaleido AI)", ("canva", "kaleido", "remove.bg"), ("AU", "AT")),
    "mapbox.com": ("Mapbox", ("mapbox",), ("US",)),
    "configcat.com": ("ConfigCat", ("configcat",), ("HU",)),
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
