"""VuiPlay: a Vietnamese OTT app (V.League football live, Korean dramas dubbed
and subtitled). Its in-house team writes Vietnamese keys without diacritics
(`thoi_gian_xem`, `vi_tri`, `lich_su_xem`) mixed with English. Progress sync,
player heartbeats and the continue-watching list are viewing history; the
catalogue, manifests, live scores and the "xem nhiều nhất" rail are not.
"""

from __future__ import annotations

import zlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, jsb

from .phone import FB, builder, iso, ms, rf, rid, ua

API = "https://api.vuiplay.example"
LOG = "https://log.vuiplay.example"
UA = ua("VuiPlay", "6.4.2")
DRAMAS = ["Hạ cánh nơi anh", "Nữ hoàng nước mắt", "Cô dâu thủy thần", "Tầng lớp Itaewon"]
MATCHES = ["Hà Nội FC vs Hoàng Anh Gia Lai", "Công An Hà Nội vs Thép Xanh Nam Định"]


def _b(c: Context, method: str, url: str) -> FB:
    b = builder(c, "vuiplay", method, url, UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _content(c: Context) -> str:
    return f"kd{c.rng.randint(10000, 99999)}_t{c.rng.randint(1, 16)}"


def update_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/nguoi-dung/tien-do-xem")
    b.header("x-device-id", b.id("aid_ott", where="header x-device-id"))
    b.view("json ma_noi_dung + vi_tri + thoi_gian_xem")
    dur = c.rng.randint(2400, 4200)
    pos = c.rng.randint(60, dur)
    b.json(
        {
            "ma_noi_dung": _content(c),
            "ten_phim": c.rng.choice(DRAMAS),
            "vi_tri": pos,
            "thoi_luong": dur,
            "thoi_gian_xem": c.rng.randint(30, pos),
            "phan_tram": round(100 * pos / dur, 1),
            "cap_nhat_luc": ms(c),
        }
    )
    b.ok_json({"ma_loi": 0, "thong_bao": "Thành công"})
    return b.build()


def heartbeat(c: Context) -> Flow:
    """The player's ping every 30 s while a live match plays (kept diacritics in keys)."""
    b = _b(c, "POST", f"{LOG}/player/nhip")
    b.view("json sự_kiện + kênh + thời_gian_xem (player heartbeat)")
    b.json(
        {
            "sự_kiện": c.rng.choice(["play", "heartbeat", "heartbeat", "pause"]),
            "kênh": "vtv6-hd" if c.rng.random() < 0.5 else "on-football",
            "trận_đấu": c.rng.choice(MATCHES),
            "thời_gian_xem": c.rng.randint(30, 5400),
            "thiết_bị": b.id("aid_ott", where="json thiết_bị"),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/nguoi-dung/lich-su-xem?trang=1")
    b.view("response json lich_su_xem[]", direction="response")
    b.ok_json(
        {
            "lich_su_xem": [
                {
                    "ma_noi_dung": _content(c),
                    "tieu_de": c.rng.choice(DRAMAS),
                    "tap": c.rng.randint(1, 16),
                    "xem_den_giay": c.rng.randint(60, 3600),
                    "xem_luc": iso(c),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The QoE beacon: a deflated, base64 record under `d`; nothing readable says what."""
    b = _b(c, "POST", f"{LOG}/q")
    b.view("form d = base64(deflate(json content, position))", detectable=False)
    rec = jsb({"c": _content(c), "p": c.rng.randint(60, 3600), "t": ms(c), "b": 2400})
    b.form([("d", b64(zlib.compress(rec))), ("v", "3")])
    b.no_content()
    return b.build()


def hashed_device_ping(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cfg")
    b.param("h", b.id("aid_ott", "md5", "query h (md5)", detectable=False))
    b.param("p", "android")
    b.ok_json({"ab": {"home_v2": True}, "ttl": 3600})
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/thiet-bi/dang-ky")
    b.json(
        {
            "thiet_bi_id": b.id("aid_ott", where="json thiet_bi_id"),
            "ma_quang_cao": b.id("gaid", where="json ma_quang_cao"),
            "imei": b.id("imei", where="json imei"),
            "ten_thiet_bi": "Galaxy S23",
            "he_dieu_hanh": "Android 13",
            "ma_khach_hang": b.acct("ott_user"),
            "email": b.id("email", where="json email (account contact)"),
        }
    )
    b.ok_json({"ma_loi": 0, "so_thiet_bi": 2, "toi_da": 4})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/trang-chu?muc=phim-han")
    b.decoy("catalogue rails with episode durations (content listing)")
    b.ok_json(
        {
            "muc": [
                {
                    "ma_noi_dung": _content(c),
                    "tieu_de": t,
                    "thoi_luong": c.rng.randint(2400, 4200),
                    "anh": f"https://img.vuiplay.example/p/{c.rng.randint(1, 9999)}.jpg",
                }
                for t in DRAMAS
            ]
        },
    )
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/xem-nhieu-nhat?tuan=1")
    b.decoy("'xem nhiều nhất' rail: view counts over all viewers (aggregate)")
    b.ok_json(
        {
            "xep_hang": [
                {"hang": i + 1, "tieu_de": t, "luot_xem": c.rng.randint(10**5, 10**7)}
                for i, t in enumerate(DRAMAS)
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    b = _b(c, "GET", f"https://vod.vuiplay.example/hls/{_content(c)}/master.m3u8")
    b.decoy("stream manifest fetch")
    body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2400000,RESOLUTION=1280x720\n720p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()


def live_score(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/bong-da/ty-so?giai=vleague1")
    b.decoy("live match minute and score (sports data, not the viewer's)")
    b.ok_json(
        {
            "tran": c.rng.choice(MATCHES),
            "phut": c.rng.randint(1, 90),
            "ty_so": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
            "kiem_soat_bong": rf(c.rng, 35, 65, 1),
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/tim-kiem?tu_khoa=phim+han+quoc&trang=1")
    b.decoy("search results")
    body = {"ket_qua": [{"ma_noi_dung": _content(c), "tieu_de": t} for t in DRAMAS]}
    b.respond(200, "application/json", jsb(body), "gzip")
    return b.build()
