"""The smart TV in the Antananarivo living room (a fictional Lanitra brand) with
automatic content recognition (ACR).

The TV matches what is on screen and reports the matches (content id, channel,
start, seconds watched), the viewing information the FTC described for
smart-TV ACR (FTC v. VIZIO, 2017); field names are the vendor's own. The TV is
identified by an ACR `psid`, its serial and its Wi-Fi MAC. An older ACR client
sends positional rows keyed by a SHA-256 of the serial. Home rails, the app
store and the "trending in Madagascar" audience shares are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.lanitra-tv.example"
ACR = "https://acr.lanitra-tv.example"
UA = "LanitraTV/6.1 (Linux; Android TV 12; LN-50Q7)"
CHANNELS = ["TVM", "Kolo TV", "RTA", "Viva TV", "Canal+", "YouTube", "JeryTV"]
PROGRAMMES = [
    "Vaovao amin'ny 8 ora",
    "Barea vs Comores",
    "Fitiavana sy Fanantenana",
    "Kintana Mandroso",
    "Ligue 1 : PSG - OM",
    "Tantara an-tsary",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lanitra-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/register")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "LN-50Q7",
            "country": "MG",
            "acrOptIn": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acr": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/viewing")
    b.header("x-acr-psid", b.id("tv_psid", where="header x-acr-psid"))
    b.view("json matches[] (ACR)")
    b.json(
        {
            "matches": [
                {
                    "contentId": f"ln{c.rng.randint(10**6, 10**7)}",
                    "channel": c.rng.choice(CHANNELS),
                    "title": c.rng.choice(PROGRAMMES),
                    "matchedAt": iso(c),
                    "watchedSeconds": c.rng.randint(60, 3600),
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
    b = FB(c, "lanitra-tv", "POST", f"{ACR}/f")
    b.header("user-agent", "ln-acr/1.7")
    k = b.id("tv_serial", "sha256", "json s", detectable=False)
    b.view("json f[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 6), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"s": k, "f": rows})
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
    b = _b(c, "GET", f"{API}/v1/device/network")
    mac = b.id("tv_mac", "nosep", "response json macAddress", direction="response")
    b.ok_json(
        {
            "type": "wifi",
            "macAddress": mac,
            "ssid": "TELMA-FIBRE-5G",
            "rssi": -c.rng.randint(40, 80),
        }
    )
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/rails?lang=fr")
    b.ok_json(
        {
            "rails": [
                {"title": "Recommandé", "items": [f"app_{i}" for i in range(6)]},
                {"title": "Films", "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)]},
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trending?country=MG")
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
                {"id": a, "rating": rf(c.rng, 3, 5, 1)} for a in ("youtube", "jerytv", "canalplus")
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "OK", "BACK"]), "t": ms(c)})
    b.no_content()
    return b.build()
