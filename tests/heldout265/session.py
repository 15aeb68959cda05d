"""The script of the set-265 session: one family's devices in turn (the
father's bank app, IPTV box and ACR smart TV in Minsk; the mother's Belarusian
TV streaming app and smartwatch in Hrodna; the son's Lithuanian catch-up and
music / podcast apps in Vilnius), with ordinary background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, efir, eteris, gadzinnik, garsas, tv, zala
from .phone import Family265

START = 1764568800.0  # 2025-12-01T06:00:00Z

Gen = Callable[[Context], Flow]

EFIR_VIEW: list[Gen] = [
    efir.heartbeat,
    efir.appmetrica_report,
    efir.live_heartbeat_ru,
    efir.continue_watching,
    efir.opaque_beacon,
    efir.heartbeat,
]
EFIR_DEV: list[Gen] = [
    efir.appmetrica_startup,
    lambda c: efir.appmetrica_report(c, viewing=False),
    efir.register,
]
ETER_VIEW: list[Gen] = [
    eteris.progress,
    eteris.gemius_stream,
    eteris.ga4_progress,
    eteris.continue_watching,
    eteris.rows_opaque,
    eteris.progress,
    eteris.ga4_hashed,
]
ETER_DEV: list[Gen] = [eteris.register, eteris.gemius_view]
GARSAS_VIEW: list[Gen] = [
    garsas.listens,
    garsas.branch_event,
    garsas.recently_played,
    garsas.listens_msgpack,
    garsas.listens,
]
GARSAS_DEV: list[Gen] = [garsas.branch_open]
BANK_BIO: list[Gen] = [
    bank.face_verify,
    bank.onfido_live_photo,
    bank.template_protobuf,
    bank.template_enrol,
    bank.face_verify,
    bank.onfido_report,
    bank.liveness_frames,
]
BANK_DEV: list[Gen] = [bank.device_bind, bank.balance_opaque, bank.balance_opaque]
BOX_VIEW: list[Gen] = [zala.report_channel, zala.channel_log, zala.qos_opaque, zala.report_channel]
BOX_OTHER: list[Gen] = [zala.channel_list, zala.playbill, zala.playlist, zala.authenticate]
TV_VIEW: list[Gen] = [tv.acr_report, tv.acr_opaque, tv.acr_report]
TV_DEV: list[Gen] = [tv.status, tv.register]
WATCH_BIO: list[Gen] = [gadzinnik.voice_enrol, gadzinnik.voice_verify_opaque, gadzinnik.voice_enrol]
WATCH_DEV: list[Gen] = [gadzinnik.bind, gadzinnik.dump_protobuf, gadzinnik.bind]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family265.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            efir.appmetrica_startup(c),
            efir.register(c),
            eteris.register(c),
            garsas.branch_open(c),
            bank.device_bind(c),
            zala.authenticate(c),
            tv.register(c),
            gadzinnik.bind(c),
            background.weather(c),
        ]

    def efir_block(self) -> None:
        self.some(
            [
                (0.5, efir.channels),
                (0.7, efir.hls_segment),
                (0.5, efir.hls_segment),
                (0.3, efir.poster),
                (0.2, efir.search),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(EFIR_VIEW, "efir_view")
        if self.p(0.3):
            self.next(EFIR_DEV, "efir_dev")

    def eter_block(self) -> None:
        self.some(
            [
                (0.5, eteris.catalogue),
                (0.5, eteris.thumbnail),
                (0.25, eteris.search),
                (0.25, eteris.tv_guide),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.8) else 0):
            self.next(ETER_VIEW, "eter_view")
        if self.p(0.3):
            self.next(ETER_DEV, "eter_dev")

    def garsas_block(self) -> None:
        self.some(
            [
                (0.7, garsas.audio_chunk),
                (0.4, garsas.audio_chunk),
                (0.2, garsas.rss),
                (0.2, garsas.search),
                (0.2, garsas.charts),
            ]
        )
        if self.p(0.75):
            self.next(GARSAS_VIEW, "garsas_view")
        if self.p(0.25):
            self.next(GARSAS_DEV, "garsas_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.rates),
                (0.3, bank.transfer),
                (0.25, bank.otp),
                (0.15, bank.iproov_token),
                (0.12, bank.kyc_form),
                (0.1, bank.onfido_applicant),
                (0.1, bank.onfido_document_back),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def box_block(self) -> None:
        if self.p(0.7):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")

    def tv_block(self) -> None:
        self.some([(0.4, tv.remote_key), (0.3, tv.home_rails), (0.15, tv.app_store)])
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def watch_block(self) -> None:
        self.some(
            [
                (0.5, gadzinnik.sync),
                (0.25, gadzinnik.watchfaces),
                (0.2, gadzinnik.watch_weather),
                (0.1, gadzinnik.firmware),
            ]
        )
        if self.p(0.5):
            self.next(WATCH_BIO, "watch_bio")
        if self.p(0.4):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Family265, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.efir_block),
        (0.15, s.eter_block),
        (0.12, s.garsas_block),
        (0.14, s.bank_block),
        (0.1, s.box_block),
        (0.12, s.tv_block),
        (0.1, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
