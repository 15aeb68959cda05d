"""Kindred: a dating app on the iPhone with face verification.

The blue-check flow runs FaceTec's SDK through the app's server to
`/enrollment-3d` (`faceScan`, `auditTrailImage`, `externalDatabaseRefID`);
a pose-challenge re-check sends a selfie with the requested gesture; the
"photo guard" compares profile photos to the verified face by sending a
float32 template under `d`. Mixpanel's iOS SDK tracks with `$device_id` and
`$ios_ifa`. Profile photos (no face matching), a self-declared gender,
distance and swipes are ordinary.
"""

from __future__ import annotations

import json

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from .phone import FB, floats, ios_ua, iso, ms, rf, rid

API = "https://api.kindred.example"
UA = ios_ua("Kindred", "14.8.0", "14080")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kindred", method, url)
    b.header("user-agent", UA)
    b.header("x-kindred-vendor", b.id("idfv_date", where="header x-kindred-vendor"))
    return b


def _jpeg(c: Context, n: int = 600) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), n))


def facetec_enroll(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/verify/facetec/enrollment-3d")
    b.header("x-device-key", "d" + new_hex(c.rng, 31))
    b.bio("face_scan", "json faceScan + auditTrailImage (3D face scan)")
    b.json(
        {
            "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(1200))),
            "auditTrailImage": _jpeg(c),
            "lowQualityAuditTrailImage": _jpeg(c, 300),
            "externalDatabaseRefID": "kindred_" + b.acct("date_user"),
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(new_hex(c.rng, 60))})
    return b.build()


def pose_challenge(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/verify/v2/pose-selfie")
    b.bio("face_image", "json selfie + gesture (pose-challenge selfie)")
    b.json(
        {
            "gesture": c.rng.choice(["thumbs_up", "peace", "hand_on_chin"]),
            "selfie": _jpeg(c),
            "at": iso(c),
        }
    )
    b.ok_json({"verified": c.rng.random() < 0.9})
    return b.build()


def photo_guard(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/pg/v1/c")
    b.bio("face_template", "json d: base64 float32 x128 under one letter", detectable=False)
    b.json({"d": floats_b64(floats(c.rng, 128)), "p": c.rng.randint(1, 6)})
    b.ok_json({"m": True})
    return b.build()


def mixpanel(c: Context) -> Flow:
    b = FB(c, "mixpanel", "POST", "https://api.mixpanel.com/track?ip=1")
    b.header("user-agent", UA)
    event = {
        "event": c.rng.choice(["Swipe Right", "Match Opened", "Profile Viewed"]),
        "properties": {
            "token": new_hex(c.rng, 32),
            "$device_id": b.id("mp_device", where="form data json properties.$device_id"),
            "distinct_id": b.acct("date_user"),
            "$ios_ifa": b.id("idfa", where="form data json properties.$ios_ifa"),
            "$ios_ifv": b.id("idfv_date", where="form data json properties.$ios_ifv"),
            "$os": "iOS",
            "$model": "iPhone15,4",
            "time": ms(c),
            "$insert_id": new_hex(c.rng, 16),
        },
    }
    b.form([("data", json.dumps([event], separators=(",", ":")))])
    b.respond(200, "text/plain", b"1")
    return b.build()


def profile_photo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/profile/v1/photos")
    b.decoy("profile photo upload for display (no face matching)")
    b.json({"slot": c.rng.randint(1, 6), "image": _jpeg(c), "crop": [0, 0, 1080, 1350]})
    b.ok_json({"photoId": rid(c.rng)})
    return b.build()


def profile_update(c: Context) -> Flow:
    b = _b(c, "PATCH", f"{API}/profile/v1/me")
    b.decoy("self-declared gender and age range on a form")
    b.json({"gender": "woman", "showMe": "men", "ageRange": [30, 42], "heightCm": 168})
    b.ok_json({"ok": True})
    return b.build()


def nearby(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/recs/v3/nearby?lat={rf(c.rng, 29.3, 29.6, 3)}&lon={rf(c.rng, -98.6, -98.4, 3)}",
    )
    b.decoy("recommended profiles with distance (coordinates)")
    b.ok_json(
        {
            "profiles": [
                {"id": new_hex(c.rng, 24), "distanceMi": c.rng.randint(1, 25)} for _ in range(5)
            ]
        }
    )
    return b.build()


def swipe(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/recs/v3/swipe")
    b.json({"target": new_hex(c.rng, 24), "dir": c.rng.choice(["L", "R"]), "ts": ms(c)})
    b.ok_json({"match": False})
    return b.build()
