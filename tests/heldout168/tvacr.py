"""The living-room Samsung TV: automatic content recognition (ACR) reports and the
phone's TV-companion calls.

ACR matches what is on screen and reports content, channel and matched seconds;
its older client posts binary fingerprint-match records. The TV is identified by
its DUID, its Wi-Fi MAC and PSID (the TV's advertising id). Field names are
this set's own, after Samsung's description of its "viewing information" service.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

ACR = "https://log-ingestion-eu.samsungacr.com"
APP = "https://tv.thuisscherm.example"
TV_UA = (
    "Mozilla/5.0 (SMART-TV; LINUX; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko) "
    "TV Safari/537.36"
)
KANALEN = ["NPO 1", "RTL 4", "VTM", "Eén", "SBS6", "Netflix", "Videoland", "Ziggo Sport"]


def acr_report(c: Context) -> Flow:
    b = FB(c, "samsung-acr", "POST", f"{ACR}/v2/viewing/report")
    b.header("user-agent", TV_UA)
    b.view("json matches[] contentId + channel + viewedSeconds")
    b.json(
        {
            "duid": b.id("tv_duid", where="json duid"),
            "psid": b.id("tv_psid", where="json psid (TV advertising id)"),
            "matches": [
                {
                    "contentId": f"EP{c.rng.randint(10**8, 10**9)}",
                    "channel": c.rng.choice(KANALEN),
                    "matchStart": iso(c),
                    "viewedSeconds": c.rng.randint(30, 3600),
                    "source": c.rng.choice(["HDMI1", "TUNER", "APP"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_binary(c: Context) -> Flow:
    """Packed records (content hash, channel index, start, seconds): nothing readable."""
    recs = b"".join(
        struct.pack(
            "<QHIH", c.rng.getrandbits(64), c.rng.randint(0, 7), int(c.now), c.rng.randint(30, 3600)
        )
        for _ in range(c.rng.randint(2, 6))
    )
    b = FB(c, "samsung-acr", "POST", f"{ACR}/fp/u")
    b.header("user-agent", TV_UA)
    b.view("binary packed match records", detectable=False)
    b.set_body(recs, "application/octet-stream")
    b.no_content()
    return b.build()


def tv_koppelen(c: Context) -> Flow:
    b = FB(c, "thuisscherm", "POST", f"{APP}/v1/tv/koppel")
    b.header("user-agent", ua("Thuisscherm", "2.3.1"))
    b.json(
        {
            "duid": b.id("tv_duid", where="json duid"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "QE55Q80C",
            "pincode": str(c.rng.randint(1000, 9999)),
        }
    )
    b.ok_json({"ok": True, "sessie": rid(c.rng)})
    return b.build()


def tv_config(c: Context) -> Flow:
    b = FB(c, "samsung-acr", "GET", f"{ACR}/config?cc=NL&v=3.4")
    b.header("user-agent", TV_UA)
    mac = b.id("tv_mac", "nosep_upper", "response json deviceMac", direction="response")
    b.ok_json({"enabled": True, "intervalSec": 600, "deviceMac": mac, "serverTime": ms(c)})
    return b.build()


def afstandsbediening(c: Context) -> Flow:
    b = FB(c, "thuisscherm", "POST", f"{APP}/v1/tv/toets")
    b.header("user-agent", ua("Thuisscherm", "2.3.1"))
    b.json({"toets": c.rng.choice(["KEY_VOLUP", "KEY_CHUP", "KEY_HOME"]), "ts": ms(c)})
    b.no_content()
    return b.build()
