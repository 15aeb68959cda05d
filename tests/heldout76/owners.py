"""True owners of the third-party destinations in set 76 (for the attribution score).

The newsroom, the apps' own backends and the fictional agency are not scored.
Countries are headquarters as the companies' own imprint / about pages and
public filings state them; two where the public record gives two (Adjust GmbH,
Berlin, owned by AppLovin, Palo Alto).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Rheinblick Medien"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "chartbeat.com": ("Chartbeat", ("chartbeat",), ("US",)),
    "cloudinary.com": ("Cloudinary", ("cloudinary",), ("US",)),
    "assemblyai.com": ("AssemblyAI", ("assemblyai",), ("US",)),
    "autobahn.de": ("Die Autobahn GmbH des Bundes", ("autobahn",), ("DE",)),
    "signal.org": ("Signal Messenger", ("signal",), ("US",)),
    "adjust.com": ("Adjust (AppLovin)", ("adjust", "applovin"), ("DE", "US")),
    "pocketcasts.com": ("Automattic (Pocket Casts)", ("automattic", "pocket casts"), ("US",)),
    "facetec.com": ("FaceTec", ("facetec",), ("US",)),
    "microsoft.com": ("Microsoft", ("microsoft",), ("US",)),
    "apple.com": ("Apple", ("apple",), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "privacy-mgmt.com": ("Sourcepoint", ("sourcepoint",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "warnwetter.de": ("Deutscher Wetterdienst", ("deutscher wetterdienst", "dwd"), ("DE",)),
    "ns.nl": ("Nederlandse Spoorwegen", ("nederlandse spoorwegen", "ns"), ("NL",)),
}
# api.cognitive.microsoft.com: registrable domain microsoft.com. GameAnalytics and
# Buienradar are left out: their current owner / HQ could not be sourced reliably.


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
