"""The script of the set-99 session: a family in Tbilisi / Yerevan uses a
Georgian OTT, an Armenian OTT (phone and TV box), a football / rugby app, a
music / podcast app with a radio app, a bank with face liveness, a telco with
voice biometrics, a taxi app with selfie checks and the TV box's ACR, with
analytics SDKs and background traffic in between. Sensitive events rotate
through schedules so that every family shows, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import armtv, audio, background, bank, geotv, sdks, sport, taxi, telco, tvbox
from .phone import Phone99

START = 1733126400.0  # 2024-12-02T08:00:00Z

Gen = Callable[[Context], Flow]

GEO_VIEW: list[Gen] = [
    geotv.naqurebi,
    geotv.live_pulse,
    geotv.ganagrdze,
    geotv.mkhedruli,
    sdks.ga4_video,
    geotv.opaque_beacon,
]
ARM_VIEW: list[Gen] = [
    armtv.ditvats,
    armtv.prosmotr,
    armtv.sharunakel,
    armtv.ditvats,
    armtv.opaque_state,
]
SPORT_VIEW: list[Gen] = [sport.heartbeat, sport.heartbeat, sport.replay_progress]
MUSIC_VIEW: list[Gen] = [audio.mosmenili, audio.podcast_progress, audio.radio_listen, audio.lsvats]
BANK_BIO: list[Gen] = [
    bank.sumsub_selfie,
    bank.sumsub_liveness,
    bank.regula_match,
    bank.face_template,
    bank.opaque_bio,
]
TELCO_BIO: list[Gen] = [
    telco.voice_verify,
    telco.voice_enrol,
    telco.voice_embedding,
    telco.opaque_voice,
]
TAXI_BIO: list[Gen] = [taxi.selfie_check, taxi.face_result]
TV_VIEW: list[Gen] = [tvbox.acr_match, tvbox.viewing_session, tvbox.acr_match, tvbox.acr_opaque]
DEV: list[Gen] = [
    sdks.appsflyer,
    sdks.adjust,
    sdks.appmetrica,
    sdks.ima,
    sdks.fb_events,
    sdks.firebase_install,
    bank.sumsub_device,
    tvbox.checkin,
    tvbox.ota,
    tvbox.opaque_ping,
    telco.sim_bind,
    bank.device_bind,
    taxi.launch,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone99.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def dev(self, prob: float) -> None:
        if self.p(prob):
            self.next(DEV, "dev")

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            sdks.firebase_install(c),
            sdks.appsflyer(c),
            tvbox.checkin(c),
            telco.sim_bind(c),
        ]

    def geo_block(self) -> None:
        self.some([(0.6, geotv.catalogue), (0.7, geotv.hls), (0.5, geotv.hls), (0.5, geotv.thumb)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(GEO_VIEW, "geo")
        self.dev(0.5)

    def arm_block(self) -> None:
        self.some([(0.5, armtv.epg), (0.4, armtv.search)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(ARM_VIEW, "arm")
        self.dev(0.4)

    def sport_block(self) -> None:
        self.some([(0.6, sport.scores), (0.4, sport.shot_map), (0.3, sport.player_cam)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(SPORT_VIEW, "sport")
        self.dev(0.3)

    def music_block(self) -> None:
        self.some([(0.5, audio.cover), (0.3, audio.charts), (0.3, audio.radio_now)])
        self.next(MUSIC_VIEW, "music")
        self.dev(0.3)

    def bank_block(self) -> None:
        self.some([(0.5, bank.fx_rates), (0.4, bank.transfer), (0.2, bank.signup)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(BANK_BIO, "bank")
        self.dev(0.4)

    def telco_block(self) -> None:
        self.some([(0.5, telco.balance), (0.3, telco.dictation)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(TELCO_BIO, "telco")
        self.dev(0.3)

    def taxi_block(self) -> None:
        self.some([(0.7, taxi.route), (0.5, taxi.order)])
        self.next(TAXI_BIO, "taxi")
        self.dev(0.4)

    def tv_block(self) -> None:
        self.some([(0.4, tvbox.launcher_rows), (0.3, armtv.epg)])
        self.next(TV_VIEW, "tv")
        self.dev(0.4)


def generate_session(seed: int, target: int) -> tuple[Phone99, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.geo_block),
        (0.12, s.arm_block),
        (0.1, s.sport_block),
        (0.12, s.music_block),
        (0.15, s.bank_block),
        (0.14, s.telco_block),
        (0.11, s.taxi_block),
        (0.12, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
