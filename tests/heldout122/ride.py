"""Oya Drive: the driver app of a ride-hailing service in Lagos, Ibadan and Abuja.

Before going online the driver takes a "real-time ID check" selfie; the in-house
team named things in Pidgin and Hausa (`snap_your_face`, `hoton_fuska`, Hausa for
photo of the face). The on-device check also sends head pose and a face box.
GPS pings, trip fares, the car's plate and the fleet owner's in-car tracker
(the fleet's device, not the tester's) are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, ms, points, rf, rid, ua

API = "https://driver.oyadrive.example"
UA = ua("OyaDriver", "3.33.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "oyadrive", method, url)
    b.header("user-agent", UA)
    b.header("x-install-id", b.id("ride_install", where="header x-install-id"))
    return b


def snap_your_face(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/driver/snap-your-face")
    b.bio("face_image", "multipart hoton_fuska (Hausa: face photo) to snap-your-face")
    boundary = rid(c.rng)
    parts = [
        ("hoton_fuska", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
        ("driver", None, None, b.acct("ride_driver").encode()),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"status": "na you", "canGoOnline": True})
    return b.build()


def face_check_meta(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/driver/face-check/result")
    b.bio("face_landmarks", "json faceLandmarks[] + headPose (on-device face check)")
    b.json(
        {
            "faceLandmarks": points(c.rng, 106, 2),
            "headPose": {
                "yaw": rf(c.rng, -15, 15, 2),
                "pitch": rf(c.rng, -10, 10, 2),
                "roll": rf(c.rng, -5, 5, 2),
            },
            "eyesOpen": True,
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def selfie_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/u/9")
    b.bio("face_image", "json b (base64 jpeg, no face word)", detectable=False)
    b.json({"b": b64(fake_jpeg(c.rng.randint(0, 10**9), 500)), "k": 2})
    b.ok_json({"r": 1})
    return b.build()


def go_online(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/driver/online")
    b.json(
        {
            "androidId": b.id("aid_ride", where="json androidId"),
            "driverId": b.acct("ride_driver"),
            "lat": rf(c.rng, 7.35, 7.45, 5),
            "lng": rf(c.rng, 3.85, 3.95, 5),
        }
    )
    b.ok_json({"online": True})
    return b.build()


def gps_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/location/batch")
    b.decoy("GPS track points (coordinates)")
    b.json({"pts": [[rf(c.rng, 7.35, 7.45, 5), rf(c.rng, 3.85, 3.95, 5), ms(c)] for _ in range(6)]})
    b.no_content()
    return b.build()


def trip_fare(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/trips/{rid(c.rng)}")
    b.decoy("trip id and fare breakdown")
    b.ok_json(
        {
            "fareNGN": c.rng.randint(1500, 9000),
            "surge": rf(c.rng, 1, 1.8, 1),
            "plate": "KJA-482FH",
            "completedAt": iso(c),
        }
    )
    return b.build()


def fleet_tracker(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/vehicle/tracker")
    b.decoy("the fleet owner's in-car tracker IMEI (the fleet's device, not the tester's)")
    b.ok_json(
        {
            "trackerImei": "8643" + str(c.rng.randint(10**10, 10**11 - 1)),
            "owner": "Adebayo Fleet Ltd",
            "lastSeen": iso(c),
        }
    )
    return b.build()
