"""GestMóvel: the operator's MDM (an Android Enterprise EMM, fully managed device).

On the supervisor's own phone the agent checks in with the phone's IMEI,
serial, Wi-Fi MAC and the EMM's device id (`deviceId`) as an EMM's device
record does; a compliance ping carries only the EMM device id; a newer agent
build posts its inventory as protobuf with unnamed fields. These are her
phone's identifiers.

From the same phone she opens the MDM console pages for the depot's staff
handhelds (Zebra terminals): their IMEIs, serials and MACs are the
institution's equipment, not her device (decoys), as are app-policy pushes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_varint

from .fleet import TERMINAIS
from .phone import LB, iso, ms, rid, ua

MDM = "https://tul.gestmovel-mdm.example"
UA = ua("GestMovelAgent", "23.11.2")


def _b(c: Context, method: str, url: str) -> LB:
    b = LB(c, "gestmovel-mdm", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b.acct("mdm_token"))
    return b


def checkin(c: Context) -> Flow:
    b = _b(c, "POST", f"{MDM}/deviceservices/v2/checkin")
    b.json(
        {
            "deviceId": b.id("mdm_device_id", where="json deviceId"),
            "imei": b.id("imei", where="json imei"),
            "serialNumber": b.id("serial", where="json serialNumber"),
            "wifiMacAddress": b.id("wifi_mac", where="json wifiMacAddress"),
            "model": "SM-G736B",
            "osVersion": "14",
            "securityPatch": "2025-01-01",
            "managementMode": "FULLY_MANAGED",
            "battery": c.rng.randint(20, 100),
        }
    )
    b.ok_json({"comandosPendentes": c.rng.randint(0, 2), "proximoCheckin": 900})
    return b.build()


def conformidade(c: Context) -> Flow:
    b = _b(c, "POST", f"{MDM}/deviceservices/v2/compliance")
    b.json(
        {
            "deviceId": b.id("mdm_device_id", where="json deviceId"),
            "encrypted": True,
            "screenLock": True,
            "rooted": False,
            "reportedAt": iso(c),
        }
    )
    b.ok_json({"compliant": True})
    return b.build()


def inventario_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{MDM}/deviceservices/v3/inv")
    body = (
        pb_bytes(1, b.id("imei", "protobuf", "protobuf field 1", detectable=False))
        + pb_bytes(2, b.id("serial", "protobuf", "protobuf field 2", detectable=False))
        + pb_varint(3, ms(c))
        + pb_varint(4, 34)
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def comando_hash(c: Context) -> Flow:
    """Pending commands; the agent signs the poll with md5 of the IMEI in 'h'."""
    b = _b(c, "GET", f"{MDM}/deviceservices/v2/commands")
    b.param("h", b.id("imei", "md5", "query h", detectable=False))
    b.param("n", str(ms(c)))
    b.ok_json({"comandos": []})
    return b.build()


def consola_terminais(c: Context) -> Flow:
    b = _b(c, "GET", f"{MDM}/api/console/v1/devices?grupo=oficina-santo-amaro&pagina=1")
    b.decoy("staff handhelds' IMEIs, serials and MACs (the institution's equipment)")
    b.ok_json(
        {
            "dispositivos": [
                {
                    "imei": t.imei,
                    "numeroSerie": t.serial,
                    "macWifi": t.mac,
                    "modelo": t.modelo,
                    "utilizadorAtribuido": "Turno " + c.rng.choice(["A", "B", "C"]),
                    "ultimoContacto": iso(c),
                }
                for t in c.rng.sample(TERMINAIS, 5)
            ],
            "total": len(TERMINAIS),
        }
    )
    return b.build()


def terminal_detalhe(c: Context) -> Flow:
    t = c.rng.choice(TERMINAIS)
    b = _b(c, "GET", f"{MDM}/api/console/v1/devices/{t.serial}")
    b.decoy("one staff handheld's record (serial, IMEI; not her phone)")
    b.ok_json(
        {
            "numeroSerie": t.serial,
            "imei": t.imei,
            "macWifi": t.mac,
            "modelo": t.modelo,
            "bateria": c.rng.randint(5, 100),
            "apps": ["pt.tul.bilhetica", "pt.tul.fiscalizacao"],
        }
    )
    return b.build()


def bloquear_terminal(c: Context) -> Flow:
    t = c.rng.choice(TERMINAIS)
    b = _b(c, "POST", f"{MDM}/api/console/v1/devices/{t.serial}/commands")
    b.decoy("lock command for a staff handheld (institution's device)")
    b.json({"comando": "LOCK", "motivo": "terminal não devolvido", "pedido": rid(c.rng)})
    b.ok_json({"idComando": new_hex(c.rng, 24), "estado": "ENVIADO"})
    return b.build()


def politica(c: Context) -> Flow:
    b = _b(c, "GET", f"{MDM}/deviceservices/v2/policy?versao=57")
    b.ok_json(
        {
            "versao": 58,
            "appsObrigatorias": ["pt.tul.oficina", "pt.tul.escalas"],
            "wifi": [{"ssid": "TUL-OFICINAS", "seguranca": "WPA2-EAP"}],
            "camaraPermitida": True,
        }
    )
    return b.build()
