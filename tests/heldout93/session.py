"""The script of the set-93 session: a Pixel 8a in Portugal and the islands
uses eight apps in turn (two streaming players, a football app, music and
podcasts, radio, a bank, the telco's care app, an e-scooter app) while the
family's Samsung TV reports what is on, with background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, banco, bola, publica, radio, som, telco, trot, tv, vizo
from .phone import Phone93

START = 1746086400.0  # 2025-05-01T08:00:00Z

Gen = Callable[[Context], Flow]

PUB_VIEW: list[Gen] = [
    publica.watch_log,
    publica.comscore_hb,
    publica.continue_list,
    lambda c: publica.comscore_hb(c, "play"),
    publica.watch_log,
    publica.opaque_beacon,
    lambda c: publica.comscore_hb(c, "end"),
]
VIZO_VIEW: list[Gen] = [vizo.resume_sync, vizo.braze_event, vizo.resume_sync]
BOLA_VIEW: list[Gen] = [bola.live_heartbeat]
SOM_VIEW: list[Gen] = [som.listen_log, som.podcast_position]
RADIO_VIEW: list[Gen] = [radio.listen_session, radio.audience_pixel, radio.listen_protobuf]
BANK_BIO: list[Gen] = [
    banco.onfido_live_photo,
    banco.biometric_result,
    banco.veriff_media,
    banco.iproov_enrol,
    banco.liveness_opaque,
    banco.veriff_media,
]
TELE_BIO: list[Gen] = [
    telco.voice_verify,
    telco.voice_enrol,
    telco.voiceprint_sync,
    telco.voice_verify,
    telco.voice_opaque,
]
TROT_BIO: list[Gen] = [trot.rekognition_compare, trot.face_result, trot.blink_challenge]
TV_VIEW: list[Gen] = [tv.acr_report, tv.acr_fingerprints, tv.acr_report]
TV_DEV: list[Gen] = [tv.tifa_ad, tv.register, tv.tifa_ad]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone93.make, START)

    def next(self, schedule: list[Gen], key: str, n: int = 1) -> None:
        for _ in range(n):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.time_sync(c),
            som.firebase_install(c),
            som.appsflyer_launch(c),
            bola.adjust_session(c),
            banco.device_binding(c),
            telco.diagnostics(c),
            tv.register(c),
        ]

    def view_block(
        self, extras: list[tuple[float, Gen]], schedule: list[Gen], key: str, p: float
    ) -> None:
        self.some(extras)
        if self.p(p):
            self.next(schedule, key, self.rng.randint(1, 2))

    def publica_block(self) -> None:
        extras = [(0.6, publica.catalogue), (0.7, publica.thumbnail), (0.7, publica.hls_segment)]
        self.view_block(extras, PUB_VIEW, "pub", 0.85)

    def vizo_block(self) -> None:
        extras = [(0.4, vizo.search), (0.4, vizo.epg), (0.5, vizo.ima_ad_request)]
        self.view_block(extras, VIZO_VIEW, "vizo", 0.8)

    def bola_block(self) -> None:
        extras = [
            (0.5, bola.shot_map),
            (0.4, bola.odds),
            (0.3, bola.lineups),
            (0.25, bola.adjust_event),
            (0.05, bola.adjust_session),
        ]
        self.view_block(extras, BOLA_VIEW, "bola", 0.8)

    def som_block(self) -> None:
        extras = [
            (0.6, som.cover_art),
            (0.3, som.lyrics),
            (0.15, som.appsflyer_launch),
            (0.05, som.firebase_install),
        ]
        self.view_block(extras, SOM_VIEW, "som", 0.85)

    def radio_block(self) -> None:
        self.view_block(
            [(0.6, radio.now_playing), (0.2, radio.stations)], RADIO_VIEW, "radio", 0.85
        )

    def bank_block(self) -> None:
        self.some([(0.3, banco.account_form), (0.5, banco.fx_rates), (0.15, banco.device_binding)])
        self.next(BANK_BIO, "bank", self.rng.randint(1, 2))

    def telco_block(self) -> None:
        self.some([(0.4, telco.stt), (0.4, telco.invoice), (0.15, telco.diagnostics)])
        self.next(TELE_BIO, "tele", self.rng.randint(1, 2))

    def trot_block(self) -> None:
        self.some([(0.6, trot.ride_start), (0.5, trot.route), (0.4, trot.parking_photo)])
        self.next(TROT_BIO, "trot", self.rng.randint(1, 2))

    def tv_block(self) -> None:
        self.some([(0.4, tv.tv_plus_epg)])
        self.next(TV_VIEW, "tv_view")
        if self.p(0.5):
            self.next(TV_DEV, "tv_dev")


def generate_session(seed: int, target: int) -> tuple[Phone93, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.12, s.publica_block),
        (0.11, s.vizo_block),
        (0.11, s.bola_block),
        (0.11, s.som_block),
        (0.09, s.radio_block),
        (0.13, s.bank_block),
        (0.12, s.telco_block),
        (0.12, s.trot_block),
        (0.09, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
