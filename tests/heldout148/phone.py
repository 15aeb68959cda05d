"""The set-148 household's devices and the flow builder that labels every id it inserts.

A Vivo V29 (Android 13) in a Manila / Cebu family runs a broadcaster's streaming
app, an anime / K-drama app, a short-video app, a radio / podcast app, an
e-wallet with face verification, a bank with voice OTP, a remittance app with a
selfie check, a telco app and a ride / delivery super-app. The household also has
an Android TV box, a smart TV, a fitness band and a karaoke mic box. Every app
sees its own ANDROID_ID (Android 8+), so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.flowmodel import Context
from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_kab": "android_id",
    "aid_hanami": "android_id",
    "aid_sayaw": "android_id",
    "aid_himig": "android_id",
    "aid_piso": "android_id",
    "aid_bangko": "android_id",
    "aid_padala": "android_id",
    "aid_signal": "android_id",
    "aid_lakad": "android_id",
    "imei": "imei",
    "tvbox_mac": "mac",
    "tv_mac": "mac",
    "band_mac": "mac",
    "mic_mac": "mac",
    "tvbox_serial": "serial",
    "tv_serial": "serial",
    "band_serial": "serial",
    "mic_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "kab_user",
        "hanami_user",
        "piso_msisdn",
        "piso_user",
        "bangko_cif",
        "padala_user",
        "signal_msisdn",
        "lakad_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone148(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_kab: str
    aid_hanami: str
    aid_sayaw: str
    aid_himig: str
    aid_piso: str
    aid_bangko: str
    aid_padala: str
    aid_signal: str
    aid_lakad: str
    imei: str
    tvbox_mac: str
    tv_mac: str
    band_mac: str
    mic_mac: str
    tvbox_serial: str
    tv_serial: str
    band_serial: str
    mic_serial: str
    email: str
    # ids SDKs and apps make up (device_id, not in known.yaml)
    kab_device: str
    hanami_install: str
    sayaw_did: str
    himig_listener: str
    piso_dfp: str
    af_uid: str
    fia: str
    adjust_adid: str
    lakad_install: str
    # accounts, phone numbers and tokens (never device ids)
    kab_user: str
    hanami_user: str
    piso_msisdn: str
    piso_user: str
    bangko_cif: str
    padala_user: str
    signal_msisdn: str
    lakad_user: str
    model: str = "vivo V2250"

    @classmethod
    def make(cls, rng: random.Random) -> Phone148:
        return cls(
            gaid=new_uuid(rng),
            aid_kab=new_hex(rng, 16),
            aid_hanami=new_hex(rng, 16),
            aid_sayaw=new_hex(rng, 16),
            aid_himig=new_hex(rng, 16),
            aid_piso=new_hex(rng, 16),
            aid_bangko=new_hex(rng, 16),
            aid_padala=new_hex(rng, 16),
            aid_signal=new_hex(rng, 16),
            aid_lakad=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "86")),
            tvbox_mac=_mac(rng, "A8:1D:16").lower(),
            tv_mac=_mac(rng, "5C:36:16"),
            band_mac=_mac(rng, "E8:9F:6D"),
            mic_mac=_mac(rng, "34:B4:72"),
            tvbox_serial="TX9" + new_hex(rng, 10).upper(),
            tv_serial="4A" + new_digits(rng, 11),
            band_serial="MB8" + new_digits(rng, 9),
            mic_serial="KMB" + new_hex(rng, 8).upper(),
            email=f"jhunmark.delacruz{rng.randint(10, 99)}@gmail-example.ph",
            kab_device=new_uuid(rng),
            hanami_install=new_hex(rng, 32),
            sayaw_did=new_digits(rng, 19, "74"),
            himig_listener="L-" + new_hex(rng, 20),
            piso_dfp=new_hex(rng, 64),
            af_uid=f"17297{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            fia=new_hex(rng, 32),
            adjust_adid=new_hex(rng, 32),
            lakad_install=new_uuid(rng).upper(),
            kab_user="KP" + new_digits(rng, 9),
            hanami_user="hn_" + new_hex(rng, 12),
            piso_msisdn="+639" + new_digits(rng, 9),
            piso_user=new_digits(rng, 12, "63"),
            bangko_cif="CIF" + new_digits(rng, 10),
            padala_user="PN" + new_digits(rng, 8),
            signal_msisdn="09" + new_digits(rng, 9),
            lakad_user="LK-" + new_hex(rng, 10).upper(),
        )


class FB(LabelledBuilder):
    """Phone148's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 13; vivo V2250 Build/TP1A.220624.014)"


def app_fb(c: Context, sdk: str, method: str, url: str, agent: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", agent)
    return b


rid = req_id

__all__ = ["CONTACT_KINDS", "FB", "KNOWN_ATTRS", "Phone148", "app_fb", "floats"]
__all__ += ["iso", "ms", "rf", "rid", "ua"]
