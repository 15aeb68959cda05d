"""The family's smart TV (Kairo, a fictional maker) with automatic content
recognition switched on in its "Experiencia personalizada" setting.

The TV sends ACR match reports (what was recognised on screen: content,
channel or input, start, seconds) under its ACR id, and, on the older path,
binary audio fingerprints with field numbers only (the match happens server
side: labelled as viewing history, not readable). Registration names its Wi-Fi
MAC and serial. Ambient-mode artworks, the app store and picture settings are
ordinary traffic.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf

API = "https://api.kairotv.example"
ACR = "https://acr.kairotv.example"
UA = "KairoTV/6.1 (Linux; WebOS-like 7.3; KR55U8)"
FUENTES = ["HDMI1:decodificador", "app:MiradorPlay", "app:HinchadaPlus", "app:Culebron", "tdt:7.1"]
TITULOS = ["Tierra Brava", "River vs. Boca", "Amor a la Turca", "Teletrece", "Los 80"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kairotv", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def acr_reporte(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/acr/coincidencias")
    b.header("x-acr-device", b.id("tv_acr_id", where="header x-acr-device"))
    b.view("json acrMatches[] (recognised content, start, seconds)")
    b.json(
        {
            "acrMatches": [
                {
                    "contentTitle": c.rng.choice(TITULOS),
                    "source": c.rng.choice(FUENTES),
                    "matchedAt": iso(c),
                    "watchSeconds": c.rng.randint(30, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
            "locale": "es_CL",
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def huellas(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v3/s")
    b.view("protobuf audio fingerprints (fields 1-3, no names)", detectable=False)
    body = pb_bytes(1, b.id("tv_acr_id", "protobuf", "protobuf field 1", detectable=False))
    body += b"".join(
        pb_msg(
            2, [pb_varint(1, ms(c)), pb_bytes(2, bytes(c.rng.getrandbits(8) for _ in range(48)))]
        )
        for _ in range(4)
    )
    b.set_body(body, "application/octet-stream")
    b.respond(200, "application/octet-stream", pb_varint(1, 0))
    return b.build()


def registro(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tv/registro")
    b.json(
        {
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "acrId": b.id("tv_acr_id", where="json acrId"),
            "modelo": "KR55U8",
            "pais": "CL",
        }
    )
    b.ok_json({"registrado": True})
    return b.build()


def config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tv/config")
    b.param("sn", b.id("tv_serial", where="query sn"))
    b.ok_json({"acr": True, "intervaloSeg": 15, "publicidad": True})
    return b.build()


def arte(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ambient/obras?coleccion=paisajes-chile")
    b.ok_json(
        {"obras": [{"id": new_hex(c.rng, 8), "titulo": t} for t in ("Torres del Paine", "Chiloé")]}
    )
    return b.build()


def tienda(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/apps/destacadas")
    b.decoy("app store rail with install counts (aggregate)")
    b.ok_json({"apps": [{"id": a, "instalaciones": c.rng.randint(10**4, 10**6)} for a in FUENTES]})
    return b.build()


def imagen(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tv/ajustes")
    b.json({"modoImagen": "Cine", "brillo": c.rng.randint(20, 80), "gamma": rf(c.rng, 1.8, 2.4, 1)})
    b.no_content()
    return b.build()
