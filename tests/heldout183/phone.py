"""The set-183 devices and the flow builder that labels every identifier it inserts.

The tester is an audiovisual technician at a university in Prague. Her own
devices are a Galaxy A54 (Android 14) and her Bluetooth earbuds; everything else
she touches (lecture-capture recorders, projectors, PTZ cameras, wireless
microphones, signage players, library kiosks, the pool of lent laptops and
tablets) belongs to the university, so their serials and MACs are no device
identifier of hers. On the phone: the university's AV-desk app, a music app,
a streaming app and a bank with selfie login. Since Android 8 each app sees its
own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_avdesk": "android_id",
    "aid_music": "android_id",
    "aid_stream": "android_id",
    "aid_bank": "android_id",
    "buds_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {"email", "model", "staff_login", "music_user", "stream_profile", "bank_client", "push_token"}
)


def mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone183(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_avdesk: str
    aid_music: str
    aid_stream: str
    aid_bank: str
    buds_mac: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    avdesk_fid: str
    music_fid: str
    music_app_instance: str
    stream_adid: str
    stream_player_uuid: str
    bank_af_uid: str
    bank_binding: str
    # accounts and tokens (not device identifiers; never labelled as such)
    staff_login: str
    music_user: str
    stream_profile: str
    bank_client: str
    push_token: str
    model: str = "SM-A546B"

    @classmethod
    def make(cls, rng: random.Random) -> Phone183:
        return cls(
            gaid=new_uuid(rng),
            aid_avdesk=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_stream=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            buds_mac=mac(rng, "A8:3D:F7"),
            email=f"jana.novotna{rng.randint(10, 99)}@posta-example.cz",
            avdesk_fid="c" + new_hex(rng, 21),
            music_fid="e" + new_hex(rng, 21),
            music_app_instance=new_hex(rng, 32),
            stream_adid=new_hex(rng, 32),
            stream_player_uuid=new_uuid(rng),
            bank_af_uid=f"17331{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            bank_binding="DB-" + new_hex(rng, 24).upper(),
            staff_login="novotnj" + new_digits(rng, 2),
            music_user="u" + new_digits(rng, 9),
            stream_profile="p" + new_hex(rng, 10),
            bank_client=new_digits(rng, 10, "7"),
            push_token="f" + new_hex(rng, 10) + ":APA91b" + new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """Phone183's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone183",
    "floats",
    "iso",
    "mac",
    "ms",
    "rf",
    "rid",
    "ua",
]
