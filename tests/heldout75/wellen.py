"""Wellenreiter: a German internet-radio and radio-podcast app on the car's head
unit. Own backend api.wellenreiter.de with German key names (Hördauer, gehört,
Wiedergabeposition); the head unit's ANDROID_ID as a `geraeteId` query parameter
and its own install id in a cookie. Now-playing metadata is a public feed.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

API = "https://api.wellenreiter.de"
STATIONS = [
    ("st-1live", "1LIVE"),
    ("st-ndr2", "NDR 2"),
    ("st-p3", "NRK P3"),
    ("st-p4", "Sveriges Radio P4"),
    ("st-bayern3", "Bayern 3"),
]
SONGS = ["Peter Fox – Zukunft Pink", "Tame Impala – Dracula", "Zara Larsson – Lush Life"]


def _b(c: Context, method: str, path: str, params: list | None = None) -> FB:
    b = FB(c, "wellenreiter", method, API + path, params)
    b.header("user-agent", ua("Wellenreiter", "3.9.0", car=True))
    b.header("cookie", f"wrs={c.phone.radio_install}; consent=1")
    b.other_id("radio_install", where="cookie:wrs", detectable=False)
    return b


def listening_session(c: Context) -> Flow:
    sid, name = c.rng.choice(STATIONS)
    b = _b(c, "POST", "/v1/hoersitzung")
    b.json(
        {
            "senderId": sid,
            "sender": name,
            "beginn": iso(c),
            "gehört": c.rng.randint(60, 3600),
            "quelle": "fahrzeug",
        }
    )
    b.view("json:senderId/gehört")
    b.no_content()
    return b.build()


def podcast_position(c: Context) -> Flow:
    ep = f"pod-{c.rng.randint(1000, 9999)}"
    b = _b(c, "PUT", f"/v1/podcasts/folge/{ep}")
    b.json({"Wiedergabeposition": c.rng.randint(10, 3000), "Dauer": 3120, "abgeschlossen": False})
    b.view("json:Wiedergabeposition")
    b.no_content()
    return b.build()


def stream_ping(c: Context) -> Flow:
    sid, _ = c.rng.choice(STATIONS)
    b = _b(c, "GET", "/v1/ping")
    b.param("sender", sid)
    b.param("hoerdauer_s", str(c.rng.randint(30, 900)))
    b.param("geraeteId", b.id("aid_car_radio", where="query:geraeteId"))
    b.param("t", str(ms(c)))
    b.view("query:sender+hoerdauer_s")
    b.no_content()
    return b.build()


def favourites(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/favoriten")
    b.ok_json({"favoriten": [s for s, _ in STATIONS[:3]]})
    b.decoy("saved stations list (not listening history)")
    return b.build()


def now_playing(c: Context) -> Flow:
    sid, name = c.rng.choice(STATIONS)
    b = FB(c, "wellenreiter", "GET", f"https://meta.wellenreiter.de/jetzt/{sid}.json")
    b.ok_json(
        {
            "sender": name,
            "titel": c.rng.choice(SONGS),
            "seit": iso(c),
            "zuletzt": [c.rng.choice(SONGS) for _ in range(3)],
        }
    )
    b.decoy("station's public now-playing / recently played feed")
    return b.build()


def stream_audio(c: Context) -> Flow:
    sid, _ = c.rng.choice(STATIONS)
    b = FB(
        c,
        "wellenreiter",
        "GET",
        f"https://stream.wellenreiter.de/{sid}/high/stream.aac",
        [("aggregator", "wellenreiter"), ("listenerid", rid(c.rng))],
    )
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(400)))
    b.decoy("audio stream fetch with per-request listener nonce")
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/geraet")
    b.json({"installationsId": c.phone.radio_install, "plattform": "aaos", "version": "3.9.0"})
    b.other_id("radio_install", where="json:installationsId")
    b.ok_json({"ok": True})
    return b.build()


def opaque_stats(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/st")
    b.form([("p", b64(bytes(c.rng.getrandbits(8) for _ in range(120))))])
    b.view("form:p (encrypted)", detectable=False)
    b.no_content()
    return b.build()
