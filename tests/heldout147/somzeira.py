"""Somzeira: a Brazilian music and podcast app (sertanejo, funk, pagode; podcasts).

Plays are reported as `reproducoes` with `ms_tocados` and `tocado_em`; podcast
progress goes to `/episodios/{id}/progresso` in seconds (`segundos_ouvidos`).
The offline queue flushes packed rows under `r` (MessagePack, base64). Charts
("Top 50 Brasil" with play counts), lyrics, search and the radio seed list are
not listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, mpack

from .phone import FB, iso, ms, rid, ua

API = "https://api.somzeira.example"
UA = ua("Somzeira", "8.4.0")
FAIXAS = [
    ("Evidências", "Chitãozinho & Xororó"),
    ("Tá Escrito", "Grupo Revelação"),
    ("Leão", "Marília Mendonça"),
    ("Envolver", "Anitta"),
    ("Asa Branca", "Luiz Gonzaga"),
]
PODCASTS = ["Café da Manhã", "Mano a Mano", "Podpah", "Fala Gospel"]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "somzeira", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-sz-install", b.id("som_install", where="header x-sz-install"))
    return b


def reproducoes(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/eventos/reproducoes")
    b.view("json reproducoes[] faixa + ms_tocados + tocado_em")
    itens = []
    for _ in range(c.rng.randint(1, 4)):
        faixa, artista = c.rng.choice(FAIXAS)
        itens.append(
            {
                "faixa_id": "sz:" + new_hex(c.rng, 12),
                "faixa": faixa,
                "artista": artista,
                "ms_tocados": c.rng.randint(30000, 240000),
                "tocado_em": iso(c),
                "origem": c.rng.choice(["playlist", "radio", "busca"]),
            }
        )
    b.json({"android_id": b.id("aid_som", where="json android_id"), "reproducoes": itens}, "gzip")
    b.ok_json({"aceitos": len(itens)})
    return b.build()


def progresso_podcast(c: Context) -> Flow:
    ep = c.rng.randint(100, 999)
    b = _b(c, "PUT", f"{API}/v1/episodios/{ep}/progresso")
    b.view("json segundos_ouvidos (podcast episode)")
    b.json(
        {
            "podcast": c.rng.choice(PODCASTS),
            "segundos_ouvidos": c.rng.randint(60, 5400),
            "concluido": c.rng.random() < 0.2,
            "atualizado": ms(c),
        }
    )
    b.no_content()
    return b.build()


def fila_offline(c: Context) -> Flow:
    """Offline plays: [track, ms, ts] rows, MessagePack, base64, under 'r'."""
    b = _b(c, "POST", f"{API}/q")
    b.view("json r = base64(msgpack rows)", detectable=False)
    rows = [[c.rng.randint(10**6, 10**7), c.rng.randint(30000, 240000), ms(c)] for _ in range(4)]
    b.json({"r": b64(mpack(rows))})
    b.no_content()
    return b.build()


def ouvidos_recentemente(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/ouvidos-recentemente?limite=20")
    b.view("response json historico[] faixa + ouvido_em", direction="response")
    b.ok_json(
        {
            "historico": [
                {"faixa": f, "artista": a, "ouvido_em": iso(c)} for f, a in c.rng.sample(FAIXAS, 3)
            ]
        }
    )
    return b.build()


def top50(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/paradas/top-50-brasil", device=False)
    b.decoy("chart with play counts (aggregate over all listeners)")
    b.ok_json(
        {
            "faixas": [
                {"pos": i + 1, "faixa": f, "artista": a, "reproducoes": c.rng.randint(10**5, 10**8)}
                for i, (f, a) in enumerate(FAIXAS)
            ]
        }
    )
    return b.build()


def letra(c: Context) -> Flow:
    faixa, artista = c.rng.choice(FAIXAS)
    b = _b(c, "GET", f"{API}/v1/letras?faixa={faixa}", device=False)
    b.decoy("synced lyrics with line timestamps (content, not playback)")
    b.ok_json(
        {
            "artista": artista,
            "linhas": [{"t_ms": i * 4200, "texto": "la la la"} for i in range(6)],
        }
    )
    return b.build()


def busca(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/busca?q=forr%C3%B3&tipo=faixa", device=False)
    b.decoy("search results with track durations")
    b.ok_json(
        {
            "resultados": [
                {"faixa": f, "duracao_ms": c.rng.randint(150000, 260000)} for f, _ in FAIXAS
            ]
        }
    )
    return b.build()


def preview(c: Context) -> Flow:
    b = FB(c, "somzeira", "GET", f"https://cdn.somzeira.example/a/{new_hex(c.rng, 24)}.mp4")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", "bytes=0-")
    b.respond(206, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def playlist_edit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/playlists/{rid(c.rng)}/faixas", device=False)
    b.json({"adicionar": ["sz:" + new_hex(c.rng, 12)], "posicao": c.rng.randint(0, 30)})
    b.ok_json({"snapshot": new_hex(c.rng, 20)})
    return b.build()
