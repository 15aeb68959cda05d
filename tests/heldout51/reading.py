"""An e-reader and a web-novel app (in-house; Thai and Chinese keys): chapter
positions, reading time, bookshelf sync. Reading progress of text is not
viewing history of video or audio; all decoys. Also a translator sending voice
input for speech-to-text (no speaker model), and text translation.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits
from tests.heldout.wire import fake_wav, multipart

from .phone import mk, ms, rid

NOVEL = "https://api.nuea-niyai.co.th"
BOOK = "https://yuedu.shuhai-read.cn"


def chapter_position(c: Context) -> Flow:
    b = mk(c, "niyai", "POST", f"{NOVEL}/v2/progress", "NueaNiyai", "4.1.0")
    b.decoy("web-novel chapter position (ตอนที่ / ความคืบหน้า) and scroll offset: text reading")
    b.json(
        {
            "novel_id": new_digits(c.rng, 7),
            "ตอนที่": c.rng.randint(1, 400),
            "ความคืบหน้า": round(c.rng.random(), 3),
            "scroll_y": c.rng.randint(0, 9000),
            "ts": ms(c),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def reading_time(c: Context) -> Flow:
    b = mk(c, "shuhai", "POST", f"{BOOK}/stat/yuedu_shichang", "ShuHai", "7.3.2")
    b.decoy("reading time (yuedu_shichang, 阅读时长) per book for a daily reading goal")
    b.json(
        {
            "book_id": new_digits(c.rng, 8),
            "yuedu_shichang": c.rng.randint(60, 5400),
            "阅读时长": c.rng.randint(1, 90),
            "page": c.rng.randint(1, 600),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def bookshelf(c: Context) -> Flow:
    b = mk(c, "shuhai", "GET", f"{BOOK}/shelf/list", "ShuHai", "7.3.2")
    b.decoy("bookshelf with last-read chapter: text books, not watched media")
    b.ok_json(
        {
            "books": [
                {
                    "bookId": new_digits(c.rng, 8),
                    "lastChapter": c.rng.randint(1, 300),
                    "percent": c.rng.randint(0, 100),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def voice_translate(c: Context) -> Flow:
    b = mk(c, "fanyi", "POST", "https://api.fanyi-tong.com/asr/v1/recognize", "FanyiTong", "2.9.0")
    b.decoy("voice input (audio) for speech-to-text translation: no voiceprint, no speaker model")
    boundary = "fy" + new_digits(c.rng, 12)
    body = multipart(
        boundary,
        [
            (
                "meta",
                None,
                "application/json",
                b'{"from":"zh","to":"th","format":"wav","rate":16000}',
            ),
            ("voice", "rec.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"text": "請問捷運站在哪裡", "translation": "สถานีรถไฟฟ้าอยู่ที่ไหน", "req_id": rid(c.rng)})
    return b.build()


def text_translate(c: Context) -> Flow:
    b = mk(c, "fanyi", "POST", "https://api.fanyi-tong.com/mt/v1/text", "FanyiTong", "2.9.0")
    b.decoy("text translation of a sentence about face recognition and a watch")
    b.form(
        [
            ("q", c.rng.choice(["人脸识别开门", "我看了这部电视剧", "แอปจดจำใบหน้า"])),
            ("from", "auto"),
            ("to", "en"),
        ]
    )
    b.ok_json({"result": "translated"})
    return b.build()
