"""A delivery courier app (fictional "Kurýr Go", riders in PL/CZ/HU) with selfie
checks at shift start: a selfie upload to its face-check service, the
face-compare result with face-mesh points sent back to the backend; decoys:
route coordinate lists, proof-of-delivery parcel photos, shared scooter ids."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://rider.kuryrgo.eu"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "kuryrgo", method, API + path)
    b.header("user-agent", ua("KuryrGo", "12.0.7"))
    return b


def selfie_check(c: Context) -> Flow:
    b = _b(c, "POST", "/api/shift/selfie-check")
    b.bio("face_image", "multipart:selfie (identity check)")
    bd = "kg" + rid(c.rng).replace("-", "")[:22]
    body = multipart(
        bd,
        [
            ("riderId", None, None, b.acct("courier_user").encode()),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1100)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bd}")
    b.header("x-device-imei", b.id("imei", where="header:x-device-imei"))
    b.ok_json({"checkId": rid(c.rng), "state": "PENDING"})
    return b.build()


def face_compare(c: Context) -> Flow:
    b = _b(c, "POST", "/api/shift/face-compare-result")
    b.bio("face_analysis", "body:$.faceMesh / similarity")
    mesh = [[rf(c.rng, 0, 1), rf(c.rng, 0, 1), rf(c.rng, -0.1, 0.1)] for _ in range(68)]
    b.json(
        {
            "checkId": rid(c.rng),
            "similarity": rf(c.rng, 0.5, 1),
            "faceMesh": mesh,
            "blinkDetected": True,
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def route(c: Context) -> Flow:
    b = _b(c, "GET", "/api/route/next")
    b.decoy("route coordinate list")
    b.ok_json(
        {
            "polyline": [[rf(c.rng, 49, 52.5, 5), rf(c.rng, 14, 21, 5)] for _ in range(15)],
            "etaMin": c.rng.randint(5, 40),
        }
    )
    return b.build()


def proof_photo(c: Context) -> Flow:
    b = _b(c, "POST", "/api/orders/proof-of-delivery")
    b.decoy("photo of a parcel at the door (not a face)")
    bd = "pod" + rid(c.rng).replace("-", "")[:20]
    body = multipart(
        bd,
        [
            ("orderNo", None, None, f"KG-{c.rng.randint(10**7, 10**8)}".encode()),
            ("photo", "parcel.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bd}")
    b.ok_json({"ok": True})
    return b.build()


def scooter(c: Context) -> Flow:
    b = _b(c, "POST", "/api/fleet/scooter/unlock")
    b.decoy("rented scooter's serial (shared, not the tester's)")
    b.json(
        {
            "scooterSerial": f"NB{c.rng.randint(10**9, 10**10)}",
            "lat": rf(c.rng, 50, 52),
            "lon": rf(c.rng, 14, 21),
            "ts": ms(c),
        }
    )
    b.ok_json({"unlocked": True})
    return b.build()


def location_ping(c: Context) -> Flow:
    b = _b(c, "POST", "/api/rider/location")
    b.json(
        {
            "lat": rf(c.rng, 50, 52),
            "lon": rf(c.rng, 14, 21),
            "acc": rf(c.rng, 3, 20, 1),
            "deviceId": b.id("aid_courier", where="body:$.deviceId"),
            "wifiMac": b.id("wifi_mac", where="body:$.wifiMac"),
        }
    )
    b.no_content()
    return b.build()
