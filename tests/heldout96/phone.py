"""The set-96 devices and the flow builder that labels every identifier it inserts.

An iPhone 14 (iOS 17.5) of an electrician / smart-home installer working in
Poland and Czechia. Most identifiers his apps send belong to OTHER people's or
his employer's things (clients' hubs, inverters, doorbells; the company van,
tool tags, multimeter): those are generated per flow and labelled as decoys,
never as the tester's device ids. His own ids are below: the IDFA (ATT allowed
for two games), one IDFV per app vendor, his own watch and earbuds.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "idfa": "advertising_id",
    "idfv_games": "device_id",
    "idfv_stream": "device_id",
    "idfv_bank": "device_id",
    "idfv_podcast": "device_id",
    "watch_serial": "serial",
    "watch_mac": "mac",
    "buds_serial": "serial",
    "buds_mac": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset({"email", "model", "stream_user", "bank_user", "pod_user", "tech_user"})


def mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone96(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    idfv_games: str
    idfv_stream: str
    idfv_bank: str
    idfv_podcast: str
    watch_serial: str
    watch_mac: str
    buds_serial: str
    buds_mac: str
    email: str
    # install-scoped ids that SDKs make up (device_id, not in known.yaml)
    unity_idfi: str
    adjust_uuid: str
    youbora_device: str
    # account ids (not device identifiers; never labelled as such)
    stream_user: str
    bank_user: str
    pod_user: str
    tech_user: str
    model: str = "iPhone15,2"

    @classmethod
    def make(cls, rng: random.Random) -> Phone96:
        return cls(
            idfa=new_uuid(rng).upper(),
            idfv_games=new_uuid(rng).upper(),
            idfv_stream=new_uuid(rng).upper(),
            idfv_bank=new_uuid(rng).upper(),
            idfv_podcast=new_uuid(rng).upper(),
            watch_serial="G" + new_digits(rng, 2) + new_hex(rng, 6).upper() + "X",
            watch_mac=mac(rng, "D4:22:CD"),
            buds_serial="SN" + new_hex(rng, 10).upper(),
            buds_mac=mac(rng, "F8:4E:17").lower(),
            email=f"marek.dvorak{rng.randint(10, 99)}@poczta-example.pl",
            unity_idfi=new_uuid(rng),
            adjust_uuid=new_uuid(rng),
            youbora_device=new_hex(rng, 32),
            stream_user="u" + new_digits(rng, 9),
            bank_user="K" + new_digits(rng, 8),
            pod_user=new_hex(rng, 20),
            tech_user="T" + new_digits(rng, 5),
        )


class FB(LabelledBuilder):
    """Phone96's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, build: str) -> str:
    """CFNetwork's default User-Agent on iOS 17.5 (what URLSession sends)."""
    return f"{app}/{build} CFNetwork/1496.0.7 Darwin/23.5.0"


def sdk_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPhone; iOS 17.5.1; Scale/3.00)"


def client_mac(rng: random.Random) -> str:
    """A client's device MAC (Espressif / Tuya / Hikvision OUIs): not the tester's."""
    oui = rng.choice(["C4:5B:BE", "A4:CF:12", "84:F3:EB", "BC:AD:28", "E8:DB:84"])
    return mac(rng, oui)


def lan_ip(rng: random.Random) -> str:
    return f"192.168.{rng.choice([0, 1, 33, 100])}.{rng.randint(2, 250)}"


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone96",
    "client_mac",
    "floats",
    "iso",
    "lan_ip",
    "mac",
    "ms",
    "new_digits",
    "new_hex",
    "new_uuid",
    "rf",
    "rid",
    "sdk_ua",
    "ua",
]
