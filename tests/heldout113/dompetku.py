"""DompetKu: an e-wallet (QRIS payments, top-ups, PayLater) with face eKYC.

Upgrading to a "Premium" account sends the KTP data and a selfie to ASLI RI's
professional verification (`selfie_photo` beside the NIK), liveness goes to
Verihubs (`/v1/face/liveness`, base64 `image`), and a PayLater limit raise
compares selfie and KTP photo through ADVANCE.AI's face comparison
(`firstImage` / `secondImage` multipart). Login re-checks the face with VIDA's
SDK, which sends an on-device face template as base64 float32 under
`templat_wajah`. The app's own fallback uploads an AES-encrypted selfie under
`payload` (opaque). AppsFlyer carries the GAID, ANDROID_ID and AppsFlyer's
`uid`; the risk engine gets the VIDA SDK's device fingerprint. QRIS strings,
NIK and phone number, top-ups, the transaction list and the self-declared
`jenis_kelamin` on the KTP form are not device ids or biometrics.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, dalvik, floats, iso, ms, rf, rid, ua

API = "https://api.dompetku.example"
UA = ua("DompetKu", "6.31.0")
PKG = "id.dompetku.wallet"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dompetku", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), 700)


def _nik(c: Context) -> str:
    return "3578" + new_digits(c.rng, 12)


def asliri_verify(c: Context) -> Flow:
    b = FB(c, "asliri", "POST", "https://api.asliri.id/verify_professional")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("token", new_hex(c.rng, 32))
    b.bio("face_image", "json selfie_photo (base64 selfie for KTP face match)")
    b.decoy("NIK, name and birth date from the KTP (identity data, not device or biometric)")
    b.json(
        {
            "trx_id": f"DK{ms(c)}",
            "nik": _nik(c),
            "name": "RIZKY PRATAMA",
            "birthdate": "12-03-1994",
            "birthplace": "SURABAYA",
            "selfie_photo": b64(_jpeg(c)),
        }
    )
    b.ok_json({"timestamp": iso(c), "status": 200, "data": {"selfie_photo": rf(c.rng, 80, 99, 1)}})
    return b.build()


def verihubs_liveness(c: Context) -> Flow:
    b = FB(c, "verihubs", "POST", "https://api.verihubs.com/v1/face/liveness")
    b.header("app-id", new_hex(c.rng, 8) + "-" + new_hex(c.rng, 4))
    b.header("api-key", new_hex(c.rng, 32))
    b.bio("face_image", "json image (base64 selfie, liveness API)")
    b.json(
        {
            "image": b64(_jpeg(c)),
            "is_quality": True,
            "is_attribute": False,
            "validate_quality": True,
        }
    )
    b.ok_json({"status": "live", "probability": rf(c.rng, 0.9, 1, 3), "reference_id": rid(c.rng)})
    return b.build()


def advance_compare(c: Context) -> Flow:
    boundary = "----" + new_hex(c.rng, 24)
    b = FB(c, "advance-ai", "POST", "https://api.advance.ai/openapi/face-recognition/v3/check")
    b.header("x-advai-key", new_hex(c.rng, 32))
    b.bio("face_image", "multipart firstImage / secondImage (face comparison)")
    b.set_body(
        multipart(
            boundary,
            [
                ("firstImage", "selfie.jpg", "image/jpeg", _jpeg(c)),
                ("secondImage", "ktp_face.jpg", "image/jpeg", _jpeg(c)),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"code": "SUCCESS", "data": {"similarity": rf(c.rng, 60, 99, 2)}})
    return b.build()


def vida_template(c: Context) -> Flow:
    b = FB(c, "vida", "POST", "https://sdk.vida.id/face/v2/authenticate")
    b.header("user-agent", "VIDA-FaceSDK/3.1.4 Android")
    b.bio("face_template", "json templat_wajah (base64 float32 face template)")
    b.json(
        {
            "id_transaksi": rid(c.rng),
            "templat_wajah": floats_b64(floats(c.rng, 128)),
            "versi_model": "vfr-2024.2",
            "skor_liveness": rf(c.rng, 0.8, 1, 3),
            "vida_device_id": b.id("vida_device", where="json vida_device_id"),
        }
    )
    b.ok_json({"cocok": True, "skor": rf(c.rng, 0.8, 1, 3)})
    return b.build()


def selfie_terenkripsi(c: Context) -> Flow:
    """Fallback: the selfie is AES-encrypted by the app; nothing readable names it."""
    b = _b(c, "POST", f"{API}/v1/ekyc/unggah/3")
    b.bio("face_image", "json payload (AES-encrypted selfie)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(900))
    b.json({"kid": "k2", "iv": b64(bytes(range(16))), "payload": b64(blob), "t": ms(c)})
    b.ok_json({"lanjut": 4})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.13/androidevent",
        [("app_id", PKG), ("buildnumber", "6.13.1")],
    )
    b.header("user-agent", dalvik())
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("af_uid", where="json uid"),
            "android_id": b.id("aid_dompet", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "6.31.0",
            "model": "SM-A546E",
            "brand": "samsung",
            "country": "ID",
            "lang": "Indonesia",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context, name: str = "af_purchase") -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.13/androidevent",
        [("app_id", PKG), ("buildnumber", "6.13.1")],
    )
    b.header("user-agent", dalvik())
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("af_uid", where="json uid"),
            "eventName": name,
            "eventValue": '{"af_revenue":"25000","af_currency":"IDR","jenis":"qris"}',
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def risiko_perangkat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/risiko/perangkat")
    b.json(
        {
            "androidId": b.id("aid_dompet", where="json androidId"),
            "gaid": b.id("gaid", where="json gaid"),
            "sidik_perangkat": b.id(
                "vida_device", where="json sidik_perangkat (device fingerprint)"
            ),
            "di_root": False,
            "emulator": False,
            "model": "SM-A546E",
        }
    )
    b.ok_json({"risiko": "rendah"})
    return b.build()


def bayar_qris(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/qris/bayar")
    b.decoy("QRIS payload with merchant PAN and terminal id (a merchant's, not the user's device)")
    b.json(
        {
            "qris": "00020101021226610016ID.CO.SHOPEE.WWW01189360091800000"
            + new_digits(c.rng, 8)
            + "5204581253033605802ID5913WARUNG BU SRI6008SURABAYA6304"
            + new_hex(c.rng, 4).upper(),
            "nominal": c.rng.choice([12000, 25000, 48500]),
            "terminal_id": "TID" + new_digits(c.rng, 6),
            "idempotency_key": rid(c.rng),
        }
    )
    b.ok_json({"status": "SUKSES", "no_ref": new_digits(c.rng, 12)})
    return b.build()


def isi_saldo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/topup")
    b.decoy("virtual account number and phone number (account data)")
    b.json(
        {
            "bank": c.rng.choice(["BCA", "BRI", "Mandiri"]),
            "nominal": 100000,
            "no_hp": b.acct("msisdn"),
        }
    )
    b.ok_json({"virtual_account": "8808" + new_digits(c.rng, 12), "kedaluwarsa": iso(c)})
    return b.build()


def form_ktp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ekyc/data-diri")
    b.decoy("self-declared jenis_kelamin and birth date on the KTP form")
    b.json(
        {
            "nik": _nik(c),
            "nama_lengkap": "Rizky Pratama",
            "jenis_kelamin": "LAKI-LAKI",
            "tanggal_lahir": "1994-03-12",
            "pekerjaan": "Karyawan Swasta",
            "email": b.id("email", where="json email"),
        }
    )
    b.ok_json({"lanjut": 2})
    return b.build()


def riwayat_transaksi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/transaksi?hal=1")
    b.decoy("transaction list with amounts and order ids")
    b.ok_json(
        {
            "data": [
                {"id": f"TRX{new_digits(c.rng, 14)}", "nominal": c.rng.randint(5, 500) * 1000}
                for _ in range(10)
            ]
        }
    )
    return b.build()
