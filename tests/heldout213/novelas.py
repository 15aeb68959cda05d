"""NovelaPlay: a Globoplay-like novela / reality-show streamer (the mother's Motorola in BH).

The backend is Brazilian-built: paths and keys are Portuguese, some camelCase
(`idNovela`, `capitulo`, `posicaoSegundos`, `duracao`), some snake_case
(`tempo_assistido`, `ultima_posicao`), some with accents (`capítulo` in the
continue-watching rail). Video events also go to GA4's Measurement Protocol in
app-stream form (`firebase_app_id`, `api_secret`, `app_instance_id`, events
`video_progress` / `video_complete` with `video_title`, `video_percent`,
`video_current_time`; developers.google.com/analytics/devguides/collection/protocol/ga4)
and to NPAW (Youbora) for QoS (`/start` and `/ping` with `title`, `playhead`,
`mediaDuration`, `deviceUUID`). The reality show's vote ("paredão") and the
catalogue, search and HLS segments are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

API = "https://api.novelaplay.example"
UA = ua("NovelaPlay", "3.41.0", "mae")
TITULOS = [
    ("n2201", "Terra e Paixão", 2700),
    ("n2207", "Mulheres Apaixonadas", 2900),
    ("n2215", "Renascer", 2800),
    ("n2230", "Vale Tudo", 3000),
    ("r0912", "Big Casa Brasil - Ao Vivo", 5400),
    ("n2241", "Mania de Você", 2750),
]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:830114429751:android:2f9d6a1be04c7a31&api_secret=Qm3vXr8TnP1aLw5cZk0sYd"
)


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "novelaplay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-id-aparelho", b.id("aid_novela", where="header x-id-aparelho"))
    return b


def _t(c: Context) -> tuple[str, str, int, int]:
    tid, title, dur = c.rng.choice(TITULOS)
    return tid, title, c.rng.randint(1, 180), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/novelaplay-br/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "br.com.novelaplay")
    b.json(
        {
            "fid": b.id("novela_fid", where="json fid"),
            "appId": "1:830114429751:android:2f9d6a1be04c7a31",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/830114429751/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def cadastrar_aparelho(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/aparelhos/cadastrar", device=False)
    b.json(
        {
            "androidId": b.id("aid_novela", where="json androidId"),
            "idPublicidade": b.id("gaid_mae", where="json idPublicidade"),
            "modelo": "motorola edge 40 neo",
            "idioma": "pt-BR",
            "usuario": b.acct("novela_user"),
        }
    )
    b.ok_json({"ok": True, "limiteAparelhos": 5})
    return b.build()


def progresso(c: Context) -> Flow:
    tid, title, cap, dur = _t(c)
    b = _b(c, "POST", f"{API}/v3/assistindo/progresso")
    b.view("json idNovela/capitulo/posicaoSegundos")
    b.json(
        {
            "idNovela": tid,
            "titulo": title,
            "capitulo": cap,
            "posicaoSegundos": c.rng.randint(10, dur),
            "duracao": dur,
            "finalizado": False,
            "dataHora": iso(c),
        }
    )
    b.no_content()
    return b.build()


def historico_snake(c: Context) -> Flow:
    tid, _title, cap, dur = _t(c)
    b = _b(c, "PUT", f"{API}/v2/historico_exibicao/{tid}")
    b.view("json tempo_assistido/ultima_posicao")
    b.json(
        {
            "id_conteudo": tid,
            "numero_capitulo": cap,
            "tempo_assistido": c.rng.randint(60, dur),
            "ultima_posicao": c.rng.randint(60, dur),
            "assistido_em": ms(c),
        }
    )
    b.no_content()
    return b.build()


def continue_assistindo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/perfil/continue-assistindo?limite=10")
    b.view("response json continueAssistindo[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        tid, title, cap, dur = _t(c)
        rows.append(
            {"idNovela": tid, "título": title, "capítulo": cap, "posição": c.rng.randint(30, dur)}
        )
    b.ok_json({"continueAssistindo": rows})
    return b.build()


def ga4_video(c: Context, event: str = "video_progress") -> Flow:
    _tid, title, cap, dur = _t(c)
    b = FB(c, "ga4", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[{event}] video_title/video_current_time")
    b.json(
        {
            "app_instance_id": b.id("novela_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": event,
                    "params": {
                        "video_title": f"{title} - Capítulo {cap}",
                        "video_provider": "novelaplay",
                        "video_percent": 100
                        if event == "video_complete"
                        else 25 * c.rng.randint(1, 3),
                        "video_current_time": c.rng.randint(10, dur),
                        "video_duration": dur,
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def npaw_ping(c: Context) -> Flow:
    tid, title, _cap, dur = _t(c)
    what = c.rng.choice(["start", "ping", "ping"])
    url = (
        f"https://a-fds.youborafds01.com/{what}?accountCode=novelaplaybr&title="
        f"{title.replace(' ', '%20')}&mediaDuration={dur}&playhead={c.rng.randint(5, dur)}"
        f"&contentId={tid}&bitrate={c.rng.choice([1800000, 3500000])}&timemark={ms(c)}"
    )
    b = FB(c, "npaw", "GET", url)
    b.header("user-agent", UA)
    b.view("query title/contentId/playhead (NPAW)")
    b.ok_json({"q": {"h": "a-fds.youborafds01.com", "pt": 5}})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: base64 of 'id|cap|sec|ts' rows under 'd'."""
    b = _b(c, "POST", f"{API}/t/2", device=False)
    b.view("json d (base64 rows)", detectable=False)
    rows = []
    for _ in range(c.rng.randint(1, 3)):
        tid, _title, cap, dur = _t(c)
        rows.append(f"{tid}|{cap}|{c.rng.randint(10, dur)}|{ms(c)}")
    b.json({"d": b64(";".join(rows)), "v": 2})
    b.no_content()
    return b.build()


def catalogo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/catalogo?genero=novela&pagina=1", device=False)
    b.decoy("catalogue with chapter counts and durations (content fetch)")
    b.ok_json(
        {
            "novelas": [
                {"idNovela": t, "titulo": n, "capitulos": 180, "duracao": d} for t, n, d in TITULOS
            ]
        }
    )
    return b.build()


def mais_vistos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/ranking/mais-assistidos", device=False)
    b.decoy("public 'most watched' ranking with view counts")
    b.ok_json(
        {
            "ranking": [
                {"idNovela": t, "visualizacoes": c.rng.randint(10**5, 10**7)} for t, _, _ in TITULOS
            ]
        }
    )
    return b.build()


def votar_paredao(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/reality/paredao/votar", device=False)
    b.decoy("reality-show vote")
    b.json({"paredao": 7, "participante": c.rng.choice(["Davi", "Beatriz", "Isabelle"])})
    b.ok_json({"ok": True, "parcial": None})
    return b.build()


def hls_segmento(c: Context) -> Flow:
    tid, _t2, cap, _d = _t(c)
    n = c.rng.randint(1, 900)
    b = FB(
        c,
        "novelaplay-cdn",
        "GET",
        f"https://cdn.novelaplay.example/hls/{tid}/{cap}/1080p/seg_{n:05d}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("HLS segment fetch (content delivery)")
    b.respond(200, "video/mp2t", new_hex(c.rng, 200).encode())
    return b.build()


def buscar(c: Context) -> Flow:
    q = c.rng.choice(["renascer", "vale tudo", "bbb", "pantanal"])
    b = _b(c, "GET", f"{API}/v3/busca?q={q.replace(' ', '+')}", device=False)
    b.ok_json({"resultados": [{"idNovela": t, "titulo": n} for t, n, _ in TITULOS[:3]]})
    return b.build()
