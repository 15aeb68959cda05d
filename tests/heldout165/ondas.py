"""Ondas: a podcast and radio app (iVoox / Podimo-like) on the family's iPhone.

Listening progress goes out as `segundos_escuchados` per episode; the live
radio side sends `sintonizacion` logs (station, from, seconds). The app's
Adjust SDK sends the IDFA (tracking was allowed) and IDFV. Rankings, episode
downloads and an RSS fetch are ordinary. A protobuf sync batch has unnamed
fields (episode id, seconds, ts).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import HB, ios_ua, iso, ms, rid

API = "https://api.ondas-podcast.example"
UA = ios_ua("Ondas", "7.4.1", "7410")
PODCASTS = [
    "La Ruina",
    "Nadie Sabe Nada",
    "Estirando el chicle",
    "Crims (podcast)",
    "Leyendas Legendarias",
    "Saliendo del Cascarón",
]


def _b(c: Context, method: str, url: str) -> HB:
    b = HB(c, "ondas", method, url)
    b.header("user-agent", UA)
    b.header("x-ondas-instalacion", b.id("ondas_install", where="header x-ondas-instalacion"))
    return b


def progreso_episodio(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/escuchas/progreso")
    b.view("json id_episodio + segundos_escuchados + completado")
    dur = c.rng.randint(1200, 5400)
    s = c.rng.randint(30, dur)
    b.json(
        {
            "id_episodio": c.rng.randint(10**6, 10**8),
            "podcast": c.rng.choice(PODCASTS),
            "segundos_escuchados": s,
            "duracion": dur,
            "completado": s > dur - 60,
            "actualizado": iso(c),
        }
    )
    b.no_content()
    return b.build()


def sintonizacion_radio(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/radio/sintonizacion")
    b.view("json emisora + desde + segundos (live-radio tuning log)")
    b.json(
        {
            "emisora": c.rng.choice(["Cadena SER", "COPE", "Onda Cero", "RAC1", "Los40"]),
            "desde": iso(c),
            "segundos": c.rng.randint(60, 7200),
            "origen": "carplay",
        }
    )
    b.no_content()
    return b.build()


def historial_escuchas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/yo/historial")
    b.view("response json escuchas[] (episodio, escuchado_el, segundos)", direction="response")
    b.ok_json(
        {
            "escuchas": [
                {
                    "episodio": c.rng.choice(PODCASTS),
                    "escuchado_el": iso(c),
                    "segundos": c.rng.randint(60, 4000),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def sync_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/s")
    b.view("protobuf repeated msg {1: episode, 2: seconds, 3: ts} (unnamed)", detectable=False)
    rows = [
        pb_msg(
            1,
            [
                pb_varint(1, c.rng.randint(10**6, 10**8)),
                pb_varint(2, c.rng.randint(30, 5000)),
                pb_varint(3, ms(c)),
            ],
        )
        for _ in range(c.rng.randint(2, 5))
    ]
    b.set_body(b"".join(rows) + pb_bytes(9, "ios"), "application/x-protobuf")
    b.no_content()
    return b.build()


def adjust_sesion(c: Context) -> Flow:
    b = HB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", "Ondas/7410 CFNetwork/1496.0.7 Darwin/23.6.0")
    b.header("client-sdk", "ios4.38.2")
    b.form(
        [
            ("app_token", "k4z9qxw2m1ts"),
            ("idfa", b.id("idfa", where="form idfa")),
            ("idfv", b.id("idfv", where="form idfv")),
            ("att_status", "3"),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(2, 90))),
            ("os_name", "ios"),
            ("device_type", "iPhone15,2"),
        ]
    )
    adid = b.id("ondas_adid", where="response json adid (Adjust device id)", direction="response")
    b.ok_json({"adid": adid, "message": "Session tracked"})
    return b.build()


def alta_ios(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dispositivos")
    b.json(
        {
            "idfv": b.id("idfv", where="json idfv"),
            "usuario": b.acct("ondas_user"),
            "apns": rid(c.rng).replace("-", "") * 2,
            "modelo": "iPhone 14",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def ranking(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ranking/semanal?pais=ES")
    b.decoy("podcast ranking by listens over all users (aggregate)")
    b.ok_json(
        {"ranking": [{"podcast": p, "escuchas": c.rng.randint(10**4, 10**6)} for p in PODCASTS]}
    )
    return b.build()


def descarga_episodio(c: Context) -> Flow:
    b = HB(
        c,
        "ondas-cdn",
        "GET",
        f"https://media.ondas-cdn.example/ep/{c.rng.randint(10**6, 10**8)}.mp3",
    )
    b.header("user-agent", "AppleCoreMedia/1.0.0.21G93 (iPhone; U; CPU OS 17_6_1 like Mac OS X)")
    b.header("range", "bytes=0-1048575")
    b.respond(206, "audio/mpeg", b"ID3\x04\x00" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()
