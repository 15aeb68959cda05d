"""HopTV: an FPT-Play-like Android TV box on the family's fibre contract in Hà Nội.

The box logs in with its Ethernet MAC and serial (`mac`, `serial_number`) plus
a box UUID the operator's launcher makes up; the operator polls it with a
keep-alive whose query carries the MAC. Live-channel plays are logged per
session (`kenh`, `bat_dau`, `so_giay`), VOD progress is saved with `vi_tri`;
the QoS probe sends positional rows (channel index, bitrate, seconds, time)
keyed by an MD5 of the MAC without separators. The EPG, the channel list, the
firmware check (the box's model and its firmware build) and the "hot on HopTV"
rail are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, ms, rf, rid

API = "https://api.hoptv.example"
UA = "HopTV-Launcher/3.9.4 (Linux; Android 11; HTB-2024 Build/RP1A.201005.006)"
KENH = ["VTV1", "VTV3", "VTV6", "HTV7", "VTC1", "THVL1", "K+ Sport 1", "Hanoi TV"]
VOD = [
    ("v501", "Đất Rừng Phương Nam", 6600),
    ("v512", "Mai", 7860),
    ("v523", "Lật Mặt 7: Một Điều Ước", 8280),
    ("v534", "Bố Già", 7680),
    ("v545", "Nhà Bà Nữ", 6120),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hoptv", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def dang_nhap(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/box/v2/login")
    b.json(
        {
            "mac": b.id("box_mac", where="json mac"),
            "serial_number": b.id("box_serial", where="json serial_number"),
            "box_uuid": b.id("box_uuid", where="json box_uuid"),
            "model": "HTB-2024",
            "firmware": "3.9.4-20241102",
            "hop_dong": b.acct("box_contract"),
        }
    )
    b.ok_json({"token": new_hex(c.rng, 48), "het_han": 86400, "goi": "MAX"})
    return b.build()


def keep_alive(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/box/v2/ping")
    b.param("mac", b.id("box_mac", "upper", "query mac"))
    b.param("t", str(ms(c)))
    b.ok_json({"ok": 1, "tin_nhan": 0})
    return b.build()


def nhat_ky_xem(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/box/v2/log/xem-kenh")
    b.header("x-box-serial", b.id("box_serial", where="header x-box-serial"))
    b.view("json phien[] kenh/bat_dau/so_giay (live channel plays)")
    b.json(
        {
            "phien": [
                {
                    "kenh": c.rng.choice(KENH),
                    "bat_dau": iso(c),
                    "so_giay": c.rng.randint(60, 5400),
                    "chuong_trinh": c.rng.choice(
                        ["Thời sự 19h", "Gặp nhau cuối tuần", "Ai là triệu phú", "V.League 1"]
                    ),
                }
                for _ in range(c.rng.randint(1, 3))
            ]
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def vod_tien_do(c: Context) -> Flow:
    vid, ten, dur = c.rng.choice(VOD)
    b = _b(c, "POST", f"{API}/box/v2/vod/tien-do")
    b.header("x-box-serial", b.id("box_serial", where="header x-box-serial"))
    b.view("json ma_noi_dung + vi_tri (VOD position)")
    b.json(
        {
            "ma_noi_dung": vid,
            "ten": ten,
            "vi_tri": c.rng.randint(30, dur),
            "tong": dur,
            "luc": iso(c),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def qos_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/qos/p")
    b.header("x-b", b.id("box_mac", "md5_of_nosep", "header x-b", detectable=False))
    b.view("json q[] rows [channel index, bitrate, seconds, ts]", detectable=False)
    b.json(
        {
            "q": [
                [
                    c.rng.randint(0, len(KENH) - 1),
                    c.rng.choice([2500, 4500, 8000]),
                    c.rng.randint(30, 900),
                    ms(c),
                ]
                for _ in range(c.rng.randint(1, 4))
            ]
        }
    )
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    kenh = c.rng.choice(KENH)
    b = _b(c, "GET", f"{API}/epg/v1/lich?kenh={kenh.replace(' ', '%20')}&ngay={iso(c)[:10]}")
    b.decoy("EPG programme start times and durations (content fetch)")
    b.ok_json(
        {
            "kenh": kenh,
            "chuong_trinh": [
                {"ten": t, "bat_dau": iso(c), "thoi_luong": c.rng.choice([30, 45, 60, 90])}
                for t in ("Chào buổi sáng", "Thời sự 12h", "Phim truyện", "Thời sự 19h")
            ],
        }
    )
    return b.build()


def ds_kenh(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/box/v2/kenh?goi=MAX")
    b.ok_json({"kenh": [{"stt": i + 1, "ten": k, "hd": True} for i, k in enumerate(KENH)]})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ota/v1/check?model=HTB-2024&build=3.9.4-20241102")
    b.decoy("firmware build and package checksum")
    b.ok_json({"co_ban_moi": False, "build": "3.9.4-20241102", "sha256": new_hex(c.rng, 64)})
    return b.build()


def noi_bat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/box/v2/noi-bat")
    b.decoy("aggregate 'hot' rail with view counts")
    b.ok_json(
        {
            "noi_bat": [
                {
                    "ma_noi_dung": v,
                    "ten": t,
                    "luot_xem": c.rng.randint(10**4, 10**6),
                    "thoi_luong": d,
                }
                for v, t, d in VOD
            ]
        }
    )
    return b.build()


def so_hop_dong(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/billing/v1/hoa-don?thang=11")
    b.decoy("contract / invoice numbers")
    b.ok_json(
        {
            "so_hoa_don": "HD" + new_digits(c.rng, 10),
            "so_tien": 180000,
            "ma_giao_dich": rid(c.rng),
            "han": "2024-12-15",
            "toc_do": f"{rf(c.rng, 150, 300, 0)} Mbps",
        }
    )
    return b.build()
