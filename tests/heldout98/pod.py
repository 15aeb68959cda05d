"""Her podcast / audio app (in-house listening log) with the Braze iOS SDK.

Sensitive: episodes she listened to and for how long (in-house `listen_log`, and
a Braze custom event `episode_played`). Braze SDK batches go to
`sdk.<cluster>.braze.com/api/v3/data` with `api_key`, `device_id` (the SDK's own
install id), `device` (`ios_idfv`, `model`, `os_version`) and `events`
(`name: "ce"`, `data.n` / `data.p` for a custom event) per the Braze SDK
request format (braze-docs device properties; Appboy iOS SDK headers). Decoys:
charts, episode audio fetches, show pages, a sleep-timer setting.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_wav

from .phone import FB, iso, ms, rid, ua

API = "https://api.podwave-example.jp"
EPS = ["ep_3301", "ep_8812", "ep_0457", "ep_6620", "ep_1208"]


def listen_log(c: Context) -> Flow:
    b = FB(c, "podwave", "POST", API + "/v2/me/listen_log")
    b.header("user-agent", ua("Podwave", "3.4"))
    b.view("body.logs[].episode_id/played_ms")
    b.json(
        {
            "logs": [
                {
                    "episode_id": c.rng.choice(EPS),
                    "show": "映画の話をしよう",
                    "played_ms": c.rng.randint(60_000, 3_000_000),
                    "position_ms": c.rng.randint(0, 3_600_000),
                    "finished": c.rng.random() < 0.3,
                    "listened_at": iso(c),
                }
                for _ in range(c.rng.randint(1, 3))
            ]
        }
    )
    b.no_content()
    return b.build()


def braze_data(c: Context) -> Flow:
    b = FB(c, "braze", "POST", "https://sdk.iad-05.braze.com/api/v3/data")
    b.header("x-braze-api-key", new_hex(c.rng, 8) + "-" + new_hex(c.rng, 4))
    b.other_id("braze_device", "body.device_id")
    b.view("body.events[].data.p (episode_played with played seconds)")
    b.json(
        {
            "api_key": new_hex(c.rng, 32),
            "device_id": c.phone.braze_device,
            "time": int(c.now),
            "sdk_version": "9.0.0",
            "device": {
                "ios_idfv": b.id("idfv_pod", where="body.device.ios_idfv"),
                "model": "iPhone16,1",
                "os_version": "17.5",
            },
            "events": [
                {
                    "name": "ce",
                    "data": {
                        "n": "episode_played",
                        "p": {
                            "episode_id": c.rng.choice(EPS),
                            "seconds_played": c.rng.randint(30, 3000),
                        },
                    },
                    "time": ms(c) / 1000,
                }
            ],
        }
    )
    b.ok_json({})
    return b.build()


def charts(c: Context) -> Flow:
    b = FB(c, "podwave", "GET", API + "/v2/charts?genre=film&country=JP")
    b.decoy("podcast chart: play counts per show (aggregate)")
    b.ok_json(
        {
            "chart": [
                {"show": new_digits(c.rng, 6), "plays": c.rng.randint(1000, 90000)}
                for _ in range(8)
            ]
        }
    )
    return b.build()


def audio_fetch(c: Context) -> Flow:
    b = FB(c, "podwave", "GET", "https://cdn.podwave-example.jp/a/" + c.rng.choice(EPS) + ".m4a")
    b.header("range", f"bytes={c.rng.randint(0, 10**6)}-")
    b.decoy("episode audio fetch (a download, not a listen report)")
    b.respond(206, "audio/mp4", fake_wav(c.rng.getrandbits(32), 700))
    return b.build()


def show_page(c: Context) -> Flow:
    b = FB(c, "podwave", "GET", API + "/v2/shows/" + new_digits(c.rng, 6))
    b.header("x-request-id", rid(c.rng))
    b.decoy("show page with episode list and durations")
    b.ok_json(
        {"episodes": [{"id": e, "duration_ms": c.rng.randint(600_000, 4_000_000)} for e in EPS]}
    )
    return b.build()


def sleep_timer(c: Context) -> Flow:
    b = FB(c, "podwave", "PUT", API + "/v2/me/settings")
    b.decoy("player settings: speed, sleep timer, skip intervals")
    b.json({"speed": 1.25, "sleepTimerMin": 30, "skipFwdSec": 30, "skipBackSec": 15})
    b.no_content()
    return b.build()
