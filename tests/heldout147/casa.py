"""The household's other screens: a Samsung smart TV with ACR, an Android TV box at
grandma's in Recife running an IPTV operator's app, and a Galaxy Watch.

The TV's automatic content recognition reports matched programmes (channel,
programme, start, seconds) keyed by the TV's DUID and Wi-Fi MAC; the log host
is Samsung's ACR domain. The TV box's operator app logs channel changes
(`zapeamento`: channel, entered, left) with the box's serial and Ethernet MAC,
and on its older firmware as bare [channel, start, end] rows under `z`. The
watch syncs health data and its BLE MAC / serial through the phone. The EPG,
the box's firmware check, remote key presses, heart-rate series and watch faces
are ordinary data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid

ACR = "https://log-ingestion.samsungacr.com"
BOX = "https://iptv.conectatv.example"
WATCH = "https://sync.pulsobr.example"
CANAIS = ["TelaViva SP", "SBT", "Record", "Band", "TV Cultura", "TV Jornal", "Canção Nova"]
PROGRAMAS = ["Novela das Nove", "Jornal Nacional Local", "Futebol Brasileirão", "Culto ao Vivo"]
UA_TV = "Mozilla/5.0 (SMART-TV; Linux; Tizen 7.0) AppleWebKit/537.36 SamsungBrowser/4.0 TV"
UA_BOX = "ConectaTV/5.1.3 (Linux; Android 11; BRX-4K Build/RP1A.201005.006)"


def acr_relatorio(c: Context) -> Flow:
    b = FB(c, "samsung-acr", "POST", f"{ACR}/v2/acr/logs")
    b.header("user-agent", UA_TV)
    b.view("json matches[] channel / programme / start / seconds (smart-TV ACR)")
    b.json(
        {
            "duid": b.id("tv_duid", where="json duid"),
            "psid": b.id("tv_psid", where="json psid (ACR privacy-service id)"),
            "mac": b.id("tv_mac", where="json mac"),
            "matches": [
                {
                    "channel": c.rng.choice(CANAIS),
                    "program": c.rng.choice(PROGRAMAS),
                    "start": iso(c),
                    "seconds": c.rng.randint(30, 3600),
                    "source": c.rng.choice(["HDMI1", "TV"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_fingerprint(c: Context) -> Flow:
    """Per-frame fingerprint batches: hex hashes and offsets only, no names."""
    b = FB(c, "samsung-acr", "POST", f"{ACR}/fp/1")
    b.header("user-agent", UA_TV)
    b.view("json f[] fingerprint rows (matched server-side to what is on screen)", detectable=False)
    b.json({"f": [[new_hex(c.rng, 16), ms(c) + i * 500] for i in range(8)], "k": 7})
    b.ok_json({"n": 8})
    return b.build()


def tv_config(c: Context) -> Flow:
    b = FB(c, "samsung-acr", "GET", f"{ACR}/v2/config?country=BR&model=QN55Q60C")
    b.header("user-agent", UA_TV)
    b.ok_json({"interval_s": 15, "enabled": True})
    return b.build()


def zapeamento(c: Context) -> Flow:
    b = FB(c, "conectatv", "POST", f"{BOX}/api/v1/zapeamento")
    b.header("user-agent", UA_BOX)
    b.view("json trocas_canal[] canal + entrou + saiu (live channel tuning log)")
    b.json(
        {
            "serial_decodificador": b.id("box_serial", where="json serial_decodificador"),
            "mac_eth": b.id("box_mac", where="json mac_eth"),
            "trocas_canal": [
                {"canal": c.rng.choice(CANAIS), "entrou": iso(c), "saiu": iso(c)}
                for _ in range(c.rng.randint(1, 5))
            ],
        }
    )
    b.no_content()
    return b.build()


def zap_opaco(c: Context) -> Flow:
    b = FB(c, "conectatv", "POST", f"{BOX}/z")
    b.header("user-agent", UA_BOX)
    b.view("json z[] rows [channel no., start, end]", detectable=False)
    start = int(c.now)
    b.json(
        {
            "s": b.id(
                "box_serial",
                where="json s (decoder serial, under a one-letter key)",
                detectable=False,
            ),
            "z": [[c.rng.randint(2, 60), start - 600 * i, start - 600 * i + 300] for i in range(3)],
        }
    )
    b.no_content()
    return b.build()


def box_registro(c: Context) -> Flow:
    b = FB(c, "conectatv", "POST", f"{BOX}/api/v1/dispositivo/ativar")
    b.header("user-agent", UA_BOX)
    b.json(
        {
            "android_id": b.id("aid_box", where="json android_id"),
            "serial": b.id("box_serial", where="json serial"),
            "mac_ethernet": b.id("box_mac", "upper", "json mac_ethernet"),
            "modelo": "BRX-4K",
        }
    )
    b.ok_json({"ativado": True, "pacote": "Família HD"})
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(c, "conectatv", "GET", f"{BOX}/api/v1/epg?canal={c.rng.randint(2, 60)}")
    b.header("user-agent", UA_BOX)
    b.decoy("programme guide with start times (EPG)")
    b.ok_json({"grade": [{"programa": p, "inicio": iso(c), "duracao": 60} for p in PROGRAMAS]})
    return b.build()


def box_firmware(c: Context) -> Flow:
    b = FB(c, "conectatv", "GET", f"{BOX}/fw/check?modelo=BRX-4K&versao=5.1.3")
    b.header("user-agent", UA_BOX)
    b.decoy("firmware hash")
    b.ok_json({"versao": "5.1.4", "sha256": new_hex(c.rng, 64)})
    return b.build()


def watch_sync(c: Context) -> Flow:
    b = FB(c, "pulsobr", "POST", f"{WATCH}/v1/relogio/sincronizar")
    b.header("user-agent", "PulsoBR/2.6 (Android 14)")
    b.json(
        {
            "relogio": {
                "mac_bluetooth": b.id("watch_mac", where="json relogio.mac_bluetooth"),
                "numero_serie": b.id("watch_serial", where="json relogio.numero_serie"),
            },
            "frequencia_cardiaca": [c.rng.randint(58, 130) for _ in range(30)],
            "passos": c.rng.randint(500, 14000),
            "inicio": ms(c),
        },
        "gzip",
    )
    b.ok_json({"ok": True, "proxima_sync_s": 900})
    return b.build()


def watch_hb(c: Context) -> Flow:
    b = FB(c, "pulsobr", "GET", f"{WATCH}/p")
    b.header("user-agent", "PulsoBR/2.6 (Android 14)")
    b.param("d", b.id("watch_mac", "md5_of_nosep", "query d (md5 of MAC)", detectable=False))
    b.param("b", str(c.rng.randint(5, 100)))
    b.no_content()
    return b.build()


def mostrador(c: Context) -> Flow:
    b = FB(c, "pulsobr", "POST", f"{WATCH}/v1/mostradores/instalar")
    b.header("user-agent", "PulsoBR/2.6 (Android 14)")
    b.decoy("watch face (not a face)")
    b.json({"mostrador": c.rng.choice(["Analógico", "Carnaval", "Minimal"]), "cor": "#00aa44"})
    b.ok_json({"transferencia": rid(c.rng)})
    return b.build()


def sono(c: Context) -> Flow:
    b = FB(c, "pulsobr", "GET", f"{WATCH}/v1/sono/ontem")
    b.header("user-agent", "PulsoBR/2.6 (Android 14)")
    b.ok_json({"minutos": c.rng.randint(300, 520), "eficiencia": rf(c.rng, 70, 98, 1)})
    return b.build()
