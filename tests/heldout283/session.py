"""The script of the set-283 session: three Yiddish-speaking households' devices in
turn (the father's shiur app and community radio in Williamsburg, the children's
story app on the family tablet, the mother's bank app in Antwerp, the
grandfather's kosher phone filter in Bnei Brak), with ordinary background
traffic in between. Sensitive events rotate through a schedule per app so that
even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, mayse, radio, shiur
from . import filter as kosher
from .phone import Family283

START = 1734940800.0  # 2024-12-23T08:00:00Z (Chanukah week)

Gen = Callable[[Context], Flow]

SHIUR_VIEW: list[Gen] = [
    shiur.kuk_fortshrit,
    shiur.appsflyer_view,
    shiur.geshikhte,
    shiur.opaque_beacon,
    shiur.kuk_fortshrit,
    shiur.vayter_kukn,
    shiur.kuk_farendikt,
]
SHIUR_DEV: list[Gen] = [
    shiur.abonement,
    shiur.remote_config,
    shiur.appsflyer_launch,
    shiur.register_device,
    shiur.appsflyer_subscribe,
    shiur.firebase_installation,
]
RADIO_VIEW: list[Gen] = [
    radio.hern_log,
    radio.arkhiv_pozitsye,
    radio.opaque_stats,
    radio.onesignal_tags,
    radio.gehert,
    radio.hern_log,
]
RADIO_DEV: list[Gen] = [radio.onesignal_focus, radio.onesignal_session, radio.register]
MAYSE_VIEW: list[Gen] = [
    mayse.hern_fortshrit,
    mayse.mixpanel_heard,
    mayse.pixel,
    mayse.shoyn_gehert,
    lambda c: mayse.mixpanel_heard(c, legacy=True),
    mayse.hern_fortshrit,
]
MAYSE_DEV: list[Gen] = [mayse.mixpanel_open, mayse.firebase_installation, mayse.register]
BANK_BIO: list[Gen] = [
    bank.ponim_login,
    bank.shtim_verify,
    bank.ponim_protobuf,
    bank.selfie_check,
    bank.gezikht_enrol,
    bank.liveness_frames,
    bank.ponim_login,
    bank.shtim_enrol,
    bank.voice_opaque,
    bank.shtim_verify,
]
BANK_DEV: list[Gen] = [bank.konten_opaque, bank.device_bind, bank.konten_opaque]
FILTER_DEV: list[Gen] = [
    kosher.heartbeat,
    kosher.register,
    kosher.policy,
    kosher.watchdog,
    kosher.heartbeat,
    kosher.register_xml,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family283.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            shiur.firebase_installation(c),
            shiur.register_device(c),
            shiur.appsflyer_launch(c),
            radio.register(c),
            radio.onesignal_register(c),
            mayse.firebase_installation(c),
            mayse.register(c),
            bank.device_bind(c),
            kosher.register(c),
            kosher.policy(c),
            background.zmanim(c),
        ]

    def shiur_block(self) -> None:
        self.some(
            [
                (0.5, shiur.katalog),
                (0.5, shiur.bildl),
                (0.7, shiur.hls_segment),
                (0.5, shiur.hls_segment),
                (0.25, shiur.zukhn),
                (0.2, shiur.luekh),
                (0.15, shiur.populer),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(SHIUR_VIEW, "shiur_view")
        if self.p(0.3):
            self.next(SHIUR_DEV, "shiur_dev")

    def radio_block(self) -> None:
        self.some(
            [
                (0.6, radio.now_on_air),
                (0.7, radio.live_audio),
                (0.4, radio.live_audio),
                (0.25, radio.hotline_menu),
            ]
        )
        if self.p(0.75):
            self.next(RADIO_VIEW, "radio_view")
        if self.p(0.3):
            self.next(RADIO_DEV, "radio_dev")

    def mayse_block(self) -> None:
        self.some(
            [
                (0.4, mayse.bibliotek),
                (0.5, mayse.cover),
                (0.7, mayse.audio_chunk),
                (0.4, mayse.audio_chunk),
                (0.2, mayse.zukhn),
            ]
        )
        if self.p(0.75):
            self.next(MAYSE_VIEW, "mayse_view")
        if self.p(0.3):
            self.next(MAYSE_DEV, "mayse_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.kursn),
                (0.3, bank.iberfir),
                (0.25, bank.otp),
                (0.15, bank.kunde_form),
                (0.12, bank.avatar),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.35):
            self.next(BANK_DEV, "bank_dev")

    def filter_block(self) -> None:
        self.some(
            [
                (0.5, kosher.whitelist),
                (0.3, kosher.categories),
                (0.2, kosher.unblock_request),
            ]
        )
        if self.p(0.7):
            self.next(FILTER_DEV, "filter_dev")


def generate_session(seed: int, target: int) -> tuple[Family283, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.26, s.shiur_block),
        (0.2, s.radio_block),
        (0.18, s.mayse_block),
        (0.2, s.bank_block),
        (0.16, s.filter_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
