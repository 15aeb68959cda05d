"""FormaDent Online: continuing-education video courses the dentist watches for work.

Label decision: she is the person watching; a report of which lesson she watched
and how far is her viewing history whether or not it is for work (the issue's
definition has no exception for training). The LMS writes xAPI statements with
the video profile (`https://w3id.org/xapi/video/verbs/paused`, result extension
`.../extensions/time`), its own Spanish progress call, and a compact beacon of
rows under one-letter keys (opaque). The course catalogue, the most-watched rail
(an aggregate), Vimeo manifests, quizzes and certificates are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.formadent-online.example/v1"
LRS = "https://lrs.formadent-online.example/xapi"
UA = ua("FormaDent", "4.6.1")
CURSOS = [
    ("IMP-204", "Carga inmediata en implantología"),
    ("END-118", "Endodoncia rotatoria: casos complejos"),
    ("ORT-310", "Alineadores: planificación digital"),
    ("PER-077", "Periodoncia regenerativa"),
]
VIDEO = "https://w3id.org/xapi/video"


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "formadent", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    if device:
        b.header("x-dispositivo", b.id("aid_cursos", where="header x-dispositivo"))
    return b


def _leccion(c: Context) -> tuple[str, str, int]:
    code, title = c.rng.choice(CURSOS)
    return code, title, c.rng.randint(1, 12)


def xapi_pausa(c: Context) -> Flow:
    code, title, lesson = _leccion(c)
    b = _b(c, "POST", f"{LRS}/statements")
    b.header("x-experience-api-version", "1.0.3")
    b.view("json xAPI statement verb video/paused, result.extensions video/time")
    length = c.rng.randint(900, 3600)
    b.json(
        {
            "id": rid(c.rng),
            "actor": {
                "objectType": "Agent",
                "account": {
                    "homePage": "https://formadent-online.example",
                    "name": b.acct("cursos_user"),
                },
            },
            "verb": {"id": f"{VIDEO}/verbs/{c.rng.choice(['paused', 'played', 'seeked'])}"},
            "object": {
                "id": f"https://formadent-online.example/cursos/{code}/lecciones/{lesson}",
                "definition": {
                    "name": {"es-ES": f"{title} · lección {lesson}"},
                    "type": "https://w3id.org/xapi/video/activity-type/video",
                },
            },
            "result": {
                "extensions": {f"{VIDEO}/extensions/time": round(c.rng.uniform(30, length), 2)}
            },
            "context": {"extensions": {f"{VIDEO}/extensions/length": length}},
            "timestamp": iso(c),
        }
    )
    b.ok_json([rid(c.rng)])
    return b.build()


def progreso_leccion(c: Context) -> Flow:
    code, _, lesson = _leccion(c)
    b = _b(c, "PUT", f"{API}/cursos/{code}/lecciones/{lesson}/progreso", device=True)
    b.view("json segundos_vistos / porcentaje_visto of a lesson video")
    total = c.rng.randint(900, 3600)
    visto = c.rng.randint(60, total)
    b.json(
        {
            "segundos_vistos": visto,
            "duracion": total,
            "porcentaje_visto": round(100 * visto / total),
            "actualizado": iso(c),
        }
    )
    b.no_content()
    return b.build()


def seguir_viendo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/yo/seguir-viendo")
    b.view("response json lecciones[].posicion_seg", direction="response")
    b.ok_json(
        {
            "lecciones": [
                {
                    "curso": code,
                    "leccion": c.rng.randint(1, 12),
                    "posicion_seg": c.rng.randint(30, 2400),
                    "ultima_vez": iso(c),
                }
                for code, _ in c.rng.sample(CURSOS, 2)
            ]
        }
    )
    return b.build()


def baliza_compacta(c: Context) -> Flow:
    """Rows [course, lesson, seconds, ts] gzip+base64 under 'b': nothing readable says watching."""
    b = _b(c, "POST", f"{API}/t")
    b.view("form b (gzip+base64 rows)", detectable=False)
    rows = [
        [c.rng.choice(CURSOS)[0], c.rng.randint(1, 12), c.rng.randint(10, 3000), ms(c)]
        for _ in range(3)
    ]
    b.form([("b", b64(gz(js(rows).encode())))])
    b.no_content()
    return b.build()


def registro_app(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/dispositivos")
    did = b.id("aid_cursos", where="json id_dispositivo")
    b.json(
        {"id_dispositivo": did, "plataforma": "android", "version_app": "4.6.1", "idioma": "es-ES"}
    )
    b.ok_json({"ok": True})
    return b.build()


def catalogo_cursos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/cursos?especialidad=todas&orden=populares")
    b.decoy("course catalogue with most-watched counts (aggregates over all viewers)")
    b.ok_json(
        {
            "cursos": [
                {
                    "codigo": code,
                    "titulo": t,
                    "creditos": c.rng.choice([2.1, 3.4, 5.0]),
                    "visualizaciones": c.rng.randint(500, 40000),
                }
                for code, t in CURSOS
            ]
        }
    )
    return b.build()


def manifiesto_vimeo(c: Context) -> Flow:
    b = FB(
        c,
        "vimeo",
        "GET",
        f"https://vod-adaptive-ak.vimeocdn.com/exp={ms(c) // 1000 + 3600}"
        f"~hmac={new_hex(c.rng, 64)}/{rid(c.rng)}/v2/playlist/av/primary/playlist.json",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("stream manifest fetch (fetching a video is not viewing history)")
    b.ok_json(
        {
            "clip_id": rid(c.rng),
            "video": [{"bitrate": 2400000, "height": 720}],
            "audio": [{"bitrate": 128000}],
        }
    )
    return b.build()


def cuestionario(c: Context) -> Flow:
    code, _, lesson = _leccion(c)
    b = _b(c, "POST", f"{API}/cursos/{code}/evaluacion")
    b.json({"respuestas": [c.rng.randint(0, 3) for _ in range(10)], "leccion": lesson})
    b.ok_json({"nota": c.rng.randint(6, 10), "aprobado": True})
    return b.build()


def certificado(c: Context) -> Flow:
    code, _, _ = _leccion(c)
    b = _b(c, "GET", f"{API}/certificados/{code}.pdf")
    b.decoy("a CE credit certificate (document fetch)")
    b.respond(200, "application/pdf", b"%PDF-1.7\n" + new_hex(c.rng, 200).encode())
    return b.build()
