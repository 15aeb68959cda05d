"""The set-78 devices and the flow builder that labels every identifier it inserts.

A family's shared Samsung Galaxy Tab S9 (Android 14) in Ontario / Quebec runs
ordinary apps whose traffic looks sensitive but mostly is not. The family owns a
Roku-style smart TV, a doorbell camera, a robot vacuum and a Nest Hub; their ids
are device ids. The neighbours' Wi-Fi networks, the HOA's gate and pool sensors,
the league's cameras and public air-quality sensors are not the family's and are
never labelled. Every app sees its own ANDROID_ID (Android 8+), so known.yaml
lists one per app that sends it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_stream": "android_id",
    "aid_games": "android_id",
    "aid_home": "android_id",
    "tv_mac": "mac",
    "bell_mac": "mac",
    "vac_mac": "mac",
    "tv_serial": "serial",
    "bell_serial": "serial",
    "vac_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset({"email", "model", "home_user", "stream_user", "audio_user"})


def mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Tablet78(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_stream: str
    aid_games: str
    aid_home: str
    tv_mac: str
    bell_mac: str
    vac_mac: str
    tv_serial: str
    bell_serial: str
    vac_serial: str
    email: str
    # ids that SDKs and apps make up (device_id, not in known.yaml)
    tv_device_id: str
    vac_duid: str
    hub_device_id: str
    stream_install: str
    # account ids (never labelled as device ids)
    home_user: str
    stream_user: str
    audio_user: str
    model: str = "SM-X710"

    @classmethod
    def make(cls, rng: random.Random) -> Tablet78:
        return cls(
            gaid=new_uuid(rng),
            aid_stream=new_hex(rng, 16),
            aid_games=new_hex(rng, 16),
            aid_home=new_hex(rng, 16),
            tv_mac=mac(rng, "D8:31:34").lower(),
            bell_mac=mac(rng, "34:3E:A4"),
            vac_mac=mac(rng, "B0:4A:39").lower(),
            tv_serial="X01" + new_hex(rng, 9).upper(),
            bell_serial="DB3" + new_digits(rng, 11),
            vac_serial="R1S" + new_hex(rng, 11).upper(),
            email=f"nguyen.tremblay{rng.randint(10, 99)}@famille-example.ca",
            tv_device_id=new_uuid(rng),
            vac_duid=new_hex(rng, 22),
            hub_device_id=new_hex(rng, 32),
            stream_install=new_uuid(rng),
            home_user="hh_" + new_hex(rng, 12),
            stream_user="p" + new_digits(rng, 10),
            audio_user="amzn1.account." + new_hex(rng, 20).upper(),
        )


class FB(LabelledBuilder):
    """Tablet78's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; SM-X710 Build/UP1A.231005.007)"


def host_mac(rng: random.Random) -> str:
    """A MAC of something that is not the family's (a neighbour's router, a sensor)."""
    oui = rng.choice(["84:F3:EB", "A0:20:A6", "F0:9F:C2", "3C:84:6A", "9C:53:22", "C0:56:27"])
    return mac(rng, oui)


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Tablet78",
    "floats",
    "host_mac",
    "iso",
    "mac",
    "ms",
    "rf",
    "rid",
    "ua",
]
