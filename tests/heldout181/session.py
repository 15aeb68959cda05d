"""The script of the set-181 session: the household uses its apps in turn (the
streaming service on the phone and the IPTV box, the Arabic music app on the
iPhone, the Torah-lessons app, the government face-verification app, the bank,
navigation and the car app, food delivery, the grandparents' TV), with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, delivery, gov, masach, nagham, roads, torah, tvhome
from .phone import Phone181

START = 1763971200.0  # 2025-11-24T08:00:00Z

Gen = Callable[[Context], Flow]

MASACH_VIEW: list[Gen] = [
    masach.heartbeat,
    masach.live_tune,
    masach.continue_watching,
    masach.heartbeat,
    masach.opaque_beacon,
    masach.watch_history,
    masach.tv_app_progress,
    masach.heartbeat,
]
MASACH_DEV: list[Gen] = [masach.adjust_session, masach.device_register, masach.box_pair]
NAGHAM_VIEW: list[Gen] = [
    nagham.play_log,
    nagham.podcast_progress,
    nagham.recently_played,
    nagham.legacy_batch,
    nagham.play_log,
]
TORAH_VIEW: list[Gen] = [
    torah.shiur_progress,
    torah.russian_listen,
    torah.tefila_play,
    torah.firebase_event,
    torah.opaque_sync,
    torah.shiur_progress,
]
TV_VIEW: list[Gen] = [tvhome.acr_report, tvhome.tuning_log, tvhome.acr_rows, tvhome.tuning_log]
GOV_BIO: list[Gen] = [
    gov.liveness_selfie,
    gov.face_template,
    gov.face_landmarks,
    gov.opaque_capture,
]
BANK_BIO: list[Gen] = [
    bank.selfie_login,
    bank.voice_login,
    bank.opaque_auth,
    bank.voiceprint_enrol,
    bank.selfie_quality,
    bank.selfie_login,
]
ROAD_DEV: list[Gen] = [roads.nav_hello, roads.car_status, roads.nav_opaque, roads.car_opaque]
DELIV_DEV: list[Gen] = [delivery.appsflyer_launch, delivery.appsflyer_opaque]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone181.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.connectivity(c),
            masach.device_register(c),
            masach.adjust_session(c),
            nagham.idfa_attribution(c),
            torah.install(c),
            gov.device_enrol(c),
            bank.bind_device(c),
            roads.car_register(c),
            delivery.appsflyer_launch(c),
            tvhome.tv_register(c),
            background.alerts(c),
        ]

    def masach_block(self) -> None:
        self.some(
            [
                (0.7, masach.catalogue),
                (0.6, masach.poster),
                (0.5, masach.poster),
                (0.5, masach.manifest),
                (0.35, masach.live_score),
                (0.25, masach.most_watched),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(MASACH_VIEW, "masach_view")
        if self.p(0.25):
            self.next(MASACH_DEV, "masach_dev")

    def nagham_block(self) -> None:
        self.some(
            [
                (0.6, nagham.cover),
                (0.3, nagham.charts),
                (0.3, nagham.lyrics),
                (0.3, nagham.search),
                (0.15, nagham.airpods_status),
                (0.08, nagham.idfa_attribution),
            ]
        )
        if self.p(0.75):
            self.next(NAGHAM_VIEW, "nagham_view")

    def torah_block(self) -> None:
        self.some(
            [
                (0.5, torah.zmanim),
                (0.4, torah.parasha_text),
                (0.15, torah.donation),
                (0.05, torah.install),
                (0.15, torah.synagogue_screen),
            ]
        )
        if self.p(0.8):
            self.next(TORAH_VIEW, "torah_view")

    def gov_block(self) -> None:
        self.some([(0.5, gov.id_ocr), (0.4, gov.form), (0.5, gov.queue), (0.1, gov.device_enrol)])
        if self.p(0.75):
            self.next(GOV_BIO, "gov_bio")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.rates),
                (0.6, bank.transactions),
                (0.3, bank.assistant_stt),
                (0.1, bank.bind_device),
            ]
        )
        if self.p(0.75):
            self.next(BANK_BIO, "bank_bio")

    def road_block(self) -> None:
        self.some(
            [
                (0.7, roads.route),
                (0.5, roads.report),
                (0.4, roads.trip),
                (0.3, roads.climate),
                (0.08, roads.rental_car),
            ]
        )
        if self.p(0.5):
            self.next(ROAD_DEV, "road_dev")

    def delivery_block(self) -> None:
        self.some(
            [
                (0.8, delivery.restaurants),
                (0.6, delivery.dish_photo),
                (0.5, delivery.order),
                (0.5, delivery.courier),
            ]
        )
        if self.p(0.4):
            self.next(DELIV_DEV, "deliv_dev")

    def tv_block(self) -> None:
        self.some([(0.4, tvhome.epg), (0.5, tvhome.lineup), (0.3, tvhome.box_heartbeat)])
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")


def generate_session(seed: int, target: int) -> tuple[Phone181, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.18, s.masach_block),
        (0.12, s.nagham_block),
        (0.12, s.torah_block),
        (0.1, s.gov_block),
        (0.12, s.bank_block),
        (0.12, s.road_block),
        (0.11, s.delivery_block),
        (0.13, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
