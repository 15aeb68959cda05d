"""Dream Gyarah: a cricket fantasy app (team picks, contests, live points).

Its anti-fraud layer fingerprints the phone (`device_fp`, the ANDROID_ID and the
ad id); one call sends only an MD5 of the ANDROID_ID under `h`. Player points,
scorecards and the PAN card OCR are ordinary look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from . import trackers
from .phone import FB, rf, rid, ua

API = "https://api.dreamgyarah.example"
UA = ua("DreamGyarah", "5.61.0")
PLAYERS = ["V Kohli", "R Sharma", "J Bumrah", "S Gill", "R Jadeja", "K Rahul", "H Pandya"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dreamgyarah", method, url)
    b.header("user-agent", UA)
    b.header("x-dg-user", b.acct("fantasy_user"))
    return b


def device_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/risk/v2/device")
    b.json(
        {
            "device_fp": b.id("fantasy_fp", where="json device_fp (app fingerprint)"),
            "android_id": b.id("aid_fantasy", where="json android_id"),
            "gaid": b.id("gaid", where="json gaid"),
            "rooted": False,
            "emulator": False,
            "geo_state": "MH",
        }
    )
    b.decoy("state check for fantasy-gaming legality (geo_state), not an id")
    b.ok_json({"allowed": True, "risk": "low"})
    return b.build()


def hashed_ping_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/p")
    b.param("h", b.id("aid_fantasy", "md5", "query h (MD5 of ANDROID_ID)", detectable=False))
    b.param("t", str(int(c.now)))
    b.no_content()
    return b.build()


def live_points(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/contests/v1/match/IPL-41/points")
    b.decoy("players' fantasy points series (numbers that look like vectors)")
    b.ok_json(
        {
            "players": [
                {
                    "name": p,
                    "points": rf(c.rng, 0, 120, 1),
                    "series": [rf(c.rng, 0, 20, 1) for _ in range(6)],
                }
                for p in PLAYERS
            ]
        }
    )
    return b.build()


def create_team(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/teams/v1/create")
    picks = c.rng.sample(PLAYERS, 6)
    b.json(
        {
            "match_id": "IPL-41",
            "players": picks,
            "captain": picks[0],
            "vc": picks[1],
            "client_req_id": rid(c.rng),
        }
    )
    b.ok_json({"team_id": f"T{c.rng.randint(10**6, 10**7)}"})
    return b.build()


def join_contest(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/contests/v1/join")
    b.decoy("contest entry and payment order id")
    b.json({"contest_id": c.rng.randint(10**5, 10**6), "entry_fee": 49, "team": 1})
    b.ok_json({"order_id": f"DG{c.rng.randint(10**9, 10**10)}", "status": "JOINED"})
    return b.build()


def pan_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kyc/v1/pan/ocr")
    b.decoy("PAN card OCR text boxes for withdrawals (OCR is not biometric)")
    b.json({"doc": "PAN", "image_ref": rid(c.rng)})
    b.ok_json(
        {
            "fields": [
                {"key": "name", "box": [40, 120, 380, 150]},
                {"key": "pan", "box": [40, 200, 300, 230]},
            ]
        }
    )
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    return trackers.appsflyer(c, "dreamgyarah", "aid_fantasy")
