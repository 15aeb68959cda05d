"""The script of the set-134 session: a family in Pune (with relatives in Kolkata
and Lucknow on the same accounts) uses its apps in turn on a Redmi phone, the
set-top box, the Mi TV and a watch, with ordinary traffic in between. Sensitive
events rotate through a schedule per app so that even a small set covers every
family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    bhakti,
    fantasy,
    golpo,
    katha,
    music,
    nagrik,
    ott,
    ride,
    telco,
    trackers,
    tvhome,
    wallet,
    wearable,
)
from .phone import Phone134

START = 1732953600.0  # 2024-11-30T08:00:00Z (13:30 IST)

Gen = Callable[[Context], Flow]

OTT_VIEW: list[Gen] = [
    ott.heartbeat,
    ott.continue_watching,
    ott.clevertap_watched,
    ott.heartbeat,
    ott.qoe_beacon_opaque,
    ott.heartbeat,
]
GOLPO_VIEW: list[Gen] = [
    golpo.player_progress,
    golpo.history,
    golpo.webengage_played,
    golpo.offline_sync_opaque,
    golpo.player_progress,
]
MUSIC_VIEW: list[Gen] = [
    music.scrobble,
    music.moengage_song,
    music.recently_played,
    music.scrobble,
    music.offline_log_opaque,
]
BHAKTI_VIEW: list[Gen] = [
    bhakti.play_log,
    bhakti.darshan_heartbeat,
    bhakti.play_log,
    bhakti.legacy_path_opaque,
]
KATHA_VIEW: list[Gen] = [
    katha.listen_progress,
    katha.shelf,
    katha.clevertap_chapter,
    katha.listen_sync_opaque,
]
BANK_BIO: list[Gen] = [bank.liveness, bank.verify_pair, bank.face_login_opaque, bank.liveness]
WALLET_DEV: list[Gen] = [wallet.bind, wallet.pay, wallet.clevertap_open, wallet.pay]
NAGRIK_BIO: list[Gen] = [nagrik.life_certificate_face, nagrik.ekyc_opaque]
TELCO_BIO: list[Gen] = [
    telco.voiceprint_verify,
    telco.voiceprint_enrol,
    telco.voiceprint_verify,
    telco.ivr_clip_opaque,
]
TV_VIEW: list[Gen] = [
    tvhome.channel_log,
    tvhome.acr_report,
    tvhome.acr_fingerprints_opaque,
    tvhome.acr_report,
    tvhome.channel_log,
]
FANTASY_DEV: list[Gen] = [
    fantasy.device_check,
    fantasy.appsflyer_launch,
    fantasy.hashed_ping_opaque,
]
WATCH_DEV: list[Gen] = [wearable.watch_sync, wearable.buds_firmware, wearable.watchface_opaque]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone134.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            trackers.firebase_install(c, "chalchitra"),
            ott.clevertap_page(c),
            fantasy.device_check(c),
            wallet.bind(c),
            bank.device_binding(c),
            tvhome.stb_boot(c),
            wearable.watch_sync(c),
            background.weather(c),
        ]

    def ott_block(self) -> None:
        self.some(
            [
                (0.6, ott.trending_rail),
                (0.7, ott.manifest),
                (0.6, ott.poster),
                (0.5, ott.live_score_concurrency),
                (0.3, ott.search),
                (0.2, ott.clevertap_page),
                (0.1, ott.subscribe),
                (0.08, lambda c: trackers.remote_config(c, "chalchitra")),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(OTT_VIEW, "ott_view")

    def golpo_block(self) -> None:
        self.some(
            [
                (0.5, golpo.top10),
                (0.6, golpo.thumb),
                (0.5, golpo.subtitles),
                (0.2, golpo.webengage_open),
            ]
        )
        if self.p(0.8):
            self.next(GOLPO_VIEW, "golpo_view")

    def music_block(self) -> None:
        self.some(
            [
                (0.5, music.charts),
                (0.4, music.lyrics),
                (0.6, music.stream_url),
                (0.15, music.moengage_launch),
            ]
        )
        if self.p(0.8):
            self.next(MUSIC_VIEW, "music_view")

    def bhakti_block(self) -> None:
        self.some([(0.6, bhakti.panchang), (0.4, bhakti.aarti_schedule), (0.15, bhakti.donation)])
        if self.p(0.75):
            self.next(BHAKTI_VIEW, "bhakti_view")

    def katha_block(self) -> None:
        self.some([(0.5, katha.catalogue), (0.6, katha.ebook_progress)])
        if self.p(0.75):
            self.next(KATHA_VIEW, "katha_view")

    def fantasy_block(self) -> None:
        self.some(
            [
                (0.7, fantasy.live_points),
                (0.4, fantasy.create_team),
                (0.3, fantasy.join_contest),
                (0.12, fantasy.pan_ocr),
            ]
        )
        if self.p(0.5):
            self.next(FANTASY_DEV, "fantasy_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, bank.statement),
                (0.3, bank.fd_rates),
                (0.25, bank.read_kyc),
                (0.1, bank.device_binding),
            ]
        )
        if self.p(0.6):
            self.next(BANK_BIO, "bank_bio")

    def wallet_block(self) -> None:
        self.some([(0.5, wallet.qr_decode), (0.4, wallet.scratch_card)])
        if self.p(0.35):
            self.flows.append(wallet.face_verify(self.ctx))
        if self.p(0.7):
            self.next(WALLET_DEV, "wallet_dev")

    def nagrik_block(self) -> None:
        self.some([(0.6, nagrik.documents), (0.2, nagrik.register)])
        if self.p(0.6):
            self.next(NAGRIK_BIO, "nagrik_bio")

    def telco_block(self) -> None:
        self.some(
            [
                (0.5, telco.balance),
                (0.4, telco.plans),
                (0.35, telco.voice_search),
                (0.2, telco.my_devices),
            ]
        )
        if self.p(0.6):
            self.next(TELCO_BIO, "telco_bio")

    def ride_block(self) -> None:
        self.some(
            [
                (0.7, ride.estimate),
                (0.6, ride.trip_status),
                (0.5, ride.location_ping),
                (0.2, ride.moengage_ride),
            ]
        )

    def tv_block(self) -> None:
        self.some(
            [
                (0.5, tvhome.epg),
                (0.15, tvhome.app_list),
                (0.1, tvhome.tv_firmware),
                (0.05, tvhome.stb_boot),
            ]
        )
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")

    def watch_block(self) -> None:
        self.some([(0.5, wearable.workout)])
        if self.p(0.8):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Phone134, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.ott_block),
        (0.09, s.golpo_block),
        (0.09, s.music_block),
        (0.06, s.bhakti_block),
        (0.06, s.katha_block),
        (0.09, s.fantasy_block),
        (0.07, s.bank_block),
        (0.07, s.wallet_block),
        (0.05, s.nagrik_block),
        (0.07, s.telco_block),
        (0.06, s.ride_block),
        (0.09, s.tv_block),
        (0.05, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
