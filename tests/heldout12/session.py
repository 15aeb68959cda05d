"""The script of the set-12 session: a family uses eight apps in turn on one iPad
(read-aloud app, AR-avatar calls, family streaming, a puzzle game with ads, a
photo book, meditation, the LG TV remote, the library app), with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    adsdk,
    avatarcall,
    background,
    calm,
    library,
    measure,
    media,
    photobook,
    puzzle,
    reading,
    tvremote,
)
from .phone import Pad12

START = 1718870400.0  # 2024-06-20T08:00:00Z

Gen = Callable[[Context], Flow]

READ_BIO: list[Gen] = [
    reading.voice_sample,
    reading.speaker_enrol,
    reading.voice_sample,
    reading.who_is_reading,
    reading.centroid_grpc,
    reading.model_blob,
]
READ_VIEW: list[Gen] = [reading.reading_progress, reading.page_events]
CALL_BIO: list[Gen] = [
    avatarcall.frames_json,
    avatarcall.frames_compact,
    avatarcall.face_mesh,
    avatarcall.frames_json,
    avatarcall.frames_protobuf,
    avatarcall.frames_compact,
    avatarcall.sframe_relay,
]
STREAM_VIEW: list[Gen] = [
    measure.adobe_session,
    measure.adobe_event,
    measure.comscore,
    media.resume_point,
    measure.adobe_event,
    measure.legacy_heartbeat,
    media.watch_history,
    media.continue_watching,
    measure.comscore,
    media.qos_beacon,
]
GAME_DEV: list[Gen] = [
    adsdk.applovin_mediate,
    adsdk.unity_auction,
    adsdk.applovin_pix,
    adsdk.chartboost_install,
    puzzle.moloco_bid,
    puzzle.fyber_ad,
    adsdk.unity_config,
    puzzle.game_telemetry,
    puzzle.sealed_attribution,
]
PHOTO_BIO: list[Gen] = [
    photobook.face_observations,
    photobook.faceprints,
    photobook.face_crop,
    photobook.people_groups,
    photobook.faceprints,
    photobook.sealed_chunk,
]
PHOTO_DEV: list[Gen] = [photobook.register, photobook.telemetry_pb]
CALM_BIO: list[Gen] = [calm.voice_checkin, calm.vocal_features]
CALM_VIEW: list[Gen] = [calm.amplitude, calm.listen_log, calm.amplitude]
TV_VIEW: list[Gen] = [
    tvremote.acr_match,
    tvremote.now_playing,
    tvremote.samba_viewership,
    tvremote.live_plus,
    tvremote.fp_batch,
    tvremote.acr_match,
]
TV_DEV: list[Gen] = [tvremote.register_tv, tvremote.lg_content, tvremote.upnp_description]
LIB_VIEW: list[Gen] = [
    library.listening_position,
    library.sync,
    library.reading_position,
    library.loan_history,
    library.listening_position,
    library.sealed_position,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Pad12.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.captive(c),
            reading.register(c),
            avatarcall.register(c),
            media.register(c),
            adsdk.unity_config(c),
            photobook.register(c),
            tvremote.upnp_description(c),
            tvremote.register_tv(c),
            library.chip(c),
            library.register(c),
            background.gdmf(c),
        ]

    def read_block(self) -> None:
        self.some(
            [
                (0.5, reading.catalogue),
                (0.7, reading.page_image),
                (0.5, reading.page_image),
                (0.25, reading.fluency),
                (0.06, reading.child_profile),
                (0.05, reading.register),
            ]
        )
        if self.p(0.9):
            self.next(READ_BIO, "read_bio")
        if self.p(0.6):
            self.next(READ_VIEW, "read_view")

    def call_block(self) -> None:
        self.some(
            [
                (0.5, avatarcall.ice_candidate),
                (0.3, avatarcall.sticker_pack),
                (0.3, avatarcall.avatar_snapshot),
                (0.4, avatarcall.presence),
                (0.05, avatarcall.register),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(CALL_BIO, "call_bio")

    def stream_block(self) -> None:
        self.some(
            [
                (0.3, media.search),
                (0.5, media.manifest),
                (0.8, media.segment),
                (0.6, media.segment),
                (0.05, media.register),
            ]
        )
        for _ in range(self.rng.randint(1, 3)):
            self.next(STREAM_VIEW, "stream_view")

    def game_block(self) -> None:
        self.some(
            [(0.7, puzzle.level_data), (0.2, puzzle.store_prices), (0.3, puzzle.skan_bid_response)]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(GAME_DEV, "game_dev")

    def photo_block(self) -> None:
        self.some(
            [
                (0.7, photobook.thumbnail),
                (0.5, photobook.page_layout),
                (0.3, photobook.dedupe_prints),
                (0.1, photobook.blog_article),
                (0.2, photobook.price_quote),
                (0.12, photobook.order_submit),
                (0.2, background.tile),
            ]
        )
        if self.p(0.85):
            self.next(PHOTO_BIO, "photo_bio")
        if self.p(0.25):
            self.next(PHOTO_DEV, "photo_dev")

    def calm_block(self) -> None:
        self.some([(0.4, calm.catalogue), (0.7, calm.audio_fetch), (0.3, calm.mood_slider)])
        if self.p(0.6):
            self.next(CALM_BIO, "calm_bio")
        if self.p(0.7):
            self.next(CALM_VIEW, "calm_view")

    def tv_block(self) -> None:
        self.some(
            [(0.5, tvremote.keypress_log), (0.3, tvremote.epg), (0.2, tvremote.acr_opt_status)]
        )
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.35):
            self.next(TV_DEV, "tv_dev")

    def lib_block(self) -> None:
        self.some(
            [
                (0.5, library.search),
                (0.7, library.cover),
                (0.1, library.chip),
                (0.05, library.register),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(LIB_VIEW, "lib_view")


def generate_session(seed: int, target: int) -> tuple[Pad12, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.read_block),
        (0.13, s.call_block),
        (0.15, s.stream_block),
        (0.13, s.game_block),
        (0.13, s.photo_block),
        (0.10, s.calm_block),
        (0.12, s.tv_block),
        (0.10, s.lib_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
