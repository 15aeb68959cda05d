"""The household's LG TV: ACR ("Live Plus"-style) reports and its firmware pings.

The TV fingerprints what is on screen and reports matched programmes with
channel and times (viewing history, per the FTC's account of smart-TV ACR in
FTC v. VIZIO, 2017). The newer firmware names its fields; a compact one sends a
packed row list under `m`. The ad-tech side's ACR device id and the TV's Wi-Fi
MAC identify the TV. The TV's app-store list and weather widget are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import HB, iso, ms

ACR = "https://acr-eu.tvhogar-acr.example"
SDP = "https://es.lgtvsdp.example"
UA = "Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/537.36 (KHTML, like Gecko) WebAppManager"
EMISIONES = [
    "Telediario 2",
    "El Hormiguero",
    "Pasapalabra",
    "La Resistencia",
    "Operación Triunfo",
    "Champions: Girona - PSV",
]


def _b(c: Context, sdk: str, method: str, url: str) -> HB:
    b = HB(c, sdk, method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def acr_coincidencias(c: Context) -> Flow:
    b = _b(c, "tv-acr", "POST", f"{ACR}/v4/matches")
    b.view("json matches[] (programme, channel, startTime, durationSec)")
    b.json(
        {
            "acrDeviceId": b.id("tv_acr_id", where="json acrDeviceId"),
            "matches": [
                {
                    "programme": c.rng.choice(EMISIONES),
                    "channel": c.rng.choice(["La 1", "Antena 3", "Telecinco", "TV3"]),
                    "startTime": iso(c),
                    "durationSec": c.rng.randint(30, 3600),
                    "source": "HDMI1",
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_compacto(c: Context) -> Flow:
    b = _b(c, "tv-acr", "POST", f"{ACR}/c")
    b.view("json m[] packed rows [fp-hash, ch, ts, s] (nothing readable)", detectable=False)
    b.json(
        {
            "d": b.id("tv_acr_id", where="json d (acr id under one letter)", detectable=False),
            "m": [
                [c.rng.getrandbits(32), c.rng.randint(1, 60), ms(c), c.rng.randint(10, 900)]
                for _ in range(c.rng.randint(1, 5))
            ],
        }
    )
    b.no_content()
    return b.build()


def registro_tv(c: Context) -> Flow:
    b = _b(c, "lg-sdp", "POST", f"{SDP}/rest/sdp/v11/initservices")
    b.json(
        {
            "macAddress": b.id("tv_mac", where="json macAddress"),
            "acrDeviceId": b.id("tv_acr_id", where="json acrDeviceId"),
            "modelName": "OLED55C34LA",
            "countryCode": "ES",
        }
    )
    b.ok_json({"result": "OK", "serverTime": ms(c)})
    return b.build()


def tienda_apps(c: Context) -> Flow:
    b = _b(c, "lg-sdp", "GET", f"{SDP}/rest/sdp/v11/apps/featured?country=ES")
    b.ok_json(
        {
            "apps": [
                {"id": a, "rating": round(c.rng.uniform(3, 5), 1)}
                for a in ("netflix", "rtveplay", "3cat", "movistarplus", "dazn")
            ]
        }
    )
    return b.build()


def tiempo_tv(c: Context) -> Flow:
    b = _b(c, "lg-sdp", "GET", f"{SDP}/rest/weather?lat=40.42&lon=-3.70")
    b.decoy("weather for the city coordinates (not a person's location trail)")
    b.ok_json({"ciudad": "Madrid", "temp": round(c.rng.uniform(4, 22), 1)})
    return b.build()
