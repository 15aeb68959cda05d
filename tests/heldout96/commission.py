"""InstalPro: the installer's commissioning app for CLIENTS' smart homes. Every
serial, MAC, pairing code and Matter passcode here belongs to a client's hub,
thermostat, relay or doorbell, not to the tester: all are decoys.

Sources: Shelly Gen2+ RPC (shelly-api-docs.shelly.cloud/gen2/ComponentsAndServices/
Shelly: Shelly.GetDeviceInfo answers id, mac, model, gen, fw_id, ver, app,
auth_en); Gen1 /shelly answer (type, mac, auth, fw); Matter onboarding payload
(Matter Core spec 5.1.3: "MT:" base-38 QR, 11-digit manual code, discriminator,
setup passcode); HomeKit setup codes (XXX-XX-XXX). The InstalPro backend is the
app's own (Polish and Czech key names).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, client_mac, iso, lan_ip, new_digits, new_hex, rid, ua

API = "https://api.instalpro.pl"
MODELS = [
    ("SNSW-001P16EU", "Plus1PM", "shellyplus1pm"),
    ("SNSW-102P16EU", "Plus2PM", "shellyplus2pm"),
    ("S3SW-001X16EU", "Mini1G3", "shelly1minig3"),
]


def _job(c: Context) -> str:
    return f"ZL/{c.rng.randint(100, 999)}/2026"


def shelly_info(c: Context) -> Flow:
    model, app, prefix = c.rng.choice(MODELS)
    m = client_mac(c.rng).replace(":", "")
    b = FB(
        c,
        "shelly-local",
        "GET",
        f"http://{lan_ip(c.rng)}/rpc/Shelly.GetDeviceInfo",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", ua("InstalPro", "3410"))
    b.ok_json(
        {
            "name": None,
            "id": f"{prefix}-{m.lower()}",
            "mac": m,
            "model": model,
            "gen": 2,
            "fw_id": "20240625-122141/1.3.3-gbdfd9b3",
            "ver": "1.3.3",
            "app": app,
            "auth_en": False,
            "auth_domain": None,
        }
    )
    b.decoy("client's Shelly relay id and MAC in its local RPC answer (not the tester's)")
    return b.build()


def shelly_wifi_set(c: Context) -> Flow:
    b = FB(c, "shelly-local", "POST", f"http://{lan_ip(c.rng)}/rpc", http_version="HTTP/1.1")
    ssid = c.rng.choice(["Dom_Nowak", "TP-Link_4F2A", "Svoboda-5G", "UPC2211883"])
    b.json(
        {
            "id": c.rng.randint(1, 99),
            "src": "instalpro",
            "method": "WiFi.SetConfig",
            "params": {
                "config": {"sta": {"ssid": ssid, "pass": new_hex(c.rng, 12), "enable": True}}
            },
        }
    )
    b.ok_json(
        {
            "id": 1,
            "src": "shellyplus1pm-" + client_mac(c.rng).replace(":", "").lower(),
            "result": {"restart_required": True},
        }
    )
    b.decoy("client's Wi-Fi ssid pushed to a client's relay; src is the relay's id")
    return b.build()


def register_pl(c: Context) -> Flow:
    kind = c.rng.choice(["termostat", "centralka", "przekaznik", "czujnik_zalania"])
    b = FB(c, "instalpro", "POST", f"{API}/v2/zlecenia/{_job(c).replace('/', '-')}/urzadzenia")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("user-agent", ua("InstalPro", "3410"))
    b.json(
        {
            "typUrzadzenia": kind,
            "numerSeryjny": "TH" + new_digits(c.rng, 10),
            "adresMAC": client_mac(c.rng),
            "kodParowania": f"{new_digits(c.rng, 3)}-{new_digits(c.rng, 2)}-{new_digits(c.rng, 3)}",
            "pomieszczenie": c.rng.choice(["salon", "kuchnia", "kotłownia"]),
            "klient": {"nazwisko": "Nowak", "miasto": "Kraków"},
            "dataMontazu": iso(c),
        }
    )
    b.ok_json({"status": "zarejestrowano", "idUrzadzenia": c.rng.randint(10000, 99999)})
    b.decoy("client's thermostat / hub serial, MAC and HomeKit pairing code on a job (client's)")
    return b.build()


def register_cz(c: Context) -> Flow:
    b = FB(c, "instalpro", "POST", f"{API}/v2/cz/zakazky/{c.rng.randint(1000, 9999)}/zarizeni")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.json(
        {
            "typ": c.rng.choice(["tepelne_cerpadlo", "zvonek", "kotel"]),
            "vyrobniCislo": "CZ" + new_digits(c.rng, 9),
            "macAdresa": client_mac(c.rng).lower(),
            "parovaciKod": new_digits(c.rng, 8),
            "misto": "technická místnost",
            "zakaznik": {"prijmeni": "Svoboda", "obec": "Brno"},
        }
    )
    b.ok_json({"stav": "ok", "id": c.rng.randint(10000, 99999)})
    b.decoy("client's heat pump / doorbell serial (vyrobniCislo), MAC, pairing code (client's)")
    return b.build()


def matter_commission(c: Context) -> Flow:
    b = FB(c, "instalpro", "POST", f"{API}/v2/matter/commission")
    b.header("x-request-id", rid(c.rng))
    disc = c.rng.randint(0, 4095)
    b.json(
        {
            "job": _job(c),
            "qrPayload": "MT:" + new_hex(c.rng, 9).upper() + "0648G00",
            "manualCode": new_digits(c.rng, 11),
            "discriminator": disc,
            "setupPasscode": c.rng.randint(1, 99999998),
            "vendorId": 4447,
            "productId": c.rng.randint(1, 200),
            "nodeId": "0x" + new_hex(c.rng, 16).upper(),
            "fabricId": "0x" + new_hex(c.rng, 16).upper(),
            "deviceSerial": "MTR" + new_digits(c.rng, 8),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("Matter QR payload, passcode, node/fabric ids and serial of a client's plug")
    return b.build()


def doorbell_bind(c: Context) -> Flow:
    b = FB(c, "instalpro", "PUT", f"{API}/v2/klienci/{c.rng.randint(1000, 9999)}/kamery")
    b.json(
        {
            "customerDevice": {
                "deviceSerial": "F" + new_digits(c.rng, 8),
                "verifyCode": new_hex(c.rng, 6).upper(),
                "wifiMac": client_mac(c.rng),
                "model": "DB1C",
                "snapshotUrl": f"https://ipc.example-cloud.com/snap/{new_hex(c.rng, 16)}.jpg",
            },
            "installer": "T" + new_digits(c.rng, 5),
        }
    )
    b.ok_json({"result": "bound"})
    b.decoy("client's video doorbell serial, verify code and Wi-Fi MAC; snapshot URL (client's)")
    return b.build()


def job_devices(c: Context) -> Flow:
    b = FB(c, "instalpro", "GET", f"{API}/v2/zlecenia/{c.rng.randint(100, 999)}-2026/urzadzenia")
    rows = [
        {
            "sn": "TH" + new_digits(c.rng, 10),
            "mac": client_mac(c.rng),
            "fw": "2.1." + str(c.rng.randint(0, 9)),
            "online": c.rng.random() < 0.8,
            "rssi": -c.rng.randint(40, 85),
        }
        for _ in range(c.rng.randint(2, 6))
    ]
    b.ok_json({"urzadzenia": rows, "razem": len(rows)})
    b.decoy("list of a client's devices (sn, mac, rssi) on a job (clients' devices)")
    return b.build()


def modbus_dump(c: Context) -> Flow:
    b = FB(c, "instalpro", "POST", f"{API}/v2/diagnostyka/modbus")
    b.json(
        {
            "slave": c.rng.randint(1, 8),
            "start": 40001,
            "rejestry": [c.rng.randint(0, 65535) for _ in range(48)],
            "urzadzenie": "pompa_ciepla",
            "odczyt": iso(c),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("modbus holding-register dump of a client's heat pump: a list of integers")
    return b.build()


DECOYS = [
    shelly_info,
    shelly_wifi_set,
    register_pl,
    register_cz,
    matter_commission,
    doorbell_bind,
    job_devices,
    modbus_dump,
]
