"""Tayang: a Vidio / VieON-like streaming app used in Indonesia and Vietnam.

In-house backends (key names in Indonesian on api.tayang.co.id, Vietnamese on
the VN edge api.tayang.vn): watch heartbeats, a watch-history sync, the
continue-watching row, and an encrypted beacon. Player QoE goes to NPAW
(Youbora), whose NQS endpoints `/start`, `/ping`, `/stop` take query parameters
`code`, `system`, `title`, `playhead`, `mediaDuration`, `pingTime`
(NPAW "youboralib" plugin-API reference, developer.nicepeopleatwork.com).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4

from .phone import FB, ms, rid, ua

API_ID = "https://api.tayang.co.id"
API_VN = "https://api.tayang.vn"
TITLES = [
    ("Cinta di Ujung Senja", 2841),
    ("Preman Pensiun S3 Ep 7", 2650),
    ("Hoa Hồng Trên Ngực Trái", 2700),
    ("Liga 1: Persib vs Persija", 6300),
    ("Gia Đình Là Số 1 tập 12", 2520),
    ("Mata Batin 2", 5820),
]


def _b(c: Context, method: str, url: str, params=None) -> FB:  # type: ignore[no-untyped-def]
    b = FB(c, "tayang", method, url, params)
    b.header("user-agent", ua("Tayang", "6.41.2"))
    b.header("authorization", f"Bearer {b64(c.phone.tayang_user + ':' + new_hex(c.rng, 16))}")
    return b


def heartbeat_id(c: Context) -> Flow:
    title, dur = c.rng.choice(TITLES)
    b = _b(c, "POST", f"{API_ID}/v3/tontonan/detak")
    b.view("json tonton{konten_id,judul,posisi_detik,durasi_detik}")
    b.json(
        {
            "tonton": {
                "konten_id": c.rng.randint(100000, 999999),
                "judul": title,
                "posisi_detik": c.rng.randint(10, dur),
                "durasi_detik": dur,
                "kualitas": "720p",
                "jenis": "vod",
            },
            "id_perangkat": b.id("aid_tayang", where="json id_perangkat"),
            "waktu": ms(c),
        }
    )
    b.no_content()
    return b.build()


def heartbeat_vn(c: Context) -> Flow:
    title, dur = c.rng.choice(TITLES)
    b = _b(c, "POST", f"{API_VN}/xem/v2/cap-nhat-tien-do")
    b.view("form noi_dung_id, vi_tri, thoi_luong")
    b.form(
        [
            ("noi_dung_id", str(c.rng.randint(10000, 99999))),
            ("ten_phim", title),
            ("vi_tri", str(c.rng.randint(5, dur))),
            ("thoi_luong", str(dur)),
            ("tap", str(c.rng.randint(1, 40))),
            ("ma_thiet_bi", b.id("tayang_visitor", where="form ma_thiet_bi")),
        ]
    )
    b.ok_json({"ket_qua": "ok"})
    return b.build()


def riwayat_sync(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API_ID}/v3/pengguna/riwayat")
    items = []
    for _ in range(c.rng.randint(2, 5)):
        title, dur = c.rng.choice(TITLES)
        items.append(
            {
                "judul": title,
                "ditonton_pada": ms(c) - c.rng.randint(1, 9) * 86400000,
                "persen_selesai": c.rng.randint(5, 100),
                "durasi": dur,
            }
        )
    b.view("json riwayat_tonton[] list")
    b.json({"riwayat_tonton": items, "versi": 3})
    b.ok_json({"status": "sukses"})
    return b.build()


def lanjutkan_row(c: Context) -> Flow:
    b = _b(c, "GET", f"{API_ID}/v3/beranda/lanjutkan-menonton", [("limit", "12")])
    b.view("response lanjutkan_menonton with posisi / durasi", direction="response")
    rows = [
        {
            "judul": t,
            "posisi": c.rng.randint(60, d - 60),
            "durasi": d,
            "poster": f"https://img.tayang.co.id/p/{new_hex(c.rng, 10)}.jpg",
        }
        for t, d in c.rng.sample(TITLES, 3)
    ]
    b.ok_json({"lanjutkan_menonton": rows})
    return b.build()


def npaw(c: Context, kind: str = "ping") -> Flow:
    title, dur = c.rng.choice(TITLES)
    params = [
        ("code", new_hex(c.rng, 12)),
        ("system", "tayangid"),
        ("title", title),
        ("playhead", str(c.rng.randint(1, dur))),
        ("mediaDuration", str(dur)),
        ("pingTime", "5"),
        ("player", "ExoPlayer2"),
        ("deviceUUID", ""),
    ]
    b = FB(c, "npaw", "GET", f"https://a-fds.youborafds01.com/{kind}")
    b.header("user-agent", "Tayang/6.41.2 youboralib-android/6.8.9")
    params[-1] = ("deviceUUID", b.id("gaid", where="query deviceUUID"))
    b.params = params
    b.view("query title + playhead + mediaDuration (NPAW)")
    b.no_content()
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API_ID}/b/e")
    b.view("AES blob under key d (position events inside)", detectable=False)
    blob = c.rng.randbytes(180)
    b.json({"d": b64(blob), "k": 3, "t": ms(c)})
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API_ID}/v2/perangkat/daftar")
    b.json(
        {
            "visitor_id": b.id("tayang_visitor", where="json visitor_id"),
            "android_id": b.id("aid_tayang", where="json android_id"),
            "gaid": b.id("gaid", where="json gaid"),
            "merek": "Xiaomi",
            "model": c.phone.model,
            "os": "android 13",
        }
    )
    b.ok_json({"ok": True, "sesi": rid(c.rng)})
    return b.build()


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API_ID}/v3/katalog/kategori/drama", [("hal", str(c.rng.randint(1, 5)))])
    b.decoy("catalogue page: titles, durations, poster urls")
    items = [{"id": c.rng.randint(1000, 9999), "judul": t, "durasi": d} for t, d in TITLES]
    b.ok_json({"data": items})
    return b.build()


def cari(c: Context) -> Flow:
    q = c.rng.choice(["sinetron", "phim hàn", "anime", "liga 1"])
    b = _b(c, "GET", f"{API_VN}/tim-kiem", [("q", q), ("trang", "1")])
    b.decoy("search results")
    b.ok_json({"ket_qua": [{"ten": t, "thoi_luong": d} for t, d in TITLES[:3]]})
    return b.build()


def segment(c: Context) -> Flow:
    n = c.rng.randint(1, 900)
    b = FB(
        c,
        "tayang",
        "GET",
        f"https://vod-cdn.tayang.co.id/hls/{new_hex(c.rng, 8)}/720/seg_{n:05d}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("video segment fetch")
    b.respond(200, "video/mp2t", fake_mp4(n, 600))
    return b.build()


def poster(c: Context) -> Flow:
    n = c.rng.randint(1, 99999)
    b = FB(
        c, "tayang", "GET", f"https://img.tayang.co.id/p/{new_hex(c.rng, 10)}.jpg", [("w", "360")]
    )
    b.decoy("thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(n, 400))
    return b.build()
