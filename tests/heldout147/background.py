"""Ordinary traffic between the apps: weather, CEP (postcode) look-ups, maps, fonts,
crash envelopes with trace ids, WhatsApp-style chat, news with a face in the
headline, a sign-up form with a self-declared gender, a lottery result. None of
it carries biometric data, viewing history or a device identifier."""

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


def tempo(c: Context) -> Flow:
    lat, lon = rf(c.rng, -23.7, -8.0, 2), rf(c.rng, -46.8, -34.8, 2)
    b = _b(c, "clima", "GET", f"https://api.clima.example/v1/previsao?lat={lat}&lon={lon}")
    b.decoy("coordinates and a temperature series")
    b.ok_json({"lat": lat, "lon": lon, "temperaturas": [rf(c.rng, 18, 34, 1) for _ in range(24)]})
    return b.build()


def cep(c: Context) -> Flow:
    b = _b(
        c, "cep", "GET", f"https://cep.consulta.example/ws/{c.rng.randint(10**7, 10**8 - 1)}/json/"
    )
    b.ok_json(
        {"logradouro": "Rua da Aurora", "bairro": "Boa Vista", "localidade": "Recife", "uf": "PE"}
    )
    return b.build()


def tile(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
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


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/opensans/v40/mem8YaGs126MiZpBA-UFVZ0b.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o33117.ingest.sentry.io/api/4504412/envelope/")
    b.decoy("crash envelope: event / trace / span ids")
    ev = new_hex(c.rng, 32)
    event = {
        "event_id": ev,
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "NullPointerException", "value": "tela nula"}]},
    }
    env = "\n".join([js({"event_id": ev, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": ev})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://msg.zapzap.example/v2/mensagens")
    b.json(
        {
            "conversa": rid(c.rng),
            "id_cliente": rid(c.rng),
            "texto": c.rng.choice(["tô chegando", "bença, vó", "viu o jogo? 😂"]),
            "enviado": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng), "status": "entregue"})
    return b.build()


def noticia(c: Context) -> Flow:
    b = _b(
        c,
        "noticias",
        "GET",
        f"https://noticias.portal.example/api/materias/{c.rng.randint(10**5, 10**6)}",
    )
    b.decoy("news article about facial recognition at stadiums (text about faces)")
    b.ok_json(
        {
            "titulo": "Estádios adotam reconhecimento facial na entrada",
            "corpo": "A biometria facial passa a ser obrigatória para torcedores...",
            "publicado": iso(c),
        }
    )
    return b.build()


def cadastro(c: Context) -> Flow:
    b = _b(c, "loja", "POST", "https://conta.lojaonline.example/api/cadastro")
    b.decoy("sign-up form with self-declared gender and birth date")
    b.json(
        {"nome": "Pedro Souza", "genero": "masculino", "nascimento": "1990-02-11", "aceite": True}
    )
    b.ok_json({"cliente": rid(c.rng)})
    return b.build()


def loteria(c: Context) -> Flow:
    b = _b(c, "loteria", "GET", "https://loterias.resultado.example/api/megasena/ultimo")
    b.ok_json(
        {"concurso": c.rng.randint(2700, 2900), "dezenas": sorted(c.rng.sample(range(1, 61), 6))}
    )
    return b.build()


def crashlytics_settings(c: Context) -> Flow:
    b = _b(
        c,
        "crashlytics",
        "GET",
        "https://firebase-settings.crashlytics.com/spi/v2/platforms/android/gmp/1:558211443:android:9a1c/settings",
    )
    b.decoy("build instance hash")
    b.param("instance", new_hex(c.rng, 40))
    b.ok_json({"settings_version": 3, "cache_duration": 86400})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    tempo,
    cep,
    tile,
    fonts,
    sentry,
    chat,
    noticia,
    cadastro,
    loteria,
    tempo,
    chat,
    crashlytics_settings,
]
