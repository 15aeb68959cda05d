"""The smart TV in the Hà Nội living room (a fictional LotusTV brand) with
automatic content recognition (ACR).

The TV matches what is on screen and reports the matches (content id,
channel, start, seconds watched per programme), the viewing information the
FTC described for smart-TV ACR (FTC v. VIZIO, 2017,
https://www.ftc.gov/legal-library/browse/cases-proceedings/162-3024-vizio-inc-vizio-inscape-services-llc);
field names are the vendor's own, English. The TV is identified by an ACR
`psid`, its serial and its Wi-Fi MAC. An older firmware sends positional rows
keyed by a SHA-256 (first 32 hex) of the serial. The home rails, the app store
and the "trending in Việt Nam" audience shares are content fetches; the
network page answers with the TV's own MAC.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.lotustv.example"
ACR = "https://acr.lotustv.example"
UA = "LotusTV/8.1 (Linux; Android TV 12; LT-55Q7)"
CHANNELS = ["VTV1", "VTV3", "HTV7", "VTC3", "Netflix", "YouTube", "FPT Play"]
PROGRAMMES = [
    "Thời sự 19h",
    "Đường lên đỉnh Olympia",
    "Gặp nhau cuối năm",
    "Người ấy là ai",
    "Việt Nam - Thái Lan (AFF Cup)",
    "Ký sự Hà Nội xưa",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lotustv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tv/register")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "LT-55Q7",
            "country": "VN",
            "acrConsent": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrEndpoint": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/matches")
    b.header("x-tv-psid", b.id("tv_psid", where="header x-tv-psid"))
    b.view("json matches[] (ACR)")
    b.json(
        {
            "matches": [
                {
                    "contentId": f"lt{c.rng.randint(10**6, 10**7)}",
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
    b = FB(c, "lotustv", "POST", f"{ACR}/f")
    b.header("user-agent", "lt-acr/1.4")
    k = b.id("tv_serial", "sha256_trunc32", "json s", detectable=False)
    b.view("json m[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 6), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"s": k, "m": rows})
    b.no_content()
    return b.build()


def viewing_summary(c: Context) -> Flow:
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
    b.ok_json(
        {"type": "wifi", "mac": mac, "ssid": "VNPT_NGUYEN_5G", "rssi": -c.rng.randint(40, 80)}
    )
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/rails?lang=vi")
    b.ok_json(
        {
            "rails": [
                {"title": "Gợi ý cho bạn", "items": [f"app_{i}" for i in range(6)]},
                {"title": "Phim lẻ", "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)]},
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trending?country=VN")
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
                for a in ("youtube", "netflix", "fptplay", "tv360", "vieon", "zingmp3")
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "OK", "HOME", "BACK"]), "t": ms(c)})
    b.no_content()
    return b.build()
