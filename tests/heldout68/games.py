"""Games: a card game (Scopa & Brisca, fictional) and a 3D city runner, with ad SDKs.

Decoys: a card's "faceValue"/"faceUp" (card faces, not faces), the 3D
camera's yaw/pitch/roll, leaderboards with player ids. TRULY device ids: the
Google Mobile Ads request (`googleads.g.doubleclick.net/mads/gma` with the
resettable device id in `rdid` and `is_lat`: parameter names from memory of
GMA SDK traffic, not re-verified against a source for this set) and the
Adjust session (`app.adjust.com/session`, form body;
keys from adjust/android_sdk PackageBuilder: app_token, gps_adid,
android_uuid, created_at, session_count, tracking_enabled...).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, rf, rid, ua

SUITS = ["coppe", "denari", "spade", "bastoni"]


def card_move(c: Context) -> Flow:
    b = FB(c, "scopa", "POST", "https://play.scopabrisca.games/api/match/move")
    b.header("user-agent", ua("ScopaBrisca", "1.18.0"))
    b.json(
        {
            "matchId": rid(c.rng),
            "jugada": {
                "carta": {
                    "faceValue": c.rng.randint(1, 10),
                    "suit": c.rng.choice(SUITS),
                    "faceUp": True,
                },
                "captura": [c.rng.randint(1, 10) for _ in range(2)],
            },
            "turno": c.rng.randint(1, 40),
        }
    )
    b.decoy("card game move: faceValue / faceUp of playing cards")
    b.ok_json({"ok": True})
    return b.build()


def runner_telemetry(c: Context) -> Flow:
    b = FB(c, "runner", "POST", "https://telemetry.romarunner3d.games/v1/frames")
    b.header("user-agent", ua("RomaRunner", "2.0.4"))
    b.json(
        {
            "level": c.rng.randint(1, 30),
            "camera": [
                {
                    "yaw": rf(c.rng, -180, 180, 2),
                    "pitch": rf(c.rng, -30, 30, 2),
                    "roll": rf(c.rng, -5, 5, 2),
                    "fov": 70,
                }
                for _ in range(6)
            ],
            "fps": [c.rng.randint(50, 60) for _ in range(6)],
            "avatar": {
                "skin": c.rng.choice(["gladiatore", "turista", "centurione"]),
                "hairColor": "#3b2f2f",
            },
        }
    )
    b.decoy("game camera yaw/pitch/roll and avatar skin: a game's camera, not a head pose")
    b.no_content()
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "runner", "GET", "https://api.romarunner3d.games/v1/leaderboard")
    b.param("season", "2026-11")
    b.header("user-agent", ua("RomaRunner", "2.0.4"))
    b.decoy("leaderboard with other players' ids and scores")
    b.ok_json(
        {
            "top": [
                {"playerId": "p" + new_digits(c.rng, 10), "score": c.rng.randint(1000, 90000)}
                for _ in range(5)
            ]
        }
    )
    return b.build()


def admob(c: Context) -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.header("user-agent", ua("RomaRunner", "2.0.4"))
    for k, v in [
        ("preqs", str(c.rng.randint(0, 9))),
        ("u_sd", "2.625"),
        ("u_w", "411"),
        ("u_h", "923"),
        ("msid", "games.romarunner3d"),
        ("format", "320x50_mb"),
        ("ad_unit_id", "/2134/rr3d_banner"),
    ]:
        b.param(k, v)
    b.param("rdid", b.id("gaid", where="query rdid"))
    b.param("is_lat", "0")
    b.param("correlator", new_digits(c.rng, 16))
    b.respond(200, "text/html; charset=UTF-8", b"<html><body><div id=ad></div></body></html>")
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", ua("ScopaBrisca", "1.18.0"))
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "q9x4" + new_hex(c.rng, 8)),
            ("environment", "production"),
            ("created_at", iso(c) + "+0000"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("gps_adid_src", "service"),
            ("android_uuid", str(c.phone.adjust_uuid)),
            ("session_count", str(c.rng.randint(2, 40))),
            ("tracking_enabled", "1"),
            ("device_type", "phone"),
            ("device_manufacturer", "Google"),
            ("os_name", "android"),
            ("os_version", "15"),
            ("country", "IT"),
            ("language", "es"),
            ("needs_response_details", "1"),
        ]
    )
    b.other_id("adjust_uuid", "form android_uuid")
    b.ok_json({"timestamp": iso(c), "message": "Session tracked"})
    return b.build()


def game_login(c: Context) -> Flow:
    b = FB(c, "scopa", "POST", "https://play.scopabrisca.games/api/auth/guest")
    b.header("user-agent", ua("ScopaBrisca", "1.18.0"))
    b.json(
        {"deviceId": b.id("aid_game", where="json deviceId"), "locale": "es_ES", "app": "1.18.0"}
    )
    b.ok_json({"playerId": str(c.phone.game_user), "token": new_hex(c.rng, 40)})
    return b.build()
