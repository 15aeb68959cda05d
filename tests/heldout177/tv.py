"""The living-room screen: a "Kallpa" smart TV with automatic content recognition
and a cable decoder lent by the operator, Cable Andino.

The TV's ACR client posts the programmes it matched on screen (`coincidencias`:
content id, channel, start, seconds) with its ACR id and Wi-Fi MAC; a second
path ships protobuf match rows with numeric fields only, the TV's serial among
them. Registration sends serial and MAC. The decoder logs channel tuning
(`registroSintonia`: channel, start, end) to the operator; an older decoder
firmware sends `c=`, `i=`, `f=` rows. The decoder's serial and CA card are the
operator's equipment (comodato), not the household's device. The programme
guide is content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms

ACR = "https://acr.kallpatv.example"
STB = "https://stb.cableandino.example"
CANALES = ["América TV", "Latina", "ATV", "Panamericana", "TV Perú", "Willax", "GOLPERU"]
PROGRAMAS = ["Esto es Guerra", "América Noticias", "Al fondo hay sitio", "JB en ATV", "Liga 1"]
TV_UA = "KallpaTV/5.2 (Linux; webOS-like; KT55U8)"


def acr(c: Context) -> Flow:
    b = FB(c, "kallpa-acr", "POST", f"{ACR}/v1/acr/coincidencias")
    b.header("user-agent", TV_UA)
    b.view("json coincidencias[] (ACR matches: channel, programme, seconds)")
    b.json(
        {
            "idAcr": b.id("tv_acr_id", where="json idAcr"),
            "macWifi": b.id("tv_mac", where="json macWifi"),
            "coincidencias": [
                {
                    "idContenido": f"k{c.rng.randint(10**6, 10**7)}",
                    "canal": c.rng.choice(CANALES),
                    "programa": c.rng.choice(PROGRAMAS),
                    "inicio": iso(c),
                    "duracionSeg": c.rng.randint(30, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_pb(c: Context) -> Flow:
    b = FB(c, "kallpa-acr", "POST", f"{ACR}/v2/m")
    b.header("user-agent", TV_UA)
    b.view("protobuf rows of numbers (content, channel, ts, seconds)", detectable=False)
    serial = b.id("tv_serial", "protobuf", "protobuf field 1 (TV serial)", detectable=False)
    rows = [
        pb_msg(
            3,
            [
                pb_varint(1, c.rng.randint(10**6, 10**7)),
                pb_varint(2, c.rng.randint(1, 40)),
                pb_varint(3, ms(c)),
                pb_varint(4, c.rng.randint(30, 3600)),
            ],
        )
        for _ in range(c.rng.randint(1, 5))
    ]
    b.set_body(pb_bytes(1, serial) + pb_varint(2, 5) + b"".join(rows), "application/x-protobuf")
    b.no_content()
    return b.build()


def registro_tv(c: Context) -> Flow:
    b = FB(c, "kallpa", "POST", "https://api.kallpatv.example/v1/tv/registro")
    b.header("user-agent", TV_UA)
    b.json(
        {
            "numeroSerie": b.id("tv_serial", where="json numeroSerie"),
            "macWifi": b.id("tv_mac", where="json macWifi"),
            "modelo": "KT55U8",
            "pais": "PE",
            "aceptaAcr": True,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def guia(c: Context) -> Flow:
    b = FB(c, "kallpa", "GET", f"https://api.kallpatv.example/v1/guia?canal={c.rng.randint(2, 13)}")
    b.header("user-agent", TV_UA)
    b.decoy("programme guide with start times (content fetch)")
    b.ok_json({"programas": [{"titulo": p, "inicio": iso(c), "min": 60} for p in PROGRAMAS]})
    return b.build()


def sintonia_deco(c: Context) -> Flow:
    b = FB(c, "cableandino-stb", "POST", f"{STB}/v1/registroSintonia")
    b.header("user-agent", "ZTE-STB/B860H Cable Andino")
    b.view("json registroSintonia[] (channel, start, end: tuning log)")
    b.decoy("decoder serial and CA card: the operator's equipment lent in comodato")
    start = ms(c)
    b.json(
        {
            "decodificador": c.phone.deco_serial,  # type: ignore[attr-defined]
            "tarjetaCA": c.phone.deco_ca,  # type: ignore[attr-defined]
            "registroSintonia": [
                {
                    "canal": c.rng.choice(CANALES),
                    "numeroCanal": c.rng.randint(2, 120),
                    "inicio": start - (i + 1) * 1200000,
                    "fin": start - i * 1200000,
                }
                for i in range(c.rng.randint(1, 4))
            ],
        }
    )
    b.ok_json({"recibido": True})
    return b.build()


def sintonia_vieja(c: Context) -> Flow:
    b = FB(c, "cableandino-stb", "POST", f"{STB}/l")
    b.header("user-agent", "ZTE-STB/B700 Cable Andino")
    b.view("form c / i / f rows (channel, start, end)", detectable=False)
    start = ms(c) // 1000
    b.form(
        [
            ("c", str(c.rng.randint(2, 120))),
            ("i", str(start - 1800)),
            ("f", str(start)),
            ("v", "2"),
        ]
    )
    b.no_content()
    return b.build()


def deco_estado(c: Context) -> Flow:
    b = FB(c, "cableandino-stb", "GET", f"{STB}/v1/estado")
    b.header("user-agent", "ZTE-STB/B860H Cable Andino")
    b.decoy("decoder serial in the query: the operator's equipment (comodato)")
    b.param("sn", c.phone.deco_serial)  # type: ignore[attr-defined]
    b.ok_json({"firmware": "V2.1.4", "senal": c.rng.randint(40, 99)})
    return b.build()
