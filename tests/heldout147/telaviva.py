"""TelaViva Play: a Brazilian broadcaster's streaming app (novelas, live football, a
reality show with 24-hour camera feeds).

The in-house team writes Portuguese keys: progress goes to `/v2/progresso` with
`posicao` and `tempo_assistido`; live matches send a `batimento` (heartbeat)
every minute; the reality show's camera switcher logs which camera the viewer
watched and for how long. The player also reports to NPAW/Youbora (the QoS
service many broadcasters use; `playhead`, `title`, `mediaDuration` in the
query) and to Firebase (GA4) from the app. Catalogue rails, the programme grid,
the live score, the reality show's vote, "mais vistos" rankings and the
audience counter (an aggregate over all viewers) are not viewing history.
"""

from __future__ import annotations

import base64
import json
import zlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.telaviva.example"
UA = ua("TelaVivaPlay", "4.31.2")
NOVELAS = ["Amor de Cordel", "Terra Prometida", "Sol de Pernambuco", "Vidas Cruzadas"]
JOGOS = ["Flamengo x Palmeiras", "Sport x Náutico", "Corinthians x São Paulo", "Santa Cruz x Ceará"]
CAMERAS = ["cam_quarto_lider", "cam_cozinha", "cam_piscina", "cam_academia", "cam_sala"]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "telaviva", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    if device:
        b.header("x-aparelho-id", b.id("aid_tela", where="header x-aparelho-id"))
    return b


def _midia(c: Context) -> tuple[str, str, int]:
    title = c.rng.choice(NOVELAS)
    return f"{c.rng.randint(1000000, 9999999)}", f"{title} - Capítulo {c.rng.randint(1, 180)}", 2700


def progresso(c: Context) -> Flow:
    mid, titulo, dur = _midia(c)
    b = _b(c, "PUT", f"{API}/v2/progresso/{mid}")
    b.view("json posicao / tempo_assistido (novela episode)")
    pos = c.rng.randint(30, dur)
    b.json(
        {
            "id_midia": mid,
            "titulo": titulo,
            "posicao": pos,
            "tempo_assistido": pos - c.rng.randint(0, 25),
            "duracao": dur,
            "perfil": "Ana",
            "atualizado_em": iso(c),
        }
    )
    b.no_content()
    return b.build()


def batimento_ao_vivo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ao-vivo/batimento")
    b.view("json evento=batimento, canal, jogo, segundos_assistidos (live football)")
    b.json(
        {
            "evento": "batimento",
            "canal": "telaviva-sp",
            "jogo": c.rng.choice(JOGOS),
            "segundos_assistidos": 60 * c.rng.randint(1, 95),
            "qualidade": c.rng.choice(["1080p", "720p"]),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def camera_reality(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/reality/cameras/assistidas")
    b.view("json cameras_assistidas[] camera + segundos (reality show live camera feed)")
    b.json(
        {
            "temporada": 25,
            "cameras_assistidas": [
                {
                    "camera": c.rng.choice(CAMERAS),
                    "inicio": iso(c),
                    "segundos": c.rng.randint(20, 1800),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def continuar_assistindo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/perfis/ana/continuar-assistindo")
    b.view("response json itens[].posicao_seg", direction="response")
    itens = []
    for _ in range(4):
        mid, titulo, dur = _midia(c)
        itens.append(
            {
                "id_midia": mid,
                "titulo": titulo,
                "posicao_seg": c.rng.randint(30, dur),
                "duracao": dur,
            }
        )
    b.ok_json({"itens": itens})
    return b.build()


def youbora_ping(c: Context) -> Flow:
    mid, titulo, dur = _midia(c)
    b = FB(c, "youbora", "GET", "https://nqs.youbora.com/ping")
    b.header("user-agent", UA)
    b.view("query playhead + title + mediaDuration (player ping)")
    for k, v in [
        ("code", "U_" + new_hex(c.rng, 12)),
        ("accountCode", "telavivabr"),
        ("title", titulo),
        ("mediaResource", f"https://vod.telaviva.example/{mid}/master.m3u8"),
        ("playhead", str(c.rng.randint(10, dur))),
        ("mediaDuration", str(dur)),
        ("bitrate", str(c.rng.choice([2400000, 4500000]))),
        ("deviceUUID", b.id("aid_tela", "md5", "query deviceUUID (md5 of ANDROID_ID)")),
        ("timemark", str(ms(c))),
    ]:
        b.param(k, v)
    b.ok_json({"q": {"c": "nqs.youbora.com", "pt": 30}})
    return b.build()


def firebase_video(c: Context) -> Flow:
    _, titulo, _ = _midia(c)
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", UA)
    b.view("protobuf event video_progress with video_title / video_percent")
    instance = b.id(
        "tela_app_instance", "protobuf", "protobuf field 3 (app instance id)", detectable=False
    )
    body = (
        pb_varint(1, 1)
        + pb_bytes(3, instance)
        + pb_bytes(
            4,
            pb_bytes(2, "video_progress")
            + pb_bytes(1, pb_bytes(1, "video_title") + pb_bytes(2, titulo))
            + pb_bytes(1, pb_bytes(1, "video_percent") + pb_varint(3, c.rng.choice([25, 50, 75]))),
        )
        + pb_bytes(5, "com.telaviva.play")
    )
    b.set_body(body, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def beacon_opaco(c: Context) -> Flow:
    """The TV-box build batches [media, position, ts] rows, deflates and base64s them."""
    b = _b(c, "POST", f"{API}/c")
    b.view("json d = base64(deflate(rows)))", detectable=False)
    rows = [[c.rng.randint(10**6, 10**7), c.rng.randint(10, 2700), ms(c)] for _ in range(3)]
    blob = base64.b64encode(zlib.compress(json.dumps(rows).encode())).decode()
    b.json({"d": blob, "v": 3})
    b.no_content()
    return b.build()


def catalogo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home?trilho=novelas&pagina=1", device=False)
    b.decoy("catalogue rail with durations and episode numbers (content fetch)")
    b.ok_json(
        {
            "trilhos": [
                {
                    "titulo": t,
                    "id_programa": c.rng.randint(1000, 9999),
                    "capitulos": c.rng.randint(60, 180),
                    "duracao_media_min": 45,
                    "thumb": f"https://img.telaviva.example/{new_hex(c.rng, 16)}.jpg",
                }
                for t in NOVELAS
            ]
        }
    )
    return b.build()


def mais_vistos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ranking/mais-vistos?periodo=semana", device=False)
    b.decoy("most-watched ranking with total minutes watched (aggregate over all viewers)")
    b.ok_json(
        {
            "ranking": [
                {
                    "posicao": i + 1,
                    "titulo": t,
                    "minutos_assistidos_total": c.rng.randint(10**6, 10**8),
                }
                for i, t in enumerate(NOVELAS)
            ]
        }
    )
    return b.build()


def audiencia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ao-vivo/audiencia?canal=telaviva-sp", device=False)
    b.decoy("live audience counter: viewers now (aggregate)")
    b.ok_json({"canal": "telaviva-sp", "assistindo_agora": c.rng.randint(200000, 900000)})
    return b.build()


def placar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/esportes/placar/{c.rng.randint(100000, 999999)}", device=False)
    b.decoy("live score with match minute (not a viewer's position)")
    b.ok_json(
        {
            "jogo": c.rng.choice(JOGOS),
            "placar": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
            "minuto": c.rng.randint(1, 95),
            "posse_de_bola": rf(c.rng, 35, 65, 1),
        }
    )
    return b.build()


def votacao(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/reality/paredao/votar", device=False)
    b.decoy("reality-show vote (a vote, not watching)")
    b.json({"paredao": 7, "participante": c.rng.randint(1, 3), "captcha": new_hex(c.rng, 32)})
    b.ok_json({"voto_id": rid(c.rng), "computado": True})
    return b.build()


def grade(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/grade?praca=recife&data=hoje", device=False)
    b.decoy("programme grid with start times (EPG)")
    b.ok_json(
        {
            "programas": [
                {"titulo": t, "inicio": iso(c), "duracao_min": c.rng.choice([30, 45, 120])}
                for t in [*NOVELAS, "Jornal da Tela", "Futebol ao vivo"]
            ]
        }
    )
    return b.build()


def thumb(c: Context) -> Flow:
    b = FB(c, "telaviva", "GET", f"https://img.telaviva.example/{new_hex(c.rng, 16)}.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def manifest(c: Context) -> Flow:
    b = FB(
        c,
        "telaviva",
        "GET",
        f"https://vod.telaviva.example/{c.rng.randint(10**6, 10**7)}/master.m3u8",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=4500000,RESOLUTION=1920x1080\n1080p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def registrar_aparelho(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/aparelhos")
    b.json(
        {
            "aparelho": {
                "android_id": b.id("aid_tela", where="json aparelho.android_id"),
                "gaid": b.id("gaid", where="json aparelho.gaid"),
                "fid": b.id("tela_fid", where="json aparelho.fid (Firebase installation id)"),
                "modelo": "SM-A546E",
            },
            "usuario": b.acct("tela_user"),
        }
    )
    b.ok_json({"registrado": True, "limite_telas": 5})
    return b.build()


def anuncio(c: Context) -> Flow:
    b = FB(c, "ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    b.header("user-agent", UA)
    for k, v in [
        ("iu", "/2894/telaviva/novelas/preroll"),
        ("sz", "640x360"),
        ("rdid", b.id("gaid", where="query rdid")),
        ("idtype", "adid"),
        ("is_lat", "0"),
        ("correlator", str(c.rng.randint(10**12, 10**13))),
    ]:
        b.param(k, v)
    b.respond(200, "application/xml", b'<VAST version="4.0"></VAST>')
    return b.build()
