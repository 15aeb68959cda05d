"""The living-room smart TV (a local brand's Android TV firmware, "ParsVision").

Its content-recognition service reports what was on screen (`acr`, `barname`,
`kanal`, `zaman_did`) with the TV's Wi-Fi MAC; the set-top tuner logs channel
changes. A second ACR path posts protobuf with field numbers only. The EPG,
firmware check and app-store rail are ordinary; so is the TV's local
"ambient mode" screensaver schedule.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_fixed64, pb_msg, pb_varint

from .phone import FB, iso, ms

API = "https://tv.parsvision.example"
UA = "ParsVision-SmartTV/2.3 (Linux; Android 11; PV-55UQ)"
PROGRAMS = ["اخبار ۲۰:۳۰", "فوتبال برتر", "سریال نون خ", "مستند ایران", "کودک"]
CHANNELS = ["شبکه سه", "شبکه نسیم", "شبکه ورزش", "شبکه یک", "شبکه آی‌فیلم"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "parsvision", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/acr/v2/gozaresh")
    b.view("json acr_natije[].barname + zaman_did")
    b.json(
        {
            "tv_mac": b.id("tv_mac", where="json tv_mac"),
            "acr_natije": [
                {
                    "kanal": c.rng.choice(CHANNELS),
                    "barname": c.rng.choice(PROGRAMS),
                    "zaman_did": c.rng.randint(30, 900),
                    "shoro": iso(c),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.no_content()
    return b.build()


def tuner_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/tuner/v1/channel-change")
    b.view("json from_channel/to_channel + dwell_sec")
    b.json(
        {
            "serial": b.id("tv_serial", where="json serial"),
            "events": [
                {
                    "from_channel": c.rng.randint(1, 40),
                    "to_channel": c.rng.randint(1, 40),
                    "dwell_sec": c.rng.randint(5, 2400),
                    "ts": ms(c),
                }
                for _ in range(c.rng.randint(2, 6))
            ],
        }
    )
    b.no_content()
    return b.build()


def acr_protobuf(c: Context) -> Flow:
    """Fingerprint matches as protobuf: channel number, programme code, seconds, ts."""
    b = _b(c, "POST", f"{API}/a/p")
    b.view("protobuf field 2 rows (channel, programme, seconds)", detectable=False)
    rows = [
        pb_msg(
            2,
            [
                pb_varint(1, c.rng.randint(1, 40)),
                pb_varint(2, c.rng.randint(10**5, 10**6)),
                pb_varint(3, c.rng.randint(30, 900)),
                pb_fixed64(4, ms(c)),
            ],
        )
        for _ in range(c.rng.randint(1, 3))
    ]
    body = pb_bytes(1, b.id("tv_mac", "nosep", "protobuf field 1", detectable=False)) + b"".join(
        rows
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/epg/v1/jadval?rooz=emrooz")
    b.decoy("EPG schedule: what is on, not what was watched")
    b.ok_json(
        {
            "jadval": [
                {
                    "kanal": k,
                    "barname": c.rng.choice(PROGRAMS),
                    "saat": f"{c.rng.randint(8, 23)}:00",
                }
                for k in CHANNELS
            ]
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ota/v1/check?model=PV-55UQ&build=2.3.114")
    b.decoy("firmware version check with a build hash")
    b.ok_json(
        {
            "update": False,
            "latest": "2.3.114",
            "sha256": "".join(c.rng.choice("0123456789abcdef") for _ in range(64)),
        }
    )
    return b.build()
