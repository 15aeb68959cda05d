"""The set-109 devices and the flow builder that labels every identifier it inserts.

A realme 12 Pro+ (Android 14) in a family spread over Manila, Cebu and Ilocos
runs ten apps: a teleserye streamer, a noontime-show / news TV app, a PBA
streamer, an OPM music app, a church audio app, a K-drama app with Tagalog
subtitles, an e-wallet with face verification, a remittance app the OFW uncle in
Dubai uses, the telco's app with voice ID and a ride-hailing driver app with
selfie checks. The household also has a TCL Google TV (Wi-Fi MAC, serial) and a
Huawei-style watch (BLE MAC, serial). Since Android 8 every app sees its own
ANDROID_ID; only the telco app (carrier privileges) may read the IMEI.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.flowmodel import Context
from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

MODEL = "RMX3851"
BUILD = "UKQ1.231108.001"

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_tahanan": "android_id",
    "aid_tanghali": "android_id",
    "aid_pba": "android_id",
    "aid_himig": "android_id",
    "aid_simbahan": "android_id",
    "aid_kdrama": "android_id",
    "aid_pitaka": "android_id",
    "aid_padala": "android_id",
    "aid_telco": "android_id",
    "aid_rider": "android_id",
    "imei": "imei",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "tv_serial": "serial",
    "watch_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "msisdn",
        "tahanan_user",
        "pitaka_user",
        "padala_user",
        "telco_user",
        "rider_user",
        "kdrama_user",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone109(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_tahanan: str
    aid_tanghali: str
    aid_pba: str
    aid_himig: str
    aid_simbahan: str
    aid_kdrama: str
    aid_pitaka: str
    aid_padala: str
    aid_telco: str
    aid_rider: str
    imei: str
    tv_mac: str
    watch_mac: str
    tv_serial: str
    watch_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    moe_unique: str
    tanghali_install: str
    himig_app_instance: str
    kdrama_device: str
    pitaka_af_uid: str
    padala_adid: str
    telco_ct_id: str
    rider_install: str
    # account ids, phone numbers and tokens (not device identifiers)
    msisdn: str
    tahanan_user: str
    pitaka_user: str
    padala_user: str
    telco_user: str
    rider_user: str
    kdrama_user: str
    model: str = MODEL

    @classmethod
    def make(cls, rng: random.Random) -> Phone109:
        return cls(
            gaid=new_uuid(rng),
            aid_tahanan=new_hex(rng, 16),
            aid_tanghali=new_hex(rng, 16),
            aid_pba=new_hex(rng, 16),
            aid_himig=new_hex(rng, 16),
            aid_simbahan=new_hex(rng, 16),
            aid_kdrama=new_hex(rng, 16),
            aid_pitaka=new_hex(rng, 16),
            aid_padala=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_rider=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "86")),
            tv_mac=_mac(rng, "A0:62:FB"),
            watch_mac=_mac(rng, "E0:24:7F"),
            tv_serial="TCL" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            watch_serial="7NQ" + new_hex(rng, 11).upper(),
            email=f"rosario.dlcruz{rng.randint(10, 99)}@mail-example.ph",
            moe_unique=new_uuid(rng),
            tanghali_install=new_uuid(rng).upper(),
            himig_app_instance=new_hex(rng, 32),
            kdrama_device="kd-" + new_hex(rng, 24),
            pitaka_af_uid=f"17{new_digits(rng, 11)}-{new_digits(rng, 19)}",
            padala_adid=new_hex(rng, 32),
            telco_ct_id="__" + new_hex(rng, 32),
            rider_install=new_uuid(rng),
            msisdn="+6391" + new_digits(rng, 8),
            tahanan_user="KP" + new_digits(rng, 9),
            pitaka_user=new_digits(rng, 12, "09"),
            padala_user="OFW-" + new_digits(rng, 8),
            telco_user="sub_" + new_hex(rng, 12),
            rider_user="DRV" + new_digits(rng, 7),
            kdrama_user="u" + new_digits(rng, 10),
        )


class FB(LabelledBuilder):
    """Phone109's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; {MODEL} Build/{BUILD})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 (Linux; U; Android 14; {MODEL} Build/{BUILD})"


def app_builder(c: Context, sdk: str, method: str, url: str, agent: str) -> FB:
    """A first-party call: the app's user agent and a bearer token (an account token)."""
    b = FB(c, sdk, method, url)
    b.header("user-agent", agent)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "MODEL",
    "Phone109",
    "app_builder",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
