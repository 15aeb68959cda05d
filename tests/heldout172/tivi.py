"""The living room in Hanoi: a SaoMai smart TV with ACR and a HomeBox Android TV box
(IPTV channels), both on the household Wi-Fi behind the proxy.

Viewing history: the TV's ACR reports (channel, programme, start, seconds),
its raw fingerprint batches (hash blobs under `fp`, nothing readable), the box's
channel-zap log, and the box's msgpack log (integer keys only). The TV's serial
and Wi-Fi MAC go out at registration, the box's serial, MAC, ANDROID_ID and
advertising id at login. Not sensitive: the EPG (a schedule), firmware checks,
the TV's weather widget, the all-viewer ratings rail.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, mpack

from .phone import FB, ms, rf

ACR = "https://acr.saomaitv.example"
TVAPI = "https://api.saomaitv.example"
BOX = "https://api.homebox.example"
TV_UA = "Mozilla/5.0 (Linux; Android 11; SMTV-55UQ8) AppleWebKit/537.36 SaoMaiTV/2.4"
BOX_UA = "HomeBox/2.9.3 (Linux; Android 11; HB-S905X4)"
CHANNELS = [
    ("VTV1", 1, ["Thời sự 19h", "Chuyển động 24h"]),
    ("VTV3", 3, ["Gặp nhau cuối tuần", "Phim truyện: Cuộc đời vẫn đẹp sao"]),
    ("HTV7", 7, ["Ký ức vui vẻ", "Hôn nhân hạnh phúc"]),
    ("VTV6", 6, ["Trực tiếp V.League: Hà Nội FC - Viettel", "Bản tin thể thao"]),
    ("THVL1", 21, ["Phim: Tiếng sét trong mưa"]),
]


def _iso_before(c: Context, seconds: int) -> str:
    """When a detection started, `seconds` before now (ACR reports come in late)."""
    when = datetime.fromtimestamp(c.now - seconds, UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _tv(c: Context, method: str, url: str) -> FB:
    b = FB(c, "saomai_tv", method, url, http_version="HTTP/1.1")
    b.header("user-agent", TV_UA)
    return b


def _box(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "homebox", method, url)
    b.header("user-agent", BOX_UA)
    if device:
        b.header("x-box-serial", b.id("box_serial", where="header x-box-serial"))
    return b


def tv_register(c: Context) -> Flow:
    b = _tv(c, "POST", f"{TVAPI}/v1/tv/register")
    b.json(
        {
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "macAddress": b.id("tv_mac", where="json macAddress"),
            "psid": b.id("tv_psid", where="json psid (TV platform id)"),
            "model": "SMTV-55UQ8",
            "fw": "T-KTSU2AKUC-1208.3",
            "acrConsent": True,
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def acr_report(c: Context) -> Flow:
    ch, _, progs = c.rng.choice(CHANNELS)
    b = _tv(c, "POST", f"{ACR}/v2/detections")
    b.view("json detections[] channel + program + start + durationSec (ACR)")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "detections": [
                {
                    "channel": ch,
                    "program": c.rng.choice(progs),
                    "source": c.rng.choice(["HDMI1", "TUNER"]),
                    "start": _iso_before(c, back),
                    "durationSec": c.rng.randint(30, 1800),
                }
                for back in sorted(c.rng.sample(range(60, 5400, 60), c.rng.randint(1, 3)))
            ],
        }
    )
    b.no_content()
    return b.build()


def acr_fingerprints(c: Context) -> Flow:
    b = _tv(c, "POST", f"{ACR}/v2/fp")
    b.view("json fp (video fingerprint hash blob) + t", detectable=False)
    b.json(
        {
            "s": b.id("tv_mac", "md5_of_nosep", "json s (md5 of MAC)", detectable=False),
            "fp": b64(c.rng.randbytes(320)),
            "t": ms(c),
        }
    )
    b.ok_json({"m": c.rng.randint(0, 9999)})
    return b.build()


def tv_firmware(c: Context) -> Flow:
    b = _tv(c, "GET", f"{TVAPI}/v1/fw/check?model=SMTV-55UQ8&ver=1208.3")
    b.decoy("firmware version and a package hash")
    b.ok_json({"latest": "1208.5", "sha256": new_hex(c.rng, 64), "size": 812345678})
    return b.build()


def tv_weather(c: Context) -> Flow:
    b = _tv(c, "GET", f"{TVAPI}/v1/widget/thoi-tiet?city=Ha%20Noi")
    b.ok_json(
        {"nhiet_do": rf(c.rng, 18, 33, 1), "do_am": c.rng.randint(60, 95), "mo_ta": "Có mưa rào"}
    )
    return b.build()


def box_login(c: Context) -> Flow:
    b = _box(c, "POST", f"{BOX}/api/v3/box/dang-nhap", device=False)
    b.json(
        {
            "serial": b.id("box_serial", where="json serial"),
            "mac_lan": b.id("box_mac", where="json mac_lan"),
            "android_id": b.id("box_aid", where="json android_id"),
            "ad_id": b.id("box_gaid", where="json ad_id"),
            "ma_cai_dat": b.id("box_install", where="json ma_cai_dat (install id)"),
            "phien_ban": "2.9.3",
        }
    )
    b.ok_json({"token": new_hex(c.rng, 48), "goi_cuoc": "Max", "het_han": "2025-06-30"})
    return b.build()


def channel_zap(c: Context) -> Flow:
    ch, no, _ = c.rng.choice(CHANNELS)
    b = _box(c, "POST", f"{BOX}/api/v3/log/chuyen-kenh")
    b.view("json kenh + so_kenh + bat_dau/ket_thuc (IPTV channel log)")
    start = ms(c) - c.rng.randint(20, 3600) * 1000
    b.json({"kenh": ch, "so_kenh": no, "bat_dau": start, "ket_thuc": ms(c), "nguon": "iptv"})
    b.no_content()
    return b.build()


def box_msgpack_log(c: Context) -> Flow:
    """Integer keys only: {0: serial, 1: [[channel no, start, seconds], ...]}."""
    b = _box(c, "POST", f"{BOX}/l", device=False)
    b.view("msgpack key 1 rows [channel no, start, seconds]", detectable=False)
    serial = b.id("box_serial", where="msgpack key 0", detectable=False)
    rows = [
        [c.rng.choice(CHANNELS)[1], ms(c) // 1000, c.rng.randint(20, 3600)]
        for _ in range(c.rng.randint(2, 5))
    ]
    b.set_body(mpack({0: serial, 1: rows}), "application/x-msgpack")
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    ch, _, progs = c.rng.choice(CHANNELS)
    b = _box(c, "GET", f"{BOX}/api/v3/lich-phat-song?kenh={ch}&ngay=2024-11-05")
    b.decoy("EPG: the channel's schedule with start times (not what anyone watched)")
    b.ok_json(
        {
            "kenh": ch,
            "ds": [
                {"ten": p, "bat_dau": f"2024-11-05T{12 + i}:00:00+07:00"}
                for i, p in enumerate(progs)
            ],
        }
    )
    return b.build()


def ratings_rail(c: Context) -> Flow:
    b = _box(c, "GET", f"{BOX}/api/v3/xem-nhieu-nhat", device=False)
    b.decoy("most-watched rail with all-viewer counts (aggregate)")
    b.ok_json(
        {
            "ds": [
                {"kenh": ch, "luot_xem_hom_nay": c.rng.randint(10**4, 10**6)}
                for ch, _, _ in CHANNELS
            ]
        }
    )
    return b.build()


def iptv_segment(c: Context) -> Flow:
    ch, _, _ = c.rng.choice(CHANNELS)
    b = _box(
        c,
        "GET",
        f"https://live.homebox.example/{ch.lower()}/hd/seg-{c.rng.randint(10**6, 10**7)}.ts",
        device=False,
    )
    b.respond(200, "video/mp2t", b"G@\x11\x10" + c.rng.randbytes(600))
    return b.build()
