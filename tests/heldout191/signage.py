"""The café's signage screens and lobby TV: the highlight-reel playlist, the
players' proof-of-play logs, and the lobby IPTV's channel log.

A public screen's playout (clip id, played at, seconds shown) and a business
TV's channel log are no person's viewing history: nobody in particular watched.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .cafe import CAFE_CODE, GEAR
from .phone import FB, iso, ms

CMS = "https://cms.signcast.example"
PLAYER_UA = "SigncastPlayer/4.0.7 (Tizen 6.5; QB55R)"


def _player(c: Context, method: str, url: str) -> FB:
    b = FB(c, "signage", method, url, http_version="HTTP/1.1")
    b.header("user-agent", PLAYER_UA)
    return b


def playlist(c: Context) -> Flow:
    screen = c.rng.choice(["signage_1", "signage_2"])
    b = _player(c, "GET", f"{CMS}/v1/screens/{GEAR[screen]}/playlist")
    b.decoy("signage player's serial (the café's screen) and its clip playlist")
    b.ok_json(
        {
            "items": [
                {"clipId": f"HL-{c.rng.randint(1000, 9999)}", "durationSec": c.rng.randint(8, 45),
                 "src": f"https://media.signcast.example/{new_hex(c.rng, 16)}.mp4"}
                for _ in range(6)
            ],
            "loop": True,
        }
    )  # fmt: skip
    return b.build()


def proof_of_play(c: Context) -> Flow:
    screen = c.rng.choice(["signage_1", "signage_2"])
    b = _player(c, "POST", f"{CMS}/v1/pop")
    b.decoy("proof-of-play of the café's public screen: clips shown, not a person's viewing")
    b.json(
        {
            "screenSerial": GEAR[screen],
            "screenMac": GEAR["signage_mac"],
            "store": CAFE_CODE,
            "plays": [
                {"clipId": f"HL-{c.rng.randint(1000, 9999)}", "playedAt": ms(c) - i * 30000,
                 "playedSec": c.rng.randint(8, 45), "completed": True}
                for i in range(c.rng.randint(3, 8))
            ],
        }
    )  # fmt: skip
    b.no_content()
    return b.build()


def lobby_tv_tuning(c: Context) -> Flow:
    b = _player(c, "POST", "https://iptv-biz.signcast.example/v2/tuning-log")
    b.decoy("the lobby TV's channel log: a business's public screen, not a person's viewing")
    b.json(
        {
            "stbId": GEAR["lobby_tv"],
            "venueType": "PC_BANG",
            "events": [
                {"ch": c.rng.choice([59, 121, 122, 135]), "name": "SPOTV GAMES",
                 "tunedAt": iso(c), "durSec": c.rng.randint(300, 7200)}
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )  # fmt: skip
    b.ok_json({"accepted": True})
    return b.build()


def clip_thumb(c: Context) -> Flow:
    b = _player(
        c, "GET", f"https://media.signcast.example/thumb/HL-{c.rng.randint(1000, 9999)}.jpg"
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def screen_health(c: Context) -> Flow:
    screen = c.rng.choice(["signage_1", "signage_2"])
    b = _player(c, "POST", f"{CMS}/v1/screens/{GEAR[screen]}/health")
    b.decoy("screen health with the café player's serial and MAC")
    b.json(
        {
            "serialNumber": GEAR[screen],
            "macAddr": GEAR["signage_mac"],
            "panelTempC": c.rng.randint(30, 55),
            "brightness": c.rng.randint(60, 100),
        }
    )
    b.no_content()
    return b.build()
