"""The set-275 devices and the flow builder that labels every identifier it inserts.

Two phones in Vladikavkaz and one wearable:

* Alan (father): Redmi Note 13 with the theatre's ticketing app, the fitness
  studio's app (paired with his own smartwatch) and the school's parent app;
* Zarina (daughter, a student): Galaxy A34 with the music streaming app and
  the museum's audio-guide app.

Since Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per
app. Equipment the institutions own (the theatre's lobby screens, the museum's
lending guides, the studio's check-in kiosk, the school's tablet cart) is not
any person's device: its ids are made up per flow and never labelled.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

KNOWN_ATTRS: dict[str, str] = {
    "gaid_alan": "advertising_id",
    "gaid_zarina": "advertising_id",
    "aid_teatr": "android_id",
    "aid_fitnes": "android_id",
    "aid_skola": "android_id",
    "aid_music": "android_id",
    "aid_museum": "android_id",
    "watch_mac": "mac",
    "watch_serial": "serial",
}
NOT_DEVICE = frozenset(
    {"teatr_user", "fitnes_member", "music_user", "skola_parent", "museum_ticket"}
)


@dataclass(frozen=True, slots=True)
class Family275(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid_alan: str
    gaid_zarina: str
    aid_teatr: str
    aid_fitnes: str
    aid_skola: str
    aid_music: str
    aid_museum: str
    watch_mac: str
    watch_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    am_uuid_teatr: str
    am_devid_teatr: str
    am_uuid_music: str
    am_devid_music: str
    mt_instance_fitnes: str
    fid_skola: str
    ga_instance_skola: str
    adj_adid_music: str
    adj_uuid_music: str
    museum_install: str
    # accounts (never labelled as device ids)
    teatr_user: str
    fitnes_member: str
    music_user: str
    skola_parent: str
    museum_ticket: str

    @classmethod
    def make(cls, rng: random.Random) -> Family275:
        return cls(
            gaid_alan=new_uuid(rng),
            gaid_zarina=new_uuid(rng),
            aid_teatr=new_hex(rng, 16),
            aid_fitnes=new_hex(rng, 16),
            aid_skola=new_hex(rng, 16),
            aid_music=new_hex(rng, 16),
            aid_museum=new_hex(rng, 16),
            watch_mac="E4:7A:2C:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            watch_serial="AMZB" + new_digits(rng, 4) + new_hex(rng, 8).upper(),
            am_uuid_teatr=new_hex(rng, 32),
            am_devid_teatr=new_digits(rng, 20, "1"),
            am_uuid_music=new_hex(rng, 32),
            am_devid_music=new_digits(rng, 20, "2"),
            mt_instance_fitnes=new_uuid(rng),
            fid_skola="d" + new_hex(rng, 21),
            ga_instance_skola=new_hex(rng, 32),
            adj_adid_music=new_hex(rng, 32),
            adj_uuid_music=new_uuid(rng),
            museum_install=new_uuid(rng).upper(),
            teatr_user="T" + new_digits(rng, 8),
            fitnes_member="FM-" + new_digits(rng, 6),
            music_user="u" + new_digits(rng, 9),
            skola_parent="par" + new_digits(rng, 7),
            museum_ticket="MT" + new_digits(rng, 10),
        )


class FB(LabelledBuilder):
    """Family275's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


PHONES = {
    "alan": ("14", "23124RA7EO", "UKQ1.231003.002"),
    "zarina": ("14", "SM-A346E", "UP1A.231005.007"),
}


def ua(app: str, ver: str, who: str) -> str:
    osv, model, build = PHONES[who]
    return f"{app}/{ver} (Linux; U; Android {osv}; {model} Build/{build})"


def dalvik(who: str) -> str:
    osv, model, build = PHONES[who]
    return f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})"


def equipment_serial(rng: random.Random, prefix: str) -> str:
    """A serial of an institution's own equipment (no person's device)."""
    return prefix + new_digits(rng, 2) + new_hex(rng, 6).upper()


def equipment_mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(new_hex(rng, 2).upper() for _ in range(3))


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "Family275",
    "dalvik",
    "equipment_mac",
    "equipment_serial",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
