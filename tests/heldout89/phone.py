"""The set-89 devices and the flow builder that labels every identifier it inserts.

A Samsung Galaxy S23 FE (SM-S711B, Android 14) in Italy and San Marino runs a
public-service streaming app, a commercial streaming app, a football / MotoGP
app, a music and podcast app, a Sammarinese radio app, a bank with face
liveness, a telco customer-care app with voice biometrics and a dating app with
selfie verification. The family's TCL Google TV (its own ad id, ANDROID_ID,
Wi-Fi MAC and serial) sends content-recognition reports. Since Android 8 every
app sees its own ANDROID_ID; the telco app has carrier privileges and reads the
IMEI.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "tv_gaid": "advertising_id",
    "aid_rete": "android_id",
    "aid_infi": "android_id",
    "aid_curva": "android_id",
    "aid_onda": "android_id",
    "aid_radio": "android_id",
    "aid_banca": "android_id",
    "aid_telco": "android_id",
    "aid_cuori": "android_id",
    "aid_tv": "android_id",
    "imei": "imei",
    "tv_mac": "mac",
    "tv_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "rete_user", "infi_user", "onda_user", "banca_user", "telco_msisdn"}
    | {"cuori_user", "push_token", "curva_user"}
)


@dataclass(frozen=True, slots=True)
class Phone89(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    tv_gaid: str
    aid_rete: str
    aid_infi: str
    aid_curva: str
    aid_onda: str
    aid_radio: str
    aid_banca: str
    aid_telco: str
    aid_cuori: str
    aid_tv: str
    imei: str
    tv_mac: str
    tv_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    fid_rete: str
    af_uid: str
    adjust_uuid: str
    onesignal_player: str
    ga_instance: str
    infi_install: str
    radio_install: str
    banca_device_key: str
    # account ids and tokens (not device identifiers; never labelled as such)
    rete_user: str
    infi_user: str
    curva_user: str
    onda_user: str
    banca_user: str
    telco_msisdn: str
    cuori_user: str
    push_token: str
    model: str = "SM-S711B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone89:
        aids = [new_hex(rng, 16) for _ in range(9)]
        return cls(
            gaid=new_uuid(rng),
            tv_gaid=new_uuid(rng),
            aid_rete=aids[0],
            aid_infi=aids[1],
            aid_curva=aids[2],
            aid_onda=aids[3],
            aid_radio=aids[4],
            aid_banca=aids[5],
            aid_telco=aids[6],
            aid_cuori=aids[7],
            aid_tv=aids[8],
            imei=luhn_complete(new_digits(rng, 14, "35")),
            tv_mac="A4:05:6E:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            tv_serial="TCL55C6" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            email=f"giulia.ceccoli{rng.randint(10, 99)}@posta-example.sm",
            fid_rete="c" + new_hex(rng, 21),
            af_uid=f"17009{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_uuid=new_uuid(rng),
            onesignal_player=new_uuid(rng),
            ga_instance=new_hex(rng, 32),
            infi_install=new_uuid(rng).upper(),
            radio_install="rt-" + new_hex(rng, 20),
            banca_device_key=new_hex(rng, 40),
            rete_user="RU" + new_digits(rng, 9),
            infi_user=new_hex(rng, 24),
            curva_user="cv_" + new_digits(rng, 8),
            onda_user="onda:user:" + new_hex(rng, 12),
            banca_user="SM" + new_digits(rng, 10),
            telco_msisdn="+39 3" + new_digits(rng, 9),
            cuori_user=new_digits(rng, 10, "7"),
            push_token="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 44),
        )


class FB(LabelledBuilder):
    """Phone89's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; it_IT; SM-S711B Build/UP1A.231005.007)"


def tv_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 12; Smart TV Pro Build/STT2.230728.001) TCL/55C645"


def points(rng: random.Random, n: int, w: int = 720, h: int = 960) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 2), round(cy + rng.gauss(0, 80), 2)] for _ in range(n)]


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone89",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "tv_ua",
    "ua",
]
