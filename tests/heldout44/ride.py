"""Mashwar: a ride-hailing app whose captains (drivers) pass selfie checks.

Real-time ID check before a shift: the captain's selfie goes to Azure AI Face
detect (POST {region}.api.cognitive.microsoft.com/face/v1.0/detect with
returnFaceId / returnFaceLandmarks, an octet-stream image and the
Ocp-Apim-Subscription-Key header: Microsoft Face REST API reference), the
selfie itself to the app's backend as multipart, and the 68 landmark points
its on-device check computed. Device ids: the install id in a header, the
ANDROID_ID in a cookie, the HMS Push Kit token at registration. Decoys: route
polylines, fare quotes, the self-declared gender on the sign-up form, ratings.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, ms, points, rf, rid, ua

HOST = "https://captain.mashwar.example"
AZURE = "https://westeurope.api.cognitive.microsoft.com/face/v1.0/detect"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ride", method, url)
    b.header("user-agent", ua("MashwarCaptain", "9.1.4"))
    b.header("x-install-id", b.id("ride_install", where="header x-install-id"))
    return b


def azure_detect(c: Context) -> Flow:
    b = FB(c, "ride", "POST", AZURE)
    for k, v in [
        ("returnFaceId", "true"),
        ("returnFaceLandmarks", "true"),
        ("recognitionModel", "recognition_04"),
        ("detectionModel", "detection_03"),
    ]:
        b.param(k, v)
    b.header("ocp-apim-subscription-key", rid(c.rng).replace("-", ""))
    b.set_body(fake_jpeg(c.rng.randint(0, 10**6), 1200), "application/octet-stream")
    b.bio("face_image", "body: selfie JPEG at Azure Face /face/v1.0/detect")
    b.ok_json(
        [
            {
                "faceId": rid(c.rng),
                "faceRectangle": {"top": 120, "left": 90, "width": 240, "height": 240},
            }
        ]
    )
    return b.build()


def selfie_upload(c: Context) -> Flow:
    b = _b(c, "POST", HOST + "/v2/captains/identity/selfie")
    bnd = "----mashwar" + rid(c.rng).replace("-", "")[:16]
    parts = [
        ("shiftId", None, None, str(ms(c)).encode()),
        ("selfie", "captain_selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 900)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart selfie (captain_selfie.jpg) at /identity/selfie")
    b.ok_json({"status": "PENDING_REVIEW"})
    return b.build()


def landmarks(c: Context) -> Flow:
    b = _b(c, "POST", HOST + "/v2/captains/identity/selfie-check")
    b.json(
        {
            "faceLandmarks68": points(c.rng, 68),
            "headPose": {"yaw": rf(c.rng, -10, 10, 2), "pitch": rf(c.rng, -8, 8, 2)},
            "blinkDetected": True,
            "checkedAt": iso(c),
        }
    )
    b.bio("face_landmarks", "json faceLandmarks68 at /identity/selfie-check")
    b.ok_json({"passed": True})
    return b.build()


def register_push(c: Context) -> Flow:
    b = _b(c, "POST", HOST + "/v1/devices")
    b.json(
        {
            "pushProvider": "HMS",
            "pushToken": b.id("push_ride", where="json pushToken"),
            "platform": "android",
            "appVersion": "9.1.4",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def location_ping(c: Context) -> Flow:
    b = _b(c, "POST", HOST + "/v1/captains/location")
    b.header(
        "cookie", f"mw_sess={rid(c.rng)[:13]}; mw_did={b.id('aid_ride', where='cookie mw_did')}"
    )
    b.json(
        {
            "lat": rf(c.rng, 30.0, 30.1, 6),
            "lng": rf(c.rng, 31.2, 31.3, 6),
            "bearing": c.rng.randint(0, 359),
            "speedKmh": rf(c.rng, 0, 70, 1),
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def trip_route(c: Context) -> Flow:
    b = _b(c, "GET", HOST + f"/v1/trips/TR{c.rng.randint(10**8, 10**9)}/route")
    poly = [[rf(c.rng, 30.0, 30.1, 5), rf(c.rng, 31.2, 31.3, 5)] for _ in range(20)]
    b.ok_json({"polyline": poly, "etaSec": c.rng.randint(120, 1800)})
    b.decoy("route polyline coordinate list")
    return b.build()


def fare_quote(c: Context) -> Flow:
    b = _b(c, "POST", HOST + "/v1/fares/quote")
    b.json(
        {
            "pickup": [rf(c.rng, 30.0, 30.1, 5), rf(c.rng, 31.2, 31.3, 5)],
            "surge": [1.0, 1.2, 1.4, 1.2],
        }
    )
    b.ok_json({"fareEgp": rf(c.rng, 40, 250, 2), "quoteId": rid(c.rng)})
    b.decoy("fare quote and surge series")
    return b.build()


def signup_form(c: Context) -> Flow:
    b = _b(c, "POST", HOST + "/v1/captains/signup")
    b.form(
        [
            ("first_name", "Karim"),
            ("gender", "male"),
            ("birth_year", "1994"),
            ("city", "Giza"),
            ("vehicle", "Hyundai Elantra 2019"),
            ("plate", "س ق ط 1234"),
        ]
    )
    b.decoy("self-declared gender on a sign-up form")
    b.ok_json({"next": "documents"})
    return b.build()


def rating(c: Context) -> Flow:
    b = _b(c, "POST", HOST + "/v1/trips/rate")
    b.json({"stars": c.rng.randint(3, 5), "tags": ["clean_car", "polite"], "requestId": rid(c.rng)})
    b.decoy("trip rating")
    b.no_content()
    return b.build()
