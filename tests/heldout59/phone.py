"""The set-59 devices and the flow builder that labels every identifier it inserts.

The tester in São Paulo has a Motorola edge 40 (Android 14, GAID, one
ANDROID_ID per app since Android 8) and a TCL Google TV (its own advertising
id, Wi-Fi MAC and serial). They also set up an older Samsung Galaxy A15 for a
family member who lives between Luanda (Angola) and Maputo (Mozambique); the
tester owns it and proxies it too, so its GAID and ANDROID_IDs are known
identifiers of the tester's devices. The telco app is the carrier's own app
with carrier privileges, so it may read the IMEI. Accounts, CPFs, push tokens
and the gym turnstile's serial (the gym's, not the tester's) are no device ids.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_tela": "android_id",
    "aid_gol": "android_id",
    "aid_banco": "android_id",
    "aid_pix": "android_id",
    "aid_telco": "android_id",
    "aid_ride": "android_id",
    "imei": "imei",
    "tv_adid": "advertising_id",
    "tv_mac": "mac",
    "tv_serial": "serial",
    "fam_gaid": "advertising_id",
    "fam_aid_kanda": "android_id",
    "fam_aid_carteira": "android_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "cpf", "user_tela", "user_gol", "user_banco", "push_token", "fam_user"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone59(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_tela: str
    aid_gol: str
    aid_banco: str
    aid_pix: str
    aid_telco: str
    aid_ride: str
    imei: str
    tv_adid: str
    tv_mac: str
    tv_serial: str
    fam_gaid: str
    fam_aid_kanda: str
    fam_aid_carteira: str
    email: str
    # ids that SDKs and the apps make up (device_id, not in known.yaml)
    af_uid: str
    adjust_uuid: str
    firebase_fid: str
    tela_install: str
    gol_device: str
    som_device: str
    radio_listener: str
    kwai_did: str
    fam_af_uid: str
    # accounts and tokens (never labelled as device ids)
    cpf: str
    user_tela: str
    user_gol: str
    user_banco: str
    push_token: str
    fam_user: str
    model: str = "motorola edge 40"

    @classmethod
    def make(cls, rng: random.Random) -> Phone59:
        return cls(
            gaid=new_uuid(rng),
            aid_tela=new_hex(rng, 16),
            aid_gol=new_hex(rng, 16),
            aid_banco=new_hex(rng, 16),
            aid_pix=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            tv_adid=new_uuid(rng),
            tv_mac=_mac(rng, "A0:62:FB"),
            tv_serial="TCL" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            fam_gaid=new_uuid(rng),
            fam_aid_kanda=new_hex(rng, 16),
            fam_aid_carteira=new_hex(rng, 16),
            email=f"rafaela.nogueira{rng.randint(10, 99)}@correio-exemplo.com.br",
            af_uid=f"17291{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            adjust_uuid=new_uuid(rng),
            firebase_fid="c" + new_hex(rng, 21),
            tela_install=new_uuid(rng),
            gol_device=new_hex(rng, 32),
            som_device=new_uuid(rng).upper(),
            radio_listener="L" + new_digits(rng, 14),
            kwai_did="ANDROID_" + new_hex(rng, 16),
            fam_af_uid=f"17288{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            cpf=new_digits(rng, 11),
            user_tela="gp" + new_digits(rng, 9),
            user_gol=new_digits(rng, 8, "5"),
            user_banco="cli_" + new_hex(rng, 12),
            push_token="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
            fam_user="ao" + new_digits(rng, 9),
        )


class FB(LabelledBuilder):
    """Phone59's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str, family: bool = False) -> str:
    dev = "SM-A155M Build/UP1A.231005.007" if family else "motorola edge 40 Build/U1TRS34.65"
    return f"{app}/{ver} (Linux; U; Android 14; {dev})"


def points(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.5)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Phone59", "floats", "iso", "ms", "points", "rf", "rid", "ua"]
