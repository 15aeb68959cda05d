"""TelaPlay: a broadcaster's streaming app (novelas, a reality show's 24-hour live
feed, news). Its in-house team writes Portuguese keys: watch progress goes to
`/v2/usuario/assistidos` (`tempo_assistido`, `progresso`), the live feed sends a
`batimento` (heartbeat) every minute with the channel and camera, and the home
screen's "Continue assistindo" rail comes back in a response. The player also
reports to NPAW's Youbora (start / ping / stop with `title`, `playhead`,
`mediaDuration`, the usual query-string form its SDK sends). Newer builds batch
player events gzip'd and base64'd under `d` (opaque). The catalogue, the
"Em alta" rail (counts over all viewers), manifests, thumbnails and the reality
show's vote are not viewing history.
"""

from __future__ import annotations

import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, jsb

from .phone import FB, iso, ms, rid, ua

API = "https://api.telaplay.example"
UA = ua("TelaPlay", "5.41.0")
NOVELAS = [
    ("nv-3381", "Terra e Paixão", "novela"),
    ("nv-3402", "Mania de Você", "novela"),
    ("nv-3419", "Garota do Momento", "novela"),
    ("rl-0077", "Casa dos Famosos 25", "reality"),
    ("jn-1102", "Jornal da Noite", "jornalismo"),
    ("sr-2210", "Justiça 2", "serie"),
]
YOUBORA = "https://a-fds.youborafds01.com"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "telaplay", method, url)
    b.header("user-agent", UA)
    b.header("x-tp-dispositivo", b.id("aid_tela", where="header x-tp-dispositivo"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _episode(c: Context) -> tuple[str, str, str, int, int]:
    pid, title, genre = c.rng.choice(NOVELAS)
    return pid, title, genre, c.rng.randint(1, 180), c.rng.randint(1800, 3600)


def progresso(c: Context) -> Flow:
    pid, title, genre, ep, dur = _episode(c)
    b = _b(c, "PUT", f"{API}/v2/usuario/assistidos/{pid}-cap{ep}")
    b.view("json tempo_assistido / progresso (novela episode)")
    pos = c.rng.randint(30, dur)
    b.json(
        {
            "id_programa": pid,
            "titulo": title,
            "capitulo": ep,
            "genero": genre,
            "tempo_assistido": pos,
            "duracao": dur,
            "progresso": round(pos / dur, 3),
            "assistido_em": iso(c),
            "perfil": "Ana",
        }
    )
    b.no_content()
    return b.build()


def batimento_live(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ao-vivo/batimento")
    b.view("json canal / camera / segundos_no_ar (live reality feed heartbeat)")
    b.json(
        {
            "canal": "casa-dos-famosos-24h",
            "camera": c.rng.choice(["cam01-sala", "cam04-cozinha", "cam07-quarto-do-lider"]),
            "evento": "heartbeat",
            "segundos_no_ar": c.rng.randint(60, 7200),
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True, "proximo_em": 60})
    return b.build()


def continuar_assistindo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home/trilhos/continuar-assistindo?perfil=principal")
    b.view("response continuar_assistindo[] with progresso", direction="response")
    itens = []
    for _ in range(c.rng.randint(2, 5)):
        pid, title, _g, ep, _dur = _episode(c)
        itens.append(
            {
                "id_programa": pid,
                "titulo": title,
                "capitulo": ep,
                "progresso": round(c.rng.uniform(0.05, 0.95), 2),
                "ultimo_acesso": iso(c),
                "imagem": f"https://s.telaplay.example/img/{pid}/{ep}/thumb_16x9.jpg",
            }
        )
    b.ok_json({"trilho": "continuar_assistindo", "itens": itens})
    return b.build()


def youbora(c: Context, event: str = "ping") -> Flow:
    pid, title, _g, ep, dur = _episode(c)
    b = FB(c, "youbora", "GET", f"{YOUBORA}/{event}")
    b.header("user-agent", UA)
    b.view(f"query title / playhead / mediaDuration (Youbora /{event})")
    b.param("system", "telaplaybr")
    b.param("pluginVersion", "6.8.12-exoplayer2-Android")
    b.param("code", "U_" + rid(c.rng).replace("-", "")[:20])
    b.param("title", f"{title} - Capítulo {ep}")
    b.param("mediaResource", f"https://vod.telaplay.example/{pid}/{ep}/master.m3u8")
    b.param("playhead", str(c.rng.randint(5, dur)))
    b.param("mediaDuration", str(dur))
    b.param("live", "false")
    b.param("deviceUUID", b.id("youbora_device", where="query deviceUUID"))
    b.param("timemark", str(ms(c)))
    b.respond(200, "text/plain", b"")
    return b.build()


def lote_opaco(c: Context) -> Flow:
    """The new player's batched events: gzip + base64 of a JSON list under `d`."""
    events = []
    for _ in range(c.rng.randint(2, 6)):
        pid, _t, _g, ep, dur = _episode(c)
        events.append(
            {
                "e": c.rng.choice(["pl", "pa", "hb"]),
                "c": f"{pid}:{ep}",
                "p": c.rng.randint(0, dur),
                "t": ms(c),
            }
        )
    b = _b(c, "POST", f"{API}/c/l")
    b.view("json d (gzip+base64 of player events)", detectable=False)
    b.json({"v": 3, "d": b64(gzip.compress(jsb(events), mtime=0))})
    b.no_content()
    return b.build()


def catalogo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home/trilhos/em-alta?regiao=PE")
    b.decoy("'Em alta' rail: views counted over all viewers (aggregate), durations")
    itens = []
    for pid, title, genre in NOVELAS:
        itens.append(
            {
                "id_programa": pid,
                "titulo": title,
                "genero": genre,
                "visualizacoes_24h": c.rng.randint(10**5, 10**7),
                "duracao_media": c.rng.randint(1800, 3600),
            }
        )
    b.ok_json({"trilho": "em_alta", "itens": itens})
    return b.build()


def manifesto(c: Context) -> Flow:
    pid, _t, _g, ep, _d = _episode(c)
    b = FB(c, "telaplay", "GET", f"https://vod.telaplay.example/{pid}/{ep}/master.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2400000,RESOLUTION=1280x720\n720p/index.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def thumb(c: Context) -> Flow:
    pid, _t, _g, ep, _d = _episode(c)
    b = FB(c, "telaplay", "GET", f"https://s.telaplay.example/img/{pid}/{ep}/thumb_16x9.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def votacao(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/reality/votacao/paredao-12")
    b.decoy("reality-show vote with a captcha token: an opinion, not watching")
    b.json({"participante": c.rng.choice(["p03", "p07", "p11"]), "captcha": rid(c.rng)})
    b.ok_json({"computado": True, "parcial_visivel": False})
    return b.build()


def grade(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/grade?canal=recife&data={iso(c)[:10]}")
    b.decoy("EPG schedule with start times (broadcast grid, nobody's viewing)")
    b.ok_json(
        {
            "programas": [
                {"titulo": t, "inicio": f"{18 + i}:30", "duracao_min": 55}
                for i, (_p, t, _g) in enumerate(NOVELAS[:4])
            ]
        }
    )
    return b.build()
