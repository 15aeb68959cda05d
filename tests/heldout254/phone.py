"""The set-254 devices and the flow builder that labels every identifier it inserts.

The coordinator's own things are few: his work phone (a rugged Samsung Galaxy
XCover6 Pro, enrolled in the library's MDM like every staff phone) and his
sports watch, paired to it. The phone runs his streaming app, a music and
podcast app, his bank and the watch's companion app next to the consoles of
the building's equipment. Since Android 8 every app sees its own ANDROID_ID,
so known.yaml lists one per app.

Everything else the phone talks about (signage players, the projector, the
listening booths, lending tablets and e-readers, RFID gates, kiosks, people
counters, 3D printers, room panels, cameras) is the library's equipment: their
serials and MACs are inventory, not the tester's device identifiers, and are
made from a fixed inventory seed (`inventory`) so that the same devices recur.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_virta": "android_id",
    "aid_kuulo": "android_id",
    "aid_pankki": "android_id",
    "aid_kello": "android_id",
    "aid_mdm": "android_id",
    "imei": "imei",
    "phone_serial": "serial",
    "wifi_mac": "mac",
    "watch_mac": "mac",
    "watch_serial": "serial",
}
NOT_DEVICE = frozenset(
    {"virta_user", "kuulo_user", "pankki_user", "kello_user", "mdm_token", "staff_user"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class WorkPhone254(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_virta: str
    aid_kuulo: str
    aid_pankki: str
    aid_kello: str
    aid_mdm: str
    imei: str
    phone_serial: str
    wifi_mac: str
    watch_mac: str
    watch_serial: str
    # install-scoped ids that SDKs, apps and the MDM make up (device_id, not in known.yaml)
    virta_fid: str
    virta_instance: str
    adjust_uuid: str
    adjust_adid: str
    braze_id: str
    pankki_key: str
    kello_install: str
    mdm_enrolment: str
    # accounts and tokens (not device identifiers; never labelled as such)
    virta_user: str
    kuulo_user: str
    pankki_user: str
    kello_user: str
    mdm_token: str
    staff_user: str

    @classmethod
    def make(cls, rng: random.Random) -> WorkPhone254:
        return cls(
            gaid=new_uuid(rng),
            aid_virta=new_hex(rng, 16),
            aid_kuulo=new_hex(rng, 16),
            aid_pankki=new_hex(rng, 16),
            aid_kello=new_hex(rng, 16),
            aid_mdm=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            phone_serial="R5CW" + new_digits(rng, 2) + new_hex(rng, 5).upper(),
            wifi_mac=_mac(rng, "A8:34:6A"),
            watch_mac=_mac(rng, "D8:0B:CB"),
            watch_serial="RVS" + new_digits(rng, 9),
            virta_fid="f" + new_hex(rng, 21),
            virta_instance=new_hex(rng, 32),
            adjust_uuid=new_uuid(rng),
            adjust_adid=new_hex(rng, 32),
            braze_id=new_uuid(rng),
            pankki_key=new_uuid(rng).upper(),
            kello_install=new_uuid(rng),
            mdm_enrolment="ENR-" + new_digits(rng, 8),
            virta_user="vt" + new_digits(rng, 9),
            kuulo_user="k_" + new_hex(rng, 14),
            pankki_user=new_digits(rng, 8, "4"),
            kello_user=new_digits(rng, 9, "7"),
            mdm_token=new_hex(rng, 48),
            staff_user="juha.saarinen",
        )


class FB(LabelledBuilder):
    """WorkPhone254's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


ANDROID = ("14", "SM-G736B", "UP1A.231005.007")


def ua(app: str, ver: str) -> str:
    osv, model, build = ANDROID
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik() -> str:
    osv, model, build = ANDROID
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


def chrome() -> str:
    """The phone's browser, for the web consoles that have no app."""
    return (
        "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/124.0.6367.179 Mobile Safari/537.36"
    )


def inventory(name: str) -> random.Random:
    """A fixed randomness per equipment family: the same serials recur in every session."""
    return random.Random(f"kalevatalo-254-{name}")


def equipment_mac(rng: random.Random, oui: str) -> str:
    return _mac(rng, oui)


rid = req_id

__all__ = [
    "ANDROID",
    "FB",
    "KNOWN_ATTRS",
    "WorkPhone254",
    "chrome",
    "dalvik",
    "equipment_mac",
    "floats",
    "inventory",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
