"""Seat booking and time billing: customers' member accounts, prepaid minutes,
seat sessions and the games they played.

Member numbers, phone numbers and session ids are accounts and sessions, never
device identifiers; minutes played per game at a seat are playing, not watching.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .cafe import CAFE_CODE, GAMES
from .phone import FB, iso, ms, rf, rid, ua

API = "https://booking.pczonehub.example/api/v2"
KIOSK_UA = "ArenaKiosk/1.9 (Android 11; kiosk)"


def _b(c: Context, method: str, url: str, kiosk: bool = False) -> FB:
    b = FB(c, "seat_booking", method, url)
    b.header("user-agent", KIOSK_UA if kiosk else ua("PCzoneManager", "3.8.2"))
    return b


def _member(c: Context) -> str:
    return "A" + new_digits(c.rng, 8)


def seat_map(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stores/{CAFE_CODE}/seats")
    b.decoy("seat numbers and remaining minutes (business state)")
    b.ok_json(
        {
            "seats": [
                {
                    "no": n,
                    "zone": "PREMIUM" if n > 30 else "STANDARD",
                    "status": c.rng.choice(["USING", "EMPTY", "RESERVED"]),
                    "remainMin": c.rng.randint(0, 300),
                }
                for n in range(1, 41)
            ]
        }
    )
    return b.build()


def checkin(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/sessions", kiosk=True)
    b.decoy("customer member number and phone tail (accounts), session id")
    b.json(
        {
            "memberNo": _member(c),
            "phoneTail": new_digits(c.rng, 4),
            "seatNo": c.rng.randint(1, 40),
            "prepaidMin": c.rng.choice([60, 120, 180, 300]),
            "startAt": iso(c),
        }
    )
    b.ok_json({"sessionId": "S" + new_hex(c.rng, 20), "welcome": "즐거운 게임 되세요!"})
    return b.build()


def topup(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/charges", kiosk=True)
    b.decoy("prepaid time purchase: amount and member number")
    amount = c.rng.choice([1000, 5000, 10000, 20000])
    b.json(
        {
            "memberNo": _member(c),
            "amountKrw": amount,
            "bonusMin": amount // 1000 * 6,
            "payMethod": c.rng.choice(["CARD", "KAKAOPAY", "CASH"]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"chargeNo": "CH" + new_digits(c.rng, 12), "balanceMin": c.rng.randint(60, 900)})
    return b.build()


def session_end(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/sessions/close")
    b.decoy("a customer's seat usage: minutes per game played (playing, not watching)")
    b.json(
        {
            "sessionId": "S" + new_hex(c.rng, 20),
            "seatNo": c.rng.randint(1, 40),
            "usedMin": c.rng.randint(30, 400),
            "endAt": iso(c),
            "playLog": [
                {"game": g, "playMin": c.rng.randint(5, 180)}
                for g in c.rng.sample(GAMES, c.rng.randint(1, 3))
            ],
        }
    )
    b.ok_json({"closed": True})
    return b.build()


def reservation(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/reservations")
    b.decoy("team booking for a tournament: leader's phone number (account)")
    b.json(
        {
            "teamName": c.rng.choice(["서면불주먹", "광안리 갱킹단", "해운대 5인큐"]),
            "leaderPhone": "010-" + new_digits(c.rng, 4) + "-" + new_digits(c.rng, 4),
            "seats": sorted(c.rng.sample(range(31, 41), 5)),
            "from": iso(c),
            "hours": c.rng.randint(2, 6),
        }
    )
    b.ok_json({"reservationNo": "R" + new_digits(c.rng, 9)})
    return b.build()


def sales_series(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stores/{CAFE_CODE}/sales?bucket=hour&days=1")
    b.decoy("hourly sales series (prices, not biometrics)")
    b.ok_json(
        {
            "series": [
                {"t": ms(c) - i * 3600000, "timeKrw": c.rng.randint(20000, 180000),
                 "foodKrw": c.rng.randint(5000, 90000)}
                for i in range(24)
            ],
            "occupancy": [rf(c.rng, 0.1, 1.0, 2) for _ in range(24)],
        }
    )  # fmt: skip
    return b.build()
