"""The script of the set-272 session: the family's devices in turn (the
father's bank and regional TV apps and the IPTV box in Yakutsk; the mother's
music and cartoon apps; the son's national streamer and ACR smart TV in
Ulan-Ude), with ordinary background traffic in between. Sensitive events
rotate through a schedule per app so that even a small set covers every
family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, dyierey, ekran, iptv, keskil, multik, televizor
from .phone import Family272

START = 1736985600.0  # 2025-01-16T00:00:00Z

Gen = Callable[[Context], Flow]

KESKIL_VIEW: list[Gen] = [
    keskil.koruu_heartbeat,
    keskil.appmetrica_report,
    keskil.koruu_romanised,
    keskil.opaque_batch,
    keskil.korbuttterim,
    keskil.koruu_heartbeat,
]
KESKIL_DEV: list[Gen] = [keskil.appmetrica_startup, keskil.register]
EKRAN_VIEW: list[Gen] = [
    ekran.progress,
    ekran.mediascope,
    ekran.mytracker,
    ekran.opaque_rows,
    ekran.prodolzhit,
    ekran.mediascope,
]
EKRAN_DEV: list[Gen] = [ekran.mytracker_install, ekran.opaque_device]
MUS_VIEW: list[Gen] = [
    dyierey.istii,
    dyierey.olonkho_listen,
    dyierey.buryat_duun,
    dyierey.opaque_batch,
    dyierey.keliin,
]
MUS_DEV: list[Gen] = [dyierey.register, dyierey.ads_opaque]
MULT_VIEW: list[Gen] = [multik.harlga, multik.harlga_rom, multik.history, multik.harlga]
MULT_DEV: list[Gen] = [multik.firebase_installation, multik.register, multik.opaque_ping]
BANK_BIO: list[Gen] = [
    bank.ebs_verify,
    bank.face_login,
    bank.liveness,
    bank.face_login_pb,
    bank.face_login_sakha,
    bank.enrol,
    bank.face_login_enc,
    bank.face_login,
]
BANK_DEV: list[Gen] = [bank.device_bind, bank.balance_opaque]
BOX_VIEW: list[Gen] = [iptv.log_json, iptv.log_xml, iptv.qos, iptv.log_json]
BOX_OTHER: list[Gen] = [iptv.epg, iptv.channels, iptv.watchdog, iptv.auth]
TV_VIEW: list[Gen] = [televizor.acr_report, televizor.recently, televizor.acr_opaque]
TV_OTHER: list[Gen] = [
    televizor.remote_key,
    televizor.home_rails,
    televizor.trending,
    televizor.register,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family272.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            keskil.appmetrica_startup(c),
            keskil.register(c),
            ekran.mytracker_install(c),
            dyierey.register(c),
            multik.firebase_installation(c),
            multik.register(c),
            bank.device_bind(c),
            iptv.auth(c),
            televizor.register(c),
            background.pogoda(c),
        ]

    def keskil_block(self) -> None:
        self.some(
            [
                (0.5, keskil.katalog),
                (0.7, keskil.hls_segment),
                (0.5, keskil.hls_segment),
                (0.3, keskil.efir),
                (0.2, keskil.kordoo),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(KESKIL_VIEW, "keskil_view")
        if self.p(0.3):
            self.next(KESKIL_DEV, "keskil_dev")

    def ekran_block(self) -> None:
        self.some(
            [
                (0.5, ekran.katalog),
                (0.4, ekran.trailer),
                (0.5, ekran.poster),
                (0.25, ekran.poisk),
                (0.1, ekran.tarify),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(EKRAN_VIEW, "ekran_view")
        if self.p(0.3):
            self.next(EKRAN_DEV, "ekran_dev")

    def mus_block(self) -> None:
        self.some(
            [
                (0.7, dyierey.audio_chunk),
                (0.5, dyierey.audio_chunk),
                (0.25, dyierey.tyllara),
                (0.25, dyierey.top),
                (0.2, dyierey.olonkho_text),
            ]
        )
        if self.p(0.8):
            self.next(MUS_VIEW, "mus_view")
        if self.p(0.3):
            self.next(MUS_DEV, "mus_dev")

    def mult_block(self) -> None:
        self.some(
            [
                (0.6, multik.thumbnail),
                (0.4, multik.thumbnail),
                (0.3, multik.katalog),
                (0.15, multik.pin),
            ]
        )
        if self.p(0.75):
            self.next(MULT_VIEW, "mult_view")
        if self.p(0.3):
            self.next(MULT_DEV, "mult_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.kurs),
                (0.3, bank.perevod),
                (0.25, bank.istoriya),
                (0.12, bank.anketa),
                (0.1, bank.avatar),
                (0.12, bank.esia),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.35):
            self.next(BANK_DEV, "bank_dev")

    def box_block(self) -> None:
        if self.p(0.7):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")

    def tv_block(self) -> None:
        if self.p(0.7):
            self.next(TV_OTHER, "tv_other")
        if self.p(0.75):
            self.next(TV_VIEW, "tv_view")


def generate_session(seed: int, target: int) -> tuple[Family272, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.18, s.keskil_block),
        (0.17, s.ekran_block),
        (0.13, s.mus_block),
        (0.11, s.mult_block),
        (0.15, s.bank_block),
        (0.12, s.box_block),
        (0.12, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
