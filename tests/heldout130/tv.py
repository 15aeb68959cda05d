"""The household's LG smart TV (content recognition) and the cable operator's
Android TV box.

The TV's ACR client matches screen fingerprints and reports what was on: the
channel, programme, start and seconds watched, with the TV's Wi-Fi MAC and
serial. A compact variant ships the matches base64'd in a binary frame
(opaque). The TV box logs channel changes (`trocas_canal`: canal, entrou,
saiu) with its serial and MAC and fetches the EPG; its firmware check names it
by serial in base64 under `s` (opaque). The EPG, the operator's audience
ranking (aggregate) and firmware downloads are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, jsb

from .phone import FB, iso, ms, rid

ACR = "https://acr-br.alphonso.tv"
BOX = "https://stb.conectatv.example"
TV_UA = "Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/537.36 LG Browser/8.00.00 webOS.TV-2023"
BOX_UA = "ConectaTVBox/3.8.1 (Linux; Android 11; CTV-4K Build/RTT1.220601)"
CANAIS = [
    ("TV Globo Nordeste", "Mania de Você"),
    ("SBT", "Programa do Ratinho"),
    ("Record", "Cidade Alerta"),
    ("Band", "Jogo Aberto"),
    ("TV Jornal", "Bronca 24 Horas"),
    ("SporTV", "Brasileirão: Sport x Bahia"),
]


def acr_relatorio(c: Context) -> Flow:
    canal, prog = c.rng.choice(CANAIS)
    b = FB(c, "lg-acr", "POST", f"{ACR}/acr/v3/matches")
    b.header("user-agent", TV_UA)
    b.header("x-device-id", b.id("tv_acr_uuid", where="header x-device-id"))
    b.view("json matches[] channel / program / watched_sec (ACR)")
    b.json(
        {
            "device": {
                "mac": b.id("tv_mac", where="json device.mac"),
                "serial": b.id("tv_serial", where="json device.serial"),
                "model": "50UR8750PSA",
                "country": "BR",
            },
            "matches": [
                {
                    "channel": canal,
                    "program": prog,
                    "start": iso(c),
                    "watched_sec": c.rng.randint(30, 3600),
                    "input": "HDMI1",
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def acr_compacto(c: Context) -> Flow:
    b = FB(c, "lg-acr", "POST", f"{ACR}/f/2")
    b.header("user-agent", TV_UA)
    b.header("x-device-id", b.id("tv_acr_uuid", where="header x-device-id"))
    b.view("octet-stream base64 frame of content matches", detectable=False)
    rows = [[c.rng.randint(1, 60), c.rng.randint(10**6, 10**7), ms(c) // 1000] for _ in range(4)]
    b.set_body(b64(jsb(rows)).encode(), "application/octet-stream")
    b.no_content()
    return b.build()


def box_sintonia(c: Context) -> Flow:
    b = FB(c, "conectatv", "POST", f"{BOX}/api/v1/logs/sintonia")
    b.header("user-agent", BOX_UA)
    b.view("json trocas_canal[] canal / entrou / saiu (tuning log)")
    trocas = []
    for _ in range(c.rng.randint(2, 6)):
        canal, prog = c.rng.choice(CANAIS)
        start = ms(c) - c.rng.randint(60000, 3600000)
        trocas.append(
            {
                "canal": canal,
                "programa": prog,
                "entrou": start,
                "saiu": start + c.rng.randint(30000, 1800000),
            }
        )
    b.json(
        {
            "stb": {
                "serial": b.id("box_serial", where="json stb.serial"),
                "mac": b.id("box_mac", where="json stb.mac"),
            },
            "contrato": b.acct("box_contrato"),
            "trocas_canal": trocas,
        }
    )
    b.ok_json({"recebido": len(trocas)})
    return b.build()


def box_firmware(c: Context) -> Flow:
    b = FB(c, "conectatv", "GET", f"{BOX}/ota/check")
    b.header("user-agent", BOX_UA)
    b.param("s", b.id("box_serial", "b64", "query s (base64 of the serial)", detectable=False))
    b.param("v", "3.8.1")
    b.ok_json({"update": False})
    return b.build()


def box_epg(c: Context) -> Flow:
    b = FB(c, "conectatv", "GET", f"{BOX}/api/v1/epg?regiao=REC&horas=6")
    b.header("user-agent", BOX_UA)
    b.decoy("EPG grid: broadcast schedule with start times")
    b.ok_json(
        {
            "grade": [
                {"canal": ch, "programa": p, "inicio": iso(c), "duracao_min": 60}
                for ch, p in CANAIS
            ]
        }
    )
    return b.build()


def box_audiencia(c: Context) -> Flow:
    b = FB(c, "conectatv", "GET", f"{BOX}/api/v1/destaques/mais-assistidos")
    b.header("user-agent", BOX_UA)
    b.decoy("most-watched channels across subscribers (aggregate share)")
    b.ok_json(
        {
            "ranking": [
                {"canal": ch, "share": round(30 - 4 * i, 1)} for i, (ch, _p) in enumerate(CANAIS)
            ]
        }
    )
    return b.build()


def tv_app_store(c: Context) -> Flow:
    b = FB(c, "lg", "GET", "https://br.lgappstv.com/api/v2/apps/featured?country=BR")
    b.header("user-agent", TV_UA)
    b.ok_json({"apps": [{"id": "com.globo.globoplay", "nome": "Globoplay"}], "req": rid(c.rng)})
    return b.build()
