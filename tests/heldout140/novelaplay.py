"""Novelaplay: a Mexican telenovela and Liga MX streaming service with server-side
ad insertion (SSAI), the set's first party, on the Motorola and cast to the dongle.

The in-house team writes Spanish keys (`tiempo_visto`, `posicion_seg`,
`dispositivo`) with Spanglish in the live-sports player (`watchTimeSeg`). The
SSAI stitcher's ad beacons carry the episode and its stream position, so they
say what the person is watching (labelled viewing history; an ad server's
impression count alone would not be). The carousel, the "lo más visto" rail
(counts over all viewers), manifests, thumbnails and live scores are not.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, gz, jsb

from . import sdks
from .phone import FB, iso, ms, rid, ua

API = "https://api.novelaplay.example"
SSAI = "https://ssai.novelaplay.example"
UA = ua("Novelaplay", "5.8.1")
NOVELAS = [
    ("Corazón de Jalisco", "Capítulo 45"),
    ("La Herencia de los Montalvo", "Capítulo 112"),
    ("Amores de Barrio", "Capítulo 8"),
    ("Sombras en Polanco", "Capítulo 61"),
]
PARTIDOS = ["América vs Chivas", "Tigres vs Monterrey", "Pumas vs Cruz Azul", "Atlas vs León"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "novelaplay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("x-np-usuario", c.phone.novela_user)
    return b


def _contenido(c: Context) -> str:
    return f"NP{c.rng.randint(10**6, 10**7)}"


def registrar_dispositivo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/dispositivos/registro")
    b.json(
        {
            "dispositivo": {
                "id_android": b.id("aid_novela", where="json dispositivo.id_android"),
                "numero_serie": b.id("moto_serial", where="json dispositivo.numero_serie"),
                "marca": "motorola",
                "modelo": "motorola edge 40",
                "so": "Android 14",
            },
            "usuario": c.phone.novela_user,
            "plan": "Premium con anuncios",
        }
    )
    b.decoy("usuario is the account, not a device")
    b.ok_json({"ok": True, "dispositivos_activos": 3, "limite": 4})
    return b.build()


def progreso(c: Context) -> Flow:
    novela, capitulo = c.rng.choice(NOVELAS)
    dur = c.rng.randint(38, 52) * 60
    pos = c.rng.randint(30, dur)
    b = _b(c, "POST", f"{API}/api/v3/reproduccion/progreso")
    b.view("json contenido_id + posicion_seg + tiempo_visto")
    b.json(
        {
            "contenido_id": _contenido(c),
            "titulo": f"{novela} - {capitulo}",
            "posicion_seg": pos,
            "tiempo_visto": min(pos, c.rng.randint(60, 1800)),
            "duracion_seg": dur,
            "porcentaje": round(100 * pos / dur, 1),
            "dispositivo": {"android_id": b.id("aid_novela", where="json dispositivo.android_id")},
            "fecha": iso(c),
        }
    )
    b.no_content()
    return b.build()


def latido_futbol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/live/v1/heartbeat")
    b.view("json evento=latido + partido + watchTimeSeg")
    b.json(
        {
            "evento": "latido",
            "partido": c.rng.choice(PARTIDOS),
            "canal": "NP Fútbol 1",
            "watchTimeSeg": c.rng.randint(30, 5400),
            "calidad": c.rng.choice(["1080p", "720p"]),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def seguir_viendo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/perfil/seguir-viendo?limite=10")
    b.view("response json seguir_viendo[] (porcentaje_visto, visto_el)", direction="response")
    b.ok_json(
        {
            "seguir_viendo": [
                {
                    "contenido_id": _contenido(c),
                    "titulo": f"{n} - {cap}",
                    "porcentaje_visto": c.rng.randint(3, 97),
                    "visto_el": iso(c),
                }
                for n, cap in NOVELAS
            ]
        }
    )
    return b.build()


def beacon_opaco(c: Context) -> Flow:
    """The player's QoE batch, gzip then base64 under `d`: nothing readable outside."""
    novela, capitulo = c.rng.choice(NOVELAS)
    inner = {"c": _contenido(c), "t": f"{novela} {capitulo}", "p": c.rng.randint(0, 3000)}
    b = _b(c, "POST", f"{API}/t/e")
    b.view("json d = base64(gzip(json c/p)) player batch", detectable=False)
    b.json({"v": 2, "d": b64(gz(jsb(inner)))})
    b.no_content()
    return b.build()


def ssai_sesion(c: Context) -> Flow:
    """Stitcher session start: the ad id for targeting; the content id is a fetch."""
    b = FB(c, "novelaplay-ssai", "POST", f"{SSAI}/v1/sesiones")
    b.header("user-agent", UA)
    b.decoy("contentId of a stream being opened (a fetch, no watch time)")
    b.json(
        {
            "contentId": _contenido(c),
            "ifa": b.id("gaid", where="json ifa"),
            "ifaType": "aaid",
            "lmt": 0,
            "appBundle": "mx.novelaplay.android",
        }
    )
    sid = new_hex(c.rng, 24)
    b.ok_json({"sessionId": sid, "manifestUrl": f"{SSAI}/v1/sesiones/{sid}/master.m3u8"})
    return b.build()


def ssai_beacon(c: Context) -> Flow:
    novela, capitulo = c.rng.choice(NOVELAS)
    b = FB(c, "novelaplay-ssai", "GET", f"{SSAI}/v1/beacon/impresion")
    b.header("user-agent", UA)
    b.view("query contenido + capitulo + posicion_seg of the stitched ad break")
    b.params += [
        ("anuncio", f"cr_{new_hex(c.rng, 10)}"),
        ("cuartil", c.rng.choice(["inicio", "primer_cuartil", "medio", "completo"])),
        ("contenido", _contenido(c)),
        ("capitulo", f"{novela} {capitulo}"),
        ("posicion_seg", str(c.rng.randint(300, 2800))),
    ]
    b.respond(204, None)
    return b.build()


def manifiesto(c: Context) -> Flow:
    b = FB(c, "novelaplay-ssai", "GET", f"{SSAI}/v1/sesiones/{new_hex(c.rng, 24)}/master.m3u8")
    b.header("user-agent", UA)
    b.decoy("HLS manifest (a stream fetch)")
    lines = ["#EXTM3U", "#EXT-X-VERSION:6"]
    for bw, res in ((800000, "640x360"), (2500000, "1280x720"), (5000000, "1920x1080")):
        lines += [f"#EXT-X-STREAM-INF:BANDWIDTH={bw},RESOLUTION={res}", f"v{bw // 1000}/index.m3u8"]
    b.respond(200, "application/vnd.apple.mpegurl", ("\n".join(lines) + "\n").encode())
    return b.build()


def carrusel(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/home/carruseles?perfil=principal")
    b.decoy("catalogue rails with episode ids and durations (what is offered, not watched)")
    b.ok_json(
        {
            "carruseles": [
                {
                    "titulo": "Telenovelas que no te podés perder",
                    "items": [
                        {"contenido_id": _contenido(c), "titulo": n, "duracion_seg": 2700}
                        for n, _ in NOVELAS
                    ],
                }
            ]
        }
    )
    return b.build()


def mas_vistos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/ranking/lo-mas-visto?pais=MX")
    b.decoy("most-watched ranking: counts over all viewers (aggregate)")
    b.ok_json(
        {
            "ranking": [
                {"posicion": i + 1, "titulo": n, "vistas_semana": c.rng.randint(10**5, 10**7)}
                for i, (n, _) in enumerate(NOVELAS)
            ]
        }
    )
    return b.build()


def miniatura(c: Context) -> Flow:
    b = FB(c, "novelaplay-cdn", "GET", f"https://img.novelaplay.example/{new_hex(c.rng, 16)}.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()


def marcador(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/live/v1/marcador?partido={c.rng.randint(1000, 9999)}")
    b.decoy("live score with match minute (public sports data)")
    b.ok_json(
        {
            "partido": c.rng.choice(PARTIDOS),
            "minuto": c.rng.randint(1, 90),
            "goles": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
        }
    )
    return b.build()


def cast_dongle(c: Context) -> Flow:
    """Load on the family's cast dongle at the resume point: a play event and its serial."""
    novela, capitulo = c.rng.choice(NOVELAS)
    b = _b(c, "POST", f"{API}/api/v3/cast/cargar")
    b.view("json contenido_id + posicion_inicio_seg (cast load = play)")
    b.json(
        {
            "receptor": {
                "serie": b.id("cast_serial", where="json receptor.serie"),
                "modelo": "Chromecast with Google TV",
            },
            "contenido_id": _contenido(c),
            "titulo": f"{novela} - {capitulo}",
            "posicion_inicio_seg": c.rng.randint(0, 2500),
            "accion": "reproducir",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def comscore_capitulo(c: Context) -> Flow:
    novela, capitulo = c.rng.choice(NOVELAS)
    ev = c.rng.choice(["play", "hb", "pause", "end"])
    return sdks.comscore_stream(c, novela, capitulo, c.rng.randint(0, 2800) * 1000, ev)


def af_contenido(c: Context) -> Flow:
    novela, _ = c.rng.choice(NOVELAS)
    return sdks.appsflyer_event(
        c, "af_content_view", {"af_content_type": "novela", "titulo": novela}
    )
