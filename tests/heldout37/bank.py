"""Gintaro bankas (fictional Lithuanian/Latvian bank app): face verification and voice confirmation.

In-house backend on api.gintarobankas.lt. Face checks follow the shape of
on-device face SDKs that hand results to the bank's server: a JPEG selfie in a
multipart form, a 512-float face template as base64 float32 (the ArcFace
embedding size), a liveness report with 68-point landmarks and head pose per
frame. Voice confirmation of large payments: WAV enrolment in a multipart form
and a 192-dimensional speaker embedding (the ECAPA-TDNN size) for verification;
the Latvian branch names it balss_nospiedums (voiceprint). One payload is
encrypted by the app before sending (opaque). Lithuanian keys: veido_nuotrauka
= face photo, balso_irasas = voice recording, lytis = gender (sign-up form).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, points, rf, rid, ua

API = "https://api.gintarobankas.lt"
UA = ua("GintaroBankas", "9.14.2")


def _auth(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(b.ctx.rng).replace("-", ""))
    b.header("x-request-id", rid(b.ctx.rng))


def selfie(c: Context) -> Flow:
    b = FB(c, "bank", "POST", f"{API}/api/biometrija/veidas/patikra")
    _auth(b)
    bnd = "----GB" + rid(c.rng)[:12]
    body = multipart(
        bnd,
        [
            ("veido_nuotrauka", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randrange(10**6))),
            ("operacija", None, None, b"mokejimo_patvirtinimas"),
            ("kamera", None, None, b"front"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart veido_nuotrauka jpeg")
    b.ok_json({"rezultatas": "sutampa", "panasumas": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def face_template(c: Context) -> Flow:
    b = FB(c, "bank", "POST", f"{API}/api/v3/auth/face/verify")
    _auth(b)
    b.json(
        {
            "faceTemplate": floats_b64(floats(c.rng, 512)),
            "templateVersion": "arc-512-f32",
            "quality": rf(c.rng, 0.7, 0.99, 3),
            "purpose": "login",
        }
    )
    b.bio("face_template", "json faceTemplate base64 float32")
    b.ok_json({"match": True, "score": rf(c.rng, 0.6, 0.95, 3)})
    return b.build()


def liveness(c: Context) -> Flow:
    b = FB(c, "bank", "POST", f"{API}/api/v3/auth/face/liveness")
    _auth(b)
    frames = [
        {
            "t": i * 66,
            "landmarks68": points(c.rng, 68),
            "yaw": rf(c.rng, -20, 20, 2),
            "pitch": rf(c.rng, -15, 15, 2),
            "roll": rf(c.rng, -8, 8, 2),
            "eyesOpen": rf(c.rng, 0.2, 1.0, 2),
        }
        for i in range(3)
    ]
    b.json(
        {"liveness": {"challenge": "turn_left", "score": rf(c.rng, 0.8, 1, 3), "frames": frames}}
    )
    b.bio("landmarks", "json liveness.frames landmarks68")
    b.ok_json({"live": True})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = FB(c, "bank", "POST", f"{API}/api/biometrija/balsas/registracija")
    _auth(b)
    bnd = "----GB" + rid(c.rng)[:12]
    body = multipart(
        bnd,
        [
            ("balso_irasas", "irasas.wav", "audio/wav", fake_wav(c.rng.randrange(10**6))),
            ("fraze_nr", None, None, str(c.rng.randint(1, 3)).encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("voiceprint", "multipart balso_irasas wav (voice enrolment)")
    b.ok_json({"busena": "priimta"})
    return b.build()


def voice_verify(c: Context) -> Flow:
    lv = c.rng.random() < 0.5
    b = FB(c, "bank", "POST", f"{API}/api/v3/payments/{rid(c.rng)[:8]}/voice-confirm")
    _auth(b)
    key = "balss_nospiedums" if lv else "speakerEmbedding"
    b.json(
        {
            key: floats(c.rng, 192),
            "model": "ecapa-192",
            "phraseId": c.rng.randint(1, 5),
            "snr_db": rf(c.rng, 12, 30, 1),
        }
    )
    b.bio("voiceprint", f"json {key} float list")
    b.ok_json({"confirmed": True})
    return b.build()


def opaque_bio(c: Context) -> Flow:
    b = FB(c, "bank", "POST", f"{API}/api/v2/s/7")
    _auth(b)
    b.json({"d": b64(bytes(c.rng.randrange(256) for _ in range(400))), "k": rid(c.rng)[:8]})
    b.bio("face_template", "app-encrypted 'd' blob (face check)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def bind_device(c: Context) -> Flow:
    b = FB(c, "bank", "POST", f"{API}/api/v3/devices/bind")
    _auth(b)
    b.header(
        "x-device-fingerprint", b.id("aid_bank", how="sha256", where="header x-device-fingerprint")
    )
    b.json(
        {
            "deviceId": b.id("aid_bank", where="json deviceId"),
            "bindingKey": b.id("bank_binding", where="json bindingKey"),
            "deviceName": "moto g 2024",
            "rooted": False,
        }
    )
    b.ok_json({"bound": True, "at": iso(c)})
    return b.build()


def transactions(c: Context) -> Flow:
    b = FB(
        c,
        "bank",
        "GET",
        f"{API}/api/v3/accounts/LT{c.rng.randint(10**17, 10**18 - 1)}/transactions",
    )
    _auth(b)
    b.ok_json(
        {
            "items": [
                {
                    "id": rid(c.rng),
                    "suma": rf(c.rng, -200, 300, 2),
                    "valiuta": "EUR",
                    "gavejas": c.rng.choice(["Maxima", "Rimi", "Bolt", "Circle K"]),
                }
                for _ in range(8)
            ]
        }
    )
    b.decoy("transaction list, amounts and ids")
    return b.build()


def signup_form(c: Context) -> Flow:
    b = FB(c, "bank", "POST", f"{API}/api/v3/onboarding/anketa")
    _auth(b)
    b.json(
        {
            "vardas": "Oksana",
            "pavarde": "Kovalenko",
            "lytis": "moteris",
            "gimimo_metai": 1987,
            "pilietybe": "UA",
            "gyvenamoji_vieta": "Vilnius",
            "el_pastas": b.id("email", where="json el_pastas"),
        }
    )
    b.decoy("self-declared gender on sign-up form")
    b.ok_json({"zingsnis": 2})
    return b.build()


def otp(c: Context) -> Flow:
    b = FB(c, "bank", "POST", f"{API}/api/v3/payments/confirm-otp")
    _auth(b)
    b.json({"paymentId": rid(c.rng), "otp": f"{c.rng.randint(0, 999999):06d}"})
    b.decoy("payment id and one-time code")
    b.ok_json({"status": "EXECUTED"})
    return b.build()
