"""The set-30 phone and the flow builder that labels every identifier it inserts.

An OPPO Reno11 F 5G (CPH2603, ColorOS 14 on Android 14) used in Bangkok and
Manila. It exposes the Google advertising id (GAID), OPPO's own resettable
"Open Unique ID" (OUID, read through the HeyTap / MSA open-id service, an
OAID-style ad id) and, since Android 8, one ANDROID_ID per app signing key, so
known.yaml lists one per app. A Bluetooth karaoke microphone paired with the
karaoke app adds its BLE MAC and serial. IMEI and Wi-Fi MAC are not readable
by ordinary apps on Android 14, so no app here sends them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "ouid": "advertising_id",
    "aid_stream": "android_id",
    "aid_music": "android_id",
    "aid_wallet": "android_id",
    "aid_karaoke": "android_id",
    "aid_rider": "android_id",
    "aid_dating": "android_id",
    "aid_school": "android_id",
    "aid_game": "android_id",
    "mic_mac": "mac",
    "mic_serial": "serial",
    "email": "email",
}
CONTACT_KINDS = ("email",)
ACCOUNTS = (
    "stream_user",
    "music_user",
    "wallet_user",
    "karaoke_user",
    "rider_user",
    "dating_user",
    "school_user",
    "game_user",
)
NOT_DEVICE = frozenset({"email", "model", *ACCOUNTS})


@dataclass(frozen=True, slots=True)
class Phone30(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    ouid: str
    aid_stream: str
    aid_music: str
    aid_wallet: str
    aid_karaoke: str
    aid_rider: str
    aid_dating: str
    aid_school: str
    aid_game: str
    mic_mac: str
    mic_serial: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    stream_device_uuid: str
    music_guid: str
    wallet_fp: str
    wallet_af_uid: str
    karaoke_install: str
    rider_install: str
    dating_install: str
    school_install: str
    game_fid: str
    mtg_sys_id: str
    # account ids (not device identifiers; never labelled as such)
    stream_user: str
    music_user: str
    wallet_user: str
    karaoke_user: str
    rider_user: str
    dating_user: str
    school_user: str
    game_user: str
    model: str = "CPH2603"

    @classmethod
    def make(cls, rng: random.Random) -> Phone30:
        mac = "5C:C1:D7:" + ":".join(new_hex(rng, 2).upper() for _ in range(3))
        return cls(
            gaid=new_uuid(rng),
            ouid=new_hex(rng, 64).upper(),
            aid_stream=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_wallet=new_hex(rng, 16),
            aid_karaoke=new_hex(rng, 16),
            aid_rider=new_hex(rng, 16),
            aid_dating=new_hex(rng, 16),
            aid_school=new_hex(rng, 16),
            aid_game=new_hex(rng, 16),
            mic_mac=mac,
            mic_serial="KM" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            email=f"kanokwan.dizon{rng.randint(10, 99)}@mail-example.co.th",
            stream_device_uuid=new_uuid(rng),
            music_guid=new_hex(rng, 32),
            wallet_fp=new_hex(rng, 64),
            wallet_af_uid=f"17318{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            karaoke_install=new_uuid(rng),
            rider_install=new_hex(rng, 24),
            dating_install=new_uuid(rng).upper(),
            school_install=new_hex(rng, 20),
            game_fid="c" + new_hex(rng, 21),
            mtg_sys_id=new_hex(rng, 32),
            stream_user="tid" + new_digits(rng, 10),
            music_user=new_digits(rng, 9, "3"),
            wallet_user="+63917" + new_digits(rng, 7),
            karaoke_user="sg_" + new_hex(rng, 10),
            rider_user="RD" + new_digits(rng, 8),
            dating_user=new_digits(rng, 11, "5"),
            school_user="STU" + new_digits(rng, 7),
            game_user=new_digits(rng, 12, "9"),
        )


class FB(LabelledBuilder):
    """Phone30's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


BUILD = "CPH2603 Build/UP1A.231005.007"


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android 14; {BUILD})"


def webview_ua() -> str:
    return (
        f"Mozilla/5.0 (Linux; Android 14; {BUILD}; wv) AppleWebKit/537.36 "
        "(KHTML, like Gecko) Version/4.0 Chrome/124.0.6367.179 Mobile Safari/537.36"
    )


def points(rng: random.Random, n: int, w: int = 720, h: int = 960) -> list[list[float]]:
    """Pixel coordinates around one face (landmark / contour points)."""
    cx, cy = rng.uniform(w * 0.35, w * 0.65), rng.uniform(h * 0.35, h * 0.6)
    return [[round(cx + rng.gauss(0, 60), 1), round(cy + rng.gauss(0, 75), 1)] for _ in range(n)]


rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "Phone30",
    "floats",
    "iso",
    "ms",
    "points",
    "rf",
    "rid",
    "ua",
    "webview_ua",
]
