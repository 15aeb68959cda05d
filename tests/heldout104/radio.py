"""Welle Wien: the community radio app she listens to and where she hosts a show.

Her listening is viewing history: the app's listening-session heartbeat
(station, programme, seconds listened), the "zuletzt gehört" list in a response,
and an older tracking pixel with single-letter parameters (opaque). The stream
URL carries the app's listener id and her advertising id (for audio ad
insertion; `ifa` is the IAB name for it). The now-playing feed, the programme
and her own show's listener statistics (aggregates) are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, ua

API = "https://api.wellewien.example"
UA = ua("WelleWien", "4.0.7")
SHOWS = ["Morgenwelle", "Klangwerkstatt", "Jazzkeller", "Wienerlied am Abend"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "wellewien", method, API + path)
    b.header("user-agent", UA)
    return b


def stream_connect(c: Context) -> Flow:
    b = FB(c, "wellewien", "GET", "https://stream.wellewien.example/live/hq.aac")
    b.header("user-agent", UA)
    b.header("icy-metadata", "1")
    b.params += [
        ("listenerId", b.id("radio_listener", where="query listenerId (app install id)")),
        ("ifa", b.id("gaid", where="query ifa (identifier for advertising)")),
        ("ifa_type", "aaid"),
    ]
    b.decoy("opening the live stream: fetching a stream, not a listening report")
    b.respond(
        200,
        "audio/aac",
        b"\xff\xf1" + bytes(c.rng.getrandbits(8) for _ in range(500)),
        headers=[("icy-name", "Welle Wien")],
    )
    return b.build()


def listen_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/hoersitzung/ping")
    b.view("json sender + sendung + hoerdauer_sek + zeitpunkt")
    b.json(
        {
            "sender": "welle-wien-live",
            "sendung": c.rng.choice(SHOWS),
            "hoerdauer_sek": c.rng.randint(30, 3600),
            "zeitpunkt": iso(c),
            "status": c.rng.choice(["play", "pause"]),
        }
    )
    b.no_content()
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/me/zuletzt-gehoert")
    b.view("response json sendungen[] with gehoert_am + minuten", direction="response")
    b.header("x-hoerer", b.acct("radio_user"))
    b.ok_json(
        {
            "sendungen": [
                {"titel": s, "gehoert_am": iso(c), "minuten": c.rng.randint(5, 90)}
                for s in SHOWS[:3]
            ]
        }
    )
    return b.build()


def pixel_opaque(c: Context) -> Flow:
    b = FB(c, "wellewien", "GET", "https://px.wellewien.example/p.gif")
    b.header("user-agent", UA)
    b.params += [
        ("s", "3"),
        ("p", str(c.rng.randint(1, 40))),
        ("t", str(c.rng.randint(30, 3600))),
        ("z", str(ms(c))),
    ]
    b.view(
        "query s/p/t/z (station, programme, seconds, time) under single letters", detectable=False
    )
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def now_on_air(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/jetzt-on-air")
    b.decoy("what the station is playing now: a public feed, not her listening")
    b.ok_json(
        {
            "sendung": c.rng.choice(SHOWS),
            "titel": "Spiegel im Spiegel",
            "gestartet": iso(c),
            "dauer_sek": 560,
        }
    )
    return b.build()


def show_stats(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/moderation/klangwerkstatt/statistik")
    b.decoy("her own show's listener counts and average listening minutes: aggregates")
    b.ok_json(
        {
            "folgen": [
                {
                    "datum": iso(c),
                    "hoerer": c.rng.randint(200, 3000),
                    "durchschnitt_min": c.rng.randint(8, 40),
                    "verlauf": [c.rng.randint(100, 900) for _ in range(12)],
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def playlist_upload(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/moderation/klangwerkstatt/playlist")
    b.decoy("the playlist she sends as host: a programme on air, not her listening")
    b.json(
        {
            "sendung": "Klangwerkstatt",
            "datum": "2026-12-03",
            "titel": [
                {
                    "start": f"21:{i * 5:02d}",
                    "artist": "Nils Frahm",
                    "song": "Says",
                    "id": new_hex(c.rng, 8),
                }
                for i in range(6)
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()
