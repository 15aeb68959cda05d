"""JebPay: a mobile wallet with NADRA-style biometric verification (face liveness
against the CNIC photo) and device binding on IMEI.

The selfie goes up as `chehra_tasveer` (base64 JPEG) with the CNIC number for a
1:1 match; the liveness step also sends the face's landmarks and head pose
(`chehre_ke_nishan`, `sar_ka_zaviya`). A later SDK build ships the frames
encrypted under `e` (AES, opaque). Money transfers, bill payments, the CNIC
front's OCR boxes and a self-declared gender (`jins`) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.jebpay.example"
UA = ua("JebPay", "7.4.2")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "jebpay", method, url)
    b.header("user-agent", UA)
    b.header("x-jp-session", rid(c.rng))
    return b


def _jpeg(c: Context, size: int = 800) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def selfie_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/kyc/biometric/chehra-tasdeeq")
    b.bio("face_image", "json chehra_tasveer (selfie for 1:1 match against CNIC photo)")
    b.json(
        {
            "cnic": b.acct("cnic"),
            "chehra_tasveer": _jpeg(c),
            "tasveer_qisam": "selfie",
            "imei": b.id("imei", where="json imei"),
            "waqt": ms(c),
        }
    )
    b.ok_json({"natija": "match", "score": rf(c.rng, 0.8, 0.99, 3), "ref": rid(c.rng)})
    return b.build()


def liveness_landmarks(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/kyc/biometric/zindagi-jaanch")
    b.bio("face_landmarks", "json chehre_ke_nishan[] [x,y] + sar_ka_zaviya yaw/pitch/roll")
    b.json(
        {
            "chehre_ke_nishan": [
                [round(c.rng.uniform(150, 330), 1), round(c.rng.uniform(180, 420), 1)]
                for _ in range(68)
            ],
            "sar_ka_zaviya": {
                "yaw": rf(c.rng, -20, 20, 2),
                "pitch": rf(c.rng, -15, 15, 2),
                "roll": rf(c.rng, -10, 10, 2),
            },
            "aankh_jhapki": c.rng.random() < 0.7,
            "chehra_mila": True,
        }
    )
    b.ok_json({"zinda": True})
    return b.build()


def liveness_encrypted(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/lv")
    b.bio("face_image", "json e (AES-encrypted liveness frames)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(900))
    b.json({"e": b64(blob), "k": b64(bytes(c.rng.getrandbits(8) for _ in range(256))), "n": 3})
    b.ok_json({"s": 1})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/bind")
    b.json(
        {
            "mobile_no": b.acct("wallet_acct"),
            "imei_1": b.id("imei", where="json imei_1"),
            "imei_2": b.id("imei2", where="json imei_2"),
            "android_id": b.id("aid_wallet", where="json android_id"),
            "fingerprint": b.id("wallet_fp", where="json fingerprint (device fingerprint hash)"),
            "model": "Infinix X6833B",
        }
    )
    b.ok_json({"bound": True, "otp_sent": True})
    return b.build()


def login_signed(c: Context) -> Flow:
    """Login with a header hashing the IMEI under an opaque name."""
    b = _b(c, "POST", f"{API}/v2/auth/login")
    b.header("x-jp-h", b.id("imei", "sha256", "header x-jp-h", detectable=False))
    b.json({"mobile_no": b.acct("wallet_acct"), "mpin": b64(new_hex(c.rng, 12))})
    b.ok_json({"token": rid(c.rng), "expires_in": 900})
    return b.build()


def send_money(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/transfer")
    b.decoy("transaction id and receiver mobile number")
    b.json(
        {
            "receiver": "03" + str(c.rng.randint(10**8, 10**9 - 1)),
            "raqam": c.rng.choice([500, 1000, 2500, 5000]),
            "maqsad": "ghar ka kharcha",
            "idempotency": rid(c.rng),
        }
    )
    b.ok_json({"tid": str(c.rng.randint(10**10, 10**11)), "status": "kamyab", "waqt": iso(c)})
    return b.build()


def bill_pay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/bills/pay")
    b.decoy("utility bill consumer number (LESCO/SSGC)")
    b.json(
        {
            "company": c.rng.choice(["LESCO", "SSGC", "KE", "PTCL"]),
            "consumer_no": str(c.rng.randint(10**13, 10**14)),
            "raqam": c.rng.randint(800, 30000),
        }
    )
    b.ok_json({"paid": True})
    return b.build()


def cnic_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/kyc/cnic-ocr")
    b.decoy("OCR boxes of CNIC text fields, self-declared gender (not biometric)")
    b.json(
        {
            "fields": [
                {"name": n, "box": [c.rng.randint(0, 600) for _ in range(4)], "text": t}
                for n, t in (
                    ("naam", "Ayesha Qureshi"),
                    ("jins", "F"),
                    ("tareekh_paidaish", "1994-03-12"),
                )
            ]
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def profile_photo(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/profile/avatar")
    b.decoy("profile picture of a cartoon avatar chosen from the app's set (not a face match)")
    b.json({"avatar_id": f"av_{c.rng.randint(1, 40)}", "rang": "#1E8C5A"})
    b.no_content()
    return b.build()
