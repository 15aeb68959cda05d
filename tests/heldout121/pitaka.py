"""PitakaPay: an e-wallet with face verification through ADVANCE.AI.

KYC sends the selfie and the ID photo to ADVANCE.AI face comparison
(multipart `firstImage` / `secondImage`,
https://doc.advance.ai/face_comparison.html) and the app's own backend keeps a
copy under Tagalog `mukha_selfie`. Re-login "face unlock" posts a 128-d face
template as base64 float32 under `t` (opaque). AppsFlyer launches carry the
GAID, ANDROID_ID and AppsFlyer's uid. ID-card OCR boxes, a self-declared
`kasarian` on the sign-up form, cash-in/QR Ph payments are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, android_ua, floats, ms, rf, rid

API = "https://api.pitakapay.example"
UA = android_ua("PitakaPay", "7.41.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pitaka", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), 700)


def advance_compare(c: Context) -> Flow:
    b = FB(c, "advance.ai", "POST", "https://ph-api.advance.ai/openapi/face-recognition/v3/check")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("x-advai-key", new_hex(c.rng, 40))
    b.bio("face_image", "multipart firstImage (selfie) to face comparison")
    boundary = "----advai" + new_hex(c.rng, 12)
    body = multipart(
        boundary,
        [
            ("firstImage", "selfie.jpg", "image/jpeg", _jpeg(c)),
            ("secondImage", "umid.jpg", "image/jpeg", _jpeg(c)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "code": "SUCCESS",
            "data": {"similarity": rf(c.rng, 70, 99, 2)},
            "transactionId": rid(c.rng),
        }
    )
    return b.build()


def selfie_copy(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kyc/v2/beripikasyon/mukha")
    b.bio("face_image", "json mukha_selfie (base64 selfie for face check)")
    b.json({"mukha_selfie": b64(_jpeg(c)), "hakbang": "liveness", "user": b.acct("wallet_user")})
    b.ok_json({"status": "sinusuri"})
    return b.build()


def face_template_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v1/q")
    b.bio("face_template", "json t = base64 float32 x128 (face unlock template)", detectable=False)
    b.json({"t": floats_b64(floats(c.rng, 128)), "n": ms(c)})
    b.ok_json({"ok": True, "tkn": b64(rid(c.rng))})
    return b.build()


def appsflyer(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent?app_id=ph.pitakapay&buildnumber=6.14.2",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A556E Build/UP1A.231005.007)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "android_id": b.id("aid_wallet", where="json android_id"),
            "uid": b.id("af_uid_wallet", where="json uid (AppsFlyer id)"),
            "eventName": "af_login",
            "timepassedsincelastlaunch": str(c.rng.randint(10, 90000)),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/device/v1/itali")
    b.json(
        {
            "aparato": {
                "androidId": b.id(
                    "aid_wallet", how="sha256", where="json aparato.androidId (sha256)"
                ),
                "model": "SM-A556E",
            },
            "numero": b.acct("mobile"),
        }
    )
    b.ok_json({"otp_ipinadala": True})
    return b.build()


def risk_opaque(c: Context) -> Flow:
    """The fraud SDK's envelope: ANDROID_ID base64 under a one-letter key."""
    b = _b(c, "POST", f"{API}/r/v1/e")
    b.json(
        {
            "f": b.id(
                "aid_wallet", how="b64", where="json f (base64 ANDROID_ID)", detectable=False
            ),
            "g": 1,
            "n": ms(c),
        }
    )
    b.ok_json({"s": 0})
    return b.build()


def ocr_id(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kyc/v2/ocr-resulta")
    b.decoy("ID-card OCR text boxes (not a face)")
    b.json(
        {"mga_kahon": [[c.rng.randint(0, 600) for _ in range(4)] for _ in range(6)], "uri": "UMID"}
    )
    b.ok_json({"ok": True})
    return b.build()


def signup(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/user/v1/rehistro")
    b.decoy("self-declared kasarian (gender) and birthday on a sign-up form")
    b.json(
        {
            "pangalan": "Ligaya",
            "kasarian": "babae",
            "kaarawan": "1989-04-12",
            "email": b.id("email", where="json email"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def qr_pay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/pay/v1/qrph")
    b.decoy("QR Ph payment with merchant id, amount, reference")
    b.json(
        {
            "merchant": "MRCH" + new_hex(c.rng, 10),
            "halaga": rf(c.rng, 20, 3000, 2),
            "ref": rid(c.rng),
        }
    )
    b.ok_json({"ref": rid(c.rng), "balanse": rf(c.rng, 0, 20000, 2)})
    return b.build()
