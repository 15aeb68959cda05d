"""The script of the set-150 session: a night shift at a Lisbon hotel seen from the
night manager's phone. Most of it is the hotel's ordinary traffic (PMS, key cards,
room TVs, signage, CCTV, registrations, handhelds) full of look-alikes; now and
then a sensitive event rotates through a per-app schedule, so that even a small
set covers every family, opaque ones too (a precision stress set: about nine
tenths of the flows are ordinary).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    cctv,
    checkin,
    handhelds,
    keycards,
    play,
    pms,
    podcasts,
    roomtv,
    signage,
    timeclock,
)
from .phone import Phone150

START = 1733011200.0  # 2024-12-01T00:00:00Z, the night shift

Gen = Callable[[Context], Flow]

PMS_HOT: list[Gen] = [pms.folio_with_ppv, pms.register_device, pms.folio_with_ppv]
KEYS_HOT: list[Gen] = [keycards.mobile_key_register, keycards.mobile_key_heartbeat]
TV_HOT: list[Gen] = [roomtv.now_playing, roomtv.tuning_export, roomtv.now_playing]
CCTV_HOT: list[Gen] = [cctv.face_search, cctv.edge_batch, cctv.face_search, cctv.face_search]
DESK_HOT: list[Gen] = [checkin.kiosk_compare_faces]
MDM_HOT: list[Gen] = [handhelds.byod_checkin, handhelds.byod_compliance]
CLOCK_HOT: list[Gen] = [timeclock.clock_in_face, timeclock.legacy_ping, timeclock.clock_in_face]
PLAY_HOT: list[Gen] = [
    play.progress,
    play.appsflyer,
    play.continue_watching,
    play.beacon,
    play.progress,
    play.firebase,
    play.progress,
]
POD_HOT: list[Gen] = [podcasts.update_episode, podcasts.history, podcasts.update_episode]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone150.make, START)

    def hot(self, prob: float, schedule: list[Gen], key: str) -> None:
        """A sensitive event of the app, now and then (a precision stress set)."""
        if self.p(prob):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            pms.register_device(c),
            background.time_sync(c),
            pms.room_rack(c),
            handhelds.byod_checkin(c),
            play.progress(c),
            cctv.camera_list(c),
            cctv.face_search(c),
            background.remote_config(c),
        ]

    def pms_block(self) -> None:
        self.some(
            [
                (0.7, pms.room_rack),
                (0.5, pms.arrivals),
                (0.4, pms.folio_minibar),
                (0.3, pms.housekeeping_task),
                (0.15, pms.night_audit),
                (0.25, pms.rate_shop),
            ]
        )
        self.hot(0.08, PMS_HOT, "pms")

    def keys_block(self) -> None:
        self.some(
            [
                (0.7, keycards.encode_card),
                (0.5, keycards.lock_audit),
                (0.4, keycards.door_open_log),
                (0.3, keycards.encode_card),
            ]
        )
        self.hot(0.07, KEYS_HOT, "keys")

    def tv_block(self) -> None:
        self.some(
            [
                (0.5, roomtv.tv_fleet),
                (0.4, roomtv.channel_lineup),
                (0.4, roomtv.vod_catalogue),
                (0.3, roomtv.most_watched),
                (0.4, roomtv.cast_sessions),
                (0.25, roomtv.cast_reset),
            ]
        )
        self.hot(0.09, TV_HOT, "tv")

    def signage_block(self) -> None:
        self.some(
            [
                (0.7, signage.proof_of_play),
                (0.4, signage.playlist_push),
                (0.4, signage.player_health),
            ]
        )

    def cctv_block(self) -> None:
        self.some(
            [
                (0.7, cctv.motion_events),
                (0.5, cctv.snapshot),
                (0.4, cctv.snapshot),
                (0.3, cctv.people_count),
                (0.2, cctv.camera_list),
            ]
        )
        self.hot(0.11, CCTV_HOT, "cctv")

    def desk_block(self) -> None:
        self.some(
            [
                (0.7, checkin.passport_ocr),
                (0.6, checkin.police_registration),
                (0.3, checkin.kiosk_status),
            ]
        )
        self.hot(0.10, DESK_HOT, "desk")

    def handheld_block(self) -> None:
        self.some(
            [
                (0.6, handhelds.handheld_checkin),
                (0.4, handhelds.handheld_checkin),
                (0.6, handhelds.task_feed),
                (0.5, handhelds.staff_chat),
            ]
        )
        self.hot(0.08, MDM_HOT, "mdm")

    def clock_block(self) -> None:
        self.some([(0.6, timeclock.roster), (0.5, timeclock.geofence)])
        self.hot(0.16, CLOCK_HOT, "clock")

    def play_block(self) -> None:
        self.some(
            [
                (0.7, play.rail),
                (0.7, play.thumbnail),
                (0.5, play.thumbnail),
                (0.5, play.manifest),
                (0.3, play.search),
            ]
        )
        self.hot(0.28, PLAY_HOT, "play")

    def pod_block(self) -> None:
        self.some(
            [
                (0.5, podcasts.search),
                (0.4, podcasts.discover),
                (0.7, podcasts.artwork),
                (0.4, podcasts.artwork),
            ]
        )
        self.hot(0.2, POD_HOT, "pod")


def generate_session(seed: int, target: int) -> tuple[Phone150, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.pms_block),
        (0.12, s.keys_block),
        (0.11, s.tv_block),
        (0.07, s.signage_block),
        (0.11, s.cctv_block),
        (0.10, s.desk_block),
        (0.09, s.handheld_block),
        (0.05, s.clock_block),
        (0.10, s.play_block),
        (0.08, s.pod_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
