"""Ecrã+: the analyst's personal streaming app (series, films, the odd match replay).

The player posts `heartbeat` / `pausa` events with the title and `posicaoSeg`;
the home screen fetches "Continuar a ver" with positions. A lightweight pixel
carries the same progress as base64 pipe-separated text under `p`. Firebase
Analytics (app-measurement.com) batches are protobuf with the SDK's app
instance id as an unnamed string field. The catalogue, trailers, the "Top 10 em
Portugal" rail and the manifest fetches are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64url, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.ecramais.example"
UA = ua("EcraMais", "5.0.7")
TITULOS = ["Rabo de Peixe T2E4", "Glória E3", "Causa Própria E1", "Resumo: Clássico", "Sara E5"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ecramais", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _titulo(c: Context) -> tuple[str, str, int]:
    return f"cnt{c.rng.randint(10000, 99999)}", c.rng.choice(TITULOS), c.rng.randint(1500, 3600)


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/dispositivos")
    b.header("x-ecra-dispositivo", b.id("aid_ecra", where="header x-ecra-dispositivo"))
    b.json({"perfil": b.acct("ecra_profile"), "plataforma": "android", "drm": "widevine-L1"})
    b.ok_json({"maxStreams": 2, "sessao": rid(c.rng)})
    return b.build()


def heartbeat(c: Context, evento: str = "heartbeat") -> Flow:
    cid, titulo, dur = _titulo(c)
    b = _b(c, "POST", f"{API}/player/v1/eventos")
    b.view(f"json evento={evento} + conteudoId + posicaoSeg")
    b.json(
        {
            "evento": evento,
            "conteudoId": cid,
            "titulo": titulo,
            "posicaoSeg": c.rng.randint(10, dur),
            "duracaoSeg": dur,
            "perfil": b.acct("ecra_profile"),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/perfis/me/continuar-a-ver")
    b.view("response json itens[].posicaoSeg", direction="response")
    itens = []
    for _ in range(4):
        cid, titulo, dur = _titulo(c)
        itens.append(
            {
                "conteudoId": cid,
                "titulo": titulo,
                "posicaoSeg": c.rng.randint(60, dur),
                "duracaoSeg": dur,
                "vistoEm": iso(c),
            }
        )
    b.ok_json({"itens": itens})
    return b.build()


def progress_pixel(c: Context) -> Flow:
    cid, _t, dur = _titulo(c)
    b = FB(c, "ecramais", "GET", "https://px.ecramais.example/p.gif")
    b.header("user-agent", UA)
    b.view("query p = base64url(content|seconds|ts)", detectable=False)
    b.param("p", b64url(f"{cid}|{c.rng.randint(10, dur)}|{ms(c)}"))
    b.param("r", str(c.rng.randint(10**8, 10**9)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00;")
    return b.build()


def firebase_batch(c: Context) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)")
    event = pb_msg(
        2,
        [
            pb_bytes(2, "screen_view"),
            pb_varint(3, ms(c)),
            pb_msg(1, [pb_bytes(1, "ga_screen"), pb_bytes(2, "Home")]),
        ],
    )
    inst = b.id("ecra_app_instance", "protobuf", "protobuf bundle field 21", detectable=False)
    bundle = pb_msg(
        1, [pb_varint(1, 1), event, pb_bytes(14, "pt.ecramais.app"), pb_bytes(21, inst)]
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/catalogo/ecras/inicio")
    b.decoy("catalogue rails with durations and thumbnails")
    rails = []
    for nome in ("Novidades", "Séries portuguesas", "Desporto"):
        itens = []
        for _ in range(4):
            cid, titulo, dur = _titulo(c)
            itens.append(
                {
                    "conteudoId": cid,
                    "titulo": titulo,
                    "duracaoSeg": dur,
                    "imagem": f"https://img.ecramais.example/{cid}/16x9.jpg",
                }
            )
        rails.append({"nome": nome, "itens": itens})
    b.ok_json({"rails": rails})
    return b.build()


def top10(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/catalogo/top10?pais=PT")
    b.decoy("Top 10 most-watched in Portugal (aggregate over all viewers)")
    itens = []
    for pos in range(1, 11):
        cid, titulo, _dur = _titulo(c)
        itens.append(
            {
                "posicao": pos,
                "conteudoId": cid,
                "titulo": titulo,
                "horasVistas": c.rng.randint(10**4, 10**6),
            }
        )
    b.ok_json({"itens": itens})
    return b.build()


def manifest(c: Context) -> Flow:
    cid = f"cnt{c.rng.randint(10000, 99999)}"
    b = FB(c, "ecramais", "GET", f"https://vod.ecramais.example/{cid}/dash/manifest.mpd")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(
        200,
        "application/dash+xml",
        b'<?xml version="1.0"?><MPD mediaPresentationDuration="PT42M10S"><Period/></MPD>',
    )
    return b.build()


def trailer_thumb(c: Context) -> Flow:
    b = FB(
        c,
        "ecramais",
        "GET",
        f"https://img.ecramais.example/cnt{c.rng.randint(10000, 99999)}/16x9.jpg",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
