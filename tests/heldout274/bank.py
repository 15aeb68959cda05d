"""Грозненский региональный банк (GR Bank): the father's bank app in Grozny.

Sign-in by face: the app runs a FaceTec-style 3D liveness check and posts the
session's `faceScan` with `auditTrailImage` / `lowQualityAuditTrailImage` to
the bank's own FaceTec server; the newer "quick sign-in" computes a face
template on the phone and sends it under Russian key names
(`шаблон_лица`, float32 base64) with the liveness score, and the bank answers
with its face-analysis result (estimated age, head pose). A build under test
sends the template as bare protobuf packed floats, and the onboarding liveness
step posts frames as nameless multipart parts. Device binding sends the
ANDROID_ID, the bank's device key and the advertising id (`идентификатор_*`
keys); every account call carries an MD5 of the ANDROID_ID in `X-Dv`.
Exchange rates, transfers, the self-declared gender in the profile and the
avatar upload are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart, pb_bytes, pb_packed_floats

from . import sdks
from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.grbank.example"
FT = "https://facetec.grbank.example"
UA = ua("GRBank", "7.14.2", "dada")


def _b(c: Context, method: str, url: str, dv: bool = False) -> FB:
    b = FB(c, "grbank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    if dv:
        b.header("x-dv", b.id("aid_bank", "md5", "header x-dv", detectable=False))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/bind")
    b.json(
        {
            "идентификатор_android": b.id("aid_bank", where="json идентификатор_android"),
            "идентификатор_рекламы": b.id("gaid_dada", where="json идентификатор_рекламы"),
            "ключ_устройства": b.id("bank_device_key", where="json ключ_устройства"),
            "модель": "SM-A346E",
            "root": False,
        }
    )
    b.ok_json(
        {
            "привязано": True,
            "ключ_устройства": b.id(
                "bank_device_key", where="response json ключ_устройства", direction="response"
            ),
        }
    )
    return b.build()


def facetec_liveness(c: Context) -> Flow:
    b = FB(c, "facetec", "POST", f"{FT}/liveness-3d")
    b.header("user-agent", "FaceTecSDK/9.7.16 " + UA)
    b.header("x-device-key", "d" + new_hex(c.rng, 31))
    b.header("x-user-agent", "facetec|sdk|android|ru.grbank.mobile|9.7.16")
    b.bio("face_scan", "json faceScan + auditTrailImage (FaceTec 3D liveness)")
    b.json(
        {
            "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
            "auditTrailImage": _jpeg(c),
            "lowQualityAuditTrailImage": _jpeg(c, 300),
            "sessionId": rid(c.rng),
            "externalDatabaseRefID": b.acct("bank_user"),
        }
    )
    b.ok_json(
        {
            "success": True,
            "wasProcessed": True,
            "scanResultBlob": b64(new_hex(c.rng, 80)),
            "faceScanSecurityChecks": {
                "auditTrailVerificationCheckSucceeded": True,
                "faceScanLivenessCheckSucceeded": True,
                "replayCheckSucceeded": True,
                "sessionTokenCheckSucceeded": True,
            },
        }
    )
    return b.build()


def quick_face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/login/face")
    b.bio("face_template", "json шаблон_лица (512 float32 base64) + оценка_живости")
    b.json(
        {
            "клиент": b.acct("bank_user"),
            "шаблон_лица": floats_b64(floats(c.rng, 512)),
            "версия_модели": "arcface-r100-512",
            "оценка_живости": rf(c.rng, 0.86, 0.99, 3),
            "время": iso(c),
        }
    )
    b.mark(
        "biometric",
        "face_analysis",
        "response json анализ_лица (estimated age, head pose)",
        True,
        "response",
    )
    b.ok_json(
        {
            "успех": True,
            "сходство": rf(c.rng, 0.8, 0.99, 3),
            "анализ_лица": {
                "возраст_оценка": c.rng.randint(48, 56),
                "поза_головы": {
                    "yaw": rf(c.rng, -15, 15, 1),
                    "pitch": rf(c.rng, -10, 10, 1),
                    "roll": rf(c.rng, -5, 5, 1),
                },
            },
            "токен": new_hex(c.rng, 32),
        }
    )
    return b.build()


def face_selfie_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/verify/selfie")
    b.bio("face_image", "multipart part selfie (image/jpeg) for face match")
    boundary = rid(c.rng)
    parts = [
        ("client", None, None, b.acct("bank_user").encode()),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
        ("liveness_score", None, None, str(rf(c.rng, 0.9, 0.99, 3)).encode()),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"match": True, "score": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def face_login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/q")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 256))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"\x01"))
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/onb/s7")
    b.bio("face_image", "multipart parts f0..f2 (liveness frames, octet-stream)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"f{i}", f"{i}.bin", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"шаг": 4})
    return b.build()


def accounts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/accounts", dv=True)
    b.ok_json(
        {
            "счета": [
                {
                    "номер": "40817810" + "".join(str(c.rng.randint(0, 9)) for _ in range(12)),
                    "валюта": "RUB",
                    "остаток": rf(c.rng, 1000, 400000, 2),
                }
            ]
        }
    )
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/rates")
    b.ok_json({"дата": iso(c)[:10], "курсы": {"USD": rf(c.rng, 88, 100, 2), "EUR": 101.3}})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/transfer/sbp", dv=True)
    b.decoy("phone transfer reference and idempotency key")
    b.json(
        {
            "получатель_телефон": "+7928" + str(c.rng.randint(10**6, 10**7 - 1)),
            "сумма": rf(c.rng, 200, 15000, 2),
            "сообщение": "Ваше, для Магомеда",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"референс": f"B{c.rng.randint(10**11, 10**12)}", "статус": "В_ОБРАБОТКЕ"})
    return b.build()


def profile(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/profile")
    b.decoy("self-declared gender and birth date")
    b.json({"фамилия": "Исаев", "имя": "Ахмед", "пол": "М", "дата_рождения": "1971-06-02"})
    b.ok_json({"сохранено": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/profile/avatar")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.grbank.example/a/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/otp/check")
    b.json({"код": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"верно": True})
    return b.build()


def tracker(c: Context) -> Flow:
    return sdks.mytracker(c, "bank", {"type": "custom", "name": "login_success", "ts": int(c.now)})


def tracker_opaque(c: Context) -> Flow:
    return sdks.mytracker_opaque(c, "bank")
