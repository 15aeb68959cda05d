"""PhuanTalk (เพื่อนทอล์ค): a LINE-like messenger, the manager's own (she runs
the building staff's group chat from it).

Registration ties the account to a 32-hex `udid` the app makes up and to the
ANDROID_ID; the udid rides in an `x-pt-udid` header on the sync calls and
base64-encoded under `c` on the keep-alive. Messages (Thai text), stickers,
voice notes (a recording sent to a chat, not a voiceprint) and the group's
read receipts are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, multipart

from .phone import FB, ms, rid, ua

API = "https://gw.phuantalk.example"
UA = ua("PhuanTalk", "14.2.1")
TEXTS = [
    "พี่ รปภ. ช่วยเช็คลิฟต์ตัว 3 หน่อยค่ะ",
    "ห้อง 21/1803 แจ้งน้ำรั่วค่ะ",
    "พัสดุเยอะมากวันนี้ 555",
    "ประชุมกรรมการ 19.00 น. นะคะ",
    "รับทราบครับ",
    "แม่ กินข้าวยัง",
]


def _b(c: Context, method: str, url: str, udid: bool = False) -> FB:
    b = FB(c, "phuantalk", method, url)
    b.header("user-agent", UA)
    b.header("x-pt-access", b64(rid(c.rng)))
    if udid:
        b.header("x-pt-udid", b.id("chat_udid", where="header x-pt-udid"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/device/register")
    b.json(
        {
            "mid": b.acct("chat_mid"),
            "udid": b.id("chat_udid", where="json udid"),
            "androidId": b.id("aid_chat", where="json androidId"),
            "deviceName": "Galaxy A55",
            "systemVersion": "14",
            "region": "TH",
        }
    )
    b.ok_json({"result": "OK", "certificate": rid(c.rng)})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/sync", udid=True)
    b.json({"revision": c.rng.randint(10**6, 10**7), "limit": 100})
    b.ok_json({"ops": c.rng.randint(0, 20), "revision": c.rng.randint(10**6, 10**7)})
    return b.build()


def keepalive(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ka")
    b.form([("c", b.id("chat_udid", "b64", "form c", detectable=False)), ("s", "1")])
    b.no_content()
    return b.build()


def message(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/message/send")
    b.json(
        {
            "to": "c" + rid(c.rng).replace("-", ""),
            "contentType": "TEXT",
            "text": c.rng.choice(TEXTS),
            "reqSeq": c.rng.randint(1, 10**6),
            "createdTime": ms(c),
        }
    )
    b.ok_json({"id": str(c.rng.randint(10**17, 10**18)), "createdTime": ms(c)})
    return b.build()


def sticker(c: Context) -> Flow:
    pkg, sid = c.rng.randint(11537, 11539), c.rng.randint(52002734, 52002770)
    b = _b(c, "GET", f"https://stickers.phuantalk.example/products/{pkg}/{sid}/android/sticker.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def voice_note(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/obs/voice")
    b.decoy("voice note recording (not a voiceprint)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("to", None, "text/plain", rid(c.rng).encode()),
            ("file", "voice.m4a", "audio/mp4", fake_wav(c.rng.randint(0, 10**9), 700)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"oid": rid(c.rng)})
    return b.build()


def read_receipts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v4/group/{rid(c.rng)[:8]}/read?since={ms(c) - 3600000}")
    b.decoy("message ids and read times (not viewing)")
    b.ok_json(
        {
            "reads": [
                {"msgId": str(c.rng.randint(10**17, 10**18)), "readCount": c.rng.randint(1, 14)}
                for _ in range(4)
            ]
        }
    )
    return b.build()
