"""Zam Taxi: a Ulaanbaatar ride-hailing app with the Adjust SDK.

Ride requests carry pick-up and drop-off coordinates and fares; the driver's
position stream names the driver's phone and the car's fleet tablet: those are
other people's and the company's devices, not the tester's.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, rf, rid, ua

API = "https://api.zam-taxi.example"
UA = ua("ZamTaxi", "6.0.3")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "zam-taxi", method, API + path)
    b.header("user-agent", UA)
    b.header("x-rider", b.acct("ride_user"))
    return b


def _pt(c: Context) -> dict[str, float]:
    return {"lat": rf(c.rng, 47.85, 47.96, 5), "lng": rf(c.rng, 106.8, 107.05, 5)}


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)")
    b.form(
        [
            ("app_token", "7zq2x5mnkeio"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", rid(c.rng)),
            ("session_count", str(c.rng.randint(2, 80))),
            ("created_at", iso(c)),
            ("os_name", "android"),
        ]
    )
    adid = b.id_raw("ride_adjust_adid", "plain", "response json adid (Adjust device id)", True)
    b.carriers[-1].direction = "response"
    b.ok_json({"adid": adid, "message": "Session tracked", "timestamp": iso(c)})
    return b.build()


def adjust_ride_event(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.form(
        [
            ("app_token", "7zq2x5mnkeio"),
            ("event_token", "r1d3ok"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("adid", b.id_raw("ride_adjust_adid", "plain", "form adid (Adjust device id)", True)),
            ("revenue", str(c.rng.randint(4000, 30000))),
            ("currency", "MNT"),
        ]
    )
    b.decoy("ride revenue in the event")
    b.ok_json({"message": "Event tracked"})
    return b.build()


def fare_estimate(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/une-tootsoh")
    b.decoy("pick-up / drop-off coordinates and fare estimate")
    b.json({"avah": _pt(c), "buulgah": _pt(c), "angilal": c.rng.choice(["engiin", "komfort"])})
    b.ok_json(
        {
            "une": c.rng.randint(4000, 25000),
            "hugatsaa_min": c.rng.randint(8, 45),
            "zam": [_pt(c) for _ in range(6)],
        }
    )
    return b.build()


def request_ride(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/duudlaga")
    b.json(
        {
            "avah": _pt(c),
            "buulgah": _pt(c),
            "tolbor": "togrogpay",
            "device": b.id("aid_ride", where="json device"),
        }
    )
    b.ok_json({"duudlaga_id": rid(c.rng), "tolov": "haij_baina"})
    return b.build()


def driver_position(c: Context) -> Flow:
    b = _b(c, "GET", f"/v2/duudlaga/{rid(c.rng)}/jolooch")
    b.decoy("driver's position, the driver's phone id and the fleet tablet serial: others' devices")
    b.ok_json(
        {
            "jolooch": {
                "ner": "Д.Мөнх-Эрдэнэ",
                "utas_tuhuurumj": rid(c.rng),
                "mashin": "УБА 45-12",
            },
            "flot_tablet_serial": "FT" + str(c.rng.randint(10**8, 10**9)),
            "bairshil": _pt(c),
            "ireh_min": c.rng.randint(1, 12),
        }
    )
    return b.build()


def driver_photo(c: Context) -> Flow:
    b = FB(
        c,
        "zam-taxi",
        "GET",
        f"https://cdn.zam-taxi.example/jolooch/{c.rng.randint(1000, 9999)}.jpg",
    )
    b.header("user-agent", UA)
    b.decoy("driver's photo download (someone else's picture, a fetch)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()
