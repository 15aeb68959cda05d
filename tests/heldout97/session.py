"""The script of the set-97 session: the family's Galaxy S24 and LG TV over a
week of evenings, app by app, with ordinary background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, begira, entzun, frontoia, kotxe, lgtv, pantalla3, telco, vexo
from .phone import Phone97

START = 1732953600.0  # 2024-11-30T08:00:00Z

Gen = Callable[[Context], Flow]

P3_VIEW: list[Gen] = [
    pantalla3.vist,
    pantalla3.comscore,
    pantalla3.progres,
    pantalla3.reprendre,
    pantalla3.comscore,
    pantalla3.beacon_opaque,
]
IKU_VIEW: list[Gen] = [
    begira.ikusitakoak,
    begira.posizioa,
    begira.comscore,
    begira.jarraitu,
    begira.opaque_stats,
    begira.posizioa,
]
VEXO_VIEW: list[Gen] = [vexo.visto, vexo.escoitado, vexo.retomar, vexo.podcast_pos, vexo.escoitado]
FRONT_VIEW: list[Gen] = [frontoia.live_hb, frontoia.live_hb, frontoia.highlight_log]
FRONT_BIO: list[Gen] = [frontoia.reaction]
ENTZUN_VIEW: list[Gen] = [
    entzun.entzunaldiak,
    entzun.ga4_batch,
    entzun.escoltat,
    entzun.entzunaldiak,
]
TV_VIEW: list[Gen] = [lgtv.acr_report, lgtv.watch_history, lgtv.acr_fingerprints, lgtv.acr_report]
TV_DEV: list[Gen] = [lgtv.home_profile, lgtv.lg_ad, lgtv.lg_ad]
BANK_BIO: list[Gen] = [
    bank.facephi_selfie,
    bank.login_face,
    bank.facephi_identity,
    bank.onfido_live_photo,
    bank.face_analytics,
    bank.login_face,
    bank.opaque_check,
]
TELCO_BIO: list[Gen] = [telco.veu_verify, telco.veu_enrol, telco.veu_verify, telco.veu_opaque]
TELCO_DEV: list[Gen] = [telco.alta_dispositiu, telco.router]
KOTXE_BIO: list[Gen] = [
    kotxe.selfie_upload,
    kotxe.face_result,
    kotxe.face_result,
    kotxe.selfie_upload,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone97.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            pantalla3.firebase(c),
            pantalla3.register(c),
            begira.adjust(c),
            begira.gailua(c),
            vexo.firebase(c),
            frontoia.appsflyer(c),
            frontoia.push_register(c),
            bank.device_bind(c),
            telco.alta_dispositiu(c),
            kotxe.register(c),
            lgtv.home_profile(c),
        ]

    def p3_block(self) -> None:
        self.some(
            [
                (0.5, pantalla3.graella),
                (0.6, pantalla3.miniatura),
                (0.7, pantalla3.segment),
                (0.3, pantalla3.cerca),
                (0.3, pantalla3.ima),
                (0.04, pantalla3.register),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(P3_VIEW, "p3")

    def iku_block(self) -> None:
        self.some(
            [
                (0.5, begira.katalogoa),
                (0.4, begira.zuzenean),
                (0.15, begira.adjust),
                (0.1, begira.gailua),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(IKU_VIEW, "iku")

    def vexo_block(self) -> None:
        self.some(
            [
                (0.5, vexo.radio_chunk),
                (0.4, vexo.programacion),
                (0.3, vexo.artigo),
                (0.05, vexo.firebase),
            ]
        )
        self.next(VEXO_VIEW, "vexo")

    def front_block(self) -> None:
        self.some(
            [
                (0.7, frontoia.score),
                (0.4, frontoia.tracking),
                (0.3, frontoia.odds),
                (0.25, frontoia.cam360),
                (0.2, frontoia.appsflyer),
                (0.2, frontoia.ima),
                (0.05, frontoia.push_register),
            ]
        )
        if self.p(0.85):
            self.next(FRONT_VIEW, "front")
        if self.p(0.3):
            self.next(FRONT_BIO, "front_bio")

    def entzun_block(self) -> None:
        self.some(
            [
                (0.4, entzun.waveform),
                (0.25, entzun.recommend),
                (0.3, entzun.lyrics),
                (0.6, entzun.album_art),
            ]
        )
        self.next(ENTZUN_VIEW, "entzun")

    def tv_block(self) -> None:
        self.some([(0.4, lgtv.epg)])
        self.next(TV_VIEW, "tv")
        if self.p(0.35):
            self.next(TV_DEV, "tv_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.movimientos),
                (0.3, bank.cajeros),
                (0.15, bank.alta_form),
                (0.15, bank.device_bind),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(BANK_BIO, "bank")

    def telco_block(self) -> None:
        self.some([(0.5, telco.consum), (0.3, telco.stt), (0.2, telco.cobertura)])
        self.next(TELCO_BIO, "telco")
        if self.p(0.4):
            self.next(TELCO_DEV, "telco_dev")

    def kotxe_block(self) -> None:
        self.some([(0.6, kotxe.unlock), (0.5, kotxe.trip), (0.05, kotxe.register)])
        self.next(KOTXE_BIO, "kotxe")


def generate_session(seed: int, target: int) -> tuple[Phone97, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.11, s.p3_block),
        (0.10, s.iku_block),
        (0.10, s.vexo_block),
        (0.10, s.front_block),
        (0.10, s.entzun_block),
        (0.10, s.tv_block),
        (0.14, s.bank_block),
        (0.12, s.telco_block),
        (0.12, s.kotxe_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
