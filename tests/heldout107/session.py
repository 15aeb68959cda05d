"""The script of the set-107 session: a family's Galaxy A35, Tizen TV and fitness
band in Almaty, Shymkent and Bishkek, app by app, with ordinary background
traffic in between. Sensitive events rotate through a schedule per app so that
even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    aitv,
    background,
    balapan,
    band,
    bank,
    bazar,
    kino,
    muzyka,
    qazstream,
    sdks,
    sport,
    taxi,
    telco,
    tizen,
)
from .phone import Phone107

START = 1732608000.0  # 2024-11-26T08:00:00Z (13:00 in Almaty)

Gen = Callable[[Context], Flow]


def _metrica(aid: str, app: str) -> Gen:
    return lambda c: sdks.appmetrica(c, aid, app)


def _yads(aid: str) -> Gen:
    return lambda c: sdks.yandex_ads(c, aid, "R-M-" + str(c.rng.randint(10**6, 10**7)))


QAZ_VIEW: list[Gen] = [
    qazstream.progress,
    qazstream.tv_tuning_log,
    qazstream.continue_watching,
    qazstream.tv_beacon_opaque,
    qazstream.progress,
    qazstream.tv_tuning_log,
]
AITV_VIEW: list[Gen] = [
    aitv.live_heartbeat,
    aitv.archive_progress,
    aitv.tns_pixel,
    aitv.history,
    aitv.live_heartbeat,
]
KINO_VIEW: list[Gen] = [
    kino.heartbeat,
    kino.metrica_view,
    kino.continue_rail,
    kino.heartbeat,
    kino.offline_sync_opaque,
]
MUZ_VIEW: list[Gen] = [
    muzyka.play_audio,
    muzyka.play_audio,
    muzyka.recently_played,
    muzyka.feedback_opaque,
    muzyka.audiobook_position,
]
KIDS_VIEW: list[Gen] = [
    balapan.play_event,
    balapan.parent_log,
    balapan.play_event,
    balapan.play_protobuf,
]
SPORT_VIEW: list[Gen] = [sport.heartbeat, sport.firebase_video, sport.numeric_beat, sport.heartbeat]
BANK_BIO: list[Gen] = [
    bank.face_login,
    bank.verilive_frames,
    bank.verilive_result,
    bank.face_login,
    bank.onboarding_encrypted,
]
BANK_DEV: list[Gen] = [bank.device_bind, bank.device_hash_opaque, _metrica("aid_bank", "3012233")]
TELCO_BIO: list[Gen] = [
    telco.voice_verify,
    telco.voice_enrol,
    telco.voice_verify,
    telco.voice_opaque,
]
TAXI_BIO: list[Gen] = [
    taxi.selfie_check,
    taxi.selfie_verdict,
    taxi.selfie_opaque,
    taxi.selfie_check,
]
BAZAR_BIO: list[Gen] = [bazar.tryon_mesh, bazar.tryon_mesh, bazar.tryon_opaque]
BAZAR_DEV: list[Gen] = [
    bazar.mytracker_launch,
    bazar.appsflyer_purchase,
    bazar.mytracker_compact,
    _yads("aid_bazar"),
]
TV_VIEW: list[Gen] = [tizen.acr_report, tizen.acr_report, tizen.acr_compact]
BAND_DEV: list[Gen] = [band.sync, band.firmware_opaque, band.sync, band.bind]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone107.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            sdks.firebase_install(c, "tenge-super-prod"),
            bank.device_bind(c),
            band.bind(c),
            qazstream.tv_register(c),
            kino.device_register(c),
            telco.esim_check(c),
            background.nbk_rates(c),
            taxi.adjust_start(c),
        ]

    def qaz_block(self) -> None:
        self.some(
            [
                (0.6, qazstream.catalogue),
                (0.6, qazstream.poster),
                (0.4, qazstream.manifest),
                (0.3, qazstream.epg),
                (0.2, qazstream.most_watched),
                (0.15, _metrica("aid_qaz", "2411870")),
                (0.05, qazstream.tv_register),
            ]
        )
        if self.p(0.85):
            self.next(QAZ_VIEW, "qaz_view")

    def aitv_block(self) -> None:
        self.some(
            [
                (0.5, aitv.schedule),
                (0.3, aitv.ratings),
                (0.4, aitv.stream_key),
                (0.15, _metrica("aid_aitv", "4100321")),
            ]
        )
        if self.p(0.85):
            self.next(AITV_VIEW, "aitv_view")

    def kino_block(self) -> None:
        self.some(
            [
                (0.5, kino.search),
                (0.5, kino.recommendations),
                (0.3, kino.popular),
                (0.1, kino.device_register),
                (0.15, _yads("aid_kino")),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(KINO_VIEW, "kino_view")

    def muz_block(self) -> None:
        self.some(
            [
                (0.7, muzyka.audio_chunk),
                (0.5, muzyka.audio_chunk),
                (0.4, muzyka.lyrics),
                (0.3, muzyka.chart),
                (0.4, muzyka.wave_queue),
                (0.1, _metrica("aid_muz", "1987654")),
            ]
        )
        if self.p(0.85):
            self.next(MUZ_VIEW, "muz_view")

    def kids_block(self) -> None:
        self.some(
            [
                (0.6, balapan.cartoon_list),
                (0.7, balapan.thumb),
                (0.4, balapan.ertegi_reading),
                (0.2, balapan.screen_time),
                (0.1, lambda c: sdks.firebase_measure(c, [("screen_view", {"screen": "basty"})])),
            ]
        )
        if self.p(0.8):
            self.next(KIDS_VIEW, "kids_view")

    def sport_block(self) -> None:
        self.some(
            [
                (0.6, sport.live_score),
                (0.3, sport.viewers_now),
                (0.3, sport.kokpar_table),
                (0.4, sport.highlights),
                (0.1, _yads("aid_sport")),
            ]
        )
        if self.p(0.85):
            self.next(SPORT_VIEW, "sport_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, bank.transfer),
                (0.4, bank.qr_pay),
                (0.4, bank.rates),
                (0.2, bank.branches),
                (0.4, bank.statement),
            ]
        )
        if self.p(0.7):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.35):
            self.next(BANK_DEV, "bank_dev")

    def telco_block(self) -> None:
        self.some(
            [
                (0.5, telco.balance),
                (0.3, telco.tariffs),
                (0.4, telco.assistant_stt),
                (0.2, telco.support_ticket),
                (0.05, telco.esim_check),
            ]
        )
        if self.p(0.7):
            self.next(TELCO_BIO, "telco_bio")

    def taxi_block(self) -> None:
        self.some(
            [
                (0.7, taxi.gps_track),
                (0.5, taxi.order_offer),
                (0.3, taxi.car_photos),
                (0.3, taxi.earnings),
                (0.1, taxi.adjust_start),
            ]
        )
        if self.p(0.6):
            self.next(TAXI_BIO, "taxi_bio")

    def bazar_block(self) -> None:
        self.some(
            [
                (0.7, bazar.search),
                (0.7, bazar.product_photo),
                (0.4, bazar.similar_items),
                (0.2, bazar.review_photo),
                (0.4, bazar.cart),
            ]
        )
        if self.p(0.45):
            self.next(BAZAR_BIO, "bazar_bio")
        if self.p(0.5):
            self.next(BAZAR_DEV, "bazar_dev")

    def tv_block(self) -> None:
        self.some([(0.3, tizen.app_store), (0.15, tizen.firmware)])
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")

    def band_block(self) -> None:
        self.some([(0.3, band.weather_face)])
        if self.p(0.9):
            self.next(BAND_DEV, "band_dev")


def generate_session(seed: int, target: int) -> tuple[Phone107, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.11, s.qaz_block),
        (0.09, s.aitv_block),
        (0.1, s.kino_block),
        (0.1, s.muz_block),
        (0.08, s.kids_block),
        (0.08, s.sport_block),
        (0.12, s.bank_block),
        (0.07, s.telco_block),
        (0.08, s.taxi_block),
        (0.1, s.bazar_block),
        (0.07, s.band_block),
        (0.05, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
