"""Rádio Louvor: a gospel radio app (live FM stream plus a "culto" on demand). The
stream connects through a Triton-style URL with the ad id in the query (for
targeted audio ads), the app logs each listening session (`sessao_ouvinte`:
station, start, seconds listened) and, when the family casts it to the TV box,
the box's serial rides along. The verse of the day (reading), the "tocando
agora" now-playing card and the prayer-request form are not listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://app.radiolouvor.example"
UA = ua("RadioLouvor", "4.0.9")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "radiolouvor", method, url)
    b.header("user-agent", UA)
    return b


def stream_connect(c: Context) -> Flow:
    b = FB(c, "radiolouvor", "GET", "https://playerservices.streamtheworld.com/api/livestream")
    b.header("user-agent", UA)
    b.param("station", "LOUVORFM_REC")
    b.param("transports", "http,hls")
    b.param("version", "1.10")
    b.param("lsid", "app:" + b.id("aid_louvor", where="query lsid (app:ANDROID_ID)"))
    b.param("ifa", b.id("gaid", where="query ifa"))
    b.decoy("a stream-endpoint lookup: fetching a stream is not a listening log")
    b.respond(200, "text/xml", b"<live_stream_config><mountpoints/></live_stream_config>")
    return b.build()


def sessao_ouvinte(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/sessao_ouvinte")
    b.header("x-aparelho", b.id("aid_louvor", where="header x-aparelho"))
    b.view("json emissora / segundos_ouvidos (live radio listening session)")
    b.json(
        {
            "emissora": "Louvor FM 98,3 Recife",
            "programa": c.rng.choice(["Manhã de Adoração", "Culto da Vitória", "Hinos Eternos"]),
            "inicio": iso(c),
            "segundos_ouvidos": c.rng.randint(120, 5400),
            "saida": c.rng.choice(["fone", "bluetooth", "chromecast"]),
        }
    )
    b.no_content()
    return b.build()


def sessao_tvbox(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/sessao_ouvinte")
    b.view("json emissora / segundos_ouvidos, cast to the TV box")
    b.json(
        {
            "emissora": "Louvor FM 98,3 Recife",
            "segundos_ouvidos": c.rng.randint(300, 7200),
            "inicio": iso(c),
            "destino": {"tipo": "tvbox", "serial": b.id("box_serial", where="json destino.serial")},
        }
    )
    b.no_content()
    return b.build()


def opaco(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/x")
    b.view("form k=station|secs|ts (pipe row under 'k')", detectable=False)
    row = f"LVR983|{c.rng.randint(60, 4000)}|{ms(c) // 1000}"
    b.form([("k", row), ("v", "4")])
    b.no_content()
    return b.build()


def tocando_agora(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/tocando-agora?emissora=louvorfm")
    b.decoy("now playing on the station (public metadata, with elapsed seconds)")
    b.ok_json(
        {
            "musica": "Ninguém Explica Deus",
            "artista": "Preto no Branco",
            "decorrido_seg": c.rng.randint(0, 240),
            "ouvintes_agora": c.rng.randint(900, 9000),
        }
    )
    return b.build()


def versiculo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/versiculo-do-dia")
    b.decoy("verse of the day (reading, not listening)")
    b.ok_json({"ref": "Salmos 23:1", "texto": "O Senhor é o meu pastor; nada me faltará."})
    return b.build()


def pedido_oracao(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/pedidos-de-oracao")
    b.decoy("prayer request form (name, phone number: an account contact, not a device)")
    b.json(
        {
            "nome": "Ana",
            "telefone": b.acct("celular"),
            "pedido": "Pela saúde da minha mãe",
            "protocolo": rid(c.rng),
        }
    )
    b.ok_json({"recebido": True})
    return b.build()
