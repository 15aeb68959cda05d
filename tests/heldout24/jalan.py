"""Jalan: a Gojek / GoPay-like super-app with e-wallet face verification.

Face checks go to Verihubs (docs.verihubs.com: `POST /v1/face/liveness` and
`/v1/face/verify`, headers `App-ID` / `API-Key`, body `image` base64 plus
`is_quality`, `is_attribute`, `validate_*` flags; `subject_id` on verify) for
Indonesian users and to VNPT eKYC for Vietnamese ones (api.idg.vnpt.vn,
`/file-service/v1/addFile` multipart `file`, `title`, `description`, headers
`Token-id`, `Token-key`, `mac-address`; as public VNPT eKYC client code
shows). The app's own backend receives the on-device liveness result
(landmarks, head pose, a face template) and a device header `X-UniqueId`
(as public Gojek API clients send).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, ms, points, rf, rid, ua

API = "https://api.jalan.co.id"


def _b(c: Context, method: str, url: str, params=None, unique: bool = True) -> FB:  # type: ignore[no-untyped-def]
    b = FB(c, "jalan", method, url, params)
    b.header("user-agent", ua("Jalan", "4.88.1"))
    b.header("x-appversion", "4.88.1")
    if unique:
        b.header("x-uniqueid", b.id("aid_jalan", where="header X-UniqueId"))
    b.header("x-session-id", rid(c.rng))
    return b


def verihubs_liveness(c: Context) -> Flow:
    b = FB(c, "verihubs", "POST", "https://api.verihubs.com/v1/face/liveness")
    b.header("app-id", "3f1c2a90-" + new_hex(c.rng, 4))
    b.header("api-key", new_hex(c.rng, 32))
    b.bio("face_image", "json image (base64 jpeg) to Verihubs face liveness")
    b.json(
        {
            "image": b64(fake_jpeg(c.rng.randint(1, 10**6), 1500)),
            "is_quality": True,
            "is_attribute": True,
            "validate_quality": True,
            "validate_attribute": False,
        }
    )
    b.ok_json(
        {"message": "Process Success", "data": {"status": "LIVE", "probability": rf(c.rng, 0.8, 1)}}
    )
    return b.build()


def verihubs_verify(c: Context) -> Flow:
    b = FB(c, "verihubs", "POST", "https://api.verihubs.com/v1/face/verify")
    b.header("app-id", "3f1c2a90-" + new_hex(c.rng, 4))
    b.header("api-key", new_hex(c.rng, 32))
    b.bio("face_image", "json image + subject_id to Verihubs face verify")
    b.json(
        {
            "image": b64(fake_jpeg(c.rng.randint(1, 10**6), 1400)),
            "subject_id": c.phone.jalan_user,
            "is_liveness": True,
            "validate_liveness": True,
        }
    )
    b.ok_json(
        {
            "message": "Process Success",
            "data": {"similarity_status": True, "similarity": rf(c.rng, 0.8, 1)},
        }
    )
    return b.build()


def vnpt_selfie(c: Context) -> Flow:
    bnd = "----vnptekyc" + new_hex(c.rng, 12)
    b = FB(c, "vnpt-ekyc", "POST", "https://api.idg.vnpt.vn/file-service/v1/addFile")
    b.header("token-id", rid(c.rng))
    b.header("token-key", b64(c.rng.randbytes(24)))
    b.header("mac-address", "TEST1")
    b.bio("face_image", "multipart file (selfie jpeg) to VNPT eKYC, title anh_chan_dung")
    body = multipart(
        bnd,
        [
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(1, 10**6), 1300)),
            ("title", None, None, b"anh_chan_dung"),
            ("description", None, None, "Ảnh khuôn mặt xác thực eKYC".encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json(
        {
            "message": "IDG-00000000",
            "object": {"hash": "idg2024" + new_hex(c.rng, 30), "fileType": "jpg"},
        }
    )
    return b.build()


def liveness_result(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kyc/v2/verifikasi-wajah/hasil")
    b.bio("landmarks", "json hasil.titik_wajah (68 x/y) + sudut_kepala yaw/pitch/roll")
    b.json(
        {
            "hasil": {
                "skor_liveness": rf(c.rng, 0.7, 1),
                "titik_wajah": points(c.rng, 68),
                "sudut_kepala": {
                    "yaw": rf(c.rng, -15, 15, 2),
                    "pitch": rf(c.rng, -10, 10, 2),
                    "roll": rf(c.rng, -5, 5, 2),
                },
                "kedip_terdeteksi": True,
            },
            "langkah": "selfie",
            "ts": ms(c),
        }
    )
    b.ok_json({"lanjut": True})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kyc/v2/face/enroll")
    b.bio("embedding", "json faceTemplate base64 float32[128], templateVersion")
    b.json(
        {
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "templateVersion": "fr-mobile-3.2",
            "qualityScore": rf(c.rng, 0.6, 1),
            "userRef": c.phone.jalan_user,
        }
    )
    b.ok_json({"enrolled": True})
    return b.build()


def face_landmarks_vn(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/vn/ekyc/liveness-check")
    b.bio("landmarks", "json face_landmarks (106 points) + eye_open_prob")
    b.json(
        {
            "session": rid(c.rng),
            "face_landmarks": points(c.rng, 106),
            "eye_open_prob": [rf(c.rng, 0, 1), rf(c.rng, 0, 1)],
            "action": "turn_left",
        }
    )
    b.ok_json({"trang_thai": "dat"})
    return b.build()


def kyc_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kyc/v2/s")
    b.bio("face_image", "encrypted selfie package under key p", detectable=False)
    b.json({"p": b64(c.rng.randbytes(900)), "v": 2})
    b.ok_json({"ok": 1})
    return b.build()


def device_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/risk/v1/device", unique=False)
    b.json(
        {
            "device": {
                "android_id": b.id("aid_jalan", where="json device.android_id"),
                "advertising_id": b.id("gaid", where="json device.advertising_id"),
                "oaid": b.id("oaid", where="json device.oaid"),
                "fingerprint": b.id("jalan_fp", where="json device.fingerprint"),
                "rooted": False,
                "emulator": False,
            },
            "app": "com.jalan.app",
            "ts": ms(c),
        }
    )
    b.ok_json({"risk": "low"})
    return b.build()


def fare(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/transport/v3/estimate")
    route = [
        [rf(c.rng, -6.3, -6.1, 6), rf(c.rng, 106.7, 106.9, 6)] for _ in range(c.rng.randint(8, 30))
    ]
    b.decoy("route polyline coordinate list, fare quote")
    b.json({"origin": route[0], "destination": route[-1], "service": "ride"})
    b.ok_json({"route": route, "fare": c.rng.randint(12, 60) * 1000, "quote_id": rid(c.rng)})
    return b.build()


def ktp_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kyc/v2/ktp/konfirmasi")
    b.decoy("KTP OCR text fields: nama, jenis_kelamin, tanggal_lahir (self-declared)")
    b.json(
        {
            "nik": "3174" + str(c.rng.randint(10**11, 10**12 - 1)),
            "nama": "PUTRI NGUYEN",
            "jenis_kelamin": "PEREMPUAN",
            "tempat_lahir": "JAKARTA",
            "agama": "ISLAM",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def wallet_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/gopay/v1/transactions", [("page", "1")])
    b.decoy("transaction list with order ids and amounts")
    tx = [
        {"order_id": "JLN-" + new_hex(c.rng, 10).upper(), "amount": c.rng.randint(5, 500) * 1000}
        for _ in range(6)
    ]
    b.ok_json({"data": tx})
    return b.build()
