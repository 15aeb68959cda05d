"""The set-25 devices and the flow builder that labels every identifier it inserts.

A family in Seoul: an iPad Air (iPadOS 17.5) runs eight apps; the IDFA is the
all-zero UUID except in the two apps where the tester tapped "Allow" on the
App Tracking Transparency prompt (the game and the fan app). Every vendor has
its own IDFV. The family's Samsung smart TV (Tizen: DUID, TIFA, Wi-Fi MAC) and
a Galaxy Watch6 (Wear OS 4: ANDROID_ID, GAID, serial, Bluetooth MAC) go
through the same proxy on the home network.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

ZERO_IDFA = "00000000-0000-0000-0000-000000000000"

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "idfa": "advertising_id",
    "idfv_pado": "idfv",
    "idfv_nuri": "idfv",
    "idfv_bank": "idfv",
    "idfv_toon": "idfv",
    "idfv_star": "idfv",
    "idfv_melo": "idfv",
    "idfv_gongbu": "idfv",
    "idfv_game": "idfv",
    "tv_duid": "device_id",
    "tv_tifa": "advertising_id",
    "tv_mac": "mac",
    "watch_aid": "android_id",
    "watch_gaid": "advertising_id",
    "watch_serial": "serial",
    "watch_bt": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "pado_user",
        "nuri_user",
        "bank_cust",
        "toon_user",
        "star_user",
        "melo_member",
        "gongbu_student",
        "game_player",
    }
)


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone25(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    idfv_pado: str
    idfv_nuri: str
    idfv_bank: str
    idfv_toon: str
    idfv_star: str
    idfv_melo: str
    idfv_gongbu: str
    idfv_game: str
    tv_duid: str
    tv_tifa: str
    tv_mac: str
    watch_aid: str
    watch_gaid: str
    watch_serial: str
    watch_bt: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    star_amp_device: str
    game_unity_idfi: str
    game_applovin_uid: str
    melo_fid: str
    bank_fds: str
    nuri_nnb: str
    # account ids (not device identifiers; never labelled as such)
    pado_user: str
    nuri_user: str
    bank_cust: str
    toon_user: str
    star_user: str
    melo_member: str
    gongbu_student: str
    game_player: str
    model: str = "iPad13,16"

    @classmethod
    def make(cls, rng: random.Random) -> Phone25:
        up = lambda: new_uuid(rng).upper()  # noqa: E731  # iOS prints UUIDs upper-case
        return cls(
            idfa=up(),
            idfv_pado=up(),
            idfv_nuri=up(),
            idfv_bank=up(),
            idfv_toon=up(),
            idfv_star=up(),
            idfv_melo=up(),
            idfv_gongbu=up(),
            idfv_game=up(),
            tv_duid="0" + new_hex(rng, 12).upper(),
            tv_tifa=new_uuid(rng),
            tv_mac=_mac(rng, "8C:EA:48"),
            watch_aid=new_hex(rng, 16),
            watch_gaid=new_uuid(rng),
            watch_serial="RFAW" + new_digits(rng, 3) + new_hex(rng, 4).upper(),
            watch_bt=_mac(rng, "D0:C2:4E"),
            email=f"jiwoo.han{rng.randint(10, 99)}@mail-example.kr",
            star_amp_device=new_uuid(rng).upper() + "R",
            game_unity_idfi=new_uuid(rng),
            game_applovin_uid=new_hex(rng, 32),
            melo_fid="c" + new_hex(rng, 21),
            bank_fds=new_hex(rng, 64),
            nuri_nnb=new_hex(rng, 13).upper(),
            pado_user="P" + new_digits(rng, 10),
            nuri_user="nuri_" + new_hex(rng, 8),
            bank_cust=new_digits(rng, 12, "3333"),
            toon_user=new_digits(rng, 9, "7"),
            star_user="st" + new_digits(rng, 9),
            melo_member=new_digits(rng, 8, "5"),
            gongbu_student="GB" + new_digits(rng, 8),
            game_player="dp_" + new_hex(rng, 12),
        )


class FB(LabelledBuilder):
    """Phone25's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def ua(app: str, build: str) -> str:
    """NSURLSession's default User-Agent on iPadOS 17.5."""
    return f"{app}/{build} CFNetwork/1496.0.7 Darwin/23.5.0"


def ua_app(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPad; iPadOS 17.5.1; Scale/2.00; ko_KR)"


TIZEN_UA = (
    "Mozilla/5.0 (SMART-TV; LINUX; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko) "
    "7.0 TV Safari/537.36"
)
WATCH_UA = "okhttp/4.11.0 (Linux; Android 14; SM-R940 Build/UP1A.231005.007)"

rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "TIZEN_UA",
    "WATCH_UA",
    "ZERO_IDFA",
    "Phone25",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
    "ua_app",
]
