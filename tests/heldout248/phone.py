"""The set-248 device and the flow builder that labels every identifier it inserts.

The tester is a guest-services and IT officer on a Mediterranean cruise ship
(Genoa, Barcelona, Marseille). Her company phone is a Samsung Galaxy S23
enrolled in the cruise line's MDM as device owner, so the MDM agent can read
the IMEI, the hardware serial and the factory Wi-Fi MAC (MAC randomisation is
switched off by policy on the crew SSID, so the ship's captive portal sees the
same MAC). Her own apps on it: an Italian / Spanish series and Serie A
streamer, a Spanish music app, her Italian bank with selfie login and the
companion app of her smartwatch (its BLE MAC and serial).

Everything else the phone handles is the ship's: the gangway face checks,
cabin TVs, medallions, door locks, cabin tablets, CCTV, crew handhelds and POS
terminals carry identifiers of the line's equipment and data of its guests,
none of which is in this object: those are not the tester's device ids.
Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_visione": "android_id",
    "aid_sonora": "android_id",
    "aid_banca": "android_id",
    "aid_kairos": "android_id",
    "aid_mdm": "android_id",
    "imei": "imei",
    "phone_serial": "serial",
    "wifi_mac": "mac",
    "watch_mac": "mac",
    "watch_serial": "serial",
}
NOT_DEVICE = frozenset(
    {
        "crew_id",
        "visione_user",
        "sonora_user",
        "banca_user",
        "kairos_user",
        "onfido_applicant",
    }
)


@dataclass(frozen=True, slots=True)
class Officer248(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_visione: str
    aid_sonora: str
    aid_banca: str
    aid_kairos: str
    aid_mdm: str
    imei: str
    phone_serial: str
    wifi_mac: str
    watch_mac: str
    watch_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    visione_fid: str
    visione_app_instance: str
    visione_af_uid: str
    npaw_device_uuid: str
    sonora_adjust_uuid: str
    sonora_adjust_adid: str
    banca_device_key: str
    mdm_enrollment_id: str
    kairos_install: str
    # account ids (not device identifiers; never labelled as such)
    crew_id: str
    visione_user: str
    sonora_user: str
    banca_user: str
    kairos_user: str
    onfido_applicant: str

    @classmethod
    def make(cls, rng: random.Random) -> Officer248:
        return cls(
            gaid=new_uuid(rng),
            aid_visione=new_hex(rng, 16),
            aid_sonora=new_hex(rng, 16),
            aid_banca=new_hex(rng, 16),
            aid_kairos=new_hex(rng, 16),
            aid_mdm=new_hex(rng, 16),
            imei=luhn_complete(new_digits(rng, 14, "35")),
            phone_serial="R5CW" + new_digits(rng, 3) + new_hex(rng, 4).upper(),
            wifi_mac="b4:ce:40:" + ":".join(new_hex(rng, 2) for _ in range(3)),
            watch_mac="E8:" + ":".join(new_hex(rng, 2).upper() for _ in range(5)),
            watch_serial="KW7" + new_digits(rng, 4) + new_hex(rng, 5).upper(),
            visione_fid="d" + new_hex(rng, 21),
            visione_app_instance=new_hex(rng, 32),
            visione_af_uid=f"17498{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            npaw_device_uuid=new_uuid(rng),
            sonora_adjust_uuid=new_uuid(rng),
            sonora_adjust_adid=new_hex(rng, 32),
            banca_device_key=new_hex(rng, 40),
            mdm_enrollment_id="ENR-" + new_hex(rng, 24).upper(),
            kairos_install=new_uuid(rng),
            crew_id="C" + new_digits(rng, 6),
            visione_user="vp_" + new_digits(rng, 9),
            sonora_user=new_digits(rng, 8, "5"),
            banca_user="BG" + new_digits(rng, 8),
            kairos_user=new_digits(rng, 10, "4"),
            onfido_applicant=new_uuid(rng),
        )


class OB(LabelledBuilder):
    """Officer248's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


MODEL = ("14", "SM-S911B", "UP1A.231005.007")


def ua(app: str, ver: str) -> str:
    osv, model, build = MODEL
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik() -> str:
    osv, model, build = MODEL
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


def ship_ua(app: str, ver: str) -> str:
    """The ship's own operations apps (managed by the MDM, signed in with a crew token)."""
    return f"{app}/{ver} (Android 14; SM-S911B; managed)"


rid = req_id

__all__ = [
    "KNOWN_ATTRS",
    "OB",
    "Officer248",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ship_ua",
    "ua",
]
