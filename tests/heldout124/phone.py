"""The set-124 devices and the flow builder that labels every identifier it inserts.

A family in Yangon and Mandalay shares one Vivo V27 (Android 13, dual SIM), a
cheap Android TV box that plays an IPTV portal (it presents a MAG-style MAC,
00:1A:79, as such boxes do) and a Bluetooth speaker. Since Android 8 every app
sees its own ANDROID_ID, so known.yaml lists one per app; the TV box's live-TV
app has its own. Only the telco's self-care app (carrier privileges) reads the
IMEIs and the serial. A relative works in Mae Sot (Thailand): her devices show
up only as other people's devices, never labelled.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_yoke": "android_id",
    "aid_tachin": "android_id",
    "aid_dhamma": "android_id",
    "aid_bawlone": "android_id",
    "aid_wallet": "android_id",
    "aid_ride": "android_id",
    "aid_telco": "android_id",
    "aid_lakorn": "android_id",
    "aid_tvbox": "android_id",
    "imei1": "imei",
    "imei2": "imei",
    "phone_serial": "serial",
    "tvbox_serial": "serial",
    "speaker_serial": "serial",
    "tvbox_mac": "mac",
    "speaker_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "msisdn", "yoke_user", "wallet_user", "driver_no", "telco_user", "model"}
)


@dataclass(frozen=True, slots=True)
class Phone124(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_yoke: str
    aid_tachin: str
    aid_dhamma: str
    aid_bawlone: str
    aid_wallet: str
    aid_ride: str
    aid_telco: str
    aid_lakorn: str
    aid_tvbox: str
    imei1: str
    imei2: str
    phone_serial: str
    tvbox_serial: str
    speaker_serial: str
    tvbox_mac: str
    speaker_mac: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    yoke_fid: str
    yoke_app_instance: str
    tachin_install: str
    dhamma_player: str
    bawlone_install: str
    wallet_af_uid: str
    wallet_kyc_device: str
    ride_adjust_uuid: str
    ride_adid: str
    # account ids and phone numbers (not device identifiers; never labelled as such)
    msisdn: str
    yoke_user: str
    wallet_user: str
    driver_no: str
    telco_user: str
    model: str = "V2231"

    @classmethod
    def make(cls, rng: random.Random) -> Phone124:
        return cls(
            gaid=new_uuid(rng),
            aid_yoke=new_hex(rng, 16),
            aid_tachin=new_hex(rng, 16),
            aid_dhamma=new_hex(rng, 16),
            aid_bawlone=new_hex(rng, 16),
            aid_wallet=new_hex(rng, 16),
            aid_ride=new_hex(rng, 16),
            aid_telco=new_hex(rng, 16),
            aid_lakorn=new_hex(rng, 16),
            aid_tvbox=new_hex(rng, 16),
            imei1=luhn_complete(new_digits(rng, 14, "86")),
            imei2=luhn_complete(new_digits(rng, 14, "86")),
            phone_serial=new_hex(rng, 8).upper() + new_digits(rng, 4),
            tvbox_serial="X96" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            speaker_serial="TS" + new_digits(rng, 10),
            tvbox_mac="00:1A:79:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            speaker_mac="F4:4E:FD:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            email=f"thiri.aung{rng.randint(10, 99)}@gmail-example.com",
            yoke_fid="c" + new_hex(rng, 21),
            yoke_app_instance=new_hex(rng, 32),
            tachin_install=new_uuid(rng),
            dhamma_player=new_uuid(rng),
            bawlone_install=new_uuid(rng).upper(),
            wallet_af_uid=f"17305{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            wallet_kyc_device=new_hex(rng, 40),
            ride_adjust_uuid=new_uuid(rng),
            ride_adid=new_hex(rng, 32),
            msisdn="+959" + new_digits(rng, 9),
            yoke_user=new_digits(rng, 9, "5"),
            wallet_user="NL" + new_digits(rng, 10),
            driver_no="DRV-MDY-" + new_digits(rng, 5),
            telco_user=new_digits(rng, 11, "9"),
        )


class FB(LabelledBuilder):
    """Phone124's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 13; V2231 Build/TP1A.220624.014)"


BOX_UA = "Dalvik/2.1.0 (Linux; U; Android 9; X96Max_Plus2 Build/PPR1.180610.011)"


def builder(c: object, sdk: str, method: str, url: str, agent: str) -> FB:
    """A first-party request with the app's user agent and a bearer token."""
    b = FB(c, sdk, method, url)  # type: ignore[arg-type]
    b.header("user-agent", agent)
    b.header("authorization", "Bearer " + req_id(b.ctx.rng).replace("-", ""))
    return b


def points(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.5)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


rid = req_id

__all__ = [
    "BOX_UA",
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone124",
    "builder",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
]
