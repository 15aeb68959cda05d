"""Városfuvar: a Budapest / Debrecen taxi app with Adjust attribution.

Pick-up and drop-off coordinates, the driver's car position, the taxi meter's
serial and the ride id are ordinary (the meter and the car are the taxi
company's equipment, not the family's devices).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, near, rid, ua

API = "https://api.varosfuvar.example"
UA = ua("Varosfuvar", "5.0.2")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "varosfuvar", method, url)
    b.header("user-agent", UA)
    b.header("x-utas", b.acct("taxi_user"))
    return b


def rendeles(c: Context) -> Flow:
    city = c.rng.choice(["Budapest", "Debrecen"])
    (la, lo), (lb, lb2) = near(c.rng, city), near(c.rng, city)
    b = _b(c, "POST", f"{API}/v3/fuvarok")
    b.decoy("pick-up / drop-off coordinates and ride id")
    b.json(
        {
            "felvetel": {"lat": la, "lng": lo},
            "cel": {"lat": lb, "lng": lb2},
            "fizetes": "kartya",
            "telefonszam": b.acct("phone_number"),
        }
    )
    b.ok_json({"fuvar_azonosito": "F-" + new_hex(c.rng, 10).upper(), "becsult_ar": 4800})
    return b.build()


def sofor_helyzet(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/fuvarok/aktiv/sofor")
    b.decoy("the taxi company's car: meter serial, plate and GPS (not the family's device)")
    lat, lon = near(c.rng, "Budapest")
    b.ok_json(
        {
            "rendszam": f"T{c.rng.randint(100, 999)}{chr(65 + c.rng.randint(0, 25))}",
            "taximeter_sorozatszam": "TXM" + str(c.rng.randint(1000000, 9999999)),
            "lat": lat,
            "lng": lon,
            "erkezes_perc": c.rng.randint(2, 12),
        }
    )
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", "Adjust/4.38.1 Android")
    b.form(
        [
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("adid", b.id("taxi_adid", where="form adid (Adjust device id)")),
            ("android_uuid", b.id("aid_taxi", where="form android_uuid (ANDROID_ID)")),
            ("app_token", "k2f8qp9d1hts"),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(2, 80))),
            ("country", "HU"),
            ("language", "hu"),
        ]
    )
    b.ok_json({"adid": "x", "message": "Session tracked"})
    return b.build()


def antifraud(c: Context) -> Flow:
    """The app's own fraud check: an MD5 of the ANDROID_ID under a single letter."""
    b = _b(c, "POST", f"{API}/v3/b")
    b.json(
        {
            "h": b.id("aid_taxi", how="md5", where="json h (md5 of ANDROID_ID)", detectable=False),
            "t": ms(c),
        }
    )
    b.ok_json({"s": "ok"})
    return b.build()


def ertekeles(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/fuvarok/ertekeles")
    b.json({"csillag": c.rng.randint(3, 5), "megjegyzes": "Kedves sofőr", "keres": rid(c.rng)})
    b.no_content()
    return b.build()
