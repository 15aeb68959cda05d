"""Ordinary traffic between the apps: connectivity checks, weather for Recife /
Belo Horizonte / Lisbon, map tiles, an iFood-like delivery order with the
courier's map position, a Mercado-Livre-like shop (product views, a product's
serial number in the catalogue), news, chat, bus times in Recife, a crash report
with trace ids, and a mobile game's camera yaw. None of it carries biometric
data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid

CITIES = [(-8.05, -34.9), (-19.92, -43.94), (38.72, -9.14)]


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


def tempo(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 14, 34, 1) for _ in range(24)]},
        }
    )
    return b.build()


def mapa(c: Context) -> Flow:
    z = c.rng.randint(11, 17)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(200, "image/png", bytes(c.rng.randrange(256) for _ in range(120)))
    return b.build()


def delivery(c: Context) -> Flow:
    lat, lon = CITIES[c.rng.randint(0, 1)]
    b = _b(
        c,
        "comidaja",
        "GET",
        f"https://api.comidaja.example/v1/pedidos/{new_hex(c.rng, 10)}/rastreio",
    )
    b.decoy("courier's map position and ETA")
    b.ok_json(
        {
            "status": "A_CAMINHO",
            "posicao": {"lat": lat + rf(c.rng, -0.02, 0.02), "lng": lon + rf(c.rng, -0.02, 0.02)},
            "previsao_min": c.rng.randint(5, 40),
        }
    )
    return b.build()


def pedido(c: Context) -> Flow:
    b = _b(c, "comidaja", "POST", "https://api.comidaja.example/v1/pedidos")
    b.json(
        {
            "restaurante": "Tapiocaria da Praça",
            "itens": [{"nome": "Tapioca de queijo coalho", "qtd": 2}],
            "pagamento": "pix",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"pedidoId": new_hex(c.rng, 10), "total": rf(c.rng, 20, 90, 2)})
    return b.build()


def loja_produto(c: Context) -> Flow:
    b = _b(c, "mercadao", "POST", "https://api.mercadao.example/v2/eventos")
    b.decoy("shop product view event (view / visualizacao of a product)")
    b.json(
        {
            "evento": "view_item",
            "produto_id": "MLB" + str(c.rng.randint(10**9, 10**10)),
            "tempo_na_pagina": c.rng.randint(3, 120),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def loja_catalogo(c: Context) -> Flow:
    b = _b(c, "mercadao", "GET", "https://api.mercadao.example/v2/itens?q=roteador+wifi")
    b.decoy("catalogue item with its product serial number and MAC-style model code")
    b.ok_json(
        {
            "itens": [
                {
                    "titulo": "Roteador Wi-Fi 6",
                    "numero_serie": "SN" + new_hex(c.rng, 10).upper(),
                    "preco": rf(c.rng, 150, 600, 2),
                }
            ]
        }
    )
    return b.build()


def noticias(c: Context) -> Flow:
    b = _b(c, "noticias", "GET", "https://api.jornaldorecife.example/v1/manchetes?editoria=cidades")
    b.ok_json(
        {
            "manchetes": [
                {"titulo": "Chuva forte atinge a Região Metropolitana", "publicado": iso(c)}
            ]
        }
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "zapchat", "POST", "https://api.zapchat.example/v1/mensagens")
    b.json(
        {
            "conversa": new_hex(c.rng, 12),
            "texto": c.rng.choice(
                ["Oi mãe, tudo bem?", "Já assistiu o capítulo de ontem?", "Bom dia! 🌞"]
            ),
            "enviadaEm": iso(c),
        }
    )
    b.ok_json({"ok": True, "id": rid(c.rng)})
    return b.build()


def onibus(c: Context) -> Flow:
    linha = c.rng.choice(["2441", "060", "1955"])
    parada = c.rng.randint(1000, 9999)
    b = _b(
        c,
        "cittamobi",
        "GET",
        f"https://api.onibusrecife.example/v1/linhas/{linha}/previsao?parada={parada}",
    )
    b.ok_json(
        {
            "linha": linha,
            "chegadas": [
                {"minutos": c.rng.randint(1, 30), "posicaoVeiculo": {"lat": -8.05, "lng": -34.9}}
            ],
        }
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44871.ingest.sentry.io/api/5521033/envelope/")
    b.decoy("crash report with event and trace ids")
    head = {"event_id": new_hex(c.rng, 32), "sent_at": iso(c)}
    event = {
        "level": "error",
        "exception": {"values": [{"type": "NullPointerException"}]},
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32)}},
    }
    body = js(head) + "\n" + js({"type": "event"}) + "\n" + js(event) + "\n"
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": new_hex(c.rng, 32)})
    return b.build()


def jogo(c: Context) -> Flow:
    b = _b(c, "cangaco-game", "POST", "https://telemetry.cangacogame.example/v1/batch")
    b.decoy("game camera yaw/pitch and player position")
    b.json(
        {
            "cena": "sertao_02",
            "camera": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 30, 2)},
            "posicao": [rf(c.rng, 0, 500, 1), rf(c.rng, 0, 500, 1)],
            "fps": c.rng.randint(30, 60),
        }
    )
    b.no_content()
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    tempo,
    tempo,
    mapa,
    mapa,
    delivery,
    pedido,
    loja_produto,
    loja_catalogo,
    noticias,
    chat,
    chat,
    onibus,
    sentry,
    jogo,
]
