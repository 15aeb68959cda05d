"""PalaroLive: volleyball (PVL, UAAP) and boxing streams from Davao, with Adjust.

The player sends heartbeats with Cebuano event names (`sugod`, `hunong`,
`padayon`, `human`) and `posisyon`; Adjust sessions carry the GAID, ANDROID_ID
and Adjust's `adid`. Scoreboards, fight cards and the ad-break schedule are not
viewing history. A DRM licence request carries an opaque challenge.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, android_ua, ms, rid

API = "https://api.palarolive.example"
EVENTS = [
    "pvl-creamline-vs-choco-mucho",
    "uaap-ust-vs-nu-w",
    "boxing-pacquiao-exhibition-r3",
    "pvl-petrogazz-vs-cignal",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "palaro", method, url)
    b.header("user-agent", android_ua("PalaroLive", "2.9.4"))
    return b


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/player/pitik")
    b.view("json hitabo (sugod/hunong/padayon) + sulod_id + posisyon")
    b.json(
        {
            "hitabo": c.rng.choice(["sugod", "hunong", "padayon", "human"]),
            "sulod_id": c.rng.choice(EVENTS),
            "posisyon": c.rng.randint(0, 9000),
            "live": c.rng.random() < 0.6,
            "oras": ms(c),
        }
    )
    b.no_content()
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", android_ua("PalaroLive", "2.9.4"))
    b.form(
        [
            ("app_token", "q8x2kd0fz4sg"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("aid_palaro", where="form android_uuid (ANDROID_ID)")),
            ("adid", b.id("adjust_adid", where="form adid (Adjust device id)")),
            ("environment", "production"),
            ("session_count", str(c.rng.randint(2, 80))),
            ("created_at", str(ms(c))),
        ]
    )
    b.ok_json({"adid": "", "message": "Session tracked"})
    return b.build()


def scoreboard(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/live/iskor/{c.rng.choice(EVENTS)}")
    b.decoy("live set scores and rally times (match data)")
    b.ok_json(
        {
            "sets": [[c.rng.randint(15, 25), c.rng.randint(15, 25)] for _ in range(3)],
            "tantos_oras": ms(c),
        }
    )
    return b.build()


def fight_card(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/boksing/fight-card?lugar=davao")
    b.decoy("boxers' public records and weights")
    b.ok_json({"mga_away": [{"pula": "Jerwin Ancajas", "asul": "TBA", "timbang_lb": 115}]})
    return b.build()


def drm_license(c: Context) -> Flow:
    b = _b(c, "POST", f"https://drm.palarolive.example/widevine?kid={new_hex(c.rng, 32)}")
    b.decoy("DRM licence challenge (opaque bytes, a key id, no person)")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(300)), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def ad_breaks(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ads/pod?sulod={c.rng.choice(EVENTS)}&req={rid(c.rng)}")
    b.decoy("ad-break schedule for an event (cue points, no watcher)")
    b.ok_json({"cue": [600, 1800, 3000], "tok": b64(rid(c.rng))})
    return b.build()
