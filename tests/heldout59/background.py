"""Ordinary traffic between the apps: connectivity checks, weather, map tiles,
CDN assets, crash reports with trace ids, feature flags, an update check with a
commit hash, a news article about facial recognition at stadiums, a phone game
that syncs its camera yaw/pitch, a recommendation model's item vectors, fuel
prices. None of it carries biometric data, viewing history or a device id."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, floats, iso, ms, rf, rid


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


def weather(c: Context) -> Flow:
    lat, lon = rf(c.rng, -23.7, -23.4, 2), rf(c.rng, -46.8, -46.4, 2)
    url = f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=precipitation"
    b = _b(c, "weather", "GET", url)
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"precipitation": [rf(c.rng, 0, 12, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(120))
    )
    return b.build()


def cdn_font(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(80)))
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(
        c,
        "sentry",
        "POST",
        f"https://o{c.rng.randint(10**5, 10**6)}.ingest.sentry.io"
        f"/api/{c.rng.randint(100, 999)}/envelope/",
    )
    b.decoy("trace / event ids")
    ev = {
        "event_id": new_hex(c.rng, 32),
        "trace_id": new_hex(c.rng, 32),
        "span_id": new_hex(c.rng, 16),
    }
    head = js({"event_id": ev["event_id"], "sent_at": iso(c)})
    item = {
        "level": "error",
        "exception": {"values": [{"type": "SocketTimeoutException"}]},
        "contexts": {"trace": {"trace_id": ev["trace_id"], "span_id": ev["span_id"]}},
    }
    body = head + '\n{"type":"event"}\n' + js(item)
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": ev["event_id"]})
    return b.build()


def flags(c: Context) -> Flow:
    b = _b(c, "flags", "GET", f"https://flags.telaplus.com.br/v1/flags?v=3.118.0&ts={ms(c)}")
    b.ok_json({"novoPlayer": True, "pixParcelado": False, "bucket": c.rng.randint(0, 99)})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "update", "GET", "https://updates.golaovivo.com.br/android/latest.json")
    b.decoy("commit hash")
    b.ok_json({"versao": "5.9.2", "commit": new_hex(c.rng, 40), "sha256": new_hex(c.rng, 64)})
    return b.build()


def news_faces(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        "https://g1.example-noticias.com.br/tecnologia/reconhecimento-facial-estadios.json",
    )
    b.decoy("article about facial recognition")
    b.ok_json(
        {
            "titulo": "Reconhecimento facial nos estádios: como funciona a biometria na entrada",
            "corpo": "Clubes passam a exigir cadastro do rosto; especialistas discutem "
            "landmarks e templates faciais.",
            "publicado": iso(c),
        }
    )
    return b.build()


def game_camera(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://api.futebolmanager.example/v2/partida/camera")
    b.decoy("game camera yaw/pitch/roll")
    b.json(
        {
            "camera": {
                "yaw": rf(c.rng, -180, 180, 2),
                "pitch": rf(c.rng, -30, 30, 2),
                "roll": 0.0,
                "fov": 60,
            },
            "replay": rid(c.rng),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def reco_vectors(c: Context) -> Flow:
    b = _b(
        c,
        "reco",
        "GET",
        f"https://reco.sonora.app.br/v1/itens/similares?item=t_{c.rng.randint(10000, 99999)}",
    )
    b.decoy("item embedding vectors (no face)")
    b.ok_json(
        {
            "itens": [
                {"id": f"t_{c.rng.randint(10000, 99999)}", "embedding": floats(c.rng, 32)}
                for _ in range(3)
            ]
        }
    )
    return b.build()


def fuel_prices(c: Context) -> Flow:
    b = _b(
        c, "fuel", "GET", "https://api.precoscombustivel.example/v1/serie?uf=SP&produto=gasolina"
    )
    b.decoy("price series")
    b.ok_json({"serie": [rf(c.rng, 5.4, 6.3, 3) for _ in range(30)]})
    return b.build()


def banner(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://static.bancojabuti.com.br/banners/{new_hex(c.rng, 8)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 999), 300))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, weather, map_tile, cdn_font, sentry, flags, update_check,
    news_faces, game_camera, reco_vectors, fuel_prices, banner, weather, map_tile,
]  # fmt: skip
