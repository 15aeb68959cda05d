"""The smart TV in the Warsaw living room (a fictional Orzeł brand) with
automatic content recognition (ACR).

The TV matches what is on screen and reports the matches (content id, channel,
title, seconds watched), the viewing information the FTC described for smart
TV ACR (FTC v. VIZIO, 2017); field names are the vendor's own, English. The TV
is identified by an ACR `psid`, its serial and its Wi-Fi MAC. An older
firmware sends positional rows keyed by a SHA-1 of the serial. Home-screen
rails, the app store and the "popular in Poland" audience shares are content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.orzel-tv.example"
ACR = "https://acr.orzel-tv.example"
UA = "OrzelTV/5.1 (Linux; Android TV 12; OR-55Q7)"
CHANNELS = ["TVP1", "Polsat", "TVN", "TVN24", "Canal+", "Netflix", "YouTube", "Player"]
PROGRAMMES = [
    "Fakty",
    "Taniec z gwiazdami",
    "Milionerzy",
    "M jak miłość",
    "Legia - Lech (Ekstraklasa)",
    "Kuchenne rewolucje",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "orzel-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/register")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "OR-55Q7",
            "country": "PL",
            "acrConsent": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrEndpoint": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/matches")
    b.header("x-psid", b.id("tv_psid", where="header x-psid"))
    b.view("json matches[] (ACR)")
    b.json(
        {
            "matches": [
                {
                    "contentId": f"or{c.rng.randint(10**6, 10**7)}",
                    "channel": c.rng.choice(CHANNELS),
                    "title": c.rng.choice(PROGRAMMES),
                    "matchedAt": iso(c),
                    "watchedSec": c.rng.randint(60, 3600),
                    "input": c.rng.choice(["HDMI1", "TUNER", "APP"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = FB(c, "orzel-tv", "POST", f"{ACR}/u")
    b.header("user-agent", "or-acr/1.4")
    k = b.id("tv_serial", "sha1", "json k", detectable=False)
    b.view("json r[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 7), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"k": k, "r": rows})
    b.no_content()
    return b.build()


def recently_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/continue?limit=6")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("response json recentlyWatched[]", direction="response")
    b.ok_json(
        {
            "recentlyWatched": [
                {
                    "title": c.rng.choice(PROGRAMMES),
                    "channel": c.rng.choice(CHANNELS),
                    "watchedAt": iso(c),
                    "minutes": c.rng.randint(5, 150),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def network_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/device/network")
    mac = b.id("tv_mac", "lower", "response json mac", direction="response")
    b.ok_json({"type": "wifi", "mac": mac, "ssid": "UPC-WAW-5G", "rssi": -c.rng.randint(40, 80)})
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/rails?lang=pl")
    b.ok_json(
        {
            "rails": [
                {"title": "Polecane", "items": [f"app_{i}" for i in range(6)]},
                {"title": "Filmy", "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)]},
            ]
        }
    )
    return b.build()


def popular(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/popular?country=PL")
    b.decoy("aggregate audience shares per programme (not one viewer)")
    b.ok_json(
        {
            "popular": [
                {"title": t, "channel": ch, "audienceShare": rf(c.rng, 1, 30, 1)}
                for t, ch in zip(PROGRAMMES, CHANNELS, strict=False)
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "OK", "HOME", "BACK"]), "t": ms(c)})
    b.no_content()
    return b.build()
