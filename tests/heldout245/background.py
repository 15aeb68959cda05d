"""Ordinary traffic between the apps: connectivity checks, IPMA and Open-Meteo
weather for Lisbon, map tiles, news images, crash reports with trace ids,
update checks with commit hashes, a lunch order, tram and metro arrival times,
fonts and a public-transport disruption feed. None of it carries biometric
data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .fleet import PARAGENS
from .phone import LB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> LB:
    b = LB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = LB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def tempo(c: Context) -> Flow:
    b = _b(
        c,
        "weather",
        "GET",
        "https://api.open-meteo.com/v1/forecast?latitude=38.72&longitude=-9.14&hourly=temperature_2m",
    )
    b.ok_json(
        {
            "latitude": 38.72,
            "longitude": -9.14,
            "hourly": {"temperature_2m": [rf(c.rng, 8, 32, 1) for _ in range(24)]},
        }
    )
    return b.build()


def ipma(c: Context) -> Flow:
    b = _b(
        c,
        "ipma",
        "GET",
        "https://api.ipma.pt/open-data/forecast/meteorology/cities/daily/1110600.json",
    )
    b.ok_json(
        {
            "data": [
                {
                    "tMin": rf(c.rng, 8, 16, 1),
                    "tMax": rf(c.rng, 16, 34, 1),
                    "precipitaProb": str(c.rng.randint(0, 100)),
                }
                for _ in range(5)
            ],
            "globalIdLocal": 1110600,
        }
    )
    return b.build()


def mapa(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def imagem_noticia(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.noticias-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o51877.ingest.sentry.io/api/4504412/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
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


def atualizacoes(c: Context) -> Flow:
    b = _b(
        c, "updates", "GET", "https://updates.tul-lisboa.example/apps/oficina/latest?canal=estavel"
    )
    b.decoy("commit hash")
    b.ok_json({"versao": "2.18.5", "commit": new_hex(c.rng, 40), "notas": "Correções"})
    return b.build()


def almoco(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.almoco-ja.example/v2/encomendas")
    b.decoy("order number")
    b.json(
        {
            "artigos": [{"sku": f"BIFANA-{c.rng.randint(100, 999)}", "quantidade": 2}],
            "morada": "Rua 1.º de Maio, Lisboa",
            "idempotencia": rid(c.rng),
        }
    )
    b.ok_json({"numeroEncomenda": order_no(c.rng), "total": rf(c.rng, 6, 30, 2)})
    return b.build()


def chegadas(c: Context) -> Flow:
    paragem = c.rng.choice(PARAGENS)
    b = _b(c, "transit", "GET", f"https://api.chegadas-lisboa.example/v1/paragens?nome={paragem}")
    b.ok_json(
        {
            "paragem": paragem,
            "proximas": [
                {
                    "carreira": c.rng.choice(["15E", "28E", "732", "Azul"]),
                    "minutos": c.rng.randint(1, 20),
                }
                for _ in range(3)
            ],
        }
    )
    return b.build()


def fontes(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def noticias(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.noticias-pt.example/v1/artigos?seccao=lisboa&t={ms(c)}")
    b.ok_json(
        {
            "artigos": [
                {"id": c.rng.randint(10**5, 10**6), "titulo": t}
                for t in (
                    "Greve parcial no Metro",
                    "Novo elétrico na carreira 15",
                    "Calor em Lisboa",
                )
            ]
        }
    )
    return b.build()


def perturbacoes(c: Context) -> Flow:
    b = _b(c, "transit", "GET", "https://api.chegadas-lisboa.example/v1/perturbacoes")
    b.decoy("line disruption notices with vehicle numbers")
    b.ok_json(
        {
            "avisos": [
                {"linha": "Linha Verde", "texto": "Circulação com perturbações", "desde": iso(c)}
            ]
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    tempo,
    ipma,
    mapa,
    imagem_noticia,
    sentry,
    atualizacoes,
    almoco,
    chegadas,
    fontes,
    noticias,
    perturbacoes,
    tempo,
    imagem_noticia,
    chegadas,
]
