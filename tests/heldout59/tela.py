"""Tela+: a Globoplay-like Brazilian streaming app (novelas, BBB, futebol, séries).

Its own backend keeps a watch log in Brazilian Portuguese ("registro de
exibição": id do vídeo, segundos assistidos, posição) and a "continuar
assistindo" list; the player also reports to NPAW Youbora, the video analytics
many Latin American broadcasters use: GET nqs.nice264.com/start|ping|stop with
`system`/`accountCode`, `code` (view code), `title`, `duration`, `playhead`,
`pingTime` (NPAW's open REST API, and the Youbora plugins at
github.com/NicePeopleAtWork/NicePlayers). The app's device registration carries
its ANDROID_ID and its own install uuid. Catalogue, thumbnails and HLS
segments are no viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, gz, jsb

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.telaplus.com.br"
UA = ua("TelaPlus", "3.118.0")
TITULOS = [
    ("Mulheres de Areia - Capítulo 42", 12873401, 2640),
    ("Big Brother Brasil 26 - Paredão", 13002211, 5400),
    ("Sob Pressão T4E7", 11987233, 2880),
    ("Flamengo x Palmeiras - Melhores momentos", 13110902, 540),
    ("Encontro com Patrícia Poeta", 13044125, 3600),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "telaplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _t(c: Context) -> tuple[str, int, int]:
    return c.rng.choice(TITULOS)


def registro_exibicao(c: Context) -> Flow:
    t, vid, dur = _t(c)
    pos = c.rng.randint(30, dur)
    b = _b(c, "POST", f"{API}/v2/usuario/registro-exibicao")
    b.view("json exibicoes[]")
    b.json(
        {
            "exibicoes": [
                {
                    "idVideo": vid,
                    "titulo": t,
                    "segundosAssistidos": c.rng.randint(20, 600),
                    "posicao": pos,
                    "duracao": dur,
                    "assistidoEm": iso(c),
                }
            ],
            "perfil": "principal",
        },
        encoding="gzip",
    )
    b.no_content()
    return b.build()


def continuar_assistindo(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/usuario/continuar-assistindo")
    b.view("json itens[]")
    itens = []
    for t, vid, _dur in c.rng.sample(TITULOS, 3):
        itens.append({"videoId": vid, "titulo": t, "progresso": rf(c.rng, 0.05, 0.95, 2)})
    b.json({"itens": itens, "atualizadoEm": iso(c)})
    b.ok_json({"ok": True})
    return b.build()


def youbora(c: Context, service: str = "") -> Flow:
    service = service or c.rng.choice(["start", "ping", "ping", "stop"])
    t, vid, dur = _t(c)
    b = FB(c, "youbora", "GET", f"https://nqs.nice264.com/{service}")
    b.header("user-agent", UA)
    b.view(f"query {service} title/playhead")
    b.param("system", "telaplusbr")
    b.param("code", "U_" + rid(c.rng).replace("-", "")[:16])
    b.param("title", t)
    b.param("contentId", str(vid))
    b.param("duration", str(dur))
    b.param("playhead", str(c.rng.randint(0, dur)))
    if service == "ping":
        b.param("pingTime", "5")
        b.param("bitrate", str(c.rng.choice([1800000, 3500000, 6000000])))
    b.param("timemark", str(ms(c)))
    b.respond(200, "text/plain", b"")
    return b.build()


def heartbeat_opaco(c: Context) -> Flow:
    """The player's own QoE beacon: a gzip blob with no keys, nothing readable."""
    _title, vid, dur = _t(c)
    b = _b(c, "POST", "https://qoe.telaplus.com.br/c")
    b.view("binary body (gzip, no keys)", detectable=False)
    blob = gz(jsb([vid, c.rng.randint(0, dur), 5, 3500]))
    b.set_body(blob, "application/octet-stream")
    b.no_content()
    return b.build()


def registrar_dispositivo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/dispositivos")
    b.json(
        {
            "androidId": b.id("aid_tela", where="json androidId"),
            "idInstalacao": b.id("tela_install", where="json idInstalacao"),
            "modelo": "motorola edge 40",
            "so": "Android 14",
            "usuario": b.acct("user_tela"),
        }
    )
    b.ok_json({"dispositivo": "ok", "limite": 5})
    return b.build()


def catalogo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/catalogo/home?perfil=principal&pagina={c.rng.randint(1, 4)}")
    b.decoy("catalogue rails with video ids and durations")
    b.ok_json(
        {
            "trilhos": [
                {"titulo": t, "videoId": v, "duracao": d, "thumb": f"https://s.tlp.com.br/{v}.jpg"}
                for t, v, d in c.rng.sample(TITULOS, 4)
            ]
        }
    )
    return b.build()


def thumb(c: Context) -> Flow:
    vid = _t(c)[1]
    b = FB(c, "telaplus-cdn", "GET", f"https://s.tlp.com.br/thumbs/{vid}/640x360.jpg")
    b.header("user-agent", UA)
    b.decoy("thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 400))
    return b.build()


def segmento_hls(c: Context) -> Flow:
    vid = _t(c)[1]
    n = c.rng.randint(1, 900)
    b = FB(c, "telaplus-cdn", "GET", f"https://vod.tlp.com.br/h/{vid}/1080p/seg_{n:05d}.ts")
    b.header("user-agent", UA)
    b.decoy("video segment fetch")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def busca(c: Context) -> Flow:
    q = c.rng.choice(["novela", "bbb", "brasileirao", "globo reporter"])
    b = _b(c, "GET", f"{API}/v2/busca?q={q}")
    b.decoy("search results")
    b.ok_json({"q": q, "resultados": [{"videoId": _t(c)[1], "score": rf(c.rng, 0, 1)}]})
    return b.build()
