"""The station's off-air monitoring and compliance logger (ERC retention).

The logger records every channel around the clock; she pulls loudness series,
alarms, a thumbnail of the transmitted frame and clips of aired segments for a
complaint. A bookmark in a 90-day recording is a reviewer's cursor (like an
editor's timeline), not a viewer's watch progress: decoy.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, fake_mp4

from .phone import FB, iso, ms, rf, rid, ua

API = "https://monitor.antena-atlantica.example"
UA = ua("AALogger", "2.4.0")
CHANNELS = ["aa1", "aa2", "aanoticias", "radio-atlantica"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "aa-logger", method, url)
    b.header("user-agent", UA)
    b.header("x-api-key", "lg_" + rid(c.rng).replace("-", "")[:24])
    return b


def loudness(c: Context) -> Flow:
    ch = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"{API}/v1/canais/{ch}/loudness?janela=15m")
    b.decoy("loudness series (LUFS) of the transmitted signal, a float series")
    b.ok_json(
        {
            "canal": ch,
            "norma": "EBU R128",
            "lufs_m": [rf(c.rng, -30, -18, 1) for _ in range(60)],
            "true_peak_dbtp": rf(c.rng, -3, -0.5, 1),
        }
    )
    return b.build()


def alarms(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/alarmes?estado=ativo")
    b.decoy("signal alarms with equipment names")
    b.ok_json(
        {
            "alarmes": [
                {
                    "id": rid(c.rng),
                    "canal": c.rng.choice(CHANNELS),
                    "tipo": c.rng.choice(["BLACK", "FREEZE", "SILENCE", "CC_MISSING"]),
                    "desde": iso(c),
                    "duracao_seg": c.rng.randint(2, 40),
                }
                for _ in range(c.rng.randint(0, 4))
            ]
        }
    )
    return b.build()


def frame_thumbnail(c: Context) -> Flow:
    ch = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"{API}/v1/canais/{ch}/miniatura.jpg?t={ms(c)}")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700))
    return b.build()


def compliance_clip(c: Context) -> Flow:
    ch = c.rng.choice(CHANNELS)
    b = _b(c, "POST", f"{API}/v1/gravacoes/{ch}/excertos")
    b.decoy("clip request of aired material for a regulator complaint (compliance recording)")
    start = c.rng.randint(0, 86000)
    b.json(
        {
            "processo": f"ERC/{c.rng.randint(100, 999)}/2025",
            "inicio_seg": start,
            "fim_seg": start + c.rng.randint(30, 600),
            "formato": "mp4",
            "motivo": "queixa de telespectador",
        }
    )
    b.ok_json({"excerto_id": rid(c.rng), "estado": "em_fila"})
    return b.build()


def clip_download(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/excertos/{rid(c.rng)}.mp4")
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 900))
    return b.build()


def review_bookmark(c: Context) -> Flow:
    ch = c.rng.choice(CHANNELS)
    b = _b(c, "PUT", f"{API}/v1/gravacoes/{ch}/marcadores")
    b.decoy(
        "reviewer's bookmark (position) in the 24/7 compliance recording: an editor-style "
        "cursor of the station's own output, not her watching (ambiguous; chosen decoy)"
    )
    b.json(
        {
            "gravacao": f"{ch}-{c.rng.randint(1, 28):02d}032025",
            "posicao_seg": c.rng.randint(0, 86399),
            "nota": c.rng.choice(["legenda em falta", "pico de áudio", "logótipo ausente"]),
            "revisor": "icarvalho",
        }
    )
    b.no_content()
    return b.build()
