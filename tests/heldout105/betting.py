"""BetNaija9ja: a sports betting app with live match streams.

While a bettor watches a live match stream inside the app, a heartbeat reports
the event and the seconds streamed. Devices are registered for fraud checks and
reported to AppsFlyer and Meta; a SHA-1 of the ANDROID_ID rides under an opaque
header on bet placement. Odds series, bet slips, booking codes, virtual-league
results and cash-out offers are ordinary (price series and ids of bets).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from . import adtrack
from .phone import FB, ms, rf, rid, ua

API = "https://api.betnaija9ja.example"
PKG = "com.betnaija9ja.sports"
UA = ua("BetNaija9ja", "12.8.0")
FIXTURES = ["Arsenal v Chelsea", "Enyimba v Kano Pillars", "Hearts of Oak v Asante Kotoko"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "betnaija9ja", method, url)
    b.header("user-agent", UA)
    b.header("x-session", new_hex(c.rng, 32))
    return b


def fraud_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/risk/v1/device")
    b.json(
        {
            "userId": b.acct("bet_user"),
            "deviceInfo": {
                "androidId": b.id("aid_bet", where="json deviceInfo.androidId"),
                "gaid": b.id("gaid", where="json deviceInfo.gaid"),
                "brand": "TECNO",
                "emulator": False,
            },
        }
    )
    b.ok_json({"riskLevel": "LOW"})
    return b.build()


def live_stream_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/live/v1/stream/heartbeat")
    b.view("json eventId + streamedSec (live match stream watching)")
    b.json(
        {
            "eventId": f"sr:match:{c.rng.randint(40000000, 49999999)}",
            "fixture": c.rng.choice(FIXTURES),
            "streamedSec": c.rng.choice([30, 60, 90]),
            "totalWatchedSec": c.rng.randint(60, 5400),
            "ts": ms(c),
        }
    )
    b.ok_json({"continue": True})
    return b.build()


def odds(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/odds/v2/events?sport=football&country=NG")
    b.decoy("odds series (price floats)")
    b.ok_json(
        {
            "events": [
                {
                    "fixture": f,
                    "odds": [rf(c.rng, 1.2, 6, 2) for _ in range(3)],
                    "minute": c.rng.randint(0, 90),
                }
                for f in FIXTURES
            ]
        }
    )
    return b.build()


def place_bet(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/bet/v2/place")
    b.header("x-dctx", b.id("aid_bet", "sha1", "header x-dctx", detectable=False))
    b.decoy("bet slip id, booking code and stake")
    b.json(
        {
            "selections": [
                {
                    "eventId": f"sr:match:{c.rng.randint(40000000, 49999999)}",
                    "odds": rf(c.rng, 1.2, 6, 2),
                }
            ],
            "stake": c.rng.choice([100, 200, 500, 1000]),
            "currency": "NGN",
        }
    )
    b.ok_json({"betId": rid(c.rng), "bookingCode": new_hex(c.rng, 6).upper()})
    return b.build()


def virtuals(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/virtuals/v1/results?league=naija")
    b.decoy("virtual-league results (simulated matches)")
    b.ok_json(
        {
            "round": c.rng.randint(1, 30),
            "results": [[c.rng.randint(0, 4), c.rng.randint(0, 4)] for _ in range(5)],
        }
    )
    return b.build()


def appsflyer(c: Context) -> Flow:
    return adtrack.appsflyer(c, PKG, "aid_bet", "bet_af_uid", "af_first_deposit")


def meta(c: Context) -> Flow:
    return adtrack.meta_activities(c, "1029384756102938", "aid_bet")
