"""Roadline Driver: a rideshare driver app on the Pixel 8 (the dad drives
evenings in Columbus).

Before going online the driver takes a selfie check: Persona's mobile SDK
posts `verification/selfie` with center/left/right photos, and the app's own
"rtid" step uploads a selfie plus the face match score; when the network is
poor the capture goes as a raw JPEG to a presigned S3 URL that names nothing.
The app registers its install id and ANDROID_ID. Location pings (GPS),
trip offers, earnings and the telematics unit of a car rented through the
app's vehicle partner (not the household's device) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, android_ua, iso, ms, rf, rid

API = "https://driver.roadline.example"
UA = android_ua("RoadlineDriver", "4.512.10001")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "roadline", method, url)
    b.header("user-agent", UA)
    b.header("x-roadline-install", b.id("ride_install", where="header x-roadline-install"))
    return b


def _jpeg(c: Context, n: int = 600) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), n))


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/rt/devices/v1/register")
    b.json(
        {
            "androidId": b.id("aid_ride", where="json androidId"),
            "advertisingId": b.id("gaid", where="json advertisingId"),
            "driverUuid": b.acct("driver_id"),
            "phone": b.acct("phone_number"),
            "model": "Pixel 8",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def persona_selfie(c: Context) -> Flow:
    inq = "inq_" + new_hex(c.rng, 24)
    b = FB(
        c,
        "persona",
        "POST",
        f"https://withpersona.com/api/internal/v1/inquiries/{inq}/verifications/selfie",
    )
    b.header("user-agent", "Persona/2.12.4 (Android 15)")
    b.header("persona-version", "2023-01-05")
    b.bio("face_image", "json data.attributes center-photo / left-photo / right-photo (selfie)")
    b.json(
        {
            "data": {
                "type": "verification/selfie",
                "attributes": {
                    "capture-method": "photo",
                    "center-photo-data": _jpeg(c),
                    "left-photo-data": _jpeg(c),
                    "right-photo-data": _jpeg(c),
                },
            }
        }
    )
    b.ok_json({"data": {"id": "ver_" + new_hex(c.rng, 24), "attributes": {"status": "submitted"}}})
    return b.build()


def rtid_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/rt/identity/v2/realtime-id-check")
    b.bio("face_image", "json selfieImage + faceMatch (real-time ID check)")
    b.json(
        {
            "driverUuid": b.acct("driver_id"),
            "selfieImage": _jpeg(c),
            "faceMatch": {"score": rf(c.rng, 0.8, 0.99, 3), "livenessPassed": True},
            "capturedAt": iso(c),
        }
    )
    b.ok_json({"status": "VERIFIED"})
    return b.build()


def selfie_s3(c: Context) -> Flow:
    key = new_hex(c.rng, 32)
    b = FB(c, "roadline", "PUT", f"https://rl-uploads-prod.s3.us-east-2.amazonaws.com/u/{key}")
    b.header("user-agent", UA)
    b.bio("face_image", "body raw JPEG to a presigned S3 key (selfie capture)", detectable=False)
    for k, v in [
        ("X-Amz-Algorithm", "AWS4-HMAC-SHA256"),
        ("X-Amz-Date", "20241105T180000Z"),
        ("X-Amz-Expires", "300"),
        ("X-Amz-Signature", new_hex(c.rng, 64)),
    ]:
        b.param(k, v)
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 900), "image/jpeg")
    b.respond(200, None, headers=[("etag", '"' + new_hex(c.rng, 32) + '"')])
    return b.build()


def location_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/rt/locations/v1/batch")
    b.decoy("GPS points with heading and speed")
    b.json(
        {
            "points": [
                {
                    "lat": rf(c.rng, 39.9, 40.05, 6),
                    "lng": rf(c.rng, -83.1, -82.9, 6),
                    "course": rf(c.rng, 0, 359, 1),
                    "speed": rf(c.rng, 0, 25, 1),
                    "ts": ms(c),
                }
                for _ in range(5)
            ]
        }
    )
    b.no_content()
    return b.build()


def trip_offer(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/rt/offers/v1/current")
    b.decoy("trip offer: pickup coordinates, fare, ETA, trip id")
    b.ok_json(
        {
            "offerId": rid(c.rng),
            "pickup": {"lat": rf(c.rng, 39.9, 40.05, 5), "lng": rf(c.rng, -83.1, -82.9, 5)},
            "fare": rf(c.rng, 6, 40, 2),
            "etaSec": c.rng.randint(60, 900),
        }
    )
    return b.build()


def earnings(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/rt/earnings/v1/week")
    b.decoy("weekly earnings series")
    b.ok_json({"days": [rf(c.rng, 0, 180, 2) for _ in range(7)], "currency": "USD"})
    return b.build()


def rental_vehicle(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/rt/vehicles/v1/rental")
    b.decoy("VIN and telematics unit id of a partner's rental car (not the household's device)")
    b.ok_json(
        {
            "partner": "Hertz",
            "vin": "1HGCV1F3" + new_digits(c.rng, 9),
            "telematicsUnitId": "TCU" + new_hex(c.rng, 12).upper(),
            "plate": "JXR" + new_digits(c.rng, 4),
        }
    )
    return b.build()
