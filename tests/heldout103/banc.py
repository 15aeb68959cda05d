"""Banc Beo: an Irish challenger bank with Onfido identity verification and face log-in.

Onboarding uses Onfido's SDK against the EU region (`live_photos` with the selfie
as `file`, `live_videos` with the liveness `challenge`; https://documentation.onfido.com/api/latest/).
Face log-in sends a face template (base64 float32) under the Irish
`teimpléad_aghaidhe`; the fraud module re-posts the encrypted face crop under
`p`. The device is bound by its ANDROID_ID; AppsFlyer counts launches.
Passport OCR boxes, transaction amounts, FX series and the self-declared gender
on the sign-up form are not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, floats_b64, js, jwt, multipart

from . import sdks
from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.bancbeo.example"
ONFIDO = "https://api.eu.onfido.com"
UA = ua("BancBeo", "3.44.0")


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "bancbeo", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + jwt({"sub": c.phone.banc_user, "iat": int(c.now)}))
    if device:
        b.header("x-bb-gleas", b.id("aid_banc", where="header x-bb-gleas"))
    return b


def _onfido(c: Context, path: str) -> FB:
    b = FB(c, "onfido", "POST", f"{ONFIDO}{path}")
    b.header("user-agent", "Onfido-Android-SDK/19.4.0")
    b.header("authorization", "Bearer " + jwt({"payload": new_hex(c.rng, 40), "uuid": rid(c.rng)}))
    return b


def onfido_live_photo(c: Context) -> Flow:
    b = _onfido(c, "/v3.6/live_photos")
    b.bio("face_image", "multipart file (live_photos selfie)")
    boundary = new_hex(c.rng, 32)
    body = multipart(
        boundary,
        [
            ("applicant_id", None, None, rid(c.rng).encode()),
            ("advanced_validation", None, None, b"true"),
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "id": rid(c.rng),
            "created_at": iso(c),
            "file_name": "selfie.jpg",
            "file_type": "image/jpeg",
        }
    )
    return b.build()


def onfido_live_video(c: Context) -> Flow:
    b = _onfido(c, "/v3.6/live_videos")
    b.bio("face_video", "multipart file (live_videos liveness)")
    boundary = new_hex(c.rng, 32)
    challenge = [
        {"type": "recite", "query": [c.rng.randint(0, 9) for _ in range(3)]},
        {"type": "movement", "query": "turnLeft"},
    ]
    body = multipart(
        boundary,
        [
            ("applicant_id", None, None, rid(c.rng).encode()),
            ("challenge", None, "application/json", js(challenge).encode()),
            ("languages", None, "application/json", b'[{"source":"sdk","language_code":"ga"}]'),
            ("file", "video.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 1500)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "created_at": iso(c), "file_type": "video/mp4"})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/fíorú/aghaidh", device=True)
    b.bio("face_template", "json teimpléad_aghaidhe (base64 float32)")
    b.json(
        {
            "teimpléad_aghaidhe": floats_b64(floats(c.rng, 128)),
            "beocht": {"scór": rf(c.rng, 0.8, 1.0, 3), "cineál": "éighníomhach"},
            "am": iso(c),
        }
    )
    b.ok_json({"glactha": True, "token": new_hex(c.rng, 40)})
    return b.build()


def fraud_crop(c: Context) -> Flow:
    """The fraud module's encrypted face crop: ciphertext under one letter."""
    b = _b(c, "POST", f"{API}/api/v2/s")
    b.bio("face_image", "json p (encrypted face crop)", detectable=False)
    b.json({"p": b64(bytes(c.rng.getrandbits(8) for _ in range(240))), "i": 3, "t": int(c.now)})
    b.no_content()
    return b.build()


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/gléas/ceangail")
    b.json(
        {
            "androidId": b.id("aid_banc", where="json androidId"),
            "samhail": "SM-A556B",
            "ainm": "Fón Shíle",
            "eochair_phoiblí": b64(new_hex(c.rng, 64)),
        }
    )
    b.ok_json({"gléas_ceangailte": True})
    return b.build()


def appsflyer(c: Context) -> Flow:
    return sdks.appsflyer_launch(c, "ie.bancbeo.app", "aid_banc", "banc_af_uid")


def appsflyer_event(c: Context) -> Flow:
    return sdks.appsflyer_launch(
        c, "ie.bancbeo.app", "aid_banc", "banc_af_uid", "af_complete_registration"
    )


def passport_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/kyc/doiciméad/ocr")
    b.decoy("passport OCR text boxes and MRZ (document reading, not a face)")
    b.json(
        {
            "réimsí": [
                {
                    "ainm": "sloinne",
                    "luach": "NÍ CHONGHAILE",
                    "bosca": [rf(c.rng, 0, 1, 3) for _ in range(4)],
                },
                {
                    "ainm": "mrz",
                    "luach": "P<IRLNI<CHONGHAILE<<SILE<<<<<<<<<<<<<<<<<<",
                    "bosca": [rf(c.rng, 0, 1, 3) for _ in range(4)],
                },
            ]
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def signup(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/cláraigh")
    b.decoy("sign-up form: self-declared gender (inscne) and date of birth, not biometric")
    b.json(
        {
            "ríomhphost": b.id("email", where="json ríomhphost"),
            "céadainm": "Síle",
            "inscne": c.rng.choice(["baineann", "fireann", "eile"]),
            "dáta_breithe": "1994-03-17",
            "seoladh": {"baile": "An Cheathrú Rua", "contae": "Gaillimh", "eircode": "H91 X2Y3"},
        }
    )
    b.ok_json({"customerId": c.phone.banc_user})
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/idirbhearta?teorainn=30")
    b.decoy("transaction amounts and running balance series")
    bal = rf(c.rng, 200, 3000, 2)
    rows = []
    for _ in range(12):
        amt = rf(c.rng, -90, 40, 2)
        bal = round(bal + amt, 2)
        rows.append(
            {
                "méid": amt,
                "iarmhéid": bal,
                "ceannaí": c.rng.choice(["SuperValu", "Tesco", "Aran Islands Ferries"]),
                "am": iso(c),
            }
        )
    b.ok_json({"idirbhearta": rows})
    return b.build()


def fx(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/rátaí?ó=EUR&go=GBP&laethanta=30")
    b.decoy("exchange-rate series (float list)")
    b.ok_json({"rátaí": [rf(c.rng, 0.83, 0.87, 5) for _ in range(30)]})
    return b.build()
