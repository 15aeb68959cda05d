"""The smart TV in the Valletta living room (a fictional Lumenta brand) with
automatic content recognition (ACR).

The TV fingerprints the screen and reports matches (content id, channel,
programme, start, seconds seen) to its ACR service, the viewing data the FTC
described for smart-TV ACR (FTC v. VIZIO, 2017,
https://www.ftc.gov/legal-library/browse/cases-proceedings/162-3024-vizio-inc-vizio-inscape-services-llc).
The TV is known to it by an ACR id, its serial and its Wi-Fi MAC. A second
firmware path packs the matches gzip+base64 into a form field `p` under an
ACR id in `a`. The home rails, the app store, the "trending in Malta" shares
and remote-control keys are not viewing history.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import gz, js

from .phone import FB, iso, ms, rf, rid

API = "https://api.lumenta-tv.example"
ACR = "https://acr.lumenta-tv.example"
UA = "LumentaTV/9.1 (Linux; webOS-like 6.0; LM55Q7)"
CHANNELS = ["TVM", "ONE", "NET Television", "F Living", "Rai 1", "Netflix", "YouTube", "HDMI2"]
PROGRAMMES = [
    "L-Aħbarijiet tat-8",
    "Xarabank",
    "The Crown",
    "Malta's Got Talent",
    "Il-Kunsill",
    "Serie A: Milan - Roma",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lumenta-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tv/register")
    b.json(
        {
            "acrId": b.id("tv_acr_id", where="json acrId"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "LM55Q7",
            "country": "MT",
            "acrConsent": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrHost": ACR})
    return b.build()


def acr_matches(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v4/detections")
    b.header("x-acr-id", b.id("tv_acr_id", where="header x-acr-id"))
    b.view("json detections[] (ACR content matches)")
    b.json(
        {
            "detections": [
                {
                    "contentId": f"lm{c.rng.randint(10**6, 10**7)}",
                    "channel": c.rng.choice(CHANNELS),
                    "programme": c.rng.choice(PROGRAMMES),
                    "start": iso(c),
                    "secondsSeen": c.rng.randint(30, 3600),
                    "source": c.rng.choice(["TUNER", "HDMI1", "APP"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
            "fw": "09.10.22",
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_packed(c: Context) -> Flow:
    b = FB(c, "lumenta-tv", "POST", f"{ACR}/x")
    b.header("user-agent", "lacr/3.1")
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 7), ms(c), c.rng.randint(30, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.view("form p (gzip+base64 rows)", detectable=False)
    b.form(
        [
            ("a", b.id("tv_acr_id", where="form a", detectable=False)),
            ("p", base64.b64encode(gz(js(rows).encode())).decode()),
        ]
    )
    b.no_content()
    return b.build()


def viewing_summary(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/account/viewing?days=7")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("response json recentlyWatched[]", direction="response")
    b.ok_json(
        {
            "recentlyWatched": [
                {
                    "programme": c.rng.choice(PROGRAMMES),
                    "channel": c.rng.choice(CHANNELS),
                    "watchedAt": iso(c),
                    "minutes": c.rng.randint(5, 150),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def network(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tv/network")
    mac = b.id("tv_mac", "lower", "response json mac", direction="response")
    b.ok_json(
        {"type": "wifi", "mac": mac, "ssid": "Camilleri-Fibra-5G", "rssi": -c.rng.randint(40, 80)}
    )
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home?lang=mt")
    b.ok_json(
        {
            "rails": [
                {"title": "Rakkomandati", "items": [f"app_{i}" for i in range(6)]},
                {"title": "Films", "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)]},
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/trending?country=MT")
    b.decoy("aggregate audience shares per programme (not one viewer)")
    b.ok_json(
        {
            "trending": [
                {"programme": t, "channel": ch, "share": rf(c.rng, 1, 30, 1)}
                for t, ch in zip(PROGRAMMES, CHANNELS, strict=False)
            ]
        }
    )
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/store/apps?page=1")
    b.ok_json(
        {
            "apps": [
                {"id": a, "rating": rf(c.rng, 3, 5, 1)}
                for a in ("youtube", "netflix", "xandirplus", "gowlplus")
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "OK", "HOME", "BACK"]), "t": ms(c)})
    b.no_content()
    return b.build()
