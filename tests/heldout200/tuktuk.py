"""RotTukTuk Driver: the ride-hailing app the elder son drives his tuk-tuk with
in Siem Reap, on an old Vivo Y91C (Android 9).

Paths and keys are romanised Khmer (`titang` = location, `dampaek` = trip,
`neak_damnaer` = passenger, `tlai` = fare, `prak_chamnenh` = earnings, `muk` =
face). On Android 9 the app may read the IMEI with READ_PHONE_STATE, and its
registration and heartbeat send it; a newer build puts a SHA-1 of the IMEI in
a bare `x-t` header. Before a shift the driver takes a selfie that is checked
against his registered photo. Attribution goes through Adjust (`app.adjust.com/
session`, form fields `gps_adid`, `android_uuid`, `app_token`; the answer
holds Adjust's `adid`, https://help.adjust.com/en/article/device-identifiers).
The 3-second location pings, trip offers with pickup coordinates, routes with
bearings and the earnings page are ordinary.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://driver.rottuktuk.example"
UA = ua("RotTukTukDriver", "1.31.2", "bong")
SIEM_REAP = (13.3633, 103.8564)
PLACES = ["Pub Street", "Angkor Wat ticket office", "Psar Chas", "Wat Bo", "Siem Reap Airport"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "rottuktuk", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _pos(c: Context) -> tuple[float, float]:
    lat, lon = SIEM_REAP
    return round(lat + c.rng.uniform(-0.05, 0.05), 6), round(lon + c.rng.uniform(-0.05, 0.05), 6)


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/neak-bork/opakar")
    b.json(
        {
            "lekh_neak_bork": b.acct("driver_no"),
            "imei": b.id("imei_bong", where="json imei"),
            "android_id": b.id("aid_tuktuk", where="json android_id"),
            "gaid": b.id("gaid_bong", where="json gaid"),
            "model": "vivo 1820",
            "android": "9",
        }
    )
    b.ok_json({"ok": True, "shift": "none"})
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/neak-bork/heartbeat")
    b.header("x-device-imei", b.id("imei_bong", where="header x-device-imei"))
    b.json({"battery": c.rng.randint(15, 100), "online": True, "t": ms(c)})
    b.ok_json({"ok": True})
    return b.build()


def trip_accept_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/dampaek/{c.rng.randint(10**6, 10**7)}/totuol")
    b.header("x-t", b.id("imei_bong", "sha1", "header x-t", detectable=False))
    b.decoy("trip id and pickup coordinates")
    lat, lon = _pos(c)
    b.json({"titang": {"lat": lat, "lng": lon}, "t": ms(c)})
    b.ok_json({"ok": True, "neak_damnaer": "Sophea", "pickup": c.rng.choice(PLACES)})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("client-sdk", "android4.38.3")
    b.header("user-agent", dalvik("bong"))
    form = [
        ("app_token", "q8w3ek2r9zb4"),
        ("gps_adid", b.id("gaid_bong", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("adjust_uuid_bong", where="form android_uuid")),
        ("created_at", iso(c).replace("Z", "Z+0000")),
        ("sent_at", iso(c).replace("Z", "Z+0000")),
        ("device_type", "phone"),
        ("device_name", "vivo 1820"),
        ("os_name", "android"),
        ("os_version", "9"),
        ("environment", "production"),
        ("needs_response_details", "1"),
        ("session_count", str(c.rng.randint(1, 300))),
    ]
    b.form(form)
    b.id("adjust_adid_bong", where="response json adid", direction="response")
    b.ok_json(
        {
            "adid": c.phone.adjust_adid_bong,  # type: ignore[attr-defined]
            "timestamp": iso(c),
            "message": "Session tracked",
        }
    )
    return b.build()


def selfie_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/neak-bork/phtiat-muk")
    b.bio("face_image", "multipart selfie (driver identity check)")
    boundary = rid(c.rng)
    parts = [
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ("t", None, None, str(ms(c)).encode()),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"trov": True, "pheakroy": rf(c.rng, 0.9, 0.99, 3)})
    return b.build()


def location_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/titang")
    b.decoy("driver GPS position, bearing and speed (location, not a device id)")
    lat, lon = _pos(c)
    b.json(
        {
            "lat": lat,
            "lng": lon,
            "bearing": c.rng.randint(0, 359),
            "speed": rf(c.rng, 0, 9, 1),
            "accuracy": c.rng.randint(3, 20),
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def trip_offer(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/dampaek/thmey")
    b.decoy("trip offers: pickup coordinates, fare, passenger first name")
    lat, lon = _pos(c)
    b.ok_json(
        {
            "dampaek": [
                {
                    "id": c.rng.randint(10**6, 10**7),
                    "pi": c.rng.choice(PLACES),
                    "tov": c.rng.choice(PLACES),
                    "titang": {"lat": lat, "lng": lon},
                    "tlai": c.rng.choice([6000, 8000, 10000, 12000]),
                    "rubiyaban": "KHR",
                }
            ]
        }
    )
    return b.build()


def route(c: Context) -> Flow:
    (a1, o1), (a2, o2) = _pos(c), _pos(c)
    b = _b(c, "GET", f"{API}/api/v1/route?" + urlencode({"pi": f"{a1},{o1}", "tov": f"{a2},{o2}"}))
    b.ok_json(
        {
            "distance_m": c.rng.randint(800, 9000),
            "duration_s": c.rng.randint(200, 1800),
            "steps": [
                {"bearing_before": c.rng.randint(0, 359), "bearing_after": c.rng.randint(0, 359)}
                for _ in range(4)
            ],
        }
    )
    return b.build()


def earnings(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/prak-chamnenh?thngai={iso(c)[:10]}")
    b.ok_json(
        {
            "dampaek": c.rng.randint(3, 18),
            "prak_chamnenh": c.rng.randint(20000, 150000),
            "rubiyaban": "KHR",
            "receipt": new_hex(c.rng, 12),
        }
    )
    return b.build()
