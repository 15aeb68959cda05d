"""A super-app / bank (Baku) with face verification and voice confirmation.

Real formats: FaceTec Server REST API (POST /enrollment-3d and /match-3d-3d
with `faceScan`, `auditTrailImage`, `lowQualityAuditTrailImage`, base64;
dev.facetec.com/api-guide), Face++ Compare API (POST
api-us.faceplusplus.com/facepp/v3/compare, multipart `api_key`, `api_secret`,
`image_file1`, `image_base64_2`; console.faceplusplus.com/documents/5679308),
AppMetrica startup (startup.mobile.yandex.net/analytics/startup with
`deviceid`, `uuid`, `adv_id` query, as the AppMetrica Android SDK sends). The
bank's own endpoints mix English and Azerbaijani (`səs` = voice, `üz` = face,
`təsdiq` = confirmation, `cins` = sex on the sign-up form).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, points, rf, rid, ua

API = "https://api.superbank-az.example"
FACETEC = "https://facetec.superbank-az.example"


def _bank(b: FB) -> None:
    b.header("user-agent", ua("SuperBank", "5.14.2"))
    b.header("x-request-id", rid(b.ctx.rng))
    b.header("x-device-fp", b.id("bank_fp", where="header x-device-fp"))


def facetec_enrol(c: Context, path: str = "/enrollment-3d") -> Flow:
    b = FB(c, "facetec", "POST", FACETEC + path)
    b.header("x-device-key", "d" + new_hex(c.rng, 31))
    b.header("x-user-agent", "facetec|sdk|android|" + new_hex(c.rng, 8))
    body = {
        "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(600))),
        "auditTrailImage": b64(fake_jpeg(c.rng.getrandbits(32), 500)),
        "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.getrandbits(32), 300)),
        "externalDatabaseRefID": b.acct("bank_user"),
    }
    b.bio("face_scan", "json faceScan + auditTrailImage (3D face scan, selfie)")
    b.json(body)
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": new_hex(c.rng, 64)})
    return b.build()


def facepp_compare(c: Context) -> Flow:
    b = FB(
        c,
        "faceplusplus",
        "POST",
        "https://api-us.faceplusplus.com/facepp/v3/compare",
        None,
        "HTTP/1.1",
    )
    bnd = "----" + new_hex(c.rng, 24)
    parts = [
        ("api_key", None, None, new_hex(c.rng, 32).encode()),
        ("api_secret", None, None, new_hex(c.rng, 32).encode()),
        ("image_file1", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32))),
        ("image_base64_2", None, None, b64(fake_jpeg(c.rng.getrandbits(32), 400)).encode()),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart image_file1 selfie to face compare API")
    b.ok_json({"confidence": rf(c.rng, 60, 99, 3), "request_id": rid(c.rng), "time_used": 420})
    return b.build()


def face_template(c: Context) -> Flow:
    b = FB(c, "superbank", "POST", API + "/v2/uz/sablon")
    _bank(b)
    b.json(
        {
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "templateVer": "mfn-2.1",
            "quality": rf(c.rng, 0.6, 1.0),
            "client_ts": ms(c),
        }
    )
    b.bio("face_template", "json faceTemplate (base64 float32 embedding)")
    b.ok_json({"tesdiq": True})
    return b.build()


def face_landmarks(c: Context) -> Flow:
    b = FB(c, "superbank", "POST", API + "/v2/liveness/frames")
    _bank(b)
    frames = [
        {
            "faceLandmarks": points(c.rng, 68),
            "headPose": {
                "yaw": rf(c.rng, -15, 15, 2),
                "pitch": rf(c.rng, -10, 10, 2),
                "roll": rf(c.rng, -5, 5, 2),
            },
            "eyesOpen": [rf(c.rng, 0.6, 1), rf(c.rng, 0.6, 1)],
        }
        for _ in range(3)
    ]
    b.json({"session": rid(c.rng), "frames": frames})
    b.bio("face_landmarks", "json frames[].faceLandmarks 68 points + head pose")
    b.ok_json({"live": True})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = FB(c, "superbank", "POST", API + "/v2/ses/qeydiyyat")
    _bank(b)
    bnd = "okhttp-" + new_hex(c.rng, 16)
    parts = [
        ("phrase", None, None, "Mənim səsim mənim parolumdur".encode()),
        ("purpose", None, None, b"speaker_enrollment"),
        ("voiceSample", "ses.wav", "audio/wav", fake_wav(c.rng.getrandbits(32))),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("voiceprint", "multipart voiceSample wav for speaker enrollment")
    b.ok_json({"enrolled": True})
    return b.build()


def voice_confirm(c: Context) -> Flow:
    b = FB(c, "superbank", "POST", API + "/v2/ses/tesdiq")
    _bank(b)
    b.json(
        {
            "emeliyyat": "kocurme",
            "mebleg": rf(c.rng, 5, 900, 2),
            "ses_vektoru": floats(c.rng, 192),
            "model": "ecapa-tdnn",
        }
    )
    b.bio("voiceprint", "json ses_vektoru (voice embedding, speaker check)")
    b.ok_json({"netice": "ugurlu", "xal": rf(c.rng, 0.7, 0.99)})
    return b.build()


def liveness_opaque(c: Context) -> Flow:
    b = FB(c, "superbank", "POST", API + "/v2/lv/pkg")
    _bank(b)
    b.bio("face_scan", "encrypted liveness package under key p", detectable=False)
    b.json({"p": b64(bytes(c.rng.getrandbits(8) for _ in range(400))), "v": 2})
    b.ok_json({"r": 1})
    return b.build()


def appmetrica_startup(c: Context) -> Flow:
    b = FB(c, "appmetrica", "GET", "https://startup.mobile.yandex.net/analytics/startup")
    b.header("user-agent", ua("com.superbank.az", "5.14.2"))
    for k, v in [
        ("deviceid", b.id("appmetrica_devid", where="query deviceid")),
        ("uuid", b.id("appmetrica_uuid", where="query uuid")),
        ("adv_id", b.id("gaid", where="query adv_id")),
        ("android_id", b.id("aid_bank", where="query android_id")),
        ("app_platform", "android"),
        ("model", "23021RAAEG"),
        ("manufacturer", "Xiaomi"),
    ]:
        b.param(k, v)
    b.ok_json(
        {"query_hosts": {"list": {"report": {"urls": ["https://report.appmetrica.yandex.net"]}}}}
    )
    return b.build()


def bind_device(c: Context) -> Flow:
    b = FB(c, "superbank", "POST", API + "/v2/cihaz/bagla")
    _bank(b)
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "model": "23021RAAEG",
            "rooted": False,
            "email": b.id("email", where="json email"),
        }
    )
    b.ok_json({"bagli": True})
    return b.build()


def transactions(c: Context) -> Flow:
    b = FB(c, "superbank", "GET", API + "/v2/kart/emeliyyatlar")
    b.ok_json(
        {
            "siyahi": [
                {"id": rid(c.rng), "mebleg": rf(c.rng, -300, 300, 2), "tarix": iso(c)}
                for _ in range(10)
            ]
        }
    )
    b.decoy("transaction list: uuids and amounts")
    return b.build()


def signup_form(c: Context) -> Flow:
    b = FB(c, "superbank", "POST", API + "/v2/qeydiyyat/anket")
    b.json(
        {"ad": "Leyla", "soyad": "Məmmədova", "cins": "qadın", "dogum_ili": 1991, "seher": "Bakı"}
    )
    b.ok_json({"ok": True})
    b.decoy("self-declared sex on a sign-up form (not biometric)")
    return b.build()


def face_help_article(c: Context) -> Flow:
    b = FB(c, "superbank", "GET", API + "/v2/komek/uz-tanima")
    b.ok_json(
        {"baslig": "Üz tanıma necə işləyir?", "metn": "Face ID ilə giriş: üzünüzü kameraya ..."}
    )
    b.decoy("help article about face recognition")
    return b.build()
