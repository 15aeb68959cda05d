"""The script of the set-15 session: the tester uses eight apps in turn on a
Redmi A3 (Android 14 Go): OTT, instant loan, short video, UPI, matrimony,
devotional music, bike taxi and a Unity game, with ordinary background traffic
in between. Sensitive events rotate through a schedule per app so that even a
small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, biketaxi, devotional, game, loan, matrimony, ott, ott_pages, shorts, upi
from .phone import Phone15

START = 1731222000.0  # 2024-11-10T07:00:00Z (12:30 IST)

Gen = Callable[[Context], Flow]

OTT_VIEW: list[Gen] = [
    ott.conviva_hb,
    ott.cricket_heartbeat,
    ott.youbora_start,
    ott.watch_history,
    ott.youbora_ping,
    ott.continue_watching,
    ott.conviva_hb,
    ott.opaque_beacon,
]
OTT_DEV: list[Gen] = [ott.ima_ad, ott.login_device]
LOAN_BIO: list[Gen] = [
    loan.hyperverge_match,
    loan.selfie_liveness,
    loan.aadhaar_face_auth,
    loan.face_result,
    loan.selfie_opaque,
]
LOAN_DEV: list[Gen] = [loan.device_risk, loan.appsflyer, loan.risk_opaque]
SHORTS_VIEW: list[Gen] = [
    shorts.view_events,
    shorts.view_events,
    shorts.view_pixel,
    shorts.impressions_pb,
]
UPI_DEV: list[Gen] = [upi.bind_check, upi.meta_header, upi.bind_device, upi.bind_check]
MATRI_BIO: list[Gen] = [
    matrimony.pose_selfie,
    matrimony.contours,
    matrimony.embedding,
    matrimony.pose_selfie,
    matrimony.verdict,
    matrimony.opaque_upload,
]
BHAKTI_VIEW: list[Gen] = [
    devotional.song_play,
    devotional.mixpanel,
    devotional.history_sync,
    devotional.song_play,
    devotional.stats_opaque,
]
RIDE_BIO: list[Gen] = [
    biketaxi.selfie_check,
    biketaxi.liveness_result,
    biketaxi.rekognition,
    biketaxi.match_verdict,
]
RIDE_DEV: list[Gen] = [biketaxi.register, biketaxi.trace_hash]
GAME_DEV: list[Gen] = [game.unity_config, game.applovin_mediate, game.inmobi, game.unity_auction]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone15.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            ott.login_device(c),
            loan.appsflyer(c),
            shorts.device_register(c),
            upi.bind_device(c),
            matrimony.login(c),
            biketaxi.register(c),
            game.unity_config(c),
            background.time_sync(c),
        ]

    def ott_block(self) -> None:
        self.some(
            [
                (0.6, ott_pages.catalogue),
                (0.8, ott_pages.segment),
                (0.6, ott_pages.segment),
                (0.3, ott_pages.scorecard),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(OTT_VIEW, "ott_view")
        if self.p(0.3):
            self.next(OTT_DEV, "ott_dev")

    def loan_block(self) -> None:
        self.some([(0.5, loan.emi_schedule), (0.3, loan.pan_form)])
        if self.p(0.75):
            self.next(LOAN_BIO, "loan_bio")
        if self.p(0.5):
            self.next(LOAN_DEV, "loan_dev")

    def shorts_block(self) -> None:
        self.some(
            [
                (0.7, shorts.feed),
                (0.8, shorts.video),
                (0.6, shorts.video),
                (0.2, shorts.hashtag_search),
            ]
        )
        if self.p(0.85):
            self.next(SHORTS_VIEW, "shorts_view")
        if self.p(0.05):
            self.flows.append(shorts.device_register(self.ctx))

    def upi_block(self) -> None:
        self.some([(0.6, upi.pay), (0.4, upi.history), (0.3, upi.balance), (0.3, upi.qr_lookup)])
        if self.p(0.6):
            self.next(UPI_DEV, "upi_dev")

    def matri_block(self) -> None:
        self.some(
            [
                (0.5, matrimony.search),
                (0.6, matrimony.photo),
                (0.2, matrimony.profile_form),
                (0.2, matrimony.horoscope),
                (0.3, matrimony.chat_b64),
            ]
        )
        if self.p(0.85):
            self.next(MATRI_BIO, "matri_bio")

    def bhakti_block(self) -> None:
        self.some(
            [
                (0.5, devotional.catalogue),
                (0.8, devotional.audio),
                (0.3, devotional.lyrics),
                (0.2, devotional.panchang),
            ]
        )
        if self.p(0.9):
            self.next(BHAKTI_VIEW, "bhakti_view")

    def ride_block(self) -> None:
        self.some([(0.7, biketaxi.location_ping), (0.4, biketaxi.fare), (0.3, biketaxi.booking)])
        if self.p(0.85):
            self.next(RIDE_BIO, "ride_bio")
        if self.p(0.3):
            self.next(RIDE_DEV, "ride_dev")

    def game_block(self) -> None:
        self.some(
            [
                (0.6, game.telemetry),
                (0.3, game.leaderboard),
                (0.3, game.save_game),
                (0.3, game.applovin_pixel),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(GAME_DEV, "game_dev")


def generate_session(seed: int, target: int) -> tuple[Phone15, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.ott_block),
        (0.13, s.loan_block),
        (0.13, s.shorts_block),
        (0.11, s.upi_block),
        (0.13, s.matri_block),
        (0.12, s.bhakti_block),
        (0.12, s.ride_block),
        (0.11, s.game_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
