"""Miradouro PMS: the property-management app the night manager runs in the work profile.

Room rack, arrivals, folios, the night audit and rate shopping are ordinary
hotel data full of look-alikes (room numbers, reservation numbers, price
series). The app registers the phone with its ANDROID_ID (a device id of the
tester's own phone). A guest folio's pay-per-view lines list the film, the
room and when and how long it was watched: that is a person's viewing record
(the guest's), so it is labelled viewing history in the response even though
the viewer is not the tester; the TV's own charge total alone would not be.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import FB, iso, rf, rid, room, ua

API = "https://pms.miradouro.example/api"
UA = ua("MiradouroPMS", "8.4.2")
FILMS = ["Dune: Parte Dois", "Oppenheimer", "Pobres Criaturas", "Perfect Days", "Wonka"]
NAMES = ["Schmidt, J.", "Okonkwo, A.", "Tanaka, Y.", "Ferreira, M.", "Dubois, C.", "Smith, R."]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "miradouro-pms", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("x-request-id", rid(c.rng))
    return b


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/staff/devices")
    b.json(
        {
            "staffNo": b.acct("staff_no"),
            "androidId": b.id("aid_pms", where="json androidId"),
            "model": "SM-S911B",
            "workProfile": True,
            "pushToken": "fcm:" + rid(c.rng),
        }
    )
    b.ok_json({"registered": True, "deviceRecord": rid(c.rng)})
    return b.build()


def room_rack(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/rooms/rack?floor={c.rng.randint(1, 7)}")
    b.decoy("room rack: room numbers and housekeeping states, no person or device")
    b.ok_json(
        {
            "rooms": [
                {
                    "roomNo": room(c.rng),
                    "status": c.rng.choice(["OC", "VD", "VC", "OOO"]),
                    "hk": c.rng.choice(["limpo", "sujo", "inspeccionado"]),
                    "lastUpdate": iso(c),
                }
                for _ in range(12)
            ]
        }
    )
    return b.build()


def arrivals(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/reservations/arrivals?date=today")
    b.decoy("arrivals list: reservation numbers, ETA timestamps (not device ids, not viewing)")
    b.ok_json(
        {
            "arrivals": [
                {
                    "resNo": "RS" + new_digits(c.rng, 8),
                    "guest": c.rng.choice(NAMES),
                    "eta": iso(c),
                    "nights": c.rng.randint(1, 6),
                    "channel": c.rng.choice(["Booking.com", "Expedia", "Direct"]),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def folio_minibar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/folios/charges")
    b.decoy("minibar charge posting: amounts, article codes, posting id")
    b.json(
        {
            "roomNo": room(c.rng),
            "articleCode": c.rng.choice(["MB-AGUA", "MB-VINHO", "MB-SNACK"]),
            "qty": c.rng.randint(1, 3),
            "amount": rf(c.rng, 2, 30, 2),
            "postedAt": iso(c),
        }
    )
    b.ok_json({"postingId": "P" + new_digits(c.rng, 10)})
    return b.build()


def folio_with_ppv(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/folios/{new_digits(c.rng, 8)}?include=lines")
    b.view("response json lines[].ppv (film, watchedFrom, watchedMinutes)", direction="response")
    lines = [
        {"type": "room", "amount": rf(c.rng, 120, 260, 2), "date": iso(c)},
        {
            "type": "ppv",
            "ppv": {
                "title": c.rng.choice(FILMS),
                "watchedFrom": iso(c),
                "watchedMinutes": c.rng.randint(20, 160),
            },
            "amount": 9.9,
        },
    ]
    b.ok_json({"roomNo": room(c.rng), "guest": c.rng.choice(NAMES), "lines": lines})
    return b.build()


def night_audit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/audit/night/run")
    b.decoy("night audit totals: occupancy, ADR, RevPAR series (aggregates)")
    b.json({"businessDate": iso(c)[:10], "closeShift": True})
    b.ok_json(
        {
            "occupancyPct": rf(c.rng, 55, 98, 1),
            "adr": rf(c.rng, 110, 240, 2),
            "revpar": [rf(c.rng, 80, 220, 2) for _ in range(14)],
            "ppvRevenue": rf(c.rng, 0, 120, 2),
            "ppvPurchases": c.rng.randint(0, 14),
        }
    )
    return b.build()


def rate_shop(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/revenue/compset?nights=30")
    b.decoy("competitor rate series (price series)")
    b.ok_json(
        {
            "hotels": [
                {"name": n, "rates": [rf(c.rng, 90, 300, 2) for _ in range(30)]}
                for n in ("Comp A Chiado", "Comp B Baixa", "Comp C Alfama")
            ]
        }
    )
    return b.build()


def housekeeping_task(c: Context) -> Flow:
    b = _b(c, "PATCH", f"{API}/v3/housekeeping/tasks/{new_digits(c.rng, 7)}")
    b.decoy("housekeeping task update with task and trace ids")
    b.json({"state": "done", "roomNo": room(c.rng), "doneAt": iso(c), "traceId": rid(c.rng)})
    b.no_content()
    return b.build()
