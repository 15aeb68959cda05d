"""Hoops PH: a PBA game streamer (live games, highlights), ad-supported via Pangle.

The live player sends heartbeats (`/v2/hb`, `gameId`, `playheadSec`, `event`); the
Cebu-based highlights team writes Cebuano keys (`gitan-aw_seg`, `nahuman`); a
lighter protobuf heartbeat carries only field numbers. Pangle's ad request is
encrypted (`message` + `cypher`, as the Pangle Android SDK sends it): the
advertising id inside it cannot be read. Box scores, shot charts (x/y points on
the court), standings and the game list are ordinary sports data.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits
from tests.heldout.wire import b64, pb_bytes, pb_varint

from .phone import FB, app_builder, dalvik, iso, ms, rf, rid, ua

API = "https://api.hoopsph.example"
UA = ua("HoopsPH", "4.2.7")
TEAMS = ["GIN", "SMB", "TNT", "MER", "ROS", "NLX", "MAG", "CON", "BWB", "TER"]


def _game(c: Context) -> str:
    home, away = c.rng.sample(TEAMS, 2)
    return f"pba49-{home}-{away}-{c.rng.randint(100, 999)}"


def heartbeat(c: Context) -> Flow:
    b = app_builder(c, "hoopsph", "POST", f"{API}/v2/hb", UA)
    b.view("json gameId + playheadSec + event (player heartbeat)")
    b.json(
        {
            "deviceId": b.id("aid_pba", where="json deviceId"),
            "gameId": _game(c),
            "event": c.rng.choice(["play", "heartbeat", "heartbeat", "pause"]),
            "playheadSec": c.rng.randint(0, 9000),
            "live": True,
            "bitrate": c.rng.choice([1200, 2500, 4500]),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def highlight_seen(c: Context) -> Flow:
    b = app_builder(c, "hoopsph", "POST", f"{API}/v2/highlights/natan-aw", UA)
    b.view("json clip_id + gitan-aw_seg + nahuman (Cebuano keys)")
    b.json(
        {
            "clip_id": f"hl-{c.rng.randint(10000, 99999)}",
            "dula": _game(c),
            "gitan-aw_seg": c.rng.randint(5, 240),
            "nahuman": c.rng.random() < 0.5,
            "petsa": iso(c),
        }
    )
    b.no_content()
    return b.build()


def proto_heartbeat(c: Context) -> Flow:
    b = app_builder(c, "hoopsph", "POST", f"{API}/v3/p", UA)
    b.view("protobuf fields 1=game 2=position 3=ts", detectable=False)
    body = (
        pb_bytes(1, _game(c))
        + pb_varint(2, c.rng.randint(0, 9000))
        + pb_varint(3, ms(c))
        + pb_varint(4, 1)
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def pangle_ad(c: Context) -> Flow:
    b = FB(c, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/")
    b.header("user-agent", dalvik())
    raw = b.id_raw("gaid", "pangle_cipher", "json message (encrypted device block)")
    key = hashlib.sha256(b"hoops" + raw.encode()).digest()
    plain = ("{" + f'"gaid":"{raw}","os":1' + "}").encode()
    sealed = bytes(p ^ key[i % 32] for i, p in enumerate(plain))
    b.json({"message": b64(b"\x03" + sealed), "cypher": 3, "ad_sdk_version": "5.9.0.6"})
    b.decoy("Pangle request_id")
    b.ok_json({"message": "success", "request_id": rid(c.rng), "creatives": []})
    return b.build()


def box_score(c: Context) -> Flow:
    g = _game(c)
    b = FB(c, "hoopsph", "GET", f"{API}/v2/games/{g}/boxscore")
    b.header("user-agent", UA)
    b.decoy("box score and shot chart x/y coordinates on the court")
    b.ok_json(
        {
            "gameId": g,
            "players": [
                {
                    "jersey": c.rng.randint(0, 99),
                    "pts": c.rng.randint(0, 35),
                    "min": c.rng.randint(0, 40),
                }
                for _ in range(10)
            ],
            "shots": [
                {
                    "x": round(c.rng.uniform(0, 28), 2),
                    "y": round(c.rng.uniform(0, 15), 2),
                    "made": c.rng.random() < 0.45,
                }
                for _ in range(30)
            ],
        }
    )
    return b.build()


def court_camera(c: Context) -> Flow:
    b = app_builder(c, "hoopsph", "POST", f"{API}/v2/court3d/camera", UA)
    b.decoy("3D court viewer camera yaw/pitch/roll and zoom (a virtual camera, no face)")
    b.json(
        {
            "view": "baseline",
            "yaw": rf(c.rng, -180, 180, 2),
            "pitch": rf(c.rng, -30, 10, 2),
            "roll": 0.0,
            "zoom": rf(c.rng, 1, 3, 2),
        }
    )
    b.no_content()
    return b.build()


def games_today(c: Context) -> Flow:
    b = FB(c, "hoopsph", "GET", f"{API}/v2/games?date=today")
    b.header("user-agent", UA)
    b.ok_json(
        {"games": [{"gameId": _game(c), "tipoff": iso(c), "venue": "Araneta"} for _ in range(2)]}
    )
    return b.build()


def live_manifest(c: Context) -> Flow:
    b = FB(c, "hoopsph", "GET", f"https://live.hoopsph.example/{_game(c)}/index.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("live stream manifest fetch")
    b.respond(200, "application/vnd.apple.mpegurl", b"#EXTM3U\n#EXT-X-TARGETDURATION:6\n")
    return b.build()


def subscribe(c: Context) -> Flow:
    b = app_builder(c, "hoopsph", "POST", f"{API}/v2/pass/buy", UA)
    b.decoy("season pass purchase: order id and GCash reference number")
    b.json({"plan": "season49", "amount": 499, "gcash_ref": new_digits(c.rng, 13)})
    b.ok_json({"orderId": rid(c.rng), "status": "PAID"})
    return b.build()
