"""'Publica Play', the public-service broadcaster's player (RTP Play-like).

In-house watch log in European Portuguese keys (posicao, episodio, temporada,
tempo_visto), a continue-watching list ("continuar_a_ver") and comScore
Streaming Tag heartbeats. The comScore labels follow the Streaming Tag
(ns_st_ev play/hb/pause/end, ns_st_pt playback ms, ns_st_ci content id,
ns_st_pr / ns_st_ep titles, c2 publisher id, ns_ak advertising id, c12 the
SDK's own device id) as THEOplayer/web-connectors comscore/README.md and the
Adobe/comScore integration guides describe them, sent to
sb.scorecardresearch.com/p as a GET.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, exo_ua, iso, ms, rid, ua

HOST = "https://api.publicaplay.pt"
UA = ua("PublicaPlay", "5.3.12")
SHOWS = [
    ("Cuidado com a Língua", 8, 12),
    ("O Último Apaga a Luz", 3, 20),
    ("Telejornal", 0, 1),
    ("Terra Nossa", 2, 9),
    ("Bem-Vindos a Beirais", 5, 30),
]


def _show(c: Context) -> tuple[str, int, int, str]:
    name, season, eps = c.rng.choice(SHOWS)
    return (
        name,
        season,
        c.rng.randint(1, eps),
        f"p{c.rng.randint(1000, 13999)}e{c.rng.randint(100000, 999999)}",
    )


def watch_log(c: Context) -> Flow:
    name, season, ep, cid = _show(c)
    b = FB(c, "publica", "POST", f"{HOST}/v2/utilizador/registo-visualizacao")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(f"{b.acct('play_user')}:{rid(c.rng)}"))
    dur = c.rng.randint(1500, 3300)
    pos = c.rng.randint(30, dur)
    b.json(
        {
            "conteudo": {"id": cid, "programa": name, "temporada": season, "episodio": ep},
            "posicao": pos,
            "duracao": dur,
            "tempo_visto": min(pos, c.rng.randint(60, 1800)),
            "estado": c.rng.choice(["em_curso", "terminado", "pausa"]),
            "dispositivo": {"tipo": "android", "id": b.id("aid_play", where="body.dispositivo.id")},
            "ts": iso(c),
        }
    )
    b.view("body posicao/tempo_visto of programa+episodio")
    b.no_content()
    return b.build()


def continue_list(c: Context) -> Flow:
    b = FB(c, "publica", "PUT", "")
    aid = b.id("aid_play", where="path.dispositivos/{id}")
    b.base = f"{HOST}/v2/dispositivos/{aid}/continuar-a-ver"
    b.header("user-agent", UA)
    items = []
    for _ in range(c.rng.randint(2, 5)):
        name, _s, ep, cid = _show(c)
        items.append(
            {
                "idConteudo": cid,
                "titulo": name,
                "ep": ep,
                "progresso": c.rng.randint(3, 97),
                "ultimaVez": ms(c) - c.rng.randint(1, 9) * 86400000,
            }
        )
    b.json({"continuar_a_ver": items})
    b.view("body continuar_a_ver[].progresso")
    b.ok_json({"ok": True})
    return b.build()


def comscore_hb(c: Context, ev: str = "hb") -> Flow:
    name, season, ep, cid = _show(c)
    b = FB(c, "comscore", "GET", "https://sb.scorecardresearch.com/p")
    b.header("user-agent", UA)
    pairs = [
        ("c1", "19"), ("c2", "21290283"), ("ns_ap_an", "Publica Play"), ("ns_ap_pn", "android"),
        ("ns_ak", b.id("gaid", where="query.ns_ak")),
        ("c12", c.phone.cs_c12),
        ("ns_st_ev", ev), ("ns_st_mp", "exoplayer"), ("ns_st_ci", cid),
        ("ns_st_pr", name), ("ns_st_ep", f"Episódio {ep}"), ("ns_st_sn", str(season)),
        ("ns_st_pt", str(c.rng.randint(10, 2400) * 1000)),
        ("ns_st_cl", str(c.rng.randint(1500, 3300) * 1000)),
        ("ns_st_hc", str(c.rng.randint(1, 40))), ("ns_ts", str(ms(c))),
    ]  # fmt: skip
    b.other_id("cs_c12", "query.c12")
    for k, v in pairs:
        b.param(k, v)
    b.view("query ns_st_ev/ns_st_pt/ns_st_pr")
    b.respond(204, None)
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """A beacon whose payload is an AES blob: progress inside, nothing readable."""
    b = FB(c, "publica", "POST", f"{HOST}/b/e")
    b.header("user-agent", UA)
    blob = bytes(c.rng.getrandbits(8) for _ in range(96))
    b.json({"v": 3, "k": "pp7", "d": b64(blob)})
    b.view("body.d encrypted progress event", detectable=False)
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = FB(
        c, "publica", "GET", f"{HOST}/v2/catalogo/destaques", [("pagina", str(c.rng.randint(1, 4)))]
    )
    b.header("user-agent", UA)
    rows = [
        {
            "id": _show(c)[3],
            "titulo": s[0],
            "episodios": s[2],
            "imagem": f"https://img.publicaplay.pt/{s[0][:4]}.jpg",
        }
        for s in SHOWS
    ]
    b.ok_json({"destaques": rows, "pedido": rid(c.rng)})
    b.decoy("catalogue page (titles, episode counts), no watching")
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = FB(
        c,
        "publica",
        "GET",
        f"https://img.publicaplay.pt/thumbs/{c.rng.randint(10000, 99999)}_640x360.jpg",
    )
    b.header("user-agent", exo_ua("PublicaPlay", "5.3.12"))
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 600))
    b.decoy("thumbnail fetch")
    return b.build()


def hls_segment(c: Context) -> Flow:
    b = FB(
        c,
        "publica",
        "GET",
        f"https://vod.publicaplay.pt/hls/{c.rng.randint(100, 999)}/s{c.rng.randint(1, 600)}.ts",
    )
    b.header("user-agent", exo_ua("PublicaPlay", "5.3.12"))
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    b.decoy("video segment fetch")
    return b.build()
