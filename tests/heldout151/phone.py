"""The set-151 household's devices and the builder that labels every identifier.

A Pixel 8a (Android 14) and an iPad (iPadOS 17) in a household split between
Sydney and Auckland; a Chromecast with Google TV, a Samsung TV with ACR, a
Fitbit-like watch and a car head unit. Every Android app sees its own
ANDROID_ID, so known.yaml lists one per app; the iPad's apps share one IDFV per
vendor (one vendor here, the commercial broadcaster).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.flowmodel import Context
from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_kiwa": "android_id",
    "aid_nine": "android_id",
    "aid_tune": "android_id",
    "aid_pod": "android_id",
    "aid_league": "android_id",
    "aid_bank": "android_id",
    "aid_ident": "android_id",
    "aid_fit": "android_id",
    "ipad_idfv": "idfv",
    "imei": "imei",
    "tv_mac": "mac",
    "cast_mac": "mac",
    "watch_mac": "mac",
    "watch_serial": "serial",
    "cast_serial": "serial",
    "car_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "kiwa_user", "tune_user", "bank_customer", "ident_account", "fit_user"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Household(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_kiwa: str
    aid_nine: str
    aid_tune: str
    aid_pod: str
    aid_league: str
    aid_bank: str
    aid_ident: str
    aid_fit: str
    ipad_idfv: str
    imei: str
    tv_mac: str
    cast_mac: str
    watch_mac: str
    watch_serial: str
    cast_serial: str
    car_serial: str
    email: str
    # ids SDKs and apps make up on the devices (device_id, not in known.yaml)
    tv_duid: str
    tv_psid: str
    tv_tifa: str
    conviva_clid: str
    adobe_ecid: str
    amp_device: str
    braze_device: str
    segment_anon: str
    mparticle_das: str
    af_uid: str
    fb_anon: str
    firebase_iid: str
    bank_install: str
    ident_device_key: str
    fit_install: str
    # accounts (not device identifiers)
    kiwa_user: str
    tune_user: str
    bank_customer: str
    ident_account: str
    fit_user: str
    model: str = "Pixel 8a"

    @classmethod
    def make(cls, rng: random.Random) -> Household:
        return cls(
            gaid=new_uuid(rng),
            aid_kiwa=new_hex(rng, 16),
            aid_nine=new_hex(rng, 16),
            aid_tune=new_hex(rng, 16),
            aid_pod=new_hex(rng, 16),
            aid_league=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_ident=new_hex(rng, 16),
            aid_fit=new_hex(rng, 16),
            ipad_idfv=new_uuid(rng).upper(),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            tv_mac=_mac(rng, "8C:79:F5"),
            cast_mac=_mac(rng, "D4:F5:47").lower(),
            watch_mac=_mac(rng, "E4:5F:01"),
            watch_serial="FB" + new_digits(rng, 3) + new_hex(rng, 9).upper(),
            cast_serial=new_digits(rng, 4) + "SG" + new_hex(rng, 7).upper(),
            car_serial="HU" + new_hex(rng, 12).upper(),
            email=f"aroha.mitchell{rng.randint(10, 99)}@mail-example.co.nz",
            tv_duid="0" + new_hex(rng, 12).upper(),
            tv_psid=new_hex(rng, 32),
            tv_tifa=new_uuid(rng),
            conviva_clid=".".join(new_digits(rng, 10) for _ in range(4)),
            adobe_ecid=new_digits(rng, 38, "6"),
            amp_device=new_uuid(rng) + "R",
            braze_device=new_uuid(rng),
            segment_anon=new_uuid(rng),
            mparticle_das=new_uuid(rng),
            af_uid=f"17298{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            fb_anon="XZ" + new_uuid(rng),
            firebase_iid=new_hex(rng, 32),
            bank_install=new_uuid(rng).upper(),
            ident_device_key=new_hex(rng, 40),
            fit_install=new_uuid(rng),
            kiwa_user="kw" + new_digits(rng, 10),
            tune_user=new_hex(rng, 22),
            bank_customer=new_digits(rng, 9, "4"),
            ident_account="RM-" + new_digits(rng, 8),
            fit_user=new_hex(rng, 6).upper(),
        )


class FB(LabelledBuilder):
    """The household's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; Android 14; Pixel 8a Build/AP2A.240905.003)"


def ios_ua(app: str, ver: str, build: str = "2403") -> str:
    return f"{app}/{build} CFNetwork/1494.0.7 Darwin/23.4.0 ({ver}; iPad13,16; iPadOS 17.4)"


def mk(c: Context, sdk: str, method: str, url: str, agent: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", agent)
    return b


rid = req_id

__all__ = ["FB", "KNOWN_ATTRS", "Household", "floats", "iso", "mk", "ms", "rf", "rid", "ua"]
