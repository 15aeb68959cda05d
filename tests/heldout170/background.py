"""Ordinary traffic around the analyst's work day: the IPMA forecast for Porto, map
tiles to the away ground, crash envelopes with trace ids, the staff chat, the
club's match calendar, a press-conference transcription (with speaker turns but
no speaker model), a news article about facial recognition at stadium gates,
the transfer-market value series, Metro do Porto and connectivity checks. None
of it carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def ipma_forecast(c: Context) -> Flow:
    b = _b(
        c,
        "ipma",
        "GET",
        "https://api.ipma.pt/open-data/forecast/meteorology/cities/daily/1131200.json",
    )
    b.decoy("forecast with coordinates")
    b.ok_json(
        {
            "owner": "IPMA",
            "country": "PT",
            "data": [
                {
                    "precipitaProb": str(rf(c.rng, 0, 100, 1)),
                    "tMin": str(c.rng.randint(6, 15)),
                    "tMax": str(c.rng.randint(14, 28)),
                    "latitude": "41.1580",
                    "longitude": "-8.6294",
                    "globalIdLocal": 1131200,
                }
                for _ in range(5)
            ],
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 16)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o220471.ingest.sentry.io/api/6611043/envelope/")
    b.decoy("crash envelope with event / trace ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "java",
        "release": "pt.taticapro.app@4.8.2",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {
            "values": [{"type": "java.io.IOException", "value": "timeout a carregar segmento"}]
        },
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def staff_chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.clube-ribeira.example/api/v1/mensagens")
    b.json(
        {
            "canal": c.rng.choice(["analise", "equipa-tecnica", "scouting"]),
            "texto": c.rng.choice(
                [
                    "Clipes da pressão alta já na pasta do mister",
                    "Vi o jogo deles de sábado, laterais muito subidos",
                    "Reunião de vídeo às 10h",
                ]
            ),
            "idCliente": rid(c.rng),
            "enviadaEm": ms(c),
        }
    )
    b.decoy("chat message ids; 'vi o jogo' is a message text, not a viewing report")
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def match_calendar(c: Context) -> Flow:
    b = _b(c, "clube", "GET", "https://api.clube-ribeira.example/v1/calendario?epoca=2026-27")
    b.ok_json(
        {
            "jogos": [
                {
                    "jogo": c.rng.randint(2300, 2499),
                    "adversario": a,
                    "inicio": iso(c),
                    "casa": c.rng.random() < 0.5,
                }
                for a in ("SC Foz", "CD Nacional", "Gil Vicente B")
            ]
        }
    )
    return b.build()


def press_transcript(c: Context) -> Flow:
    b = _b(c, "transcricao", "POST", "https://stt.clube-ribeira.example/v1/transcricoes")
    b.decoy("press-conference transcription with speaker turns (no voiceprint or speaker model)")
    b.json(
        {
            "audio": f"https://media.clube-ribeira.example/imprensa/{new_hex(c.rng, 12)}.m4a",
            "idioma": "pt-PT",
            "diarizacao": True,
            "segmentos": [
                {"orador": f"S{i % 2 + 1}", "inicio": rf(c.rng, 0, 900, 1), "texto": t}
                for i, t in enumerate(
                    [
                        "Boa tarde a todos.",
                        "Mister, como avalia o jogo?",
                        "Fizemos uma boa primeira parte.",
                    ]
                )
            ],
        }
    )
    b.ok_json({"tarefa": rid(c.rng)})
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(
        c,
        "noticias",
        "GET",
        f"https://www.jornal-desportivo.example/api/artigos/{c.rng.randint(10**5, 10**6)}",
    )
    b.decoy("article about facial recognition at stadium turnstiles (text about faces)")
    b.ok_json(
        {
            "titulo": "Reconhecimento facial nas entradas dos estádios: CNPD pede cautela",
            "corpo": "A proposta de usar reconhecimento facial e biometria nas bancadas...",
            "etiquetas": ["biometria", "reconhecimento facial", "adeptos"],
            "leituras": c.rng.randint(1000, 90000),
        }
    )
    return b.build()


def market_values(c: Context) -> Flow:
    b = _b(
        c,
        "mercado",
        "GET",
        f"https://api.valores-mercado.example/v2/jogadores/{c.rng.randint(10**4, 10**5)}/historico",
    )
    b.decoy("player market value series (price series)")
    b.ok_json(
        {
            "moeda": "EUR",
            "serie": [[ms(c) - i * 86400000, c.rng.randint(2, 40) * 100000] for i in range(24)],
        }
    )
    return b.build()


def metro_topup(c: Context) -> Flow:
    b = _b(c, "metro", "POST", "https://app.metro-porto.example/api/andante/carregamentos")
    b.decoy("transport card number and order id (a ticket, not a device)")
    b.json(
        {
            "cartao": "AND" + str(c.rng.randint(10**9, 10**10)),
            "titulo": "Z2",
            "viagens": 10,
            "pedido": rid(c.rng),
        }
    )
    b.ok_json({"estado": "ok"})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/inter/v13/UcC73FwrK3iLTeHuS_fvQtMwCp50KnMa.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    ipma_forecast,
    map_tile,
    sentry_crash,
    staff_chat,
    match_calendar,
    press_transcript,
    news_article,
    market_values,
    metro_topup,
    fonts,
    staff_chat,
    map_tile,
]
