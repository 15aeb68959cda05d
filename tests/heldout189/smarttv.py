"""Ekrans: a smart TV's "viewing information" (ACR) service and its companion app.

The TV fingerprints what is on screen and uploads matches: channel or app,
programme, start and seconds (`matched_content`, as smart-TV ACR reports are
described in FTC v. VIZIO, 2017). The TV's newer firmware compresses batches,
still with named keys; a low-level fingerprint upload sends bare hash rows.
The TV is named by its Wi-Fi MAC and a token its ACR client makes. The app
store listing, the remote key presses and the weather widget are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, ua

ACR = "https://acr.ekrans-tv.example"
API = "https://api.ekrans-tv.example"
TV_UA = "Mozilla/5.0 (Linux; WebOS-like EkransOS 7.2; 55EQ8) SmartTV"
PROGS = [
    "Panorama",
    "Tas Bezdelīgas",
    "Kas ir kas",
    "NBA: Celtics - Knicks",
    "Netflix: Wednesday S1E3",
]


def acr_report(c: Context) -> Flow:
    b = FB(c, "ekrans-acr", "POST", f"{ACR}/v4/viewing")
    b.header("user-agent", TV_UA)
    b.view("json matched_content[] (source, title, start, seconds)")
    body = {
        "tv_mac": b.id("tv_mac", where="json tv_mac"),
        "acr_token": b.id("tv_acr_token", where="json acr_token"),
        "matched_content": [
            {
                "source": c.rng.choice(["HDMI1", "tuner", "app:netflix"]),
                "title": c.rng.choice(PROGS),
                "start": iso(c),
                "seconds": c.rng.randint(30, 3600),
            }
            for _ in range(c.rng.randint(1, 4))
        ],
    }
    b.json(body, encoding="gzip" if c.rng.random() < 0.5 else None)
    b.no_content()
    return b.build()


def fingerprint_rows(c: Context) -> Flow:
    b = FB(c, "ekrans-acr", "POST", f"{ACR}/fp")
    b.header("user-agent", TV_UA)
    b.view("text rows: fingerprint hash, epoch ms (no names)", detectable=False)
    rows = "\n".join(f"{new_hex(c.rng, 16)}\t{ms(c) - i * 15000}" for i in range(6))
    b.set_body(rows.encode(), "text/plain")
    b.no_content()
    return b.build()


def companion_pair(c: Context) -> Flow:
    b = FB(c, "ekrans-app", "POST", f"{API}/v2/tv/pair")
    b.header("user-agent", ua("EkransRemote", "3.3.0"))
    b.json(
        {
            "tvMacAddress": b.id("tv_mac", "upper", "json tvMacAddress"),
            "pin": str(c.rng.randint(1000, 9999)),
        }
    )
    b.ok_json({"paired": True})
    return b.build()


def keypress(c: Context) -> Flow:
    b = FB(c, "ekrans-app", "POST", f"{API}/v2/remote/key")
    b.header("user-agent", ua("EkransRemote", "3.3.0"))
    b.json({"key": c.rng.choice(["VOL_UP", "OK", "HOME", "CH_DOWN"]), "ts": ms(c)})
    b.no_content()
    return b.build()


def store(c: Context) -> Flow:
    b = FB(c, "ekrans-tv", "GET", f"{API}/v2/store/featured?country=LV")
    b.header("user-agent", TV_UA)
    b.ok_json(
        {
            "apps": [
                {"id": a, "rating": rf(c.rng, 3, 5, 1)}
                for a in ("netflix", "go3", "lrt", "youtube")
            ]
        }
    )
    return b.build()
