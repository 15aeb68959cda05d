"""The family's Hisense VIDAA TV: automatic content recognition reports and the
TV's ad id. VIDAA's ACR payload is not public; the fields follow common ACR
reports (fingerprint match -> channel / content id / offset, as described for
smart-TV ACR in Mohajeri Moghaddam et al., CCS 2019). The TV ad id is `ifa`
with `ifa_type`, per the IAB OTT IFA guidelines (iabtechlab.com).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz

from .phone import FB, ms, rid

CH = ["Las Estrellas", "Canal 5", "Azteca 7", "Canal 13 GT", "ViX", "Imagen TV"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vidaa", method, url)
    b.header("user-agent", "Mozilla/5.0 (Linux; VIDAA 7.0) Hisense/A6K")
    return b


def acr(c: Context) -> Flow:
    b = _b(c, "POST", "https://acr.vidaa-tv.example/v2/report")
    b.view("ACR matches: canal, content_id, offset_ms")
    b.json(
        {
            "deviceSerial": b.id("tv_serial", where="json deviceSerial"),
            "matches": [
                {
                    "canal": c.rng.choice(CH),
                    "content_id": new_hex(c.rng, 10),
                    "offset_ms": c.rng.randint(0, 3600000),
                    "ts": ms(c),
                }
                for _ in range(3)
            ],
        },
        encoding="gzip",
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "https://acr.vidaa-tv.example/v2/fp")
    b.view("base64 gzip fingerprint batch", detectable=False)
    b.json({"b": b64(gz(bytes(c.rng.getrandbits(8) for _ in range(200)))), "s": rid(c.rng)})
    b.no_content()
    return b.build()


def ad_beacon(c: Context) -> Flow:
    b = _b(c, "GET", "https://ads.vidaa-tv.example/vast")
    b.param("ifa", c.phone.tv_ifa)
    b.other_id("tv_ifa", "query ifa (TV ad id)")
    b.param("ifa_type", "vida")
    b.param("mac", b.id("tv_mac", where="query mac"))
    b.respond(200, "application/xml", b'<VAST version="3.0"/>')
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", "https://epg.vidaa-tv.example/mx/guide")
    b.decoy("programme guide")
    b.ok_json({"canales": [{"nombre": ch, "programa": "Noticiero"} for ch in CH]})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"https://ota.vidaa-tv.example/check?ver=V0000.07.00N.N{c.rng.randint(1000, 9999)}",
    )
    b.decoy("firmware check with hash")
    b.ok_json({"update": False, "sha256": new_hex(c.rng, 64)})
    return b.build()
