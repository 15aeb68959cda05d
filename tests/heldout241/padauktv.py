"""The smart TV in the Yangon living room (a fictional Padauk brand) with
automatic content recognition (ACR).

The TV matches what is on screen (MRTV, MRTV-4, Channel 7, Mahar, Canal+ via
HDMI, YouTube...) and reports the matches: content id, channel, start and
seconds watched per programme, the viewing information the FTC described for
smart-TV ACR (FTC v. VIZIO, 2017); field names are the vendor's own. The TV
is identified by an ACR id, its serial and its Wi-Fi MAC. An older firmware
sends positional rows keyed by a SHA-1 of the serial. Home-screen rails, the
app store, "trending in Myanmar" audience shares and remote-key presses are
ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.padauk-tv.example"
ACR = "https://acr.padauk-tv.example"
UA = "PadaukTV/6.4 (Linux; Android TV 12; PD-50UQ7)"
CHANNELS = ["MRTV", "MRTV-4", "Channel 7", "Mahar", "5 Plus", "HDMI-Canal+", "YouTube"]
PROGRAMMES = [
    "ညနေ သတင်း",
    "Myanmar Idol",
    "ဇာတ်လမ်းတွဲ - မိုးစက်",
    "MNL: Yangon United vs Shan United",
    "Premier League Review",
    "ဓမ္မ ဟောပြောချက်",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "padauk-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tv/register")
    b.json(
        {
            "acrId": b.id("tv_acr_id", where="json acrId"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "PD-50UQ7",
            "country": "MM",
            "viewingDataConsent": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrEndpoint": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/viewing/matches")
    b.header("x-acr-id", b.id("tv_acr_id", where="header x-acr-id"))
    b.view("json matches[] (ACR)")
    b.json(
        {
            "matches": [
                {
                    "contentId": f"pk{c.rng.randint(10**6, 10**7)}",
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
    b = FB(c, "padauk-tv", "POST", f"{ACR}/f")
    b.header("user-agent", "pdk-acr/1.8")
    k = b.id("tv_serial", "sha1", "json s", detectable=False)
    b.view("json x[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 6), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"s": k, "x": rows})
    b.no_content()
    return b.build()


def recently_watched(c: Context) -> Flow:
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
    b.ok_json({"type": "wifi", "mac": mac, "ssid": "MPT-Fiber-5G", "rssi": -c.rng.randint(40, 80)})
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/rails?lang=my")
    b.ok_json(
        {
            "rails": [
                {"title": "အကြံပြုချက်", "items": [f"app_{i}" for i in range(6)]},
                {"title": "ရုပ်ရှင်", "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)]},
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trending?country=MM")
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
                for a in ("youtube", "netflix", "zatkaung", "canalplus", "mahar")
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "OK", "HOME", "BACK"]), "t": ms(c)})
    b.no_content()
    return b.build()
