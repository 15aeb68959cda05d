"""The script of the set-149 session: an expat household in Dubai and Riyadh uses
a Gulf streaming app (iPhone, Apple TV), a Malayalam OTT (Samsung, Android TV
box), a Quran recitation app, a cricket streaming app, a bank and a digital-id
app with face checks, the telecom's self-care app, food delivery, a ride app,
the lounge smart TV and the earbuds' companion, with ordinary traffic between.
Sensitive events rotate through a schedule per app so every family shows even
in a small set, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, cricket, delivery, govid, majlis, ott, quran, ride, telecom, tvhome
from .phone import Household149

START = 1741500000.0  # 2025-03-09, Ramadan evenings

Gen = Callable[[Context], Flow]

MAJLIS_VIEW: list[Gen] = [
    majlis.progress,
    majlis.tv_heartbeat,
    majlis.continue_watching,
    majlis.progress,
    majlis.opaque_beacon,
    majlis.tv_heartbeat,
]
OTT_VIEW: list[Gen] = [ott.kandathu, ott.tv_event, ott.clevertap, ott.kandathu, ott.opaque_resume]
QURAN_VIEW: list[Gen] = [
    quran.listen,
    quran.bayan,
    quran.ga4_audio,
    quran.history,
    quran.listen,
    quran.opaque_sync,
]
CRICKET_VIEW: list[Gen] = [cricket.heartbeat, cricket.dekha, cricket.heartbeat, cricket.opaque_qos]
CRICKET_DEV: list[Gen] = [cricket.adjust_event, cricket.hashed_device, cricket.adjust_event]
BANK_BIO: list[Gen] = [bank.face_login, bank.face_enrol, bank.face_login, bank.opaque_login]
GOV_BIO: list[Gen] = [
    govid.liveness,
    govid.match_result,
    govid.sign_arabic,
    govid.liveness,
    govid.opaque_frames,
]
TELCO_DEV: list[Gen] = [
    telecom.esim_transfer,
    telecom.insurance,
    telecom.my_devices,
    telecom.opaque_ping,
]
FOOD_DEV: list[Gen] = [delivery.adjust_session, delivery.opaque_config, delivery.adjust_session]
RIDE_DEV: list[Gen] = [ride.launch, ride.opaque_telemetry, ride.launch]
TV_VIEW: list[Gen] = [tvhome.acr, tvhome.buds_listening, tvhome.acr, tvhome.tuning_pb]
TV_DEV: list[Gen] = [tvhome.tv_register, tvhome.buds_fw]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Household149.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.captive(c),
            majlis.appsflyer_ios(c),
            bank.bind(c),
            govid.register_device(c),
            ride.launch(c),
            delivery.adjust_session(c),
            ott.tv_activate(c),
            tvhome.tv_register(c),
            tvhome.buds_fw(c),
            background.prayer_adhan(c),
        ]

    def majlis_block(self) -> None:
        self.some(
            [
                (0.6, majlis.catalogue),
                (0.8, majlis.segment),
                (0.6, majlis.segment),
                (0.3, majlis.trending),
                (0.3, majlis.prayer_times),
                (0.1, majlis.appsflyer_ios),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(MAJLIS_VIEW, "majlis")

    def ott_block(self) -> None:
        self.some(
            [(0.5, ott.trailer), (0.4, ott.top10), (0.4, ott.search), (0.05, ott.tv_activate)]
        )
        if self.p(0.8):
            self.next(OTT_VIEW, "ott")

    def quran_block(self) -> None:
        self.some([(0.8, quran.audio_file), (0.4, quran.mushaf_page), (0.3, quran.qibla)])
        if self.p(0.75):
            self.next(QURAN_VIEW, "quran")

    def cricket_block(self) -> None:
        self.some(
            [
                (0.6, cricket.scorecard),
                (0.3, cricket.fixtures),
                (0.3, cricket.live_viewers),
                (0.2, cricket.fantasy),
            ]
        )
        if self.p(0.75):
            self.next(CRICKET_VIEW, "cricket")
        if self.p(0.35):
            self.next(CRICKET_DEV, "cricket_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, bank.transfer),
                (0.5, bank.fx),
                (0.2, bank.cheque_ocr),
                (0.3, bank.atms),
                (0.1, bank.bind),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank")

    def gov_block(self) -> None:
        self.some([(0.5, govid.services), (0.3, govid.visa_form), (0.1, govid.register_device)])
        if self.p(0.85):
            self.next(GOV_BIO, "gov")

    def telco_block(self) -> None:
        self.some([(0.5, telecom.usage), (0.4, telecom.bill), (0.3, telecom.router)])
        if self.p(0.6):
            self.next(TELCO_DEV, "telco")

    def food_block(self) -> None:
        self.some([(0.8, delivery.menu), (0.5, delivery.checkout), (0.5, delivery.courier)])
        if self.p(0.4):
            self.next(FOOD_DEV, "food")

    def ride_block(self) -> None:
        self.some([(0.7, ride.estimate), (0.5, ride.trip), (0.15, ride.voice_note)])
        if self.p(0.4):
            self.next(RIDE_DEV, "ride")

    def tv_block(self) -> None:
        self.some([(0.5, tvhome.epg), (0.3, tvhome.buds_battery)])
        if self.p(0.75):
            self.next(TV_VIEW, "tv")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")


def generate_session(seed: int, target: int) -> tuple[Household149, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.majlis_block),
        (0.11, s.ott_block),
        (0.10, s.quran_block),
        (0.11, s.cricket_block),
        (0.10, s.bank_block),
        (0.10, s.gov_block),
        (0.08, s.telco_block),
        (0.09, s.food_block),
        (0.08, s.ride_block),
        (0.10, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
