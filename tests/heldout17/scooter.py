"""Zipp, an e-scooter sharing app: Onfido / Veriff selfie + licence checks, scooter unlock.

Sources: Onfido API v3.6 (documentation.onfido.com): POST /v3.6/live_photos multipart
(applicant_id, file, advanced_validation), POST /v3.6/documents multipart (type
driving_licence, side, file). Veriff public API v1 (devdocs.veriff.com): POST
/v1/sessions/{id}/media JSON {"image": {"context": "face", "content": base64,
"timestamp"}} with X-AUTH-CLIENT / X-HMAC-SIGNATURE headers. The unlock and IoT
telemetry endpoints are the operator's own.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart, pb_bytes, pb_double, pb_varint

from .phone import FB, iso, rf, rid, ua

API = "https://api.zipp-mobility.eu/rider/v3"
UA = ua("Zipp", "7.14.0", "2211")


def _b(c: Context, method: str, url: str, sdk: str = "zipp") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", UA)
    return b


def onfido_live_photo(c: Context) -> Flow:
    b = _b(c, "POST", "https://api.eu.onfido.com/v3.6/live_photos", "onfido")
    b.header("authorization", "Token token=" + rid(c.rng).replace("-", ""))
    bnd = "----OnfidoBoundary" + rid(c.rng).replace("-", "")[:16]
    parts = [
        ("applicant_id", None, None, rid(c.rng).encode()),
        ("advanced_validation", None, None, b"true"),
        ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 1100)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart file -> onfido live_photos")
    b.ok_json({"id": rid(c.rng), "file_name": "selfie.jpg", "file_type": "image/jpeg"}, 201)
    return b.build()


def onfido_licence(c: Context) -> Flow:
    b = _b(c, "POST", "https://api.eu.onfido.com/v3.6/documents", "onfido")
    b.header("authorization", "Token token=" + rid(c.rng).replace("-", ""))
    bnd = "----OnfidoBoundary" + rid(c.rng).replace("-", "")[:16]
    parts = [
        ("applicant_id", None, None, rid(c.rng).encode()),
        ("type", None, None, b"driving_licence"),
        ("side", None, None, c.rng.choice([b"front", b"back"])),
        ("issuing_country", None, None, b"SWE"),
        ("file", "licence.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 1000)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.decoy("driving licence document image (identity document, not a face API upload)")
    b.ok_json({"id": rid(c.rng), "type": "driving_licence"}, 201)
    return b.build()


def veriff_face(c: Context) -> Flow:
    sid = rid(c.rng)
    b = _b(c, "POST", f"https://stationapi.veriff.com/v1/sessions/{sid}/media", "veriff")
    b.header("x-auth-client", rid(c.rng))
    body = {
        "image": {
            "context": c.rng.choice(["face", "face-pre"]),
            "content": "data:image/jpeg;base64," + b64(fake_jpeg(c.rng.randint(0, 10**6), 700)),
            "timestamp": iso(c),
        }
    }
    b.json(body)
    b.header("x-hmac-signature", hashlib.sha256(sid.encode()).hexdigest())
    b.bio("face_image", "body image.context=face content (selfie to Veriff)")
    b.ok_json({"status": "success", "image": {"context": "face", "id": rid(c.rng)}})
    return b.build()


def veriff_session(c: Context) -> Flow:
    b = _b(c, "POST", "https://stationapi.veriff.com/v1/sessions", "veriff")
    b.header("x-auth-client", rid(c.rng))
    b.json(
        {
            "verification": {
                "callback": "https://zipp-mobility.eu/kyc/cb",
                "vendorData": c.phone.scoot_user,
                "document": {"type": "DRIVERS_LICENSE", "country": "SE"},
            },
            "deviceInfo": {
                "fingerprint": b.id(
                    "veriff_device",
                    where="body verification.deviceInfo.fingerprint",
                    detectable=False,
                )
            },
        }
    )
    b.ok_json(
        {
            "status": "success",
            "verification": {"id": rid(c.rng), "url": "https://alchemy.veriff.com/v/x"},
        }
    )
    return b.build()


def unlock(c: Context) -> Flow:
    b = _b(c, "POST", API)
    serial = b.id("scoot_serial", where="url path /vehicles/{serial}/unlock")
    b.base = f"{API}/vehicles/{serial}/unlock"
    b.json(
        {
            "lat": rf(c.rng, 59.30, 59.36, 5),
            "lng": rf(c.rng, 18.0, 18.1, 5),
            "vendorId": b.id("idfv_scoot", where="body vendorId"),
            "qr": "ZP-" + str(c.rng.randint(1000, 9999)),
        }
    )
    imei = b.id("scoot_imei", where="response iot.imei", direction="response")
    b.ok_json({"rideId": rid(c.rng), "iot": {"imei": imei, "fw": "2.3.1"}})
    return b.build()


def iot_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/iot/ble-handshake")
    b.json(
        {
            "vehicleSerialNo": b.id("scoot_serial", where="body vehicleSerialNo"),
            "modemImei": b.id("scoot_imei", where="body modemImei"),
            "batt": c.rng.randint(20, 100),
            "rssi": -c.rng.randint(40, 90),
        }
    )
    b.ok_json({"ok": True, "nonce": rid(c.rng)})
    return b.build()


def telemetry_pb(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/iot/telemetry")
    body = (
        pb_bytes(1, c.phone.scoot_imei)
        + pb_varint(2, int(c.now))
        + pb_double(3, rf(c.rng, 59.3, 59.36, 6))
        + pb_double(4, rf(c.rng, 18.0, 18.1, 6))
        + pb_varint(5, c.rng.randint(0, 25))
    )
    b.id("scoot_imei", how="protobuf", where="protobuf field 1 (no schema)", detectable=False)
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def ride_track(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/rides/{rid(c.rng)}/track")
    b.json(
        {
            "points": [
                [rf(c.rng, 59.30, 59.36, 5), rf(c.rng, 18.0, 18.1, 5), int(c.now) + i]
                for i in range(12)
            ]
        }
    )
    b.decoy("ride GPS coordinate list")
    b.no_content()
    return b.build()


def price(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/pricing/quote")
    b.param("zone", "STHLM-C")
    b.decoy("price series")
    b.ok_json(
        {
            "unlockFee": 10,
            "perMinute": [rf(c.rng, 2, 4, 2) for _ in range(8)],
            "currency": "SEK",
            "quoteId": rid(c.rng),
        }
    )
    return b.build()
