"""Sonora (music and podcasts) and Rádio Onda (live FM radio streams).

Sonora's backend keeps an `escutas` (plays) log: track id, ms played, whether
it was skipped, in batches, like every music service's play log; podcast
episodes sync `posicaoMs` per episode. It also sends a GA4-for-Firebase style
`audio_progress` event through its own relay (key `params.percent`). Rádio Onda
reports each listening session (emissora, início, segundos ouvidos) to its own
audience endpoint, which sells listener figures to advertisers (the model of
Triton Digital's listener tracking, tritondigital.com "Webcast Metrics"), with
the app's own listener id `ouvinteId`. Charts, lyrics and the now-playing
metadata poll are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, jsb

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.sonora.app.br"
RADIO = "https://audiencia.radioonda.com.br"
UA = ua("Sonora", "2.31.0")
UA_R = ua("RadioOnda", "4.0.7")
FAIXAS = [("t_55102", "Marília Mendonça - Supera"), ("t_60231", "Anitta - Envolver")]
FAIXAS += [("t_71420", "Jorge & Mateus - Propaganda"), ("t_39911", "Caetano Veloso - Sozinho")]
EPISODIOS = [("ep_3321", "Mano a Mano #112"), ("ep_4410", "Café da Manhã - 12/11")]
EMISSORAS = ["Onda FM 98.1 SP", "Onda News 90.5", "Onda Sertaneja 104.7"]


def _b(c: Context, method: str, url: str, agent: str = UA) -> FB:
    b = FB(c, "sonora" if agent == UA else "radioonda", method, url)
    b.header("user-agent", agent)
    return b


def escutas(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/me/escutas")
    b.view("json escutas[] faixa/msTocados")
    b.header("x-sonora-device", b.id("som_device", where="header x-sonora-device"))
    b.json(
        {
            "escutas": [
                {
                    "faixa": fid,
                    "nome": nome,
                    "msTocados": c.rng.randint(5_000, 240_000),
                    "pulou": c.rng.random() < 0.3,
                    "tocadoEm": iso(c),
                }
                for fid, nome in c.rng.sample(FAIXAS, 2)
            ]
        }
    )
    b.no_content()
    return b.build()


def podcast_posicao(c: Context) -> Flow:
    eid, nome = c.rng.choice(EPISODIOS)
    b = _b(c, "PUT", f"{API}/v1/me/podcasts/episodios/{eid}/posicao")
    b.view("json posicaoMs of episode")
    b.json({"episodio": nome, "posicaoMs": c.rng.randint(10_000, 3_600_000), "em": iso(c)})
    b.ok_json({"ok": True})
    return b.build()


def audio_progress(c: Context) -> Flow:
    eid, nome = c.rng.choice(EPISODIOS)
    b = _b(c, "POST", f"{API}/v1/relay/events")
    b.view("json name=audio_progress params.percent/episode")
    b.json(
        {
            "events": [
                {
                    "name": "audio_progress",
                    "params": {"episode_id": eid, "episode_title": nome, "percent": 50},
                    "ts": ms(c),
                }
            ]
        }
    )
    b.no_content()
    return b.build()


def letra(c: Context) -> Flow:
    fid, nome = c.rng.choice(FAIXAS)
    b = _b(c, "GET", f"{API}/v1/faixas/{fid}/letra")
    b.ok_json({"faixa": nome, "linhas": ["la la la"] * 4})
    return b.build()


def paradas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/paradas/top50-br")
    b.decoy("chart with play counts")
    b.ok_json({"top": [{"faixa": f, "plays": c.rng.randint(10**5, 10**7)} for f, _ in FAIXAS]})
    return b.build()


def sessao_radio(c: Context) -> Flow:
    b = _b(c, "POST", f"{RADIO}/v2/sessoes", UA_R)
    b.view("json emissora/inicio/segundosOuvidos")
    b.json(
        {
            "ouvinteId": b.id("radio_listener", where="json ouvinteId"),
            "emissora": c.rng.choice(EMISSORAS),
            "inicio": iso(c),
            "segundosOuvidos": c.rng.randint(60, 5400),
            "fonte": "app",
        }
    )
    b.no_content()
    return b.build()


def radio_ping_opaco(c: Context) -> Flow:
    """A base64 tuple under `d` at a path of one letter: nothing says what it is."""
    b = _b(c, "GET", f"{RADIO}/p", UA_R)
    b.view("query d (base64 tuple, no keys)", detectable=False)
    b.param("d", b64(jsb([c.rng.randint(1, 3), c.rng.randint(60, 900), ms(c) // 1000])))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def tocando_agora(c: Context) -> Flow:
    b = _b(c, "GET", f"https://meta.radioonda.com.br/agora?e={c.rng.randint(1, 3)}", UA_R)
    b.ok_json({"artista": "Luan Santana", "musica": "Meteoro", "capa": rid(c.rng)})
    return b.build()


def stream_chunk(c: Context) -> Flow:
    b = _b(
        c, "GET", f"https://stream.radioonda.com.br/ondafm.aac?seq={c.rng.randint(1, 9999)}", UA_R
    )
    b.decoy("audio stream fetch")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def equalizador(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/me/preferencias/eq")
    b.decoy("equaliser band gains (float series)")
    b.json({"bandas": [rf(c.rng, -6, 6, 1) for _ in range(10)], "preset": "sertanejo"})
    b.ok_json({"ok": True})
    return b.build()
