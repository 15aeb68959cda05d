"""The smart TV in the Iqaluit living room (a fictional Aqsarniit brand; aqsarniit
is 'northern lights') with automatic content recognition (ACR).

The TV fingerprints what is on screen and reports the matches (content id,
channel, match time, seconds watched), the viewing information the FTC
described for smart-TV ACR (FTC v. VIZIO, 2017,
https://www.ftc.gov/legal-library/browse/cases-proceedings/162-3024-vizio-inc-vizio-inscape-services-llc);
field names are the vendor's own. The TV is identified by an ACR `psid`, its
serial (also in the OTA path) and its Wi-Fi MAC. A low-power ACR mode sends
positional rows keyed by an MD5 of the serial. Home rails, the app store and
the 'trending in Nunavut' shares are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.aqsarniit-tv.example"
ACR = "https://acr.aqsarniit-tv.example"
UA = "AqsarniitTV/5.1 (Linux; Android TV 12; AQ-55Q7)"
CHANNELS = ["CBC North", "TakuTV Nunavut", "APTN-e", "Radio-Canada", "Netflix", "YouTube"]
PROGRAMMES = [
    "CBC Northbeat",
    "Qanurli",
    "Hockey Night in Canada",
    "Nunavut Quest 2024",
    "Tusaajiit",
    "Le Téléjournal",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "aqsarniit-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tv/register")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "AQ-55Q7",
            "country": "CA",
            "region": "NU",
            "acrOptIn": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrEndpoint": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/matches")
    b.header("x-tv-psid", b.id("tv_psid", where="header x-tv-psid"))
    b.view("json matches[] (ACR: title, channel, watchedSec)")
    b.json(
        {
            "matches": [
                {
                    "contentId": f"aq{c.rng.randint(10**6, 10**7)}",
                    "channel": c.rng.choice(CHANNELS),
                    "title": c.rng.choice(PROGRAMMES),
                    "matchedAt": iso(c),
                    "watchedSec": c.rng.randint(60, 3600),
                    "source": c.rng.choice(["HDMI1", "TUNER", "APP"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = FB(c, "aqsarniit-tv", "POST", f"{ACR}/lp")
    b.header("user-agent", "aq-acr-lp/1.3")
    k = b.id("tv_serial", "md5", "json s", detectable=False)
    b.view("json d[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 5), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"s": k, "d": rows})
    b.no_content()
    return b.build()


def insights(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/viewing/recent?days=7")
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
                for _ in range(5)
            ]
        }
    )
    return b.build()


def network_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tv/network")
    mac = b.id("tv_mac", "lower", "response json mac", direction="response")
    b.ok_json({"type": "wifi", "mac": mac, "ssid": "QINIQ-HOME", "rssi": -c.rng.randint(40, 80)})
    return b.build()


def ota_check(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ota/{c.phone.tv_serial}/latest")
    b.id("tv_serial", where="path /v1/ota/{serial}")
    b.ok_json({"upToDate": True, "build": "5.1.220"})
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/rails?lang=iu")
    b.ok_json(
        {
            "rails": [
                {"title": "ᐊᑐᐃᓐᓇᐅᔪᑦ", "items": [f"app_{i}" for i in range(6)]},
                {"title": "Films", "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)]},
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trending?region=NU")
    b.decoy("aggregate audience shares per programme (not one viewer)")
    b.ok_json(
        {
            "trending": [
                {"title": t, "channel": ch, "share": rf(c.rng, 1, 30, 1)}
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
                {"id": a, "rating": rf(c.rng, 3, 5, 1)} for a in ("youtube", "takutv", "cbc-gem")
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_UP", "OK", "HOME"]), "t": ms(c)})
    b.no_content()
    return b.build()
