"""The set-232 devices and the flow builder that labels every identifier it inserts.

One person, the media and operations officer of a Buenos Aires football club
(Club Social y Deportivo Riachuelo, fictional), with her own phone (a Samsung
Galaxy A54) and her watch. On the phone run the club's staff apps (turnstile
and face-entry enrolment, the players' GPS vests and heart-rate straps, the
video-analysis platform, the broadcast truck's and the stadium screens' logs,
club TV figures, ticket scanners and POS terminals, the MDM console for the
staff handhelds) and her own apps (a streamer with series and Liga Profesional
live, a music app, a bank with selfie login, the watch's companion app).

The club's equipment (turnstiles, vests, straps, scanners, POS terminals,
handhelds) has serials, MACs and IMEIs of its own: those are the institution's
devices, not hers, and are never labelled as her device identifiers. Since
Android 8 every app sees its own ANDROID_ID, so known.yaml lists one per app.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.labelled import DeviceIds, LabelledBuilder, floats, iso, ms, req_id, rf

# device attribute -> known.yaml kind (attributes not listed are ids SDKs make up)
KNOWN_ATTRS: dict[str, str] = {
    "gaid": "advertising_id",
    "aid_club": "android_id",
    "aid_stream": "android_id",
    "aid_musica": "android_id",
    "aid_banco": "android_id",
    "aid_reloj": "android_id",
    "watch_mac": "mac",
    "watch_serial": "serial",
}
NOT_DEVICE = frozenset(
    {"club_legajo", "stream_user", "musica_user", "banco_cuit", "reloj_user", "club_token"}
)


@dataclass(frozen=True, slots=True)
class Oficial232(DeviceIds):
    known_attrs = KNOWN_ATTRS
    not_device = NOT_DEVICE
    gaid: str
    aid_club: str
    aid_stream: str
    aid_musica: str
    aid_banco: str
    aid_reloj: str
    watch_mac: str
    watch_serial: str
    # install-scoped ids that SDKs and apps make up (device_id, not in known.yaml)
    stream_fid: str
    stream_app_instance: str
    stream_af_uid: str
    musica_install: str
    banco_device_key: str
    club_install: str
    # account ids and tokens (not device identifiers; never labelled as such)
    club_legajo: str
    stream_user: str
    musica_user: str
    banco_cuit: str
    reloj_user: str
    club_token: str

    @classmethod
    def make(cls, rng: random.Random) -> Oficial232:
        return cls(
            gaid=new_uuid(rng),
            aid_club=new_hex(rng, 16),
            aid_stream=new_hex(rng, 16),
            aid_musica=new_hex(rng, 16),
            aid_banco=new_hex(rng, 16),
            aid_reloj=new_hex(rng, 16),
            watch_mac="E8:4F:25:" + ":".join(new_hex(rng, 2).upper() for _ in range(3)),
            watch_serial="PW4A" + new_digits(rng, 4) + new_hex(rng, 6).upper(),
            stream_fid="f" + new_hex(rng, 21),
            stream_app_instance=new_hex(rng, 32),
            stream_af_uid=f"17330{new_digits(rng, 8)}-{new_digits(rng, 19)}",
            musica_install=new_uuid(rng),
            banco_device_key=new_uuid(rng).upper(),
            club_install=new_uuid(rng),
            club_legajo="L-" + new_digits(rng, 5, "2"),
            stream_user="u" + new_digits(rng, 9),
            musica_user=new_hex(rng, 24),
            banco_cuit="27-" + new_digits(rng, 8, "3") + "-4",
            reloj_user=new_digits(rng, 10, "6"),
            club_token=new_hex(rng, 40),
        )


class FB(LabelledBuilder):
    """Oficial232's builder: which attributes are known.yaml kinds."""

    known_attrs = KNOWN_ATTRS


MODEL, OSV, BUILD = "SM-A546E", "14", "UP1A.231005.007"


def ua(app: str, ver: str) -> str:
    return f"{app}/{ver} (Linux; U; Android {OSV}; {MODEL} Build/{BUILD})"


def dalvik() -> str:
    return f"Dalvik/2.1.0 (Linux; U; Android {OSV}; {MODEL} Build/{BUILD})"


def club_serial(rng: random.Random, prefix: str) -> str:
    """A serial of the club's own equipment (not her device: a decoy)."""
    return prefix + new_digits(rng, 6) + new_hex(rng, 2).upper()


rid = req_id

__all__ = [
    "FB",
    "KNOWN_ATTRS",
    "MODEL",
    "Oficial232",
    "club_serial",
    "dalvik",
    "floats",
    "iso",
    "ms",
    "rf",
    "rid",
    "ua",
]
