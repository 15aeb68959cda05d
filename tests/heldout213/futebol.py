"""Brasileirão Ao Vivo: a football live app (the daughter's Pixel 8 in Lisbon).

Scores, tables (`posicao` is a club's place in the table), lineups and the
news feed are ordinary. Live-match streams send heartbeats with the match and
the stream position; watched highlights are reported; a stats beacon packs
[match, second, ts] rows under 'r'. Attribution goes to AppsFlyer
(`launches.appsflyer.com/api/v6.x/androidevent`, `advertiserId`, `uid`,
`appsflyerKey`, in-app `eventName` / `eventValue`) and Adjust (form-encoded
`/session` and `/event` with `app_token`, `gps_adid`, `android_uuid`,
`event_token`; help.adjust.com server-to-server reference). Some strings are
European Portuguese (the daughter set the app to pt-PT: `ecrã`, `telemóvel`).
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode, new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, ua

API = "https://api.brasileiraoaovivo.example"
UA = ua("BrasileiraoAoVivo", "8.2.0", "filha")
CLUBES = [
    "Sport",
    "Náutico",
    "Santa Cruz",
    "Atlético-MG",
    "Cruzeiro",
    "Flamengo",
    "Palmeiras",
    "Fortaleza",
    "Bahia",
    "Grêmio",
]


def _jogo(c: Context) -> tuple[str, str, str]:
    a, b = c.rng.sample(CLUBES, 2)
    return f"br25-{c.rng.randint(100, 380)}", a, b


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "brasileirao", method, url)
    b.header("user-agent", UA)
    b.header("accept-language", "pt-PT,pt;q=0.9")
    return b


def placar(c: Context) -> Flow:
    jid, a, bb = _jogo(c)
    b = _b(c, "GET", f"{API}/v1/jogos/ao-vivo")
    b.ok_json(
        {
            "jogos": [
                {
                    "id": jid,
                    "mandante": a,
                    "visitante": bb,
                    "placar": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
                    "minuto": c.rng.randint(1, 90),
                }
            ]
        }
    )
    return b.build()


def tabela(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/campeonatos/serie-a/tabela")
    b.decoy("league table: posicao = a club's place")
    b.ok_json(
        {
            "tabela": [
                {"posicao": i + 1, "clube": n, "pontos": 60 - 3 * i} for i, n in enumerate(CLUBES)
            ]
        }
    )
    return b.build()


def escalacao(c: Context) -> Flow:
    jid, a, _ = _jogo(c)
    b = _b(c, "GET", f"{API}/v1/jogos/{jid}/escalacao")
    b.decoy("lineup with player positions")
    b.ok_json(
        {
            "clube": a,
            "jogadores": [
                {"nome": f"J{i}", "posicao": p, "camisa": i}
                for i, p in enumerate(["GOL", "ZAG", "LD", "VOL", "MEI", "ATA"], 1)
            ],
        }
    )
    return b.build()


def lances(c: Context) -> Flow:
    jid, _a, _b2 = _jogo(c)
    b = _b(c, "GET", f"{API}/v1/jogos/{jid}/lances?desde={ms(c) - 60000}")
    b.ok_json(
        {
            "lances": [
                {
                    "minuto": c.rng.randint(1, 90),
                    "tipo": c.rng.choice(["gol", "cartao", "escanteio"]),
                }
            ]
        }
    )
    return b.build()


def heartbeat(c: Context) -> Flow:
    jid, a, bb = _jogo(c)
    b = _b(c, "POST", f"{API}/v1/transmissao/heartbeat")
    b.header("x-device-id", b.id("aid_futebol", where="header x-device-id"))
    b.view("json jogoId/posicaoStream/assistindoDesde")
    b.json(
        {
            "jogoId": jid,
            "titulo": f"{a} x {bb}",
            "posicaoStream": c.rng.randint(30, 6000),
            "assistindoDesde": iso(c),
            "ecra": "telemóvel",
        }
    )
    b.no_content()
    return b.build()


def melhores_momentos(c: Context) -> Flow:
    jid, a, bb = _jogo(c)
    b = _b(c, "POST", f"{API}/v1/videos/assistidos")
    b.view("json video_id/segundos_assistidos")
    b.json(
        {
            "video_id": f"mm-{jid}",
            "titulo": f"Melhores momentos: {a} x {bb}",
            "segundos_assistidos": c.rng.randint(20, 240),
            "completo": c.rng.random() < 0.5,
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/s")
    b.view("json r[] rows", detectable=False)
    rows = [
        [int(_jogo(c)[0][5:]), c.rng.randint(10, 6000), ms(c)] for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"r": rows, "k": 4}, "gzip")
    b.no_content()
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent?app_id=br.com.brasileiraoaovivo&buildnumber=6.14.0",
    )
    b.header("user-agent", dalvik("filha"))
    b.json(
        {
            "advertiserId": b.id("gaid_filha", where="json advertiserId"),
            "uid": b.id("futebol_af_uid", where="json uid"),
            "appsflyerKey": "kP3qWx9zLmN2vB7cR4tY8u",
            "af_timestamp": str(ms(c)),
            "counter": str(c.rng.randint(2, 90)),
            "lang": "português",
            "country": "PT",
            "model": "Pixel 8",
            "brand": "google",
            "isGaidWithGps": "true",
            "deviceType": "user",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    jid, _a, _bb = _jogo(c)
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.14/androidevent?app_id=br.com.brasileiraoaovivo&buildnumber=6.14.0",
    )
    b.header("user-agent", dalvik("filha"))
    b.json(
        {
            "advertiserId": b.id("gaid_filha", where="json advertiserId"),
            "uid": b.id("futebol_af_uid", where="json uid"),
            "appsflyerKey": "kP3qWx9zLmN2vB7cR4tY8u",
            "eventName": "af_content_view",
            "eventValue": js({"af_content_type": "jogo", "af_content_id": jid}),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", dalvik("filha"))
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "x7k2m9q4w8ps"),
            ("gps_adid", b.id("gaid_filha", where="form gps_adid")),
            ("android_uuid", b.id("futebol_adjust_uuid", where="form android_uuid")),
            ("created_at", iso(c)),
            ("environment", "production"),
            ("os_name", "android"),
            ("package_name", "br.com.brasileiraoaovivo"),
            ("session_count", str(c.rng.randint(2, 200))),
            ("tracking_enabled", "1"),
        ]
    )
    b.ok_json(
        {
            "adid": b.id("futebol_adid", where="response json adid", direction="response"),
            "timestamp": iso(c),
        }
    )
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("user-agent", dalvik("filha"))
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "x7k2m9q4w8ps"),
            ("event_token", "f3nq1a"),
            ("gps_adid", b.id("gaid_filha", where="form gps_adid")),
            ("adid", b.id("futebol_adid", where="form adid")),
            ("created_at", iso(c)),
            ("partner_params", js({"clube": c.rng.choice(CLUBES)})),
        ]
    )
    b.ok_json({"message": "Event tracked"})
    return b.build()


def config_opaque(c: Context) -> Flow:
    """Remote config; a query parameter 'h' holds md5 of the advertising id."""
    h = encode(c.phone.gaid_filha, "md5")
    b = _b(c, "GET", f"{API}/v1/config?plataforma=android&h={h}")
    b.id("gaid_filha", "md5", "query h", detectable=False)
    b.ok_json({"intervaloHeartbeat": 30, "anuncios": True, "versaoMinima": "8.0.0"})
    return b.build()


def noticias(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/noticias?clube={quote(c.rng.choice(CLUBES))}")
    b.ok_json(
        {"noticias": [{"id": new_hex(c.rng, 8), "titulo": "Técnico confirma time para domingo"}]}
    )
    return b.build()
