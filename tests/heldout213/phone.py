"""The set-213 devices and the flow builder that labels every identifier it inserts.

One Brazilian family, three phones and two home devices:

* pai (father, Recife): Samsung Galaxy A34 with the Pix bank app (face login,
  unico selfie KYC); the living room holds a Claro-box-like IPTV set-top box
  and a smart TV with automatic content recognition (ACR);
* mãe (mother, Belo Horizonte): Motorola Edge 40 Neo with the novela / reality-show
  streamer and the forró / sertanejo music and podcast app;
* filha (daughter, Lisbon): Pixel 8 with the Brasileirão football app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_pai": "advertising_id",
    "gaid_mae": "advertising_id",
    "gaid_filha": "advertising_id",
    "aid_banco": "android_id",
    "aid_novela": "android_id",
    "aid_musica": "android_id",
    "aid_futebol": "android_id",
    "imei_pai": "imei",
    "box_mac": "mac",
    "tv_mac": "mac",
    "box_serial": "serial",
    "tv_serial": "serial",
}
NOT_DEVICE = frozenset(
    {"banco_cpf", "novela_user", "musica_user", "futebol_user", "box_contrato", "tv_conta"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Familia213(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_pai: str
    gaid_mae: str
    gaid_filha: str
    aid_banco: str
    aid_novela: str
    aid_musica: str
    aid_futebol: str
    imei_pai: str
    box_mac: str
    tv_mac: str
    box_serial: str
    tv_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    novela_app_instance: str
    novela_fid: str
    futebol_af_uid: str
    futebol_adid: str
    futebol_adjust_uuid: str
    musica_anon_id: str
    banco_device_uuid: str
    tv_acr_id: str
    # account ids and tokens (not device identifiers; never labelled as such)
    banco_cpf: str
    novela_user: str
    musica_user: str
    futebol_user: str
    box_contrato: str
    tv_conta: str

    @classmethod
    def make(cls, rng: random.Random) -> Familia213:
        return cls(
            gaid_pai=new_uuid(rng),
            gaid_mae=new_uuid(rng),
            gaid_filha=new_uuid(rng),
            aid_banco=new_hex(rng, 16),
            aid_novela=new_hex(rng, 16),
            aid_musica=new_hex(rng, 16),
            aid_futebol=new_hex(rng, 16),
            imei_pai=luhn_complete("35" + new_digits(rng, 12)),
            box_mac=_mac(rng, "AC:3B:77"),
            tv_mac=_mac(rng, "F4:7B:09"),
            box_serial="ZTE" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            tv_serial="0" + new_digits(rng, 2) + "KX" + new_hex(rng, 7).upper(),
            novela_app_instance=new_hex(rng, 32),
            novela_fid="e" + new_hex(rng, 21),
            futebol_af_uid=f"17330{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            futebol_adid=new_hex(rng, 32),
            futebol_adjust_uuid=new_uuid(rng),
            musica_anon_id="XZ" + new_uuid(rng),
            banco_device_uuid=new_uuid(rng).upper(),
            tv_acr_id=new_hex(rng, 40),
            banco_cpf=new_digits(rng, 11, "0"),
            novela_user="np_" + new_digits(rng, 9),
            musica_user=new_digits(rng, 8, "7"),
            futebol_user="u" + new_hex(rng, 12),
            box_contrato="CT" + new_digits(rng, 10),
            tv_conta="acct-" + new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Familia213's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "pai": ("14", "SM-A346M", "UP1A.231005.007"),
    "mae": ("14", "motorola edge 40 neo", "U1TAS34.54-27"),
    "filha": ("15", "Pixel 8", "AP4A.250105.002"),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik(who: str) -> str:
    osv, model, build = PHONES[who]
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "PHONES",
    "Familia213",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
