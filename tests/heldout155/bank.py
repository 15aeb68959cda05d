"""Shonali Digital: a bank's app with on-device face e-KYC and voice verification
for the phone-banking line.

The face SDK runs on the phone and sends a 128-float face template as base64
float32 under `mukh_template`, with head pose and eye-blink results measured from
the face (`matha_pose`, `chokh_pholok`). Voice verification enrols three spoken
passphrases as WAV (`kontho_chap`, voiceprint) and later verifies one. A compact
variant sends the template as a bare float list under `v` (opaque). Cheque OCR,
the branch / ATM locator, FX rates and a signature-card image are not biometric
(the bank's definition of biometrics is face and voice).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://digital.shonalibank.example"
UA = ua("ShonaliDigital", "3.3.2")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "shonali", method, url)
    b.header("user-agent", UA)
    b.header("x-device-uid", b.id("aid_bank", where="header x-device-uid"))
    return b


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/ekyc/face/verify")
    b.bio("face_template", "json mukh_template (base64 float32 x128) + matha_pose")
    b.json(
        {
            "cif": b.acct("bank_cif"),
            "mukh_template": floats_b64(floats(c.rng, 128)),
            "matha_pose": {
                "yaw": rf(c.rng, -15, 15, 2),
                "pitch": rf(c.rng, -10, 10, 2),
                "roll": rf(c.rng, -5, 5, 2),
            },
            "chokh_pholok": c.rng.randint(1, 3),
            "sdk": "facekit-android 2.7",
        }
    )
    b.ok_json({"verified": True, "similarity": rf(c.rng, 0.7, 0.98, 3)})
    return b.build()


def face_template_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/ekyc/f2")
    b.bio("face_template", "json v = bare list of 128 floats, no face words", detectable=False)
    b.json({"v": floats(c.rng, 128), "r": rid(c.rng)})
    b.ok_json({"s": rf(c.rng, 0.7, 0.98, 3)})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/voice/kontho-chap/enrol")
    b.bio("voice_sample", "multipart kontho_chap_1..3 (voiceprint enrolment audio)")
    boundary = "----sb" + rid(c.rng).replace("-", "")[:16]
    parts = [("cif", None, None, b.acct("bank_cif").encode())]
    parts += [
        (f"kontho_chap_{i}", f"pass{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 800))
        for i in (1, 2, 3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"enrolled": True, "voiceprintId": rid(c.rng)})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/voice/kontho-chap/verify")
    b.bio("voice_sample", "json speaker verification audio (kontho_chap base64 WAV)")
    b.json(
        {
            "cif": b.acct("bank_cif"),
            "kontho_chap": b64(fake_wav(c.rng.randint(0, 10**9), 800)),
            "passphrase": "amar kontho amar porichoy",
        }
    )
    b.ok_json({"speaker_match": True, "score": rf(c.rng, 0.6, 0.95, 3)})
    return b.build()


def cheque_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/cheque/scan")
    b.decoy("cheque image OCR boxes (MICR line), not a face")
    b.json({"image": b64(fake_jpeg(c.rng.randint(0, 10**9), 300))})
    b.ok_json({"micr": "⑈004512⑈ 0151026⑆", "boxes": [[12, 240, 480, 30]], "amount": 25000})
    return b.build()


def signature_card(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/account/signature-card")
    b.decoy("account holder's signature-card image (handwriting, not face or voice)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def atm_locator(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/atm?lat={rf(c.rng, 23.7, 23.9, 5)}&lng={rf(c.rng, 90.3, 90.5, 5)}")
    b.decoy("ATM / branch locator coordinates")
    b.ok_json(
        {
            "atms": [
                {
                    "name": f"Gulshan-{i}",
                    "lat": rf(c.rng, 23.77, 23.8, 5),
                    "lng": rf(c.rng, 90.40, 90.42, 5),
                }
                for i in range(4)
            ]
        }
    )
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/fx?base=BDT")
    b.decoy("FX rate series (float vector without face context)")
    b.ok_json({"USD": [rf(c.rng, 117, 122, 3) for _ in range(30)], "asOf": iso(c)})
    return b.build()
