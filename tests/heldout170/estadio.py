"""The stadium's screens and PA: the club's playout server reports what ran.

Proof-of-play logs (which spot or replay ran on which LED board, when, for how
long) are a business's playout, explicitly not viewing history; the boards'
MACs and serials are the stadium's. PA announcement cues carry audio files of
the stadium announcer read by a text-to-speech engine: no speaker model.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz

from .phone import FB, iso, ms, rf, rid

API = "https://playout.estadio-ribeira.example"
UA = "PlayoutAgent/5.3 (Windows NT 10.0)"
SPOTS = ["Super Bock 15s", "Meo 20s", "Replay golo", "Bilheteira online", "Lineup visitante"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "playout", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.header("x-api-key", new_hex(c.rng, 32))
    b.decoy("x-api-key 32 hex of the playout server")
    return b


def proof_of_play(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/pop")
    b.decoy("proof-of-play of stadium LED boards: spot, start, duration (business playout)")
    b.json(
        {
            "ecra": {
                "nome": c.rng.choice(["LED anel sul", "Ecrã gigante norte", "Perimetral 3"]),
                "mac": "70:B3:D5:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3)),
            },
            "reproducoes": [
                {
                    "spot": c.rng.choice(SPOTS),
                    "inicio": iso(c),
                    "duracaoSeg": c.rng.choice([10, 15, 20, 30]),
                    "completo": True,
                }
                for _ in range(c.rng.randint(2, 5))
            ],
        }
    )
    b.ok_json({"gravados": True})
    return b.build()


def pop_compact(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/pop/lote")
    b.decoy("compressed batch of playout rows [board, spot, ts, seconds] (business playout)")
    rows = ";".join(
        f"{c.rng.randint(1, 12)},{c.rng.randint(100, 999)},{ms(c)},{c.rng.choice([10, 15, 30])}"
        for _ in range(8)
    )
    b.json({"v": 1, "d": b64(gz(rows.encode()))})
    b.no_content()
    return b.build()


def pa_cue(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/pa/cues")
    b.decoy("PA announcement cue (text-to-speech audio file, no speaker data)")
    b.json(
        {
            "texto": c.rng.choice(
                [
                    "Substituição na equipa da casa: sai o número 10, entra o número 21.",
                    "Golo! Marcou o número 9.",
                    "Pedimos aos adeptos que não utilizem pirotecnia.",
                ]
            ),
            "voz": "pt-PT-Standard-B",
            "audio": f"https://cdn.estadio-ribeira.example/pa/{new_hex(c.rng, 12)}.mp3",
            "zona": c.rng.choice(["todas", "bancada_norte", "camarotes"]),
        }
    )
    b.ok_json({"cue": rid(c.rng)})
    return b.build()


def board_health(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/ecras/estado")
    b.decoy("stadium board serials and temperatures (venue equipment)")
    b.ok_json(
        {
            "ecras": [
                {
                    "serie": "LDX" + new_hex(c.rng, 8).upper(),
                    "temperatura": rf(c.rng, 25, 55, 1),
                    "brilho": c.rng.randint(40, 100),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()
