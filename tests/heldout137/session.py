"""The script of the set-137 session: the household's apps in turn, with
ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    kids,
    livetv,
    naghma,
    nasib,
    quran,
    ride,
    sahra,
    sdks,
    telco,
    wallet,
    watch,
)
from .phone import Household

START = 1743400800.0  # 2025-03-31T06:00:00Z (Eid al-Fitr morning in Cairo)

Gen = Callable[[Context], Flow]

SAHRA_VIEW: list[Gen] = [
    sahra.mosha5da,
    sahra.continue_watching,
    sahra.football_live,
    sahra.beacon_opaque,
    sahra.mosha5da,
]
NAGHMA_VIEW: list[Gen] = [
    naghma.play_log,
    naghma.recently_played,
    naghma.offline_sync_opaque,
    naghma.play_log,
]
QURAN_VIEW: list[Gen] = [quran.istima3, quran.khutba_progress, quran.istima3, quran.listen_protobuf]
LIVE_VIEW: list[Gen] = [
    livetv.live_tuning,
    livetv.acr_report,
    livetv.stb_zapping,
    livetv.acr_opaque,
]
KIDS_VIEW: list[Gen] = [kids.episode_vu, kids.tferrej_event, kids.parent_history]
WALLET_BIO: list[Gen] = [
    wallet.selfie_liveness,
    wallet.face_login,
    wallet.liveness_opaque,
    wallet.maroc_kyc,
]
TELCO_BIO: list[Gen] = [
    telco.voice_verify,
    telco.voice_enrol,
    telco.voice_opaque,
    telco.voice_verify,
]
NASIB_BIO: list[Gen] = [nasib.selfie_verify, nasib.face_analysis]
DEV: list[Gen] = [
    sdks.appsflyer,
    sdks.hianalytics,
    ride.risk_opaque,
    sdks.clevertap,
    watch.dump_protobuf,
    sdks.adjust_session,
    sdks.hianalytics_opaque,
    sdks.webengage,
    ride.device_fingerprint,
    livetv.tv_heartbeat,
    sdks.appsflyer_ride,
    telco.device_financing,
    watch.sync,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Household.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.connectivity(c),
            sdks.hms_push_register(c),
            sdks.hianalytics(c),
            watch.pair(c),
            sdks.appsflyer(c),
            background.weather(c),
        ]

    def sahra_block(self) -> None:
        self.some(
            [
                (0.6, sahra.catalogue),
                (0.7, sahra.segment),
                (0.6, sahra.segment),
                (0.3, sahra.rail_most_watched),
                (0.2, sahra.search),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(SAHRA_VIEW, "sahra_view")

    def naghma_block(self) -> None:
        self.some([(0.4, naghma.charts), (0.3, naghma.lyrics)])
        self.next(NAGHMA_VIEW, "naghma_view")

    def quran_block(self) -> None:
        self.some(
            [(0.6, quran.recitation_audio), (0.4, quran.wird_reading), (0.3, quran.prayer_times)]
        )
        self.next(QURAN_VIEW, "quran_view")

    def live_block(self) -> None:
        self.some([(0.4, livetv.live_now), (0.3, livetv.stb_epg)])
        self.next(LIVE_VIEW, "live_view")

    def kids_block(self) -> None:
        self.some([(0.4, kids.storybook), (0.3, kids.pronunciation)])
        self.next(KIDS_VIEW, "kids_view")

    def ride_block(self) -> None:
        self.some([(0.8, ride.quote), (0.6, ride.driver_track), (0.4, ride.driver_track)])

    def wallet_block(self) -> None:
        self.some([(0.6, wallet.transactions), (0.2, wallet.id_card_ocr)])
        if self.p(0.7):
            self.next(WALLET_BIO, "wallet_bio")

    def telco_block(self) -> None:
        self.some([(0.5, telco.balance), (0.3, telco.voice_command), (0.2, telco.equipment)])
        if self.p(0.6):
            self.next(TELCO_BIO, "telco_bio")

    def nasib_block(self) -> None:
        self.some([(0.5, nasib.matches), (0.2, nasib.photo_upload), (0.1, nasib.signup)])
        if self.p(0.6):
            self.next(NASIB_BIO, "nasib_bio")

    def watch_block(self) -> None:
        self.some([(0.5, watch.sleep), (0.3, watch.watchface)])

    def sdk_block(self) -> None:
        self.next(DEV, "dev")


def generate_session(seed: int, target: int) -> tuple[Household, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.sahra_block),
        (0.08, s.naghma_block),
        (0.08, s.quran_block),
        (0.09, s.live_block),
        (0.07, s.kids_block),
        (0.08, s.ride_block),
        (0.09, s.wallet_block),
        (0.08, s.telco_block),
        (0.07, s.nasib_block),
        (0.05, s.watch_block),
        (0.17, s.sdk_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
