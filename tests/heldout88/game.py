"""Casual games she plays between viewings: a racing game and a word game.

Truly sensitive: the Google Mobile Ads (AdMob) ad request, which carries the
advertising id as `rdid` with `idtype=adid` and `is_lat` (a captured Google
ad request with exactly these parameters is quoted in google/ExoPlayer issue
#7772 and googleads/googleads-ima-android issue #57), and the game's install
id and ANDROID_ID on its own analytics. Decoys: camera yaw / pitch / roll
telemetry, an avatar editor's chosen face shape (self-declared), leaderboards, purchase receipts.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.labelled import order_no

from .phone import FB, ms, rf, rid

GAME = "https://api.desertdrift-example.com"


def admob(c: Context) -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    for k, v in [
        ("session_id", new_digits(c.rng, 19)),
        ("format", "320x50_mb"),
        ("adtest", "off"),
        ("msid", "com.desertdrift.game"),
        ("app_name", "1.android.com.desertdrift.game"),
        ("rdid", b.id("gaid", where="query.rdid")),
        ("is_lat", "0"),
        ("idtype", "adid"),
        ("u_sd", "3"),
        ("u_h", "780"),
        ("u_w", "360"),
        ("js", "afma-sdk-a-v233012999.231710000.1"),
        ("correlator", new_digits(c.rng, 16)),
        ("dt", str(ms(c))),
    ]:
        b.param(k, v)
    b.header("user-agent", "Mozilla/5.0 (Linux; Android 14; SM-S911B Build/UP1A.231005.007; wv)")
    b.respond(200, "text/html; charset=UTF-8", b"<html><body>ad</body></html>")
    return b.build()


def game_session(c: Context) -> Flow:
    b = FB(c, "desertdrift", "POST", f"{GAME}/v2/analytics/session")
    b.json(
        {
            "install_id": c.phone.game_install,
            "android_id": b.id("aid_game", where="body.json.android_id"),
            "level": c.rng.randint(1, 80),
            "sessionLenSec": c.rng.randint(30, 900),
            "ts": ms(c),
        }
    )
    b.other_id("game_install", "body.json.install_id")
    b.no_content()
    return b.build()


def camera_telemetry(c: Context) -> Flow:
    b = FB(c, "desertdrift", "POST", f"{GAME}/v2/telemetry/camera")
    frames = [
        {
            "t": i * 33,
            "yaw": rf(c.rng, -180, 180, 2),
            "pitch": rf(c.rng, -20, 40, 2),
            "roll": rf(c.rng, -5, 5, 2),
            "fov": 72,
        }
        for i in range(c.rng.randint(10, 30))
    ]
    b.json(
        {"track": "dubai_creek", "lap": c.rng.randint(1, 3), "camera": "chase", "frames": frames}
    )
    b.no_content()
    b.decoy("chase-camera yaw / pitch / roll in a racing game")
    return b.build()


def avatar(c: Context) -> Flow:
    b = FB(c, "desertdrift", "PUT", f"{GAME}/v2/profile/avatar")
    b.json(
        {
            "faceShape": c.rng.choice(["oval", "round", "square"]),
            "skinTone": c.rng.randint(1, 8),
            "eyeSize": rf(c.rng, 0, 1, 2),
            "noseWidth": rf(c.rng, 0, 1, 2),
            "mouthWidth": rf(c.rng, 0, 1, 2),
            "beard": c.rng.random() < 0.3,
            "ghutra": True,
            "gender": "female",
        }
    )
    b.ok_json({"ok": True})
    b.decoy("avatar editor: sliders she chose for a cartoon face (self-declared, not measured)")
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(
        c,
        "desertdrift",
        "GET",
        f"{GAME}/v2/leaderboard",
        [("track", "dubai_creek"), ("req", rid(c.rng))],
    )
    b.ok_json(
        {
            "top": [
                {"player": "p" + new_hex(c.rng, 6), "lapMs": c.rng.randint(60_000, 90_000)}
                for _ in range(10)
            ]
        }
    )
    b.decoy("leaderboard with lap times")
    return b.build()


def purchase(c: Context) -> Flow:
    b = FB(c, "desertdrift", "POST", f"{GAME}/v2/iap/verify")
    b.json(
        {"orderId": order_no(c.rng), "productId": "coins_500", "purchaseToken": new_hex(c.rng, 60)}
    )
    b.ok_json({"valid": True})
    b.decoy("purchase receipt: order number and token")
    return b.build()


def word_puzzle(c: Context) -> Flow:
    b = FB(c, "wordgame", "GET", "https://api.kalimat-example.com/v1/daily", [("lang", "ar")])
    b.ok_json(
        {
            "puzzle": "وجه",
            "hint": "face (word of the day)",
            "grid": [[c.rng.randint(0, 27) for _ in range(5)] for _ in range(5)],
        }
    )
    b.decoy("word game: the word 'face' as a puzzle")
    return b.build()
