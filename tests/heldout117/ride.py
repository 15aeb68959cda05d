"""TukTuk Go Driver: a ride-hailing driver app (tuk-tuk, remork) in Phnom Penh
and Siem Reap with periodic selfie checks against the driver's enrolled face.

The selfie check is biometric (face image to face matching, plus a face
embedding the SDK computes on device). The tuk-tuk's rented GPS tracker
belongs to the fleet owner, not the family (its IMEI is a decoy).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://driver.tuktukgo.example"
UA = ua("TukTukGoDriver", "2.18.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tuktukgo", method, url)
    b.header("user-agent", UA)
    b.header("x-driver", b.acct("driver_no"))
    return b


def selfie_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/rot-check/selfie")
    b.bio("face_image", "multipart selfie.jpg to /rot-check/selfie (face match)")
    boundary = "tt" + rid(c.rng)[:10]
    parts = [
        ("android_id", None, None, b.id("aid_ride", where="multipart android_id").encode()),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"same_person": True, "similarity": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def face_vector(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/rot-check/vector")
    b.bio("face_embedding", "json muk_vector (Khmer muk = face) 128 floats")
    b.json({"muk_vector": floats(c.rng, 128), "check_id": rid(c.rng), "at": iso(c)})
    b.ok_json({"ok": True})
    return b.build()


def face_vector_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/x")
    b.bio("face_embedding", "json 'e': list of 128 floats under a one-letter key", detectable=False)
    b.json({"e": floats(c.rng, 128), "t": iso(c)})
    b.ok_json({"ok": True})
    return b.build()


def location(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/location")
    b.decoy("driver coordinates and heading (location, not biometric)")
    b.json(
        {
            "lat": rf(c.rng, 11.52, 11.6),
            "lng": rf(c.rng, 104.86, 104.95),
            "heading": c.rng.randint(0, 359),
            "speed": rf(c.rng, 0, 40, 1),
        }
    )
    b.no_content()
    return b.build()


def tracker(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/vehicle/tracker")
    b.decoy("fleet owner's rented GPS tracker IMEI (not the family's device)")
    imei = luhn_complete(new_digits(c.rng, 14, "35"))
    b.ok_json({"plate": "PP 1A-2345", "tracker_imei": imei, "owner": "Sok Fleet Co."})
    return b.build()


def jobs(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/jobs/nearby")
    b.decoy("nearby ride requests with order ids")
    b.ok_json(
        {
            "jobs": [
                {
                    "order_id": rid(c.rng),
                    "pickup": [rf(c.rng, 13.3, 13.45), rf(c.rng, 103.8, 103.9)],
                    "fare_khr": c.rng.randint(4000, 20000),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def doc_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/documents/licence")
    b.decoy("driving licence photo for OCR (document, not face matching)")
    boundary = "dl" + rid(c.rng)[:10]
    body = multipart(
        boundary,
        [("licence_front", "licence.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"ocr": {"boxes": [[10, 20, 200, 40]], "number": "DL" + rid(c.rng)[:6]}})
    return b.build()
