"""Shiftwise: the staff-rota and time-clock app the manager installed on her own phone.

Shifts, swaps and the clock-in geofence are ordinary. Clock-in at the cinema
asks for a face check: the app computes a 128-float face embedding on the
phone and posts it with `faceEmbedding` for matching against her enrolled
template. Employer's system, but her own face: biometric. The occasional
compact form posts the embedding as base64 float32 under `e` (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import floats_b64

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.shiftwise.example/v4"
UA = ua("Shiftwise", "4.9.1")
SITE = (55.8652, -4.2689)


def _b(c: Context, method: str, url: str, with_id: bool = False) -> FB:
    b = FB(c, "shiftwise", method, url)
    b.header("user-agent", UA)
    b.header("x-staff", b.acct("rota_staff"))
    if with_id:
        b.header("x-device-id", b.id("aid_rota", where="header x-device-id"))
    return b


def shifts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/rota?from=2024-06-10&to=2024-06-16")
    b.decoy("the week's shifts of the cinema's staff (work schedule)")
    b.ok_json(
        {
            "shifts": [
                {
                    "staff": f"EMP-{c.rng.randint(10000, 99999)}",
                    "role": c.rng.choice(["projection", "box office", "bar"]),
                    "start": iso(c),
                    "hours": c.rng.choice([4, 6, 8]),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def clock_in_geo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/clock/in")
    b.decoy("clock-in with coordinates inside the site geofence (location, not biometric)")
    b.json(
        {
            "lat": round(SITE[0] + c.rng.gauss(0, 0.0002), 6),
            "lng": round(SITE[1] + c.rng.gauss(0, 0.0002), 6),
            "accuracy": rf(c.rng, 3, 20, 1),
            "at": iso(c),
        }
    )
    b.ok_json({"clockedIn": True, "shift": rid(c.rng)})
    return b.build()


def face_clock(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/clock/verify-face", with_id=True)
    b.bio("face_embedding", "json faceEmbedding (128 floats) for clock-in face match")
    b.json(
        {
            "faceEmbedding": floats(c.rng, 128),
            "model": "mobilefacenet-v2",
            "liveness": rf(c.rng, 0.7, 1, 3),
            "at": iso(c),
        }
    )
    b.ok_json({"match": True, "similarity": rf(c.rng, 0.6, 0.95, 3)})
    return b.build()


def face_clock_compact(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/clock/v", with_id=True)
    b.bio("face_embedding", "base64 float32 vector under e (no readable name)", detectable=False)
    b.form([("e", floats_b64(floats(c.rng, 128))), ("s", str(c.rng.randint(1, 9)))])
    b.ok_json({"m": 1})
    return b.build()


def swap_request(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/swaps")
    b.decoy("shift swap request between staff (account ids)")
    b.json(
        {
            "from": b.acct("rota_staff"),
            "to": f"EMP-{c.rng.randint(10000, 99999)}",
            "shift": rid(c.rng),
        }
    )
    b.ok_json({"status": "pending"})
    return b.build()
