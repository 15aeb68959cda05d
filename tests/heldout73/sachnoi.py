"""SáchNói, a Vietnamese audiobook, podcast and e-book app (fictional backend).

Audiobook and podcast listening counts as viewing history: the chapter
position sync ("tien_do_nghe", "chuong", "giay_da_nghe"), the podcast episode
play log, and the Media3 session report. The same app's e-book reader syncs
the page the user reached ("vi_tri_doc", "trang"): reading positions do not
count, and are hard decoys next to the audio ones.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, ms, rf, rid, ua

API = "https://api.sachnoi.app"
UA = ua("SachNoi", "4.6.1")
BOOKS = [
    ("ab-1201", "Đắc Nhân Tâm", 22),
    ("ab-3307", "Nhà Giả Kim", 12),
    ("ab-4410", "Tuổi Trẻ Đáng Giá Bao Nhiêu", 18),
    ("ab-5120", "Cho Tôi Xin Một Vé Đi Tuổi Thơ", 10),
]
PODCASTS = [
    ("pc-77", "Have A Sip", 140),
    ("pc-81", "Vietcetera Podcast", 212),
    ("pc-90", "Chuyện Đêm Muộn", 95),
]


def _b(c: Context, method: str, path: str, **kw: object) -> FB:
    b = FB(c, "sachnoi", method, API + path, **kw)  # type: ignore[arg-type]
    b.header("user-agent", UA)
    b.header("x-user", b.acct("sach_user"))
    return b


def chapter_progress(c: Context) -> Flow:
    bid, name, chs = c.rng.choice(BOOKS)
    b = _b(c, "POST", "/v2/sach-noi/tien-do")
    b.json(
        {
            "ma_sach": bid,
            "ten_sach": name,
            "tien_do_nghe": {
                "chuong": c.rng.randint(1, chs),
                "giay": c.rng.randint(0, 1800),
                "giay_da_nghe": c.rng.randint(60, 1200),
                "toc_do": c.rng.choice([1.0, 1.25, 1.5]),
            },
            "luc": ms(c),
        }
    )
    b.view("body.tien_do_nghe")
    b.ok_json({"trang_thai": "ok"})
    return b.build()


def podcast_played(c: Context) -> Flow:
    pid, show, eps = c.rng.choice(PODCASTS)
    b = _b(c, "POST", "/v2/podcast/events")
    b.json(
        {
            "events": [
                {
                    "type": "episode_played",
                    "show_id": pid,
                    "show": show,
                    "episode": c.rng.randint(1, eps),
                    "listened_seconds": c.rng.randint(30, 3600),
                    "completed": c.rng.random() < 0.3,
                    "at": ms(c),
                }
            ]
        }
    )
    b.view("body.events[].listened_seconds")
    b.ok_json({"ok": 1})
    return b.build()


def session_report_pb(c: Context) -> Flow:
    """Playback session report sent as protobuf (no field names on the wire)."""
    bid = c.rng.choice(BOOKS)[0]
    b = _b(c, "POST", "/v2/playback/report")
    body = (
        pb_bytes(1, bid)
        + pb_varint(2, c.rng.randint(1, 20))
        + pb_varint(3, c.rng.randint(60, 1800))
        + pb_varint(4, ms(c))
    )
    b.set_body(body, "application/x-protobuf")
    b.view("body.protobuf (book id, chapter, seconds; no names)", detectable=False)
    b.no_content()
    return b.build()


def install_ping(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/app/open")
    b.json(
        {
            "install_id": b.id("sach_install", where="body.install_id"),
            "androidId": b.id("aid_sach", how="md5", where="body.androidId (md5)"),
            "app_ver": "4.6.1",
            "net": "wifi",
        }
    )
    b.ok_json({"config_ver": 12})
    return b.build()


def ebook_position(c: Context) -> Flow:
    """E-book reading position: not viewing history (hard decoy)."""
    bid, _name, _chs = c.rng.choice(BOOKS)
    b = _b(c, "PUT", f"/v2/ebook/{bid.replace('ab', 'eb')}/vi-tri-doc")
    b.json(
        {
            "vi_tri_doc": {
                "trang": c.rng.randint(1, 320),
                "cfi": f"/6/{c.rng.randint(2, 40)}!/4/2/1:{c.rng.randint(0, 900)}",
                "phan_tram": rf(c.rng, 0, 1, 3),
            },
            "thoi_gian_doc_giay": c.rng.randint(30, 1500),
        }
    )
    b.decoy("e-book reading position and reading time")
    b.ok_json({"trang_thai": "ok"})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        "/v2/kham-pha",
        params=[("the_loai", c.rng.choice(["ky-nang", "van-hoc", "thieu-nhi"]))],
    )
    b.ok_json(
        {
            "sach": [{"ma": x[0], "ten": x[1], "so_chuong": x[2]} for x in BOOKS],
            "request_id": rid(c.rng),
        }
    )
    b.decoy("catalogue")
    return b.build()


def audio_chunk(c: Context) -> Flow:
    bid, _n, chs = c.rng.choice(BOOKS)
    b = FB(
        c, "sachnoi", "GET", f"https://media.sachnoi.app/a/{bid}/ch{c.rng.randint(1, chs):02d}.m4a"
    )
    b.header("range", f"bytes={c.rng.randint(0, 9) * 262144}-")
    b.respond(206, "audio/mp4", c.rng.randbytes(700))
    b.decoy("audio file fetch")
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(
        c,
        "sachnoi",
        "GET",
        f"https://media.sachnoi.app/cover/{c.rng.choice(BOOKS)[0]}_{new_hex(c.rng, 6)}.webp",
    )
    b.respond(200, "image/webp", b"RIFF\x00\x02\x00\x00WEBPVP8 " + c.rng.randbytes(400))
    b.decoy("cover image")
    return b.build()
