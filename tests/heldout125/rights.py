"""Music-rights returns: what the radio and TV channels aired, track by track,
reported to the collecting society's portal through the station's back-end.

A list of ISRCs with air times and seconds played is the station's usage
report (like proof-of-play), not anyone's listening history: decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import FB, iso, rid, ua

API = "https://direitos.antena-atlantica.example/api"
UA = ua("AADireitos", "2.1.4")
TRACKS = [
    ("Carminho", "Estrela"), ("Ana Moura", "Desliza"), ("Rosalía", "Despechá"),
    ("Xutos & Pontapés", "À Minha Maneira"), ("Dino D'Santiago", "Kriolu"),
    ("Mariza", "Chuva"), ("Bad Bunny", "Tití Me Preguntó"),
]  # fmt: skip


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "aa-direitos", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _isrc(c: Context) -> str:
    return c.rng.choice(["PT", "ES", "US"]) + "A" + new_digits(c.rng, 2) + new_digits(c.rng, 7)


def usage_return(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/relatorios-utilizacao")
    b.decoy("music usage return: tracks the station aired, air time and seconds played")
    rows = []
    for _ in range(c.rng.randint(6, 14)):
        artist, title = c.rng.choice(TRACKS)
        rows.append(
            {
                "isrc": _isrc(c),
                "interprete": artist,
                "titulo": title,
                "hora_emissao": iso(c),
                "segundos_emitidos": c.rng.randint(20, 260),
                "estacao": c.rng.choice(["Rádio Atlântica", "Atlântica FM Porto", "AA1"]),
            }
        )
    b.json({"periodo": "2025-03", "entidade": "SPA", "utilizacoes": rows}, "gzip")
    b.ok_json({"recibo": f"REC-{new_digits(c.rng, 8)}"})
    return b.build()


def cue_sheet(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/cue-sheets/PRG{new_digits(c.rng, 6)}")
    b.decoy("cue sheet of music in a programme (timecodes in the programme)")
    b.ok_json(
        {
            "cues": [
                {
                    "isrc": _isrc(c),
                    "tc_in": f"00:{c.rng.randint(0, 50):02d}:{c.rng.randint(0, 59):02d}:00",
                    "duration": c.rng.randint(5, 90),
                    "usage": c.rng.choice(["BV", "BI", "VI"]),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def airplay_top(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/airplay/top?semana={c.rng.randint(1, 52)}")
    b.decoy("most-aired tracks of the week (station playlist statistics)")
    b.ok_json(
        {
            "top": [
                {"posicao": i + 1, "interprete": a, "titulo": t, "passagens": c.rng.randint(5, 40)}
                for i, (a, t) in enumerate(TRACKS[:5])
            ]
        }
    )
    return b.build()
