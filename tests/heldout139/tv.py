"""The household's smart TV (ACR "Thông tin xem" service) and the family's IPTV
Android TV box (the operator's retail box, bought, not rented). ACR match
reports, the box's channel-tuning log and its recently-watched list are viewing
history; the EPG, the operator's channel popularity and the app store are not.
Both devices send their MAC and serial.
"""

from __future__ import annotations

import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, jsb

from .phone import builder, iso, ms, rid

ACR = "https://acr.tivisao.example"
BOX = "https://iptv.truyenhinhso.example"
TV_UA = "TiviSao/2.4 (Linux; Tizen 7.0; TV 55QX)"
BOX_UA = "TSBox/5.1.0 (Linux; Android 11; TSB-4K Build/RP1A)"
CHANNELS = ["VTV1", "VTV3", "HTV7", "VTV6", "K+ Sport 1", "VTVcab 7"]
SHOWS = [
    "Thời sự 19h",
    "Ai là triệu phú",
    "Bóng đá V.League",
    "Phim truyền hình: Đi giữa trời rực rỡ",
]


def acr_report(c: Context) -> Flow:
    b = builder(c, "tivisao-acr", "POST", f"{ACR}/v2/nhan-dien/bao-cao", TV_UA)
    b.view("json ket_qua_nhan_dien[] (ACR matches: channel, programme, start, seconds)")
    b.json(
        {
            "serial_tv": b.id("tv_serial", where="json serial_tv"),
            "ket_qua_nhan_dien": [
                {
                    "kenh": c.rng.choice(CHANNELS),
                    "chuong_trinh": c.rng.choice(SHOWS),
                    "bat_dau": iso(c),
                    "so_giay": c.rng.randint(30, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_fingerprint_opaque(c: Context) -> Flow:
    """Low-level ACR: gzip+base64 rows under `f`, TV MAC as a bare hex string under `m`."""
    b = builder(c, "tivisao-acr", "POST", f"{ACR}/f", TV_UA)
    b.view("json f = base64(gzip(rows of channel, ts, seconds))", detectable=False)
    rows = [
        [c.rng.randint(1, 80), ms(c), c.rng.randint(30, 900)] for _ in range(c.rng.randint(2, 6))
    ]
    b.json(
        {
            "m": b.id("tv_mac", "nosep", "json m (MAC without colons)", detectable=False),
            "f": b64(gzip.compress(jsb(rows), mtime=0)),
        }
    )
    b.no_content()
    return b.build()


def tv_register(c: Context) -> Flow:
    b = builder(c, "tivisao", "POST", f"{ACR}/v1/tv/dang-ky", TV_UA)
    b.json(
        {
            "dia_chi_mac": b.id("tv_mac", where="json dia_chi_mac"),
            "so_serial": b.id("tv_serial", where="json so_serial"),
            "dong_tv": "55QX",
            "dong_y_acr": True,
        }
    )
    b.ok_json({"ok": True, "token": rid(c.rng)})
    return b.build()


def box_tuning_log(c: Context) -> Flow:
    b = builder(c, "tsbox", "POST", f"{BOX}/api/v1/log/chuyen-kenh", BOX_UA)
    b.header("x-box-mac", b.id("box_mac", where="header x-box-mac"))
    b.view("json nhat_ky[] (channel tuned, from, to)")
    b.json(
        {
            "nhat_ky": [
                {
                    "kenh": c.rng.choice(CHANNELS),
                    "tu": ms(c),
                    "den": ms(c) + c.rng.randint(60, 5400) * 1000,
                }
                for _ in range(c.rng.randint(2, 6))
            ]
        }
    )
    b.no_content()
    return b.build()


def box_recent(c: Context) -> Flow:
    b = builder(c, "tsbox", "GET", f"{BOX}/api/v1/xem-gan-day", BOX_UA)
    b.param("sn", b.id("box_serial", where="query sn"))
    b.view("response json xem_gan_day[]", direction="response")
    b.ok_json(
        {
            "xem_gan_day": [
                {
                    "kenh": c.rng.choice(CHANNELS),
                    "chuong_trinh": c.rng.choice(SHOWS),
                    "xem_luc": iso(c),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def box_heartbeat(c: Context) -> Flow:
    b = builder(c, "tsbox", "GET", f"{BOX}/hb", BOX_UA)
    b.param("s", b.id("box_serial", "sha1", "query s (sha1 of serial)", detectable=False))
    b.param("c", str(c.rng.randint(1, 80)))
    b.view("query c = current channel number in a bare heartbeat", detectable=False)
    b.no_content()
    return b.build()


def box_login(c: Context) -> Flow:
    b = builder(c, "tsbox", "POST", f"{BOX}/api/v1/dang-nhap", BOX_UA)
    b.json(
        {
            "mac": b.id("box_mac", where="json mac"),
            "serial": b.id("box_serial", where="json serial"),
            "firmware": "5.1.0-20241010",
        }
    )
    b.ok_json({"token": rid(c.rng), "goi_cuoc": "Gói Max"})
    return b.build()


def epg(c: Context) -> Flow:
    b = builder(c, "tsbox", "GET", f"{BOX}/api/v1/lich-phat-song", BOX_UA)
    b.param("kenh", c.rng.choice(CHANNELS))
    b.decoy("programme guide (start times, durations): content listing")
    b.ok_json(
        {"lich": [{"ten": s, "bat_dau": iso(c), "phut": c.rng.choice([30, 60, 90])} for s in SHOWS]}
    )
    return b.build()


def channel_ratings(c: Context) -> Flow:
    b = builder(c, "tsbox", "GET", f"{BOX}/api/v1/kenh/xep-hang", BOX_UA)
    b.decoy("channel ratings: share of all viewers (aggregate)")
    b.ok_json(
        {"xep_hang": [{"kenh": k, "ti_le_xem": round(c.rng.uniform(0.5, 12), 2)} for k in CHANNELS]}
    )
    return b.build()
