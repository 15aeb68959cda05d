"""PhimNha: a Vietnamese streaming app (dramas, dubbed anime, live V-League), on the
tester's phone and on the children's iPad.

The Android team writes no-diacritic snake_case Vietnamese keys (`vi_tri_xem`,
`tap_so`, `da_xem_giay`); the iOS team writes English camelCase. Watch progress,
player heartbeats, the continue-watching list (in the response), the live
channel log of a football match and NPAW (Youbora) pings are viewing history;
AppsFlyer's `af_content_view` names the episode opened with a timestamp, so it is
labelled as a viewing report too. Home rails with all-viewer `luot_xem` counts,
search results, the score board, manifests and posters are not.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, dalvik, gz_b64, ipad_ua, iso, ms, rf, rid, ua

API = "https://api.phimnha.example"
UA = ua("PhimNha", "5.8.2")
IPAD_UA = ipad_ua("PhimNha", "5.8.0")
DRAMAS = [
    ("Thương Ngày Nắng Về", 3001),
    ("Gạo Nếp Gạo Tẻ", 3002),
    ("Đi Giữa Trời Rực Rỡ", 3003),
    ("Hoa Hồng Trên Ngực Trái", 3004),
]
ANIME = [
    ("Doraemon (lồng tiếng)", 5101),
    ("Thám Tử Lừng Danh Conan (lồng tiếng)", 5102),
    ("Thanh Gươm Diệt Quỷ (lồng tiếng)", 5103),
]
MATCHES = [
    "Hà Nội FC vs Công An Hà Nội",
    "SHB Đà Nẵng vs Hoàng Anh Gia Lai",
    "Thép Xanh Nam Định vs Becamex Bình Dương",
]


def _title(c: Context, kids: bool = False) -> tuple[str, int]:
    return c.rng.choice(ANIME if kids or c.rng.random() < 0.35 else DRAMAS)


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "phimnha", method, url)
    b.header("user-agent", UA)
    b.header("x-app-version", "5.8.2")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    if device:
        b.header("x-device-id", b.id("aid_phim", where="header x-device-id"))
    return b


def _ipad(c: Context, method: str, url: str) -> FB:
    b = FB(c, "phimnha", method, url)
    b.header("user-agent", IPAD_UA)
    b.header("x-platform", "ios")
    b.header("x-device-id", b.id("ipad_idfv", where="header x-device-id (IDFV)"))
    return b


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/thiet-bi/dang-ky", device=False)
    b.json(
        {
            "device_id": b.id("aid_phim", where="json device_id"),
            "quang_cao_id": b.id("gaid", where="json quang_cao_id (advertising id)"),
            "loai_thiet_bi": "mobile",
            "he_dieu_hanh": "android 13",
            "model": "Redmi Note 12",
            "ten_thiet_bi": "Điện thoại của Hà",
        }
    )
    b.ok_json({"ma_loi": 0, "thong_bao": "Thành công", "so_thiet_bi": 3, "toi_da": 4})
    return b.build()


def watch_progress(c: Context) -> Flow:
    name, pid = _title(c)
    total = c.rng.randint(2400, 3000)
    b = _b(c, "POST", f"{API}/api/v2/xem/tien-do")
    b.view("json ma_phim + tap_so + vi_tri_xem (seconds)")
    b.json(
        {
            "ma_phim": pid,
            "ten_phim": name,
            "tap_so": c.rng.randint(1, 40),
            "vi_tri_xem": c.rng.randint(60, total),
            "thoi_luong": total,
            "long_tieng": "vi" if pid > 5000 else None,
            "thoi_diem": iso(c),
        }
    )
    b.ok_json({"ma_loi": 0})
    return b.build()


def player_heartbeat(c: Context) -> Flow:
    _, pid = _title(c)
    evt = c.rng.choice(["play", "pause", "heartbeat", "heartbeat", "seek"])
    b = _b(c, "GET", f"{API}/api/v2/player/hb")
    b.params += [
        ("content_id", str(pid)),
        ("ep", str(c.rng.randint(1, 40))),
        ("pos", str(c.rng.randint(10, 2800))),
        ("evt", evt),
        ("ts", str(ms(c))),
    ]
    b.view(f"query content_id + pos + evt={evt}")
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/nguoi-dung/xem-tiep?limit=10")
    b.view("response json data[].da_xem_giay (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        name, pid = _title(c)
        total = c.rng.randint(1300, 3000)
        rows.append(
            {
                "id": pid,
                "ten_phim": name,
                "tap": c.rng.randint(1, 40),
                "da_xem_giay": c.rng.randint(30, total),
                "tong_giay": total,
                "cap_nhat_luc": iso(c),
            }
        )
    b.ok_json({"ma_loi": 0, "data": rows})
    return b.build()


def live_channel_log(c: Context) -> Flow:
    """Which live match the user tuned to and for how long (a live tuning log)."""
    b = _b(c, "POST", f"{API}/api/v2/live/nhat-ky-kenh")
    b.view("json kenh_id + tran_dau + vao_luc/roi_luc (live tuning log)")
    start = ms(c) - c.rng.randint(300, 5400) * 1000
    b.json(
        {
            "kenh_id": "on-football-hd",
            "tran_dau": c.rng.choice(MATCHES),
            "giai": "V.League 1 2024/25",
            "vao_luc": start,
            "roi_luc": ms(c),
            "chat_luong": c.rng.choice(["720p", "1080p"]),
        }
    )
    b.no_content()
    return b.build()


def ipad_kids_progress(c: Context) -> Flow:
    name, pid = _title(c, kids=True)
    b = _ipad(c, "POST", f"{API}/api/v2/ios/playback/progress")
    b.view("json contentId + currentTime + duration (kids profile)")
    total = c.rng.randint(600, 1400)
    b.json(
        {
            "contentId": pid,
            "title": name,
            "episode": c.rng.randint(1, 300),
            "profile": "Bé Na",
            "currentTime": round(c.rng.uniform(10, total), 1),
            "duration": total,
            "audioTrack": "vi-dub",
            "updatedAt": iso(c),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def ipad_appsflyer(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.12/iosevent?app_id=id1488612233",
    )
    b.header("user-agent", "PhimNha/5.8.0 CFNetwork/1496.0.7 Darwin/23.5.0")
    b.json(
        {
            "eventName": "af_login",
            "appsflyerKey": new_hex(c.rng, 22),
            "vendorId": b.id("ipad_idfv", where="json vendorId (IDFV)"),
            "uid": b.id("phim_ipad_af_uid", where="json uid (AppsFlyer id)"),
            "advertiserIdEnabled": False,
            "device": "iPad13,16",
            "os": "17.5.1",
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_content_view(c: Context) -> Flow:
    name, pid = _title(c)
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.13/androidevent?app_id=vn.phimnha.android",
    )
    b.header("user-agent", dalvik())
    b.view("json eventValue af_content_id + af_timestamp (episode opened)")
    b.json(
        {
            "eventName": "af_content_view",
            "eventValue": f'{{"af_content_id":"{pid}","af_content_type":"episode","ten":"{name}"}}',
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("phim_af_uid", where="json uid (AppsFlyer id)"),
            "android_id": b.id("aid_phim", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "brand": "Redmi",
            "model": "23021RAAEG",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def youbora_ping(c: Context) -> Flow:
    name, pid = _title(c)
    host = f"https://infinity-c{c.rng.randint(10, 40)}.youboranqs01.com"
    b = FB(c, "npaw", "GET", f"{host}/ping")
    b.header("user-agent", UA)
    b.params += [
        ("accountCode", "phimnhavn"),
        ("code", "U_" + new_hex(c.rng, 8)),
        ("playhead", str(rf(c.rng, 10, 2800, 3))),
        ("bitrate", str(c.rng.choice([1800000, 3200000]))),
        ("pingTime", "5"),
        ("title", name),
        ("contentId", str(pid)),
        ("timemark", str(ms(c))),
    ]
    b.view("query playhead + title (NPAW ping)")
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The in-house collector: rows [content, ep, sec, ts] gzipped+base64 under 'e'."""
    b = _b(c, "POST", f"{API}/c/v1", device=False)
    rows = [
        [_title(c)[1], c.rng.randint(1, 40), c.rng.randint(5, 2800), ms(c)]
        for _ in range(c.rng.randint(2, 6))
    ]
    b.view("json e (gzip+base64 rows)", detectable=False)
    b.json({"k": b.id("aid_phim", "md5", "json k (md5)", detectable=False), "e": gz_b64(rows)})
    b.no_content()
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/trang-chu?trang=1", device=False)
    b.decoy("home rails with all-viewer luot_xem counts (aggregate, not this viewer's history)")
    b.ok_json(
        {
            "ma_loi": 0,
            "muc": [
                {
                    "tieu_de": "Phim Việt hot nhất",
                    "ds": [
                        {"id": pid, "ten": n, "luot_xem": c.rng.randint(10**5, 10**7)}
                        for n, pid in DRAMAS
                    ],
                },
                {
                    "tieu_de": "Hoạt hình lồng tiếng",
                    "ds": [
                        {"id": pid, "ten": n, "so_tap": c.rng.randint(20, 900)} for n, pid in ANIME
                    ],
                },
            ],
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["phim han", "conan long tieng", "hoa hong tren nguc trai", "doraemon"])
    b = _b(c, "GET", f"{API}/api/v2/tim-kiem", device=False)
    b.params += [("q", q), ("trang", "1")]
    b.decoy("search results (catalogue, not viewing)")
    b.ok_json({"ket_qua": [{"id": pid, "ten": n} for n, pid in DRAMAS + ANIME][:5]})
    return b.build()


def scoreboard(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/the-thao/vleague/ty-so", device=False)
    b.decoy("live match scores and minute (sports data, not viewing)")
    b.ok_json(
        {
            "tran": [
                {"doi": m, "ty_so": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}",
                 "phut": c.rng.randint(1, 90)}
                for m in MATCHES
            ]
        }
    )  # fmt: skip
    return b.build()


def manifest(c: Context) -> Flow:
    _, pid = _title(c)
    b = FB(
        c,
        "phimnha",
        "GET",
        f"https://vod.phimnha.example/hls/{pid}/{c.rng.randint(1, 40)}/master.m3u8",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=3200000,RESOLUTION=1920x1080\n1080p/index.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()


def poster(c: Context) -> Flow:
    b = FB(
        c, "phimnha", "GET", f"https://img.phimnha.example/poster/{new_hex(c.rng, 16)}_w342.webp"
    )
    b.header("user-agent", UA)
    b.respond(200, "image/webp", b"RIFF" + c.rng.randbytes(400))
    return b.build()


def comment(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/binh-luan", device=False)
    b.decoy("a comment with a client message uuid")
    b.json(
        {
            "ma_phim": _title(c)[1],
            "noi_dung": c.rng.choice(["Phim hay quá!", "tap nay cam dong ghe", "Hóng tập sau 😭"]),
            "client_msg_id": rid(c.rng),
        }
    )
    b.ok_json({"id": c.rng.randint(10**6, 10**7)})
    return b.build()
