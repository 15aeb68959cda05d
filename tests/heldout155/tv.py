"""The living-room smart TV (a Walton 55-inch Google-less smart TV) and its maker's
cloud: ACR (automatic content recognition) reports of what is on screen, firmware
checks with the TV's serial and Wi-Fi MAC, and the TV-side ad id (`psid`).

Matched ACR reports use readable keys (`matched_content`, `channel`, `watch_start`);
a binary variant posts a deflated array with single-letter keys (opaque). EPG
grids, firmware manifests and the app-store listing are ordinary.
"""

from __future__ import annotations

import json

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, deflate

from .phone import FB, bd_time, iso, rf

ACR = "https://acr.waltontv-cloud.example"
CLOUD = "https://cloud.waltontv-cloud.example"
UA = "WaltonSmartTV/5.2 (Linux; WTV55G7; firmware 2024.09.12)"
PROGRAMS = [
    ("Channel i", "Hanif Sanket"),
    ("BTV", "Ittyadi"),
    ("T Sports", "BPL: Comilla vs Rangpur"),
    ("Deepto TV", "Sultan Suleiman (Bangla dub)"),
    ("Zee Bangla", "Didi No. 1"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "walton-tv", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/acr/match")
    ch, prog = c.rng.choice(PROGRAMS)
    b.view("json matched_content {channel, program, watch_start, watch_sec} (TV ACR)")
    b.json(
        {
            "tv_serial": b.id("tv_serial", where="json tv_serial"),
            "psid": b.id("tv_acr_psid", where="json psid (TV ad id)"),
            "matched_content": {
                "channel": ch,
                "program": prog,
                "watch_start": bd_time(c.now - 600),
                "watch_sec": c.rng.randint(10, 600),
            },
            "fp_algo": "audio-v3",
        }
    )
    b.ok_json({"accepted": True})
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/a")
    b.view("deflate+base64 rows with single-letter keys c,p,s,d", detectable=False)
    rows = [
        {"c": ch, "p": p, "s": int(c.now) - 600, "d": c.rng.randint(10, 600)}
        for ch, p in c.rng.sample(PROGRAMS, 2)
    ]
    b.json(
        {
            "z": b64(deflate(json.dumps(rows).encode())),
            "i": b.id("tv_acr_psid", where="json i (TV ad id)", detectable=False),
        }
    )
    b.no_content()
    return b.build()


def firmware_check(c: Context) -> Flow:
    b = _b(c, "GET", f"{CLOUD}/fw/check")
    b.param("model", "WTV55G7")
    b.param("sn", b.id("tv_serial", where="query sn"))
    b.param("mac", b.id("tv_mac", where="query mac"))
    b.decoy("firmware version and sha256 of the image")
    b.ok_json({"latest": "2024.11.02", "sha256": "9f" * 32, "mandatory": False})
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{CLOUD}/epg/grid?region=BD&date=2024-12-01")
    b.decoy("EPG grid: programme schedule for all viewers")
    b.ok_json({"grid": [{"channel": ch, "title": p, "start": iso(c)} for ch, p in PROGRAMS]})
    return b.build()


def store_listing(c: Context) -> Flow:
    b = _b(c, "GET", f"{CLOUD}/store/apps?cat=video")
    b.decoy("TV app store listing with ratings")
    b.ok_json(
        {
            "apps": [
                {"pkg": p, "rating": rf(c.rng, 3, 5, 1)}
                for p in ("com.bongoflix.tv", "com.kolpotaru.tv", "com.google.android.youtube.tv")
            ]
        }
    )
    return b.build()
