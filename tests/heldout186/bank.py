"""Lanka Thrift Bank: a mobile bank with face login and voice ID (Sinhala / Tamil / English).

Face login sends a 128-float face template (`faceTemplate`, base64 float32)
made on the phone; the first enrolment uploads a selfie to the bank's
liveness check. Voice ID (telephone-banking style speaker verification)
enrols with three spoken passphrase recordings and verifies with a speaker
vector. The newer SDK wraps the face template in an encrypted envelope (JWE
compact form: nothing readable says what it holds), and the voice check of
the IVR callback sends the vector under numeric keys. Device binding sends the
ANDROID_ID and a SHA-256 of it. Balances, transaction lists, the NIC-scan OCR
boxes and the KYC form's self-declared gender are not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64url, fake_jpeg, fake_wav, floats_b64, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua_samsung

API = "https://mb.lankathrift.example"
UA = ua_samsung("LTBMobile", "5.2.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lankathrift", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64url(rid(c.rng)))
    return b


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/device/bind")
    b.json(
        {
            "cif": b.acct("bank_cif"),
            "androidId": b.id("aid_bank", where="json androidId"),
            "deviceFingerprint": b.id("aid_bank", "sha256", "json deviceFingerprint"),
            "bindingKey": b.id("bank_binding", where="json bindingKey"),
            "mobile": b.acct("msisdn"),
            "model": "SM-A546E",
            "rooted": False,
        }
    )
    b.ok_json({"bound": True, "otpRequired": True})
    return b.build()


def signed_balance(c: Context) -> Flow:
    """Balance call signed with a hash of the binding key under 'x-s' (opaque)."""
    b = FB(c, "lankathrift", "GET", f"{API}/api/v2/accounts/summary")
    b.header("user-agent", UA)
    b.header("x-s", b.id("aid_bank", "md5", "header x-s (MD5 of ANDROID_ID)", detectable=False))
    b.decoy("account balances (money, not the categories)")
    b.ok_json(
        {"accounts": [{"no": "***4412", "balance": rf(c.rng, 1000, 900000, 2), "ccy": "LKR"}]}
    )
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/auth/face")
    b.bio("face_template", "json faceTemplate (base64 float32, 128-d)")
    b.json(
        {
            "cif": b.acct("bank_cif"),
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "templateVersion": "FT-3.1",
            "livenessScore": rf(c.rng, 0.8, 0.99, 3),
            "ts": iso(c),
        }
    )
    b.ok_json({"matched": True, "token": b64url(rid(c.rng))})
    return b.build()


def liveness_selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/liveness")
    boundary = "----LTB" + rid(c.rng).replace("-", "")[:20]
    b.bio("face_image", "multipart selfie (liveness check)")
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", jsb({"step": "selfie", "attempt": 1})),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"live": True, "score": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def face_envelope(c: Context) -> Flow:
    """Newer SDK: the template in a JWE compact string under 'payload'."""
    b = _b(c, "POST", f"{API}/api/v3/auth/fa")
    b.bio("face_template", "json payload (JWE-wrapped template)", detectable=False)
    parts = [b64url(jsb({"alg": "RSA-OAEP-256", "enc": "A256GCM"})), b64url(rid(c.rng))]
    parts += [b64url(rid(c.rng)[:12]), b64url(floats_b64(floats(c.rng, 128))), b64url(rid(c.rng))]
    b.json({"payload": ".".join(parts), "v": 3})
    b.ok_json({"r": "OK"})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/voiceid/enrol")
    boundary = "----LTB" + rid(c.rng).replace("-", "")[:20]
    b.bio("voiceprint", "multipart passphrase_1..3 (speaker enrolment audio)")
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("meta", None, "application/json", jsb({"cif": b.acct("bank_cif"), "lang": "si"}))
    ]
    parts += [
        (f"passphrase_{i}", f"vp{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9)))
        for i in (1, 2, 3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"voiceprintStatus": "ENROLLED"})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/voiceid/verify")
    b.bio("speaker_embedding", "json speakerVector (192 floats)")
    b.json({"speakerVector": floats(c.rng, 192), "channel": "app", "ts": ms(c)})
    b.ok_json({"verified": True, "score": rf(c.rng, 0.6, 0.97, 3)})
    return b.build()


def ivr_voice_numeric(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ivr/cb")
    b.bio("speaker_embedding", "json '2' (base64 float32 vector, numeric keys)", detectable=False)
    b.json({"1": rid(c.rng), "2": floats_b64(floats(c.rng, 192)), "3": ms(c)})
    b.ok_json({"0": 1})
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/accounts/txn?days=30")
    b.decoy("transaction list with amounts and references")
    b.ok_json(
        {
            "txns": [
                {
                    "ref": f"FT{c.rng.randint(10**9, 10**10)}",
                    "amount": rf(c.rng, -20000, 50000, 2),
                    "narration": c.rng.choice(["CEB BILL", "DIALOG RELOAD", "KEELLS SUPER"]),
                    "date": iso(c),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def nic_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/nic/ocr")
    b.decoy("NIC text OCR: word boxes, no face analysis")
    b.json(
        {
            "words": [
                {"text": w, "box": [c.rng.randint(0, 600), c.rng.randint(0, 400), 80, 20]}
                for w in ("ශ්‍රී", "ලංකා", "NIC", "199012345678")
            ]
        }
    )
    b.ok_json({"nic": "1990****5678", "ok": True})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/form")
    b.decoy("KYC form: self-declared gender, date of birth, address")
    b.json(
        {
            "fullName": "N. Perera",
            "gender": c.rng.choice(["F", "M"]),
            "dob": "1990-04-14",
            "address": "12/3 Galle Road, Colombo 06",
            "email": b.id("email", where="json email"),
        }
    )
    b.ok_json({"status": "RECEIVED"})
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/fx")
    b.decoy("exchange-rate series (numbers, not a face or a voice)")
    b.ok_json({"USD": [rf(c.rng, 295, 305, 2) for _ in range(14)], "base": "LKR"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/verify")
    b.json({"otp": str(c.rng.randint(100000, 999999)), "txn": rid(c.rng)})
    b.ok_json({"ok": True})
    return b.build()
