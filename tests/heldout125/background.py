"""Ordinary traffic between the apps: connectivity checks, IPMA weather, map
tiles, Slack with the engineering channel, Sentry crash envelopes with trace
ids, fonts, train times, the station's news CMS (an article about facial
recognition) and a conference sign-up form with a self-declared gender. None of
it carries biometric data, viewing history or an identifier of her devices."""

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
    url = "https://connectivitycheck.gstatic.com/generate_204"
    b = FB(c, "android", "GET", url, http_version="HTTP/1.1")
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    city = c.rng.choice(["1110600", "1131200"])  # Lisboa, Porto
    b = _b(
        c,
        "ipma",
        "GET",
        f"https://api.ipma.pt/open-data/forecast/meteorology/cities/daily/{city}.json",
    )
    b.decoy("forecast with coordinates")
    b.ok_json(
        {
            "globalIdLocal": int(city),
            "data": [
                {"tMin": rf(c.rng, 5, 14, 1), "tMax": rf(c.rng, 14, 28, 1),
                 "latitude": "38.7660", "longitude": "-9.1286"}
                for _ in range(5)
            ],
        }
    )  # fmt: skip
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
    x, y = c.rng.randint(0, 2**z), c.rng.randint(0, 2**z)
    b = _b(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def slack_message(c: Context) -> Flow:
    b = _b(c, "slack", "POST", "https://slack.com/api/chat.postMessage")
    text = c.rng.choice(
        [
            "Emissor de Monsanto com potência refletida alta, vou lá amanhã",
            "IRD do feed SNG 2 sem sinal desde as 14h",
            "can someone check the AA2 encoder? freeze alarms",
            "o logger do AA1 já gravou o excerto da queixa",
        ]
    )
    b.form([("channel", "C0" + new_hex(c.rng, 8).upper()), ("text", text), ("ts", str(ms(c)))])
    b.ok_json({"ok": True, "ts": f"{c.now:.6f}"})
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o118230.ingest.sentry.io/api/4404127/envelope/")
    b.decoy("crash envelope with event and trace ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/inter/v13/UcC73FwrK3iLTeHuS_fvQtMwCp50KnMa1ZL7.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def train_times(c: Context) -> Flow:
    b = _b(
        c,
        "comboios",
        "GET",
        "https://horarios.comboios-exemplo.example/v1/partidas?estacao=Campanha",
    )
    b.decoy("departures with times and platforms")
    b.ok_json(
        {
            "partidas": [
                {"comboio": f"AP {c.rng.randint(100, 199)}", "destino": "Lisboa Santa Apolónia",
                 "hora": iso(c), "linha": c.rng.randint(1, 9)}
                for _ in range(4)
            ]
        }
    )  # fmt: skip
    return b.build()


def cms_article(c: Context) -> Flow:
    b = _b(
        c,
        "aa-cms",
        "GET",
        f"https://cms.antena-atlantica.example/api/artigos/{c.rng.randint(10**5, 10**6)}",
    )
    b.decoy("news article about facial recognition cameras (an article about faces)")
    b.ok_json(
        {
            "titulo": "Câmaras com reconhecimento facial no metro? CNPD diz que não",
            "corpo": "A Comissão Nacional de Proteção de Dados considera que o reconhecimento "
            "facial e a biometria em espaço público exigem lei própria...",
            "tags": ["reconhecimento facial", "biometria", "privacidade"],
            "publicado": iso(c),
        }
    )
    return b.build()


def conference_signup(c: Context) -> Flow:
    b = _b(c, "eventos", "POST", "https://inscricoes.broadcast-summit.example/api/v1/registos")
    b.decoy("conference sign-up: self-declared gender and job on a form")
    b.json(
        {
            "nome": "Inês Carvalho",
            "genero": "feminino",
            "empresa": "Antena Atlântica",
            "cargo": "Engenheira de Transmissão",
            "workshop": "ST 2110 na prática",
            "pedido": rid(c.rng),
        }
    )
    b.ok_json({"inscricao": f"BS25-{c.rng.randint(1000, 9999)}"})
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.antena-atlantica.example/agora")
    b.ok_json({"epochMs": ms(c), "tz": "Europe/Lisbon", "ptp_offset_ns": c.rng.randint(-900, 900)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    slack_message,
    sentry_crash,
    fonts,
    train_times,
    cms_article,
    conference_signup,
    time_sync,
    slack_message,
    map_tile,
]
