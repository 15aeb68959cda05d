"""The script of the set-20 session: the family uses six apps in turn on an
iPhone SE (streaming with TV casting, a football club's fan app, Pix
payments, short videos, telehealth, a kids' game), with ordinary background
traffic in between. Sensitive events rotate through a schedule per app so
that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, club, health, kids, pix, shorts, stream
from .phone import Phone20

START = 1731657600.0  # 2024-11-15T08:00:00Z

Gen = Callable[[Context], Flow]

TELA_VIEW: list[Gen] = [
    stream.heartbeat,
    stream.continue_watching,
    stream.heartbeat,
    stream.cast_start,
    stream.opaque_beat,
    stream.heartbeat,
]
TELA_DEV: list[Gen] = [stream.device_register, stream.tv_ping]
CLUB_BIO: list[Gen] = [club.face_enrol, club.face_template, club.turnstile_log, club.face_opaque]
PIX_BIO: list[Gen] = [pix.liveness, pix.selfie_check, pix.match, pix.liveness]
PIX_DEV: list[Gen] = [pix.bind, pix.bound_header, pix.signed_opaque, pix.bound_header]
VIBO_VIEW: list[Gen] = [shorts.play_log, shorts.play_log, shorts.pb_log]
VIBO_DEV: list[Gen] = [shorts.device_reg, shorts.sig_report]
SAUDE_BIO: list[Gen] = [
    health.symptom_upload,
    health.az_verify,
    health.voice_markers,
    health.az_enrol,
    health.voice_embedding,
    health.voice_opaque,
]
KIDS_DEV: list[Gen] = [kids.kids_ad, kids.game_session, kids.kids_event, kids.kids_ad]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone20.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.hotspot(c),
            stream.device_register(c),
            club.push_register(c),
            pix.bind(c),
            shorts.device_reg(c),
            kids.kids_ad(c),
            background.apple_config(c),
        ]

    def tela_block(self) -> None:
        self.some(
            [(0.6, stream.rails), (0.6, stream.thumb), (0.8, stream.segment), (0.5, stream.segment)]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(TELA_VIEW, "tela_view")
        if self.p(0.3):
            self.next(TELA_DEV, "tela_dev")

    def club_block(self) -> None:
        self.some(
            [
                (0.5, club.tickets),
                (0.3, club.seat_map),
                (0.4, club.player_stats),
                (0.25, club.news),
                (0.5, club.badge),
            ]
        )
        if self.p(0.85):
            self.next(CLUB_BIO, "club_bio")
        if self.p(0.15):
            self.flows.append(club.push_register(self.ctx))

    def pix_block(self) -> None:
        self.some([(0.5, pix.brcode), (0.5, pix.transfer)])
        if self.p(0.7):
            self.next(PIX_BIO, "pix_bio")
        if self.p(0.7):
            self.next(PIX_DEV, "pix_dev")

    def vibo_block(self) -> None:
        self.some(
            [
                (0.8, shorts.feed),
                (0.8, shorts.cover),
                (0.5, shorts.cover),
                (0.3, shorts.music_search),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(VIBO_VIEW, "vibo_view")
        if self.p(0.35):
            self.next(VIBO_DEV, "vibo_dev")

    def saude_block(self) -> None:
        self.some([(0.5, health.slots), (0.4, health.checklist), (0.4, health.doctor_photo)])
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(SAUDE_BIO, "saude_bio")

    def kids_block(self) -> None:
        self.some(
            [
                (0.7, kids.admob),
                (0.6, kids.camera_telemetry),
                (0.3, kids.leaderboard),
                (0.6, kids.sprite),
            ]
        )
        if self.p(0.8):
            self.next(KIDS_DEV, "kids_dev")


def generate_session(seed: int, target: int) -> tuple[Phone20, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.19, s.tela_block),
        (0.16, s.club_block),
        (0.16, s.pix_block),
        (0.18, s.vibo_block),
        (0.17, s.saude_block),
        (0.14, s.kids_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
