"""The set-202 devices and the flow builder that labels every identifier it inserts.

Staff of a Paraguayan logistics and agro company (fictional "Tekoporã S.A.":
trucking between Asunción and Ciudad del Este, a bonded warehouse, a cattle
ranch in the Chaco):

* Rubén, driver (CDE): company Samsung Galaxy A15 with the driver app "Tape"
  and the PTT radio; enrolled in the company MDM (IMEI, serial, Wi-Fi MAC);
* Liz, warehouse supervisor (Asunción): company moto g54 with the warehouse
  app, the ops dashboard, the CCTV viewer and the radio; also MDM-enrolled;
* Derlis, ops analyst: his own Redmi 13C with a Paraguayan TV / football
  streaming app (ad SDKs) and his bank's app (selfie KYC);
* the HQ attendance kiosk: a Galaxy Tab A9 running the company's face
  punch-clock app;
* the CDE depot's ZKTeco-style attendance terminal (push protocol, serial SN);
* the ranch vet's phone with the cattle app (no device id of it is sent).

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_derlis": "advertising_id",
    "aid_nandetv": "android_id",
    "aid_banco": "android_id",
    "aid_tape": "android_id",
    "aid_kiosco": "android_id",
    "imei_chofer": "imei",
    "imei_supervisora": "imei",
    "mac_chofer": "mac",
    "mac_supervisora": "mac",
    "serial_chofer": "serial",
    "serial_supervisora": "serial",
    "zk_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "derlis_user",
        "banco_user",
        "legajo_chofer",
        "legajo_liz",
        "kiosco_token",
        "onfido_applicant",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Staff202(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_derlis: str
    aid_nandetv: str
    aid_banco: str
    aid_tape: str
    aid_kiosco: str
    imei_chofer: str
    imei_supervisora: str
    mac_chofer: str
    mac_supervisora: str
    serial_chofer: str
    serial_supervisora: str
    zk_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    ntv_af_uid: str
    ntv_app_instance: str
    ntv_npaw_uuid: str
    banco_device_key: str
    # account ids and tokens (not device identifiers; never labelled as such)
    derlis_user: str
    banco_user: str
    legajo_chofer: str
    legajo_liz: str
    kiosco_token: str
    onfido_applicant: str

    @classmethod
    def make(cls, rng: random.Random) -> Staff202:
        return cls(
            gaid_derlis=new_uuid(rng),
            aid_nandetv=new_hex(rng, 16),
            aid_banco=new_hex(rng, 16),
            aid_tape=new_hex(rng, 16),
            aid_kiosco=new_hex(rng, 16),
            imei_chofer=luhn_complete("35" + new_digits(rng, 12)),
            imei_supervisora=luhn_complete("35" + new_digits(rng, 12)),
            mac_chofer=_mac(rng, "F4:7B:09"),
            mac_supervisora=_mac(rng, "E0:98:06"),
            serial_chofer="R5CX" + new_digits(rng, 3) + new_hex(rng, 4).upper(),
            serial_supervisora="ZY22" + new_hex(rng, 6).upper(),
            zk_serial="CQUJ2" + new_digits(rng, 8),
            ntv_af_uid=f"17330{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            ntv_app_instance=new_hex(rng, 32),
            ntv_npaw_uuid=new_uuid(rng).upper(),
            banco_device_key=new_uuid(rng),
            derlis_user="nt" + new_digits(rng, 8),
            banco_user=new_digits(rng, 7, "4"),
            legajo_chofer=new_digits(rng, 4, "1"),
            legajo_liz=new_digits(rng, 4, "2"),
            kiosco_token=new_hex(rng, 40),
            onfido_applicant=new_uuid(rng),
        )


class SB(LabelledBuilder):
    """Staff202's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "ruben": ("14", "SM-A155M", "UP1A.231005.007"),
    "liz": ("14", "moto g54 5G", "U1TDS34.94-12-7"),
    "derlis": ("14", "23100RN82L", "UP1A.231005.007"),
    "kiosco": ("14", "SM-X110", "UP1A.231005.007"),
    "vete": ("13", "SM-A245M", "TP1A.220624.014"),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik(who: str) -> str:
    osv, model, build = PHONES[who]
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


rid = req_id

__all__ = [
    "KNOWN_ATTRS",
    "PHONES",
    "SB",
    "Staff202",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
