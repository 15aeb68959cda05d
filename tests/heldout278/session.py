"""The script of the set-278 session (a precision stress set): two phones of a
Uyghur diaspora family in Almaty and Istanbul, and the equipment of a
restaurant chain and a cinema, with ordinary background traffic in between.

About nine tenths of the flows are ordinary look-alikes: the muqam archive,
the radio player, the language app's pronunciation scoring, the marketplace's
product photos, the kiosks, menu screens and lobby displays. The few
sensitive flows (the dating app's face verification, the video player's watch
history, advertising ids) rotate through a schedule per app so that even a
small set covers every category.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import awaz, background, bazar, kino, lagmanxana, muqam, sdk, tilchi, tonush, yultuz
from .phone import Family278

START = 1741428000.0  # 2025-03-08T10:00:00Z

Gen = Callable[[Context], Flow]

VIEW: list[Gen] = [
    yultuz.progress_uly,
    yultuz.continue_watching,
    yultuz.progress_uey,
    yultuz.meta_content_view,
    yultuz.beacon_opaque,
    yultuz.progress_usy,
    yultuz.history,
    yultuz.progress_uly,
]
VIDEO_DEV: list[Gen] = [
    yultuz.register,
    sdk.meta_yultuz_install,
    lambda c: sdk.firebase_install(c, "yultuz"),
]
BIO: list[Gen] = [
    tonush.selfie_verify,
    tonush.rekognition_compare,
    tonush.face_vector_uey,
    tonush.selfie_verify,
    tonush.liveness_frames,
    tonush.rekognition_compare,
]
DATING_DEV: list[Gen] = [
    sdk.appsflyer_event,
    sdk.meta_tonush,
    tonush.register,
    sdk.appsflyer_launch,
]
BAZAR_DEV: list[Gen] = [sdk.adjust_event, sdk.adjust_session, bazar.register, sdk.adjust_event]
TILCHI_DEV: list[Gen] = [
    sdk.tilchi_remote_config,
    sdk.tilchi_ga4,
    lambda c: sdk.firebase_install(c, "tilchi"),
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family278.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            sdk.appsflyer_launch(c),
            lagmanxana.heartbeat(c),
            muqam.muqam_list(c),
            awaz.schedule(c),
            kino.showtimes(c),
            background.weather(c),
        ]

    def video_block(self) -> None:
        self.some(
            [
                (0.5, yultuz.catalog),
                (0.6, yultuz.poster),
                (0.8, yultuz.hls_segment),
                (0.6, yultuz.hls_segment),
                (0.4, yultuz.hls_segment),
                (0.3, yultuz.subtitles),
                (0.25, yultuz.search),
                (0.2, yultuz.top_watched),
            ]
        )
        if self.p(0.4):
            self.next(VIEW, "view")
        if self.p(0.12):
            self.next(VIDEO_DEV, "video_dev")

    def dating_block(self) -> None:
        self.some(
            [
                (0.6, tonush.nearby),
                (0.6, tonush.like),
                (0.5, tonush.chat),
                (0.4, tonush.chat),
                (0.25, tonush.photo_upload),
                (0.2, tonush.profile_edit),
            ]
        )
        if self.p(0.35):
            self.next(BIO, "bio")
        if self.p(0.15):
            self.next(DATING_DEV, "dating_dev")

    def bazar_block(self) -> None:
        self.some(
            [
                (0.7, bazar.listing),
                (0.7, bazar.product_image),
                (0.5, bazar.product_image),
                (0.3, bazar.photo_upload),
                (0.25, bazar.visual_search),
                (0.25, bazar.order),
                (0.25, bazar.seller_chat),
                (0.2, bazar.rates),
            ]
        )
        if self.p(0.1):
            self.next(BAZAR_DEV, "bazar_dev")

    def tilchi_block(self) -> None:
        self.some(
            [
                (0.6, tilchi.lesson),
                (0.7, tilchi.pronunciation),
                (0.4, tilchi.pronunciation),
                (0.4, tilchi.lesson_result),
                (0.2, tilchi.transliterate),
                (0.15, tilchi.leaderboard),
            ]
        )
        if self.p(0.08):
            self.next(TILCHI_DEV, "tilchi_dev")

    def muqam_block(self) -> None:
        self.some(
            [
                (0.5, muqam.track),
                (0.8, muqam.audio_chunk),
                (0.6, muqam.audio_chunk),
                (0.3, muqam.lyrics),
                (0.2, muqam.search),
                (0.15, muqam.most_listened),
                (0.15, muqam.muqam_list),
            ]
        )

    def radio_block(self) -> None:
        self.some(
            [
                (0.9, awaz.stream_chunk),
                (0.6, awaz.stream_chunk),
                (0.6, awaz.now_playing),
                (0.15, awaz.schedule),
                (0.15, awaz.listeners),
            ]
        )

    def kiosk_block(self) -> None:
        self.some(
            [
                (0.6, lagmanxana.heartbeat),
                (0.5, lagmanxana.menu),
                (0.5, lagmanxana.kiosk_order),
                (0.4, lagmanxana.screen_playlist),
                (0.4, lagmanxana.screen_proof_of_play),
                (0.12, sdk.kiosk_remote_config),
            ]
        )

    def cinema_block(self) -> None:
        self.some(
            [
                (0.5, kino.showtimes),
                (0.7, kino.trailer_segment),
                (0.5, kino.trailer_segment),
                (0.5, kino.proof_of_play),
                (0.35, kino.health),
                (0.3, kino.seat_map),
            ]
        )


def generate_session(seed: int, target: int) -> tuple[Family278, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.video_block),
        (0.12, s.dating_block),
        (0.13, s.bazar_block),
        (0.12, s.tilchi_block),
        (0.13, s.muqam_block),
        (0.12, s.radio_block),
        (0.13, s.kiosk_block),
        (0.12, s.cinema_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
