"""The script of the set-111 session: a family's iPhone, Pixel, smart TV,
speaker and watch over an evening, app by app, with ordinary background
traffic in between. Sensitive events rotate through a schedule per app so that
even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    audiobook,
    background,
    bank,
    dating,
    livetv,
    music,
    podcast,
    rideshare,
    shortvid,
    speaker,
    streaming,
    tvhome,
)
from .phone import Household

START = 1730826000.0  # 2024-11-05T17:00:00Z (noon in Columbus)

Gen = Callable[[Context], Flow]

STREAM_VIEW: list[Gen] = [
    streaming.heartbeat,
    streaming.conviva,
    streaming.continue_watching,
    streaming.nielsen_dcr,
    lambda c: streaming.heartbeat(c, "pause"),
    streaming.sealed_events,
    streaming.conviva,
    lambda c: streaming.heartbeat(c, "complete"),
]
LIVE_VIEW: list[Gen] = [
    livetv.registro_sintonia,
    livetv.progreso_vod,
    livetv.sintonia_pb,
    livetv.comscore,
    livetv.registro_sintonia,
]
SHORT_VIEW: list[Gen] = [shortvid.watch_report, shortvid.watch_report, shortvid.watch_report_lite]
SHORT_DEV: list[Gen] = [shortvid.appsflyer_launch, shortvid.applovin_max, shortvid.device_register]
POD_VIEW: list[Gen] = [
    podcast.episode_actions,
    podcast.listening_history,
    podcast.offline_queue,
    podcast.segment_video,
    podcast.episode_actions,
]
BOOK_VIEW: list[Gen] = [
    audiobook.listening_position,
    audiobook.listening_position,
    audiobook.listening_blob,
]
BOOK_DEV: list[Gen] = [audiobook.adjust_session, audiobook.adjust_purchase]
MUSIC_VIEW: list[Gen] = [music.plays, music.ga4_measurement, music.plays]
MUSIC_DEV: list[Gen] = [
    music.braze_data,
    lambda c: music.ga4_measurement(c, False),
    music.singular_start,
    music.firebase_installation,
    music.braze_identify,
]
BANK_BIO: list[Gen] = [bank.socure_docv, bank.stepup_selfie, bank.stepup_jwe, bank.stepup_selfie]
BANK_DEV: list[Gen] = [bank.amplitude, bank.socure_device, bank.amplitude]
RIDE_BIO: list[Gen] = [
    rideshare.rtid_check,
    rideshare.persona_selfie,
    rideshare.selfie_s3,
    rideshare.rtid_check,
]
DATE_BIO: list[Gen] = [
    dating.facetec_enroll,
    dating.pose_challenge,
    dating.photo_guard,
    dating.pose_challenge,
]
TV_VIEW: list[Gen] = [
    tvhome.acr_report,
    tvhome.recently_watched,
    tvhome.acr_rows,
    tvhome.acr_report,
]
TV_DEV: list[Gen] = [tvhome.tv_ads, tvhome.kochava, tvhome.tv_info, tvhome.pair]
ECHO_BIO: list[Gen] = [
    speaker.speaker_id,
    speaker.voice_enrol,
    speaker.speaker_id,
    speaker.dvector_raw,
]
WATCH_DEV: list[Gen] = [speaker.watch_pair, speaker.watch_firmware, speaker.speaker_heartbeat]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Household.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.hotspot_detect(c),
            background.generate_204(c),
            streaming.device_register(c),
            livetv.registro_dispositivo(c),
            shortvid.device_register(c),
            podcast.branch_open(c),
            music.firebase_installation(c),
            rideshare.register(c),
            tvhome.pair(c),
            speaker.watch_pair(c),
        ]

    def stream_block(self) -> None:
        self.some(
            [
                (0.6, streaming.home_rails),
                (0.6, streaming.artwork),
                (0.5, streaming.artwork),
                (0.5, streaming.manifest),
                (0.2, streaming.search),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(STREAM_VIEW, "stream_view")

    def live_block(self) -> None:
        self.some(
            [
                (0.5, livetv.guia),
                (0.5, livetv.marcador),
                (0.25, livetv.lo_mas_visto),
                (0.4, livetv.ima_ads),
            ]
        )
        if self.p(0.8):
            self.next(LIVE_VIEW, "live_view")

    def short_block(self) -> None:
        self.some(
            [
                (0.7, shortvid.feed_page),
                (0.8, shortvid.clip_download),
                (0.5, shortvid.clip_download),
                (0.3, shortvid.trending_tags),
                (0.1, shortvid.upload_token),
            ]
        )
        if self.p(0.8):
            self.next(SHORT_VIEW, "short_view")
        if self.p(0.4):
            self.next(SHORT_DEV, "short_dev")

    def pod_block(self) -> None:
        self.some(
            [
                (0.5, podcast.enclosure),
                (0.3, podcast.charts),
                (0.3, podcast.transcript),
                (0.1, podcast.branch_open),
            ]
        )
        if self.p(0.8):
            self.next(POD_VIEW, "pod_view")

    def book_block(self) -> None:
        self.some(
            [
                (0.5, audiobook.reading_position),
                (0.4, audiobook.store_page),
                (0.5, audiobook.cover),
                (0.2, audiobook.sample_clip),
            ]
        )
        if self.p(0.7):
            self.next(BOOK_VIEW, "book_view")
        if self.p(0.35):
            self.next(BOOK_DEV, "book_dev")

    def music_block(self) -> None:
        self.some([(0.4, music.top_chart), (0.5, music.playlist), (0.3, music.lyrics)])
        if self.p(0.8):
            self.next(MUSIC_VIEW, "music_view")
        if self.p(0.35):
            self.next(MUSIC_DEV, "music_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.7, bank.balances),
                (0.5, bank.transactions),
                (0.2, bank.check_deposit),
                (0.2, bank.id_ocr),
                (0.2, bank.atm_locator),
            ]
        )
        if self.p(0.45):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.5):
            self.next(BANK_DEV, "bank_dev")

    def ride_block(self) -> None:
        self.some(
            [
                (0.8, rideshare.location_ping),
                (0.6, rideshare.location_ping),
                (0.5, rideshare.trip_offer),
                (0.3, rideshare.earnings),
                (0.1, rideshare.rental_vehicle),
            ]
        )
        if self.p(0.45):
            self.next(RIDE_BIO, "ride_bio")

    def date_block(self) -> None:
        self.some(
            [
                (0.6, dating.nearby),
                (0.7, dating.swipe),
                (0.5, dating.swipe),
                (0.2, dating.profile_photo),
                (0.15, dating.profile_update),
                (0.35, dating.mixpanel),
            ]
        )
        if self.p(0.5):
            self.next(DATE_BIO, "date_bio")

    def tv_block(self) -> None:
        self.some(
            [
                (0.5, tvhome.keypress),
                (0.4, tvhome.keypress),
                (0.3, tvhome.lineup),
                (0.2, tvhome.popular_apps),
            ]
        )
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.4):
            self.next(TV_DEV, "tv_dev")

    def echo_block(self) -> None:
        self.some(
            [(0.7, speaker.speech_recognize), (0.4, speaker.routines), (0.5, speaker.watch_sync)]
        )
        if self.p(0.6):
            self.next(ECHO_BIO, "echo_bio")
        if self.p(0.35):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Household, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.stream_block),
        (0.09, s.live_block),
        (0.10, s.short_block),
        (0.08, s.pod_block),
        (0.07, s.book_block),
        (0.08, s.music_block),
        (0.09, s.bank_block),
        (0.09, s.ride_block),
        (0.08, s.date_block),
        (0.10, s.tv_block),
        (0.09, s.echo_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
