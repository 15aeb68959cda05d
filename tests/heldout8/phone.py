"""The set-8 devices and the flow builder that labels every identifier it inserts.

An iPhone 15 (iPhone15,4) on iOS 17.4.1 runs eight apps: a casual match-3 game
with ad mediation, a music-streaming app, an exam-proctoring app, a language
app with speaking exercises, a sports-betting app with selfie KYC, a kids'
video app, a smart-glasses companion and a live-shopping short-video app.

iOS gives apps no IMEI, serial or Wi-Fi MAC of the phone. Tracking is allowed,
so ad SDKs read the IDFA (an upper-case UUID); every app vendor sees its own
IDFV (identifierForVendor), so known.yaml lists one per app. The only hardware
identifiers come from the paired smart glasses: their serial, Bluetooth and
Wi-Fi MAC addresses, and the serial of their charging case.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "idfa": "idfa",
    "idfv_game": "idfv",
    "idfv_music": "idfv",
    "idfv_exam": "idfv",
    "idfv_lingo": "idfv",
    "idfv_bet": "idfv",
    "idfv_kids": "idfv",
    "idfv_glass": "idfv",
    "idfv_shop": "idfv",
    "glass_serial": "serial",
    "case_serial": "serial",
    "glass_bt": "mac",
    "glass_wifi": "mac",
    "email": "email",
}
CONTACT_KINDS = ("email",)
NOT_DEVICE = frozenset(
    {
        "email",
        "model",
        "music_user",
        "exam_user",
        "lingo_user",
        "bet_user",
        "kids_profile",
        "glass_user",
        "shop_user",
        "bet_push",
        "unity_session",
    }
)


def _uuid_upper(rng: random.Random) -> str:
    return new_uuid(rng).upper()


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


@dataclass(frozen=True, slots=True)
class Phone8(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    idfa: str
    idfv_game: str
    idfv_music: str
    idfv_exam: str
    idfv_lingo: str
    idfv_bet: str
    idfv_kids: str
    idfv_glass: str
    idfv_shop: str
    glass_serial: str
    case_serial: str
    glass_bt: str
    glass_wifi: str
    email: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    unity_idfi: str
    unity_session: str
    is_uuid: str
    mtg_sysid: str
    al_compass: str
    braze_did: str
    mp_das: str
    adjust_uuid: str
    exam_install: str
    bet_fp: str
    conviva_clid: str
    nielsen_nuid: str
    glass_install: str
    bd_did: str
    bd_iid: str
    # account ids and tokens (not device identifiers; never labelled as such)
    music_user: str
    exam_user: str
    lingo_user: str
    bet_user: str
    bet_push: str
    kids_profile: str
    glass_user: str
    shop_user: str
    model: str = "iPhone15,4"

    @classmethod
    def make(cls, rng: random.Random) -> Phone8:
        return cls(
            idfa=_uuid_upper(rng),
            idfv_game=_uuid_upper(rng),
            idfv_music=_uuid_upper(rng),
            idfv_exam=_uuid_upper(rng),
            idfv_lingo=_uuid_upper(rng),
            idfv_bet=_uuid_upper(rng),
            idfv_kids=_uuid_upper(rng),
            idfv_glass=_uuid_upper(rng),
            idfv_shop=_uuid_upper(rng),
            glass_serial="1WMR" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            case_serial="1WCC" + new_hex(rng, 10).upper(),
            glass_bt=_mac(rng, "48:05:60"),
            glass_wifi=_mac(rng, "CC:A1:74").lower(),
            email=f"noor.achterberg{rng.randint(10, 99)}@postvak-example.nl",
            unity_idfi=new_uuid(rng),
            unity_session=new_digits(rng, 19, "8"),
            is_uuid=new_hex(rng, 32),
            mtg_sysid=new_uuid(rng),
            al_compass=new_hex(rng, 40),
            braze_did=new_uuid(rng),
            mp_das=new_uuid(rng),
            adjust_uuid=new_uuid(rng),
            exam_install=_uuid_upper(rng),
            bet_fp=new_hex(rng, 64),
            conviva_clid=".".join(new_digits(rng, 10) for _ in range(4)),
            nielsen_nuid=new_hex(rng, 32),
            glass_install=new_uuid(rng),
            bd_did=new_digits(rng, 19, "74"),
            bd_iid=new_digits(rng, 19, "75"),
            music_user="usr_" + new_hex(rng, 16),
            exam_user="cand-" + new_digits(rng, 8),
            lingo_user=new_digits(rng, 9, "5"),
            bet_user="B" + new_digits(rng, 10),
            bet_push=new_hex(rng, 64),
            kids_profile="kp_" + new_hex(rng, 12),
            glass_user="gl" + new_digits(rng, 12),
            shop_user=new_digits(rng, 16, "9"),
        )


class FB(LabelledBuilder):
    """Phone8's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS
    contact_kinds = CONTACT_KINDS


def cfnet(app: str, build: str) -> str:
    """The user agent URLSession writes for an app (CFNetwork / Darwin of iOS 17.4)."""
    return f"{app}/{build} CFNetwork/1494.0.7 Darwin/23.4.0"


def sdk_ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (iPhone; iOS 17.4.1; Scale/3.00)"


WEBVIEW_UA = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Mobile/15E148"
)

rid = req_id

__all__ = [
    "CONTACT_KINDS",
    "FB",
    "KNOWN_ATTRS",
    "WEBVIEW_UA",
    "Phone8",
    "cfnet",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "sdk_ua",
]
