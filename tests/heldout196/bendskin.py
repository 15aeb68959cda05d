"""Bendskin: a moto-taxi ride app in Douala (Camfranglais in-house team, Adjust SDK).

The rider's phone sends Adjust's adid and the advertising id. Live rides return
the DRIVER's moto GPS tracker (its IMEI under `traceur_imei`): the driver's
equipment, not the family's, so a decoy. Coordinates, fares and ETAs are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.bendskin.example"
UA = ua("Bendskin", "2.3.9")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bendskin", method, url)
    b.header("user-agent", UA)
    return b


def _pt(c: Context) -> dict[str, float]:
    return {"lat": rf(c.rng, 4.0, 4.1, 5), "lng": rf(c.rng, 9.68, 9.78, 5)}


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 13; TECNO KI5q)")
    b.form(
        [
            ("app_token", "q7wzp2m1kx8g"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("adid", b.id("adjust_adid", where="form adid")),
            ("android_id", b.id("aid_bendskin", where="form android_id")),
            ("created_at", iso(c)),
            ("country", "CM"),
        ]
    )
    b.ok_json({"adid": b.id("adjust_adid", where="response adid", direction="response")})
    return b.build()


def commander(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/course/commander")
    b.decoy("pickup and drop coordinates with a ride id")
    b.json(
        {
            "depart": _pt(c),
            "arrivee": _pt(c),
            "type": "bendskin",
            "paiement": "momo",
            "appareil": b.id("aid_bendskin", where="json appareil"),
        }
    )
    b.ok_json({"course_id": rid(c.rng), "prix_xaf": c.rng.choice([300, 500, 700, 1000])})
    return b.build()


def suivi_chauffeur(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/course/{rid(c.rng)}/suivi")
    b.decoy("driver's moto GPS tracker IMEI: the driver's equipment, not the family's device")
    imei = luhn_complete(new_digits(c.rng, 14, "86"))
    b.ok_json(
        {
            "chauffeur": "Ndzana",
            "moto": "LT 412 AB",
            "traceur_imei": imei,
            "position": _pt(c),
            "eta_min": c.rng.randint(1, 12),
            "ts": ms(c),
        }
    )
    return b.build()


def tarifs(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tarifs?ville=douala")
    b.ok_json({"base": 200, "par_km": 100, "nuit": 1.5})
    return b.build()
