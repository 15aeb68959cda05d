"""The script of the set-123 session: a household in Leeds and Glasgow uses its
phone, iPad, TV, streaming stick, doorbell and speaker in turn (catch-up TV,
commercial streaming with ad insertion, podcasts, radio, a football club, a bank
with voice ID, a doorbell with familiar faces, a dating app, a smart speaker),
with ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    catchup,
    dating,
    doorbell,
    football,
    lark,
    podcast,
    radio,
    speaker,
    tv,
)
from .phone import Household123

START = 1732352400.0  # 2024-11-23T09:00:00Z, a Saturday

Gen = Callable[[Context], Flow]

CATCHUP_VIEW: list[Gen] = [
    catchup.heartbeat,
    catchup.continue_watching,
    catchup.ipad_heartbeat,
    catchup.piano_av,
    catchup.activity_batch_opaque,
    catchup.piano_av,
    catchup.heartbeat,
]
LARK_VIEW: list[Gen] = [
    lark.playback_event,
    lark.conviva_heartbeat,
    lark.ssai_relay,
    lark.playback_event,
]
LARK_DEV: list[Gen] = [lark.adjust_session, lark.dai_stream, lark.adjust_event]
POD_VIEW: list[Gen] = [
    podcast.sync_episodes,
    podcast.listening_history,
    podcast.sync_episodes,
    podcast.stats_protobuf,
]
RADIO_VIEW: list[Gen] = [
    radio.listen_ping,
    radio.catchup_progress,
    radio.listen_ping,
    radio.opaque_beacon,
]
CLUB_VIEW: list[Gen] = [
    football.clubtv_progress,
    football.braze_clip_watched,
    football.clubtv_progress,
    football.braze_opaque_clip,
]
BANK_BIO: list[Gen] = [
    bank.voice_verify,
    bank.voice_enrol,
    bank.voice_verify_opaque,
    bank.voice_verify,
    bank.speaker_embedding_upload,
]
BANK_DEV: list[Gen] = [bank.device_binding, bank.hashed_device_header, bank.firebase_installation]
BELL_BIO: list[Gen] = [
    doorbell.face_event,
    doorbell.familiar_face_enrol,
    doorbell.face_event,
    doorbell.face_event_protobuf,
    doorbell.familiar_faces_list,
]
BELL_DEV: list[Gen] = [doorbell.device_status, doorbell.register_phone]
DATE_BIO: list[Gen] = [
    dating.selfie_verification,
    dating.yoti_age,
    dating.verification_result,
    dating.selfie_envelope,
]
SPEAKER_BIO: list[Gen] = [
    speaker.speaker_id_result,
    speaker.voice_profile_enrol,
    speaker.speaker_id_result,
    speaker.uplink_protobuf,
]
SPEAKER_DEV: list[Gen] = [speaker.setup_speaker, speaker.speaker_ping_opaque]
SPEAKER_VIEW: list[Gen] = [speaker.playback_state]
TV_VIEW: list[Gen] = [tv.acr_report, tv.tune_log, tv.acr_fingerprints, tv.acr_report, tv.tune_log]
TV_DEV: list[Gen] = [tv.stick_ad_request, tv.tv_register, tv.stick_heartbeat_opaque]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Household123.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            catchup.register_install(c),
            catchup.ipad_register(c),
            lark.adjust_session(c),
            bank.firebase_installation(c),
            bank.device_binding(c),
            doorbell.register_phone(c),
            dating.appsflyer_launch(c),
            dating.sign_in(c),
            speaker.setup_speaker(c),
            tv.tv_register(c),
            background.time_sync(c),
        ]

    def catchup_block(self) -> None:
        self.some(
            [
                (0.5, catchup.schedule),
                (0.4, catchup.most_popular),
                (0.7, catchup.media_selection),
                (0.2, catchup.favourites_added),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(CATCHUP_VIEW, "catchup_view")

    def lark_block(self) -> None:
        self.some(
            [
                (0.5, lark.rail),
                (0.4, lark.search),
                (0.8, lark.ad_quartile_beacon),
                (0.5, lark.ad_quartile_beacon),
            ]
        )
        if self.p(0.8):
            self.next(LARK_VIEW, "lark_view")
        if self.p(0.4):
            self.next(LARK_DEV, "lark_dev")

    def podcast_block(self) -> None:
        self.some([(0.6, podcast.audio_download), (0.3, podcast.feed), (0.3, podcast.charts)])
        if self.p(0.7):
            self.next(POD_VIEW, "pod_view")

    def radio_block(self) -> None:
        self.some([(0.7, radio.now_playing), (0.3, radio.stations), (0.3, radio.live_stream)])
        if self.p(0.7):
            self.next(RADIO_VIEW, "radio_view")

    def club_block(self) -> None:
        self.some(
            [
                (0.5, football.live_scores),
                (0.4, football.heatmap),
                (0.2, football.ticket_order),
                (0.4, football.clip_manifest),
                (0.2, football.braze_session),
            ]
        )
        if self.p(0.6):
            self.next(CLUB_VIEW, "club_view")

    def bank_block(self) -> None:
        self.some([(0.7, bank.balances), (0.5, bank.spending_chart), (0.3, bank.ask_dales)])
        if self.p(0.6):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.3):
            self.next(BANK_DEV, "bank_dev")

    def bell_block(self) -> None:
        self.some(
            [(0.5, doorbell.snapshot), (0.4, doorbell.parcel_event), (0.15, doorbell.motion_zones)]
        )
        if self.p(0.7):
            self.next(BELL_BIO, "bell_bio")
        if self.p(0.25):
            self.next(BELL_DEV, "bell_dev")

    def dating_block(self) -> None:
        self.some([(0.7, dating.discover), (0.8, dating.swipe), (0.2, dating.profile_update)])
        if self.p(0.5):
            self.next(DATE_BIO, "date_bio")
        if self.p(0.15):
            self.flows.append(dating.appsflyer_launch(self.ctx))

    def speaker_block(self) -> None:
        self.some([(0.6, speaker.transcribe), (0.4, speaker.timers), (0.3, speaker.music_queue)])
        if self.p(0.6):
            self.next(SPEAKER_BIO, "speaker_bio")
        if self.p(0.25):
            self.next(SPEAKER_DEV, "speaker_dev")
        if self.p(0.3):
            self.next(SPEAKER_VIEW, "speaker_view")

    def tv_block(self) -> None:
        self.some([(0.5, tv.tv_epg), (0.5, tv.screensaver), (0.2, tv.stick_channel_store)])
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.35):
            self.next(TV_DEV, "tv_dev")


def generate_session(seed: int, target: int) -> tuple[Household123, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.catchup_block),
        (0.12, s.lark_block),
        (0.09, s.podcast_block),
        (0.09, s.radio_block),
        (0.10, s.club_block),
        (0.10, s.bank_block),
        (0.10, s.bell_block),
        (0.09, s.dating_block),
        (0.08, s.speaker_block),
        (0.10, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
