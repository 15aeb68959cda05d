"""The living room: a TIM-like TV box (live TV, on demand) and an LG smart TV with ACR.

The TV box logs channel changes (`zapping[]`: `canale`, `ora_inizio`,
`permanenza_sec`) with its serial and Ethernet MAC, and serves "I miei
visti" (watch history) to the phone's remote app. The LG TV's ACR client
reports matched content (`acrResults[]`: `contentId`, `channelName`,
`startTime`, `viewDuration`) keyed by the TV serial; older firmware posts the
matches as numeric rows under `r` (not readable). The box's keep-alive sends an
MD5 of its MAC under `h`. EPG, the box's app list and firmware checks are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid

STB = "https://stb.timbox.example"
ACR = "https://acr.lgtv-insight.example"
STB_UA = "TIMBox/8.2.1 (AndroidTV 12; UIW4020)"
TV_UA = "Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/537.36 LG-ACR/4.2"
CANALI = ["Rai 1", "Canale 5", "Rai 3", "La7", "Rete 4", "Italia 1", "TV8", "Canale 21"]


def _stb(c: Context, method: str, url: str) -> FB:
    b = FB(c, "timbox", method, url)
    b.header("user-agent", STB_UA)
    b.header("x-stb-serial", b.id("stb_serial", where="header x-stb-serial"))
    return b


def zapping(c: Context) -> Flow:
    b = _stb(c, "POST", f"{STB}/api/v3/statistiche/zapping")
    b.view("json zapping[].permanenza_sec (live-channel tuning log)")
    b.json(
        {
            "mac": b.id("stb_mac", where="json mac"),
            "zapping": [
                {
                    "canale": c.rng.choice(CANALI),
                    "lcn": c.rng.randint(1, 30),
                    "ora_inizio": iso(c),
                    "permanenza_sec": c.rng.randint(5, 7200),
                }
                for _ in range(c.rng.randint(2, 6))
            ],
        }
    )
    b.no_content()
    return b.build()


def miei_visti(c: Context) -> Flow:
    b = FB(c, "timbox", "GET", f"{STB}/api/v3/utente/miei-visti?limite=20")
    b.header("user-agent", "TIMBoxRemote/2.4 (Android 14)")
    b.view("response json visti[].visto_il", direction="response")
    b.ok_json(
        {
            "visti": [
                {
                    "titolo": t,
                    "visto_il": iso(c),
                    "minuti_visti": c.rng.randint(3, 120),
                    "completato": c.rng.random() < 0.4,
                }
                for t in (
                    "Gomorra 5x03",
                    "Il giovane Montalbano",
                    "Boris 4x01",
                    "Vita da Carlo 2x04",
                )
            ]
        }
    )
    return b.build()


def keepalive_opaco(c: Context) -> Flow:
    b = FB(c, "timbox", "POST", f"{STB}/ka")
    b.header("user-agent", STB_UA)
    b.form([("h", b.id("stb_mac", "md5", "form h (md5 MAC)", detectable=False)), ("s", "1")])
    b.no_content()
    return b.build()


def acr_report(c: Context) -> Flow:
    b = FB(c, "lg-acr", "POST", f"{ACR}/v1/acr/report")
    b.header("user-agent", TV_UA)
    b.view("json acrResults[].viewDuration (smart-TV ACR)")
    b.json(
        {
            "tvSerial": b.id("tv_serial", where="json tvSerial"),
            "macAddress": b.id("tv_mac", where="json macAddress"),
            "country": "IT",
            "acrResults": [
                {
                    "contentId": f"EP{c.rng.randint(10**8, 10**9)}",
                    "channelName": c.rng.choice(CANALI),
                    "startTime": iso(c),
                    "viewDuration": c.rng.randint(30, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opaco(c: Context) -> Flow:
    b = FB(c, "lg-acr", "POST", f"{ACR}/r")
    b.header("user-agent", TV_UA)
    b.view("json r[] numeric rows", detectable=False)
    rows = [
        [c.rng.randint(10**8, 10**9), c.rng.randint(0, 7), ms(c), c.rng.randint(30, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"r": rows, "k": 7})
    b.no_content()
    return b.build()


def lg_registrazione(c: Context) -> Flow:
    b = FB(c, "lg-acr", "POST", f"{ACR}/v1/device/register")
    b.header("user-agent", TV_UA)
    b.json(
        {
            "tvSerial": b.id("tv_serial", where="json tvSerial"),
            "macAddress": b.id("tv_mac", "upper", "json macAddress (upper)"),
            "modelName": "OLED55C34LA",
            "webOSVersion": "23.20.55",
        }
    )
    b.ok_json({"registered": True, "policy": "acr_on"})
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(c, "timbox", "GET", f"{STB}/api/v3/epg?lcn={c.rng.randint(1, 30)}")
    b.header("user-agent", STB_UA)
    b.decoy("programme guide with start times (content fetch)")
    b.ok_json(
        {
            "programmi": [
                {"canale": ch, "titolo": "Telegiornale", "inizio": iso(c), "durata_min": 30}
                for ch in CANALI
            ]
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = FB(c, "timbox", "GET", f"{STB}/fw/latest?modello=UIW4020&versione=8.2.1")
    b.header("user-agent", STB_UA)
    b.decoy("firmware hash")
    b.ok_json({"versione": "8.3.0", "sha256": new_hex(c.rng, 64), "dimensione": 73400320})
    return b.build()


def impostazioni_immagine(c: Context) -> Flow:
    b = FB(
        c, "lg-tv", "GET", f"https://webos.lgtv-insight.example/v1/picture?mode={rid(c.rng)[:4]}"
    )
    b.header("user-agent", TV_UA)
    b.ok_json(
        {"modalita": "cinema", "luminosita": c.rng.randint(30, 90), "gamma": rf(c.rng, 1.8, 2.6, 1)}
    )
    return b.build()
