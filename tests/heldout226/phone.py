"""The set-226 device and the flow builder that labels every identifier it inserts.

One phone: Thandeka's company-issued Samsung Galaxy XCover6 Pro, a control-room
operator at Ingwe Armed Response in Johannesburg (Midrand control room). The
company enrols it in its MDM (work profile: the control-room app, the body-cam
evidence viewer, the gate watchlist console, push-to-talk dispatch); the
personal profile holds her streaming app, a music app, her bank and the
companion app of her smartwatch.

Her own devices' identifiers are device identifiers: the phone's IMEI, serial
and Wi-Fi MAC (the MDM reads them), its advertising id, one ANDROID_ID per app
(Android 8+), and the watch's BLE MAC and serial. The company's equipment that
her apps show her (armed-response vehicles' tracker IMEIs and VINs, guards'
body cameras, clients' alarm panels, gate cameras, other guards' handhelds) is
not her device: those are decoys, never labelled.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "imei": "imei",
    "serial": "serial",
    "watch_serial": "serial",
    "wifi_mac": "mac",
    "watch_mac": "mac",
    "aid_beheer": "android_id",
    "aid_kyk": "android_id",
    "aid_musiek": "android_id",
    "aid_imali": "android_id",
    "aid_watch": "android_id",
}
NOT_DEVICE = frozenset(
    {"operator_id", "kyk_user", "musiek_user", "imali_customer", "watch_user", "fcm_token"}
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


def new_imei(rng: random.Random, tac: str) -> str:
    """A Luhn-valid 15-digit IMEI on a type allocation code."""
    return luhn_complete(tac + new_digits(rng, 14 - len(tac)))


@dataclass(frozen=True, slots=True)
class Phone226(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    imei: str
    serial: str
    watch_serial: str
    wifi_mac: str
    watch_mac: str
    aid_beheer: str
    aid_kyk: str
    aid_musiek: str
    aid_imali: str
    aid_watch: str
    # install-scoped ids that SDKs, the MDM and apps make up (device_id, not in known.yaml)
    mdm_device_id: str
    kyk_fid: str
    kyk_app_instance: str
    kyk_af_uid: str
    musiek_install: str
    imali_device_key: str
    watch_install: str
    # accounts and tokens (not device identifiers; never labelled as such)
    operator_id: str
    kyk_user: str
    musiek_user: str
    imali_customer: str
    watch_user: str
    fcm_token: str

    @classmethod
    def make(cls, rng: random.Random) -> Phone226:
        return cls(
            gaid=new_uuid(rng),
            imei=new_imei(rng, "35" + new_digits(rng, 6)),
            serial="R5CW" + new_digits(rng, 2) + new_hex(rng, 5).upper(),
            watch_serial="GW6" + new_digits(rng, 2) + new_hex(rng, 7).upper(),
            wifi_mac=_mac(rng, "8C:71:F8"),
            watch_mac=_mac(rng, "D0:3F:AA"),
            aid_beheer=new_hex(rng, 16),
            aid_kyk=new_hex(rng, 16),
            aid_musiek=new_hex(rng, 16),
            aid_imali=new_hex(rng, 16),
            aid_watch=new_hex(rng, 16),
            mdm_device_id=new_uuid(rng),
            kyk_fid="f" + new_hex(rng, 21),
            kyk_app_instance=new_hex(rng, 32),
            kyk_af_uid=f"17402{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            musiek_install=new_uuid(rng),
            imali_device_key=new_hex(rng, 40),
            watch_install=new_uuid(rng),
            operator_id="CR-" + new_digits(rng, 4),
            kyk_user="kyk" + new_digits(rng, 9),
            musiek_user=new_digits(rng, 8, "5"),
            imali_customer=new_digits(rng, 10, "4"),
            watch_user="pb_" + new_hex(rng, 12),
            fcm_token=new_hex(rng, 22) + ":APA91b" + new_hex(rng, 60),
        )


class FB(LabelledBuilder):
    """Phone226's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


MODEL = "SM-G736B"
BUILD = "UP1A.231005.007"


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; {MODEL} Build/{BUILD})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 (Linux; U; Android 14; {MODEL} Build/{BUILD})"


def other_imei(rng: random.Random) -> str:
    """A tracker's or another handheld's IMEI: valid, but not this phone's."""
    return new_imei(rng, rng.choice(["86", "35", "86"]) + new_digits(rng, 6))


def vin(rng: random.Random) -> str:
    """A South African-built Toyota Hilux / VW Polo-style VIN (company vehicles)."""
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rng.choice(["AHT", "AAV", "ADM"])
    return wmi + "".join(rng.choice(alphabet) for _ in range(14))


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "MODEL",
    "Phone226",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "other_imei",
    "rf",
    "rid",
    "ua",
    "vin",
]
