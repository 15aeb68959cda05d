"""The living-room smart TV in St. Paul (a fictional Lumen brand) with automatic
content recognition (ACR), in the manner of Samba TV or Vizio Inscape.

The TV fingerprints what is on screen and reports matches (content id, network,
start, seconds watched per programme, input), the viewing data the FTC described
for smart-TV ACR (FTC v. VIZIO, 2017). The TV is identified by an ACR `psid`,
its serial and its Wi-Fi MAC. A newer firmware posts positional rows with an
SHA-256 of the MAC as the key. The TV's home rails, the app store, trending
counts and remote key presses are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.lumentv.example"
ACR = "https://acr.lumentv.example"
UA = "LumenTV/5.4 (Linux; Android TV 12; LM-65Q7)"
NETWORKS = ["KSTP 5", "KARE 11", "TPT 2", "Hmong TV Network", "YouTube", "Netflix", "FOX 9"]
PROGRAMMES = [
    "Minnesota Vikings vs Green Bay",
    "KARE 11 News at 10",
    "Hmong Evening News",
    "3HmongTV: Xov Xwm Hmoob",
    "Wheel of Fortune",
    "Nkauj Hmoob Live Concert",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lumentv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/activate")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "serial_number": b.id("tv_serial", where="json serial_number"),
            "wifi_mac": b.id("tv_mac", where="json wifi_mac"),
            "model": "LM-65Q7",
            "zip": "55106",
            "viewing_data_opt_in": True,
        }
    )
    b.ok_json({"household": b.acct("tv_account"), "acr_host": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v4/viewing/matches")
    b.header("x-acr-psid", b.id("tv_psid", where="header x-acr-psid"))
    b.view("json matches[] content_id/network/watched_seconds (ACR)")
    b.json(
        {
            "tv_serial": b.id("tv_serial", where="json tv_serial"),
            "matches": [
                {
                    "content_id": f"EP{c.rng.randint(10**8, 10**9)}",
                    "network": c.rng.choice(NETWORKS),
                    "title": c.rng.choice(PROGRAMMES),
                    "match_start": iso(c),
                    "watched_seconds": c.rng.randint(60, 3600),
                    "input": c.rng.choice(["HDMI1", "ATSC", "APP"]),
                    "confidence": rf(c.rng, 0.8, 1.0, 2),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = FB(c, "lumentv", "POST", f"{ACR}/q")
    b.header("user-agent", "lm-acrd/3.1")
    k = b.id("tv_mac", "sha256", "json h", detectable=False)
    b.view("json r[] positional rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 6), ms(c), c.rng.randint(30, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"h": k, "r": rows, "z": 3})
    b.no_content()
    return b.build()


def recently_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/household/recently-watched?limit=8")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("response json recently_watched[]", direction="response")
    b.ok_json(
        {
            "recently_watched": [
                {
                    "title": c.rng.choice(PROGRAMMES),
                    "network": c.rng.choice(NETWORKS),
                    "last_watched": iso(c),
                    "minutes": c.rng.randint(5, 180),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def network_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/device/network")
    mac = b.id("tv_mac", "nosep", "response json mac (no colons)", direction="response")
    b.ok_json(
        {"iface": "wlan0", "mac": mac, "ssid": "VANG-FAMILY-5G", "rssi": -c.rng.randint(40, 75)}
    )
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home?lang=en-US")
    b.ok_json(
        {
            "rails": [
                {"title": "Apps", "items": ["youtube", "netflix", "suabnkauj", "pluto"]},
                {
                    "title": "Free Channels",
                    "items": [f"ch_{c.rng.randint(100, 999)}" for _ in range(6)],
                },
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/trending?dma=613")
    b.decoy("aggregate audience shares in the Minneapolis DMA (not one household)")
    b.ok_json(
        {
            "trending": [
                {"title": t, "network": n, "share": rf(c.rng, 1, 25, 1)}
                for t, n in zip(PROGRAMMES, NETWORKS, strict=False)
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/remote/event")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "OK", "BACK"]), "t": ms(c)})
    b.no_content()
    return b.build()
