"""The script of the set-186 session: a family in Colombo and Jaffna over one
evening, the Samsung and the Huawei phones in turn, the IPTV box, the ACR TV,
the fitness band and the three-wheeler's tracker talking on their own, with
ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    band,
    bank,
    cinema,
    cricket,
    devotional,
    food,
    iptv,
    music,
    ride,
    teledrama,
    tracker,
    tvacr,
)
from .phone import Household

START = 1733065200.0  # 2024-12-01T15:00:00Z (20:30 in Colombo)

Gen = Callable[[Context], Flow]

DRAMA_VIEW: list[Gen] = [
    teledrama.progress,
    teledrama.player_events,
    teledrama.continue_watching,
    teledrama.packed_beacon,
    teledrama.player_events,
]
CRIC_VIEW: list[Gen] = [cricket.live_heartbeat, cricket.live_heartbeat, cricket.highlights_watched]
CRIC_DEV: list[Gen] = [cricket.ima_ad, cricket.appsflyer_launch, cricket.ima_ad]
CINE_VIEW: list[Gen] = [cinema.paarvai, cinema.thodarndhu, cinema.tv_resume_pb, cinema.paarvai]
MUSIC_VIEW: list[Gen] = [music.scrobble, music.recent, music.scrobble, music.packed_listens]
BHAKTHI_VIEW: list[Gen] = [
    devotional.pirith_listen,
    devotional.paadal_listen,
    devotional.history,
    devotional.compact_listen,
]
BANK_BIO: list[Gen] = [
    bank.face_login,
    bank.voice_verify,
    bank.liveness_selfie,
    bank.face_envelope,
    bank.voice_enrol,
    bank.face_login,
    bank.ivr_voice_numeric,
]
BANK_DEV: list[Gen] = [bank.device_bind, bank.signed_balance, bank.signed_balance]
STB_VIEW: list[Gen] = [iptv.tuning_log, iptv.vod_progress, iptv.tuning_log, iptv.legacy_log]
TV_VIEW: list[Gen] = [tvacr.acr_report, tvacr.acr_report, tvacr.acr_binary]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Household.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.huawei_connectivity(c),
            teledrama.firebase_install(c),
            cricket.appsflyer_launch(c),
            bank.device_bind(c),
            ride.launch(c),
            music.adjust_session(c),
            iptv.login(c),
            tvacr.tv_heartbeat(c),
            band.bind(c),
            tracker.fix(c),
        ]

    def drama_block(self) -> None:
        self.some(
            [
                (0.5, teledrama.catalogue),
                (0.35, teledrama.most_watched),
                (0.5, teledrama.thumbnail),
                (0.4, teledrama.manifest),
                (0.7, teledrama.segment),
                (0.5, teledrama.segment),
                (0.05, teledrama.firebase_install),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(DRAMA_VIEW, "drama_view")

    def cricket_block(self) -> None:
        self.some(
            [
                (0.7, cricket.score_feed),
                (0.4, cricket.score_feed),
                (0.3, cricket.live_viewers),
                (0.3, cricket.win_predictor),
                (0.3, cricket.stream_token),
            ]
        )
        if self.p(0.75):
            self.next(CRIC_VIEW, "cric_view")
        if self.p(0.45):
            self.next(CRIC_DEV, "cric_dev")

    def cinema_block(self) -> None:
        self.some(
            [
                (0.5, cinema.catalogue),
                (0.3, cinema.trailer),
                (0.3, cinema.star_gallery),
                (0.2, cinema.ticket),
                (0.3, cinema.lookalike),
            ]
        )
        if self.p(0.75):
            self.next(CINE_VIEW, "cine_view")

    def music_block(self) -> None:
        self.some(
            [
                (0.7, music.audio_chunk),
                (0.5, music.audio_chunk),
                (0.35, music.chart),
                (0.3, music.lyrics),
                (0.3, music.search),
                (0.1, music.push_register),
                (0.12, music.adjust_session),
            ]
        )
        if self.p(0.75):
            self.next(MUSIC_VIEW, "music_view")

    def bhakthi_block(self) -> None:
        self.some(
            [
                (0.3, devotional.poya_calendar),
                (0.3, devotional.kovil_times),
                (0.15, devotional.pinkama),
            ]
        )
        if self.p(0.8):
            self.next(BHAKTHI_VIEW, "bhakthi_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, bank.transactions),
                (0.3, bank.fx_rates),
                (0.2, bank.nic_ocr),
                (0.15, bank.kyc_form),
                (0.3, bank.otp),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def ride_block(self) -> None:
        self.some(
            [
                (0.7, ride.fare_estimate),
                (0.5, ride.dispatch),
                (0.6, ride.driver_track),
                (0.4, ride.driver_track),
                (0.3, ride.receipt),
                (0.25, ride.appsflyer_event),
                (0.1, ride.launch),
            ]
        )

    def food_block(self) -> None:
        self.some(
            [
                (0.6, food.restaurant_menu),
                (0.5, food.dish_photo),
                (0.3, food.ratings),
                (0.3, food.voice_search),
                (0.3, food.place_order),
                (0.5, food.rider_position),
                (0.25, food.adjust_session),
            ]
        )

    def stb_block(self) -> None:
        self.some(
            [
                (0.4, iptv.health),
                (0.4, iptv.epg),
                (0.3, iptv.vod_catalogue),
                (0.05, iptv.login),
            ]
        )
        if self.p(0.8):
            self.next(STB_VIEW, "stb_view")

    def tv_block(self) -> None:
        self.some([(0.3, tvacr.ads_config), (0.3, tvacr.tv_heartbeat)])
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")

    def band_block(self) -> None:
        self.some([(0.7, band.sync), (0.3, band.watchface), (0.4, band.sleep), (0.08, band.bind)])

    def tracker_block(self) -> None:
        self.some(
            [
                (0.8, tracker.fix),
                (0.5, tracker.fix),
                (0.3, tracker.devices),
                (0.3, tracker.trips),
                (0.1, tracker.geofence),
            ]
        )


def generate_session(seed: int, target: int) -> tuple[Household, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.drama_block),
        (0.09, s.cricket_block),
        (0.08, s.cinema_block),
        (0.08, s.music_block),
        (0.07, s.bhakthi_block),
        (0.11, s.bank_block),
        (0.07, s.ride_block),
        (0.07, s.food_block),
        (0.09, s.stb_block),
        (0.07, s.tv_block),
        (0.06, s.band_block),
        (0.08, s.tracker_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
