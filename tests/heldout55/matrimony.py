"""KalyanJodi, a matrimony app for Tamil and Sri Lankan families (in-house
api.kalyanjodi.com, photos to its own CDN) with CleverTap.

Sign-up and profile edits carry self-declared gender, height, complexion and
horoscope fields (raasi / natchathiram / dosham in Tamil, lagnaya / nakatha in
Sinhala, rashi / gotra / manglik in Hindi): personal, but not biometric. Profile
photos go to the app's own CDN. The "verified selfie" badge runs Google ML Kit
face detection on the phone and sends its results on: Face fields
headEulerAngleX/Y/Z, smilingProbability, left/rightEyeOpenProbability and
contour points by type (FACE, LEFT_EYE...), as the ML Kit docs name them.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, multipart

from . import adsdk
from .phone import FB, ms, rf, rid, ua

API = "https://api.kalyanjodi.com"
UA = ua("KalyanJodi", "11.2.0")
RAASI = ["Mesham", "Rishabam", "Mithunam", "Kadagam", "Simmam", "Kanni", "Thulam"]
NAKSHATRA = ["Ashwini", "Bharani", "Rohini", "Thiruvathirai", "Poosam", "Magam", "Swathi"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "kalyanjodi", method, API + path)
    b.header("user-agent", UA)
    b.header("x-kj-req", rid(c.rng))
    return b


def profile_edit(c: Context) -> Flow:
    b = _b(c, "PUT", f"/v2/profile/{c.phone.jodi_profile}")
    body: dict[str, object] = {
        "gender": c.rng.choice(["Male", "Female"]),
        "height_cm": c.rng.randint(150, 185),
        "rang": c.rng.choice(["wheatish", "fair", "dusky"]),
        "body_type": c.rng.choice(["slim", "average", "athletic"]),
        "jathagam": {
            "raasi": c.rng.choice(RAASI),
            "natchathiram": c.rng.choice(NAKSHATRA),
            "dosham": c.rng.choice(["illai", "chevvai", "rahu-kethu"]),
            "lagnaya": c.rng.choice(["Kataka", "Simha", "Kanya"]),
            "upan_velawa": f"{c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}",
        },
        "gotra": c.rng.choice(["Kashyap", "Bharadwaj", "Vasishta"]),
        "manglik": c.rng.choice(["no", "anshik"]),
        "mother_tongue": c.rng.choice(["Tamil", "Sinhala"]),
    }
    if c.rng.random() < 0.3:
        body["contact_email"] = b.id("email", where="body.contact_email")
    b.json(body)
    b.ok_json({"saved": True, "completeness": c.rng.randint(60, 100)})
    b.decoy("self-declared gender, height, complexion and horoscope fields: not biometric")
    return b.build()


def photo_upload(c: Context) -> Flow:
    b = FB(c, "kalyanjodi", "POST", "https://upload.kalyanjodi.com/v1/profile-photo")
    b.header("user-agent", UA)
    bnd = new_hex(c.rng, 32)
    body = multipart(
        bnd,
        [
            ("profile_id", None, None, c.phone.jodi_profile.encode()),
            ("slot", None, None, str(c.rng.randint(1, 5)).encode()),
            ("photo", "IMG_2024.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 1200)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"url": f"https://photos.kalyanjodi.com/p/{new_hex(c.rng, 16)}.jpg"})
    b.decoy("profile photo uploaded to the app's own CDN for display: no face API, no template")
    return b.build()


def matches(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/matches/daily")
    b.param("page", str(c.rng.randint(1, 3)))
    rows = [
        {
            "id": "JM" + new_digits(c.rng, 7),
            "age": c.rng.randint(24, 34),
            "height_cm": c.rng.randint(150, 185),
            "raasi": c.rng.choice(RAASI),
            "photo": f"https://photos.kalyanjodi.com/p/{new_hex(c.rng, 16)}_t.jpg",
            "viewed": c.rng.random() < 0.5,
        }
        for _ in range(6)
    ]
    b.ok_json({"matches": rows})
    b.decoy("match list (ages, heights, photo URLs, 'viewed' flags): catalogue of profiles")
    return b.build()


def porutham(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/jathagam/porutham")
    b.json(
        {
            "boy": {"natchathiram": c.rng.choice(NAKSHATRA), "raasi": c.rng.choice(RAASI)},
            "girl": {"natchathiram": c.rng.choice(NAKSHATRA), "raasi": c.rng.choice(RAASI)},
        }
    )
    b.ok_json({"poruthams": {"dinam": 1, "ganam": 0, "yoni": 1, "rasi": 1}, "score": 7})
    b.decoy("horoscope match (porutham) scores: astrology, not biometric")
    return b.build()


def visitors(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/me/profile-visitors")
    b.ok_json({"count_7d": c.rng.randint(0, 40), "ids": ["JM" + new_digits(c.rng, 7)]})
    b.decoy("'who viewed my profile' counter: not media viewing history")
    return b.build()


def selfie_verify(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/verify/selfie")
    cx, cy = rf(c.rng, 380, 700, 1), rf(c.rng, 700, 1100, 1)
    contour = [
        [round(cx + c.rng.gauss(0, 160), 1), round(cy + c.rng.gauss(0, 210), 1)] for _ in range(36)
    ]
    eye = [
        [round(cx - 90 + c.rng.gauss(0, 20), 1), round(cy - 60 + c.rng.gauss(0, 8), 1)]
        for _ in range(16)
    ]
    b.json(
        {
            "challenge": c.rng.choice(["smile", "turn_left", "blink"]),
            "faces": [
                {
                    "boundingBox": [int(cx - 220), int(cy - 300), int(cx + 220), int(cy + 300)],
                    "headEulerAngleX": rf(c.rng, -8, 8, 2),
                    "headEulerAngleY": rf(c.rng, -30, 30, 2),
                    "headEulerAngleZ": rf(c.rng, -5, 5, 2),
                    "smilingProbability": rf(c.rng, 0, 1, 3),
                    "leftEyeOpenProbability": rf(c.rng, 0.1, 1, 3),
                    "rightEyeOpenProbability": rf(c.rng, 0.1, 1, 3),
                    "contours": {"FACE": contour, "LEFT_EYE": eye},
                }
            ],
            "captured_at": ms(c),
        }
    )
    b.bio("face_landmarks", "body.faces[0] (ML Kit face contours, angles, expression scores)")
    b.ok_json({"verified": c.rng.random() < 0.9})
    return b.build()


def ct_event(c: Context) -> Flow:
    ev = {"evtName": "Interest Sent", "evtData": {"tier": c.rng.choice(["free", "gold"])}}
    return adsdk.clevertap(c, "kalyanjodi", "TEST-6K4-9Z8-W95Z", "ct_jodi", [ev], False).build()


def device_login(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/auth/otp/verify")
    b.json(
        {
            "mobile": c.phone.mobile,
            "otp": new_digits(c.rng, 6),
            "device": {"android_id": b.id("aid_jodi", where="body.device.android_id")},
        }
    )
    b.ok_json({"token": new_hex(c.rng, 64)})
    return b.build()


def prefs_cookie(c: Context) -> Flow:
    """Partner preferences; the web-view session keeps the ANDROID_ID in a cookie."""
    b = _b(c, "GET", "/v2/me/partner-prefs")
    aid = b.id("aid_jodi", where="cookie kj_did")
    b.header("cookie", f"kj_sess={new_hex(c.rng, 32)}; kj_did={aid}; lang=ta")
    b.ok_json({"age": [24, 31], "raasi_any": True, "height_cm": [150, 175]})
    return b.build()
