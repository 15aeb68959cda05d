"""True owners of the third-party destinations in set 75 (for the attribution score).

Sources: Google (Alphabet, Mountain View) for Firebase / GA4 / Maps / Android;
Adjust GmbH, Berlin (owned by AppLovin, US, since 2021, per AppLovin's press
release); AppsFlyer Ltd, Herzliya IL, US office (appsflyer.com/company); Braze Inc.,
New York (SEC filings); Mixpanel Inc., San Francisco; Amplitude Inc., San
Francisco (SEC filings); FaceTec Inc., Las Vegas (facetec.com); Functional
Software Inc. (Sentry), San Francisco; Open-Meteo (weather API, CH, open-meteo.com
imprint). The apps' own backends are fictional and not scored.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Nordvik Motors"

_G = ("Google", ("google", "alphabet"), ("US",))
OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "googleapis.com": _G,
    "gstatic.com": _G,
    "google-analytics.com": _G,
    "app-measurement.com": _G,
    "google.com": _G,
    "doubleclick.net": _G,
    "android.com": _G,
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "braze.com": ("Braze", ("braze",), ("US",)),
    "braze.eu": ("Braze", ("braze",), ("US",)),
    "mixpanel.com": ("Mixpanel", ("mixpanel",), ("US",)),
    "amplitude.com": ("Amplitude", ("amplitude",), ("US",)),
    "facetec.com": ("FaceTec", ("facetec",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
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
