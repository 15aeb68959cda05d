"""The household's smart TV (ACR "viewing information" service) and the Android TV
box's live-TV app (Ethiopian satellite channels).

The TV's ACR client reports matched content per channel with its Wi-Fi MAC and a
TV-made `psid`; one firmware ships the fingerprint matches as a gzip+base64 blob
under `pl`. The box's live-TV app logs channel tuning. The EPG, the TV's firmware
check and the box's app-store list are not sensitive.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import gz, js

from .phone import FB, iso, ms, rid

ACR = "https://acr.nilevision-tv.example"
LIVE = "https://live.ethiosat-box.example"
CHANNELS = ["EBS TV", "ETV Zena", "Fana TV", "OBN", "Kana TV", "Amhara TV", "Walta TV"]
SHOWS = ["Seifu on EBS", "Zena 2 seat", "Dana Drama", "Oduu OBN", "Kana: Gulf"]
TV_UA = "NileVision-ACR/2.3 (Linux; SmartTV; NV-43F)"
BOX_UA = "EthioSatLive/1.9 (Linux; Android 11; X96 Max Plus)"


def acr_report(c: Context) -> Flow:
    b = FB(c, "tv-acr", "POST", f"{ACR}/v1/acr/matches")
    b.header("user-agent", TV_UA)
    b.view("json matches[] (content, channel, start, seconds)")
    b.json(
        {
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "psid": (b.other_id("tv_psid", "json psid"), c.phone.tv_psid)[1],
            "matches": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "content": c.rng.choice(SHOWS),
                    "start": iso(c),
                    "seconds": c.rng.randint(30, 1800),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        }
    )
    b.no_content()
    return b.build()


def acr_blob(c: Context) -> Flow:
    b = FB(c, "tv-acr", "POST", f"{ACR}/v1/acr/b")
    b.header("user-agent", TV_UA)
    b.view("json pl (gzip+base64 fingerprint matches)", detectable=False)
    rows = js([[c.rng.randint(1, 60), c.rng.randint(10**6, 10**7), ms(c)] for _ in range(5)])
    b.json({"pl": base64.b64encode(gz(rows.encode())).decode(), "f": 23})
    b.no_content()
    return b.build()


def tuning_log(c: Context) -> Flow:
    b = FB(c, "ethiosat-live", "POST", f"{LIVE}/api/stat/channel")
    b.header("user-agent", BOX_UA)
    b.view("json tuned channel with from/to (live-channel tuning log)")
    b.json(
        {
            "box_sn": b.id("tvbox_serial", where="json box_sn"),
            "channel": c.rng.choice(CHANNELS),
            "from": ms(c) - c.rng.randint(60, 3600) * 1000,
            "to": ms(c),
        }
    )
    b.no_content()
    return b.build()


def box_ping(c: Context) -> Flow:
    """The box's keep-alive: the Wi-Fi MAC without separators under a one-letter key."""
    b = FB(c, "ethiosat-live", "GET", f"{LIVE}/k")
    b.header("user-agent", BOX_UA)
    b.param(
        "m",
        b.id("tvbox_mac", "nosep_upper", where="query m (MAC, no separators)", detectable=False),
    )
    b.param("t", str(ms(c)))
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(c, "ethiosat-live", "GET", f"{LIVE}/api/epg?day=today")
    b.header("user-agent", BOX_UA)
    b.decoy("programme guide with start times and durations (catalogue)")
    b.ok_json(
        {
            "ch": [
                {"name": n, "now": c.rng.choice(SHOWS), "start": iso(c), "dur": 3600}
                for n in CHANNELS
            ]
        }
    )
    return b.build()


def tv_firmware(c: Context) -> Flow:
    b = FB(c, "tv", "GET", "https://fw.nilevision-tv.example/check?model=NV-43F&ver=2.3.118")
    b.header("user-agent", TV_UA)
    b.decoy("firmware hash and request id")
    b.ok_json({"latest": "2.3.121", "sha256": rid(c.rng).replace("-", "") * 2, "req": rid(c.rng)})
    return b.build()
