"""The station's mobile device management console and agent.

As an engineer she sees colleagues' phones and the studio tablets in the
console: their IMEIs, serials and Wi-Fi MACs are other people's or shared
devices (decoys). The agent on her own phone also checks in: that phone is
issued by the employer but used by her alone and is the phone under test, so
its identifiers are labelled as hers (a close call, chosen sensitive). The
agent's compact heartbeat carries a hash of the serial under `h`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex

from .phone import FB, iso, ms, rid, station_mac, ua

API = "https://mdm.antena-atlantica.example"
UA = ua("AAMdmAgent", "24.3.1")
COLLEAGUES = ["rmartins", "jsousa", "mpereira", "afernandes", "tcosta", "Tablet Estúdio 2"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "aa-mdm", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _colleague_device(c: Context) -> dict[str, object]:
    return {
        "utilizador": c.rng.choice(COLLEAGUES),
        "modelo": c.rng.choice(["SM-A546B", "SM-G991B", "iPad (9th gen)", "Pixel 7a"]),
        "imei": luhn_complete(new_digits(c.rng, 14, "35")),
        "numero_serie": "R5C" + new_digits(c.rng, 2) + new_hex(c.rng, 6).upper(),
        "mac_wifi": station_mac(c.rng, "A0:CB:FD").lower(),
        "ultimo_contacto": iso(c),
        "conforme": c.rng.random() < 0.9,
    }


def device_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/dispositivos?grupo=engenharia&pagina=1")
    b.decoy("colleagues' and shared devices in the MDM console: their imei, serial, MAC")
    b.ok_json({"total": 48, "dispositivos": [_colleague_device(c) for _ in range(6)]})
    return b.build()


def device_detail(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/dispositivos/{new_digits(c.rng, 6)}")
    b.decoy("one colleague's phone as the console shows it (not the tester's device)")
    b.ok_json(_colleague_device(c))
    return b.build()


def lock_colleague(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/dispositivos/{new_digits(c.rng, 6)}/acoes")
    b.decoy("remote lock of a colleague's lost phone, by its serial")
    b.json(
        {
            "acao": "bloquear",
            "numero_serie": "R5C" + new_digits(c.rng, 2) + new_hex(c.rng, 6).upper(),
            "motivo": "perdido",
        }
    )
    b.ok_json({"comando": rid(c.rng), "estado": "pendente"})
    return b.build()


def compliance_policy(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/politicas/engenharia")
    b.ok_json({"pin_min": 6, "cifra": True, "vpn": "aa-vpn", "apps_obrigatorias": 4})
    return b.build()


def self_checkin(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/agent/v2/checkin")
    b.json(
        {
            "deviceUuid": b.id("mdm_device_uuid", where="json deviceUuid"),
            "hardware": {
                "imei": b.id("imei", where="json hardware.imei"),
                "serialNumber": b.id("serial", where="json hardware.serialNumber"),
                "wifiMac": b.id("wifi_mac", "upper", "json hardware.wifiMac"),
                "model": "SM-A546B",
            },
            "enrolment": b.acct("mdm_enrolment"),
            "user": b.acct("work_email"),
            "battery": c.rng.randint(15, 100),
            "ts": ms(c),
        }
    )
    b.ok_json({"commands": [], "nextCheckinSec": 900})
    return b.build()


def heartbeat_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/agent/hb")
    h = b.id("serial", "sha256", "form h (sha256 of the serial under a one-letter key)", False)
    b.form([("h", h), ("b", str(c.rng.randint(15, 100))), ("v", "24.3.1")])
    b.no_content()
    return b.build()
