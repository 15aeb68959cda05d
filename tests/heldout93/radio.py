"""'Ondas', a radio app (Antena / Renascença / Comercial / Açores and Madeira
regional stations).

Its own listening sessions (JSON, and a protobuf batch from the newer player
library with no key names at all), a Marktest / GfK-like radio audience
meter (a GET pixel with station, seconds listened and a SHA-256 of the
ANDROID_ID under a meaningless key) and ordinary now-playing fetches.
The meter is modelled on audience-measurement pixels in general, not on a
specific vendor's undocumented format.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

HOST = "https://api.ondasradio.pt"
UA = ua("Ondas", "2.9.4")
STATIONS = ["antena1", "antena1-acores", "antena1-madeira", "rr", "comercial", "m80", "rdp-acores"]


def listen_session(c: Context) -> Flow:
    b = FB(c, "ondas", "POST", f"{HOST}/escuta/sessao")
    b.header("user-agent", UA)
    start = ms(c) - c.rng.randint(60, 7200) * 1000
    b.json(
        {
            "estacao": c.rng.choice(STATIONS),
            "inicio": start,
            "fim": ms(c),
            "segundosOuvidos": (ms(c) - start) // 1000,
            "origem": c.rng.choice(["favoritos", "pesquisa", "widget", "android_auto"]),
            "instalacao": c.phone.radio_install,
        }
    )
    b.other_id("radio_install", "body.instalacao")
    b.view("body estacao + segundosOuvidos")
    b.no_content()
    return b.build()


def listen_protobuf(c: Context) -> Flow:
    """The newer player's batch: protobuf, field numbers only."""
    b = FB(c, "ondas", "POST", f"{HOST}/v3/b")
    b.header("user-agent", UA)
    rows = [
        pb_msg(
            2,
            [
                pb_bytes(1, c.rng.choice(STATIONS)),
                pb_varint(2, ms(c) // 1000 - c.rng.randint(60, 9000)),
                pb_varint(3, c.rng.randint(30, 5400)),
            ],
        )
        for _ in range(c.rng.randint(1, 4))
    ]
    b.set_body(pb_bytes(1, c.phone.radio_install) + b"".join(rows), "application/x-protobuf")
    b.other_id("radio_install", "body.pb.1", detectable=False)
    b.view("protobuf field 2 station + seconds listened, no key names", detectable=False)
    b.no_content()
    return b.build()


def audience_pixel(c: Context) -> Flow:
    b = FB(c, "meter", "GET", "https://pt.medicao-radio.net/px")
    b.header("user-agent", UA)
    pairs = [
        ("estacao", c.rng.choice(STATIONS)),
        ("tempo_escuta", str(c.rng.randint(30, 3600))),
        ("ev", c.rng.choice(["inicio", "continua", "fim"])),
        ("k", b.id("aid_radio", "sha256", where="query.k", detectable=False)),
        ("r", str(c.rng.randint(10**8, 10**9))),
    ]
    for k, v in pairs:
        b.param(k, v)
    b.view("query estacao + tempo_escuta")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def now_playing(c: Context) -> Flow:
    st = c.rng.choice(STATIONS)
    b = FB(c, "ondas", "GET", f"{HOST}/agora/{st}")
    b.header("user-agent", UA)
    b.ok_json({"estacao": st, "musica": "Canção do Mar", "inicio": iso(c), "duracao": 212})
    b.decoy("now-playing metadata (what the station plays, not what the user heard)")
    return b.build()


def stations(c: Context) -> Flow:
    b = FB(
        c,
        "ondas",
        "GET",
        f"{HOST}/estacoes",
        [("regiao", c.rng.choice(["acores", "madeira", "continente"]))],
    )
    b.header("user-agent", UA)
    rows = [
        {"id": s, "lat": 38.7 + i * 0.3, "lon": -27.2 + i * 2.1} for i, s in enumerate(STATIONS)
    ]
    b.ok_json({"estacoes": rows, "pedido": rid(c.rng)})
    b.decoy("station list with transmitter coordinates")
    return b.build()
