"""NhacXanh: a Zing-MP3-like music and podcast app on the mother's OPPO Reno10 in Đà Nẵng.

Plays are reported to the backend (`luot_nghe` = plays, `ma_bai_hat` = song
id, `thoi_gian_nghe` = seconds listened, `nghe_het` = played to the end), the
"recently played" shelf comes back from it, and the offline player flushes a
msgpack batch of positional rows. Attribution is Adjust: the Android SDK posts
`/session` and `/event` as forms with `app_token`, `gps_adid`, `android_uuid`
(its own install id) and `created_at`, and an event's `callback_params` as a
JSON string (https://github.com/adjust/android_sdk, PackageBuilder); the
session answer returns the Adjust device id `adid`. Meta's app events go to
`graph.facebook.com/{app-id}/activities` (`event` CUSTOM_APP_EVENTS,
`custom_events` JSON, `advertiser_id`, `anon_id`; Graph API App Events
reference); a `fb_mobile_content_view` with `fb_content_type` "music" names the
song played. The charts with play counts, lyrics with their time tags, search
and curated playlists are content fetches.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import js, jsb, mpack

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.nhacxanh.example"
UA = ua("NhacXanh", "24.11.2", "me")
PKG = "vn.nhacxanh.music"
FB_APP = "2290318844715520"
BAI_HAT = [
    ("ZX0A1B2C", "Sơn Tùng M-TP", "Chúng Ta Của Tương Lai"),
    ("ZX0A1B3D", "Hoàng Thùy Linh", "See Tình"),
    ("ZX0A1B4E", "Mỹ Tâm", "Ước Gì"),
    ("ZX0A1B5F", "Đen Vâu", "Mang Tiền Về Cho Mẹ"),
    ("ZX0A1B6G", "Hà Anh Tuấn", "Tháng Tư Là Lời Nói Dối Của Em"),
    ("ZX0A1B7H", "Khánh Ly", "Diễm Xưa"),
    ("ZX0A1B8I", "Bích Phương", "Bùa Yêu"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "nhacxanh", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _local(c: Context) -> str:
    """Adjust's created_at: local time with its UTC offset (Việt Nam, +0700)."""
    t = datetime.fromtimestamp(c.now, timezone(timedelta(hours=7)))
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}+0700"


def _adjust_common(b: FB, c: Context) -> list[tuple[str, str]]:
    return [
        ("app_token", "q7w2e9r4t1y8"),
        ("gps_adid", b.id("gaid_me", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("nhac_adjust_uuid", where="form android_uuid")),
        ("created_at", _local(c)),
        ("environment", "production"),
        ("needs_response_details", "1"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("api_level", "34"),
        ("device_manufacturer", "OPPO"),
        ("device_name", "CPH2531"),
        ("device_type", "phone"),
        ("language", "vi"),
        ("country", "VN"),
        ("package_name", PKG),
        ("app_version", "24.11.2"),
        ("tracking_enabled", "1"),
    ]


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", dalvik("me"))
    b.header("client-sdk", "android4.38.5")
    pairs = [
        *_adjust_common(b, c),
        ("session_count", str(c.rng.randint(2, 300))),
        ("subsession_count", str(c.rng.randint(1, 9))),
        ("time_spent", str(c.rng.randint(10, 3000))),
    ]
    b.form(pairs)
    adid = b.id("nhac_adid", where="response json adid", direction="response")
    b.ok_json(
        {"adid": adid, "timestamp": iso(c), "message": "Session tracked", "tracker_token": "abc123"}
    )
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("user-agent", dalvik("me"))
    b.header("client-sdk", "android4.38.5")
    pairs = [
        *_adjust_common(b, c),
        ("event_token", c.rng.choice(["k3j2h1", "m9n8b7"])),
        ("event_count", str(c.rng.randint(1, 200))),
        ("callback_params", js({"goi": c.rng.choice(["vip", "free"]), "man_hinh": "trang_chu"})),
    ]
    b.form(pairs)
    b.ok_json({"message": "Event tracked", "timestamp": iso(c)})
    return b.build()


def adjust_play_event(c: Context) -> Flow:
    """An Adjust event the app fires per song, the song in callback_params."""
    song = c.rng.choice(BAI_HAT)
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("user-agent", dalvik("me"))
    b.header("client-sdk", "android4.38.5")
    b.view("form callback_params json ma_bai_hat/thoi_gian_nghe (song played)")
    pairs = [
        *_adjust_common(b, c),
        ("event_token", "p4l9y1"),
        ("event_count", str(c.rng.randint(1, 900))),
        (
            "callback_params",
            js(
                {
                    "ma_bai_hat": song[0],
                    "ten_bai_hat": song[2],
                    "thoi_gian_nghe": str(c.rng.randint(30, 280)),
                }
            ),
        ),
    ]
    b.form(pairs)
    b.ok_json({"message": "Event tracked", "timestamp": iso(c)})
    return b.build()


def _fb_form(b: FB, c: Context, events: list[dict]) -> None:
    ext = ["a2", PKG, "2411020", "24.11.2", "14", "CPH2531", "vi_VN", "ICT", "Viettel",
           "1080", "2412", "2.75", "8", "236", "225", "Asia/Ho_Chi_Minh"]  # fmt: skip
    form = [
        ("format", "json"),
        ("sdk", "android"),
        ("event", "CUSTOM_APP_EVENTS"),
        ("custom_events", js(events)),
        ("advertiser_id", b.id("gaid_me", where="form advertiser_id")),
        ("advertiser_tracking_enabled", "1"),
        ("application_tracking_enabled", "1"),
        ("anon_id", b.id("nhac_fb_anon", where="form anon_id")),
        ("extinfo", js(ext)),
        ("application_package_name", PKG),
    ]
    b.set_body(urlencode(form).encode(), "application/x-www-form-urlencoded")
    b.respond(200, "application/json", jsb({"success": True}))


def meta_activate(c: Context) -> Flow:
    b = FB(c, "facebook", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.2")
    b.decoy("_session_id uuid")
    _fb_form(
        b,
        c,
        [
            {
                "_eventName": "fb_mobile_activate_app",
                "_logTime": int(c.now),
                "_ui": "unknown",
                "_session_id": rid(c.rng),
            }
        ],
    )
    return b.build()


def meta_content_view(c: Context) -> Flow:
    song = c.rng.choice(BAI_HAT)
    b = FB(c, "facebook", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.2")
    b.view("form custom_events[] fb_mobile_content_view fb_content_type music")
    _fb_form(
        b,
        c,
        [
            {
                "_eventName": "fb_mobile_content_view",
                "fb_content_type": "music",
                "fb_content_id": song[0],
                "fb_description": f"{song[1]} - {song[2]}",
                "_logTime": int(c.now),
                "_ui": "PlayerActivity",
            }
        ],
    )
    return b.build()


def dang_ky(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/thiet-bi")
    b.json(
        {
            "android_id": b.id("aid_nhac", where="json android_id"),
            "gaid": b.id("gaid_me", where="json gaid"),
            "hang": "OPPO",
            "model": "CPH2531",
        }
    )
    b.ok_json({"nguoi_dung": b.acct("nhac_user")})
    return b.build()


def luot_nghe(c: Context) -> Flow:
    song = c.rng.choice(BAI_HAT)
    b = _b(c, "POST", f"{API}/v1/luot-nghe")
    b.header("x-android-id", b.id("aid_nhac", where="header x-android-id"))
    b.view("json ma_bai_hat + thoi_gian_nghe (song played)")
    b.json(
        {
            "ma_bai_hat": song[0],
            "ca_si": song[1],
            "ten_bai_hat": song[2],
            "thoi_gian_nghe": c.rng.randint(20, 300),
            "nghe_het": c.rng.random() < 0.5,
            "nguon": c.rng.choice(["playlist", "tim_kiem", "bxh"]),
            "thoi_diem": iso(c),
        }
    )
    b.no_content()
    return b.build()


def nghe_gan_day(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/nguoi-dung/nghe-gan-day?limit=20")
    b.view("response json gan_day[] (recently played)", direction="response")
    b.ok_json(
        {
            "gan_day": [
                {"ma_bai_hat": s[0], "ca_si": s[1], "ten_bai_hat": s[2], "nghe_luc": iso(c)}
                for s in c.rng.sample(BAI_HAT, 4)
            ]
        }
    )
    return b.build()


def offline_batch(c: Context) -> Flow:
    """Offline plays flushed as msgpack: [android_id, [[song, seconds, ts], ...]]."""
    b = _b(c, "POST", f"{API}/v1/sync/o")
    b.view("msgpack rows [song, seconds, ts]", detectable=False)
    aid = b.id("aid_nhac", where="msgpack [0] (string)", detectable=False)
    rows = [[s[0], c.rng.randint(20, 300), ms(c)] for s in c.rng.sample(BAI_HAT, 3)]
    b.set_body(mpack([aid, rows]), "application/x-msgpack")
    b.no_content()
    return b.build()


def bxh(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/bxh/tuan?khu_vuc=vn")
    b.decoy("chart with aggregate play counts (not one listener)")
    b.ok_json(
        {
            "bxh": [
                {
                    "hang": i + 1,
                    "ma_bai_hat": s[0],
                    "ten_bai_hat": s[2],
                    "luot_nghe": c.rng.randint(10**5, 10**7),
                }
                for i, s in enumerate(BAI_HAT)
            ]
        }
    )
    return b.build()


def loi_bai_hat(c: Context) -> Flow:
    song = c.rng.choice(BAI_HAT)
    b = _b(c, "GET", f"{API}/v1/bai-hat/{song[0]}/loi")
    b.decoy("lyrics with time tags (content)")
    b.ok_json(
        {
            "ma_bai_hat": song[0],
            "loi": [
                {"t": f"[00:{c.rng.randint(10, 59):02d}.{c.rng.randint(0, 99):02d}]", "dong": d}
                for d in ("Em ơi em có nghe", "Mùa thu Hà Nội", "Ngày mai trời lại sáng")
            ],
        }
    )
    return b.build()


def playlist(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/playlist/{c.rng.choice(['nhac-trinh', 'top-vpop', 'bolero'])}")
    b.ok_json(
        {
            "ten": c.rng.choice(["Nhạc Trịnh Bất Hủ", "Top V-Pop", "Bolero Chọn Lọc"]),
            "bai_hat": [s[0] for s in BAI_HAT],
            "thoi_luong": c.rng.randint(1800, 7200),
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    song = c.rng.choice(BAI_HAT)
    b = FB(
        c,
        "nhacxanh",
        "GET",
        f"https://stream.nhacxanh.example/320/{song[0]}.mp3",
        [("st", new_hex(c.rng, 22)), ("e", str(ms(c) // 1000 + 3600))],
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 9) * 262144}-")
    b.respond(206, "audio/mpeg", b"ID3\x04\x00" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def tim_kiem(c: Context) -> Flow:
    q = c.rng.choice(["son tung", "my tam", "bolero", "den vau"])
    b = _b(c, "GET", f"{API}/v1/tim-kiem?q={q.replace(' ', '+')}&loai=bai_hat")
    b.ok_json(
        {
            "ket_qua": [{"ma_bai_hat": s[0], "ten_bai_hat": s[2]} for s in BAI_HAT[:3]],
            "ma": new_digits(c.rng, 6),
        }
    )
    return b.build()
