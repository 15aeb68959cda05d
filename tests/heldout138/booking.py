"""A Toronto studio's booking system (fictional backend): rooms, slots, invoices."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, new_builder, rf, rid, ua

API = "https://book.kingwest-studios.example/api"
UA = ua("KingWestBook", "1.12.0")


def _b(c: Context, method: str, path: str) -> FB:
    b = new_builder(c, "studiobook", method, f"{API}{path}", UA)
    b.header("x-session", rid(c.rng))
    return b


def availability(c: Context) -> Flow:
    b = _b(c, "GET", f"/rooms/availability?date=2024-11-{c.rng.randint(10, 28)}&room=mix-a")
    b.decoy("room slots with start/end times")
    b.ok_json(
        {
            "room": "Mix A (Dolby Atmos 7.1.4)",
            "slots": [{"start": f"{h:02d}:00", "end": f"{h + 4:02d}:00"} for h in (9, 13, 18)],
        }
    )
    return b.build()


def book(c: Context) -> Flow:
    b = _b(c, "POST", "/bookings")
    b.decoy("booking with an order number and the studio's console serial in the room sheet")
    b.json(
        {
            "room": c.rng.choice(["mix-a", "foley", "colour-suite"]),
            "start": iso(c),
            "hours": c.rng.choice([4, 8, 10]),
            "engineer": False,
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json(
        {
            "bookingNo": f"KW-{c.rng.randint(10000, 99999)}",
            "room_sheet": {
                "console": "SSL Origin 32",
                "console_serial": "ORG32-0" + str(c.rng.randint(1000, 9999)),
            },
            "total_cad": rf(c.rng, 200, 1800, 2),
        },
        201,
    )
    return b.build()


def invoice(c: Context) -> Flow:
    b = _b(c, "GET", f"/invoices?status=open&page={c.rng.randint(1, 3)}")
    b.decoy("invoice list: amounts and dates")
    b.ok_json(
        {
            "invoices": [
                {"no": f"F-{c.rng.randint(1000, 9999)}", "amount": rf(c.rng, 100, 3000, 2)}
                for _ in range(3)
            ]
        }
    )
    return b.build()


ALL = [availability, book, invoice]
