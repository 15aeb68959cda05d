"""Bökh Sags (Бөх Сагс): national wrestling (Naadam, bökh) and basketball.

Live streams send a heartbeat with the match and position (English keys, the
vendor's player); highlight views go to Firebase Analytics as `video_progress`
with its parameters. Scores, wrestlers' titles, player-tracking court
coordinates (bodies on a court, no face) and wrestler portraits are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.bukh-sags.example"
UA = ua("BukhSags", "4.0.1")
MATCHES = ["naadam-2025-r5", "naadam-2025-r7", "aimag-hurd-ee", "mbl-final-g3", "mbl-xac-vs-bcsu"]
WRESTLERS = ["Э.Оюунболд", "Б.Өсөхбаяр", "Д.Сумъяабазар", "Ж.Батсуурь"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "bukh-sags", method, API + path)
    b.header("user-agent", UA)
    b.header("x-user-id", b.acct("sport_user"))
    return b


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/live/heartbeat")
    b.view("json matchId + positionSec + state (live player heartbeat)")
    b.json(
        {
            "matchId": c.rng.choice(MATCHES),
            "streamType": "live",
            "positionSec": c.rng.randint(0, 9000),
            "state": c.rng.choice(["playing", "paused", "buffering"]),
            "deviceId": b.id("aid_sport", where="json deviceId"),
            "ts": ms(c),
        }
    )
    b.ok_json({"concurrent": True})
    return b.build()


def _param(name: str, value: str | int) -> bytes:
    if isinstance(value, int):
        return pb_msg(2, [pb_bytes(1, name), pb_varint(3, value)])
    return pb_msg(2, [pb_bytes(1, name), pb_bytes(2, value)])


def firebase_video(c: Context) -> Flow:
    """Firebase Analytics upload (protobuf): event names and param names are strings."""
    b = FB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)")
    b.view("protobuf event video_progress with video_title / video_percent params")
    fid = b.id_raw("sport_fid", "protobuf", "protobuf app_instance_id field", False)
    event = pb_msg(
        2,
        [
            *[
                _param(k, v)
                for k, v in (
                    ("video_title", "Naadam 2025: " + c.rng.choice(WRESTLERS)),
                    ("video_percent", c.rng.choice([25, 50, 75, 100])),
                    ("video_provider", "bukhsags"),
                )
            ],
            pb_bytes(4, "video_progress"),
            pb_varint(5, ms(c)),
        ],
    )
    bundle = pb_msg(1, [pb_varint(1, 1), event, pb_bytes(21, fid), pb_bytes(14, "mn.bukhsags.app")])
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def scores(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/sags/onoo?liga=mbl")
    b.decoy("basketball scoreboard: team scores over time (a number series)")
    b.ok_json(
        {
            "togloom": [
                {
                    "bag1": "Хасын хүлэг",
                    "bag2": "BCH Khangarid",
                    "onoo": [c.rng.randint(60, 110), c.rng.randint(60, 110)],
                    "uye": 4,
                }
            ]
        }
    )
    return b.build()


def wrestler_ranks(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/bukh/tsol-jagsaalt")
    b.decoy("wrestlers' titles (цол) and wins: public sporting records")
    b.ok_json(
        {
            "bukhchuud": [
                {"ner": w, "tsol": "Аварга", "ylalt": c.rng.randint(20, 200)} for w in WRESTLERS
            ]
        }
    )
    return b.build()


def tracking(c: Context) -> Flow:
    b = _b(c, "GET", f"/v3/sags/{c.rng.choice(MATCHES)}/tracking?frame={c.rng.randint(1, 9999)}")
    b.decoy("player tracking: court x,y and body keypoints of players (no face; not the tester)")
    b.ok_json(
        {
            "players": [
                {
                    "no": n,
                    "x": rf(c.rng, 0, 28, 2),
                    "y": rf(c.rng, 0, 15, 2),
                    "pose": [[rf(c.rng, 0, 1), rf(c.rng, 0, 1)] for _ in range(17)],
                }
                for n in range(1, 6)
            ]
        }
    )
    return b.build()


def portrait(c: Context) -> Flow:
    b = FB(
        c, "bukh-sags", "GET", f"https://img.bukh-sags.example/bukh/{c.rng.randint(100, 999)}.jpg"
    )
    b.header("user-agent", UA)
    b.decoy("wrestler portrait download (a public photo fetch)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()


def prediction(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/taamag")
    b.json({"barildaan": rid(c.rng), "yalagch": c.rng.choice(WRESTLERS), "ognoo": iso(c)})
    b.ok_json({"hadgalsan": True})
    return b.build()
