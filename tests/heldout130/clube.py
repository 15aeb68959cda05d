"""Leão Digital: a Recife football club's app (Brasileirão Série A). Members watch
match highlights and the club's TV; the app reports `segundos_vistos` per clip
and keeps `meus_videos` (watched clips) for the profile. Push goes through
OneSignal, whose player record carries the ad id and a device model. Live
scores (`minuto` of the match), the league table and line-ups are not viewing
history: they describe the match, not anyone's watching.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://api.leaodigital.example"
UA = ua("LeaoDigital", "3.12.1")
CLIPS = [
    ("v98211", "Gols: Leão 2 x 1 Fortaleza"),
    ("v98240", "Bastidores do treino"),
    ("v98257", "Coletiva pós-jogo"),
    ("v98263", "Melhores momentos - Copa do Nordeste"),
]
ONESIGNAL = "https://api.onesignal.com"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "leaodigital", method, url)
    b.header("user-agent", UA)
    b.header("x-socio", b.acct("clube_socio"))
    return b


def visualizacao(c: Context) -> Flow:
    vid, title = c.rng.choice(CLIPS)
    b = _b(c, "POST", f"{API}/api/v1/videos/{vid}/visualizacao")
    b.view("json segundos_vistos / percentual (club clip)")
    dur = c.rng.randint(60, 900)
    seen = c.rng.randint(5, dur)
    b.json(
        {
            "video": vid,
            "titulo": title,
            "segundos_vistos": seen,
            "percentual": round(100 * seen / dur),
            "origem": c.rng.choice(["home", "tv-leao", "notificacao"]),
            "dt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def meus_videos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/perfil/meus-videos?limite=20")
    b.view("response historico[] of watched clips with visto_em", direction="response")
    hist = [
        {"video": v, "titulo": t, "visto_em": iso(c), "ate_o_fim": c.rng.random() < 0.5}
        for v, t in CLIPS[: c.rng.randint(2, 4)]
    ]
    b.ok_json({"historico": hist})
    return b.build()


def onesignal_player(c: Context) -> Flow:
    b = FB(c, "onesignal", "POST", f"{ONESIGNAL}/players")
    b.header("user-agent", UA)
    b.json(
        {
            "app_id": "5e1a9f0c-7c1d-4a6e-9d3c-0c6a2b8f4e11",
            "device_type": 1,
            "identifier": "dY" + rid(c.rng).replace("-", "") + ":APA91bF" + "x" * 24,
            "ad_id": b.id("gaid", where="json ad_id"),
            "device_model": "moto g84 5G",
            "device_os": "14",
            "language": "pt",
            "timezone": -10800,
            "game_version": "3.12.1",
            "sdk": "050117",
        }
    )
    b.ok_json(
        {"success": True, "id": b.id("onesignal_player", where="response id", direction="response")}
    )
    return b.build()


def onesignal_on_session(c: Context) -> Flow:
    b = FB(c, "onesignal", "POST", ONESIGNAL)
    player = b.id("onesignal_player", where="path players/{id}/on_session")
    b.base = f"{ONESIGNAL}/players/{player}/on_session"
    b.header("user-agent", UA)
    aid = b.id("aid_clube", where="json external_user_id is ANDROID_ID (app's choice)")
    b.json({"app_id": "5e1a9f0c-7c1d-4a6e-9d3c-0c6a2b8f4e11", "external_user_id": aid})
    b.ok_json({"success": True})
    return b.build()


def placar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/jogos/ao-vivo")
    b.decoy("live score: match minute and events (the match's clock, not a playhead)")
    b.ok_json(
        {
            "jogo": "SPO x FOR",
            "minuto": c.rng.randint(1, 95),
            "placar": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
            "eventos": [{"tipo": "gol", "minuto": c.rng.randint(1, 90), "jogador": "Gustavo C."}],
        }
    )
    return b.build()


def tabela(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/brasileirao/tabela?serie=a&ano=2025")
    b.decoy("league table")
    times = ["Flamengo", "Palmeiras", "Sport", "Fortaleza", "Bahia", "Corinthians"]
    b.ok_json(
        {
            "classificacao": [
                {"pos": i + 1, "time": t, "pts": 60 - 3 * i, "jogos": 34}
                for i, t in enumerate(times)
            ]
        }
    )
    return b.build()


def ingresso(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/ingressos/reserva")
    b.decoy("ticket order id and seat (purchase)")
    b.json(
        {
            "jogo_id": 4411,
            "setor": "Arquibancada",
            "qtd": 2,
            "idem": rid(c.rng),
            "email": b.id("email", where="json email (ticket receipt)"),
        }
    )
    b.ok_json({"pedido": "PED" + str(ms(c))[-9:], "status": "aguardando_pix"})
    return b.build()
