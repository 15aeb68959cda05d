"""SongRadio: FM radio streams (VOV, VOH) and audiobooks. Audiobooks are listened
to: the chapter position and listened seconds are viewing history, as is the log
of stations tuned; the same app's e-book reader sends reading progress, which is
not (reading is not watching or listening).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, builder, iso, ms, rid, ua

API = "https://api.songradio.example"
UA = ua("SongRadio", "4.9.0")
STATIONS = ["VOV1", "VOV Giao thông HN", "VOH 99.9", "VOV3"]
BOOKS = ["Đắc nhân tâm", "Nhà giả kim", "Tuổi trẻ đáng giá bao nhiêu", "Mắt biếc"]


def _b(c: Context, method: str, url: str) -> FB:
    b = builder(c, "songradio", method, url, UA)
    b.header("x-request-id", rid(c.rng))
    return b


def audiobook_progress(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/sach-noi/tien-do")
    b.view("json sach_noi_id + chuong + vi_tri_nghe + da_nghe_giay")
    b.json(
        {
            "sach_noi_id": f"sn{c.rng.randint(1000, 9999)}",
            "ten_sach": c.rng.choice(BOOKS),
            "chuong": c.rng.randint(1, 24),
            "vi_tri_nghe": c.rng.randint(0, 2400),
            "da_nghe_giay": c.rng.randint(60, 1800),
            "toc_do": c.rng.choice([1.0, 1.25, 1.5]),
            "thiet_bi": b.id("aid_radio", where="json thiet_bi"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def tuning_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/radio/nhat-ky-kenh")
    b.view("json kenh_da_nghe[] (station, start, seconds): tuning log")
    b.json(
        {
            "kenh_da_nghe": [
                {
                    "kenh": c.rng.choice(STATIONS),
                    "bat_dau": iso(c),
                    "so_giay": c.rng.randint(60, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        }
    )
    b.no_content()
    return b.build()


def opaque_listen(c: Context) -> Flow:
    """Legacy widget ping: station index and seconds as base64 of a pipe string under `q`."""
    b = _b(c, "GET", f"{API}/w")
    b.view("query q = base64('station|start|seconds')", detectable=False)
    b.param("q", b64(f"{c.rng.randint(1, 40)}|{ms(c)}|{c.rng.randint(60, 3600)}"))
    b.no_content()
    return b.build()


def ebook_progress(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/ebook/tien-do-doc")
    b.decoy("e-book reading progress (reading is not watching or listening)")
    b.json(
        {
            "sach_id": f"eb{c.rng.randint(1000, 9999)}",
            "trang": c.rng.randint(1, 300),
            "phan_tram_doc": c.rng.randint(1, 100),
            "doc_luc": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def stations(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/radio/kenh?vung=mien-bac")
    b.decoy("station list with listener counts (aggregate)")
    b.ok_json({"kenh": [{"ten": s, "dang_nghe": c.rng.randint(100, 9000)} for s in STATIONS]})
    return b.build()


def stream(c: Context) -> Flow:
    b = _b(c, "GET", f"https://stream.songradio.example/live/{c.rng.randint(1, 40)}/chunklist.m3u8")
    b.respond(200, "application/vnd.apple.mpegurl", b"#EXTM3U\n#EXT-X-TARGETDURATION:10\n")
    return b.build()
