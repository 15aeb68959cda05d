"""PhapAm: a Buddhist dharma-talk and chanting audio app on the tester's phone.

Listening progress of a dharma talk (`bai_giang_id`, `da_nghe_giay`) and a
chant-along session (`am_thanh_id`, `nghe_ms`) are listening history; the offline
listening sync packs rows and the install id in gzip+base64 under `p`.
Not sensitive: the recitation counter (how many times she recited a name of the
Buddha herself, not content listened to), the meditation timer, reading progress
in a sutra text (reading is not watching or listening), the lunar calendar of
vegetarian days, VietQR offerings, audio file fetches.

A volunteer team wrote the "recently listened" sync straight into a Firebase
Realtime Database with Vietnamese keys WITH diacritics (`bài_giảng`, `đã_nghe_giây`,
`mã_thiết_bị`): readable, so labelled detectable. The family page lists the
grandmother's phone in Da Nang with its device code: her own phone in another
household, so another person's device, a decoy.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, gz_b64, iso, ms, rid, ua

API = "https://api.phapam.example"
UA = ua("PhapAm", "3.2.1")
TALKS = [
    (811, "Tâm Từ Bi Trong Đời Sống", "Thầy Minh Tịnh"),
    (812, "Buông Xả Để An Vui", "Sư cô Diệu Hạnh"),
    (813, "Hiếu Hạnh Mùa Vu Lan", "Thầy Minh Tịnh"),
    (814, "Nhân Quả Và Nghiệp", "Thầy Quảng Đức Tâm"),
]
CHANTS = [
    (90, "Kinh Phổ Môn"),
    (91, "Chú Đại Bi"),
    (92, "Kinh A Di Đà"),
    (93, "Niệm Phật 108 biến"),
]


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "phapam", method, url)
    b.header("user-agent", UA)
    b.header("x-user", b.acct("phap_user"))
    if device:
        b.header("x-ma-thiet-bi", b.id("aid_phap", where="header x-ma-thiet-bi (device code)"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/thiet-bi")
    b.json(
        {
            "ma_thiet_bi": b.id("aid_phap", where="json ma_thiet_bi"),
            "ma_cai_dat": b.id("phap_install", where="json ma_cai_dat (install id)"),
            "fcm": b.acct("fcm_token"),
            "dong_may": "Redmi Note 12",
        }
    )
    b.ok_json({"ok": 1})
    b.decoy("FCM push token (a messaging token, not a device id)")
    return b.build()


def talk_progress(c: Context) -> Flow:
    tid, name, who = c.rng.choice(TALKS)
    total = c.rng.randint(1800, 5400)
    b = _b(c, "POST", f"{API}/v1/nghe/tien-do", device=True)
    b.view("json bai_giang_id + da_nghe_giay")
    b.json(
        {
            "bai_giang_id": tid,
            "ten": name,
            "giang_su": who,
            "da_nghe_giay": c.rng.randint(60, total),
            "tong_giay": total,
            "toc_do": c.rng.choice([1.0, 1.25]),
            "cap_nhat": iso(c),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def chant_session(c: Context) -> Flow:
    aid, name = c.rng.choice(CHANTS)
    b = _b(c, "POST", f"{API}/v1/tung-kinh/phien", device=True)
    b.view("json am_thanh_id + nghe_ms + bat_dau (chant-along audio)")
    start = ms(c) - c.rng.randint(5, 40) * 60000
    b.json(
        {
            "am_thanh_id": aid,
            "ten": name,
            "bat_dau": start,
            "ket_thuc": ms(c),
            "nghe_ms": ms(c) - start,
            "lap_lai": c.rng.randint(1, 3),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def offline_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/dong-bo")
    b.view("json p (gzip+base64 rows [id, sec, ts])", detectable=False)
    inst = b.id("phap_install", where="json p (inside gzip+base64, field 0)", detectable=False)
    rows = [
        [c.rng.choice(TALKS)[0], c.rng.randint(30, 4000), ms(c)] for _ in range(c.rng.randint(2, 6))
    ]
    b.json({"v": 2, "p": gz_b64([inst, rows])})
    b.ok_json({"ok": 1})
    return b.build()


def recitation_counter(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/niem-phat/dem")
    b.decoy("her own recitation count (a practice log, not content listened to)")
    b.json(
        {
            "ngay": "2024-11-05",
            "so_chuoi": c.rng.randint(1, 10),
            "so_tieng": c.rng.randint(108, 1080),
        }
    )
    b.ok_json({"tong_thang": c.rng.randint(1000, 30000)})
    return b.build()


def meditation_timer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/thien/ket-thuc")
    b.decoy("meditation timer with bell interval (silence, no audio content)")
    b.json(
        {"thoi_gian_phut": c.rng.choice([10, 15, 20, 30]), "chuong_moi_phut": 5, "ket_thuc": iso(c)}
    )
    b.no_content()
    return b.build()


def sutra_reading(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/doc-kinh/tien-do")
    b.decoy("reading progress in a sutra text (reading, not watching or listening)")
    b.json(
        {
            "kinh_id": c.rng.randint(1, 60),
            "trang": c.rng.randint(1, 80),
            "phan_tram_doc": c.rng.randint(1, 100),
        }
    )
    b.no_content()
    return b.build()


def lunar_calendar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/lich-am?thang=10&nam=2024")
    b.decoy("lunar calendar dates (numbers and timestamps, nothing personal)")
    b.ok_json({"ngay_chay": [1, 8, 14, 15, 18, 23, 24, 28, 29, 30], "ram": "2024-11-15"})
    return b.build()


def offering(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/cung-duong")
    b.decoy("VietQR offering: bank account of the pagoda and a transaction reference")
    b.json(
        {
            "chua": "Chùa Linh Ứng",
            "so_tien": c.rng.choice([50000, 100000, 200000]),
            "stk_nhan": "0041000" + new_digits(c.rng, 6),
            "ma_tham_chieu": rid(c.rng),
        }
    )
    b.ok_json({"qr": "00020101021238570010A00000072701270006970436" + new_digits(c.rng, 20)})
    return b.build()


def audio_file(c: Context) -> Flow:
    b = FB(c, "phapam", "GET", f"https://cdn.phapam.example/audio/{new_hex(c.rng, 20)}.m4a")
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.respond(206, "audio/mp4", b"\x00\x00\x00\x1cftypM4A " + c.rng.randbytes(500))
    return b.build()


def talk_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/bai-giang?chu_de=gia-dinh&trang=1")
    b.decoy("catalogue of talks with all-listener luot_nghe (aggregate)")
    b.ok_json(
        {
            "ds": [
                {"id": t, "ten": n, "giang_su": w, "luot_nghe": c.rng.randint(1000, 900000)}
                for t, n, w in TALKS
            ]
        }
    )
    return b.build()


RTDB = "https://phapam-app-default-rtdb.asia-southeast1.firebasedatabase.app"


def rtdb_recent(c: Context) -> Flow:
    tid, name, who = c.rng.choice(TALKS)
    b = FB(c, "firebase_rtdb", "PATCH", f"{RTDB}/nguoi_dung/{_uid(c)}/nghe_gan_day.json")
    b.header("user-agent", "Firebase/5/21.0.0/33/Android")
    b.view("json bài_giảng + đã_nghe_giây + lúc (keys with diacritics)")
    b.json(
        {
            str(tid): {
                "bài_giảng": name,
                "giảng_sư": who,
                "đã_nghe_giây": c.rng.randint(60, 5000),
                "lúc": ms(c),
                "mã_thiết_bị": b.id("aid_phap", where="json {id}.mã_thiết_bị (device code)"),
            }
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def _uid(c: Context) -> str:
    """The account id in the database path (an account, not a device)."""
    return str(c.phone.phap_user)  # type: ignore[attr-defined]


def family_devices(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/gia-dinh/thiet-bi")
    b.decoy(
        "the grandmother's own phone in Da Nang (another household's device) with its device code"
    )
    b.ok_json(
        {
            "ds": [
                {
                    "ten": "Bà nội",
                    "ma_thiet_bi": new_hex(c.rng, 16),
                    "dong_may": "Galaxy A14",
                    "thanh_pho": "Đà Nẵng",
                    "nghe_hom_nay": True,
                }
            ]
        }
    )
    return b.build()
