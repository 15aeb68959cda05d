"""Luot: a Vietnamese short-video app with an in-house log SDK.

The log SDK batches `video_play` / `video_over` events with `play_duration_ms` and
`item_id` (viewing history); the server-issued `device_id` and `install_id` ride
in every query string beside `openudid` (the ANDROID_ID). A compact protobuf
batch (numeric field numbers only) carries the same watch rows opaquely. The feed
(all-viewer play counts), video files, comments and an AR effect package are
ordinary traffic.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_mp4, pb_bytes, pb_msg, pb_varint

from .phone import FB, ms, rid, ua

API = "https://api.luot.example"
LOG = "https://log.luot.example"
UA = ua("Luot", "31.4.0")


def _common(b: FB, ids: bool = True) -> None:
    b.params += [("aid", "2871"), ("app_name", "luot"), ("version_code", "310400")]
    if ids:
        b.params.append(("device_id", b.id("luot_did", where="query device_id")))
        b.params.append(("install_id", b.id("luot_iid", where="query install_id")))
    b.params += [("device_platform", "android"), ("os_version", "13"), ("language", "vi")]


def _b(c: Context, method: str, url: str, ids: bool = True) -> FB:
    b = FB(c, "luot", method, url)
    b.header("user-agent", UA)
    _common(b, ids)
    return b


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{LOG}/api/v1/thiet-bi/khoi-tao", ids=False)
    b.json(
        {
            "header": {
                "openudid": b.id("aid_luot", where="json header.openudid"),
                "google_aid": b.id("gaid", where="json header.google_aid"),
                "device_model": "23021RAAEG",
                "device_brand": "Redmi",
                "region": "VN",
                "tz_name": "Asia/Ho_Chi_Minh",
                "carrier": "Viettel",
            },
            "_gen_time": ms(c),
        }
    )
    b.ok_json(
        {
            "device_id": int(
                b.id("luot_did", where="response json device_id", direction="response")
            ),
            "install_id": int(
                b.id("luot_iid", where="response json install_id", direction="response")
            ),
            "new_user": 0,
        }
    )
    return b.build()


def play_events(c: Context) -> Flow:
    b = _b(c, "POST", f"{LOG}/api/v1/su-kien/ghi")
    b.view("json event[].params video_id + tg_xem_ms (watched ms)")
    events = []
    for _ in range(c.rng.randint(2, 6)):
        item = str(c.rng.randint(7 * 10**18, 8 * 10**18))
        dur = c.rng.randint(8, 90) * 1000
        events.append(
            {
                "event": c.rng.choice(["xem_video", "xem_het", "luot_qua"]),
                "params": {
                    "video_id": item,
                    "tac_gia_id": str(c.rng.randint(10**15, 10**16)),
                    "tg_xem_ms": c.rng.randint(500, dur),
                    "tong_tg_ms": dur,
                    "nguon": c.rng.choice(["de_xuat", "dang_theo_doi", "tim_kiem"]),
                },
                "tg_client": ms(c),
            }
        )
    b.json(
        {"header": {"openudid": b.id("aid_luot", where="json header.openudid")}, "event": events}
    )
    b.ok_json({"message": "success"})
    return b.build()


def watch_history_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/lich-su-xem?so_luong=20&con_tro=0")
    b.view("response json ds[].xem_luc (watch history page)", direction="response")
    b.ok_json(
        {
            "ds": [
                {
                    "video_id": str(c.rng.randint(7 * 10**18, 8 * 10**18)),
                    "mo_ta": c.rng.choice(
                        ["review bún chả Hà Nội", "học tiếng Anh 1 phút", "mèo cute"]
                    ),
                    "xem_luc": ms(c) // 1000 - c.rng.randint(60, 86400),
                }
                for _ in range(c.rng.randint(3, 8))
            ],
            "con_nua": True,
        }
    )
    return b.build()


def opaque_pb_batch(c: Context) -> Flow:
    """Protobuf rows: 1 item, 2 ms watched, 3 ts; the device id in field 9; no names."""
    b = FB(c, "luot", "POST", f"{LOG}/v2/b")
    b.header("user-agent", UA)
    b.view("protobuf field 4 rows {1: item, 2: watched ms, 3: ts}", detectable=False)
    did = b.id("luot_did", "protobuf", "protobuf field 9 (bytes)", detectable=False)
    rows = [
        pb_msg(
            4,
            [
                pb_varint(1, c.rng.randint(7 * 10**18, 8 * 10**18)),
                pb_varint(2, c.rng.randint(500, 60000)),
                pb_varint(3, ms(c)),
            ],
        )
        for _ in range(c.rng.randint(2, 5))
    ]
    body = pb_bytes(9, did) + b"".join(rows)
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def feed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/bang-tin/de-xuat?so_luong=6")
    b.decoy("feed with all-viewer luot_xem / luot_thich (aggregates)")
    b.ok_json(
        {
            "ds_video": [
                {
                    "video_id": str(c.rng.randint(7 * 10**18, 8 * 10**18)),
                    "thong_ke": {
                        "luot_xem": c.rng.randint(10**3, 10**7),
                        "luot_thich": c.rng.randint(10, 10**5),
                    },
                    "video": {"thoi_luong_ms": c.rng.randint(8, 90) * 1000},
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def video_file(c: Context) -> Flow:
    b = FB(
        c, "luot", "GET", f"https://v16.luotcdn.example/{new_hex(c.rng, 32)}/video/tos/vn/720p.mp4"
    )
    b.header("user-agent", "com.luot.android/310400 (Linux; U; Android 13)")
    b.header("range", "bytes=0-")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 800))
    return b.build()


def comments(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/binh-luan?so_luong=20", ids=False)
    b.ok_json(
        {
            "binh_luan": [
                {"cid": str(c.rng.randint(10**18, 9 * 10**18)),
                 "text": c.rng.choice(["hay quá", "đỉnh thật sự", "cho xin tên bài nhạc"])}
                for _ in range(5)
            ]
        }
    )  # fmt: skip
    return b.build()


def effect_package(c: Context) -> Flow:
    b = FB(c, "luot", "GET", f"https://sf.luotcdn.example/effect/{new_hex(c.rng, 32)}.zip")
    b.header("user-agent", UA)
    b.decoy("AR face-effect package download (a file from the server, no face data sent)")
    b.respond(200, "application/zip", b"PK\x03\x04" + c.rng.randbytes(600))
    return b.build()


def follow(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/theo-doi", ids=False)
    b.form([("user_id", str(c.rng.randint(10**15, 10**16))), ("type", "1"), ("req_id", rid(c.rng))])
    b.ok_json({"follow_status": 1})
    return b.build()
