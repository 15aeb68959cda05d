"""Фит Цæсгом: a fitness studio in Vladikavkaz with a face check-in (Alan's Redmi,
his own smartwatch, and the studio's check-in kiosk at the door).

Enrolment takes a selfie and sends it to the studio's face service
(`cæsgom` = face, `fælgonc` = image); the app later checks in with a face
template computed on the phone; the studio's kiosk (its own equipment) sends
the templates of the members who walk in (other people's faces are biometric)
and a build that sends its descriptor as a nameless base64 string. The kiosk's
check-in answer with an estimated age is face analysis too. The app pairs
Alan's smartwatch (its BLE MAC and serial are a person's device), and a sync
sends an MD5 of the ANDROID_ID under `h`. MyTracker is the analytics SDK.

Ordinary: class timetable, bookings, a QR check-in, workout sync from the
watch (heart rate), watch faces ("a watch face is not a face"), the
trainer's photo, the "face check-in enabled" setting, kiosk heartbeats.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, jsb, multipart

from . import sdks
from .phone import FB, equipment_serial, floats, iso, ms, rf, rid, ua

API = "https://api.fit-caesgom.example"
UA = ua("FitCaesgom", "2.3.1", "alan")
CLASSES = ["Йогæ", "Кроссфит", "Пилатес", "Æнцой хуыссæн", "Функционал"]
FACES = ["Digital Hour", "Нарт", "Pulse Ring", "Minimal White"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "fitcaesgom", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _kiosk(c: Context, method: str, url: str) -> FB:
    b = FB(c, "fitcaesgom-kiosk", method, url)
    b.header("user-agent", "CheckinKiosk/1.4 (Android 11; kiosk)")
    b.header("x-kiosk", equipment_serial(c.rng, "KSK"))
    return b


def enrol_selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/cæsgom/enrol".replace("æ", "ae"))
    b.bio("face_image", "multipart part caesgom_faelgonc (selfie for face enrolment)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("member", None, "text/plain", b.acct("fitnes_member").encode()),
            (
                "caesgom_faelgonc",
                "selfie.jpg",
                "image/jpeg",
                fake_jpeg(c.rng.randint(0, 10**9), 800),
            ),
            (
                "liveness",
                None,
                "application/json",
                jsb({"blink": True, "score": rf(c.rng, 0.8, 1, 3)}),
            ),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"enrolled": True, "faceId": rid(c.rng)})
    return b.build()


def checkin_template(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/checkin/face")
    b.bio("face_template", "json cæsgomy_template (128 floats)")
    b.json(
        {
            "member": b.acct("fitnes_member"),
            "cæsgomy_template": floats(c.rng, 128),
            "model": "mobilefacenet-128",
            "ræstæg": iso(c),
        }
    )
    b.ok_json({"ok": True, "zal": c.rng.choice(CLASSES)})
    return b.build()


def kiosk_match(c: Context) -> Flow:
    b = _kiosk(c, "POST", f"{API}/kiosk/v1/match")
    b.bio("face_embedding", "json faceEmbedding (members at the door, kiosk)")
    b.json(
        {
            "faceEmbedding": floats_b64(floats(c.rng, 128)),
            "encoding": "float32-le-base64",
            "quality": rf(c.rng, 0.5, 1, 2),
            "t": ms(c),
        }
    )
    b.ok_json(
        {
            "match": True,
            "member": "FM-" + str(c.rng.randint(10**5, 10**6)),
            "estimatedAge": c.rng.randint(18, 60),
            "similarity": rf(c.rng, 0.7, 0.99, 3),
        }
    )
    return b.build()


def kiosk_opaque(c: Context) -> Flow:
    b = _kiosk(c, "POST", f"{API}/kiosk/v1/m2")
    b.bio("face_embedding", "form d (base64 float32, no name)", detectable=False)
    b.form([("d", floats_b64(floats(c.rng, 128))), ("k", "2")])
    b.ok_json({"r": 1})
    return b.build()


def kiosk_heartbeat(c: Context) -> Flow:
    b = _kiosk(c, "POST", f"{API}/kiosk/v1/heartbeat")
    b.decoy("studio kiosk heartbeat (institution equipment; face module status)")
    b.json({"faceModule": "ok", "camera": "ok", "queue": c.rng.randint(0, 4), "fw": "1.4.7"})
    b.ok_json({"ok": True})
    return b.build()


def watch_pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sahat/pair")
    b.json(
        {
            "watchMac": b.id("watch_mac", where="json watchMac"),
            "watchSerial": b.id("watch_serial", where="json watchSerial"),
            "model": "Amazfit Bip 5",
            "androidId": b.id("aid_fitnes", where="json androidId"),
        }
    )
    b.ok_json({"paired": True})
    return b.build()


def watch_sync_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/s")
    b.header("x-w", b.id("watch_mac", "nosep", "header x-w", detectable=False))
    b.form([("h", b.id("aid_fitnes", "md5", "form h", detectable=False)), ("n", "1")])
    b.ok_json({"s": 1})
    return b.build()


def workout(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/workout")
    b.decoy("workout from the watch: heart rate, duration (no id)")
    b.json(
        {
            "class": c.rng.choice(CLASSES),
            "duration": c.rng.randint(1800, 4200),
            "hr": [c.rng.randint(90, 170) for _ in range(10)],
            "kcal": c.rng.randint(200, 700),
            "source": "watch",
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def watch_faces(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/sahat/faces?model=bip5")
    b.decoy("watch faces catalogue ('face' of a watch)")
    b.ok_json(
        {"faces": [{"id": i, "name": n, "preview": f"/wf/{i}.png"} for i, n in enumerate(FACES)]}
    )
    return b.build()


def timetable(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/raspisanie?week=50")
    b.ok_json(
        {
            "classes": [
                {"nom": n, "ræstæg": iso(c), "duration": 55, "trainer": "Зæлинæ"} for n in CLASSES
            ]
        }
    )
    return b.build()


def booking(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/booking")
    b.decoy("class booking with booking number")
    b.json({"class": c.rng.choice(CLASSES), "position": c.rng.randint(1, 20), "idem": rid(c.rng)})
    b.ok_json({"booking": f"BK{c.rng.randint(10**6, 10**7)}"})
    return b.build()


def qr_checkin(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/checkin/qr")
    b.decoy("QR check-in token (no face)")
    b.json({"qr": b64(new_hex(c.rng, 20)), "t": ms(c)})
    b.ok_json({"ok": True})
    return b.build()


def settings(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/settings")
    b.decoy("'faceCheckinEnabled' setting flag")
    b.ok_json({"faceCheckinEnabled": True, "faceIdLogin": False, "ævzag": "os", "push": True})
    return b.build()


def trainer_photo(c: Context) -> Flow:
    b = FB(
        c, "fitcaesgom", "GET", f"https://cdn.fit-caesgom.example/trainers/{new_hex(c.rng, 12)}.jpg"
    )
    b.header("user-agent", UA)
    b.decoy("trainer's photo fetched for display (not sent to face analysis)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def mt_event(c: Context) -> Flow:
    return sdks.mytracker(
        c,
        c.rng.choice(["class_booked", "screen_view", "checkin"]),
        {"class": c.rng.choice(CLASSES)},
    )


def mt_first(c: Context) -> Flow:
    return sdks.mytracker(c, "install", {}, first=True)
