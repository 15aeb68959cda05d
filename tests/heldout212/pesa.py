"""PesaPoa: an M-Pesa-like mobile wallet and bank with face login (the father's
Samsung in Nairobi).

KYC and step-up checks run Smile ID's SmartSelfie: the app posts a multipart
form to api.smileidentity.com (`selfie_image` plus `liveness_images` parts,
`user_id`, headers SmileID-Partner-ID / SmileID-Request-Signature /
SmileID-Timestamp). Daily face login computes a 512-float template on the
phone and posts it with a liveness score (`sura` = face); a newer build sends
it as protobuf packed floats, and the in-app liveness step posts its camera
frames as nameless multipart parts. Device binding (`funga kifaa`) sends the
ANDROID_ID, the wallet's device token and the advertising id (fraud engine).
Balance calls carry a sha256 of the ANDROID_ID in a header named `x-h`. Send
money, buy airtime, pay bill, M-Pesa-style receipt codes, the self-declared
gender on the KYC form and the profile photo (stored, not analysed) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.pesapoa.example"
SMILE = "https://api.smileidentity.com"
UA = ua("PesaPoa", "7.2.0", "baba")
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pesapoa", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _receipt(c: Context) -> str:
    return "S" + "".join(c.rng.choice(LETTERS) for _ in range(9))


def funga_kifaa(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kifaa/funga")
    b.json(
        {
            "androidId": b.id("aid_pesa", where="json androidId"),
            "deviceToken": b.id("pesa_device_token", where="json deviceToken"),
            "advertisingId": b.id("gaid_baba", where="json advertisingId"),
            "simu": b.acct("pesa_msisdn"),
            "modeli": "SM-A155F",
            "rooted": False,
        }
    )
    b.ok_json({"imefungwa": True, "otpImetumwa": True})
    return b.build()


def salio_opaque(c: Context) -> Flow:
    """Balance; a header named 'x-h' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/v2/akaunti/salio")
    b.header("x-h", b.id("aid_pesa", "sha256", "header x-h", detectable=False))
    b.ok_json({"salio": rf(c.rng, 100, 90000, 2), "sarafu": "KES", "saa": iso(c)})
    return b.build()


def smile_selfie(c: Context) -> Flow:
    b = FB(c, "smileid", "POST", f"{SMILE}/v2/smart-selfie-authentication")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("smileid-partner-id", "6112")
    b.header("smileid-request-signature", b64(new_hex(c.rng, 32)))
    b.header("smileid-timestamp", iso(c))
    b.bio("face_image", "multipart selfie_image + liveness_images (Smile ID SmartSelfie)")
    boundary = rid(c.rng)
    parts = [
        ("user_id", None, None, b.acct("pesa_user").encode()),
        ("selfie_image", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
    ]
    parts += [
        ("liveness_images", f"liveness_{i}.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9)))
        for i in range(2)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"job_id": rid(c.rng), "status": "pending", "user_id": b.acct("pesa_user")})
    return b.build()


def ingia_kwa_sura(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/ingia/sura")
    b.bio("face_template", "json faceTemplate (512 float32, base64) + liveness")
    b.json(
        {
            "mteja": b.acct("pesa_user"),
            "faceTemplate": floats_b64(floats(c.rng, 512)),
            "templateVersion": "pp-face-512",
            "livenessScore": rf(c.rng, 0.85, 0.99, 3),
            "saa": iso(c),
        }
    )
    b.ok_json({"sawa": True, "ufanano": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def sajili_sura(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/ingia/sura/sajili")
    b.bio("face_embedding", "json sura.embedding (512 floats)")
    b.json(
        {
            "mteja": b.acct("pesa_user"),
            "sura": {"embedding": floats(c.rng, 512), "modeli": "pp-face-512"},
            "deviceToken": b.id("pesa_device_token", where="json deviceToken"),
        }
    )
    b.ok_json({"imesajiliwa": True})
    return b.build()


def sura_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/s")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 512))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def liveness_opaque(c: Context) -> Flow:
    """The in-app liveness step: nameless octet-stream parts f0..f2 (camera frames)."""
    b = _b(c, "POST", f"{API}/v3/onb/l2")
    b.bio("face_image", "multipart parts f0..f2 (liveness frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"f{i}", f"{i}.bin", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"hatua": 4})
    return b.build()


def tuma_pesa(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tuma")
    b.decoy("phone number, receipt code and transaction id")
    b.json(
        {
            "kwa": "2547" + "".join(str(c.rng.randint(0, 9)) for _ in range(8)),
            "kiasi": c.rng.choice([50, 200, 500, 1000, 2500]),
            "ujumbe": "Ya fare ya matatu",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"risiti": _receipt(c), "hali": "IMEKAMILIKA", "ada": 13})
    return b.build()


def lipa_bill(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/lipa/paybill")
    b.decoy("paybill and account number (school fees, power)")
    b.json(
        {
            "paybill": c.rng.choice(["888880", "247247", "522522"]),
            "akaunti": f"ADM{c.rng.randint(1000, 9999)}",
            "kiasi": rf(c.rng, 500, 30000, 0),
        }
    )
    b.ok_json({"risiti": _receipt(c), "hali": "IMEKAMILIKA"})
    return b.build()


def airtime(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/airtime/nunua")
    b.json({"kiasi": c.rng.choice([20, 50, 100]), "mtandao": "safaricom", "t": ms(c)})
    b.ok_json({"risiti": _receipt(c)})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/taarifa")
    b.decoy("self-declared gender and birth date, national id number")
    b.json(
        {
            "jina": "Otieno",
            "jinaLaUkoo": "Ochieng",
            "jinsia": "M",
            "tareheYaKuzaliwa": "1971-06-02",
            "kaunti": "Nairobi",
            "kitambulisho": str(c.rng.randint(10**7, 4 * 10**7)),
        }
    )
    b.ok_json({"imehifadhiwa": True})
    return b.build()


def picha_profile(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/profile/picha")
    b.decoy("profile photo upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.pesapoa.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def taarifa(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/akaunti/taarifa?siku=30")
    b.ok_json(
        {
            "miamala": [
                {"risiti": _receipt(c), "kiasi": rf(c.rng, -5000, 5000, 0), "saa": iso(c)}
                for _ in range(5)
            ]
        }
    )
    return b.build()
