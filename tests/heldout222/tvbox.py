"""The Android TV box in the Tehran living room (a cheap X96-class box) running
the IPTV / live-TV app of an Iranian home-internet provider's TV service.

The box logs in with its Ethernet MAC, serial and its own ANDROID_ID, and the
service's device id derived from them. When a channel or a programme from the
catch-up archive plays, the app posts a play log (channel, programme, seconds);
the provider's QoS probe reports rows [channel, bitrate, seconds] keyed by a
SHA-256 of the MAC without names. The channel list, the EPG, stream-link
requests and the box's OTA check (firmware build numbers) are not viewing
history; the OTA check carries the serial.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf

API = "https://iptv.shabakeh-tv.example/api"
UA = "ShabakehTV/3.1.0 (Linux; Android 9; X96 Max Plus)"
CHANNELS = [
    (3, "IRIB 3"),
    (4, "IRIB Varzesh"),
    (5, "IRIB Nasim"),
    (7, "IRIB Tamasha"),
    (9, "IRIB Pooya"),
    (11, "IRIB Mostanad"),
]
SHOWS = ["خندوانه", "فوتبال برتر", "نود", "پایتخت", "ماجرای نیمروز"]


def _b(c: Context, method: str, url: str, mac: bool = True) -> FB:
    b = FB(c, "shabakeh-tv", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.header("x-subscriber", b.acct("box_subscriber"))
    if mac:
        b.header("x-stb-mac", b.id("box_mac", "nosep_upper", "header x-stb-mac"))
    return b


def login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/stb/login", mac=False)
    b.json(
        {
            "mac": b.id("box_mac", where="json mac"),
            "serial": b.id("box_serial", where="json serial"),
            "androidId": b.id("aid_box", where="json androidId"),
            "deviceId": b.id("box_device_id", where="json deviceId"),
            "model": "X96 Max Plus",
            "firmware": "X96MAX+_9.0_20230412",
        }
    )
    b.ok_json({"token": new_hex(c.rng, 40), "expires": 86400})
    return b.build()


def play_log(c: Context) -> Flow:
    ch, name = c.rng.choice(CHANNELS)
    b = _b(c, "POST", f"{API}/v2/log/pakhsh")
    b.view("json kanal/barname/sanie (play log)")
    b.json(
        {
            "kanalId": ch,
            "kanal": name,
            "barname": c.rng.choice(SHOWS),
            "noe": c.rng.choice(["zendeh", "archive"]),
            "sanie": c.rng.randint(30, 3600),
            "shoru": iso(c),
        }
    )
    b.no_content()
    return b.build()


def qos_probe(c: Context) -> Flow:
    b = FB(c, "shabakeh-tv", "POST", "https://qos.shabakeh-tv.example/q", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    k = b.id("box_mac", "sha256", "json k", detectable=False)
    b.view("json r[] rows", detectable=False)
    rows = [
        [c.rng.choice(CHANNELS)[0], c.rng.choice([1800, 3500, 6000]), c.rng.randint(10, 600)]
        for _ in range(3)
    ]
    b.json({"k": k, "r": rows, "t": ms(c)})
    b.no_content()
    return b.build()


def channels(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/kanal-ha")
    b.ok_json(
        {
            "kanal-ha": [
                {"id": i, "nam": n, "logo": f"https://cdn.shabakeh-tv.example/l/{i}.png"}
                for i, n in CHANNELS
            ]
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    ch, _ = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"{API}/v2/jadval-pakhsh?kanal={ch}&rooz=0")
    b.decoy("EPG programme start times and durations (content fetch)")
    b.ok_json(
        {
            "barname-ha": [
                {"onvan": s, "shoru": iso(c), "modat": c.rng.choice([30, 45, 60, 90])}
                for s in SHOWS
            ]
        }
    )
    return b.build()


def stream_link(c: Context) -> Flow:
    ch, _ = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"{API}/v2/link?kanal={ch}")
    b.ok_json({"url": f"https://live.shabakeh-tv.example/{ch}/index.m3u8?t={new_hex(c.rng, 32)}"})
    return b.build()


def ota_check(c: Context) -> Flow:
    b = FB(c, "x96-ota", "GET", "https://ota.x96box.example/check", http_version="HTTP/1.1")
    b.header("user-agent", "OTAUpdater/1.2")
    b.param("sn", b.id("box_serial", where="query sn"))
    b.param("model", "X96MaxPlus")
    b.param("build", "20230412")
    b.decoy("firmware build numbers and checksum")
    b.ok_json(
        {"update": False, "latest": "20240118", "md5": new_hex(c.rng, 32), "size": 512 * 1024**2}
    )
    return b.build()


def speedtest(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/speed?kb=512", mac=False)
    b.ok_json({"mbps": rf(c.rng, 4, 60, 1)})
    return b.build()
