"""True owners of the third-party destinations in set 38 (for the attribution score).

The apps and their own backends (thiraiflix.in, chobighor.com.bd, surtaal.in,
kirtanbani.org, paisasetu.in, garigo.app, kalvitest.in, vistaratv.in,
ludoraja.example.com, adbangla-net.com) are fictional and not scored.
Countries are headquarters, two where the public record gives two; sources:
each company's own "about" / investor pages and Wikipedia (vivo: Dongguan;
CleverTap: Mountain View with main office in Mumbai; HyperVerge: Bengaluru and
San Francisco; InMobi: Bengaluru / Singapore; Mintegral: Mobvista, Guangzhou /
Singapore; Conviva, Mixpanel, Amplitude, Branch, Unity: US; AppsFlyer: Israel
/ US; Sentry: Functional Software, San Francisco; Amazon, Google: US).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Thirai"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "vivoglobal.com": ("vivo Mobile Communication", ("vivo",), ("CN",)),
    "clevertap-prod.com": ("CleverTap", ("clevertap",), ("US", "IN")),
    "conviva.com": ("Conviva", ("conviva",), ("US",)),
    "mixpanel.com": ("Mixpanel", ("mixpanel",), ("US",)),
    "amplitude.com": ("Amplitude", ("amplitude",), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "hyperverge.co": ("HyperVerge", ("hyperverge",), ("IN", "US")),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "branch.io": ("Branch Metrics", ("branch",), ("US",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "inmobi.com": ("InMobi", ("inmobi",), ("IN", "SG")),
    "rayjump.com": ("Mintegral", ("mintegral", "mobvista"), ("CN", "SG")),
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
