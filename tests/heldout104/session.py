"""The script of the set-104 session: a working week of a Vienna sound engineer
and music teacher on her Galaxy A54. Most blocks are her work apps (ordinary
look-alikes); the few sensitive events rotate through a schedule per app so
that even a small set holds each family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    choir,
    daw,
    gear,
    grading,
    hearing,
    karaoke,
    music,
    practice,
    radio,
    rooms,
    tickets,
    tuner,
)
from .phone import Phone104

START = 1764489600.0  # 2025-11-30T08:00:00Z

Gen = Callable[[Context], Flow]

TUNER_ADS: list[Gen] = [
    tuner.admob_request,
    tuner.applovin_mediate,
    tuner.firebase_measurement,
    tuner.admob_request,
]
HEARING_DEV: list[Gen] = [hearing.buds_register, hearing.profile_push]
MUSIC_VIEW: list[Gen] = [
    music.playback_event,
    music.scrobble,
    music.recently_played,
    music.now_playing,
    music.event_batch_opaque,
    music.playback_event,
    music.scrobble,
]
MUSIC_DEV: list[Gen] = [
    music.adjust_session,
    music.device_register,
    music.firebase_installation,
]
RADIO_VIEW: list[Gen] = [radio.listen_heartbeat, radio.history, radio.pixel_opaque]
BANK_BIO: list[Gen] = [
    bank.selfie_liveness,
    bank.liveness_frames,
    bank.voice_login,
    bank.face_match_opaque,
    bank.voice_enrol,
    bank.voice_login,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone104.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.remote_config(c),
            tuner.admob_request(c),
            tuner.temperaments(c),
            practice.week_stats(c),
            background.weather(c),
            bank.transactions(c),
        ]
        # the week opens with her new bank account's onboarding and a commute playlist
        self.flows.append(bank.device_binding(c))
        self.next(BANK_BIO, "bank_bio")
        self.flows.append(music.audio_chunk(c))
        self.next(MUSIC_VIEW, "music_view")

    def tuner_block(self) -> None:
        self.some(
            [
                (0.8, tuner.pitch_log),
                (0.5, tuner.fft_snapshot),
                (0.4, tuner.mfcc_classify),
                (0.1, tuner.temperaments),
                (0.15, tuner.voice_quality),
            ]
        )
        if self.p(0.15):
            self.next(TUNER_ADS, "tuner_ads")

    def practice_block(self) -> None:
        self.some(
            [
                (0.9, practice.practice_entry),
                (0.4, practice.week_stats),
                (0.3, practice.tempo_preset),
                (0.3, practice.student_assignment),
            ]
        )

    def daw_block(self) -> None:
        self.some(
            [
                (0.9, daw.transport_state),
                (0.6, daw.transport_state),
                (0.6, daw.project_delta),
                (0.3, daw.mixer_snapshot),
                (0.2, daw.bounce_upload),
                (0.2, daw.share_review),
            ]
        )

    def gear_block(self) -> None:
        self.some(
            [
                (0.7, gear.desk_status),
                (0.5, gear.wireless_scan),
                (0.3, gear.iem_pairing),
                (0.25, gear.rental_checkout),
                (0.4, gear.scene_recall),
            ]
        )

    def grading_block(self) -> None:
        self.some(
            [
                (0.6, grading.submissions),
                (0.8, grading.recording_fetch),
                (0.7, grading.grade),
                (0.4, grading.analysis),
                (0.15, grading.reference_upload),
            ]
        )

    def choir_block(self) -> None:
        self.some(
            [
                (0.6, choir.voice_parts),
                (0.3, choir.range_check),
                (0.4, choir.attendance),
                (0.5, choir.rehearsal_track),
                (0.2, choir.seating),
            ]
        )

    def rooms_block(self) -> None:
        self.some(
            [(0.7, rooms.rooms), (0.6, rooms.slots), (0.4, rooms.book), (0.3, rooms.door_code)]
        )

    def karaoke_block(self) -> None:
        self.some(
            [
                (0.5, karaoke.queue),
                (0.5, karaoke.lyrics),
                (0.8, karaoke.score),
                (0.4, karaoke.leaderboard),
            ]
        )

    def hearing_block(self) -> None:
        self.some([(0.6, hearing.audiogram), (0.3, hearing.tinnitus_match), (0.4, hearing.tips)])
        if self.p(0.3):
            self.next(HEARING_DEV, "hearing_dev")

    def tickets_block(self) -> None:
        self.some(
            [
                (0.8, tickets.events),
                (0.5, tickets.charts),
                (0.3, tickets.setlist),
                (0.3, tickets.seatmap),
                (0.15, tickets.buy),
                (0.3, tickets.recently_viewed),
            ]
        )
        if self.p(0.15):
            self.flows.append(tickets.appsflyer_launch(self.ctx))

    def music_block(self) -> None:
        self.some(
            [
                (0.6, music.search),
                (0.5, music.recommendations),
                (0.8, music.cover),
                (0.9, music.audio_chunk),
                (0.6, music.audio_chunk),
            ]
        )
        if self.p(0.55):
            self.next(MUSIC_VIEW, "music_view")
        if self.p(0.15):
            self.next(MUSIC_DEV, "music_dev")

    def radio_block(self) -> None:
        self.some(
            [
                (0.15, radio.stream_connect),
                (0.6, radio.now_on_air),
                (0.4, radio.show_stats),
                (0.2, radio.playlist_upload),
            ]
        )
        if self.p(0.5):
            self.next(RADIO_VIEW, "radio_view")

    def bank_block(self) -> None:
        self.some([(0.7, bank.transactions), (0.3, bank.fx_rates), (0.15, bank.id_back_ocr)])
        if self.p(0.7):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.2):
            self.flows.append(bank.device_binding(self.ctx))


def generate_session(seed: int, target: int) -> tuple[Phone104, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.tuner_block),
        (0.12, s.practice_block),
        (0.12, s.daw_block),
        (0.10, s.gear_block),
        (0.08, s.grading_block),
        (0.07, s.choir_block),
        (0.06, s.rooms_block),
        (0.06, s.karaoke_block),
        (0.05, s.hearing_block),
        (0.07, s.tickets_block),
        (0.07, s.music_block),
        (0.04, s.radio_block),
        (0.05, s.bank_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
