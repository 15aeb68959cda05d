"""The script of the set-151 session: the household's apps in turn, with
ordinary background traffic in between. Sensitive events rotate through a
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
    digitalid,
    fitness,
    league,
    music,
    ninelive,
    podcast,
    samsungtv,
)
from .phone import Household

START = 1774994400.0  # 2026-03-31T22:00:00Z, a weekday morning in Sydney / Auckland

Gen = Callable[[Context], Flow]

KIWA_VIEW: list[Gen] = [
    catchup.resume_point,
    catchup.conviva_hb,
    catchup.keep_watching,
    catchup.cast_beacon_opaque,
    catchup.resume_point,
    catchup.conviva_hb,
]
KIWA_DEV: list[Gen] = [catchup.cast_register]
HARBOUR: list[Gen] = [
    ninelive.ima_adrequest,
    ninelive.channel_tune,
    ninelive.nielsen_dcr,
    ninelive.recent_channels,
    ninelive.appsflyer_ipad,
    ninelive.channel_tune,
]
TUNE: list[Gen] = [
    music.end_song,
    music.amplitude_played,
    music.braze_data,
    music.end_song,
    music.car_playlog_opaque,
    music.amplitude_played,
]
POD: list[Gen] = [
    podcast.sync_progress,
    podcast.segment_batch,
    podcast.mparticle_batch,
    lambda c: podcast.segment_batch(c, "Audio Content Completed"),
    podcast.opaque_ping,
    podcast.sync_progress,
]
FOOTY: list[Gen] = [
    league.adobe_session_start,
    league.adobe_play,
    league.meta_app_event,
    league.adobe_play,
    league.firebase_batch,
]
BANK_BIO: list[Gen] = [
    bank.facetec_liveness,
    bank.selfie_match,
    bank.voice_id_enrol,
    bank.encrypted_capture,
    bank.facetec_liveness,
]
IDENT_BIO: list[Gen] = [
    digitalid.passport_face_compare,
    digitalid.face_template,
    digitalid.reverify_opaque,
    digitalid.face_template,
]
FIT: list[Gen] = [
    fitness.watch_sync,
    fitness.class_progress,
    fitness.config_opaque,
    fitness.class_progress,
]
TV_VIEW: list[Gen] = [
    samsungtv.acr_report,
    samsungtv.acr_report,
    samsungtv.acr_rows_opaque,
    samsungtv.ads_config,
    samsungtv.smartthings_devices,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Household.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            bank.bind_device(c),
            digitalid.register_device(c),
            catchup.cast_register(c),
            fitness.watch_sync(c),
            samsungtv.smartthings_devices(c),
            ninelive.appsflyer_ipad(c),
            background.weather(c),
        ]

    def kiwa_block(self) -> None:
        self.some([(0.6, catchup.rails), (0.6, catchup.manifest), (0.3, catchup.subtitles)])
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(KIWA_VIEW, "kiwa")
        if self.p(0.1):
            self.next(KIWA_DEV, "kiwa_dev")

    def harbour_block(self) -> None:
        self.some(
            [
                (0.6, ninelive.live_scores),
                (0.5, ninelive.live_manifest),
                (0.3, ninelive.epg),
                (0.15, ninelive.tipping),
            ]
        )
        if self.p(0.85):
            self.next(HARBOUR, "harbour")

    def tune_block(self) -> None:
        self.some(
            [
                (0.5, music.search),
                (0.3, music.charts),
                (0.7, music.audio_chunk),
                (0.25, music.lyrics),
            ]
        )
        if self.p(0.85):
            self.next(TUNE, "tune")

    def pod_block(self) -> None:
        self.some([(0.4, podcast.download), (0.3, podcast.rss), (0.3, podcast.top_shows)])
        if self.p(0.85):
            self.next(POD, "pod")

    def footy_block(self) -> None:
        self.some(
            [
                (0.5, league.tracking_data),
                (0.4, league.ladder),
                (0.4, league.highlights_rail),
                (0.1, league.membership),
            ]
        )
        if self.p(0.8):
            self.next(FOOTY, "footy")

    def bank_block(self) -> None:
        self.some(
            [
                (0.7, bank.transactions),
                (0.25, bank.atm_locator),
                (0.25, bank.licence_ocr),
                (0.2, bank.voice_pay),
                (0.05, bank.bind_device),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(BANK_BIO, "bank_bio")

    def ident_block(self) -> None:
        self.some(
            [
                (0.5, digitalid.integrity),
                (0.3, digitalid.mrz),
                (0.3, digitalid.consent),
                (0.05, digitalid.register_device),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(IDENT_BIO, "ident_bio")

    def fit_block(self) -> None:
        self.some([(0.5, fitness.gps_run), (0.4, fitness.sleep), (0.25, fitness.coach_transcript)])
        if self.p(0.8):
            self.next(FIT, "fit")

    def tv_block(self) -> None:
        self.some([(0.4, samsungtv.tvplus_channels), (0.3, samsungtv.trending)])
        if self.p(0.85):
            self.next(TV_VIEW, "tv")


def generate_session(seed: int, target: int) -> tuple[Household, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.kiwa_block),
        (0.13, s.harbour_block),
        (0.12, s.tune_block),
        (0.11, s.pod_block),
        (0.10, s.footy_block),
        (0.12, s.bank_block),
        (0.10, s.ident_block),
        (0.10, s.fit_block),
        (0.12, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
