"""The set-185 devices and the flow builder that labels every identifier it inserts.

A family split between Santiago, Valparaíso and Buenos Aires: a Motorola moto g84
(Android 14) runs most apps; an iPhone runs the podcast and telenovela apps; the
household owns a cable operator's decoder (bought, not leased), a smart TV with
ACR, a smartwatch paired to the wallet for tap-to-pay, and a car with a
connected-car app (its VIN and its telematics unit's IMEI). Since Android 8 each
app sees its own ANDROID_ID and since iOS 6 each vendor its own IDFV: known.yaml
lists one per app. The IDFA is an advertising id and the IDFV a device id kind.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "idfa": "advertising_id",
    "idfv_sobremesa": "device_id",
    "idfv_culebron": "device_id",
    "aid_mirador": "android_id",
    "aid_hinchada": "android_id",
    "aid_tumbao": "android_id",
    "aid_cordillera": "android_id",
    "aid_lukita": "android_id",
    "aid_pedilo": "android_id",
    "aid_subite": "android_id",
    "aid_ruta": "android_id",
    "deco_serial": "serial",
    "deco_mac": "mac",
    "tv_mac": "mac",
    "tv_serial": "serial",
    "watch_mac": "mac",
    "watch_serial": "serial",
    "car_vin": "serial",
    "car_imei": "imei",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "rut",
        "mirador_user",
        "hinchada_user",
        "tumbao_user",
        "sobremesa_user",
        "culebron_user",
        "banco_user",
        "lukita_user",
        "pedilo_user",
        "subite_user",
        "deco_contract",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone185(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    idfa: str
    idfv_sobremesa: str
    idfv_culebron: str
    aid_mirador: str
    aid_hinchada: str
    aid_tumbao: str
    aid_cordillera: str
    aid_lukita: str
    aid_pedilo: str
    aid_subite: str
    aid_ruta: str
    deco_serial: str
    deco_mac: str
    tv_mac: str
    tv_serial: str
    watch_mac: str
    watch_serial: str
    car_vin: str
    car_imei: str
    email: str
    # ids that SDKs and apps make up (device identifiers, not in known.yaml)
    mirador_fid: str
    hinchada_af_uid: str
    tumbao_amp_device: str
    sobremesa_install: str
    banco_kyc_device: str
    lukita_adjust_uuid: str
    pedilo_braze_device: str
    subite_anon: str
    deco_card: str
    tv_acr_id: str
    # accounts, contracts and national ids (not device identifiers; never labelled)
    rut: str
    mirador_user: str
    hinchada_user: str
    tumbao_user: str
    sobremesa_user: str
    culebron_user: str
    banco_user: str
    lukita_user: str
    pedilo_user: str
    subite_user: str
    deco_contract: str
    model: str = "moto g84 5G"

    @classmethod
    def make(cls, rng: random.Random) -> Phone185:
        body = new_digits(rng, 8, "1")
        return cls(
            gaid=new_uuid(rng),
            idfa=new_uuid(rng).upper(),
            idfv_sobremesa=new_uuid(rng).upper(),
            idfv_culebron=new_uuid(rng).upper(),
            aid_mirador=new_hex(rng, 16),
            aid_hinchada=new_hex(rng, 16),
            aid_tumbao=new_hex(rng, 16),
            aid_cordillera=new_hex(rng, 16),
            aid_lukita=new_hex(rng, 16),
            aid_pedilo=new_hex(rng, 16),
            aid_subite=new_hex(rng, 16),
            aid_ruta=new_hex(rng, 16),
            deco_serial="ZXB" + new_digits(rng, 11),
            deco_mac=_mac(rng, "00:1A:C3"),
            tv_mac=_mac(rng, "A8:23:FE").lower(),
            tv_serial="0" + new_hex(rng, 6).upper() + "PAB" + new_digits(rng, 5),
            watch_mac=_mac(rng, "E4:5F:01"),
            watch_serial="R9W" + new_hex(rng, 8).upper(),
            car_vin="9BW"
            + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14)),
            car_imei=luhn_complete(new_digits(rng, 14, "86")),
            email=f"cata.fuentes{rng.randint(10, 99)}@correo-ejemplo.cl",
            mirador_fid="c" + new_hex(rng, 21),
            hinchada_af_uid=f"17318{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            tumbao_amp_device=new_uuid(rng) + "R",
            sobremesa_install=new_uuid(rng).lower(),
            banco_kyc_device=new_hex(rng, 40),
            lukita_adjust_uuid=new_uuid(rng),
            pedilo_braze_device=new_uuid(rng),
            subite_anon=new_uuid(rng),
            deco_card=new_digits(rng, 16, "7"),
            tv_acr_id=new_hex(rng, 32),
            rut=f"{body[:2]}.{body[2:5]}.{body[5:]}-{rng.choice('0123456789K')}",
            mirador_user="mp" + new_digits(rng, 9),
            hinchada_user=new_digits(rng, 10, "5"),
            tumbao_user="tb_" + new_hex(rng, 12),
            sobremesa_user=new_digits(rng, 7, "8"),
            culebron_user="cu" + new_hex(rng, 10),
            banco_user=new_digits(rng, 9, "3"),
            lukita_user="LK" + new_digits(rng, 10),
            pedilo_user=new_digits(rng, 8, "2"),
            subite_user="rider_" + new_hex(rng, 10),
            deco_contract="CM-" + new_digits(rng, 8),
        )


class FB(LabelledBuilder):
    """Phone185's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    """An OkHttp app's UA on the Motorola."""
    return f"{app}/{ver} (Linux; U; Android 14; moto g84 5G Build/U1TCS34.52-14)"


def ios_ua(app: str, ver: str) -> str:
    """A URLSession app's UA on the iPhone."""
    return f"{app}/{ver} CFNetwork/1496.0.7 Darwin/23.5.0"


def points3(rng: random.Random, n: int) -> list[list[float]]:
    """A face mesh's normalised [x, y, z] points around a face centre."""
    cx, cy = rng.uniform(0.35, 0.65), rng.uniform(0.35, 0.6)
    return [
        [
            round(cx + rng.gauss(0, 0.08), 4),
            round(cy + rng.gauss(0, 0.1), 4),
            round(rng.gauss(0, 0.03), 4),
        ]
        for _ in range(n)
    ]


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone185",
    "floats",
    "ios_ua",
    "iso",
    "ms",
    "points3",
    "rf",
    "rid",
    "ua",
]
