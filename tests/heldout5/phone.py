"""The set-5 devices and the flow builder that labels every identifier it inserts.

The capture holds a Xiaomi Redmi Note 13 Pro (Android 14, so it has both a
Google advertising id and an MSA OAID) running eight apps, a Chromecast with
Google TV running an anime app, a car whose companion app talks to the
telematics backend, and an LG webOS TV and a Vizio TV on the same proxy.
Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per
app. A VIN is filed as a `serial` (the vehicle's hardware serial number) and
the telematics unit's IMEI as `imei`: both can be read off the car by a tester.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.flowmodel import Context
from tests.heldout.identity import (
    luhn_complete,
    new_digits,
    new_hex,
    new_uuid,
)
from tests.heldout.labelled import (
    DeviceIds,
    LabelledBuilder,
    floats,
    iso,
    ms,
    okhttp,
    order_no,
    req_id,
    rf,
)

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "oaid": "advertising_id",
    "gtv_adid": "advertising_id",
    "lg_ifa": "advertising_id",
    "vizio_ifa": "advertising_id",
    "aid_glint": "android_id",
    "aid_care": "android_id",
    "aid_keep": "android_id",
    "aid_jet": "android_id",
    "aid_motor": "android_id",
    "aid_shield": "android_id",
    "aid_parla": "android_id",
    "aid_chapter": "android_id",
    "aid_mochi": "android_id",
    "tcu_imei": "imei",
    "vin": "serial",
    "lg_mac": "mac",
    "vizio_mac": "mac",
    "vizio_serial": "serial",
    "lg_udid": "device_id",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "glint_user",
        "care_patient",
        "keep_user",
        "jet_member",
        "motor_user",
        "parla_learner",
        "chapter_user",
        "mochi_account",
    }
)

_VIN_MAP = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def make_vin(rng: random.Random) -> str:
    """A 17-character VIN with a valid ISO 3779 / FMVSS 115 check digit (position 9)."""
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    body = list("5YJ" + "".join(rng.choice(alphabet) for _ in range(5)) + "0R")
    body += [rng.choice("ABCF")] + [rng.choice("0123456789") for _ in range(6)]
    total = sum(_VIN_MAP[c] * w for c, w in zip(body, _VIN_WEIGHTS, strict=True))
    check = total % 11
    body[8] = "X" if check == 10 else str(check)
    return "".join(body)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2) for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone5(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    oaid: str
    gtv_adid: str
    lg_ifa: str
    vizio_ifa: str
    aid_glint: str
    aid_care: str
    aid_keep: str
    aid_jet: str
    aid_motor: str
    aid_shield: str
    aid_parla: str
    aid_chapter: str
    aid_mochi: str
    tcu_imei: str
    vin: str
    lg_mac: str
    vizio_mac: str
    vizio_serial: str
    lg_udid: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    glint_device: str
    glint_unique: str
    care_fid: str
    care_install: str
    keep_amp_device: str
    keep_install: str
    jet_adjust_uuid: str
    jet_adid: str
    motor_install: str
    motor_push_token: str
    shield_yandex_uuid: str
    shield_mytarget_uid: str
    shield_moloco_id: str
    parla_braze: str
    parla_install: str
    chapter_mp_device: str
    chapter_install: str
    mochi_device: str
    mochi_bitmovin_user: str
    inscape_tvid: str
    # account ids (not device identifiers; never labelled as such)
    glint_user: str
    care_patient: str
    keep_user: str
    jet_member: str
    motor_user: str
    parla_learner: str
    chapter_user: str
    mochi_account: str
    model: str = "23117RA68G"

    @classmethod
    def make(cls, rng: random.Random) -> Phone5:
        return cls(
            gaid=new_uuid(rng),
            oaid=new_hex(rng, 16),
            gtv_adid=new_uuid(rng),
            lg_ifa=new_uuid(rng),
            vizio_ifa=new_uuid(rng),
            aid_glint=new_hex(rng, 16),
            aid_care=new_hex(rng, 16),
            aid_keep=new_hex(rng, 16),
            aid_jet=new_hex(rng, 16),
            aid_motor=new_hex(rng, 16),
            aid_shield=new_hex(rng, 16),
            aid_parla=new_hex(rng, 16),
            aid_chapter=new_hex(rng, 16),
            aid_mochi=new_hex(rng, 16),
            tcu_imei=luhn_complete(new_digits(rng, 14, "86")),
            vin=make_vin(rng),
            lg_mac=_mac(rng, "a8:23:fe"),
            vizio_mac=_mac(rng, "00:19:9d"),
            vizio_serial="LAU" + new_hex(rng, 9).upper(),
            lg_udid=new_hex(rng, 32),
            email=f"tomas.okafor{rng.randint(10, 99)}@mailbox-example.org",
            glint_device=new_hex(rng, 32),
            glint_unique=new_hex(rng, 16) + new_hex(rng, 16),
            care_fid="f" + new_hex(rng, 21),
            care_install=new_uuid(rng),
            keep_amp_device=new_uuid(rng) + "R",
            keep_install=new_uuid(rng).upper(),
            jet_adjust_uuid=new_uuid(rng),
            jet_adid=new_hex(rng, 32),
            motor_install=new_uuid(rng),
            motor_push_token="d" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
            shield_yandex_uuid=new_hex(rng, 32),
            shield_mytarget_uid=new_digits(rng, 19, "5"),
            shield_moloco_id=new_uuid(rng),
            parla_braze=new_uuid(rng),
            parla_install=new_uuid(rng),
            chapter_mp_device=new_uuid(rng),
            chapter_install=new_hex(rng, 24),
            mochi_device=new_uuid(rng),
            mochi_bitmovin_user=new_uuid(rng),
            inscape_tvid=new_digits(rng, 12, "9"),
            glint_user=new_digits(rng, 9, "4"),
            care_patient="pt_" + new_hex(rng, 12),
            keep_user="u" + new_digits(rng, 10),
            jet_member="JW" + new_digits(rng, 9),
            motor_user="mu-" + new_hex(rng, 10),
            parla_learner=new_digits(rng, 8, "3"),
            chapter_user="cu" + new_digits(rng, 9),
            mochi_account=new_uuid(rng),
        )


class FB(LabelledBuilder):
    """Phone5's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; 23117RA68G Build/UKQ1.231003.002)"


def tv_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 12; Chromecast Build/STTE.230319.008)"


__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "Context",
    "Phone5",
    "floats",
    "iso",
    "make_vin",
    "ms",
    "okhttp",
    "order_no",
    "req_id",
    "rf",
    "tv_ua",
    "ua",
]
