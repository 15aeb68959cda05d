"""The set-40 devices and the flow builder that labels every identifier it inserts.

A family in Kuala Lumpur / Hong Kong: an iPhone 14 (iOS 17.5; `iPhone14,7`) and
an Android TV box in the living room (Android TV 11), with a Bluetooth karaoke
microphone paired to the phone.

On iOS every app sees the IDFV of its vendor (one per vendor, so known.yaml
lists one per app, as `device_id`), and the IDFA only where the user allowed
tracking (ATT): the game and the music app got "Allow", the Hong Kong streaming
app got "Ask App Not to Track" and sends the zeroed IDFA
(00000000-0000-0000-0000-000000000000), which identifies nothing. The TV box
has its own GAID, ANDROID_ID, Ethernet and Wi-Fi MACs and serial.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "idfa": "advertising_id",
    "box_gaid": "advertising_id",
    "idfv_layar": "device_id",
    "idfv_taihei": "device_id",
    "idfv_irama": "device_id",
    "idfv_ktv": "device_id",
    "idfv_wallet": "device_id",
    "idfv_makan": "device_id",
    "idfv_door": "device_id",
    "idfv_game": "device_id",
    "box_aid": "android_id",
    "box_eth_mac": "mac",
    "box_wifi_mac": "mac",
    "mic_mac": "mac",
    "box_serial": "serial",
    "mic_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "layar_user",
        "taihei_user",
        "irama_user",
        "ktv_user",
        "wallet_user",
        "rider_id",
        "resident_id",
        "game_user",
    }
)
ZERO_IDFA = "00000000-0000-0000-0000-000000000000"


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone40(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    box_gaid: str
    idfv_layar: str
    idfv_taihei: str
    idfv_irama: str
    idfv_ktv: str
    idfv_wallet: str
    idfv_makan: str
    idfv_door: str
    idfv_game: str
    box_aid: str
    box_eth_mac: str
    box_wifi_mac: str
    mic_mac: str
    box_serial: str
    mic_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    adjust_adid: str
    braze_device: str
    zoloz_apdid: str
    makan_fid: str
    unity_idfi: str
    applovin_uid: str
    ktv_install: str
    acr_token: str
    # account ids (not device identifiers; never labelled as such)
    layar_user: str
    taihei_user: str
    irama_user: str
    ktv_user: str
    wallet_user: str
    rider_id: str
    resident_id: str
    game_user: str
    model: str = "iPhone14,7"

    @classmethod
    def make(cls, rng: random.Random) -> Phone40:
        def up() -> str:
            return new_uuid(rng).upper()

        return cls(
            idfa=up(),
            box_gaid=new_uuid(rng),
            idfv_layar=up(),
            idfv_taihei=up(),
            idfv_irama=up(),
            idfv_ktv=up(),
            idfv_wallet=up(),
            idfv_makan=up(),
            idfv_door=up(),
            idfv_game=up(),
            box_aid=new_hex(rng, 16),
            box_eth_mac=_mac(rng, "C8:5B:76").lower(),
            box_wifi_mac=_mac(rng, "50:8A:06").lower(),
            mic_mac=_mac(rng, "41:42:D3"),
            box_serial="2025" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            mic_serial="KM" + new_digits(rng, 10),
            email=f"siew.ling.tan{rng.randint(10, 99)}@mailbox-example.org",
            adjust_adid=new_hex(rng, 32),
            braze_device=new_uuid(rng),
            zoloz_apdid=new_uuid(rng),
            makan_fid="c" + new_hex(rng, 21),
            unity_idfi=new_uuid(rng),
            applovin_uid=new_hex(rng, 32),
            ktv_install=new_hex(rng, 24),
            acr_token=new_hex(rng, 40),
            layar_user="LY" + new_digits(rng, 9),
            taihei_user=new_digits(rng, 10, "8"),
            irama_user="usr_" + new_hex(rng, 12),
            ktv_user=new_digits(rng, 9, "5"),
            wallet_user="W" + new_digits(rng, 11),
            rider_id="MKR" + new_digits(rng, 7),
            resident_id="R-" + new_digits(rng, 6),
            game_user=new_hex(rng, 16),
        )


class FB(LabelledBuilder):
    """Phone40's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ios_ua(app: str, ver: str) -> str:
    """What Alamofire / URLSession apps put in User-Agent on this phone."""
    return f"{app}/{ver} (iPhone; iOS 17.5.1; Scale/3.00)"


def cfnet(app: str, build: str) -> str:
    return f"{app}/{build} CFNetwork/1496.0.7 Darwin/23.5.0"


def box_ua() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 11; MiBOX4 Build/RP1A.201005.004)"


def points(rng: random.Random, n: int, w: int = 720, h: int = 1280) -> list[list[float]]:
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.3, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 80), 1)] for _ in range(n)]


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "ZERO_IDFA",
    "Phone40",
    "box_ua",
    "cfnet",
    "floats",
    "ios_ua",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
]
