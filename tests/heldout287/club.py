"""Sporting Furianincu: a Corsican football club's fan app (Ghjuvanni's Pixel 8)
and its stadium's turnstiles.

Fixtures, line-ups with each player's `pusizione` (goalkeeper, defender...),
live match timelines with `durata`, tickets with seat positions and the club
shop are ordinary. The turnstiles are the club's equipment: each reports
passages and health under its own inventory id (`tornu`, serial). The fan app
uses Braze (its `device_id`, sometimes `device.google_ad_id`) and registers
its ANDROID_ID for push.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from . import sdk
from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.sportingfurianincu.example"
GATES = "https://tornelli.sportingfurianincu.example"
UA = ua("SportingFurianincu", "6.0.3", "gh")
BRAZE_KEY = "a8e0d4f2-7c31-4e5b-b9d6-21f0c3e8a754"
PLAYERS = [
    ("Santelli", "purtieru"),
    ("Vincensini", "difensore"),
    ("Salles", "mezzu"),
    ("Robic", "attaccante"),
    ("Guidi", "difensore"),
]
TURNSTILES = [f"TRN-{s}-{n:02d}" for s in ("N", "S", "E") for n in (1, 4, 7)]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sportingfurianincu", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def push_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/apparechju/notifiche")
    b.json({"androidId": b.id("aid_club", where="json androidId"), "squadra": "SF", "lingua": "co"})
    b.ok_json({"ok": True})
    return b.build()


def braze_session(c: Context) -> Flow:
    b = sdk.braze(
        c,
        "braze",
        BRAZE_KEY,
        "club_braze_id",
        UA,
        [sdk.braze_event(c, "ss", {}, rid(c.rng))],
        gaid="gaid_gh",
    )
    return b.build()


def braze_ticket(c: Context) -> Flow:
    ev = sdk.braze_event(c, "bigliettu_compru", {"tribuna": "Est", "prezzu": 18.0}, rid(c.rng))
    return sdk.braze(c, "braze", BRAZE_KEY, "club_braze_id", UA, [ev]).build()


def lineup(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/partite/{c.rng.randint(300, 400)}/squadra")
    b.decoy("players' pusizione on the pitch")
    b.ok_json(
        {
            "squadra": [
                {"nome": n, "pusizione": p, "numeru": i + 1} for i, (n, p) in enumerate(PLAYERS)
            ]
        }
    )
    return b.build()


def timeline(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/partite/{c.rng.randint(300, 400)}/diretta")
    b.decoy("match timeline with durata and minutes")
    b.ok_json(
        {
            "puntu": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}",
            "durata": 90 + c.rng.randint(0, 6),
            "eventi": [
                {
                    "minutu": c.rng.randint(1, 90),
                    "tipu": "gol",
                    "ghjucadore": c.rng.choice(PLAYERS)[0],
                }
            ],
        }
    )
    return b.build()


def fixtures(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/calendariu?stagione=2024")
    b.ok_json(
        {
            "partite": [
                {"contra": t, "data": iso(c)[:10], "locu": "Armand-Cesari"}
                for t in ("Ajaccio", "Bastia B", "Grenoble")
            ]
        }
    )
    return b.build()


def ticket(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/biglietti")
    b.decoy("ticket barcode and seat pusizione")
    b.json({"partita": c.rng.randint(300, 400), "tribuna": "Est", "idempotenza": rid(c.rng)})
    b.ok_json(
        {
            "bigliettu": f"SF{c.rng.randint(10**9, 10**10)}",
            "codice": new_hex(c.rng, 24).upper(),
            "pusizione": {"filu": c.rng.randint(1, 30), "postu": c.rng.randint(1, 40)},
        }
    )
    return b.build()


def turnstile_pass(c: Context) -> Flow:
    t = c.rng.choice(TURNSTILES)
    b = FB(c, "turnstile", "POST", f"{GATES}/v2/passaghji")
    b.header("user-agent", "GateCtrl/3.1 (Gunnebo SpeedStile)")
    b.decoy("turnstile id (the club's own equipment) and a ticket code")
    b.json(
        {"tornu": t, "bigliettu": f"SF{c.rng.randint(10**9, 10**10)}", "esitu": "OK", "t": ms(c)}
    )
    b.ok_json({"apre": True})
    return b.build()


def turnstile_health(c: Context) -> Flow:
    t = c.rng.choice(TURNSTILES)
    b = FB(c, "turnstile", "POST", f"{GATES}/v2/statu")
    b.header("user-agent", "GateCtrl/3.1 (Gunnebo SpeedStile)")
    b.decoy("turnstile serial and MAC (venue inventory)")
    mac = "00:1B:45:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3))
    b.json(
        {
            "tornu": t,
            "serie": "GSS" + new_hex(c.rng, 8).upper(),
            "mac": mac,
            "passaghji": c.rng.randint(0, 900),
            "temperatura": rf(c.rng, 20, 40, 1),
        }
    )
    b.no_content()
    return b.build()
