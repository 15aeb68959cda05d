"""The smart TV in the Budapest living room (a fictional Vidora brand) with
automatic content recognition (ACR).

The TV matches what is on screen and reports the matches (content id,
channel, start, seconds watched per programme): the viewing information the
FTC described for smart-TV ACR (FTC v. VIZIO, 2017). Field names are the
vendor's own, in English. The TV is identified by an ACR id, its serial and
its Wi-Fi MAC. An older firmware sends positional rows keyed by a SHA-1 of
the serial. The home-screen rails, the app store and the "trending in
Hungary" audience shares are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.vidora-tv.example"
ACR = "https://acr-eu.vidora-tv.example"
UA = "VidoraTV/9.1 (Linux; Android TV 12; VD-50UQ7)"
CHANNELS = ["M1", "Duna", "RTL", "TV2", "ATV", "Film+", "Netflix", "YouTube"]
PROGRAMMES = [
    "Híradó",
    "A Nagy Ho-Ho-Horgász",
    "Survivor – A sziget",
    "Magyarország – Portugália",
    "Rtl Híradó",
    "Mintaapák",
    "Kincsvadászok",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vidora-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/register")
    b.json(
        {
            "acrDeviceId": b.id("tv_acr_id", where="json acrDeviceId"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "VD-50UQ7",
            "country": "HU",
            "viewingDataConsent": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrEndpoint": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v4/viewing/matches")
    b.header("x-acr-device-id", b.id("tv_acr_id", where="header x-acr-device-id"))
    b.view("json matches[] (ACR)")
    b.json(
        {
            "matches": [
                {
                    "contentId": f"vd{c.rng.randint(10**6, 10**7)}",
                    "channel": c.rng.choice(CHANNELS),
                    "title": c.rng.choice(PROGRAMMES),
                    "matchedAt": iso(c),
                    "watchedSec": c.rng.randint(60, 3600),
                    "input": c.rng.choice(["HDMI1", "HDMI2", "TUNER", "APP"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = FB(c, "vidora-tv", "POST", f"{ACR}/f")
    b.header("user-agent", "vd-acr/3.0")
    k = b.id("tv_serial", "sha1", "json a", detectable=False)
    b.view("json b[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 7), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"a": k, "b": rows})
    b.no_content()
    return b.build()


def insights(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/viewing/recent?days=7")
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
    b = _b(c, "GET", f"{API}/v2/device/network")
    mac = b.id("tv_mac", "lower", "response json mac", direction="response")
    b.ok_json({"type": "wifi", "mac": mac, "ssid": "Kabelnet-5G", "rssi": -c.rng.randint(40, 80)})
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home/rails?lang=hu")
    b.decoy("catalogue rails (content fetch)")
    b.ok_json(
        {
            "rails": [
                {"title": "Ajánlott", "items": [f"app_{i}" for i in range(6)]},
                {"title": "Filmek", "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)]},
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/trending?country=HU")
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
    b = _b(c, "GET", f"{API}/v2/store/apps?page=1")
    b.ok_json(
        {
            "apps": [
                {"id": a, "rating": rf(c.rng, 3, 5, 1)}
                for a in ("youtube", "netflix", "kepernyoplusz", "hbomax", "mediaklikk")
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_UP", "OK", "HOME", "BACK"]), "t": ms(c)})
    b.no_content()
    return b.build()
