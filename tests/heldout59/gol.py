"""Gol ao Vivo: a football app (Brasileirão, Libertadores) with live match streams.

While a match plays, the player posts a heartbeat every 30 s to the app's own
backend (`/live/heartbeat`: match id, stream, seconds watched, position in the
stream) so rights holders can count concurrent viewers; highlight clips report
`clipe_assistido`. Scores, lineups and the live-odds series are not sensitive
(numeric series, team ids). Device registration sends the ANDROID_ID
(`android_id`) and the app's own `device_token_id` (an install id, not a push
token). The app also carries AdMob, InMobi and Kwai ads (see ads.py).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.golaovivo.com.br"
UA = ua("GolAoVivo", "5.9.1")
JOGOS = [
    (88120, "Corinthians x São Paulo"),
    (88127, "Flamengo x Fluminense"),
    (88131, "Grêmio x Internacional"),
    (90044, "Palmeiras x Boca Juniors"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "golaovivo", method, url)
    b.header("user-agent", UA)
    b.header("x-api-key", "gav_" + rid(c.rng)[:8])
    return b


def live_heartbeat(c: Context) -> Flow:
    jid, nome = c.rng.choice(JOGOS)
    b = _b(c, "POST", f"{API}/v4/live/heartbeat")
    b.view("json matchId/watchedSeconds/streamPosition")
    b.json(
        {
            "matchId": jid,
            "match": nome,
            "stream": c.rng.choice(["premiere_hd", "sportv_app"]),
            "watchedSeconds": c.rng.choice([30, 60, 90]),
            "streamPosition": c.rng.randint(60, 6000),
            "sessionId": rid(c.rng),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def clipe_assistido(c: Context) -> Flow:
    jid, _ = c.rng.choice(JOGOS)
    b = _b(c, "POST", f"{API}/v4/clipes/{jid}-{c.rng.randint(1, 40)}/assistido")
    b.view("form clipe assistido tempo_assistido/percentual")
    b.form(
        [
            ("tempo_assistido", str(c.rng.randint(5, 90))),
            ("percentual", str(c.rng.randint(10, 100))),
            ("quando", iso(c)),
        ]
    )
    b.ok_json({"ok": 1})
    return b.build()


def registrar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/register")
    b.json(
        {
            "android_id": b.id("aid_gol", where="json android_id"),
            "device_token_id": b.id("gol_device", where="json device_token_id"),
            "push_token": b.acct("push_token"),
            "user": b.acct("user_gol"),
            "time_favorito": "COR",
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def placar(c: Context) -> Flow:
    jid, nome = c.rng.choice(JOGOS)
    b = _b(c, "GET", f"{API}/v4/jogos/{jid}/placar")
    b.ok_json({"jogo": nome, "placar": [c.rng.randint(0, 3), c.rng.randint(0, 3)], "min": 67})
    return b.build()


def odds(c: Context) -> Flow:
    jid, _ = c.rng.choice(JOGOS)
    b = _b(c, "GET", f"{API}/v4/jogos/{jid}/odds/serie?janela=90")
    b.decoy("live odds numeric series")
    b.ok_json({"serie": [rf(c.rng, 1.2, 6.5, 2) for _ in range(45)], "casa": "patrocinador"})
    return b.build()


def escalacao(c: Context) -> Flow:
    jid, _ = c.rng.choice(JOGOS)
    b = _b(c, "GET", f"{API}/v4/jogos/{jid}/escalacao")
    b.decoy("lineup with player positions as coordinates")
    b.ok_json(
        {
            "titulares": [
                {"n": i, "x": rf(c.rng, 0, 1, 3), "y": rf(c.rng, 0, 1, 3)} for i in range(1, 12)
            ]
        }
    )
    return b.build()
