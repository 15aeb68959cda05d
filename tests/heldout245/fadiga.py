"""Vigília DMS: the driver-fatigue cameras in the cabs and their vendor's cloud.

Each cab camera runs eye and face tracking on the driver. The vendor's
installer app on the supervisor's phone (used for commissioning and event
review at the depot) relays the cameras' event queues to the vendor: a
drowsiness event carries the driver's eye-closure measures (PERCLOS, eye
aspect ratio, closure time) and the 68 face landmarks of the frames around the
event; a periodic metrics report carries eye openness and blink rate; the
newer firmware batches landmark frames as protobuf with unnamed packed floats.
Drivers' face landmarks and eye-closure measures are face-analysis results of
a person: biometric, whoever the person is.

Ordinary: the camera's health (temperature, firmware, SD card, the camera's
serial - the operator's equipment), the mount calibration (the camera's own
pose, yaw / pitch / roll), and the fleet's daily alert totals per line.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .fleet import FROTA, MOTORISTAS
from .phone import LB, iso, ms, rf, rid, ua

API = "https://eu.cloud.vigilia-dms.example"
UA = ua("VigiliaInstalador", "3.4.0")


def _b(c: Context, method: str, url: str) -> LB:
    b = LB(c, "vigilia-dms", method, url)
    b.header("user-agent", UA)
    b.header("x-api-key", "vg_" + new_hex(c.rng, 32))
    return b


def _landmarks(c: Context, n: int = 68) -> list[list[float]]:
    return [[rf(c.rng, 180, 460, 1), rf(c.rng, 120, 420, 1)] for _ in range(n)]


def evento_sonolencia(c: Context) -> Flow:
    v = c.rng.choice(FROTA)
    b = _b(c, "POST", f"{API}/v2/eventos")
    b.bio("face_landmarks", "json pontosFaciais68 + perclos / olhosFechadosMs (driver)")
    b.json(
        {
            "camara": v.dms_serial,
            "viatura": v.numero,
            "motorista": c.rng.choice(MOTORISTAS),
            "tipo": c.rng.choice(["sonolencia", "microsono", "bocejo"]),
            "inicio": iso(c),
            "perclos": rf(c.rng, 0.15, 0.6, 3),
            "olhosFechadosMs": c.rng.randint(400, 3000),
            "ear": [rf(c.rng, 0.05, 0.3, 3) for _ in range(10)],
            "pontosFaciais68": [_landmarks(c) for _ in range(2)],
            "poseCabeca": {"yaw": rf(c.rng, -30, 30, 1), "pitch": rf(c.rng, -25, 10, 1)},
        }
    )
    b.ok_json({"idEvento": rid(c.rng), "aceite": True})
    return b.build()


def metricas_olhos(c: Context) -> Flow:
    v = c.rng.choice(FROTA)
    b = _b(c, "POST", f"{API}/v2/metricas/olhos")
    b.bio("face_analysis", "json aberturaOlhos / perclos / piscadelasPorMinuto (driver)")
    b.json(
        {
            "camara": v.dms_serial,
            "motorista": c.rng.choice(MOTORISTAS),
            "janela": {"inicio": iso(c), "segundos": 60},
            "aberturaOlhos": {"esquerdo": rf(c.rng, 0.4, 1, 3), "direito": rf(c.rng, 0.4, 1, 3)},
            "perclos": rf(c.rng, 0.02, 0.3, 3),
            "piscadelasPorMinuto": c.rng.randint(8, 30),
            "duracaoMediaPiscadelaMs": c.rng.randint(100, 400),
        }
    )
    b.no_content()
    return b.build()


def lote_protobuf(c: Context) -> Flow:
    v = c.rng.choice(FROTA)
    b = _b(c, "POST", f"{API}/v3/ingest/b")
    b.bio("face_landmarks", "protobuf field 3 packed floats (landmark frames)", detectable=False)
    frames = b"".join(
        pb_bytes(
            3,
            pb_varint(1, ms(c) + i * 100)
            + pb_packed_floats(2, [v for pt in _landmarks(c) for v in pt]),
        )
        for i in range(2)
    )
    b.set_body(pb_bytes(1, v.dms_serial) + frames, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def estado_camara(c: Context) -> Flow:
    v = c.rng.choice(FROTA)
    b = _b(c, "POST", f"{API}/v2/dispositivos/{v.dms_serial}/estado")
    b.decoy("cab camera health with its serial (the operator's equipment)")
    b.json(
        {
            "firmware": "DMS-5.12." + str(c.rng.randint(0, 9)),
            "temperaturaC": c.rng.randint(35, 70),
            "cartaoSdLivreMb": c.rng.randint(1000, 30000),
            "ligado": True,
            "viatura": v.numero,
        }
    )
    b.no_content()
    return b.build()


def calibracao(c: Context) -> Flow:
    v = c.rng.choice(FROTA)
    b = _b(c, "PUT", f"{API}/v2/dispositivos/{v.dms_serial}/calibracao")
    b.decoy("camera mount pose (yaw / pitch / roll of the camera, not a face)")
    b.json(
        {
            "montagem": {
                "yaw": rf(c.rng, -20, 20, 2),
                "pitch": rf(c.rng, -15, 5, 2),
                "roll": rf(c.rng, -3, 3, 2),
            },
            "distanciaCondutorCm": c.rng.randint(55, 85),
            "infravermelho": True,
        }
    )
    b.ok_json({"guardado": True})
    return b.build()


def resumo_alertas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/relatorios/alertas?periodo=24h&frota=tul")
    b.decoy("fleet's daily alert totals per line (aggregate, no face data)")
    b.ok_json(
        {
            "porLinha": [
                {"linha": ln, "sonolencia": c.rng.randint(0, 9), "distracao": c.rng.randint(0, 20)}
                for ln in ("15E", "28E", "Linha Azul", "Linha Verde")
            ]
        }
    )
    return b.build()
