"""A Nordic public-transport app ("Reissu": tickets in Oslo, Helsinki, Stockholm).

Real APIs: Entur's Journey Planner v3 GraphQL (POST api.entur.io/journey-planner/
v3/graphql, header ET-Client-Name "company-app", estimatedCalls with
aimedDepartureTime / expectedDepartureTime) and Entur's vehicle-positions
GraphQL (api.entur.io/realtime/v2/vehicles/graphql: vehicleId, location
{latitude, longitude}, bearing, delay), Digitransit (HSL) routing GraphQL with
digitransit-subscription-key. The ticket backend is the app's own: tickets are
bound to one phone (ANDROID_ID in a header, an install uuid in the body), the
QR payload is a signed opaque blob.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, jwt

from .phone import FB, iso, ms, rf, rid, track, ua

TICKETS = "https://api.reissu-app.fi"
ENTUR = "https://api.entur.io"
UA = ua("Reissu", "5.14.2")


def _b(c: Context, method: str, url: str, sdk: str = "reissu") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", UA)
    return b


def departures(c: Context) -> Flow:
    b = _b(c, "POST", ENTUR + "/journey-planner/v3/graphql", "entur")
    b.header("et-client-name", "reissu-android")
    stop = f"NSR:StopPlace:{c.rng.randint(3000, 62000)}"
    q = (
        "query($id:String!){stopPlace(id:$id){name estimatedCalls(numberOfDepartures:10)"
        "{aimedDepartureTime expectedDepartureTime realtime destinationDisplay{frontText}}}}"
    )
    b.json({"query": q, "variables": {"id": stop}})
    calls = []
    for _ in range(6):
        delay = c.rng.choice([0, 0, 60, 120, 240, 480])
        calls.append(
            {
                "aimedDepartureTime": iso(c),
                "expectedDepartureTime": iso(c),
                "delaySeconds": delay,
                "realtime": True,
                "serviceJourney": {"id": f"RUT:ServiceJourney:{new_digits(c.rng, 6)}"},
            }
        )
    b.ok_json({"data": {"stopPlace": {"id": stop, "estimatedCalls": calls}}})
    b.decoy("departure board: aimed/expected times and delays, journey ids (no person)")
    return b.build()


def vehicles(c: Context) -> Flow:
    b = _b(c, "POST", ENTUR + "/realtime/v2/vehicles/graphql", "entur")
    b.header("et-client-name", "reissu-android")
    b.json(
        {
            "query": '{vehicles(codespaceId:"RUT",lineRef:"RUT:Line:31")'
            "{vehicleId bearing delay location{latitude longitude} lastUpdated}}"
        }
    )
    vs = [
        {
            "vehicleId": new_digits(c.rng, 4),
            "bearing": rf(c.rng, 0, 360, 1),
            "delay": c.rng.randint(-30, 400),
            "location": {
                "latitude": rf(c.rng, 59.88, 59.96, 6),
                "longitude": rf(c.rng, 10.6, 10.9, 6),
            },
        }
        for _ in range(8)
    ]
    b.ok_json({"data": {"vehicles": vs}})
    b.decoy("bus positions of line 31: vehicleId is the bus's fleet number, not the phone")
    return b.build()


def hsl_route(c: Context) -> Flow:
    b = _b(c, "POST", "https://api.digitransit.fi/routing/v2/hsl/gtfs/v1", "digitransit")
    b.header("digitransit-subscription-key", new_hex(c.rng, 32))
    b.json(
        {
            "query": "{planConnection(origin:{location:{coordinate:{latitude:60.1699,"
            "longitude:24.9384}}} destination:{location:{coordinate:{latitude:60.2055,"
            "longitude:24.6559}}}){edges{node{legs{mode legGeometry{points}}}}}}"
        }
    )
    pts = track(c.rng, 60.17, 24.94, 12)
    b.ok_json(
        {
            "data": {
                "planConnection": {
                    "edges": [{"node": {"legs": [{"mode": "METRO", "points": pts}]}}]
                }
            }
        }
    )
    b.decoy("route plan: coordinate pairs of a metro leg (look like landmark lists)")
    return b.build()


def ticket_qr(c: Context) -> Flow:
    b = _b(c, "GET", TICKETS + f"/v3/liput/{new_digits(c.rng, 10)}/qr")
    b.header("authorization", "Bearer " + jwt({"sub": b.acct("student_no"), "exp": ms(c) // 1000}))
    blob = b64(c.rng.randbytes(96))
    b.ok_json(
        {
            "lippuId": new_digits(c.rng, 10),
            "qrPayload": blob,
            "voimassa": iso(c),
            "vyohyke": "AB",
            "hinta": 3.2,
        }
    )
    b.decoy("ticket QR payload: signed opaque blob and ticket number (not a device id)")
    return b.build()


def ticket_validate(c: Context) -> Flow:
    b = _b(c, "POST", TICKETS + "/v3/tarkastus")
    b.json(
        {
            "ticketSerial": "T" + new_digits(c.rng, 12),
            "validatorId": "VAL-" + new_hex(c.rng, 8).upper(),
            "vehicleNo": new_digits(c.rng, 4),
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True, "traceId": rid(c.rng)})
    b.decoy("inspector's validator and bus number: a shared machine, not the tester's device")
    return b.build()


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", TICKETS + "/v3/laitteet/sidonta")
    b.header("x-device-id", b.id("aid_transit", where="header x-device-id"))
    inst = c.phone.transit_install
    b.other_id("transit_install", "body installationId")
    b.json(
        {
            "installationId": inst,
            "platform": "android",
            "model": "Pixel 7a",
            "osVersion": "14",
            "pushEnabled": True,
        }
    )
    b.ok_json({"bound": True, "maxDevices": 1})
    return b.build()


def ticket_list(c: Context) -> Flow:
    b = _b(c, "GET", TICKETS + "/v3/liput")
    b.header("x-device-id", b.id("aid_transit", where="header x-device-id"))
    b.ok_json({"liput": [{"id": new_digits(c.rng, 10), "tyyppi": "kausi", "hinta": 54.1}]})
    return b.build()


def ticket_sync_opaque(c: Context) -> Flow:
    b = _b(c, "POST", TICKETS + "/v3/sync")
    b.id_raw("aid_transit", "aes_gcm", "body d (encrypted envelope)")
    b.json({"v": 2, "d": b64(c.rng.randbytes(120)), "k": "2024-11"})
    b.no_content()
    return b.build()
