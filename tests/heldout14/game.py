"""Tower Tumble, a mobile game monetised with Amazon Publisher Services (APS)
and ironSource mediation (in `ads`), with its own game backend (made up):
device login, an obfuscated stats beacon, and ordinary game traffic.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, ms, rf, rid, ua

API = "https://api.towertumble.games"
UA = ua("TowerTumble", "1.42.0")


def login(c: Context) -> Flow:
    b = FB(c, "towertumble", "POST", f"{API}/v1/auth/device")
    b.header("user-agent", UA)
    b.json(
        {
            "deviceUid": b.id("aid_game", "md5", where="body.deviceUid"),
            "platform": "amazon",
            "player": b.acct("game_player"),
            "build": 142,
        }
    )
    b.ok_json({"token": rid(c.rng).replace("-", ""), "serverTime": ms(c)})
    return b.build()


def stats_opaque(c: Context) -> Flow:
    b = FB(c, "towertumble", "POST", f"{API}/v1/s")
    b.header("user-agent", UA)
    blob = b.id("adid", "custom_b64", where="body.p (shuffled base64)", detectable=False)
    b.json({"p": blob, "q": c.rng.randbytes(24).hex()})
    b.no_content()
    return b.build()


def camera_telemetry(c: Context) -> Flow:
    b = FB(c, "towertumble", "POST", f"{API}/v1/telemetry/camera")
    b.header("user-agent", UA)
    b.decoy("in-game camera yaw/pitch samples")
    b.json(
        {
            "level": c.rng.randint(1, 140),
            "samples": [
                {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -60, 60, 2), "fov": 60}
                for _ in range(6)
            ],
        }
    )
    b.no_content()
    return b.build()


def level_done(c: Context) -> Flow:
    b = FB(c, "towertumble", "POST", f"{API}/v1/progress")
    b.header("user-agent", UA)
    b.decoy("level progress and score")
    b.json(
        {
            "level": c.rng.randint(1, 140),
            "score": c.rng.randint(100, 99999),
            "stars": c.rng.randint(0, 3),
            "durationSec": c.rng.randint(20, 400),
        }
    )
    b.ok_json({"coins": c.rng.randint(0, 500)})
    return b.build()


def iap_receipt(c: Context) -> Flow:
    b = FB(c, "towertumble", "POST", f"{API}/v1/iap/amazon/verify")
    b.header("user-agent", UA)
    b.decoy("Amazon IAP receipt id and order number")
    b.json(
        {
            "receiptId": "q1YqVrJSSs7P1UvOzytJLUvMSY3PTE7NK1ayUoLJgVWkZSZnFCvVAgA",
            "sku": "coins_500",
            "orderId": f"{c.rng.randint(100, 999)}-{c.rng.randint(10**6, 10**7)}",
        }
    )
    b.ok_json({"valid": True})
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "towertumble", "GET", f"{API}/v1/leaderboard", [("week", "2024-45"), ("top", "50")])
    b.header("user-agent", UA)
    b.decoy("leaderboard page")
    b.ok_json(
        {
            "rows": [
                {
                    "rank": i,
                    "name": f"player{c.rng.randint(100, 999)}",
                    "score": c.rng.randint(1000, 90000),
                }
                for i in range(1, 11)
            ]
        }
    )
    return b.build()
