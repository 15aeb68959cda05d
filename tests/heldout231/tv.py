"""The smart TV in the Pune living room (a fictional Vaxon brand, Android TV)
with automatic content recognition (ACR).

The TV fingerprints what is on screen and reports the matches (content id,
channel, start, seconds watched), the viewing information the FTC described
for smart-TV ACR (FTC v. VIZIO, 2017); field names are the vendor's own. The
TV is identified by an ACR `psid`, its serial and its Wi-Fi MAC. A newer
firmware sends positional rows keyed by an MD5 of the MAC. The home rails,
the app store and the "trending in Maharashtra" counts are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.vaxon-tv.example"
ACR = "https://acr.vaxon-tv.example"
UA = "VaxonTV/9.1 (Linux; Android TV 12; VX-50QA)"
CHANNELS = [
    "Zee Marathi",
    "Star Pravah",
    "Colors Marathi",
    "Sony Marathi",
    "ABP Majha",
    "DD Sahyadri",
]
PROGRAMMES = [
    "Tharla Tar Mag",
    "Paaru",
    "Chala Hawa Yeu Dya",
    "Maharashtrachi Hasyajatra",
    "Bigg Boss Marathi",
    "Majha Katta",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vaxon-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tv/register")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "VX-50QA",
            "country": "IN",
            "acrOptIn": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrHost": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/viewing/matches")
    b.header("x-vaxon-psid", b.id("tv_psid", where="header x-vaxon-psid"))
    b.view("json matches[] (ACR)")
    b.json(
        {
            "matches": [
                {
                    "contentId": f"vx{c.rng.randint(10**6, 10**7)}",
                    "channel": c.rng.choice(CHANNELS),
                    "programme": c.rng.choice(PROGRAMMES),
                    "matchedAt": iso(c),
                    "secondsWatched": c.rng.randint(60, 3600),
                    "source": c.rng.choice(["HDMI1", "HDMI2", "APP"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = FB(c, "vaxon-tv", "POST", f"{ACR}/u")
    b.header("user-agent", "vx-acr/3.1")
    k = b.id("tv_mac", "md5_of_nosep", "json h", detectable=False)
    b.view("json e[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 5), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"h": k, "e": rows})
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
    mac = b.id("tv_mac", "lower", "response json macAddress", direction="response")
    b.ok_json(
        {"type": "wifi", "macAddress": mac, "ssid": "DESHPANDE-5G", "rssi": -c.rng.randint(40, 80)}
    )
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home/rails?lang=mr")
    b.ok_json(
        {
            "rails": [
                {"title": "तुमच्यासाठी", "items": [f"app_{i}" for i in range(6)]},
                {"title": "चित्रपट", "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)]},
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/trending?region=MH")
    b.decoy("aggregate audience shares per programme (not one viewer)")
    b.ok_json(
        {
            "trending": [
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
                for a in ("youtube", "marathimanch", "zee5", "jiocinema", "gaanighar")
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "OK", "HOME", "BACK"]), "t": ms(c)})
    b.no_content()
    return b.build()
