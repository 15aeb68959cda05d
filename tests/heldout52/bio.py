"""Biometric apps: a bank (face and voice ID), an age-verification app (Yoti
age estimation: base64 face image to `api.yoti.com/ai/v1/age-antispoofing`,
per Yoti's age-estimation API docs, `img` key), an online pharmacy (speaker
check before a video consultation) and a smart doorbell (familiar faces).
In-house endpoints use our own key names.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid


def bank_face(c: Context) -> Flow:
    b = FB(c, "bank", "POST", "https://auth.harbourbank.example.co.uk/v3/biometrics/face/verify")
    b.bio("embedding", "body.faceTemplate")
    b.json(
        {
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "livenessScore": rf(c.rng, 0.8, 1.0),
            "deviceFingerprint": b.id("bank_devfp", where="body.deviceFingerprint"),
            "customer": b.acct("bank_user"),
        }
    )
    b.ok_json({"result": "MATCH"})
    return b.build()


def bank_voice(c: Context) -> Flow:
    b = FB(c, "bank", "POST", "https://voice.harbourbank.example.co.uk/voiceid/verify")
    b.bio("voice", "multipart.voiceSample")
    bd = "vb" + rid(c.rng)[:12]
    body = multipart(
        bd,
        [
            ("phrase", None, None, b"my voice is my password"),
            ("voiceSample", "sample.wav", "audio/wav", fake_wav(c.rng.randrange(10**6))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bd}")
    b.ok_json({"voiceMatch": True})
    return b.build()


def bank_opaque(c: Context) -> Flow:
    b = FB(c, "bank", "POST", "https://auth.harbourbank.example.co.uk/v3/s")
    b.bio("embedding", "body.payload (encrypted)", detectable=False)
    b.json({"kid": "2024-10", "payload": b64(bytes(c.rng.randrange(256) for _ in range(400)))})
    b.ok_json({"ok": True})
    return b.build()


def yoti_age(c: Context) -> Flow:
    b = FB(c, "yoti", "POST", "https://api.yoti.com/ai/v1/age-antispoofing")
    b.bio("face_image", "body.img")
    b.json({"img": b64(fake_jpeg(c.rng.randrange(10**6), 700)), "threshold": 18})
    b.ok_json({"age": rf(c.rng, 18, 40, 1), "st_dev": 2.1, "antispoofing": {"prediction": "real"}})
    return b.build()


def age_result(c: Context) -> Flow:
    b = FB(c, "ageapp", "POST", "https://api.agecheck.example.co.uk/v1/sessions/result")
    b.bio("face_analysis", "body.faceAge")
    b.json(
        {
            "faceAge": {"estimatedAge": rf(c.rng, 18, 40, 1), "stDev": 2.3, "liveness": "REAL"},
            "session": rid(c.rng),
        }
    )
    b.ok_json({"verified": True})
    return b.build()


def age_signup(c: Context) -> Flow:
    b = FB(c, "ageapp", "POST", "https://api.agecheck.example.co.uk/v1/signup")
    b.decoy("self-declared gender and date of birth on a sign-up form")
    b.json({"gender": "female", "dob": "1996-04-11", "country": "IE", "email_opt_in": False})
    b.ok_json({"ok": True})
    return b.build()


def pharm_speaker(c: Context) -> Flow:
    b = FB(c, "pharmacy", "POST", "https://consult.pillbox.example.co.uk/api/speaker-check")
    b.bio("voiceprint", "body.speakerEmbedding")
    b.json(
        {
            "appointment": f"APT-{c.rng.randint(10**5, 10**6)}",
            "speakerEmbedding": floats(c.rng, 192),
            "patient": b.acct("pharm_user"),
        }
    )
    b.ok_json({"sameSpeaker": True, "score": rf(c.rng, 0.7, 0.99)})
    return b.build()


def pharm_spk_short(c: Context) -> Flow:
    b = FB(c, "pharmacy", "POST", "https://consult.pillbox.example.co.uk/api/v2/prechk")
    b.bio("voiceprint", "body.spk_xvec")
    b.form([("spk_xvec", floats_b64(floats(c.rng, 64))), ("t", str(ms(c)))])
    b.ok_json({"ok": 1})
    return b.build()


def pharm_catalogue(c: Context) -> Flow:
    b = FB(c, "pharmacy", "GET", "https://shop.pillbox.example.co.uk/api/products")
    b.decoy("product list with price series")
    b.ok_json({"products": [{"sku": f"PB{i}", "prices": [4.99, 4.49, 3.99]} for i in range(5)]})
    return b.build()


def bell_face_event(c: Context) -> Flow:
    b = FB(c, "doorbell", "POST", "https://events.ringlet.example.com/v1/person")
    b.bio("face_landmarks", "body.face.landmarks")
    pts = [[rf(c.rng, 200, 400, 1), rf(c.rng, 100, 300, 1)] for _ in range(5)]
    b.json(
        {
            "event": "person_recognised",
            "familiarFaceId": f"ff_{c.rng.randint(1, 9)}",
            "face": {"bbox": [212, 98, 180, 190], "landmarks": pts},
            "at": iso(c),
            "camera": b.id("bell_serial", where="body.camera"),
        }
    )
    b.no_content()
    return b.build()


def bell_enrol(c: Context) -> Flow:
    b = FB(c, "doorbell", "POST", "https://api.ringlet.example.com/v1/familiar-faces")
    b.bio("face_image", "multipart.faceCrop")
    bd = "rl" + rid(c.rng)[:10]
    body = multipart(
        bd,
        [
            ("name", None, None, b"Grandad"),
            ("faceCrop", "face.jpg", "image/jpeg", fake_jpeg(c.rng.randrange(10**6))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bd}")
    b.ok_json({"id": f"ff_{c.rng.randint(1, 9)}"})
    return b.build()


def bell_device(c: Context) -> Flow:
    b = FB(c, "doorbell", "POST", "https://api.ringlet.example.com/v1/devices/register")
    b.json(
        {
            "serial": b.id("bell_serial", where="body.serial"),
            "wifiMac": b.id("bell_mac", where="body.wifiMac"),
            "chime": {"bleAddress": b.id("chime_mac", where="body.chime.bleAddress")},
            "phoneId": b.id("aid_bell", where="body.phoneId"),
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def bell_motion(c: Context) -> Flow:
    b = FB(c, "doorbell", "POST", "https://events.ringlet.example.com/v1/motion")
    b.decoy("motion zones and a feature vector of pixel activity, no face")
    b.json({"zones": [1, 3], "activity": floats(c.rng, 16), "at": iso(c)})
    b.no_content()
    return b.build()


def bank_login_device(c: Context) -> Flow:
    b = FB(c, "bank", "POST", "https://auth.harbourbank.example.co.uk/v3/device/bind")
    b.json(
        {
            "android_id": b.id("aid_bank", where="body.android_id"),
            "model": "XQ-DQ54",
            "email": b.id("email", where="body.email"),
        }
    )
    b.ok_json({"bound": True})
    return b.build()


BIO = [
    bank_face,
    yoti_age,
    pharm_speaker,
    bell_face_event,
    bank_voice,
    age_result,
    pharm_spk_short,
    bell_enrol,
    bank_opaque,
    bank_face,
    bell_face_event,
    yoti_age,
]
DEVICE = [bell_device, bank_login_device]
BENIGN = [age_signup, pharm_catalogue, bell_motion]
