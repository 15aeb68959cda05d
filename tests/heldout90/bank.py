"""Her bank app (fictional "Lulu Bank"): selfie liveness through Onfido, the
bank's own face-match result, a voice-ID login, and device binding with the
IDFV; around them many money decoys (FX series, transactions, card lists).

Onfido: `POST /v3.6/live_photos` multipart with `applicant_id` and `file`
(documentation.onfido.com, "Upload live photo"; SDK token auth). The voice-ID
login is modelled on enrolment/verification APIs (Azure Speaker Recognition
`verificationProfiles/{id}/verify` with WAV audio); the bank's paths and keys
are its own, some Malay ("suara" = voice, "wajah" = face).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

ONFIDO = "https://api.onfido.com"
API = "https://mobile.lulubank.example"
UA = ua("LuluBank", "12.4", "1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lulubank", method, url)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    return b


def onfido_live_photo(c: Context) -> Flow:
    boundary = "Boundary-" + new_hex(c.rng, 24).upper()
    b = FB(c, "onfido", "POST", ONFIDO + "/v3.6/live_photos")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 64))
    parts = [
        ("applicant_id", None, None, rid(c.rng).encode()),
        ("advanced_validation", None, None, b"true"),
        ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 1200)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.bio("face_image", "multipart file to Onfido live_photos")
    b.ok_json({"id": rid(c.rng), "file_name": "selfie.jpg", "created_at": iso(c)}, 201)
    return b.build()


def face_match(c: Context) -> Flow:
    b = _b(c, "POST", API + "/ekyc/v2/wajah/verify")
    body = {
        "livenessScore": rf(c.rng, 0.8, 1, 3),
        "faceMatchScore": rf(c.rng, 0.7, 1, 3),
        "faceTemplate": floats_b64(floats(c.rng, 128)),
        "templateVersion": "fr-5.1",
    }
    if c.rng.random() < 0.5:  # the first check of a session binds the vendor id
        body["deviceId"] = b.id("idfv_bank", where="json deviceId")
    b.json(body)
    b.bio("face_template", "json faceTemplate with liveness/match scores")
    b.ok_json({"result": "MATCH"})
    return b.build()


def voice_login(c: Context) -> Flow:
    boundary = "Boundary-" + new_hex(c.rng, 24).upper()
    b = _b(c, "POST", API + "/auth/v1/voiceid/verify")
    parts = [
        ("speakerProfileId", None, None, rid(c.rng).encode()),
        ("passphrase", None, None, b"my voice is my password"),
        ("suara", "sample.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**6), 1000)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.bio("voice_sample", "multipart voice sample for voice-ID verification")
    b.ok_json({"decision": "accept", "score": rf(c.rng, 0.6, 1, 3)})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", API + "/auth/v1/voiceid/enrol")
    b.json(
        {
            "voiceprint": b64(bytes.fromhex(new_hex(c.rng, 256))),
            "voiceprintFormat": "ivec-400",
            "enrolmentUtterances": 3,
            "netSpeechSec": rf(c.rng, 8, 20, 1),
        }
    )
    b.bio("voiceprint", "json voiceprint")
    b.ok_json({"enrolled": True})
    return b.build()


def opaque_ekyc(c: Context) -> Flow:
    b = _b(c, "POST", API + "/sec/v1/blob")
    b.set_body(bytes.fromhex(new_hex(c.rng, 600)), "application/octet-stream")
    b.bio("face_template", "encrypted ekyc blob", detectable=False)
    b.ok_json({"ok": 1})
    return b.build()


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", API + "/auth/v1/device-binding")
    b.json(
        {
            "vendorId": b.id("idfv_bank", where="json vendorId"),
            "deviceName": "Noor's iPhone",
            "jailbroken": False,
            "customer": b.acct("bank_user"),
        }
    )
    b.ok_json({"bound": True, "bindingRef": rid(c.rng)})
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", API + "/markets/v1/fx")
    b.param("pairs", "QARSGD,QARUSD,SGDMYR")
    b.ok_json(
        {"series": {p: [rf(c.rng, 0.2, 3.8, 5) for _ in range(30)] for p in ("QARSGD", "QARUSD")}}
    )
    b.decoy("FX price series")
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", API + "/accounts/v1/txns")
    b.param("from", str(ms(c) - 30 * 86400000))
    b.ok_json(
        {
            "txns": [
                {"id": rid(c.rng), "merchant": m, "amount": rf(c.rng, 5, 400, 2), "ccy": "QAR"}
                for m in c.rng.sample(
                    ["VOX Cinemas", "Face Lab Salon", "Qatar Duty Free", "Netflix", "Grab"], 3
                )
            ]
        }
    )
    b.decoy("transactions incl. cinema/streaming merchants and a salon named 'Face'")
    return b.build()


def face_id_toggle(c: Context) -> Flow:
    b = _b(c, "PUT", API + "/settings/v1/security")
    b.json({"faceIdLogin": c.rng.random() < 0.5, "voiceIdLogin": True, "biometricPromptAt": ms(c)})
    b.no_content()
    b.decoy("settings toggles for Face ID / voice ID login (no biometric data)")
    return b.build()
