"""TaticaPro: the club's tactical-analysis platform, on the analyst's own phone and
on the tablet the club lends her.

The analyst cuts match footage on a timeline, tags clips (`etiquetas`), builds
playlists for the coaches and logs which clips a coach replayed in the review
session. All of that is work on footage, not anybody's personal viewing: the
timeline's `posicaoTimelineMs`, a clip's `inicioMs` / `fimMs` and the coaches'
replay log are an editor's positions and a business's review log (decoys). The
phone registers with its ANDROID_ID (her phone: a device id); the club tablet
registers with its asset tag and serial (employer's equipment: a decoy).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.taticapro.example"
MEDIA = "https://media.taticapro.example"
UA = ua("TaticaPro", "4.8.2")
EQUIPAS = ["FC Ribeira", "SC Foz", "Gil Vicente B", "Académico Viseu", "CD Nacional"]
ACOES = ["pressao_alta", "transicao_ofensiva", "bola_parada", "saida_de_bola", "contra_ataque"]


def _b(c: Context, method: str, url: str, tablet: bool = False) -> FB:
    b = FB(c, "taticapro", method, url)
    if tablet:
        b.header("user-agent", "TaticaPro/4.8.2 (Linux; Android 13; SM-X810 Build/TP1A)")
    else:
        b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("accept-language", "pt-PT")
    return b


def _jogo(c: Context) -> str:
    return f"jogo_{c.rng.randint(2300, 2499)}"


def register_phone(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dispositivos/registar")
    b.json(
        {
            "idDispositivo": b.id("aid_tatica", where="json idDispositivo"),
            "plataforma": "android",
            "modelo": "SM-S911B",
            "utilizador": b.acct("tatica_user"),
            "versaoApp": "4.8.2",
        }
    )
    b.ok_json({"registado": True, "sessao": rid(c.rng)})
    return b.build()


def register_tablet(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dispositivos/registar", tablet=True)
    b.decoy("club-owned tablet: asset tag and serial are the employer's equipment")
    b.json(
        {
            "idDispositivo": "CLB-TAB-" + str(c.rng.randint(10, 40)),
            "numeroSerie": "R52W" + new_hex(c.rng, 7).upper(),
            "patrimonio": "Departamento de Análise",
            "plataforma": "android",
            "modelo": "SM-X810",
        }
    )
    b.ok_json({"registado": True, "sessao": rid(c.rng)})
    return b.build()


def timeline_save(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/jogos/{_jogo(c)}/timeline", tablet=c.rng.random() < 0.5)
    b.decoy("analyst's editing timeline position and clip in/out points (work, not viewing)")
    b.json(
        {
            "posicaoTimelineMs": c.rng.randint(0, 5_700_000),
            "zoom": rf(c.rng, 0.5, 4, 2),
            "faixas": [
                {
                    "tipo": "video",
                    "camara": c.rng.choice(["tatica", "principal", "baliza_norte"]),
                    "offsetMs": c.rng.randint(0, 2000),
                }
            ],
            "gravadoEm": iso(c),
        }
    )
    b.ok_json({"versao": c.rng.randint(10, 400)})
    return b.build()


def tag_clip(c: Context) -> Flow:
    inicio = c.rng.randint(0, 5_600_000)
    b = _b(c, "POST", f"{API}/v2/jogos/{_jogo(c)}/clipes")
    b.decoy("tagged clip of match footage with start/end (analyst's work)")
    b.json(
        {
            "inicioMs": inicio,
            "fimMs": inicio + c.rng.randint(4000, 30000),
            "etiquetas": c.rng.sample(ACOES, 2),
            "jogadores": [c.rng.randint(1, 99) for _ in range(3)],
            "adversario": c.rng.choice(EQUIPAS),
            "notas": c.rng.choice(["perda no corredor central", "bloco baixo 5-4-1", "ok"]),
        }
    )
    b.ok_json({"clipeId": f"clp_{new_hex(c.rng, 10)}"})
    return b.build()


def coach_replays(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/sessoes-video/{rid(c.rng)}/reproducoes", tablet=True)
    b.decoy("coaches' replay log of tagged clips in a review session (club's work, not personal)")
    b.json(
        {
            "sala": "Sala de Vídeo 2",
            "reproducoes": [
                {
                    "clipeId": f"clp_{new_hex(c.rng, 10)}",
                    "vezes": c.rng.randint(1, 6),
                    "pausadoEmMs": c.rng.randint(0, 25000),
                    "em": iso(c),
                }
                for _ in range(c.rng.randint(2, 6))
            ],
        }
    )
    b.no_content()
    return b.build()


def playlist(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/playlists/treinador?semana={c.rng.randint(1, 40)}")
    b.decoy("playlist of clips prepared for the coaches (catalogue of work clips)")
    b.ok_json(
        {
            "itens": [
                {
                    "clipeId": f"clp_{new_hex(c.rng, 10)}",
                    "titulo": c.rng.choice(ACOES).replace("_", " "),
                    "duracaoMs": c.rng.randint(4000, 30000),
                    "miniatura": f"{MEDIA}/thumbs/{new_hex(c.rng, 16)}.jpg",
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def footage_segment(c: Context) -> Flow:
    b = FB(
        c,
        "taticapro",
        "GET",
        f"{MEDIA}/jogos/{_jogo(c)}/tatica/1080p/seg_{c.rng.randint(1, 1200):05d}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def render_export(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/exportacoes")
    b.decoy("render job of a clip compilation with timecodes")
    b.json(
        {
            "clipes": [f"clp_{new_hex(c.rng, 10)}" for _ in range(4)],
            "formato": "mp4",
            "resolucao": "1080p",
            "timecodeInicio": f"01:{c.rng.randint(0, 59):02d}:{c.rng.randint(0, 59):02d}:00",
            "marcaAgua": True,
        }
    )
    b.ok_json({"tarefa": rid(c.rng), "estado": "em_fila", "criadoEm": ms(c)})
    return b.build()
