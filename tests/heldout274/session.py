"""The script of the set-274 session: a Grozny household's devices and the
Ingush cousin's phone in turn (the father's bank app with face sign-in; the
mother's Chechen film app and photo app; the children's cartoon tablet; the
cousin's Ingush radio app and taxi app; the living-room smart TV on the
operator's middleware with IPTV), with ordinary background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, kino, mult, radio, surt, taxi, tv
from .phone import Household274

START = 1737356400.0  # 2025-01-20T07:00:00Z (10:00 in Grozny)

Gen = Callable[[Context], Flow]

BANK_BIO: list[Gen] = [
    bank.facetec_liveness,
    bank.quick_face_login,
    bank.face_login_protobuf,
    bank.face_selfie_check,
    bank.quick_face_login,
    bank.liveness_frames,
]
BANK_DEV: list[Gen] = [bank.tracker, bank.accounts, bank.device_bind, bank.tracker_opaque]
SURT_BIO: list[Gen] = [surt.retouch, surt.people_opaque, surt.retouch, surt.retouch]
KINO_VIEW: list[Gen] = [
    kino.progress,
    kino.continue_rail,
    kino.batch_opaque,
    kino.firebase_progress,
    kino.progress,
]
KINO_DEV: list[Gen] = [
    kino.metrica_report,
    kino.firebase_screen,
    kino.metrica_start,
    kino.register,
    kino.firebase_install,
]
MULT_VIEW: list[Gen] = [
    mult.watch,
    mult.af_content_view,
    mult.heartbeat_opaque,
    mult.mt_watch,
    mult.parent_history,
    mult.watch,
]
MULT_DEV: list[Gen] = [mult.af_launch, mult.mt_session, mult.register, mult.mt_flush]
RADIO_VIEW: list[Gen] = [
    radio.listen,
    radio.listen_web,
    radio.stats_opaque,
    radio.recent,
    radio.af_listen,
]
RADIO_DEV: list[Gen] = [radio.af_launch, radio.register, radio.af_settings]
TAXI_DEV: list[Gen] = [taxi.metrica_report, taxi.estimate, taxi.metrica_start, taxi.register]
TV_VIEW: list[Gen] = [tv.watching, tv.channel_log, tv.stat_opaque, tv.vod_position, tv.watching]
TV_OTHER: list[Gen] = [tv.channels, tv.epg, tv.status, tv.app_store, tv.auth]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Household274.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            bank.device_bind(c),
            kino.firebase_install(c),
            kino.metrica_start(c),
            kino.register(c),
            surt.register(c),
            mult.af_launch(c),
            mult.register(c),
            radio.register(c),
            radio.af_launch(c),
            taxi.register(c),
            taxi.metrica_start(c),
            tv.auth(c),
            background.prayer_times(c),
            background.weather(c),
        ]

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.rates),
                (0.3, bank.transfer),
                (0.25, bank.otp),
                (0.12, bank.profile),
                (0.1, bank.avatar),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def kino_block(self) -> None:
        self.some(
            [
                (0.5, kino.catalogue),
                (0.8, kino.segment),
                (0.6, kino.segment),
                (0.4, kino.poster),
                (0.25, kino.search),
                (0.15, kino.player_config),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(KINO_VIEW, "kino_view")
        if self.p(0.35):
            self.next(KINO_DEV, "kino_dev")

    def surt_block(self) -> None:
        self.some([(0.5, surt.camera_settings), (0.4, surt.backup), (0.3, surt.filters)])
        if self.p(0.6):
            self.next(SURT_BIO, "surt_bio")
        if self.p(0.1):
            self.flows.append(surt.register(self.ctx))

    def mult_block(self) -> None:
        self.some(
            [
                (0.5, mult.listing),
                (0.7, mult.video),
                (0.5, mult.thumb),
                (0.15, mult.pin_check),
                (0.1, mult.avatar_pick),
            ]
        )
        if self.p(0.8):
            self.next(MULT_VIEW, "mult_view")
        if self.p(0.35):
            self.next(MULT_DEV, "mult_dev")

    def radio_block(self) -> None:
        self.some(
            [
                (0.6, radio.now_playing),
                (0.7, radio.audio_chunk),
                (0.3, radio.news),
                (0.2, radio.widget_config),
            ]
        )
        if self.p(0.75):
            self.next(RADIO_VIEW, "radio_view")
        if self.p(0.3):
            self.next(RADIO_DEV, "radio_dev")

    def taxi_block(self) -> None:
        self.some([(0.5, taxi.order), (0.6, taxi.order_status), (0.3, background.map_tile)])
        if self.p(0.6):
            self.next(TAXI_DEV, "taxi_dev")

    def tv_block(self) -> None:
        self.some([(0.5, tv.playlist), (0.3, tv.epg)])
        if self.p(0.6):
            self.next(TV_OTHER, "tv_other")
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")


def generate_session(seed: int, target: int) -> tuple[Household274, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.bank_block),
        (0.17, s.kino_block),
        (0.09, s.surt_block),
        (0.15, s.mult_block),
        (0.13, s.radio_block),
        (0.11, s.taxi_block),
        (0.15, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
