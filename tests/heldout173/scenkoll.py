"""Scenkoll: the venue's in-house operations app on the production manager's phone.

One app fronts every system of the house (the other venue modules call its
API through `ops`). Its own requests: the phone's registration for push (the
app's ANDROID_ID and install id: her phone, so device identifiers even though
the app is her employer's), a shift roster, a crew chat, and an older health
ping that sends an MD5 of the ANDROID_ID under `h` (opaque). The API answers in
Swedish key names, as the house's developers write them.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

API = "https://api.scenkoll.example"
UA = ua("Scenkoll", "3.8.2")
EVENTS = ["Kent Tribute Night", "Stockholm Jazz Gala", "Melodifestivalen Repetition", "Robyn"]
STAFF = ["Anders L", "Sofia B", "Mehmet K", "Linnea J", "Oskar T", "Aino H", "Jonas P"]


def ops(c: Context, method: str, path: str) -> FB:
    """A request of the ops app: a bearer token (an account session), nothing of the phone."""
    b = FB(c, "scenkoll", method, f"{API}{path}")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)).rstrip("="))
    b.header("accept-language", "sv-SE")
    return b


def register_device(c: Context) -> Flow:
    b = ops(c, "POST", "/api/v2/enheter/registrera")
    b.json(
        {
            "personalnummer": b.acct("staff_no"),
            "enhet": {
                "androidId": b.id("aid_ops", where="json enhet.androidId"),
                "installationsId": b.id("ops_install", where="json enhet.installationsId"),
                "modell": b.acct("model"),
                "os": "Android 14",
            },
            "pushToken": b.acct("ops_push"),
            "appVersion": "3.8.2",
        }
    )
    b.ok_json({"registrerad": True, "enhetsnummer": c.rng.randint(100, 999)})
    return b.build()


def health_ping(c: Context) -> Flow:
    """Legacy ping: the MD5 of the ANDROID_ID under `h`, nothing readable says so."""
    b = ops(c, "GET", "/p")
    b.param("h", b.id("aid_ops", "md5", "query h", detectable=False))
    b.param("v", "382")
    b.param("t", str(ms(c) // 1000))
    b.no_content()
    return b.build()


def installation_header(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v2/installningar")
    b.header("x-installations-id", b.id("ops_install", where="header x-installations-id"))
    b.ok_json({"tema": "mörkt", "notiser": {"larm": True, "chatt": True}, "språk": "sv"})
    return b.build()


def roster(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v2/schema/idag")
    b.decoy("staff numbers and shift times of the crew (accounts and schedules, not devices)")
    b.ok_json(
        {
            "evenemang": c.rng.choice(EVENTS),
            "pass": [
                {
                    "namn": name,
                    "personalnummer": f"P{c.rng.randint(10000, 99999)}",
                    "roll": c.rng.choice(["Stage hand", "Ljudtekniker", "Ljus", "Vakt", "Bar"]),
                    "start": f"{c.rng.randint(12, 18)}:00",
                    "slut": f"{c.rng.randint(22, 23)}:30",
                }
                for name in STAFF
            ],
        }
    )
    return b.build()


def crew_chat(c: Context) -> Flow:
    b = ops(c, "POST", "/api/v2/chatt/kanaler/produktion/meddelanden")
    b.json(
        {
            "klientMeddelandeId": rid(c.rng),
            "text": c.rng.choice(
                [
                    "Dörrar öppnar 19:00, alla på plats 18:30",
                    "Kan någon kolla mic 4? Batteri lågt",
                    "Replay på kamera 3 efter låt 5",
                    "LED-väggen norr flimrar igen",
                    "Load out startar 23:15",
                ]
            ),
            "skickad": iso(c),
        }
    )
    b.ok_json({"meddelandeId": rid(c.rng), "status": "levererat"})
    return b.build()


def alerts(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v2/larm?status=oppna")
    b.ok_json(
        {
            "larm": [
                {
                    "id": c.rng.randint(1000, 9999),
                    "system": c.rng.choice(["grind", "kamera", "led", "rf", "kodare"]),
                    "nivå": c.rng.choice(["info", "varning", "kritisk"]),
                    "text": c.rng.choice(["Hög temperatur", "Tappad länk", "Låg signal"]),
                    "tid": iso(c),
                }
                for _ in range(c.rng.randint(0, 4))
            ]
        }
    )
    return b.build()
