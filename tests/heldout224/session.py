"""The script of the set-224 session: one Hungarian family's devices in turn (the
mother's TV streaming and bank apps, the smart TV, the cable box and the robot
vacuum in Budapest; the father's NB I football app in Debrecen; the daughter's
music / podcast / radio app in Vienna; the son's smartwatch), with ordinary
background traffic in between. Sensitive events rotate through a schedule
per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    golvonal,
    hangfal,
    kepernyo,
    okosora,
    porszivo,
    setopbox,
    televizio,
)
from .phone import Family224

START = 1739433600.0  # 2025-02-13T08:00:00Z

Gen = Callable[[Context], Flow]

KP_VIEW: list[Gen] = [
    kepernyo.megtekintes,
    kepernyo.gemius_stream,
    kepernyo.ga4_video,
    kepernyo.elo_heartbeat,
    kepernyo.opaque_beacon,
    kepernyo.folytatas,
    lambda c: kepernyo.ga4_video(c, "video_complete"),
    kepernyo.gemius_stream,
    kepernyo.megtekintes,
    kepernyo.elozmenyek,
]
KP_DEV: list[Gen] = [
    kepernyo.eszkoz_regisztracio,
    kepernyo.firebase_installation,
    kepernyo.ga4_screen,
]
GOL_VIEW: list[Gen] = [
    golvonal.kozvetites_heartbeat,
    golvonal.meta_content_view,
    golvonal.osszefoglalo_megnezve,
    golvonal.opaque_stats,
    golvonal.kozvetites_heartbeat,
]
GOL_DEV: list[Gen] = [golvonal.appsflyer_launch, golvonal.meta_activate, golvonal.appsflyer_event]
HF_VIEW: list[Gen] = [
    hangfal.hallgatas,
    hangfal.comscore,
    hangfal.podcast_pozicio,
    hangfal.radio_munkamenet,
    hangfal.opaque_batch,
    hangfal.legutobb,
    hangfal.comscore,
]
HF_DEV: list[Gen] = [hangfal.comscore_start, hangfal.regisztracio, hangfal.config_opaque]
BANK_BIO: list[Gen] = [
    bank.dis_selfie,
    bank.arc_belepes,
    bank.hang_ellenorzes,
    bank.arc_belepes_protobuf,
    bank.dis_liveness,
    bank.hang_regisztracio,
    bank.arc_belepes,
    bank.hang_titkositott,
    bank.hang_ellenorzes,
]
BANK_DEV: list[Gen] = [bank.eszkoz_kotes, bank.egyenleg_opaque, bank.egyenleg_opaque]
STB_VIEW: list[Gen] = [setopbox.csatornavaltas, setopbox.csatornavaltas, setopbox.rpd_opaque]
STB_OTHER: list[Gen] = [
    setopbox.musorujsag,
    setopbox.eletjel,
    setopbox.csatornalista,
    setopbox.vod_katalogus,
    setopbox.firmware,
    setopbox.bejelentkezes,
]
TV_VIEW: list[Gen] = [
    televizio.acr_report,
    televizio.insights,
    televizio.acr_opaque,
    televizio.acr_report,
]
TV_DEV: list[Gen] = [televizio.network_status, televizio.register]
ORA_DEV: list[Gen] = [
    okosora.jelentes,
    okosora.lk_opaque,
    okosora.jelentes,
    okosora.eletjel_hash,
    okosora.regisztracio,
]
ROBOT_DEV: list[Gen] = [
    porszivo.allapot,
    porszivo.telemetria_opaque,
    porszivo.takaritas_naplo,
    porszivo.allapot,
    porszivo.regisztracio,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family224.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            kepernyo.firebase_installation(c),
            kepernyo.eszkoz_regisztracio(c),
            golvonal.appsflyer_launch(c),
            golvonal.meta_activate(c),
            hangfal.regisztracio(c),
            hangfal.comscore_start(c),
            bank.eszkoz_kotes(c),
            setopbox.bejelentkezes(c),
            televizio.register(c),
            okosora.regisztracio(c),
            porszivo.regisztracio(c),
            background.weather(c),
        ]

    def kp_block(self) -> None:
        self.some(
            [
                (0.45, kepernyo.katalogus),
                (0.7, kepernyo.hls_segment),
                (0.5, kepernyo.hls_segment),
                (0.3, kepernyo.boritokep),
                (0.2, kepernyo.kereses),
                (0.15, kepernyo.legnezettebb),
                (0.2, kepernyo.musorujsag),
                (0.2, kepernyo.gemius_page),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(KP_VIEW, "kp_view")
        if self.p(0.3):
            self.next(KP_DEV, "kp_dev")

    def gol_block(self) -> None:
        self.some(
            [
                (0.7, golvonal.elo_eredmenyek),
                (0.4, golvonal.esemenyek),
                (0.3, golvonal.osszefoglalok),
                (0.25, golvonal.tabella),
                (0.1, golvonal.ertesites_feliratkozas),
            ]
        )
        if self.p(0.75):
            self.next(GOL_VIEW, "gol_view")
        if self.p(0.45):
            self.next(GOL_DEV, "gol_dev")

    def hf_block(self) -> None:
        self.some(
            [
                (0.5, hangfal.most_szol),
                (0.7, hangfal.audio_chunk),
                (0.3, hangfal.toplista),
                (0.2, hangfal.podcast_epizodok),
                (0.2, hangfal.dalszoveg),
            ]
        )
        if self.p(0.75):
            self.next(HF_VIEW, "hf_view")
        if self.p(0.35):
            self.next(HF_DEV, "hf_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.arfolyam),
                (0.3, bank.utalas),
                (0.25, bank.otp_kod),
                (0.12, bank.kyc_adatok),
                (0.1, bank.profilkep),
                (0.12, bank.dis_customer),
                (0.1, bank.dis_document_back),
                (0.12, bank.atm_kereso),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def stb_block(self) -> None:
        if self.p(0.7):
            self.next(STB_OTHER, "stb_other")
        if self.p(0.75):
            self.next(STB_VIEW, "stb_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, televizio.remote_key),
                (0.3, televizio.home_rails),
                (0.2, televizio.trending),
                (0.15, televizio.app_store),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def ora_block(self) -> None:
        self.some(
            [
                (0.3, okosora.hanguzenet),
                (0.25, okosora.geokerites),
                (0.15, okosora.orarend),
            ]
        )
        if self.p(0.75):
            self.next(ORA_DEV, "ora_dev")

    def robot_block(self) -> None:
        self.some(
            [
                (0.3, porszivo.terkep),
                (0.3, porszivo.akadaly_foto),
                (0.15, porszivo.ota),
            ]
        )
        if self.p(0.7):
            self.next(ROBOT_DEV, "robot_dev")


def generate_session(seed: int, target: int) -> tuple[Family224, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.18, s.kp_block),
        (0.13, s.gol_block),
        (0.12, s.hf_block),
        (0.13, s.bank_block),
        (0.1, s.stb_block),
        (0.12, s.tv_block),
        (0.1, s.ora_block),
        (0.08, s.robot_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
