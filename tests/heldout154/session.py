"""The script of the set-154 session: a producer's working day at a Dublin radio
station (playout, ratings, studio equipment, guests, transcription, the archive's
speaker tagging) and the producer's own phone between shifts (podcasts, radio,
scrobbles, earbuds). A precision stress set: the station's look-alike traffic
dominates and sensitive flows come from a few rotating schedules only."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    earbuds,
    guests,
    playout,
    podcasts,
    ratings,
    scrobble,
    studio,
    transcribe,
    tuner,
    voicetag,
)
from .phone import Phone154

START = 1732780800.0  # 2024-11-28T08:00:00Z

Gen = Callable[[Context], Flow]

VOICE_BIO: list[Gen] = [
    voicetag.embedding_put,
    voicetag.enrol,
    voicetag.verify,
    voicetag.embedding_put,
    voicetag.batch_opaque,
]
POD_VIEW: list[Gen] = [
    podcasts.progress_sync,
    podcasts.history_list,
    podcasts.progress_sync,
    podcasts.offline_batch_opaque,
]
POD_DEV: list[Gen] = [podcasts.appsflyer_launch]
SCROB_VIEW: list[Gen] = [scrobble.scrobble, scrobble.now_playing]
BUDS_DEV: list[Gen] = [earbuds.firmware_check, earbuds.telemetry_opaque, earbuds.register]
TUNER_VIEW: list[Gen] = [
    tuner.tuning_log,
    tuner.play_heartbeat,
    tuner.play_heartbeat,
    tuner.play_heartbeat_opaque,
]
STATION_DEV: list[Gen] = [playout.push_register, playout.rundown_ping_opaque]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone154.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            playout.push_register(c),
            studio.dante_inventory(c),
            ratings.icecast_stats(c),
            voicetag.embedding_put(c),
            podcasts.progress_sync(c),
            earbuds.firmware_check(c),
            background.weather(c),
        ]

    def playout_block(self) -> None:
        self.some(
            [
                (0.9, playout.now_playing),
                (0.7, playout.as_run_log),
                (0.5, playout.rundown_fetch),
                (0.3, playout.cart_wall),
                (0.4, playout.logger_chunk),
                (0.3, playout.editor_position),
                (0.15, playout.music_return),
            ]
        )
        if self.p(0.12):
            self.next(STATION_DEV, "station_dev")

    def ratings_block(self) -> None:
        self.some(
            [
                (0.8, ratings.icecast_stats),
                (0.3, ratings.survey_book),
                (0.5, ratings.hourly_tsl),
                (0.4, ratings.podcast_downloads),
            ]
        )

    def studio_block(self) -> None:
        self.some(
            [
                (0.7, studio.console_status),
                (0.6, studio.codec_link),
                (0.3, studio.dante_inventory),
                (0.7, studio.mic_meters),
                (0.5, studio.loudness_series),
                (0.3, studio.recorder_sync),
                (0.15, studio.firmware_check),
            ]
        )

    def guest_block(self) -> None:
        self.some(
            [
                (0.6, guests.guest_upload),
                (0.6, guests.remote_guest_chunk),
                (0.4, guests.remote_guest_chunk),
                (0.3, guests.booking_form),
                (0.4, guests.guest_headshot),
            ]
        )

    def transcribe_block(self) -> None:
        self.some(
            [
                (0.6, transcribe.aai_upload),
                (0.6, transcribe.aai_submit),
                (0.6, transcribe.aai_result),
                (0.4, transcribe.deepgram_listen),
                (0.4, voicetag.archive_search),
            ]
        )
        if self.p(0.55):
            self.next(VOICE_BIO, "voice_bio")

    def pods_block(self) -> None:
        self.some(
            [
                (0.7, podcasts.episode_audio),
                (0.6, podcasts.episode_audio),
                (0.4, podcasts.search),
                (0.3, podcasts.charts),
            ]
        )
        if self.p(0.6):
            self.next(POD_VIEW, "pod_view")
        if self.p(0.2):
            self.next(POD_DEV, "pod_dev")

    def tuner_block(self) -> None:
        self.some(
            [
                (0.8, tuner.stream_chunk),
                (0.7, tuner.stream_chunk),
                (0.5, tuner.station_now),
                (0.3, tuner.station_list),
            ]
        )
        if self.p(0.4):
            self.next(TUNER_VIEW, "tuner_view")
        if self.p(0.12):
            self.flows.append(tuner.firebase_install(self.ctx))

    def scrobble_block(self) -> None:
        self.some([(0.5, scrobble.chart), (0.6, scrobble.track_info)])
        if self.p(0.55):
            self.next(SCROB_VIEW, "scrob_view")

    def buds_block(self) -> None:
        self.some([(0.5, earbuds.eq_preset), (0.3, earbuds.hearing_profile)])
        if self.p(0.35):
            self.next(BUDS_DEV, "buds_dev")


def generate_session(seed: int, target: int) -> tuple[Phone154, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.20, s.playout_block),
        (0.13, s.ratings_block),
        (0.17, s.studio_block),
        (0.11, s.guest_block),
        (0.12, s.transcribe_block),
        (0.09, s.pods_block),
        (0.07, s.tuner_block),
        (0.06, s.scrobble_block),
        (0.05, s.buds_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
