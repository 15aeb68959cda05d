"""PhimHay: a Vietnamese drama / anime streaming app (the son's Redmi Note 13 in
Thành phố Hồ Chí Minh).

The backend is Vietnamese-built: paths and keys are Vietnamese without
diacritics (`tien_do` = progress, `vi_tri` = position, `tap` = episode,
`thoi_luong` = duration, `xem_tiep` = continue watching, `lich_su_xem` = watch
history), values keep their diacritics. The app registers with Firebase
Installations (`fid`, `appId`, `authVersion` FIS_v2,
https://firebase.google.com/docs/projects/manage-installations) and uploads
Google Analytics for Firebase bundles to `app-measurement.com/a` as protobuf
(no key names: the app-instance id, the advertising id and the
`video_progress` event parameters sit in numbered fields). Ads come from
Pangle (ByteDance), whose SDK encrypts its ad request body, and from AdMob,
whose `mads/gma` request carries the advertising id as `rdid`. The player's
compact beacon is gzipped positional rows with an MD5 of the ANDROID_ID in a
one-letter header. Browsing the catalogue, searching, the "top views" chart,
episode comments, the release schedule and HLS segments are content fetches,
not viewing history.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, jsb, pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.phimhay.example"
UA = ua("PhimHay", "5.3.1", "con")
PKG = "vn.phimhay.app"
GMP_APP = "1:730419822518:android:4c1e0a9b77d23f5e"
PHIM = [
    ("p1021", "Thương Ngày Nắng Về", 45, 2700),
    ("p1034", "Hương Vị Tình Thân", 60, 2640),
    ("p1047", "Gia Đình Là Số 1", 80, 1500),
    ("a2003", "Thám Tử Lừng Danh Conan", 1100, 1440),
    ("a2011", "One Piece", 1100, 1440),
    ("a2019", "Chú Thuật Hồi Chiến", 47, 1440),
    ("a2026", "Doraemon", 800, 660),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "phimhay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-device-id", b.id("aid_phim", where="header x-device-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    mid, ten, so_tap, dur = c.rng.choice(PHIM)
    return mid, ten, c.rng.randint(1, so_tap), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/phimhay-vn/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", PKG)
    b.json(
        {
            "fid": b.id("phim_fid", where="json fid"),
            "appId": GMP_APP,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/730419822518/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def dang_ky_thiet_bi(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/thiet-bi/dang-ky", device=False)
    b.json(
        {
            "android_id": b.id("aid_phim", where="json android_id"),
            "firebase_id": b.id("phim_fid", where="json firebase_id"),
            "ten_thiet_bi": "Redmi Note 13",
            "he_dieu_hanh": "Android 14",
            "ngon_ngu": "vi",
        }
    )
    b.ok_json({"ok": True, "so_thiet_bi_toi_da": 3})
    return b.build()


def tien_do_xem(c: Context) -> Flow:
    mid, ten, tap, dur = _ep(c)
    b = _b(c, "POST", f"{API}/api/v3/xem/tien-do")
    b.view("json ma_phim/tap/vi_tri/thoi_luong (watch progress)")
    b.json(
        {
            "ma_phim": mid,
            "ten_phim": ten,
            "tap": tap,
            "vi_tri": c.rng.randint(15, dur),
            "thoi_luong": dur,
            "xem_xong": False,
            "thoi_gian": iso(c),
        }
    )
    b.no_content()
    return b.build()


def xem_xong(c: Context) -> Flow:
    mid, ten, tap, dur = _ep(c)
    b = _b(c, "POST", f"{API}/api/v3/xem/hoan-thanh")
    b.view("json episodeId + watchedSeconds (episode finished)")
    b.json(
        {
            "episodeId": f"{mid}-e{tap}",
            "title": f"{ten} - Tập {tap}",
            "watchedSeconds": dur - c.rng.randint(0, 60),
            "finishedAt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def xem_tiep(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/nguoi-dung/xem-tiep?gioi_han=10")
    b.view("response json xem_tiep[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        mid, ten, tap, dur = _ep(c)
        rows.append(
            {
                "ma_phim": mid,
                "ten_phim": ten,
                "tap": tap,
                "vi_tri": c.rng.randint(60, dur - 60),
                "thoi_luong": dur,
                "xem_luc": iso(c),
            }
        )
    b.ok_json({"xem_tiep": rows})
    return b.build()


def lich_su_xem(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/nguoi-dung/lich-su-xem?trang=1")
    b.view("response json lich_su[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        mid, ten, tap, _dur = _ep(c)
        items.append({"ma_phim": mid, "ten_phim": ten, "tap": tap, "ngay_xem": iso(c)})
    b.ok_json({"lich_su": items, "trang": 1})
    return b.build()


def _gmp_event(name: str, params: list[tuple[str, object]], t: int) -> bytes:
    parts = []
    for key, value in params:
        if isinstance(value, int):
            parts.append(pb_msg(1, [pb_bytes(1, key), pb_varint(4, value)]))
        else:
            parts.append(pb_msg(1, [pb_bytes(1, key), pb_bytes(2, str(value))]))
    return b"".join(parts) + pb_bytes(2, name) + pb_varint(3, t)


def gmp_upload(c: Context, video: bool = True) -> Flow:
    """A Google Analytics for Firebase bundle: protobuf with numbered fields only."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik("con"))
    t = ms(c)
    events = [_gmp_event("_e", [("_et", c.rng.randint(500, 9000))], t)]
    if video:
        _mid, ten, tap, dur = _ep(c)
        pct = c.rng.choice([25, 50, 75, 100])
        events.append(
            _gmp_event(
                "video_progress",
                [
                    ("video_title", f"{ten} - Tập {tap}"),
                    ("video_current_time", dur * pct // 100),
                    ("video_percent", pct),
                ],
                t,
            )
        )
        b.view("protobuf event video_progress params (GA4 for Firebase)", detectable=False)
    else:
        events.append(_gmp_event("screen_view", [("_sc", "TrangChuActivity")], t))
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            *[pb_bytes(2, e) for e in events],
            pb_varint(3, t),
            pb_bytes(8, "android"),
            pb_bytes(9, "14"),
            pb_bytes(10, "23129RAA4G"),
            pb_bytes(11, "vi-vn"),
            pb_bytes(14, PKG),
            pb_bytes(16, "5.3.1"),
            pb_bytes(19, b.id("gaid_con", "protobuf", "protobuf 1.19", detectable=False)),
            pb_bytes(25, GMP_APP),
            pb_bytes(27, b.id("phim_app_instance", "protobuf", "protobuf 1.27", detectable=False)),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.respond(204, None)
    return b.build()


def pangle_ad(c: Context) -> Flow:
    """Pangle's ad request: the SDK encrypts the JSON (device ids inside) before sending."""
    b = FB(c, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/")
    b.header("user-agent", dalvik("con"))
    gaid = b.id_raw("gaid_con", "pangle_aes", "json message (encrypted request)")
    plain = jsb({"gaid": gaid, "ad_sdk_version": "5.8.0.8", "slot": "980123456", "t": ms(c)})
    key = new_hex(c.rng, 16).encode()
    stream = hashlib.shake_256(key).digest(len(plain))
    cipher = bytes(x ^ y for x, y in zip(plain, stream, strict=True))
    b.json({"message": "3" + key.decode() + b64(cipher), "cypher": 3, "ad_sdk_version": "5.8.0.8"})
    b.ok_json({"message": b64(hashlib.shake_256(cipher).digest(120)), "cypher": 3})
    return b.build()


def admob(c: Context) -> Flow:
    b = FB(
        c,
        "admob",
        "GET",
        "https://googleads.g.doubleclick.net/mads/gma",
        [
            ("preqs", "0"),
            ("u_w", "393"),
            ("u_h", "873"),
            ("format", "320x50_mb"),
            ("msid", PKG),
            ("an", f"{PKG}.android"),
            ("net", "wi"),
            ("rdid", ""),
            ("is_lat", "0"),
            ("js", "afma-sdk-a-v233012999.231710000.1"),
            ("ms", new_hex(c.rng, 22)),
            ("seq_num", str(c.rng.randint(1, 40))),
        ],
    )
    b.params[7] = ("rdid", b.id("gaid_con", where="query rdid"))
    b.header("user-agent", dalvik("con"))
    b.decoy("ms / request signals token (opaque, not a device id)")
    b.respond(
        200,
        "application/json; charset=UTF-8",
        jsb({"ad_networks": [], "qdata": new_hex(c.rng, 40)}),
    )
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    """The player's beacon: [film, episode, second, ts] rows under 'r'; ANDROID_ID md5 in 'x-h'."""
    b = _b(c, "POST", f"{API}/b/2", device=False)
    b.header("x-h", b.id("aid_phim", "md5", "header x-h", detectable=False))
    b.view("json r[] positional rows", detectable=False)
    rows = [
        [int(c.rng.choice(PHIM)[0][1:]), c.rng.randint(1, 40), c.rng.randint(10, 2700), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"r": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def danh_muc(c: Context) -> Flow:
    the_loai = c.rng.choice(["phim-bo", "anime", "hai-huoc", "tinh-cam"])
    b = _b(c, "GET", f"{API}/api/v3/danh-muc?the_loai={the_loai}&trang=1", device=False)
    b.decoy("catalogue with episode counts, durations and view counts (content fetch)")
    b.ok_json(
        {
            "phim": [
                {
                    "ma_phim": mid,
                    "ten_phim": ten,
                    "so_tap": so_tap,
                    "thoi_luong": dur,
                    "luot_xem": c.rng.randint(10**4, 10**7),
                    "poster": f"https://img.phimhay.example/p/{mid}.webp",
                }
                for mid, ten, so_tap, dur in PHIM
            ]
        }
    )
    return b.build()


def tim_kiem(c: Context) -> Flow:
    q = c.rng.choice(["conan", "tinh than", "nang ve", "one piece"])
    b = _b(c, "GET", f"{API}/api/v3/tim-kiem?q={q.replace(' ', '+')}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {"ket_qua": [{"ma_phim": m, "ten_phim": t, "thoi_luong": d} for m, t, _, d in PHIM[:3]]}
    )
    return b.build()


def top_xem(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/bang-xep-hang/xem-nhieu?ky=tuan", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"ma_phim": m, "ten_phim": t, "luot_xem": c.rng.randint(10**5, 10**7)}
                for m, t, _, _ in PHIM
            ]
        }
    )
    return b.build()


def binh_luan(c: Context) -> Flow:
    mid, _ten, tap, _ = _ep(c)
    b = _b(c, "GET", f"{API}/api/v3/phim/{mid}/tap/{tap}/binh-luan?trang=1", device=False)
    b.decoy("other viewers' comments with their timestamps in the episode")
    b.ok_json(
        {
            "binh_luan": [
                {
                    "nguoi_dung": c.rng.choice(["Lan Anh", "Tuấn Kiệt", "Mai Phương"]),
                    "noi_dung": c.rng.choice(["Hay quá!", "Tập này cảm động ghê", "Đợi tập sau"]),
                    "moc_thoi_gian": c.rng.randint(10, 1400),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def lich_chieu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/lich-chieu?tuan=49", device=False)
    b.decoy("release schedule with air times (content fetch)")
    b.ok_json(
        {
            "lich": [
                {"ten_phim": t, "tap_moi": c.rng.randint(2, so_tap), "gio_chieu": "20:00"}
                for _, t, so_tap, _ in PHIM[:4]
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    mid = c.rng.choice(PHIM)[0]
    b = FB(
        c,
        "phimhay",
        "GET",
        f"https://vod.phimhay.example/hls/{mid}/t{c.rng.randint(1, 40):03d}/720p/"
        f"seg_{c.rng.randint(1, 400)}.ts?token={new_hex(c.rng, 24)}",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def goi_cuoc(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/goi-cuoc", device=False)
    b.ok_json(
        {
            "goi": [
                {"ma": "VIP1", "gia": 39000, "thang": 1},
                {"ma": "VIP3", "gia": 99000, "thang": 3},
            ],
            "ma_don": "PH" + new_digits(c.rng, 10),
        }
    )
    return b.build()
