"""True owners of the third-party destinations in set 8 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters (two where the public record gives two). Sources: the companies'
own "about" / legal pages and annual reports, as summarised on their Wikipedia
articles: ironSource merged into Unity (2022); Mintegral belongs to Mobvista
(Guangzhou, operations in Singapore); InMobi (Bengaluru, Singapore holding);
Onfido (London) was bought by Entrust (US) in 2024; Veriff is Estonian;
mParticle was bought by Rokt (2025); Volcano Engine (volces.com) is ByteDance's
cloud and DataRangers host.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Gemdrop Games"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "supersonicads.com": ("ironSource (Unity)", ("ironsource", "unity"), ("IL", "US")),
    "ironsrc.mobi": ("ironSource (Unity)", ("ironsource", "unity"), ("IL", "US")),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "rayjump.com": ("Mintegral (Mobvista)", ("mintegral", "mobvista"), ("CN", "SG")),
    "vungle.com": ("Liftoff (Vungle)", ("vungle", "liftoff"), ("US",)),
    "inmobi.com": ("InMobi", ("inmobi",), ("IN", "SG")),
    "pubmatic.com": ("PubMatic", ("pubmatic",), ("US",)),
    "braze.com": ("Braze", ("braze",), ("US",)),
    "amplitude.com": ("Amplitude", ("amplitude",), ("US",)),
    "mparticle.com": ("mParticle", ("mparticle", "rokt"), ("US", "AU")),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "microsoft.com": ("Microsoft", ("microsoft",), ("US",)),
    "veriff.com": ("Veriff", ("veriff",), ("EE",)),
    "onfido.com": ("Onfido (Entrust)", ("onfido", "entrust"), ("GB", "US")),
    "conviva.com": ("Conviva", ("conviva",), ("US",)),
    "imrworldwide.com": ("Nielsen", ("nielsen",), ("US",)),
    "volces.com": ("ByteDance", ("bytedance", "volcano"), ("CN",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "apple.com": ("Apple", ("apple",), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "mapbox.com": ("Mapbox", ("mapbox",), ("US",)),
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
