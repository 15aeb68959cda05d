"""Sofá+: a Portuguese streaming app (novelas, Liga Portugal live) - her own.

The backend speaks European Portuguese (`progresso`, `episodio`,
`posicaoSegundos`, `duracaoSegundos`, `continuarAVer`, `historico`, `jogo`,
`segundosVistos`). Watch progress and live-match heartbeats go to the app's
backend; the player also keeps a compact beacon of unnamed rows. Firebase:
the Installations API (`fid`, `appId`, `authVersion` FIS_v2) and GA4
Measurement Protocol app-stream events (`app_instance_id`,
`video_progress` / `video_complete` with `video_title`, `video_percent`).
AppsFlyer: launches to `launches.appsflyer.com/api/v6.x/androidevent` with
`advertiserId`, `uid`, `android_id`, and in-app events (`eventName`,
`eventValue`) on `inapps.appsflyer.com`.

Ordinary: the catalogue, search, the EPG, the "mais vistos" aggregate counts,
live scores, posters and HLS segments (content fetches, not viewing history).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import LB, dalvik, iso, ms, rid, ua

API = "https://api.sofamais.example"
UA = ua("SofaMais", "6.3.0")
NOVELAS = [
    ("n210", "Cacau", 2700),
    ("n214", "A Promessa", 2600),
    ("n219", "Senhora do Mar", 2800),
    ("n223", "Festa é Festa", 2400),
    ("n231", "Para Sempre", 2700),
]
JOGOS = [
    "Benfica x Sporting",
    "FC Porto x SC Braga",
    "Vitória SC x Boavista",
    "Sporting x Gil Vicente",
    "Estoril x Casa Pia",
]
APP_ID = "1:318820446125:android:5c2e90d1a47bb3e0"
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    f"{APP_ID}&api_secret=Qm8rT2vXz4LpN7sWc1Yk3A"
)


def _b(c: Context, method: str, url: str, device: bool = False) -> LB:
    b = LB(c, "sofamais", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    if device:
        b.header("x-dispositivo-id", b.id("aid_sofa", where="header x-dispositivo-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    nid, titulo, dur = c.rng.choice(NOVELAS)
    return nid, titulo, c.rng.randint(1, 220), dur


def firebase_installation(c: Context) -> Flow:
    b = LB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/sofamais-pt/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "pt.sofamais.app")
    b.json(
        {
            "fid": b.id("sofa_fid", where="json fid"),
            "appId": APP_ID,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/318820446125/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = LB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "pt.sofamais.app"), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik())
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("sofa_af_uid", where="json uid"),
            "android_id": b.id("aid_sofa", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "6.3.0",
            "model": "SM-G736B",
            "brand": "samsung",
            "lang_code": "pt",
            "country": "PT",
            "counter": str(c.rng.randint(1, 90)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_visualizacao(c: Context) -> Flow:
    nid, titulo, ep, dur = _ep(c)
    b = LB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "pt.sofamais.app"), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik())
    b.view("json eventName=episodio_visto + eventValue af_content_id / segundos_vistos")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("sofa_af_uid", where="json uid"),
            "eventName": "episodio_visto",
            "eventValue": js(
                {
                    "af_content_id": f"{nid}-e{ep}",
                    "af_content_type": "novela",
                    "titulo": titulo,
                    "segundos_vistos": c.rng.randint(300, dur),
                }
            ),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, titulo, ep, dur = _ep(c)
    b = LB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name} + video_title / video_percent")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("sofa_app_instance", where="json app_instance_id"),
            "user_id": b.acct("sofa_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{titulo} - Episódio {ep}",
                        "video_provider": "sofamais",
                        "video_percent": pct,
                        "video_current_time": dur * pct // 100,
                        "video_duration": dur,
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def ga4_ecra(c: Context) -> Flow:
    b = LB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.json(
        {
            "app_instance_id": b.id("sofa_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Inicio", "Pesquisa", "Direto", "Perfil"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def progresso(c: Context) -> Flow:
    nid, titulo, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v3/visualizacao/progresso", device=True)
    b.view("json novelaId/episodio/posicaoSegundos")
    b.json(
        {
            "novelaId": nid,
            "titulo": titulo,
            "episodio": ep,
            "posicaoSegundos": c.rng.randint(15, dur),
            "duracaoSegundos": dur,
            "concluido": False,
            "data": iso(c),
        }
    )
    b.no_content()
    return b.build()


def direto_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/direto/heartbeat")
    b.view("json jogo + segundosVistos (live match watch time)")
    b.json(
        {
            "canal": "Sofá+ Desporto 1",
            "jogo": c.rng.choice(JOGOS),
            "competicao": "Liga Portugal Betclic",
            "segundosVistos": c.rng.choice([30, 60, 60, 120]),
            "inicio": iso(c),
            "qualidade": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"continuar": True})
    return b.build()


def continuar_a_ver(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/perfil/continuar-a-ver?limite=10")
    b.view("response json continuarAVer[]", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        nid, titulo, ep, dur = _ep(c)
        rows.append(
            {
                "novelaId": nid,
                "titulo": titulo,
                "episodio": ep,
                "posicaoSegundos": c.rng.randint(60, dur - 60),
                "vistoEm": iso(c),
            }
        )
    b.ok_json({"continuarAVer": rows})
    return b.build()


def historico(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/perfil/historico-visualizacao?pagina=1")
    b.view("response json historico[] (watch history)", direction="response")
    items = []
    for _ in range(5):
        nid, titulo, ep, _dur = _ep(c)
        items.append({"novelaId": nid, "titulo": titulo, "episodio": ep, "data": iso(c)})
    b.ok_json({"historico": items})
    return b.build()


def beacon_opaco(c: Context) -> Flow:
    """The player's compact beacon: [title, episode, second, ts] rows under 'r'."""
    b = _b(c, "POST", f"{API}/px/2")
    b.view("json r[] rows (unnamed)", detectable=False)
    rows = [
        [int(c.rng.choice(NOVELAS)[0][1:]), c.rng.randint(1, 220), c.rng.randint(10, 2800), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"r": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def catalogo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/catalogo?genero=novelas&pagina=1")
    b.decoy("catalogue rail with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "novelas": [
                {"novelaId": n, "titulo": t, "episodios": 220, "duracaoSegundos": d}
                for n, t, d in NOVELAS
            ]
        }
    )
    return b.build()


def pesquisa(c: Context) -> Flow:
    q = c.rng.choice(["cacau", "benfica", "promessa", "classico"])
    b = _b(c, "GET", f"{API}/v3/pesquisa?q={q}")
    b.decoy("search results (content fetch)")
    b.ok_json({"resultados": [{"novelaId": n, "titulo": t} for n, t, _ in NOVELAS[:3]]})
    return b.build()


def mais_vistos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/top/mais-vistos?periodo=semana")
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"novelaId": n, "titulo": t, "visualizacoes": c.rng.randint(10**4, 10**6)}
                for n, t, _ in NOVELAS
            ]
        }
    )
    return b.build()


def guia_tv(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/direto/guia?canal={c.rng.randint(1, 4)}")
    b.decoy("EPG programme times (content fetch)")
    b.ok_json(
        {
            "programas": [
                {"titulo": t, "inicio": iso(c), "duracaoMinutos": c.rng.choice([30, 60, 120])}
                for t in ("Antevisão", "Benfica x Sporting", "Resumo da Jornada", "Cacau")
            ]
        }
    )
    return b.build()


def resultados(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/desporto/liga-portugal/jornada/{c.rng.randint(1, 34)}")
    b.decoy("live scores with match minutes")
    b.ok_json(
        {
            "jogos": [
                {
                    "jogo": j,
                    "resultado": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}",
                    "minuto": c.rng.randint(1, 90),
                }
                for j in JOGOS[:3]
            ]
        }
    )
    return b.build()


def poster(c: Context) -> Flow:
    nid = c.rng.choice(NOVELAS)[0]
    b = LB(c, "sofamais", "GET", f"https://img.sofamais.example/posters/{nid}/w480.jpg")
    b.header("user-agent", UA)
    b.decoy("poster thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def segmento_hls(c: Context) -> Flow:
    nid = c.rng.choice(NOVELAS)[0]
    b = LB(
        c,
        "sofamais",
        "GET",
        f"https://vod.sofamais.example/{nid}/e{c.rng.randint(1, 220):03d}/720p/"
        f"seg-{c.rng.randint(1, 450)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def licenca_drm(c: Context) -> Flow:
    b = LB(c, "sofamais", "POST", "https://drm.sofamais.example/widevine/licenca")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("DRM licence request / response (opaque bytes, no id)")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(300)), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(200)))
    b.header("x-pedido", rid(c.rng))
    return b.build()
