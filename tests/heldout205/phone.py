"""The set-205 devices and the flow builder that labels every identifier it inserts.

Staff phones of a fictional private hospital in Surabaya (RS Husada Waras):

* bangsal: the Melati ward's shared phone, a hospital-owned Samsung Galaxy
  XCover7, fully managed by the hospital's MDM (which reads IMEI, serial and
  Wi-Fi MAC). It runs the nurses' dashboard, the CCTV viewer, the ward TV
  fleet console, the pharmacy and the medical-device inventory apps;
* perawat: nurse Sri's own OPPO A78 with a streaming app (ad SDKs), a
  Suroboyoan radio app and the staff face-attendance app;
* dokter: dr. Bambang's (radiologist) Samsung Galaxy S23 with the PACS viewer,
  the telemedicine app, a bank app with selfie KYC and a smartwatch.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid_perawat": "advertising_id",
    "gaid_dokter": "advertising_id",
    "aid_tontonin": "android_id",
    "aid_radio": "android_id",
    "aid_absensi": "android_id",
    "aid_dasbor": "android_id",
    "aid_bank": "android_id",
    "aid_jam": "android_id",
    "imei_bangsal": "imei",
    "serial_bangsal": "serial",
    "watch_serial": "serial",
    "mac_bangsal": "mac",
    "watch_mac": "mac",
}
NOT_DEVICE = frozenset(
    {
        "nip_perawat",
        "nip_dokter",
        "tontonin_user",
        "radio_user",
        "bank_cif",
        "jam_user",
        "mdm_tenant",
    }
)


def mac(rng: random.Random, oui: str | None = None) -> str:
    """A unicast MAC (first octet even); a random OUI when none is given."""
    if oui is None:
        first = rng.choice([0x00, 0x08, 0x3C, 0x58, 0x70, 0x84, 0xA4, 0xC8, 0xE0])
        oui = f"{first:02X}:" + ":".join(new_hex(rng, 2).upper() for _ in range(2))
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Staff205(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_perawat: str
    gaid_dokter: str
    aid_tontonin: str
    aid_radio: str
    aid_absensi: str
    aid_dasbor: str
    aid_bank: str
    aid_jam: str
    imei_bangsal: str
    serial_bangsal: str
    watch_serial: str
    mac_bangsal: str
    watch_mac: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    tontonin_af_uid: str
    tontonin_app_instance: str
    tontonin_fb_anon: str
    radio_install: str
    bank_device_key: str
    jam_install: str
    absensi_device_uuid: str
    # account ids and tokens (not device identifiers; never labelled as such)
    nip_perawat: str
    nip_dokter: str
    tontonin_user: str
    radio_user: str
    bank_cif: str
    jam_user: str
    mdm_tenant: str

    @classmethod
    def make(cls, rng: random.Random) -> Staff205:
        return cls(
            gaid_perawat=new_uuid(rng),
            gaid_dokter=new_uuid(rng),
            aid_tontonin=new_hex(rng, 16),
            aid_radio=new_hex(rng, 16),
            aid_absensi=new_hex(rng, 16),
            aid_dasbor=new_hex(rng, 16),
            aid_bank=new_hex(rng, 16),
            aid_jam=new_hex(rng, 16),
            imei_bangsal=luhn_complete("35" + new_digits(rng, 12)),
            serial_bangsal="R5CX" + new_hex(rng, 7).upper(),
            watch_serial="WSW7" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            mac_bangsal=mac(rng, "8C:F5:A3"),
            watch_mac=mac(rng, "A4:C1:38"),
            tontonin_af_uid=f"17330{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            tontonin_app_instance=new_hex(rng, 32),
            tontonin_fb_anon="XZ" + new_uuid(rng),
            radio_install=new_uuid(rng),
            bank_device_key=new_hex(rng, 48).upper(),
            jam_install=new_uuid(rng),
            absensi_device_uuid=new_uuid(rng).upper(),
            nip_perawat="19" + new_digits(rng, 16),
            nip_dokter="19" + new_digits(rng, 16),
            tontonin_user="ttn" + new_digits(rng, 9),
            radio_user=new_digits(rng, 8, "5"),
            bank_cif="CIF" + new_digits(rng, 10),
            jam_user="ws_" + new_hex(rng, 14),
            mdm_tenant="rshw-" + new_hex(rng, 8),
        )


class FB(LabelledBuilder):
    """Staff205's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "bangsal": ("14", "SM-G556B", "UP1A.231005.007"),
    "perawat": ("13", "CPH2565", "TP1A.220905.001"),
    "dokter": ("14", "SM-S911B", "UP1A.231005.007"),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik(who: str) -> str:
    osv, model, build = PHONES[who]
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "PHONES",
    "Staff205",
    "dalvik",
    "floats",
    "iso",
    "mac",
    "ms",
    "rf",
    "rid",
    "ua",
]
