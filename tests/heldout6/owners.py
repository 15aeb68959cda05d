"""True owners of the third-party destinations in set 6 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Cyclia"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "facebook.com": ("Meta", ("meta", "facebook"), ("US",)),
    "oculus.com": ("Meta", ("meta", "facebook", "oculus"), ("US",)),
    "oculuscdn.com": ("Meta", ("meta", "facebook", "oculus"), ("US",)),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "supersonicads.com": ("ironSource", ("ironsource", "unity"), ("IL", "US")),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "google-analytics.com": ("Google", ("google", "alphabet"), ("US",)),
    "microsoft.com": ("Microsoft", ("microsoft",), ("US",)),
    "online-metrix.net": (
        "LexisNexis Risk Solutions",
        ("lexisnexis", "threatmetrix", "relx"),
        ("US", "GB"),
    ),
    "sumsub.com": ("Sumsub", ("sumsub", "sum and substance"), ("GB", "CY")),
    "onfido.com": ("Onfido (Entrust)", ("onfido", "entrust"), ("GB", "US")),
    "branch.io": ("Branch Metrics", ("branch",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "cloudflare.com": ("Cloudflare", ("cloudflare",), ("US",)),
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
