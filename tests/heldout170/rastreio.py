"""VestLink: the club's GPS-vest and heart-rate-belt platform (player tracking).

Every vest and belt is the club's equipment (serials and MACs made per flow,
never the analyst's devices). Positions are pitch x/y in metres at 10 Hz,
heart rates are beats per minute, and the optical tracking export is a body
skeleton without any face point: none of it is biometric data in the issue's
sense. Heat maps and load reports are aggregates.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, ua

API = "https://api.vestlink.example"
UA = ua("VestLink", "3.2.0")
ARTICULACOES = [
    "pelvis",
    "ombro_esq",
    "ombro_dir",
    "cotovelo_esq",
    "cotovelo_dir",
    "anca_esq",
    "anca_dir",
    "joelho_esq",
    "joelho_dir",
    "tornozelo_esq",
    "tornozelo_dir",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vestlink", method, url)
    b.header("user-agent", UA)
    b.header("x-clube", "ribeira")
    return b


def _vest_serial(c: Context) -> str:
    return "VL7-" + new_hex(c.rng, 8).upper()


def positions(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sessoes/treino/posicoes")
    b.decoy("club GPS vest serial and x/y pitch positions (club's equipment, not biometric)")
    t0 = ms(c)
    b.json(
        {
            "colete": _vest_serial(c),
            "atleta": c.rng.randint(1, 30),
            "amostras": [
                {
                    "t": t0 + i * 100,
                    "x": rf(c.rng, 0, 105, 2),
                    "y": rf(c.rng, 0, 68, 2),
                    "vel": rf(c.rng, 0, 9, 2),
                }
                for i in range(20)
            ],
        },
        "gzip",
    )
    b.ok_json({"recebidas": 20})
    return b.build()


def heart_rate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sessoes/treino/fc")
    b.decoy("heart-rate belt series and belt MAC (club's belts; heart rate is no listed biometric)")
    b.json(
        {
            "cinta": {
                "mac": "E4:5F:01:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3)),
                "bateria": c.rng.randint(20, 100),
            },
            "atleta": c.rng.randint(1, 30),
            "bpm": [c.rng.randint(95, 192) for _ in range(30)],
            "inicio": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def skeleton(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/otico/esqueletos")
    b.decoy("optical body tracking skeleton, no face points (not biometric)")
    b.json(
        {
            "frame": c.rng.randint(0, 140000),
            "atletas": [
                {
                    "camisola": c.rng.randint(1, 99),
                    "articulacoes": {
                        j: [rf(c.rng, 0, 105, 2), rf(c.rng, 0, 68, 2), rf(c.rng, 0, 2, 2)]
                        for j in ARTICULACOES
                    },
                }
                for _ in range(3)
            ],
        }
    )
    b.no_content()
    return b.build()


def load_report(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/relatorios/carga?microciclo={c.rng.randint(1, 40)}")
    b.decoy("squad load aggregates (distance, sprints, average heart rate)")
    b.ok_json(
        {
            "plantel": [
                {
                    "atleta": n,
                    "distanciaKm": rf(c.rng, 4, 12, 2),
                    "sprints": c.rng.randint(3, 40),
                    "fcMedia": c.rng.randint(120, 165),
                    "cargaAguda": rf(c.rng, 200, 900, 1),
                }
                for n in range(1, 9)
            ]
        }
    )
    return b.build()


def vest_dock(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/docas/{c.rng.randint(1, 4)}/coletes")
    b.decoy("charging dock listing the club's vests: serials, firmware (club's equipment)")
    b.ok_json(
        {
            "coletes": [
                {"serie": _vest_serial(c), "firmware": "7.4.1", "bateria": c.rng.randint(5, 100)}
                for _ in range(6)
            ]
        }
    )
    return b.build()


def heatmap(c: Context) -> Flow:
    b = _b(
        c, "GET", f"{API}/v1/mapas-calor/{c.rng.randint(1, 30)}?jogo={c.rng.randint(2300, 2499)}"
    )
    b.decoy("heat map grid of a player's positions (aggregate)")
    b.ok_json({"grelha": [[c.rng.randint(0, 40) for _ in range(12)] for _ in range(8)]})
    return b.build()
