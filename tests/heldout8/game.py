"""Gemdrop Saga's own backend (a fictional casual match-3 game with a 3D board).

Player sessions carry the vendor id under the studio's own key names; the
anti-cheat ping hides it as a SHA-1 under a one-letter key. Level telemetry
carries the board camera's yaw / pitch / roll, score series and move counts
(decoys: a game camera is no head pose), and receipts carry order numbers.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, cfnet, iso, ms, rf, rid

API = "https://api.gemdrop.games"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "gemdrop", method, API + path)
    b.header("user-agent", cfnet("GemdropSaga", "3120"))
    b.header("x-gd-client", "ios/3.12.0")
    return b


def player_session(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/player/session")
    b.header("x-request-id", rid(c.rng))
    b.json(
        {
            "deviceId": b.id("idfv_game", where="body.json.deviceId"),
            "platform": "ios",
            "osVersion": "17.4.1",
            "hw": "iPhone15,4",
            "locale": "nl_NL",
            "firstLaunch": False,
            "attStatus": "authorized",
        }
    )
    b.ok_json({"session": rid(c.rng), "serverTime": iso(c), "level": c.rng.randint(40, 260)})
    return b.build()


def anticheat(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/ac/ping")
    b.json(
        {
            "k": b.id("idfv_game", how="sha1", where="body.json.k", detectable=False),
            "n": c.rng.randint(1, 10**6),
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def level_telemetry(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/telemetry/level")
    b.decoy("game camera yaw/pitch/roll and score series, no face or person")
    cam = [
        {
            "yaw": rf(c.rng, -45, 45, 2),
            "pitch": rf(c.rng, -30, 10, 2),
            "roll": rf(c.rng, -3, 3, 2),
            "zoom": rf(c.rng, 0.8, 1.6, 2),
        }
        for _ in range(4)
    ]
    b.json(
        {
            "level": c.rng.randint(40, 260),
            "result": c.rng.choice(["win", "fail", "quit"]),
            "moves": c.rng.randint(5, 30),
            "scoreCurve": [c.rng.randint(0, 4000) * i for i in range(1, 12)],
            "camera": cam,
            "boosters": {"hammer": c.rng.randint(0, 2), "shuffle": c.rng.randint(0, 1)},
            "durationMs": c.rng.randint(30_000, 400_000),
            "traceId": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/leaderboard/weekly")
    b.decoy("leaderboard: player names and scores")
    b.param("around", "me")
    rows = [
        {
            "rank": i + 1,
            "name": c.rng.choice(["Mila", "Daan", "Sven", "Anouk", "Ravi"]),
            "score": 90000 - i * c.rng.randint(100, 900),
        }
        for i in range(10)
    ]
    b.ok_json({"week": "2025-W12", "rows": rows})
    return b.build()


def iap_verify(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/store/verify")
    b.decoy("App Store receipt, transaction id, price")
    b.json(
        {
            "productId": "gems_pack_550",
            "transactionId": str(c.rng.randint(10**14, 10**15)),
            "receipt": b64(fake_jpeg(c.rng.randint(0, 10**6), 120)),
            "price": 4.99,
            "currency": "EUR",
        }
    )
    b.ok_json({"valid": True, "orderId": rid(c.rng)})
    return b.build()


def board_art(c: Context) -> Flow:
    b = FB(
        c,
        "gemdrop-cdn",
        "GET",
        f"https://cdn.gemdrop.games/boards/w{c.rng.randint(1, 40)}/bg@3x.jpg",
    )
    b.header("user-agent", cfnet("GemdropSaga", "3120"))
    b.decoy("static artwork")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 400))
    return b.build()
