"""Radio Titano: a Sammarinese radio app (live stations, on-demand shows).

Listening sessions ("sessione_ascolto": station, start, seconds), an install id
in an `X-RT-Install` header, the ANDROID_ID as a path segment of the ping URL,
and an XOR-ed "pacchetto" the app hides its stats in. Decoys: now-playing
metadata, station list, stream chunks.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits
from tests.heldout.wire import b64

from . import measure
from .phone import FB, iso, ms, ua

API = "https://app.radiotitano.example.sm"
STREAM = "https://stream.radiotitano.example.sm"
STATIONS = ["rtv-radio", "titano-hits", "titano-classica", "rtv-notizie"]


def _hdr(b: FB) -> None:
    b.header("user-agent", ua("RadioTitano", "2.9.1"))
    b.other_id("radio_install", "header:x-rt-install")
    b.header("x-rt-install", b.ctx.phone.radio_install)


def sessione(c: Context) -> Flow:
    b = FB(c, "radio_app", "POST", f"{API}/api/sessione_ascolto")
    _hdr(b)
    b.view("json:sessione_ascolto")
    b.json(
        {
            "sessione_ascolto": {
                "stazione": c.rng.choice(STATIONS),
                "inizio": iso(c),
                "secondi": c.rng.randint(60, 7200),
                "uscita": c.rng.choice(["bt_auto", "altoparlante", "cuffie"]),
            }
        }
    )
    b.no_content()
    return b.build()


def ondemand_pos(c: Context) -> Flow:
    b = FB(
        c,
        "radio_app",
        "POST",
        f"{API}/api/podcast/pos",
    )
    _hdr(b)
    b.view("form:puntata,pos")
    b.form(
        [
            ("puntata", "pod-" + new_digits(c.rng, 5)),
            ("pos", str(c.rng.randint(10, 3500))),
            ("tot", "3600"),
            ("t", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()


def ping(c: Context) -> Flow:
    b = FB(c, "radio_app", "GET", f"{API}/api/device/-/ping")
    b.base = f"{API}/api/device/{b.id('aid_radio', where='path:device')}/ping"
    _hdr(b)
    b.ok_json({"ok": 1})
    return b.build()


def pacchetto(c: Context) -> Flow:
    """Stats XOR-ed with a fixed key and base64-ed: nothing readable."""
    raw = bytes(x ^ 0x5A for x in f"{c.rng.choice(STATIONS)}|{c.rng.randint(60, 5000)}".encode())
    b = FB(c, "radio_app", "POST", f"{API}/api/p")
    _hdr(b)
    b.view("form:d", detectable=False)
    b.form([("d", b64(raw)), ("v", "2")])
    b.no_content()
    return b.build()


def now_playing(c: Context) -> Flow:
    st = c.rng.choice(STATIONS)
    b = FB(c, "radio_app", "GET", f"{API}/api/stazioni/{st}/in-onda")
    b.decoy("now-playing metadata of a station")
    b.ok_json({"titolo": "Tuta gold", "artista": "Mahmood", "inizio": iso(c), "durata_s": 196})
    return b.build()


def stations(c: Context) -> Flow:
    b = FB(c, "radio_app", "GET", f"{API}/api/stazioni")
    b.decoy("station list")
    b.ok_json({"stazioni": [{"id": s, "bitrate": 128} for s in STATIONS]})
    return b.build()


def stream_chunk(c: Context) -> Flow:
    b = FB(
        c,
        "radio_cdn",
        "GET",
        f"{STREAM}/{c.rng.choice(STATIONS)}/aac_128/chunk_{c.rng.randint(1, 9999)}.aac",
    )
    b.decoy("audio stream chunk")
    b.respond(200, "audio/aac", b"\xff\xf1" + bytes(c.rng.randrange(256) for _ in range(100)))
    return b.build()


def census(c: Context) -> Flow:
    return measure.census_minutes(c, "RTV Radio", "sm.radiotitano")
