"""BeHoc: a kids' learning app on the child's Oppo phone (lessons as short videos,
picture books, pronunciation practice). Lesson-video progress is viewing
history; picture-book reading is not; pronunciation scoring is speech
recognition (no speaker model). The classroom tablet's id that the teacher's
class code returns belongs to the school (decoy).
"""

from __future__ import annotations

import zlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, jsb

from .phone import FB, builder, ms, rf, rid, ua

API = "https://api.behoc.example"
UA = ua("BeHoc", "3.7.1", oppo=True)
LESSONS = ["Bảng chữ cái", "Đếm số 1-10", "Con vật quanh em", "Tiếng Anh: Colors"]


def _b(c: Context, method: str, url: str) -> FB:
    b = builder(c, "behoc", method, url, UA)
    b.header("x-bh-device", b.id("aid_kids", where="header x-bh-device"))
    return b


def video_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/bai-hoc/video/tien-do")
    b.view("json bai_hoc_id + video_id + giay_da_xem + hoan_thanh")
    b.json(
        {
            "hoc_sinh": "be_" + new_hex(c.rng, 6),
            "bai_hoc_id": c.rng.randint(100, 999),
            "video_id": f"v{c.rng.randint(1000, 9999)}",
            "tieu_de": c.rng.choice(LESSONS),
            "giay_da_xem": c.rng.randint(20, 600),
            "hoan_thanh": c.rng.random() < 0.5,
            "luc": ms(c),
        }
    )
    b.ok_json({"sao": c.rng.randint(1, 3)})
    return b.build()


def packed_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/s")
    b.view("body z = base64(deflate(lesson video, seconds))", detectable=False)
    rec = jsb(
        {"l": c.rng.randint(100, 999), "v": c.rng.randint(1000, 9999), "s": c.rng.randint(20, 600)}
    )
    b.json({"z": b64(zlib.compress(rec))})
    b.no_content()
    return b.build()


def install(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/cai-dat")
    b.json(
        {
            "ma_quang_cao": b.id("oppo_gaid", where="json ma_quang_cao"),
            "android_id": b.id("aid_kids", where="json android_id"),
            "hang": "OPPO",
            "dong_may": "CPH2385",
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def picture_book(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/truyen-tranh/da-doc")
    b.decoy("picture-book pages read (reading, not watching)")
    b.json({"truyen_id": c.rng.randint(1, 500), "trang_da_doc": c.rng.randint(1, 24), "luc": ms(c)})
    b.no_content()
    return b.build()


def pronunciation(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/phat-am/cham-diem")
    b.decoy("pronunciation scoring: speech recognition of a word, no speaker model")
    b.json({"tu": "elephant", "am_thanh": b64(fake_wav(c.rng.randint(0, 10**9), 300))})
    b.ok_json({"diem": rf(c.rng, 40, 100, 1), "nhan_dang": "elephant"})
    return b.build()


def class_join(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/lop-hoc/tham-gia")
    b.decoy("school's classroom tablet serial (the school's device, not the family's)")
    b.json({"ma_lop": "1A-" + str(c.rng.randint(100, 999))})
    b.ok_json(
        {
            "lop": "1A",
            "may_tinh_bang_lop": "SCH-TAB-" + new_hex(c.rng, 8).upper(),
            "phien": rid(c.rng),
        }
    )
    return b.build()
