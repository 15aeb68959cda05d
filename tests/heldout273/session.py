"""The script of the set-273 session: one family's devices in turn (the father's
wallet, bank, decoder and smart TV in Kigali; the mother's music app in
Musanze; the son's pay-TV streaming and football apps in Bujumbura), with
ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, banki, dekoderi, indirimbo, momo, reba, televiziyo, umupira
from .phone import Family273

START = 1740816000.0  # 2025-03-01T08:00:00Z

Gen = Callable[[Context], Flow]

REBA_VIEW: list[Gen] = [
    reba.player_event,
    reba.live_heartbeat,
    reba.yarebye_list,
    reba.opaque_beacon,
    lambda c: reba.player_event(c, "kureba_byarangiye"),
    reba.player_event,
]
REBA_DEV: list[Gen] = [reba.register, reba.firebase_installation, reba.ga4_screen]
MUSIC_VIEW: list[Gen] = [
    indirimbo.listen_log,
    indirimbo.ct_song_played,
    indirimbo.recent,
    indirimbo.opaque_sync,
    indirimbo.listen_log,
]
MUSIC_DEV: list[Gen] = [indirimbo.ct_launch, indirimbo.register, indirimbo.config_opaque]
MOMO_BIO: list[Gen] = [
    momo.face_login,
    momo.smile_zip,
    momo.face_enrol,
    momo.face_login_opaque,
    momo.face_login,
]
MOMO_DEV: list[Gen] = [momo.bind, momo.balance_opaque]
BANK_BIO: list[Gen] = [
    banki.voice_verify,
    banki.voice_enrol,
    banki.voice_opaque,
    banki.voice_verify_wav,
]
BANK_DEV: list[Gen] = [banki.register, banki.session_opaque]
DEC_VIEW: list[Gen] = [dekoderi.audience_log, dekoderi.audience_log, dekoderi.audience_compact]
TV_VIEW: list[Gen] = [
    televiziyo.acr_report,
    televiziyo.adjust_event,
    televiziyo.acr_opaque,
    televiziyo.acr_report,
]
TV_DEV: list[Gen] = [televiziyo.adjust_session, televiziyo.appsflyer_tv, televiziyo.tv_status]
GOL_VIEW: list[Gen] = [umupira.watched, umupira.af_highlight, umupira.opaque_stats, umupira.watched]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family273.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            reba.firebase_installation(c),
            reba.register(c),
            indirimbo.ct_launch(c),
            indirimbo.register(c),
            momo.bind(c),
            banki.register(c),
            dekoderi.entitlement(c),
            televiziyo.tv_status(c),
            televiziyo.adjust_session(c),
            umupira.af_launch(c),
            background.weather(c),
        ]

    def reba_block(self) -> None:
        self.some(
            [
                (0.5, reba.catalogue),
                (0.7, reba.hls_segment),
                (0.5, reba.hls_segment),
                (0.25, reba.search),
                (0.25, reba.epg),
                (0.3, reba.thumbnail),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.8) else 0):
            self.next(REBA_VIEW, "reba_view")
        if self.p(0.3):
            self.next(REBA_DEV, "reba_dev")

    def music_block(self) -> None:
        self.some(
            [
                (0.7, indirimbo.audio_chunk),
                (0.4, indirimbo.charts),
                (0.3, indirimbo.lyrics),
                (0.2, indirimbo.trace),
                (0.1, indirimbo.ct_profile),
            ]
        )
        if self.p(0.75):
            self.next(MUSIC_VIEW, "music_view")
        if self.p(0.3):
            self.next(MUSIC_DEV, "music_dev")

    def momo_block(self) -> None:
        self.some(
            [
                (0.5, momo.balance),
                (0.35, momo.transfer),
                (0.25, momo.agents),
                (0.2, momo.avatar),
                (0.15, momo.smile_upload),
                (0.15, momo.smile_status),
            ]
        )
        if self.p(0.75):
            self.next(MOMO_BIO, "momo_bio")
        if self.p(0.3):
            self.next(MOMO_DEV, "momo_dev")

    def bank_block(self) -> None:
        self.some(
            [(0.6, banki.rates), (0.35, banki.statement), (0.3, banki.otp), (0.2, banki.ivr_prompt)]
        )
        if self.p(0.7):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.35):
            self.next(BANK_DEV, "bank_dev")

    def dec_block(self) -> None:
        self.some([(0.4, dekoderi.epg), (0.15, dekoderi.firmware), (0.2, dekoderi.entitlement)])
        if self.p(0.75):
            self.next(DEC_VIEW, "dec_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, televiziyo.remote_key),
                (0.3, televiziyo.home_rails),
                (0.15, televiziyo.app_store),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.3):
            self.next(TV_DEV, "tv_dev")

    def gol_block(self) -> None:
        self.some(
            [
                (0.7, umupira.scores),
                (0.4, umupira.match_events),
                (0.4, umupira.clip),
                (0.25, umupira.table),
                (0.1, umupira.push_token),
            ]
        )
        if self.p(0.7):
            self.next(GOL_VIEW, "gol_view")
        if self.p(0.2):
            self.flows.append(umupira.af_launch(self.ctx))


def generate_session(seed: int, target: int) -> tuple[Family273, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.18, s.reba_block),
        (0.14, s.music_block),
        (0.14, s.momo_block),
        (0.12, s.bank_block),
        (0.1, s.dec_block),
        (0.14, s.tv_block),
        (0.12, s.gol_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
