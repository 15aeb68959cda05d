"""Spark & Thistle: a dating app with photo verification.

Verification asks for a posed selfie matched to the profile photos (the app's
own `/verification/selfie`), with age estimation by Yoti (its documented
`/ai/v1/age-antispoofing` endpoint taking a base64 `img`). A later build sends
the selfie inside an encrypted envelope. AppsFlyer attributes installs
(`advertiserId`, its own `uid`). Profiles with self-declared gender, distances
and swipes are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.sparkandthistle.example"
YOTI = "https://api.yoti.com"
AF = "https://launches.appsflyer.com"
UA = ua("SparkThistle", "9.14.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sparkthistle", method, url)
    b.header("user-agent", UA)
    b.header("x-st-user", b.acct("date_user"))
    return b


def selfie_verification(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/verification/selfie")
    b.bio("face_image", "multipart selfie (posed selfie matched to profile photos)")
    boundary = "st" + new_hex(c.rng, 24)
    parts = [
        ("pose", None, None, c.rng.choice([b"thumbs_up", b"peace_sign", b"hand_on_chin"])),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"verificationStatus": "pending", "faceMatchScore": None})
    return b.build()


def yoti_age(c: Context) -> Flow:
    b = FB(c, "yoti", "POST", f"{YOTI}/ai/v1/age-antispoofing")
    b.header("user-agent", UA)
    b.bio("face_analysis", "json img (base64 selfie) for facial age estimation + liveness")
    b.json({"img": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)), "metadata": {"device": "mobile"}})
    b.ok_json(
        {
            "age": {"age": rf(c.rng, 24, 40, 2), "st_dev": 2.1},
            "antispoofing": {"prediction": "real", "score": 0.97},
        }
    )
    return b.build()


def verification_result(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/verification/status")
    b.bio("face_analysis", "response json faceMatch similarity + estimatedAge")
    b.ok_json(
        {
            "verified": True,
            "faceMatch": {"similarity": rf(c.rng, 0.8, 0.99, 3)},
            "estimatedAge": c.rng.randint(26, 38),
        }
    )
    return b.build()


def selfie_envelope(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/pv/c")
    b.bio(
        "face_image", "json b: encrypted envelope holding the verification selfie", detectable=False
    )
    b.json({"v": 4, "b": b64(bytes(c.rng.getrandbits(8) for _ in range(1200)))})
    b.ok_json({"s": 0})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"{AF}/api/v6.13/androidevent?app_id=com.sparkandthistle.app&buildnumber=6.13.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("date_af_uid", where="json uid"),
            "android_id": b.id("aid_date", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "launch_counter": str(c.rng.randint(2, 60)),
            "country": "GB",
            "lang": "English",
            "model": "SM-S921B",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def profile_update(c: Context) -> Flow:
    b = _b(c, "PATCH", f"{API}/v3/me/profile")
    b.decoy("self-declared gender and age range on a profile form")
    b.json(
        {
            "gender": "woman",
            "showMe": "men",
            "ageRange": [30, 42],
            "bio": "Leeds lass, loves hillwalking",
            "favouriteColour": "teal",
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def discover(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/discover?lat=53.80&lng=-1.55&radiusKm=25")
    b.decoy("nearby profiles with distances and photo thumbnails")
    b.ok_json(
        {
            "profiles": [
                {
                    "id": rid(c.rng),
                    "name": n,
                    "distanceKm": rf(c.rng, 1, 25, 1),
                    "photo": f"https://img.sparkandthistle.example/{new_hex(c.rng, 16)}.jpg",
                }
                for n in ("Sam", "Ali", "Jamie")
            ]
        }
    )
    return b.build()


def swipe(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/swipes")
    b.json({"targetId": rid(c.rng), "direction": c.rng.choice(["like", "pass"]), "at": iso(c)})
    b.ok_json({"match": c.rng.random() < 0.1})
    return b.build()


def sign_in(c: Context) -> Flow:
    """E-mail sign-in: the address is an account contact, never a device id."""
    b = _b(c, "POST", f"{API}/v3/auth/email")
    b.json({"email": b.id("email", where="json email (account contact)"), "marketingOptIn": False})
    b.ok_json({"magicLinkSent": True})
    return b.build()
