"""The script of the set-270 session: one Inuit family's devices in turn (the
mother's bank and government-ID apps and the daughter's TakuTV and the ACR
smart TV in Iqaluit; the father's radio app and the community cable box in
Kuujjuaq; the son's syllabics app on the iPad), with ordinary background
traffic in between. Sensitive events rotate through a schedule per app so that
even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, cable, gov, kids, radio, takutv, tv
from .phone import Family270

START = 1736150400.0  # 2025-01-06T08:00:00Z

Gen = Callable[[Context], Flow]

TAKU_VIEW: list[Gen] = [
    takutv.progress,
    takutv.conviva_hb,
    takutv.ga4_video,
    takutv.opaque_beacon,
    takutv.history,
    takutv.live_ping,
    lambda c: takutv.ga4_video(c, "video_complete"),
    takutv.conviva_hb,
    takutv.progress,
]
TAKU_DEV: list[Gen] = [
    takutv.register,
    takutv.ga4_screen,
    takutv.config_hashed,
    takutv.firebase_installation,
]
RADIO_VIEW: list[Gen] = [
    radio.live_listen,
    radio.podcast_position,
    radio.legacy_pixel,
    radio.recent,
    radio.live_listen,
]
RADIO_DEV: list[Gen] = [radio.register, radio.firebase_installation]
BANK_BIO: list[Gen] = [
    bank.face_login,
    bank.onfido_live_photo,
    bank.face_login_opaque,
    bank.onfido_live_video,
    bank.face_login,
]
BANK_DEV: list[Gen] = [bank.adjust_session, bank.balance, bank.adjust_event, bank.device_bind]
GOV_BIO: list[Gen] = [
    gov.face_check,
    gov.face_enrol,
    gov.voice_enrol,
    gov.face_verify_protobuf,
    gov.face_check,
    gov.voice_verify_opaque,
]
GOV_DEV: list[Gen] = [gov.bind_device, gov.card_status, gov.firebase_installation]
BOX_VIEW: list[Gen] = [cable.tune_log, cable.tune_log, cable.qos_rows]
BOX_OTHER: list[Gen] = [cable.guide, cable.heartbeat, cable.channels, cable.firmware]
TV_VIEW: list[Gen] = [tv.acr_report, tv.insights, tv.acr_opaque, tv.acr_report]
TV_DEV: list[Gen] = [tv.network_status, tv.ota_check, tv.register]
KIDS_VIEW: list[Gen] = [
    kids.lesson_progress,
    kids.mixpanel_watch,
    kids.offline_flush,
    kids.watched,
    kids.lesson_progress,
]
KIDS_DEV: list[Gen] = [kids.mixpanel_open, kids.register]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family270.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            takutv.firebase_installation(c),
            takutv.register(c),
            radio.register(c),
            bank.device_bind(c),
            bank.adjust_session(c),
            gov.firebase_installation(c),
            gov.bind_device(c),
            cable.register(c),
            tv.register(c),
            kids.register(c),
            background.weather(c),
        ]

    def taku_block(self) -> None:
        self.some(
            [
                (0.5, takutv.catalogue),
                (0.7, takutv.hls_segment),
                (0.5, takutv.hls_segment),
                (0.35, takutv.thumbnail),
                (0.2, takutv.search),
                (0.15, takutv.most_watched),
                (0.2, takutv.epg),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(TAKU_VIEW, "taku_view")
        if self.p(0.3):
            self.next(TAKU_DEV, "taku_dev")

    def radio_block(self) -> None:
        self.some(
            [
                (0.6, radio.now_playing),
                (0.8, radio.audio_chunk),
                (0.4, radio.audio_chunk),
                (0.25, radio.schedule),
                (0.1, radio.call_in_message),
            ]
        )
        if self.p(0.75):
            self.next(RADIO_VIEW, "radio_view")
        if self.p(0.25):
            self.next(RADIO_DEV, "radio_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, bank.rates),
                (0.3, bank.transfer),
                (0.15, bank.account_form),
                (0.12, bank.onfido_config),
                (0.12, bank.onfido_document_back),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def gov_block(self) -> None:
        self.some([(0.3, gov.offices), (0.2, gov.address_form)])
        if self.p(0.8):
            self.next(GOV_BIO, "gov_bio")
        if self.p(0.35):
            self.next(GOV_DEV, "gov_dev")

    def box_block(self) -> None:
        if self.p(0.6):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, tv.remote_key),
                (0.3, tv.home_rails),
                (0.2, tv.trending),
                (0.15, tv.app_store),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.2):
            self.next(TV_DEV, "tv_dev")

    def kids_block(self) -> None:
        self.some(
            [
                (0.7, kids.lesson_video),
                (0.4, kids.thumbnail),
                (0.3, kids.lessons),
                (0.25, kids.chart),
                (0.3, kids.quiz_answer),
            ]
        )
        if self.p(0.75):
            self.next(KIDS_VIEW, "kids_view")
        if self.p(0.25):
            self.next(KIDS_DEV, "kids_dev")


def generate_session(seed: int, target: int) -> tuple[Family270, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.taku_block),
        (0.13, s.radio_block),
        (0.13, s.bank_block),
        (0.11, s.gov_block),
        (0.1, s.box_block),
        (0.13, s.tv_block),
        (0.12, s.kids_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
