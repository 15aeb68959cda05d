"""Rohat Driver: a taxi driver app (Dushanbe, Kabul) with selfie checks before shifts.

The driver's selfie goes to the app's face-match check (`selfie_check`); one
build sends it encrypted under `payload` with only a numeric type code. GPS
tracks and fares are ordinary. The car belongs to a fleet: its telematics
box serial is the fleet's (a business's) equipment, not the tester's device.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://driver.rohat.example"
UA = ua("RohatDriver", "7.9.1")


def _b(c: Context, method: str, url: str, ident: bool = True) -> FB:
    b = FB(c, "rohat", method, url)
    b.header("user-agent", UA)
    b.header("x-driver", b.acct("driver_id"))
    if ident:
        b.header("x-device-id", b.id("aid_rohat", where="header x-device-id"))
    return b


def selfie_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/shift/selfie_check")
    b.bio("face_image", "multipart selfie (jpeg) for face match against the driver photo")
    bound = "okhttp-" + new_hex(c.rng, 12)
    parts = [
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900)),
        ("shift_id", None, None, rid(c.rng).encode()),
    ]
    b.set_body(multipart(bound, parts), f"multipart/form-data; boundary={bound}")
    b.ok_json({"face_match": rf(c.rng, 0.85, 0.99, 3), "decision": "approved"})
    return b.build()


def selfie_encrypted(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/x")
    b.bio("face_image", "json payload = base64(AES(selfie jpeg)), type 7", detectable=False)
    b.json({"type": 7, "payload": b64(bytes(c.rng.getrandbits(8) for _ in range(900)))})
    b.ok_json({"r": "ok"})
    return b.build()


def gps_track(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/track")
    b.decoy("GPS points of the car (coordinates)")
    lat, lon = c.rng.choice([(38.56, 68.78), (34.53, 69.17)])
    pts = [
        [rf(c.rng, lat - 0.02, lat + 0.02, 5), rf(c.rng, lon - 0.02, lon + 0.02, 5), ms(c)]
        for _ in range(10)
    ]
    b.json({"points": pts, "status": "on_trip"})
    b.no_content()
    return b.build()


def fleet_telematics(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/vehicle/telematics")
    b.decoy(
        "fleet car's telematics box serial and IMEI: the fleet company's equipment, "
        "not the tester's"
    )
    b.json(
        {
            "vehicle": "01 TJ 4471 AA",
            "tracker_serial": "GT06N-" + new_hex(c.rng, 8).upper(),
            "tracker_imei": "8686" + str(c.rng.randint(10**10, 10**11 - 1)),
            "odometer_km": c.rng.randint(50000, 250000),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def fare(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/orders/{c.rng.randint(10**6, 10**7)}/fare", ident=False)
    b.decoy("order id and fare")
    b.ok_json(
        {"fare": rf(c.rng, 12, 60, 2), "currency": c.rng.choice(["TJS", "AFN"]), "created": iso(c)}
    )
    return b.build()
