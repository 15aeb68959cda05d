"""DompetKu: an e-wallet / digital bank used in Malaysia and Hong Kong, with eKYC
and face login through ZOLOZ (Ant Group), and "SuaraKu" voice login through
Azure AI speaker verification.

Sources: ZOLOZ Real ID / Face Capture initialize (bizId, metaInfo as a JSON
string with apdidToken, appName, appVersion, bioMetaInfo, deviceModel,
deviceType, osVersion, zimVer; userId; flowType REALIDLITE_KYC; Alibaba Cloud
"Financial Intelligence Engine: Real ID - initialize"); Azure speaker
verification v2.0 (POST {endpoint}/speaker/verification/v2.0/text-independent/
profiles/{profileId}/verify with a WAV body, Ocp-Apim-Subscription-Key; the
Speaker Verification OpenAPI). The wallet's own keys (wajah = face,
suara = voice) are its own. ZOLOZ's on-device capture upload is encrypted.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, js, multipart

from .phone import FB, cfnet, floats, ios_ua, iso, rf, rid

API = "https://api.dompetku.com.my"
UA = ios_ua("DompetKu", "4.21.0")
BOUNDARY = "Boundary-6C1D9F0E-4B7A-4E21-9A35-0D2C8F1B7E64"


def _base(c: Context, method: str, path: str) -> FB:
    b = FB(c, "dompetku", method, API + path)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def ekyc_init(c: Context) -> Flow:
    b = _base(c, "POST", "/ekyc/v1/realid/initialize")
    meta = {
        "apdidToken": b.id(
            "zoloz_apdid", where="body metaInfo(JSON string).apdidToken", detectable=False
        ),
        "appName": "my.dompetku.app",
        "appVersion": "4.21.0",
        "bioMetaInfo": "5.2.0:11141120,0",
        "deviceModel": "iPhone14,7",
        "deviceType": "ios",
        "osVersion": "17.5.1",
        "zimVer": "1.0.0",
    }
    b.json(
        {
            "bizId": rid(c.rng).replace("-", "")[:24],
            "metaInfo": js(meta),
            "userId": b.acct("wallet_user"),
            "flowType": "REALIDLITE_KYC",
            "docType": "00600000001",
        }
    )
    b.ok_json({"transactionId": rid(c.rng), "clientCfg": b64(rid(c.rng))})
    return b.build()


def zoloz_upload(c: Context) -> Flow:
    """The ZOLOZ SDK's own capture upload: encrypted content, nothing readable."""
    b = FB(c, "zoloz", "POST", "https://sg-production-api.zoloz.com/zoloz/zim/upload")
    b.header("user-agent", cfnet("DompetKu", "42100"))
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(600, 900)))
    b.json({"zimId": rid(c.rng), "encryptedContent": b64(blob), "keyMeta": "RSA_OAEP"})
    b.bio("face_image", "body encryptedContent (encrypted face capture)", detectable=False)
    b.ok_json({"retCode": "OK"})
    return b.build()


def selfie(c: Context) -> Flow:
    b = _base(c, "POST", "/ekyc/v1/wajah/selfie")
    parts = [
        ("transactionId", None, None, rid(c.rng).encode()),
        ("livenessScore", None, None, str(rf(c.rng, 0.9, 0.999, 3)).encode()),
        ("fotoWajah", "wajah.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32))),
    ]
    b.set_body(multipart(BOUNDARY, parts), f"multipart/form-data; boundary={BOUNDARY}")
    b.bio("face_image", "multipart fotoWajah (selfie jpeg) + livenessScore")
    b.ok_json({"match": True})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _base(c, "POST", "/auth/v2/face-login")
    b.json(
        {
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "templateVer": "zface-128",
            "liveness": {"blink": True, "score": rf(c.rng, 0.85, 0.99, 3)},
            "deviceId": b.id("idfv_wallet", where="body deviceId"),
        }
    )
    b.bio("face_embedding", "body faceTemplate (128-d face embedding)")
    b.ok_json({"token": rid(c.rng), "expiresIn": 900})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _base(c, "POST", "/auth/v2/suaraku/daftar")
    parts = [
        ("frasa", None, None, b"Suara saya kata laluan saya"),
        ("rakaman", "suara.wav", "audio/wav", fake_wav(c.rng.getrandbits(32))),
    ]
    b.set_body(multipart(BOUNDARY, parts), f"multipart/form-data; boundary={BOUNDARY}")
    b.bio("voice", "multipart rakaman (voice enrolment audio, /suaraku/daftar)")
    b.ok_json({"profil": rid(c.rng), "baki_saat": rf(c.rng, 0, 10, 1)})
    return b.build()


def azure_verify(c: Context) -> Flow:
    prof = rid(c.rng)
    url = (
        "https://southeastasia.api.cognitive.microsoft.com/speaker/verification/v2.0/"
        f"text-independent/profiles/{prof}/verify"
    )
    b = FB(c, "azure-speaker", "POST", url)
    b.header("user-agent", cfnet("DompetKu", "42100"))
    b.header("ocp-apim-subscription-key", "2f4a8c1e9b7d4e3fa0c6b5d2e1f09a87")
    b.set_body(fake_wav(c.rng.getrandbits(32), 1600), "audio/wav; codecs=audio/pcm")
    b.bio("voice", "path speaker/verification + WAV body")
    b.ok_json({"recognitionResult": "Accept", "score": rf(c.rng, 0.6, 0.95, 3)})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _base(c, "POST", "/device/v1/ikat")
    b.json(
        {
            "idPeranti": b.id("idfv_wallet", where="body idPeranti (device id)"),
            "namaPeranti": "iPhone Siew Ling",
            "jailbreak": False,
            "emel": b.id("email", where="body emel"),
        }
    )
    b.ok_json({"status": "diikat"})
    return b.build()


def transactions(c: Context) -> Flow:
    b = _base(c, "GET", "/txn/v1/history")
    b.param("page", str(c.rng.randint(1, 4)))
    rows = [
        {
            "ref": "DK" + str(c.rng.randint(10**11, 10**12)),
            "amt": rf(c.rng, 2, 300, 2),
            "merchant": c.rng.choice(["99 Speedmart", "MyNews", "7-Eleven", "Tealive"]),
            "at": iso(c),
        }
        for _ in range(8)
    ]
    b.ok_json({"items": rows})
    b.decoy("transaction list: reference numbers and amounts")
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _base(c, "GET", "/fx/v1/rates")
    b.param("base", "MYR")
    series = [rf(c.rng, 1.62, 1.70, 4) for _ in range(30)]
    b.ok_json({"pair": "MYR/HKD", "series": series, "asOf": iso(c)})
    b.decoy("currency rate series")
    return b.build()


def qr_pay(c: Context) -> Flow:
    b = _base(c, "POST", "/pay/v1/duitnow-qr")
    b.json(
        {
            "qr": "00020201021126580014A000000615000101065887",
            "amount": rf(c.rng, 3, 80, 2),
            "nonce": rid(c.rng),
        }
    )
    b.decoy("DuitNow QR payload, amount and nonce")
    b.ok_json({"ok": True, "ref": "DK" + str(c.rng.randint(10**11, 10**12))})
    return b.build()
