"""A gym chain's app ("Treeni": Finland / Sweden): QR entry, class bookings and
timers, a paired heart-rate strap, on-demand workout videos, face check-in.

The app's own backend. QR entry codes are short-lived TOTP-like strings; class
timers carry interval series. The student's own Polar H10 strap is paired over
BLE and its MAC is sent (a thing the tester owns: a device id). On-demand
workout videos report what was watched and for how long. Some clubs offer
face check-in at the door: the app enrols a face template for it.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, floats_b64

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.treeni-gym.fi"
UA = ua("Treeni", "6.2.4")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "treeni", method, API + path)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer tr_" + new_hex(c.rng, 32))
    return b


def qr_entry(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/sisaankaynti/qr")
    b.ok_json(
        {
            "koodi": new_digits(c.rng, 8),
            "qr": b64(c.rng.randbytes(40)),
            "vanheneeSek": 30,
            "klubi": "Kamppi",
        }
    )
    b.decoy("rotating QR entry code (opaque token, not a device id)")
    return b.build()


def class_timer(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/tunnit/{new_digits(c.rng, 6)}/ajastin")
    b.ok_json(
        {
            "intervallit": [{"tyo": 40, "lepo": 20}] * c.rng.randint(4, 8),
            "kesto": 2700,
            "alkaa": iso(c),
            "kulunut": c.rng.randint(0, 2700),
        }
    )
    b.decoy("class interval timer: elapsed/duration of a live class, no video")
    return b.build()


def book_class(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/varaukset")
    b.json({"tuntiId": new_digits(c.rng, 6), "idempotencyKey": rid(c.rng)})
    b.ok_json({"varausnumero": "V" + new_digits(c.rng, 7), "jono": c.rng.randint(0, 5)})
    b.decoy("class booking with idempotency key")
    return b.build()


def hr_pair(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/laitteet")
    b.json(
        {
            "tyyppi": "heart_rate_strap",
            "valmistaja": "Polar",
            "malli": "H10",
            "bleAddress": b.id("hr_mac", where="body bleAddress"),
            "akku": c.rng.randint(20, 100),
            "androidId": b.id("aid_gym", where="body androidId"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def hr_session(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/treenit")
    b.json(
        {
            "sensor": {"mac": b.id("hr_mac", how="upper", where="body sensor.mac")},
            "syke": [c.rng.randint(95, 185) for _ in range(30)],
            "alku": ms(c),
            "kcal": c.rng.randint(150, 700),
        }
    )
    b.ok_json({"treeniId": new_hex(c.rng, 16)})
    return b.build()


def video_progress(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/ondemand/katselu")
    dur = c.rng.choice([900, 1800, 2700])
    b.json(
        {
            "videoId": "od_" + new_hex(c.rng, 8),
            "otsikko": c.rng.choice(["HIIT 30", "Jooga 45", "Core 15"]),
            "katsottuSek": c.rng.randint(30, dur),
            "kestoSek": dur,
            "tapahtuma": c.rng.choice(["progress", "pause", "complete"]),
            "ts": ms(c),
        }
    )
    b.view("body videoId/katsottuSek/kestoSek: on-demand workout video watched")
    b.no_content()
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/kasvotunnistus/rekisteroi")
    b.json(
        {
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "templateVersion": "fr-v4",
            "quality": rf(c.rng, 0.7, 0.99, 3),
            "livenessScore": rf(c.rng, 0.8, 1.0, 3),
            "klubi": "Kamppi",
        }
    )
    b.bio("face_template", "body faceTemplate (face check-in enrolment)")
    b.ok_json({"enrolled": True})
    return b.build()


def face_checkin_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/door/ci")
    b.json({"p": b64(c.rng.randbytes(700)), "k": "v4", "d": "Kamppi-2"})
    b.bio("face_template", "body p (encrypted door check-in payload)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def pose_reps(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/liikeanalyysi")
    joints = [[rf(c.rng, 0, 1), rf(c.rng, 0, 1), rf(c.rng, -0.3, 0.3)] for _ in range(33)]
    b.json({"liike": "squat", "toistot": c.rng.randint(5, 20), "nivelet": joints, "ts": ms(c)})
    b.ok_json({"palaute": "Syvemmälle"})
    b.decoy("body-pose skeleton (33 joints) for rep counting: not face data")
    return b.build()
