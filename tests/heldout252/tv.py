"""The Chandana smart TV (a fictional Indian brand) in the Bengaluru living room,
with automatic content recognition (ACR) by a fictional vendor, Drishti.

The TV registers with its serial, Wi-Fi MAC and the ACR client id. ACR
matches (channel, programme, input, seconds per programme) go to the vendor
as the viewing information the FTC described for smart-TV ACR (FTC v. VIZIO,
2017); an older firmware uploads the raw video fingerprints instead
(`fp` hash rows with their times, keyed by a SHA-256 of the serial under `k`),
which say what was on screen only after the vendor matches them. The
manufacturer's "your recent viewing" rail returns what the TV saw. The home
rails, the app store, the "trending in Karnataka" audience shares and
firmware checks are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso_ago, ms, rf, rid

API = "https://api.chandanatv.example"
ACR = "https://ingest.drishti-acr.example"
UA = "ChandanaTV/5.1 (Linux; Android TV 12; CT-43QX)"
CHANNELS = [
    "Colors Kannada",
    "Zee Kannada",
    "Star Suvarna",
    "Udaya TV",
    "TV9 Kannada",
    "DD Chandana",
    "Public TV",
]
PROGRAMMES = [
    "Bigg Boss Kannada",
    "Puttakkana Makkalu",
    "Saregamapa Kannada",
    "Majaa Talkies",
    "IPL: RCB vs KKR",
    "Weekend with Ramesh",
    "Vaarthegalu 9 PM",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "chandana-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/register")
    b.json(
        {
            "serialNo": b.id("tv_serial", where="json serialNo"),
            "wlanMac": b.id("tv_mac", where="json wlanMac"),
            "acrClientId": b.id("tv_acr_id", where="json acrClientId"),
            "model": "CT-43QX",
            "region": "IN-KA",
            "acrOptIn": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrHost": ACR})
    return b.build()


def acr_matches(c: Context) -> Flow:
    b = FB(c, "drishti-acr", "POST", f"{ACR}/v2/matches")
    b.header("user-agent", "drishti-acr-client/3.4")
    b.header("x-acr-client-id", b.id("tv_acr_id", where="header x-acr-client-id"))
    b.view("json matches[] (ACR: channel, programme, seconds)")
    b.json(
        {
            "matches": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "programme": c.rng.choice(PROGRAMMES),
                    "matchedAt": iso_ago(c, 30, 3600),
                    "viewedSec": c.rng.randint(60, 3600),
                    "input": c.rng.choice(["HDMI1", "HDMI2", "TUNER"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_fingerprints(c: Context) -> Flow:
    b = FB(c, "drishti-acr", "POST", f"{ACR}/v1/u")
    b.header("user-agent", "drishti-acr-client/2.1")
    b.view("json fp[] (raw video fingerprints + times)", detectable=False)
    k = b.id("tv_serial", "sha256", "json k", detectable=False)
    t0 = ms(c)
    b.json(
        {
            "k": k,
            "fp": [[t0 + i * 500, new_hex(c.rng, 16)] for i in range(c.rng.randint(6, 14))],
            "s": 2,
        }
    )
    b.ok_json({"n": 0})
    return b.build()


def recent_viewing(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/rails/recently-watched")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("response json recentlyWatched[]", direction="response")
    b.ok_json(
        {
            "recentlyWatched": [
                {
                    "title": c.rng.choice(PROGRAMMES),
                    "channel": c.rng.choice(CHANNELS),
                    "lastWatched": iso_ago(c, 3600, 600000),
                    "minutes": c.rng.randint(5, 150),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def network_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/device/network")
    mac = b.id("tv_mac", "lower", "response json macAddress", direction="response")
    b.ok_json(
        {
            "type": "wifi",
            "macAddress": mac,
            "ssid": "ACT-Jayanagar-5G",
            "rssi": -c.rng.randint(40, 75),
        }
    )
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/rails?lang=kn")
    b.ok_json(
        {
            "rails": [
                {"title": "Shifarasu", "items": [f"app_{i}" for i in range(6)]},
                {
                    "title": "Kannada Chitragalu",
                    "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)],
                },
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trending?region=IN-KA")
    b.decoy("aggregate audience shares per programme (not one viewer)")
    b.ok_json(
        {
            "trending": [
                {"title": t, "channel": ch, "audienceShare": rf(c.rng, 1, 30, 1)}
                for t, ch in zip(PROGRAMMES, CHANNELS, strict=False)
            ]
        }
    )
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/store/apps?page=1")
    b.ok_json(
        {
            "apps": [
                {"id": a, "rating": rf(c.rng, 3, 5, 1)}
                for a in ("youtube", "rangaplay", "aatalive", "hotstar")
            ]
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ota/check?model=CT-43QX&ver=5.1.208")
    b.decoy("firmware image sha256")
    b.ok_json({"latest": "5.1.214", "sha256": new_hex(c.rng, 64), "size": 412000000})
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "OK", "HOME", "BACK"]), "t": ms(c)})
    b.no_content()
    return b.build()
