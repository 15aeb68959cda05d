"""Loonie: a teen prepaid card with a parent app; the teen verifies with ID + selfie.

Onboarding goes to Onfido's Canadian region (`api.ca.onfido.com`, API v3.6): a
document upload, a live photo (`/live_photos`, multipart `file`) and, for step-up, a
motion capture (`/live_videos`). After KYC the app keeps a face template for "selfie
re-login" and sends it as base64 float32 (`faceTemplate`); the step-up retry sends
the capture wrapped in the SDK's encrypted envelope. The parent's Pixel app registers
with its ANDROID_ID. Transactions, spending charts, the sign-up form (with a
self-declared gender) and the ID document are ordinary here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, floats_b64, multipart

from .phone import FB, android_ua, bearer, floats, ios_ua, iso, rf, rid

API = "https://api.loonie.example"
ONFIDO = "https://api.ca.onfido.com/v3.6"
UA = ios_ua("Loonie", "5.8.0", "5800")
PARENT_UA = android_ua("LooniePARENT", "5.8.0")


def _teen(c: Context, method: str, url: str) -> FB:
    b = FB(c, "loonie", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    b.header("x-device-vendor-id", b.id("idfv_loonie", where="header x-device-vendor-id"))
    return b


def _onfido(c: Context, method: str, path: str) -> FB:
    b = FB(c, "onfido", method, f"{ONFIDO}{path}")
    b.header("user-agent", "Onfido-iOS-SDK/29.7.0")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def live_photo(c: Context) -> Flow:
    b = _onfido(c, "POST", "/live_photos")
    boundary = "Boundary-" + rid(c.rng).upper()
    b.bio("face_image", "multipart file (selfie) to /live_photos")
    body = multipart(
        boundary,
        [
            ("applicant_id", None, None, rid(c.rng).encode()),
            ("advanced_validation", None, None, b"true"),
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "file_name": "selfie.jpg", "file_type": "image/jpeg"}, 201)
    return b.build()


def live_video(c: Context) -> Flow:
    b = _onfido(c, "POST", "/live_videos")
    boundary = "Boundary-" + rid(c.rng).upper()
    b.bio("face_video", "multipart file (head-turn motion capture) to /live_videos")
    challenge = [{"type": "movement", "query": "turnLeft"}, {"type": "recite", "query": [4, 7, 1]}]
    body = multipart(
        boundary,
        [
            ("challenge", None, "application/json", str(challenge).encode()),
            ("file", "motion.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 1000)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng)}, 201)
    return b.build()


def document(c: Context) -> Flow:
    b = _onfido(c, "POST", "/documents")
    boundary = "Boundary-" + rid(c.rng).upper()
    b.decoy("ID document image (Ontario photo card): a document upload, not a face capture")
    body = multipart(
        boundary,
        [
            ("type", None, None, b"national_identity_card"),
            ("issuing_country", None, None, b"CAN"),
            ("side", None, None, b"front"),
            ("file", "doc_front.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "type": "national_identity_card"}, 201)
    return b.build()


def face_template(c: Context) -> Flow:
    b = _teen(c, "POST", f"{API}/v1/auth/selfie-relogin/enrol")
    b.bio("face_embedding", "json faceTemplate (base64 float32 x128)")
    b.json(
        {
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "templateVersion": "fr-mobile-2.1",
            "livenessScore": rf(c.rng, 0.8, 1, 3),
        }
    )
    b.ok_json({"enrolled": True})
    return b.build()


def stepup_sealed(c: Context) -> Flow:
    b = _teen(c, "POST", f"{API}/v1/kyc/stepup")
    b.bio("face_image", "json payload (encrypted capture envelope)", detectable=False)
    b.json(
        {
            "kid": "k2024-10",
            "alg": "RSA-OAEP-256+A256GCM",
            "payload": b64(bytes(c.rng.getrandbits(8) for _ in range(1200))),
            "iv": b64(new_hex(c.rng, 12)),
        }
    )
    b.ok_json({"status": "in_review"})
    return b.build()


def parent_register(c: Context) -> Flow:
    b = FB(c, "loonie-parent", "POST", f"{API}/v1/parent/devices")
    b.header("user-agent", PARENT_UA)
    b.header("authorization", bearer(c.rng))
    b.json(
        {
            "androidId": b.id("aid_loonie", where="json androidId"),
            "platform": "android",
            "pushToken": "c" + new_hex(c.rng, 10) + ":APA91b" + new_hex(c.rng, 40),
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def risk_ping(c: Context) -> Flow:
    b = FB(c, "loonie-parent", "POST", f"{API}/v1/r")
    b.header("user-agent", PARENT_UA)
    b.form(
        [
            ("k", b.id("aid_loonie", "sha256", "form k (sha256 of ANDROID_ID)", detectable=False)),
            ("f", b.id("loonie_fp", where="form f (device fingerprint)", detectable=False)),
            ("v", "5"),
        ]
    )
    b.ok_json({"score": c.rng.randint(0, 100)})
    return b.build()


def transactions(c: Context) -> Flow:
    b = _teen(c, "GET", f"{API}/v1/cards/me/transactions?limit=20")
    b.decoy("card transactions with amounts and merchant coordinates")
    merchants = ["Tim Hortons", "Cineplex", "Steam", "Roblox", "7-Eleven", "Sephora"]
    b.ok_json(
        {
            "items": [
                {
                    "merchant": c.rng.choice(merchants),
                    "amountCents": -c.rng.randint(200, 6000),
                    "currency": "CAD",
                    "lat": rf(c.rng, 43.6, 43.8, 5),
                    "lng": rf(c.rng, -79.5, -79.3, 5),
                    "postedAt": iso(c),
                    "txnId": rid(c.rng),
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def spending_chart(c: Context) -> Flow:
    b = _teen(c, "GET", f"{API}/v1/insights/spending?period=month")
    b.decoy("spending series by week (price series)")
    b.ok_json(
        {
            "series": [rf(c.rng, 0, 120, 2) for _ in range(30)],
            "categories": {"food": 41.2, "games": 33.0},
        }
    )
    return b.build()


def signup(c: Context) -> Flow:
    b = FB(c, "loonie", "POST", f"{API}/v1/signup/teen")
    b.header("user-agent", UA)
    b.decoy("sign-up form with self-declared gender and birth date")
    b.json(
        {
            "firstName": "Maya",
            "dob": "2008-03-14",
            "gender": "female",
            "province": "ON",
            "email": b.id("email", where="json email"),
            "parentEmail": b.acct("parent_email"),
        }
    )
    b.ok_json({"teenId": b.acct("loonie_user")}, 201)
    return b.build()


def allowance(c: Context) -> Flow:
    b = FB(c, "loonie-parent", "POST", f"{API}/v1/parent/allowance")
    b.header("user-agent", PARENT_UA)
    b.header("authorization", bearer(c.rng))
    b.json(
        {
            "teenId": b.acct("loonie_user"),
            "amountCents": c.rng.choice([1000, 1500, 2000]),
            "cadence": "weekly",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"scheduled": True})
    return b.build()
