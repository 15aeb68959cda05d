"""KuɗiPay (fictional): a mobile-money wallet for Nigeria and Ethiopia.

Face KYC through Smile ID's Android SDK: SmartSelfie authentication is a
multipart POST to api.smileidentity.com/v2/smart-selfie-authentication with
`selfie_image`, `liveness_images`, `user_id`, `partner_params`, `metadata`
(a list of {name, value}; one is the SDK's device `fingerprint`) and the
SmileID-Partner-ID / SmileID-Request-Signature / SmileID-Timestamp headers
(smileidentity/android: SmileIDService, models/Upload.kt, v2/metadata/MetadataKey.kt).
Voice confirmation of large transfers through VoiceIt API 2: multipart POST
api.voiceit.io/verification/voice and /enrollments/voice with userId,
contentLanguage, phrase, recording (voiceit.io API 2 docs; VoiceIt2 wrappers).
The wallet forwards the KYC outcome and its own voice embedding to its backend
(Hausa keys: murya = voice, fuska = face). AppsFlyer launch (launches.appsflyer.com
androidevent: advertiserId, uid, android_id). Decoys: balance, exchange-rate
series, airtime, a sign-up form with self-declared gender, a KYC job prep.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, js, multipart

from .phone import FB, dalvik, floats, iso, ms, rf, rid, ua

API = "https://api.kudipay.ng/v1"
UA = ua("KudiPay", "4.0.7")
SMILE = "https://api.smileidentity.com/v2"


def _b(c: Context, method: str, url: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "wallet", method, url, params)
    b.header("user-agent", UA)
    return b


def _smile_headers(b: FB, c: Context) -> None:
    b.header("smileid-partner-id", "2341")
    b.header("smileid-request-signature", b64(new_hex(c.rng, 32)))
    b.header("smileid-timestamp", iso(c))
    b.header("smileid-source-sdk", "android")
    b.header("smileid-source-sdk-version", "10.3.1")


def smile_selfie_auth(c: Context) -> Flow:
    b = FB(c, "smileid", "POST", f"{SMILE}/smart-selfie-authentication")
    b.header("user-agent", "okhttp/4.12.0")
    _smile_headers(b, c)
    meta = [
        {
            "name": "fingerprint",
            "value": b.id("smile_fp", where="multipart.metadata.fingerprint", detectable=False),
        },
        {"name": "device_model", "value": "itel S665L"},
        {"name": "selfie_capture_duration_ms", "value": str(c.rng.randint(1800, 6000))},
        {"name": "active_liveness_type", "value": "smile"},
    ]
    seed = c.rng.getrandbits(32)
    parts = [
        ("user_id", None, None, f"user-{new_hex(c.rng, 12)}".encode()),
        ("partner_params", None, None, js({"job_type": 2, "job_id": rid(c.rng)}).encode()),
        ("metadata", None, None, js(meta).encode()),
        ("selfie_image", "si_selfie.jpg", "image/jpeg", fake_jpeg(seed, 1200)),
    ]
    parts += [
        ("liveness_images", f"si_liveness_{i}.jpg", "image/jpeg", fake_jpeg(seed + i, 500))
        for i in range(1, 4)
    ]
    boundary = new_hex(c.rng, 32)
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.bio("face_image", "multipart.selfie_image+liveness_images")
    b.ok_json({"job_id": rid(c.rng), "status": "pending"})
    return b.build()


def smile_prep(c: Context) -> Flow:
    b = FB(c, "smileid", "POST", "https://api.smileidentity.com/v1/upload")
    _smile_headers(b, c)
    b.json(
        {
            "partner_params": {
                "job_id": rid(c.rng),
                "user_id": f"user-{new_hex(c.rng, 12)}",
                "job_type": 1,
            },
            "smile_client_id": "2341",
            "source_sdk": "android",
            "file_name": "upload.zip",
            "timestamp": iso(c),
        }
    )
    b.ok_json({"upload_url": f"https://smile-uploads.s3.amazonaws.com/{new_hex(c.rng, 20)}"})
    b.decoy("KYC job preparation: ids and a signature, no image")
    return b.build()


def _voiceit(c: Context, path: str, kind: str) -> Flow:
    b = FB(c, "voiceit", "POST", f"https://api.voiceit.io/{path}")
    b.header("authorization", "Basic " + b64(f"key_{new_hex(c.rng, 32)}:tok_{new_hex(c.rng, 32)}"))
    b.header("platformid", "40")
    parts = [
        ("userId", None, None, f"usr_{new_hex(c.rng, 32)}".encode()),
        ("contentLanguage", None, None, b"no-STT"),
        ("phrase", None, None, b""),
        ("recording", "recording.wav", "audio/wav", fake_wav(c.rng.getrandbits(32))),
    ]
    boundary = new_hex(c.rng, 24)
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.bio(kind, "multipart.recording")
    b.ok_json({"responseCode": "SUCC", "confidence": rf(c.rng, 80, 99, 1), "status": 200})
    return b.build()


def voice_verify(c: Context) -> Flow:
    return _voiceit(c, "verification/voice", "voice_sample")


def voice_enrol(c: Context) -> Flow:
    return _voiceit(c, "enrollments/voice", "voice_enrolment")


def kyc_result(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kyc/fuska/sakamako")
    b.json(
        {
            "smile_job": rid(c.rng),
            "fuska": {
                "liveness_score": rf(c.rng, 0.9, 0.999),
                "face_match_confidence": rf(c.rng, 70, 99.9, 2),
                "selfie_quality": rf(c.rng, 0.6, 1.0, 3),
            },
            "matakin": "tier2",
        }
    )
    b.bio("face_result", "body.fuska")
    b.ok_json({"tier": 2})
    return b.build()


def voice_embedding(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/transfer/tabbatar")
    b.json(
        {
            "transfer_ref": rid(c.rng),
            "amount": c.rng.choice([50000, 120000, 250000]),
            "tabbatar_da_murya": {"murya_embedding": floats_b64(floats(c.rng, 192)), "dim": 192},
        }
    )
    b.bio("voiceprint", "body.tabbatar_da_murya.murya_embedding")
    b.ok_json({"ok": True})
    return b.build()


def voice_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/transfer/t2")
    b.json({"ref": rid(c.rng), "x": b64(bytes(c.rng.getrandbits(8) for _ in range(400)))})
    b.bio("voiceprint", "body.x (sealed)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/device/bind")
    b.json(
        {
            "deviceId": b.id("aid_wallet", where="body.deviceId"),
            "adId": b.id("gaid", where="body.adId"),
            "pushToken": b.acct("wallet_push"),
            "phone": b.acct("wallet_user"),
            "os": "android 13",
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def af_launch(c: Context) -> Flow:
    params = [("app_id", "ng.kudipay.wallet"), ("buildnumber", "6.12.2")]
    b = FB(c, "appsflyer", "POST", "https://launches.appsflyer.com/api/v6.12/androidevent", params)
    b.header("user-agent", dalvik())
    b.json(
        {
            "advertiserId": b.id("gaid", where="body.advertiserId"),
            "uid": b.id("wallet_af_uid", where="body.uid"),
            "android_id": b.id("aid_wallet", where="body.android_id"),
            "af_timestamp": str(ms(c)),
            "launch_counter": str(c.rng.randint(2, 50)),
            "device": "S665L",
            "country": "NG",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def risk_blob(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/risk/collect")
    b.id_raw("aid_wallet", "aes_gcm", "body.payload (AES)")
    b.json({"payload": b64(bytes(c.rng.getrandbits(8) for _ in range(240))), "kv": 4})
    b.no_content()
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/wallet/balance", [("r", rid(c.rng))])
    b.ok_json({"available": rf(c.rng, 1000, 90000, 2), "currency": "NGN"})
    b.decoy("wallet balance")
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/fx/series", [("pair", "USDNGN"), ("days", "30")])
    b.ok_json({"series": [rf(c.rng, 1450, 1650, 2) for _ in range(30)]})
    b.decoy("exchange-rate price series")
    return b.build()


def airtime(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/airtime")
    b.json({"network": "MTN", "amount": 500, "order": f"AT{c.rng.randint(10**9, 10**10 - 1)}"})
    b.ok_json({"status": "done"})
    b.decoy("airtime purchase with an order number")
    return b.build()


def signup_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/signup/profile")
    b.json(
        {
            "suna": "Hauwa",
            "jinsi": "mace",
            "gender": "female",
            "shekara": 1996,
            "jiha": "Kano",
            "email": b.id("email", where="body.email"),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("sign-up form with self-declared gender and birth year")
    return b.build()
