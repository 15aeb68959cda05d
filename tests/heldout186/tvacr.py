"""The living-room smart TV (Tizen-class) with ACR switched on in its settings.

ACR matches what is on screen and reports the matched programmes: content id,
channel, start and duration (as the FTC describes smart-TV ACR data, FTC v.
VIZIO, 2017). The report names the TV by an ACR id and its Wi-Fi MAC. A second
path uploads raw fingerprints with the match results packed in a binary
frame under nothing readable. Ads config and the app store list are ordinary.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms

ACR = "https://acr.lumatv.example"
UA = "LumaTV/T-KTM2 Tizen/6.5 (55Q70)"
SHOWS = ["Derana 360", "Hiru News 7pm", "Kolamba Ahasa Ep 212", "Super Singer Tamil", "LPL Live"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lumatv-acr", method, url)
    b.header("user-agent", UA)
    return b


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v3/acr/viewing")
    b.view("json matches[] (ACR content matches with durations)")
    b.json(
        {
            "acrId": b.id("tv_acr_id", where="json acrId"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "matches": [
                {
                    "contentId": f"ct{c.rng.randint(10**6, 10**7)}",
                    "title": c.rng.choice(SHOWS),
                    "source": c.rng.choice(["HDMI1", "TUNER"]),
                    "start": iso(c),
                    "durationSec": c.rng.randint(60, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_binary(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/f")
    b.view("binary frame: content ids, offsets, timestamps (packed)", detectable=False)
    body = b"".join(
        struct.pack("<IIQ", c.rng.randint(10**6, 10**7), c.rng.randint(0, 3600), ms(c))
        for _ in range(c.rng.randint(2, 5))
    )
    b.set_body(body, "application/octet-stream")
    b.no_content()
    return b.build()


def ads_config(c: Context) -> Flow:
    b = _b(c, "GET", f"{ACR}/v3/config?country=LK")
    b.decoy("ACR config: sampling intervals (no report)")
    b.ok_json({"acrEnabled": True, "sampleMs": 500, "uploadEverySec": 300})
    return b.build()


def tv_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v3/device/hb")
    b.json({"acrId": b.id("tv_acr_id", where="json acrId"), "fw": "T-KTM2-1450.3", "ts": ms(c)})
    b.ok_json({"ok": True})
    return b.build()
