"""The smart TV in the Yerevan living room (a fictional Araks brand) with
automatic content recognition (ACR).

The TV matches what is on screen and reports the matches (content id, channel,
start, seconds watched per programme), the viewing information the FTC
described for smart-TV ACR (FTC v. VIZIO, 2017,
https://www.ftc.gov/legal-library/browse/cases-proceedings/162-3024-vizio-inc-vizio-inscape-services-llc);
field names are the vendor's own. The TV is identified by an ACR `psid`, its
serial and its Wi-Fi MAC. An older firmware sends positional rows keyed by an
MD5 of the serial. The home screen rails, the app store and the "trending in
Armenia" audience shares are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.araks-tv.example"
ACR = "https://acr.araks-tv.example"
UA = "AraksTV/5.4 (Linux; Android TV 12; ARX-50Q7)"
CHANNELS = ["Հ1", "Shant TV", "Armenia TV", "Kentron", "ATV", "Netflix", "YouTube"]
PROGRAMMES = [
    "Լրաբեր 21:00",
    "Կարգին Հաղորդում",
    "Տնփեսա",
    "Ազգային ընտրանի. Հայաստան - Լատվիա",
    "Դեմ առ դեմ",
    "Ֆուտբոլ. Փյունիկ - Նոահ",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "araks-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tv/register")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "ARX-50Q7",
            "country": "AM",
            "acrConsent": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrEndpoint": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/matches")
    b.header("x-acr-psid", b.id("tv_psid", where="header x-acr-psid"))
    b.view("json matches[] (ACR)")
    b.json(
        {
            "matches": [
                {
                    "contentId": f"ar{c.rng.randint(10**6, 10**7)}",
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
    b = FB(c, "araks-tv", "POST", f"{ACR}/s")
    b.header("user-agent", "ar-acr/1.8")
    k = b.id("tv_serial", "md5", "json s", detectable=False)
    b.view("json d[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 6), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"s": k, "d": rows})
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
    b = _b(c, "GET", f"{API}/v2/tv/network")
    mac = b.id("tv_mac", "lower", "response json macAddress", direction="response")
    b.ok_json(
        {"type": "wifi", "macAddress": mac, "ssid": "Ucom-5G-1203", "rssi": -c.rng.randint(40, 80)}
    )
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home/rails?lang=hy")
    b.ok_json(
        {
            "rails": [
                {"title": "Առաջարկվող", "items": [f"app_{i}" for i in range(6)]},
                {"title": "Ֆիլմեր", "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)]},
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/trending?country=AM")
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
                for a in ("youtube", "netflix", "hayflix", "ucom-tv", "vivaro")
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "OK", "BACK"]), "t": ms(c)})
    b.no_content()
    return b.build()
