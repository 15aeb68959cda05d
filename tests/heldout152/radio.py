"""RadioVesuvio: a live-radio aggregator app from Naples.

It logs tuning to live stations (`sintonizzazioni[]`: `emittente`, `inizio`,
`durata_ascolto_s`): a live-channel tuning log. A lighter build sends the same as
`q=12.1709112233.300` (station.start.seconds, no names). The install id is its own
(`X-Radio-Install`); one ping carries the ANDROID_ID base64'd under `u`. Station
lists with listener counts and the station's now-playing metadata are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, ua

API = "https://api.radiovesuvio.example"
UA = ua("RadioVesuvio", "4.0.7")
EMITTENTI = ["Radio Kiss Kiss Napoli", "Radio Marte", "RTL 102.5", "Radio Deejay", "Radio 24"]


def _b(c: Context, method: str, url: str, dev: bool = True) -> FB:
    b = FB(c, "radiovesuvio", method, url)
    b.header("user-agent", UA)
    if dev:
        b.header("x-radio-install", b.id("radio_install", where="header x-radio-install"))
    return b


def sintonizzazioni(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/statistiche/sintonizzazioni")
    b.view("json sintonizzazioni[].durata_ascolto_s")
    b.json(
        {
            "sintonizzazioni": [
                {
                    "emittente": c.rng.choice(EMITTENTI),
                    "inizio": iso(c),
                    "durata_ascolto_s": c.rng.randint(20, 5400),
                    "uscita": c.rng.choice(["cuffie", "altoparlante", "bluetooth_auto"]),
                }
                for _ in range(c.rng.randint(1, 3))
            ]
        }
    )
    b.no_content()
    return b.build()


def log_compatto(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/l", dev=False)
    b.view("query q (station.start.seconds)", detectable=False)
    b.param("q", f"{c.rng.randint(1, 40)}.{int(c.now)}.{c.rng.randint(20, 3600)}")
    b.param("u", b.id("aid_radio", "b64", "query u (base64 ANDROID_ID)", detectable=False))
    b.respond(204, None)
    return b.build()


def emittenti(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/emittenti?regione=campania", dev=False)
    b.decoy("station list with listener counts (aggregate over all listeners)")
    b.ok_json(
        {
            "emittenti": [
                {
                    "nome": e,
                    "ascoltatori_ora": c.rng.randint(200, 40000),
                    "stream": f"https://s.example/{i}",
                }
                for i, e in enumerate(EMITTENTI)
            ]
        }
    )
    return b.build()


def in_onda(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/emittenti/{c.rng.randint(1, 40)}/in-onda", dev=False)
    b.decoy("station's now-playing metadata (what the station plays, not what the user heard)")
    b.ok_json({"titolo": "Napule è", "artista": "Pino Daniele", "iniziato": iso(c), "durata": 218})
    return b.build()


def registra(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/installazioni")
    b.json(
        {
            "android_id": b.id("aid_radio", where="json android_id"),
            "versione": "4.0.7",
            "lingua": "it",
            "creato": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
