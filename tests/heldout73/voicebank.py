"""SiamVoice Bank, a Thai bank's voice-banking app with voice OTP (fictional backend).

The customer enrols a voiceprint by saying a fixed Thai phrase three times;
later a spoken one-time code is sent for speaker verification. The
speaker-verification service answers with and receives x-vectors; one
internal API names the voiceprint in Thai ("ลายเสียง"). The in-app assistant
sends speech for speech-to-text only (a balance question): not biometric.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, ms, rf, rid, ua

API = "https://api.siamvoicebank.co.th"
UA = ua("SiamVoice", "11.2.0")
PHRASE = "ฉันยืนยันตัวตนด้วยเสียงของฉัน"


def _b(c: Context, method: str, path: str, **kw: object) -> FB:
    b = FB(c, "voicebank", method, API + path, **kw)  # type: ignore[arg-type]
    b.header("user-agent", UA)
    b.header("x-cif", b.acct("voice_user"))
    b.header("x-request-id", rid(c.rng))
    return b


def enrol(c: Context) -> Flow:
    bnd = "vb" + new_hex(c.rng, 22)
    parts = [
        ("phrase", None, None, PHRASE.encode()),
        ("enrolment_type", None, None, b"text_dependent"),
    ]
    for i in range(3):
        parts.append(
            (
                f"utterance_{i + 1}",
                f"enrol_{i + 1}.wav",
                "audio/wav",
                fake_wav(c.rng.randint(0, 1 << 30), 800),
            )
        )
    b = _b(c, "POST", "/voiceprint/v1/enrol")
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("voice_sample", "body.utterance_1..3 (voiceprint enrolment)")
    b.ok_json({"enrolment_id": "en_" + new_hex(c.rng, 16), "quality": rf(c.rng, 0.7, 0.99, 2)})
    return b.build()


def voice_otp(c: Context) -> Flow:
    b = _b(c, "POST", "/voice-otp/v1/verify")
    b.json(
        {
            "challenge_id": new_uuid(c.rng),
            "mode": "speaker_verification",
            "otp_audio": b64(fake_wav(c.rng.randint(0, 1 << 30), 700)),
            "sample_rate": 16000,
            "txn_ref": "TR" + str(c.rng.randint(10**9, 10**10)),
        }
    )
    b.bio("voice_sample", "body.otp_audio (spoken OTP for speaker verification)")
    b.ok_json({"verified": True, "score": rf(c.rng, 0.6, 0.95, 3), "spoof": False})
    return b.build()


def xvector(c: Context) -> Flow:
    b = _b(c, "POST", "/voiceprint/v1/match")
    b.json(
        {
            "spk_xvector": floats(c.rng, 64),
            "model": "xvector-512-int8",
            "dims": 64,
            "session": new_hex(c.rng, 12),
        }
    )
    b.bio("voiceprint", "body.spk_xvector")
    b.ok_json({"match": True, "cosine": rf(c.rng, 0.6, 0.9, 3)})
    return b.build()


def voiceprint_thai(c: Context) -> Flow:
    b = _b(c, "PUT", "/customer/v2/" + quote("ข้อมูลชีวภาพ"))
    b.json(
        {
            "ประเภท": "เสียง",
            "ลายเสียง": floats_b64(floats(c.rng, 96)),
            "รุ่นโมเดล": "spk-th-2.1",
            "วันที่": ms(c),
        }
    )
    b.bio("voiceprint", "body.ลายเสียง (voiceprint)")
    b.ok_json({"สถานะ": "สำเร็จ"})
    return b.build()


def voice_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/sv/v2/req")
    b.set_body(c.rng.randbytes(c.rng.choice([512, 640, 768])), "application/octet-stream")
    b.bio("voice_sample", "body (encrypted speaker-verification request)", detectable=False)
    b.respond(200, "application/octet-stream", c.rng.randbytes(64))
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", "/device/v1/register")
    b.json(
        {
            "deviceUUID": b.id("voice_dev", where="body.deviceUUID"),
            "androidIdSha256": b.id("aid_voice", how="sha256", where="body.androidIdSha256"),
            "os": "Android 14",
            "model": "CPH2599",
            "root": False,
        }
    )
    b.ok_json({"device_status": "TRUSTED"})
    return b.build()


def assistant_stt(c: Context) -> Flow:
    """Voice assistant: speech sent for transcription only (hard decoy)."""
    bnd = "vb" + new_hex(c.rng, 22)
    parts = [
        ("lang", None, None, b"th-TH"),
        ("task", None, None, b"transcribe"),
        ("audio", "query.wav", "audio/wav", fake_wav(c.rng.randint(0, 1 << 30), 700)),
    ]
    b = _b(c, "POST", "/assistant/v1/stt")
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.decoy("speech-to-text audio")
    b.ok_json(
        {
            "text": c.rng.choice(["ยอดเงินคงเหลือเท่าไหร่", "โอนเงินให้แม่ห้าร้อยบาท"]),
            "confidence": rf(c.rng, 0.7, 0.99, 2),
        }
    )
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", "/market/v1/fx", params=[("ccy", "USD,VND,JPY")])
    b.ok_json(
        {
            "series": {
                "USD": [rf(c.rng, 33, 37, 3) for _ in range(24)],
                "JPY": [rf(c.rng, 0.22, 0.25, 4) for _ in range(24)],
            }
        }
    )
    b.decoy("exchange-rate series")
    return b.build()


def accounts(c: Context) -> Flow:
    b = _b(c, "GET", "/account/v1/summary")
    b.ok_json(
        {
            "accounts": [
                {
                    "no": "xxx-x-x" + str(c.rng.randint(1000, 9999)) + "-x",
                    "balance": rf(c.rng, 1000, 90000, 2),
                }
            ],
            "trace": rid(c.rng),
        }
    )
    b.decoy("account summary")
    return b.build()
