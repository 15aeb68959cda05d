"""The club's video and media systems: all work traffic, none of it anyone's viewing.

* The video-analysis platform (fictional `api.tacticavideo.example`) where the
  coaches cut and tag match footage: clip in / out points, tags, drawings,
  the player tracking overlay's pitch coordinates and the broadcast camera's
  pose. Work on footage, not what a person watched.
* The broadcast truck (unidad móvil) uploads its logs: camera feeds, tally,
  replay cues with timecodes.
* The stadium screens' play logs: which ad spots and replays the screens
  showed (proof of play for sponsors).
* Club TV's aggregate audience figures and its "más vistos" rail.
* HLS segments of the footage itself.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid, ua

TACT = "https://api.tacticavideo.example/v3"
MEDIA = "https://media.riachuelofc.example/api"
UA = ua("TacticaVideo", "5.4.0")
RIVALES = ["Huracán", "Lanús", "Banfield", "Platense", "Barracas Central", "Tigre"]
ETIQUETAS = ["Salida desde el fondo", "Pérdida", "Recuperación", "Córner", "Transición"]


def _t(c: Context, method: str, path: str) -> FB:
    b = FB(c, "tacticavideo", method, f"{TACT}/{path}")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 32))
    return b


def _m(c: Context, method: str, path: str) -> FB:
    b = FB(c, "riachuelo-media", method, f"{MEDIA}/{path}")
    b.header("user-agent", ua("RiachueloMedia", "2.2.0"))
    b.header("authorization", "Bearer " + new_hex(c.rng, 32))
    return b


def recorte(c: Context) -> Flow:
    b = _t(c, "POST", f"partidos/{c.rng.randint(100, 999)}/recortes")
    b.decoy("clip in/out points and duration on match footage (analysis work)")
    ini = c.rng.randint(0, 5400)
    b.json(
        {
            "rival": c.rng.choice(RIVALES),
            "inicioSeg": ini,
            "finSeg": ini + c.rng.randint(5, 40),
            "etiqueta": c.rng.choice(ETIQUETAS),
            "jugadores": c.rng.sample(range(1, 36), 3),
            "autor": "cuerpo técnico",
        }
    )
    b.ok_json({"id": rid(c.rng), "estado": "creado"})
    return b.build()


def etiquetas_partido(c: Context) -> Flow:
    b = _t(c, "GET", f"partidos/{c.rng.randint(100, 999)}/etiquetas")
    b.decoy("tagged events with timecodes (footage, not viewing)")
    b.ok_json(
        {
            "etiquetas": [
                {"tc": f"00:{c.rng.randint(0, 59):02d}:{c.rng.randint(0, 59):02d}", "tipo": t}
                for t in c.rng.sample(ETIQUETAS, 4)
            ]
        }
    )
    return b.build()


def tracking_overlay(c: Context) -> Flow:
    b = _t(c, "GET", f"partidos/{c.rng.randint(100, 999)}/tracking?frame={c.rng.randint(1, 9000)}")
    b.decoy("players' pitch coordinates and the camera pose (not a face)")
    b.ok_json(
        {
            "camara": {
                "yaw": rf(c.rng, -40, 40, 2),
                "pitch": rf(c.rng, -15, 0, 2),
                "roll": rf(c.rng, -1, 1, 3),
                "zoom": rf(c.rng, 1, 6, 2),
            },
            "jugadores": [
                {"dorsal": d, "x": rf(c.rng, 0, 105, 2), "y": rf(c.rng, 0, 68, 2)}
                for d in c.rng.sample(range(1, 36), 8)
            ],
        }
    )
    return b.build()


def segmento_footage(c: Context) -> Flow:
    b = FB(
        c,
        "tacticavideo",
        "GET",
        f"https://vod.tacticavideo.example/p{c.rng.randint(100, 999)}/tactica/720p/"
        f"seg_{c.rng.randint(1, 900):04d}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def _timecode(c: Context) -> str:
    h, m, sec, f = (
        c.rng.randint(0, 1),
        c.rng.randint(0, 59),
        c.rng.randint(0, 59),
        c.rng.randint(0, 24),
    )
    return f"{h:02d}:{m:02d}:{sec:02d}:{f:02d}"


def log_unidad_movil(c: Context) -> Flow:
    b = _m(c, "POST", "unidad-movil/logs")
    b.decoy("broadcast truck log: camera feeds, tally and replay timecodes")
    b.json(
        {
            "partido": f"Riachuelo vs {c.rng.choice(RIVALES)}",
            "eventos": [
                {
                    "tc": _timecode(c),
                    "camara": f"CAM{c.rng.randint(1, 12)}",
                    "accion": c.rng.choice(["tally_on", "replay_in", "replay_out", "grafica"]),
                }
                for _ in range(4)
            ],
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def log_pantallas(c: Context) -> Flow:
    b = _m(c, "POST", "pantallas/play-log")
    b.decoy("stadium screens proof-of-play: spots and replays shown, with durations")
    b.json(
        {
            "pantalla": c.rng.choice(["Pantalla Norte", "Pantalla Sur", "LED perimetral"]),
            "reproducciones": [
                {
                    "pieza": c.rng.choice(["Spot Quilmes 20s", "Repetición gol", "Sponsor Naldo"]),
                    "inicio": iso(c),
                    "duracionSeg": c.rng.choice([10, 15, 20, 30]),
                }
                for _ in range(3)
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def audiencia_club_tv(c: Context) -> Flow:
    b = _m(c, "GET", "clubtv/audiencia?periodo=7d")
    b.decoy("aggregate audience figures of club TV (not one person's viewing)")
    b.ok_json(
        {
            "videos": [
                {
                    "titulo": t,
                    "reproducciones": c.rng.randint(10**3, 10**6),
                    "minutosTotales": c.rng.randint(10**4, 10**7),
                }
                for t in ("Goles de la fecha", "Conferencia DT", "Detrás de escena")
            ]
        }
    )
    return b.build()


def mas_vistos(c: Context) -> Flow:
    b = _m(c, "GET", "clubtv/rails/mas-vistos?limite=10")
    b.decoy("'más vistos' rail (catalogue, aggregate)")
    b.ok_json(
        {
            "rail": "Más vistos",
            "items": [
                {"id": c.rng.randint(1000, 9999), "titulo": t, "duracion": c.rng.randint(60, 900)}
                for t in ("Resumen vs Lanús", "Entrevista al 10", "Vestuario", "Hinchada")
            ],
        }
    )
    return b.build()
