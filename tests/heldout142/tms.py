"""Havenroute TMS: the company's transport-management web app the dispatcher keeps open.

Routes report `voortgang` (progress) in percent, `positie`, ETA and `duur` (trip
duration); stops have `aangekomen_om` / `vertrokken_om`. The app's dispatch desk is a
company workstation (`werkplek`), and drivers' company tablets show up with their
IMEI in the fleet roster: the employer's devices, not the tester's. None of it is
viewing history (a lorry's progress along a route is no watched content) nor a
device identifier of the dispatcher's phone.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, company_imei, havenpos, iso, ms, plate, rf, rid, web

API = "https://tms.havenroute.example/api/v3"


def _b(c: Context, method: str, path: str) -> FB:
    b = web(c, "havenroute.tms", method, f"{API}{path}")
    b.header("x-werkplek", f"DSP-RTM-{c.rng.randint(1, 14):02d}")
    b.header("x-correlation-id", rid(c.rng))
    b.decoy("x-werkplek is the company's dispatch desk, x-correlation-id a request id")
    return b


def route_progress(c: Context) -> Flow:
    b = _b(c, "GET", f"/ritten/actief?depot={c.rng.choice(['RTM-WAALHAVEN', 'ANR-DEURGANCK'])}")
    b.decoy("trips' voortgang (percent), positie, ETA and duur: a lorry's progress, not viewing")
    ritten = []
    for _ in range(c.rng.randint(4, 9)):
        lat, lon = havenpos(c.rng)
        ritten.append(
            {
                "rit_id": f"R{new_digits(c.rng, 8)}",
                "kenteken": plate(c.rng),
                "chauffeur": c.rng.choice(
                    ["J. Peeters", "M. Bakker", "A. El Idrissi", "K. Wouters"]
                ),
                "voortgang": c.rng.randint(0, 100),
                "positie": {"lat": lat, "lon": lon, "koers": c.rng.randint(0, 359)},
                "eta": iso(c),
                "duur_min": c.rng.randint(20, 480),
                "resterende_stops": c.rng.randint(0, 14),
                "status": c.rng.choice(["ONDERWEG", "LADEN", "LOSSEN", "PAUZE"]),
            }
        )
    b.ok_json({"ritten": ritten, "bijgewerkt": iso(c)})
    return b.build()


def stop_update(c: Context) -> Flow:
    b = _b(c, "PATCH", f"/ritten/R{new_digits(c.rng, 8)}/stops/{c.rng.randint(1, 14)}")
    b.decoy("stop arrival / departure times and progress of a delivery round")
    b.json(
        {
            "aangekomen_om": iso(c),
            "vertrokken_om": None,
            "wachttijd_sec": c.rng.randint(0, 3600),
            "voortgang_pct": rf(c.rng, 0, 100, 1),
            "opmerking": c.rng.choice(
                ["dock 7 bezet", "klant niet aanwezig", "", "lossen via achterkant"]
            ),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def eta_recalc(c: Context) -> Flow:
    b = _b(c, "POST", "/eta/herberekenen")
    b.decoy("ETA history of a trip: timestamps and progress, not a watch history")
    b.json({"rit_id": f"R{new_digits(c.rng, 8)}", "verkeer": True})
    base = ms(c)
    b.ok_json(
        {
            "eta_historie": [
                {
                    "berekend_op": base - i * 300000,
                    "eta": base + c.rng.randint(600, 9000) * 1000,
                    "positie_sec": i * 300,
                    "afgelegd_km": rf(c.rng, 0, 200, 1),
                }
                for i in range(8)
            ],
            "vertraging_min": c.rng.randint(0, 90),
        }
    )
    return b.build()


def fleet_roster(c: Context) -> Flow:
    b = _b(c, "GET", "/vloot/apparaten?type=tablet")
    b.decoy("drivers' company tablets: imei and serienummer of the employer's devices")
    b.ok_json(
        {
            "apparaten": [
                {
                    "imei": company_imei(c.rng),
                    "serienummer": "R52" + new_hex(c.rng, 8).upper(),
                    "model": "Galaxy Tab Active3",
                    "toegewezen_aan": c.rng.choice(["chauffeur 112", "chauffeur 87", "reserve"]),
                    "laatst_gezien": iso(c),
                    "batterij": c.rng.randint(5, 100),
                }
                for _ in range(c.rng.randint(3, 8))
            ]
        }
    )
    return b.build()


def order_list(c: Context) -> Flow:
    b = _b(c, "GET", f"/orders?status=gepland&pagina={c.rng.randint(1, 4)}")
    b.decoy("order numbers and container ids")
    b.ok_json(
        {
            "orders": [
                {
                    "ordernr": f"HR-{new_digits(c.rng, 7)}",
                    "container": f"MSCU{new_digits(c.rng, 7)}",
                    "laadplaats": c.rng.choice(["ECT Delta", "RWG", "MPET Antwerpen", "APMT MVII"]),
                    "gewicht_kg": c.rng.randint(800, 28000),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def dispatcher_login(c: Context) -> Flow:
    b = web(c, "havenroute.tms", "POST", "https://sso.havenroute.example/oauth/token")
    b.decoy("session token and the dispatcher's employee number (an account)")
    b.form([("grant_type", "refresh_token"), ("refresh_token", new_hex(c.rng, 48))])
    b.ok_json({"access_token": new_hex(c.rng, 64), "medewerker": f"E{new_digits(c.rng, 6)}"})
    return b.build()
