"""The script of the set-129 session: a family in Ulaanbaatar uses the shared
Galaxy A54 (an OTT app, the IPTV operator's companion and its set-top box, a
music app, a sutra / throat-singing app, a wrestling and basketball app, an
e-wallet with Sumsub face checks, the state e-services app with face login,
a taxi app) and the son's iPhone in Seoul streams Korean series, with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, dharma, egov, iptv, korean, music, ott, ride, sport, wallet
from .phone import Phone129

START = 1763960400.0  # 2025-11-24T05:00:00Z, 13:00 in Ulaanbaatar

Gen = Callable[[Context], Flow]

OTT_VIEW: list[Gen] = [
    ott.heartbeat,
    ott.watch_history,
    lambda c: ott.heartbeat(c, "zogsooson"),
    ott.opaque_beacon,
    lambda c: ott.appsflyer_event(c, True),
    ott.continue_watching,
    lambda c: ott.heartbeat(c, "duussan"),
]
IPTV_VIEW: list[Gen] = [
    iptv.tuning_log,
    iptv.tuning_log_cyrillic,
    iptv.tuning_protobuf,
    iptv.tuning_log,
]
IPTV_DEV: list[Gen] = [iptv.stb_status, iptv.stb_heartbeat_hashed, iptv.pair]
MUSIC_VIEW: list[Gen] = [
    music.scrobble,
    music.recently_played,
    music.appmetrica_report,
    music.scrobble,
]
DHARMA_VIEW: list[Gen] = [
    dharma.listen_progress,
    dharma.khoomii_complete,
    dharma.opaque_ping,
    dharma.listen_progress,
]
SPORT_VIEW: list[Gen] = [sport.live_heartbeat, sport.firebase_video, sport.live_heartbeat]
BANK_BIO: list[Gen] = [
    wallet.sumsub_selfie,
    wallet.face_match,
    wallet.sumsub_liveness,
    wallet.face_match_sealed,
    wallet.face_match,
]
GOV_BIO: list[Gen] = [egov.face_login, egov.liveness_frames, egov.face_login, egov.sealed_login]
KR_VIEW: list[Gen] = [
    korean.heartbeat,
    korean.continue_watching,
    korean.opaque_log,
    lambda c: korean.airbridge(c, True),
    korean.watch_history,
    korean.heartbeat,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone129.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            ott.firebase_install(c),
            appsflyer_launch(c),
            iptv.pair(c),
            music.appmetrica_startup(c),
            dharma.register(c),
            wallet.device_bind(c),
            egov.device_register(c),
            ride.adjust_session(c),
            korean.airbridge(c, False),
            background.time_sync(c),
        ]

    def ott_block(self) -> None:
        self.some(
            [
                (0.7, ott.catalogue),
                (0.6, ott.poster),
                (0.5, ott.poster),
                (0.4, ott.manifest),
                (0.3, ott.most_watched),
                (0.25, ott.search),
                (0.1, appsflyer_launch),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(OTT_VIEW, "ott_view")

    def iptv_block(self) -> None:
        self.some(
            [
                (0.5, iptv.remote_key),
                (0.4, iptv.remote_key),
                (0.5, iptv.epg),
                (0.25, iptv.channel_ratings),
                (0.3, iptv.catchup_manifest),
                (0.15, iptv.billing),
            ]
        )
        if self.p(0.8):
            self.next(IPTV_VIEW, "iptv_view")
        if self.p(0.35):
            self.next(IPTV_DEV, "iptv_dev")

    def music_block(self) -> None:
        self.some(
            [
                (0.8, music.stream),
                (0.5, music.stream),
                (0.35, music.chart),
                (0.3, music.lyrics),
                (0.2, music.hum_search),
                (0.05, music.appmetrica_startup),
            ]
        )
        if self.p(0.8):
            self.next(MUSIC_VIEW, "music_view")

    def dharma_block(self) -> None:
        self.some(
            [
                (0.5, dharma.reading_progress),
                (0.3, dharma.temple_screen),
                (0.3, dharma.calendar),
                (0.15, dharma.donation),
            ]
        )
        if self.p(0.75):
            self.next(DHARMA_VIEW, "dharma_view")

    def sport_block(self) -> None:
        self.some(
            [
                (0.6, sport.scores),
                (0.4, sport.tracking),
                (0.4, sport.portrait),
                (0.3, sport.wrestler_ranks),
                (0.2, sport.prediction),
            ]
        )
        if self.p(0.75):
            self.next(SPORT_VIEW, "sport_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, wallet.home_page),
                (0.5, wallet.rates),
                (0.4, wallet.transfer),
                (0.3, wallet.qr_pay),
                (0.08, wallet.device_bind),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")

    def gov_block(self) -> None:
        self.some(
            [
                (0.6, egov.home),
                (0.4, egov.citizen_record),
                (0.3, egov.service_form),
                (0.3, egov.documents),
                (0.1, egov.device_register),
            ]
        )
        if self.p(0.85):
            self.next(GOV_BIO, "gov_bio")

    def ride_block(self) -> None:
        self.some(
            [
                (0.8, ride.fare_estimate),
                (0.5, ride.request_ride),
                (0.6, ride.driver_position),
                (0.4, ride.driver_photo),
                (0.3, ride.adjust_ride_event),
                (0.1, ride.adjust_session),
            ]
        )

    def korean_block(self) -> None:
        self.some(
            [
                (0.6, korean.thumbnail),
                (0.5, korean.thumbnail),
                (0.35, korean.popular),
                (0.25, korean.search),
                (0.15, korean.voice_search),
                (0.1, lambda c: korean.airbridge(c, False)),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(KR_VIEW, "kr_view")


def appsflyer_launch(c: Context) -> Flow:
    """The OTT app's AppsFlyer launch / purchase event (no viewing in it)."""
    return ott.appsflyer_event(c, False)


def generate_session(seed: int, target: int) -> tuple[Phone129, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.ott_block),
        (0.12, s.iptv_block),
        (0.11, s.music_block),
        (0.08, s.dharma_block),
        (0.1, s.sport_block),
        (0.11, s.bank_block),
        (0.1, s.gov_block),
        (0.09, s.ride_block),
        (0.14, s.korean_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
