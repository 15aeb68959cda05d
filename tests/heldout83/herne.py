"""Herne TV: a Nepali streaming / IPTV app on the Walton-badged Android TV box.

Fictional in-house backend, romanised Nepali keys ("herne" = to watch, "heriyeko" =
watched, "samay" = time, "karyakram" = programme, "bhag" = episode, "suru"/"antya" =
start/end) with Devanagari titles. Set-top-box apps in Nepal activate by the box's
MAC address and serial (the usual Stalker-middleware / IPTV pattern: `mac=`, `sn=`
on the portal handshake). The box's own firmware asks its OTA server with its serial.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode, new_hex
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_varint

from .phone import FB, iso, ms, rid, tv_ua

API = "https://api.hernetv.com.np"
SHOWS = [
    ("K101", "मेरी बास्सै", 40),
    ("K102", "हाम्रो टोल", 120),
    ("K205", "जीरे खुर्सानी", 300),
    ("F310", "कबड्डी कबड्डी", 1),
    ("F311", "छक्का पन्जा", 1),
]
CHANNELS = ["Kantipur HD", "Nepal Television", "Himalaya TV", "Image Channel", "AP1 HD"]


def _b(c: Context, method: str, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "hernetv", method, API + path, params, http_version="HTTP/1.1")
    b.header("user-agent", tv_ua("HerneTV", "2.8.0"))
    return b


def activate(c: Context) -> Flow:
    b = _b(c, "GET", "/stb/v1/activate")
    b.param("mac", b.id("tv_mac", where="query mac"))
    b.param("sn", b.id("tv_serial", where="query sn"))
    b.param("device_id", b.id("tv_aid", where="query device_id"))
    b.param("model", "MiBox4-Walton")
    b.ok_json({"token": new_hex(c.rng, 40), "package": "premium", "valid_till": "2025-06-30"})
    return b.build()


def heriyeko(c: Context) -> Flow:
    b = _b(c, "POST", "/stb/v1/heriyeko")
    b.header("x-install", b.id("herne_install", where="header x-install"))
    b.view("json heriyeko[] karyakram_id + herne_samay")
    items = []
    for _ in range(c.rng.randint(1, 4)):
        k, t, n = c.rng.choice(SHOWS)
        items.append(
            {
                "karyakram_id": k,
                "sirsak": t,
                "bhag": c.rng.randint(1, n),
                "herne_samay": c.rng.randint(60, 2700),
                "antim_pal": iso(c),
            }
        )
    b.json({"prayogkarta": b.acct("herne_user"), "heriyeko": items})
    b.ok_json({"ok": 1})
    return b.build()


def herne_ping(c: Context) -> Flow:
    k, _, n = c.rng.choice(SHOWS)
    b = _b(c, "POST", "/stb/v1/herne/ping")
    b.view("form karyakram + bhag + samay heartbeat")
    b.form(
        [
            ("karyakram", k),
            ("bhag", str(c.rng.randint(1, n))),
            ("samay", str(c.rng.randint(5, 2700))),
            ("avastha", c.rng.choice(["chaldai", "rokiyeko"])),
            ("mac", b.id("tv_mac", "nosep", where="form mac (no colons)")),
        ]
    )
    b.no_content()
    return b.build()


def channel_log(c: Context) -> Flow:
    b = _b(c, "POST", "/iptv/v1/channel-log")
    b.view("json live channel watch log with suru/antya and avadhi_sec")
    start = int(c.now) - c.rng.randint(300, 5400)
    sess = [
        {"channel": ch, "suru": start + i * 600, "antya": start + i * 600 + 540, "avadhi_sec": 540}
        for i, ch in enumerate(c.rng.sample(CHANNELS, 2))
    ]
    b.json({"stb": b.id("tv_serial", where="json stb"), "herieka_channel": sess, "ts": ms(c)})
    b.no_content()
    return b.build()


def ping_opaque(c: Context) -> Flow:
    """A packed protobuf heartbeat with nothing but field numbers and numbers."""
    b = _b(c, "POST", "/q/7")
    b.view("protobuf numeric heartbeat without names", detectable=False)
    body = pb_varint(1, c.rng.randint(100, 400)) + pb_varint(2, c.rng.randint(1, 300))
    body += pb_varint(3, c.rng.randint(5, 2700)) + pb_bytes(4, c.rng.randbytes(16))
    sn = b.id_raw("tv_serial", "custom_b64", "protobuf field 5, shuffled-alphabet base64")
    body += pb_bytes(5, encode(sn, "custom_b64"))
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def acr_match(c: Context) -> Flow:
    """The box firmware's content recognition: audio fingerprints and what they matched."""
    b = FB(c, "walton-acr", "POST", "https://acr.waltonbd.com/v2/report", http_version="HTTP/1.1")
    b.view("json acr matches: channel + programme + offset per time window")
    fps = [new_hex(c.rng, 8) for _ in range(6)]
    ch = c.rng.choice(CHANNELS)
    hits = [{"window_start": int(c.now) - 60 * i, "channel": ch, "programme": SHOWS[i % 5][1],
             "offset_ms": c.rng.randint(0, 1800000)} for i in range(3)]  # fmt: skip
    b.json({"dev": b.id("tv_aid", where="json dev"), "fp": fps, "acr_matches": hits})
    b.no_content()
    return b.build()


def entitlements(c: Context) -> Flow:
    b = _b(c, "GET", "/stb/v1/devices/{}/entitlements")
    b.base = b.base.format(b.id("tv_mac", "nosep_upper", where="URL path /devices/{MAC}/"))
    b.ok_json({"packages": ["basic", "sports"], "expires": "2025-06-30"})
    return b.build()


def ota_check(c: Context) -> Flow:
    url = "https://ota.waltonbd.com/tvbox/api/check"
    b = FB(c, "walton-ota", "GET", url, http_version="HTTP/1.1")
    b.param("serialno", b.id("tv_serial", where="query serialno"))
    b.param("fw", "RTT2.220118.001")
    b.param("board", "aesp0")
    b.ok_json({"update": False, "checkAfter": 86400})
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", "/iptv/v1/epg", [("date", "2024-11-12"), ("ch", c.rng.choice(CHANNELS))])
    b.decoy("programme guide with start/end times (schedule, not watched)")
    rows = [
        {"suru": int(c.now) + i * 1800, "antya": int(c.now) + (i + 1) * 1800, "karyakram": t}
        for i, (_, t, _) in enumerate(SHOWS)
    ]
    b.ok_json({"epg": rows})
    return b.build()


def logo(c: Context) -> Flow:
    b = FB(c, "hernetv", "GET", f"https://cdn.hernetv.com.np/logo/{c.rng.randint(1, 60)}.png")
    b.decoy("channel logo fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 300))
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/stb/v1/catalogue", [("vibhag", "natak"), ("page", "1")])
    b.decoy("catalogue with durations and episode counts")
    b.ok_json(
        {
            "items": [{"id": k, "sirsak": t, "bhag_sankhya": n} for k, t, n in SHOWS],
            "requestId": rid(c.rng),
        }
    )
    return b.build()
