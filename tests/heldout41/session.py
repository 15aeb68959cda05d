"""The script of the set-41 session: the tester uses the OnePlus Nord's apps in
turn (three streaming apps, radio, audiobooks, bank, gym, parcel lockers, the
TV companion, the dashcam and a game), with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a
small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background as bg
from . import bank, dashcam, game, gym, kanal, locker, lydbog, pozeraj, radio, sjonvarp, tv
from .phone import Phone41

START = 1730793600.0  # 2024-11-05T08:00:00Z

Gen = Callable[[Context], Flow]
Table = list[tuple[float, Gen]]

SCHEDULES: dict[str, list[Gen]] = {
    "dk_view": [kanal.afspilningslog, kanal.fortsaet, kanal.afspilningslog, kanal.kantar],
    "dk_dev": [kanal.ima_ads, kanal.register, kanal.ima_ads],
    "is_view": [
        sjonvarp.ahorf,
        sjonvarp.mux_beacon,
        sjonvarp.stada,
        sjonvarp.opaque_heartbeat,
        sjonvarp.mux_beacon,
    ],
    "is_dev": [sjonvarp.install],
    "sk_view": [
        pozeraj.historia,
        pozeraj.pokracovat,
        pozeraj.gemius,
        pozeraj.historia,
        pozeraj.progress_pb,
    ],
    "sk_dev": [pozeraj.fis],
    "radio_view": [radio.scrobble, radio.lyttehistorik, radio.scrobble, radio.now_playing_opaque],
    "book_view": [
        lydbog.position,
        lydbog.sessions,
        lydbog.mixpanel,
        lydbog.position,
        lydbog.bookmark,
    ],
    "bank_bio": [
        bank.match_3d,
        bank.stemme_bekraeft,
        bank.ansigt_landmarks,
        bank.enrol_3d,
        bank.stemmeaftryk,
        bank.bio_opaque,
    ],
    "gym_bio": [
        gym.search_face,
        gym.door_checkin,
        gym.search_face,
        gym.index_face,
        gym.door_token_opaque,
    ],
    "locker_bio": [
        locker.kurier_selfie,
        locker.azure_detect,
        locker.blendshapes,
        locker.selfie_opaque,
    ],
    "dash_bio": [
        dashcam.dms_event,
        dashcam.driver_snapshot,
        dashcam.dms_event,
        dashcam.driver_id,
        dashcam.dms_protobuf,
    ],
    "dash_dev": [dashcam.heartbeat, dashcam.bind, dashcam.heartbeat_opaque],
    "tv_view": [tv.acr_match, tv.viewing_sessions, tv.acr_match, tv.acr_opaque],
    "tv_dev": [tv.tv_status, tv.pair, tv.tv_ping_opaque],
    "game_dev": [game.admob, game.unity, game.applovin, game.vungle, game.admob, game.unity_config],
}

DECOYS: dict[str, Table] = {
    "dk": [(0.6, kanal.katalog), (0.3, kanal.soeg), (0.8, kanal.segment), (0.6, kanal.segment)],
    "is": [(0.5, sjonvarp.dagskra), (0.6, sjonvarp.mynd), (0.3, sjonvarp.mynd)],
    "sk": [(0.6, pozeraj.katalog), (0.4, pozeraj.drm)],
    "radio": [
        (0.4, radio.station_list),
        (0.6, radio.cover),
        (0.3, radio.search),
        (0.3, radio.triton),
    ],
    "book": [
        (0.4, lydbog.store),
        (0.7, lydbog.audio_chunk),
        (0.5, lydbog.audio_chunk),
        (0.1, lydbog.device_register),
    ],
    "bank": [(0.6, bank.konto), (0.2, bank.artikel), (0.15, bank.binding)],
    "gym": [(0.5, gym.hold), (0.4, gym.crowd), (0.3, gym.workout_rec), (0.15, gym.install)],
    "locker": [
        (0.5, locker.tracking),
        (0.4, locker.lockers_near),
        (0.3, locker.pod_photo),
        (0.3, locker.qr),
        (0.3, locker.unlock),
        (0.1, locker.fis),
    ],
    "dash": [(0.6, dashcam.gps_track), (0.3, dashcam.road_clip), (0.2, dashcam.mount_calibration)],
    "tv": [(0.5, tv.epg), (0.5, tv.keypress), (0.3, tv.keypress), (0.2, tv.apps_rail)],
    "game": [(0.7, game.telemetry), (0.4, game.leaderboard), (0.15, game.purchase)],
}

# app -> (decoy table, [(schedule, probability, max repeats)])
APPS: dict[str, list[tuple[str, float, int]]] = {
    "dk": [("dk_view", 0.85, 2), ("dk_dev", 0.4, 1)],
    "is": [("is_view", 0.85, 2), ("is_dev", 0.2, 1)],
    "sk": [("sk_view", 0.85, 2), ("sk_dev", 0.25, 1)],
    "radio": [("radio_view", 0.85, 2)],
    "book": [("book_view", 0.85, 2)],
    "bank": [("bank_bio", 0.85, 2)],
    "gym": [("gym_bio", 0.85, 1)],
    "locker": [("locker_bio", 0.8, 1)],
    "dash": [("dash_bio", 0.85, 2), ("dash_dev", 0.4, 1)],
    "tv": [("tv_view", 0.85, 2), ("tv_dev", 0.4, 1)],
    "game": [("game_dev", 0.9, 3)],
}
WEIGHTS = {"dk": 0.09, "is": 0.08, "sk": 0.08, "radio": 0.08, "book": 0.08, "bank": 0.11}
WEIGHTS |= {"gym": 0.1, "locker": 0.1, "dash": 0.1, "tv": 0.08, "game": 0.1}


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone41.make, START)

    def next(self, key: str) -> None:
        self.flows.append(self.pick(SCHEDULES[key], key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        starts = [bg.generate_204, bg.time_sync, kanal.register, sjonvarp.install, pozeraj.fis]
        starts += [
            lydbog.device_register,
            bank.binding,
            gym.install,
            locker.fis,
            dashcam.bind,
            tv.pair,
        ]
        self.flows += [fn(c) for fn in starts]

    def block(self, app: str) -> Callable[[], None]:
        def run() -> None:
            self.some(DECOYS[app])
            for key, prob, most in APPS[app]:
                if self.p(prob):
                    for _ in range(self.rng.randint(1, most)):
                        self.next(key)

        return run


def generate_session(seed: int, target: int) -> tuple[Phone41, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [(WEIGHTS[app], s.block(app)) for app in APPS]
    return s.finish(blocks, bg.BENIGN, target, 0.35)
