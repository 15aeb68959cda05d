"""The set-127 devices and the flow builder that labels every identifier it inserts.

A family in Lyon and Marseille with a student in Brussels. The tester's phone is
a Xiaomi 13T (Android 14) with ten apps, each seeing its own ANDROID_ID. The
household also has a Freebox TV box (serial, Ethernet MAC), a Samsung smart TV
with ACR (Wi-Fi MAC; its Tizen DUID is made by the TV) and a Withings-like watch
(BLE MAC, serial). Account numbers, IBAN-like ids and emails are accounts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf
from tests.heldout.wire import b64, gz, jsb

KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_replay": "android_id",
    "aid_chaine": "android_id",
    "aid_musique": "android_id",
    "aid_podcast": "android_id",
    "aid_radio": "android_id",
    "aid_foot": "android_id",
    "aid_banque": "android_id",
    "aid_rencontre": "android_id",
    "aid_photos": "android_id",
    "aid_maison": "android_id",
    "box_mac": "mac",
    "tv_mac": "mac",
    "watch_mac": "mac",
    "box_serial": "serial",
    "watch_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "replay_user",
        "musique_user",
        "banque_client",
        "rencontre_user",
        "foot_user",
        "box_abonne",
    }
)


def _mac(rng: random.Random, oui: str, sep: str = ":") -> str:
    return sep.join(oui.split(":") + [new_hex(rng, 2).upper() for _ in range(3)])


@dataclass(frozen=True, slots=True)
class Phone127(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_replay: str
    aid_chaine: str
    aid_musique: str
    aid_podcast: str
    aid_radio: str
    aid_foot: str
    aid_banque: str
    aid_rencontre: str
    aid_photos: str
    aid_maison: str
    box_mac: str
    tv_mac: str
    watch_mac: str
    box_serial: str
    watch_serial: str
    email: str
    # ids that SDKs and apps make up on the device (device_id, not in known.yaml)
    piano_idclient: str
    didomi_uid: str
    adjust_adid: str
    af_uid: str
    batch_install: str
    firebase_instance: str
    musique_install: str
    tv_duid: str
    ubble_device: str
    rencontre_install: str
    radio_install: str
    # accounts (never device identifiers)
    replay_user: str
    musique_user: str
    banque_client: str
    rencontre_user: str
    foot_user: str
    box_abonne: str
    model: str = "23078PND5G"

    @classmethod
    def make(cls, rng: random.Random) -> Phone127:
        return cls(
            gaid=new_uuid(rng),
            aid_replay=new_hex(rng, 16),
            aid_chaine=new_hex(rng, 16),
            aid_musique=new_hex(rng, 16),
            aid_podcast=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_foot=new_hex(rng, 16),
            aid_banque=new_hex(rng, 16),
            aid_rencontre=new_hex(rng, 16),
            aid_photos=new_hex(rng, 16),
            aid_maison=new_hex(rng, 16),
            box_mac=_mac(rng, "F4:CA:E5"),
            tv_mac=_mac(rng, "8C:EA:48"),
            watch_mac=_mac(rng, "00:24:E4"),
            box_serial="FBX7J-" + new_digits(rng, 10),
            watch_serial="WSW" + new_hex(rng, 10).upper(),
            email=f"ines.benali{rng.randint(10, 99)}@courriel-exemple.fr",
            piano_idclient=new_uuid(rng),
            didomi_uid=new_uuid(rng),
            adjust_adid=new_hex(rng, 32),
            af_uid=f"17309{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            batch_install="install-" + new_uuid(rng).upper(),
            firebase_instance=new_hex(rng, 32),
            musique_install=new_uuid(rng),
            tv_duid="C" + new_hex(rng, 12).upper(),
            ubble_device=new_hex(rng, 40),
            rencontre_install=new_uuid(rng).upper(),
            radio_install="r" + new_hex(rng, 23),
            replay_user="u" + new_digits(rng, 10),
            musique_user=new_digits(rng, 10, "5"),
            banque_client="CLT" + new_digits(rng, 9),
            rencontre_user="m_" + new_hex(rng, 12),
            foot_user=new_digits(rng, 8, "7"),
            box_abonne="ABO" + new_digits(rng, 9),
        )


class FB(LabelledBuilder):
    """Phone127's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; fr_FR; 23078PND5G Build/UP1A.230905.011)"


rid = req_id


def gzb64(obj: object) -> str:
    """JSON, gzipped and base64ed: how in-house SDKs pack a batch into one field."""
    return b64(gz(jsb(obj)))


def sealed(rng: random.Random, n: int) -> str:
    """An encrypted payload (nonce + ciphertext) as the app sends it: unreadable bytes."""
    return b64(bytes(rng.getrandbits(8) for _ in range(n)))


__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone127",
    "floats",
    "gzb64",
    "iso",
    "ms",
    "rf",
    "rid",
    "sealed",
    "ua",
]
