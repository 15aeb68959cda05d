"""Sobremesa: a Chilean podcast app, on the family's iPhone.

Listening progress ("progreso", `posicion` in seconds) is synced per episode
with the vendor's IDFV in a header; the history comes back as "historial".
Dynamic ad insertion asks the ad server with the IDFA (`ifa`, `ifa_type=idfa`,
as IAB's guidelines for podcast ad requests name them). Episode downloads go
through Podtrac's measurement redirect: a fetch of a file, not a report of what
was heard. Transcripts with timestamps are content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js

from .phone import FB, ios_ua, iso, ms, rid

API = "https://api.sobremesa.example"
UA = ios_ua("Sobremesa", "4.2.0")
SHOWS = [
    ("Tengo un Plan", 212),
    ("Ruido Blanco", 88),
    ("La Cosa Nostra Podcast", 301),
    ("Crimen en Chile", 45),
    ("Fútbol y Sobremesa", 130),
]


def _b(c: Context, method: str, url: str, idfv: bool = True) -> FB:
    b = FB(c, "sobremesa", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    if idfv:
        b.header("x-device-idfv", b.id("idfv_sobremesa", where="header x-device-idfv"))
    return b


def _episodio(c: Context) -> tuple[str, str, int]:
    show, n = c.rng.choice(SHOWS)
    return (
        f"ep-{c.rng.randint(10**5, 10**6)}",
        f"{show} #{c.rng.randint(1, n)}",
        c.rng.randint(1200, 5400),
    )


def progreso(c: Context) -> Flow:
    eid, _, dur = _episodio(c)
    b = _b(c, "PATCH", f"{API}/v1/episodios/{eid}/progreso")
    b.view("json posicion / escuchado (episode progress)")
    pos = round(c.rng.uniform(30, dur), 1)
    b.json(
        {
            "posicion": pos,
            "duracion": dur,
            "escuchado": pos > dur - 60,
            "velocidad": 1.25,
            "at": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def historial(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/historial?pagina=1")
    b.view("response json historial[].posicion", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        eid, titulo, dur = _episodio(c)
        rows.append(
            {
                "episodioId": eid,
                "titulo": titulo,
                "posicion": c.rng.randint(0, dur),
                "escuchadoEn": iso(c),
            }
        )
    b.ok_json({"historial": rows})
    return b.build()


def anuncio_dai(c: Context) -> Flow:
    eid, _, _ = _episodio(c)
    b = FB(c, "sobremesa-ads", "GET", "https://ads.sobremesa.example/v2/vast")
    b.header("user-agent", UA)
    b.param("ep", eid)
    b.param("pos", "preroll")
    b.param("ifa", b.id("idfa", where="query ifa"))
    b.param("ifa_type", "idfa")
    b.param("lmt", "0")
    b.param("cb", str(c.rng.randint(10**8, 10**9)))
    b.respond(200, "application/xml", b'<?xml version="1.0"?><VAST version="4.0"></VAST>')
    return b.build()


def sync_opaco(c: Context) -> Flow:
    """Offline sync: base64 JSON rows under `e`, the install keyed by sha256(IDFV) under `k`."""
    b = _b(c, "POST", f"{API}/s", idfv=False)
    b.view("form e (base64 [ep, pos, ts] rows)", detectable=False)
    rows = [[_episodio(c)[0], c.rng.randint(0, 5000), ms(c)] for _ in range(c.rng.randint(1, 4))]
    b.form(
        [
            ("k", b.id("idfv_sobremesa", "sha256", "form k (sha256 of IDFV)", detectable=False)),
            ("e", b64(js(rows))),
        ]
    )
    b.no_content()
    return b.build()


def instalacion(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/instalaciones")
    b.json(
        {
            "installId": b.id("sobremesa_install", where="json installId"),
            "plataforma": "ios",
            "version": "4.2.0",
            "apnsToken": new_hex(c.rng, 64),
        }
    )
    b.ok_json({"registrada": True})
    return b.build()


def descarga(c: Context) -> Flow:
    b = FB(
        c,
        "podtrac",
        "GET",
        f"https://dts.podtrac.com/redirect.mp3/media.sobremesa.example/{_episodio(c)[0]}.mp3",
    )
    b.header("user-agent", UA)
    b.decoy("episode download through a measurement redirect (a fetch, not a listening report)")
    b.respond(
        302,
        None,
        headers=[("location", f"https://media.sobremesa.example/{new_hex(c.rng, 8)}.mp3")],
    )
    return b.build()


def transcripcion(c: Context) -> Flow:
    eid, _, _ = _episodio(c)
    b = _b(c, "GET", f"{API}/v1/episodios/{eid}/transcripcion", idfv=False)
    b.decoy("transcript segments with start times (content, no speaker model)")
    b.ok_json(
        {
            "segmentos": [
                {"inicio": i * 14.5, "hablante": f"Host {1 + i % 2}", "texto": "…y ahí le dije, po"}
                for i in range(6)
            ]
        }
    )
    return b.build()


def busqueda(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/buscar?q=true+crime+chile", idfv=False)
    b.decoy("search results with durations")
    b.ok_json(
        {
            "resultados": [
                {"id": _episodio(c)[0], "duracion": c.rng.randint(1200, 5000)} for _ in range(5)
            ]
        }
    )
    return b.build()


def suscribir(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/me/suscripciones", idfv=False)
    b.json({"showId": f"show-{c.rng.randint(100, 999)}", "notificar": True})
    b.ok_json({"ok": True, "id": rid(c.rng)})
    return b.build()
