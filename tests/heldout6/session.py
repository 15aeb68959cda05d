"""The script of the set-6 session: the tester uses seven apps in turn on a
Samsung Galaxy A54 (a period tracker, a ride-hailing driver app, a casino, a
VR-headset / glasses companion, an IPTV player, a children's video app, a
social-audio app) plus a gym's face-entry app; background traffic falls in
between. Sensitive events rotate through a schedule per app so that even a
small set covers every family, including the opaque ones.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    chorus,
    cyclia,
    gymgate,
    kidstube,
    luckyspin,
    questlink,
    ridecheck,
    xtreamtv,
)
from .phone import Phone6

START = 1725350400.0  # 2024-09-03T08:00:00Z

Gen = Callable[[Context], Flow]
Table = list[tuple[float, Gen]]

CYCLE_ADS: list[Gen] = [
    lambda c: cyclia.appsflyer_launch(c, False),
    cyclia.fb_activities,
    cyclia.applovin_mediate,
    cyclia.ironsource_init,
    cyclia.ad_sdk_obfuscated,
    lambda c: cyclia.appsflyer_launch(c, True),
    cyclia.applovin_mediate,
    cyclia.firebase_measurement,
    cyclia.fb_activities,
]
CYCLE_VIEW: list[Gen] = [
    cyclia.course_video_progress,
    cyclia.course_video_progress,
    lambda c: cyclia.course_video_progress(c, True),
    cyclia.course_video_progress,
]
RIDE_BIO: list[Gen] = [
    ridecheck.selfie_check,
    ridecheck.face_api_detect,
    ridecheck.verification_result,
    ridecheck.face_embedding,
    ridecheck.opaque_face_sync,
    ridecheck.selfie_check,
    ridecheck.face_embedding,
]
RIDE_DEV: list[Gen] = [
    ridecheck.fp_header_ping,
    ridecheck.device_fingerprint,
    lambda c: ridecheck.fp_header_ping(c, True),
    ridecheck.fp_header_ping,
]
SPIN_BIO: list[Gen] = [
    luckyspin.sumsub_selfie,
    luckyspin.onfido_live_photo,
    luckyspin.kyc_opaque_step,
    luckyspin.sumsub_selfie,
    luckyspin.onfido_live_photo,
]
SPIN_DEV: list[Gen] = [
    luckyspin.seon_report,
    luckyspin.install_header,
    luckyspin.seon_report,
    lambda c: luckyspin.install_header(c, True),
    luckyspin.install_header,
]
QUEST_BIO: list[Gen] = [
    questlink.face_expressions,
    questlink.face_expressions,
    questlink.face_expressions_pb,
    questlink.face_expressions,
]
QUEST_DEV: list[Gen] = [
    questlink.headset_status,
    questlink.logging_events,
    questlink.graphql_devices,
    lambda c: questlink.logging_events(c, True),
    questlink.glasses_pair,
    questlink.headset_status,
    questlink.glasses_telemetry_query,
    questlink.logging_events,
]
QUEST_VIEW: list[Gen] = [
    questlink.tv_history,
    questlink.graphql_watch_mutation,
    lambda c: questlink.tv_history(c, True),
    questlink.tv_history,
]
IPTV_VIEW: list[Gen] = [
    xtreamtv.stalker_play_log,
    xtreamtv.cloud_recent,
    xtreamtv.stalker_last_id,
    xtreamtv.cloud_continue_resp,
    xtreamtv.stalker_play_log,
    xtreamtv.cloud_recent,
]
TUBE_VIEW: list[Gen] = [
    kidstube.kid_history,
    kidstube.ga4_video,
    kidstube.parent_dashboard,
    kidstube.opaque_batch,
    kidstube.kid_history,
    lambda c: kidstube.ga4_video(c, "video_complete"),
]
TUBE_DEV: list[Gen] = [kidstube.device_header, kidstube.branch_install, kidstube.device_header]
CHORUS_VIEW: list[Gen] = [
    chorus.listening_session,
    chorus.replay_progress,
    chorus.opaque_listen,
    chorus.listening_session,
]
GYM_BIO: list[Gen] = [
    gymgate.enrol_template,
    gymgate.enrol_landmarks,
    gymgate.opaque_template,
    gymgate.enrol_template,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone6.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            cyclia.firebase_installations(c),
            cyclia.appsflyer_launch(c),
            ridecheck.device_fingerprint(c),
            ridecheck.push_register(c),
            luckyspin.seon_report(c),
            questlink.headset_status(c),
            xtreamtv.stalker_handshake(c),
            xtreamtv.stalker_profile(c),
            xtreamtv.cloud_device(c),
            kidstube.branch_install(c),
            chorus.join_channel(c),
        ]

    def cycle_block(self) -> None:
        self.some(
            [
                (0.7, cyclia.cycle_log),
                (0.5, cyclia.insights_feed),
                (0.3, cyclia.article),
                (0.3, cyclia.ad_creative),
                (0.08, cyclia.gz_crash),
                (0.05, cyclia.firebase_installations),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(CYCLE_ADS, "cycle_ads")
        if self.p(0.4):
            self.flows.append(cyclia.course_video_segment(self.ctx))
            self.next(CYCLE_VIEW, "cycle_view")

    def ride_block(self) -> None:
        self.some(
            [
                (0.8, ridecheck.location_ping),
                (0.6, ridecheck.location_ping),
                (0.5, ridecheck.trip_offer),
                (0.3, ridecheck.earnings),
                (0.1, ridecheck.push_register),
                (0.15, ridecheck.doc_photo_hash),
            ]
        )
        if self.p(0.85):
            self.next(RIDE_BIO, "ride_bio")
        if self.p(0.7):
            self.next(RIDE_DEV, "ride_dev")

    def spin_block(self) -> None:
        self.some(
            [
                (0.7, luckyspin.odds),
                (0.5, luckyspin.bet_slip),
                (0.3, luckyspin.threatmetrix),
                (0.25, luckyspin.iovation_blackbox),
                (0.2, luckyspin.seon_session_blob),
                (0.3, luckyspin.live_dealer_segment),
                (0.1, luckyspin.kyc_form),
            ]
        )
        if self.p(0.7):
            self.next(SPIN_BIO, "spin_bio")
        if self.p(0.7):
            self.next(SPIN_DEV, "spin_dev")

    def quest_block(self) -> None:
        self.some(
            [
                (0.5, questlink.store_section),
                (0.5, questlink.tv_thumbnail),
                (0.3, questlink.controller_pose),
                (0.2, questlink.glasses_firmware),
            ]
        )
        if self.p(0.75):
            self.next(QUEST_BIO, "quest_bio")
        if self.p(0.9):
            self.next(QUEST_DEV, "quest_dev")
        if self.p(0.5):
            self.next(QUEST_VIEW, "quest_view")

    def iptv_block(self) -> None:
        self.some(
            [
                (0.4, xtreamtv.xc_auth),
                (0.6, xtreamtv.xc_live_streams),
                (0.4, xtreamtv.xc_vod_info),
                (0.4, xtreamtv.xc_short_epg),
                (0.2, xtreamtv.stalker_genres),
            ]
        )
        for _ in range(self.rng.randint(1, 3)):
            self.flows.append(xtreamtv.xc_segment(self.ctx))
        if self.p(0.35):
            self.flows.append(xtreamtv.stalker_create_link(self.ctx))
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(IPTV_VIEW, "iptv_view")

    def tube_block(self) -> None:
        self.some(
            [
                (0.6, kidstube.thumbnail),
                (0.5, kidstube.thumbnail),
                (0.4, kidstube.manifest),
                (0.3, kidstube.search),
                (0.3, kidstube.quiz_answer),
            ]
        )
        if self.p(0.85):
            self.next(TUBE_VIEW, "tube_view")
        if self.p(0.45):
            self.next(TUBE_DEV, "tube_dev")

    def chorus_block(self) -> None:
        self.some(
            [
                (0.6, chorus.feed),
                (0.5, chorus.audio_chunk),
                (0.5, chorus.audio_chunk),
                (0.3, chorus.profile),
                (0.25, chorus.join_channel),
            ]
        )
        if self.p(0.95):
            self.next(CHORUS_VIEW, "chorus_view")

    def gym_block(self) -> None:
        self.some(
            [
                (0.6, gymgate.bookings),
                (0.5, gymgate.entry_event),
                (0.3, gymgate.qr_checkin),
                (0.4, gymgate.workout_log),
            ]
        )
        if self.p(0.75):
            self.next(GYM_BIO, "gym_bio")


def generate_session(seed: int, target: int) -> tuple[Phone6, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.cycle_block),
        (0.13, s.ride_block),
        (0.12, s.spin_block),
        (0.13, s.quest_block),
        (0.13, s.iptv_block),
        (0.14, s.tube_block),
        (0.11, s.chorus_block),
        (0.09, s.gym_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
