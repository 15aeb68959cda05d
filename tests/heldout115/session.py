"""The script of the set-115 session: the family's iPhone, Xperia, TV, earbuds
and speaker in turn, with ordinary background traffic in between. Sensitive
events rotate through a schedule per app so that small sets cover every family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    catchup,
    dating,
    hikari,
    manga,
    music,
    radio,
    sdks,
    telco,
    tvacr,
    yakyu,
)
from .phone import Phone115

START = 1730793600.0  # 2024-11-05T08:00:00Z

Gen = Callable[[Context], Flow]

HIKARI_VIEW: list[Gen] = [
    hikari.play_heartbeat,
    hikari.continue_watching,
    hikari.play_heartbeat,
    hikari.beacon_opaque,
]
CATCHUP_VIEW: list[Gen] = [catchup.shichou_log, catchup.panel_beacon, catchup.shichou_log]
RADIO_VIEW: list[Gen] = [radio.listen_log, radio.timefree_position]
MUSIC_VIEW: list[Gen] = [music.play_history, music.play_history, music.play_event_opaque]
BANK_BIO: list[Gen] = [bank.liquid_selfie, bank.trustdock_selfie, bank.face_template_opaque]
TELCO_BIO: list[Gen] = [
    telco.voice_verify,
    telco.voice_enrol,
    telco.voice_verify,
    telco.voice_verify_opaque,
]
DATE_BIO: list[Gen] = [dating.selfie_check, dating.selfie_photo]
TV_VIEW: list[Gen] = [tvacr.acr_report, tvacr.acr_report, tvacr.acr_opaque]
SDK_DEV: list[Gen] = [
    sdks.appsflyer,
    sdks.adjust,
    sdks.firebase,
    sdks.repro,
    sdks.karte,
    sdks.fluct_ad,
    sdks.imobile_ad,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone115.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.connectivity(c),
            sdks.appsflyer(c),
            catchup.register(c),
            tvacr.tv_checkin(c),
            music.earbuds_pair(c),
            tvacr.speaker_checkin(c),
            sdks.line_login(c),
        ]

    def hikari_block(self) -> None:
        self.some([(0.6, hikari.catalogue), (0.7, hikari.manifest), (0.3, hikari.search)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(HIKARI_VIEW, "hikari")

    def catchup_block(self) -> None:
        self.some([(0.6, catchup.bangumihyou), (0.1, catchup.register)])
        if self.p(0.85):
            self.next(CATCHUP_VIEW, "catchup")

    def radio_block(self) -> None:
        self.some([(0.4, radio.area_check), (0.5, radio.program_guide)])
        if self.p(0.8):
            self.next(RADIO_VIEW, "radio")

    def music_block(self) -> None:
        self.some([(0.5, music.charts), (0.1, music.earbuds_pair)])
        if self.p(0.8):
            self.next(MUSIC_VIEW, "music")

    def manga_block(self) -> None:
        self.some(
            [
                (0.8, manga.page_image),
                (0.6, manga.page_image),
                (0.7, manga.reading_progress),
                (0.3, manga.motion_comic),
            ]
        )
        if self.p(0.4):
            self.flows.append(manga.anime_watch(self.ctx))

    def yakyu_block(self) -> None:
        self.some([(0.6, yakyu.pitch_chart), (0.4, yakyu.highlights)])
        if self.p(0.8):
            self.flows.append(yakyu.live_heartbeat(self.ctx))

    def bank_block(self) -> None:
        self.some([(0.4, bank.card_ocr), (0.6, bank.balance), (0.15, bank.account_form)])
        if self.p(0.6):
            self.next(BANK_BIO, "bank")

    def telco_block(self) -> None:
        self.some(
            [(0.4, telco.support_stt), (0.6, telco.data_usage), (0.2, telco.tanmatsu_touroku)]
        )
        if self.p(0.6):
            self.next(TELCO_BIO, "telco")

    def dating_block(self) -> None:
        self.some([(0.5, dating.profile_form), (0.3, dating.age_doc)])
        if self.p(0.6):
            self.next(DATE_BIO, "date")

    def tv_block(self) -> None:
        self.some([(0.5, tvacr.epg), (0.15, tvacr.tv_checkin), (0.15, tvacr.speaker_checkin)])
        if self.p(0.8):
            self.next(TV_VIEW, "tv")

    def sdk_block(self) -> None:
        self.some([(0.4, sdks.line_login)])
        self.next(SDK_DEV, "sdk")


def generate_session(seed: int, target: int) -> tuple[Phone115, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.12, s.hikari_block),
        (0.09, s.catchup_block),
        (0.08, s.radio_block),
        (0.08, s.music_block),
        (0.09, s.manga_block),
        (0.08, s.yakyu_block),
        (0.08, s.bank_block),
        (0.08, s.telco_block),
        (0.07, s.dating_block),
        (0.08, s.tv_block),
        (0.12, s.sdk_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
