"""Bubble Bay, a kids' game with kid-safe ads (SuperAwesome AwesomeAds).

Sources: SuperAwesome's open-source iOS SDK (SuperAwesome/sa-mobile-sdk-ios:
AwesomeAds ad request GET ads.superawesome.tv/v2/ad/{placementId} with test,
sdkVersion, rnd, bundle, name, dauid, ct, lang, device, pos, skip, playbackmethod,
startdelay, instl, w, h; events on /v2/event and /v2/video/impression carry the
same dauid). Ads are contextual, but the SDK's own per-install id and the game's
vendor id still travel. The game's own backend uses terse keys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, js

from .phone import FB, ms, rf, rid, ua

ADS = "https://ads.superawesome.tv/v2"
API = "https://game.bubblebay.io/v1"
UA = ua("BubbleBay", "2.6.0", "260")


def _sa(c: Context, path: str) -> FB:
    b = FB(c, "superawesome", "GET", f"{ADS}{path}")
    b.header("user-agent", UA)
    return b


def sa_ad(c: Context) -> Flow:
    b = _sa(c, f"/ad/{c.rng.randint(30000, 39999)}")
    for k, v in (
        ("test", "false"),
        ("sdkVersion", "ios_9.3.2"),
        ("rnd", str(c.rng.randint(10**6, 10**7))),
        ("bundle", "io.bubblebay.game"),
        ("name", "Bubble Bay"),
        ("dauid", None),
        ("ct", "2"),
        ("lang", "en_GB"),
        ("device", "phone"),
        ("pos", "7"),
        ("skip", "1"),
        ("playbackmethod", "5"),
        ("startdelay", "0"),
        ("instl", "1"),
        ("w", "390"),
        ("h", "844"),
    ):
        b.param(k, v if v is not None else b.id("sa_dauid", where="query dauid", detectable=False))
    b.ok_json(
        {
            "id": c.rng.randint(10**5, 10**6),
            "creative": {
                "format": "video",
                "details": {"vast": "https://ads.superawesome.tv/v2/video/vast/x"},
            },
        }
    )
    return b.build()


def sa_event(c: Context) -> Flow:
    b = _sa(c, "/event")
    data = {
        "placement": c.rng.randint(30000, 39999),
        "line_item": c.rng.randint(1000, 9999),
        "creative": c.rng.randint(10**5, 10**6),
        "type": c.rng.choice(["impressionDownloaded", "viewable_impression", "parentalGateOpen"]),
    }
    b.param("data", js(data))
    b.param("sdkVersion", "ios_9.3.2")
    b.param("bundle", "io.bubblebay.game")
    b.param("dauid", b.id("sa_dauid", where="query dauid", detectable=False))
    b.param("ct", "2")
    b.param("rnd", str(c.rng.randint(10**6, 10**7)))
    b.respond(200, "application/json", b'{"success":true}')
    return b.build()


def game_boot(c: Context) -> Flow:
    b = FB(c, "bubblebay", "POST", f"{API}/boot")
    b.header("user-agent", UA)
    b.header("x-bb-vid", b.id("idfv_kids", where="header x-bb-vid (vendor id)"))
    b.json(
        {
            "inst": b.id("kids_install", where="body inst", detectable=False),
            "coppa": True,
            "ver": "2.6.0",
            "lvl": c.rng.randint(1, 80),
        }
    )
    b.ok_json({"flags": {"ads": "contextual"}})
    return b.build()


def game_analytics(c: Context) -> Flow:
    b = FB(c, "bubblebay", "POST", f"{API}/ev")
    b.header("user-agent", UA)
    evs = [
        {
            "n": c.rng.choice(["level_start", "level_end", "booster"]),
            "t": ms(c),
            "lvl": c.rng.randint(1, 80),
        }
        for _ in range(4)
    ]
    b.json(
        {
            "device": {"vendorId": b.id("idfv_kids", how="lower", where="body device.vendorId")},
            "events": evs,
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def camera_state(c: Context) -> Flow:
    b = FB(c, "bubblebay", "POST", f"{API}/replay/camera")
    b.header("user-agent", UA)
    b.json(
        {
            "cam": [
                {
                    "yaw": rf(c.rng, -180, 180, 2),
                    "pitch": rf(c.rng, -45, 45, 2),
                    "roll": 0.0,
                    "t": i * 33,
                }
                for i in range(10)
            ]
        }
    )
    b.decoy("in-game camera yaw/pitch/roll")
    b.no_content()
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "bubblebay", "GET", f"{API}/leaderboard")
    b.header("user-agent", UA)
    b.param("season", "12")
    b.decoy("leaderboard with avatar 'faces'")
    b.ok_json(
        {
            "rows": [
                {
                    "nick": f"Bubbler{c.rng.randint(1, 999)}",
                    "score": c.rng.randint(100, 99999),
                    "avatarFace": c.rng.choice(["smile", "wink", "cool"]),
                }
                for _ in range(8)
            ],
            "req": rid(c.rng),
        }
    )
    return b.build()


def save_opaque(c: Context) -> Flow:
    b = FB(c, "bubblebay", "PUT", f"{API}/save")
    b.header("user-agent", UA)
    b.json({"s": b64(bytes(c.rng.randrange(256) for _ in range(300)))})
    b.ok_json({"ok": True})
    return b.build()
