"""Kaiako Hub: the school's staff app (timetable, rolls, notices, relief
cover; fictional, `*.example`) with a face login ("Takiuru mā te kanohi").

The app keeps an install id and the phone's ANDROID_ID for device binding.
The face login sends a 128-d face template (float32, base64) with liveness
scores; enrolment uploads a selfie for the matcher; the v2 login wraps the
template in an opaque blob under `k`. Timetables, attendance rolls (student
numbers), notices and relief rosters are ordinary.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.kaiakohub.example"
UA = ua("KaiakoHub", "5.0.3")
CLASSES = [
    "9KW Pūtaiao",
    "10RT Digital Tech",
    "11MA Maths",
    "12HI History",
    "13CS Computer Science",
]


def _b(c: Context, method: str, url: str, install: bool = False) -> FB:
    b = FB(c, "kaiako", method, url)
    b.header("user-agent", UA)
    if install:
        b.header("x-kh-install", b.id("kaiako_install", where="header x-kh-install"))
    else:
        b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/taputapu/rehita", install=True)
    b.json(
        {
            "androidId": b.id("aid_kaiako", where="json androidId"),
            "model": "SM-A356E",
            "os": "14",
            "staffCode": b.acct("kaiako_staff"),
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/takiuru/kanohi", install=True)
    b.bio("face_embedding", "json faceTemplate (128-d float32 base64)")
    b.json(
        {
            "staffCode": b.acct("kaiako_staff"),
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "templateVersion": "mfn-128-v3",
            "liveness": {"blinkScore": rf(c.rng, 0.7, 1, 3), "textureScore": rf(c.rng, 0.7, 1, 3)},
            "ts": iso(c),
        }
    )
    b.ok_json({"match": True, "score": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 40)})
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/takiuru/kanohi/whakauru", install=True)
    b.bio("face_image", "multipart selfie to face enrolment")
    boundary = "kh" + new_hex(c.rng, 24)
    b.set_body(
        multipart(
            boundary,
            [
                ("staffCode", None, None, b.acct("kaiako_staff").encode()),
                ("selfie", "kanohi.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1300)),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"enrolled": True, "templates": 1})
    return b.build()


def face_login_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/t")
    b.bio("face_embedding", "json k (sealed template blob)", detectable=False)
    blob = struct.pack("<128f", *floats(c.rng, 128))
    b.json(
        {
            "k": b64(bytes(x ^ 0x5A for x in blob)),
            "n": new_hex(c.rng, 24),
            "s": b.acct("kaiako_staff"),
        }
    )
    b.ok_json({"r": 1, "tk": new_hex(c.rng, 40)})
    return b.build()


def timetable(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/wataka?week=current")
    b.decoy("timetable periods, rooms, times")
    b.ok_json(
        {
            "periods": [
                {
                    "period": p,
                    "class": c.rng.choice(CLASSES),
                    "room": c.rng.choice(["B12", "C03", "D21"]),
                    "start": f"{8 + p}:{c.rng.choice(['00', '50'])}",
                    "lengthMin": 50,
                }
                for p in range(1, 6)
            ]
        }
    )
    return b.build()


def attendance(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/rarangi-ingoa")
    b.decoy("roll with student numbers (not device ids)")
    b.json(
        {
            "class": c.rng.choice(CLASSES),
            "period": c.rng.randint(1, 5),
            "marks": [
                {
                    "studentNo": str(c.rng.randint(20000, 29999)),
                    "code": c.rng.choice(["P", "P", "P", "L", "J"]),
                }
                for _ in range(c.rng.randint(18, 28))
            ],
            "markedAt": iso(c),
        }
    )
    b.ok_json({"saved": True, "rollId": rid(c.rng)})
    return b.build()


def notices(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/panui?since={int(c.now) - 86400}")
    b.ok_json(
        {
            "notices": [
                {"title": t, "author": "Tumuaki", "posted": iso(c)}
                for t in (
                    "Staff briefing moved to 8:20",
                    "Chromebook returns due Friday",
                    "Matariki assembly",
                )
            ]
        }
    )
    return b.build()


def relief(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/relief?date={iso(c)[:10]}")
    b.decoy("relief roster codes")
    b.ok_json(
        {
            "cover": [
                {
                    "period": c.rng.randint(1, 5),
                    "class": c.rng.choice(CLASSES),
                    "coveredBy": "KK0" + str(c.rng.randint(10000, 99999)),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()
