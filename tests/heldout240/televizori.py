"""The smart TV in the Tbilisi living room (a fictional Kavkasia brand) with
automatic content recognition (ACR).

The TV fingerprints what is on screen and reports the matches (content id,
channel, programme, start, seconds watched), the viewing information the FTC
described for smart-TV ACR (FTC v. VIZIO, 2017); field names are the vendor's
own. The TV is identified by an ACR `psid`, its serial and its Wi-Fi MAC. A
newer firmware ships the fingerprint match rows as positional arrays keyed by
a SHA-256 of the serial. The home rails, the app store and the "popular in
Georgia" audience shares are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.kavkasia-tv.example"
ACR = "https://acr.kavkasia-tv.example"
UA = "KavkasiaTV/6.4 (Linux; Android TV 12; KV-55Q7)"
CHANNELS = ["Imedi", "Rustavi 2", "Mtavari", "1TV", "Formula", "Netflix", "YouTube"]
PROGRAMMES = [
    "ქრონიკა 20:00",
    "კურიერი",
    "ვარსკვლავების აკადემია",
    "ნიჭიერი",
    "საქართველო - ესპანეთი (ფეხბურთი)",
    "ლელოები - უელსი",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kavkasia-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tv/register")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "KV-55Q7",
            "country": "GE",
            "acrOptIn": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrEndpoint": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v4/viewing")
    b.header("x-acr-psid", b.id("tv_psid", where="header x-acr-psid"))
    b.view("json views[] (ACR matches)")
    b.json(
        {
            "views": [
                {
                    "contentId": f"kv{c.rng.randint(10**6, 10**7)}",
                    "channel": c.rng.choice(CHANNELS),
                    "programme": c.rng.choice(PROGRAMMES),
                    "startedAt": iso(c),
                    "watchedSeconds": c.rng.randint(60, 3600),
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
    b = FB(c, "kavkasia-tv", "POST", f"{ACR}/f")
    b.header("user-agent", "kv-acr/3.1")
    k = b.id("tv_serial", "sha256", "json s", detectable=False)
    b.view("json m[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 6), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"s": k, "m": rows})
    b.no_content()
    return b.build()


def recently_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/viewing/recent?days=7")
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
                for _ in range(5)
            ]
        }
    )
    return b.build()


def network_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tv/network")
    mac = b.id("tv_mac", "nosep", "response json macAddress", direction="response")
    b.ok_json(
        {"type": "wifi", "macAddress": mac, "ssid": "SILKNET-5G", "rssi": -c.rng.randint(40, 80)}
    )
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home/rails?lang=ka")
    b.decoy("home screen rails (catalogue)")
    b.ok_json(
        {
            "rails": [
                {"title": "რეკომენდებული", "items": [f"app_{i}" for i in range(6)]},
                {"title": "ფილმები", "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)]},
            ]
        }
    )
    return b.build()


def popular(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/popular?country=GE")
    b.decoy("aggregate audience shares per programme (not one viewer)")
    b.ok_json(
        {
            "popular": [
                {"programme": t, "channel": ch, "audienceShare": rf(c.rng, 1, 30, 1)}
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
                for a in ("youtube", "netflix", "ekraniplay", "magti-tv", "silknet-tv")
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "OK", "BACK"]), "t": ms(c)})
    b.no_content()
    return b.build()
