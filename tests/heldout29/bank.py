"""Sberegatel: a Sber-like Russian bank with voice and face biometry.

Russian banks collect face and voice samples for the Unified Biometric System
(EBS, Federal Law 572-FZ; ebs.ru describes the photo + a spoken digit sequence);
the bank also runs its own voice-ID for the call centre and a face login. The
endpoints and key names are the app's own (some English, some translit), and
the anti-fraud SDK's device print is in-house too.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://online.sberegatel.example.ru"


def _api(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "sberegatel", method, API + path)
    b.header("user-agent", ua("SberegatelOnline", "15.7.0"))
    b.header("x-trace-id", rid(ctx.rng))
    return b


def voice_enrol(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/api/v1/voiceid/enroll")
    bnd = "----" + new_hex(ctx.rng, 16)
    digits = "".join(ctx.rng.choice("0123456789") for _ in range(10))
    b.set_body(
        multipart(
            bnd,
            [
                (
                    "voice_sample",
                    "sample.wav",
                    "audio/wav",
                    fake_wav(ctx.rng.randint(0, 10**6), 900),
                ),
                ("phrase", None, "text/plain", digits.encode()),
                ("customer", None, None, ctx.phone.bank_cust.encode()),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.bio("voice_sample", "body.voice_sample")
    b.ok_json({"enrollmentId": new_uuid(ctx.rng), "status": "IN_PROGRESS"})
    return b.build()


def voice_verify(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/api/v2/golos/proverka")
    b.json(
        {
            "zvonok_id": new_digits(ctx.rng, 12),
            "audio": b64(fake_wav(ctx.rng.randint(0, 10**6), 600)),
            "format": "wav_16k_mono",
            "cel": "avtorizaciya_po_golosu",
        }
    )
    b.bio("voice_sample", "body.audio (golos/proverka)")
    b.ok_json({"match": True, "score": rf(ctx.rng, 0.8, 1)})
    return b.build()


def voiceprint(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/api/v1/voiceid/template")
    b.json(
        {
            "speaker": {"xvector": floats(ctx.rng, 192), "model": "ecapa-tdnn-ru-2.1", "dim": 192},
            "customer": b.acct("bank_cust"),
        }
    )
    b.bio("voiceprint", "body.speaker.xvector")
    b.no_content()
    return b.build()


def ebs_register(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/api/ebs/v1/registration")
    b.json(
        {
            "requestId": new_uuid(ctx.rng),
            "bioSamples": [
                {
                    "modality": "photo",
                    "mime": "image/jpeg",
                    "data": b64(fake_jpeg(ctx.rng.randint(0, 10**6), 700)),
                },
                {
                    "modality": "sound",
                    "mime": "audio/wav",
                    "data": b64(fake_wav(ctx.rng.randint(0, 10**6), 500)),
                },
            ],
            "consent": True,
            "createdAt": iso(ctx),
        }
    )
    b.bio("face_image", "body.bioSamples[photo]")
    b.bio("voice_sample", "body.bioSamples[sound]")
    b.ok_json({"status": "ACCEPTED"})
    return b.build()


def face_login(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/api/auth/v3/face")
    b.json(
        {
            "login": b.acct("bank_cust"),
            "faceAuth": {
                "template": floats_b64(floats(ctx.rng, 256)),
                "templateFormat": "float32-256",
                "liveness": rf(ctx.rng, 0.9, 1),
            },
        }
    )
    b.bio("face_embedding", "body.faceAuth.template")
    b.ok_json({"token": b64(new_hex(ctx.rng, 32))})
    return b.build()


def bio_container(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/api/bc/v1/upload")
    b.json(
        {"c": b64(bytes(ctx.rng.getrandbits(8) for _ in range(240))), "kid": new_hex(ctx.rng, 8)}
    )
    b.bio("face_image", "body.c (encrypted container)", detectable=False)
    b.no_content()
    return b.build()


def device_print(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/api/af/v1/device-print")
    b.json(
        {
            "deviceFingerprint": b.id("bank_fp", where="body.deviceFingerprint"),
            "android_id": b.id("aid_bank", where="body.android_id"),
            "gaid": b.id("gaid", where="body.gaid"),
            "imei": "unavailable",
            "wifiMac": "02:00:00:00:00:00",
            "simOperator": "40101",
            "timezone": "Asia/Almaty",
            "rooted": False,
        }
    )
    b.ok_json({"risk": "LOW"})
    return b.build()


def session_ping(ctx: Context) -> Flow:
    b = _api(ctx, "GET", "/api/session/ping")
    b.header(
        "cookie",
        f"UFS-SESSION={new_hex(ctx.rng, 32)}; "
        f"sx={b.id('aid_bank', 'md5', where='cookie.sx', detectable=False)}",
    )
    b.ok_json({"alive": True})
    return b.build()


def profile(ctx: Context) -> Flow:
    b = _api(ctx, "PATCH", "/api/v1/profile/contacts")
    b.json({"email": b.id("email", where="body.email"), "notify": ["email", "push"]})
    b.ok_json({"ok": True})
    return b.build()


def transactions(ctx: Context) -> Flow:
    b = _api(ctx, "GET", "/api/v2/operations")
    b.params += [("from", "2024-11-01"), ("limit", "30")]
    b.decoy("operations with amounts and order numbers")
    b.ok_json(
        {
            "operations": [
                {
                    "id": new_digits(ctx.rng, 14),
                    "amount": -rf(ctx.rng, 100, 9000, 2),
                    "merchant": ctx.rng.choice(["Пятёрочка", "Magnum", "Яндекс Go"]),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def cashback(ctx: Context) -> Flow:
    b = _api(ctx, "GET", "/api/loyalty/cashback/categories")
    b.decoy("cashback percentages series")
    b.ok_json(
        {
            "month": "2024-11",
            "categories": [
                {"name": n, "pct": ctx.rng.choice([1, 3, 5, 10])}
                for n in ["Кафе", "Такси", "Кино", "АЗС"]
            ],
        }
    )
    return b.build()


def assistant(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/api/assistant/v1/text")
    b.json(
        {
            "text": ctx.rng.choice(
                ["покажи баланс", "как включить вход по лицу?", "перевести маме 5000"]
            ),
            "channel": "chat",
            "messageId": rid(ctx.rng),
        }
    )
    b.decoy("typed assistant question mentioning face login")
    b.ok_json({"reply": "Откройте Настройки → Безопасность."})
    return b.build()


BIO = [voice_enrol, voice_verify, voiceprint, ebs_register, face_login, bio_container, voice_verify]
DEV = [device_print, session_ping, device_print, profile]
BENIGN = [transactions, cashback, assistant, transactions]
