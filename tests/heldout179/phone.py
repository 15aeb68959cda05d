"""The set-179 devices and the flow builder that labels every identifier it inserts.

The tester is a ground-handling shift supervisor at Oslo airport. Her own
Galaxy S23 (Android 14) runs the handler's supervisor app, a crew-briefing
video app, a work-profile MDM agent, and her personal apps: a music app (with
her Bluetooth earbuds), a streaming app and her bank. Since Android 8 every app
sees its own ANDROID_ID, so known.yaml lists one per app. The handler's
handhelds, radios, tablets, scanners, e-gates, kiosks and screens are the
employer's or the airport's equipment: their serials and MACs are no device
identifier of hers and appear only as decoys.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_rampe": "android_id",
    "aid_brief": "android_id",
    "aid_mdm": "android_id",
    "aid_music": "android_id",
    "aid_stream": "android_id",
    "aid_bank": "android_id",
    "buds_mac": "mac",
    "buds_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "staff_no", "music_user", "stream_profile", "bank_customer", "fcm_token"}
)


@dataclass(frozen=True, slots=True)
class Phone179(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_rampe: str
    aid_brief: str
    aid_mdm: str
    aid_music: str
    aid_stream: str
    aid_bank: str
    buds_mac: str
    buds_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    rampe_install: str
    brief_install: str
    mdm_device: str
    music_fid: str
    music_instance: str
    stream_adid: str
    bank_binding: str
    # account ids and tokens (not device identifiers; never labelled as such)
    staff_no: str
    music_user: str
    stream_profile: str
    bank_customer: str
    fcm_token: str
    model: str = "SM-S911B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone179:
        return cls(
            gaid=new_uuid(rng),
            aid_rampe=new_hex(rng, 16),
            aid_brief=new_hex(rng, 16),
            aid_mdm=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_stream=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            buds_mac="7C:38:AD:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            buds_serial="R3GW" + new_hex(rng, 7).upper(),
            email=f"ingrid.haugland{rng.randint(10, 99)}@epost-example.no",
            rampe_install=new_uuid(rng),
            brief_install=new_uuid(rng).upper(),
            mdm_device=new_uuid(rng),
            music_fid="c" + new_hex(rng, 21),
            music_instance=new_hex(rng, 32),
            stream_adid=new_hex(rng, 32),
            bank_binding=new_hex(rng, 40),
            staff_no="GH" + new_digits(rng, 6),
            music_user="u" + new_digits(rng, 10),
            stream_profile="p_" + new_hex(rng, 12),
            bank_customer=new_digits(rng, 9, "7"),
            fcm_token="e" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 60),
        )


class FB(LabelledBuilder):
    """Phone179's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS

    def other_id_value(self, attr: str, where: str, detectable: bool = True) -> str:
        """An SDK- or app-made install id of her phone: labelled, then sent as it is."""
        self.other_id(attr, where, detectable)
        return str(getattr(self.ctx.phone, attr))


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)"


def zebra_serial(rng: random.Random) -> str:
    """A handheld terminal's serial (the employer's equipment, never hers)."""
    return new_digits(rng, 5, "2") + "5" + new_digits(rng, 8)


def fleet_mac(rng: random.Random) -> str:
    return "00:15:70:" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def flight_no(rng: random.Random) -> str:
    return rng.choice(["DY", "SK", "WF", "KL", "LH", "BA", "AY"]) + str(rng.randint(100, 4999))


def stand(rng: random.Random) -> str:
    return rng.choice(["A", "B", "C", "D", "F"]) + str(rng.randint(1, 58))


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone179",
    "fleet_mac",
    "flight_no",
    "iso",
    "ms",
    "rf",
    "rid",
    "stand",
    "ua",
    "zebra_serial",
]
