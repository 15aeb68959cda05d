"""The script of the set-89 session: over a weekend in San Marino and Rimini the
tester uses eight phone apps in turn (public-service and commercial streaming,
football / MotoGP, music and podcasts, radio, a bank, the telco care app, a
dating app) while the family TV runs, with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a
small set covers every family, opaque ones too.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Flow
from tests.heldout.labelled import SessionBase

from . import background, banca, cuori, curva, infinito, onda, radio, rete, telco, tv
from .phone import Phone89
from .schedules import (
    BANCA_BIO,
    CUORI_BIO,
    CURVA_DEV,
    CURVA_VIEW,
    INFI_DEV,
    INFI_VIEW,
    ONDA_VIEW,
    RADIO_VIEW,
    RETE_VIEW,
    TELCO_BIO,
    TV_DEV,
    TV_VIEW,
    Gen,
)

START = 1773475200.0  # 2026-03-14T08:00:00Z


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone89.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            rete.firebase(c),
            rete.config(c),
            infinito.appsflyer(c),
            curva.device_reg(c),
            curva.onesignal(c),
            onda.adjust_session(c),
            radio.ping(c),
            banca.binding(c),
            telco.device_info(c),
            cuori.appsflyer(c),
            tv.register(c),
            background.time_sync(c),
        ]

    def rete_block(self) -> None:
        self.some(
            [
                (0.6, rete.palinsesto),
                (0.7, rete.thumb),
                (0.7, rete.hls_segment),
                (0.5, rete.hls_segment),
                (0.25, rete.ricerca),
                (0.1, rete.config),
                (0.05, rete.firebase),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(RETE_VIEW, "rete_view")

    def infi_block(self) -> None:
        self.some(
            [
                (0.6, infinito.catalogo),
                (0.5, infinito.trailer_manifest),
                (0.2, infinito.login_refresh),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(INFI_VIEW, "infi_view")
        if self.p(0.4):
            self.next(INFI_DEV, "infi_dev")

    def curva_block(self) -> None:
        self.some(
            [
                (0.7, curva.live_scores),
                (0.4, curva.telemetry),
                (0.4, curva.lap_times),
                (0.5, curva.highlights_thumb),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(CURVA_VIEW, "curva_view")
        if self.p(0.35):
            self.next(CURVA_DEV, "curva_dev")

    def onda_block(self) -> None:
        self.some(
            [
                (0.5, onda.audio_features),
                (0.3, onda.lyrics),
                (0.4, onda.search),
                (0.6, onda.cover),
                (0.1, onda.adjust_session),
            ]
        )
        self.next(ONDA_VIEW, "onda_view")

    def radio_block(self) -> None:
        self.some(
            [
                (0.6, radio.now_playing),
                (0.2, radio.stations),
                (0.7, radio.stream_chunk),
                (0.15, radio.ping),
            ]
        )
        if self.p(0.85):
            self.next(RADIO_VIEW, "radio_view")

    def banca_block(self) -> None:
        self.some(
            [
                (0.6, banca.movimenti),
                (0.2, banca.anagrafica),
                (0.3, banca.iproov_token),
                (0.15, banca.binding),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(BANCA_BIO, "banca_bio")

    def telco_block(self) -> None:
        self.some([(0.5, telco.consumi), (0.4, telco.stt), (0.15, telco.device_info)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(TELCO_BIO, "telco_bio")

    def cuori_block(self) -> None:
        self.some(
            [
                (0.7, cuori.profile_photo),
                (0.6, cuori.profile_photo),
                (0.6, cuori.swipe),
                (0.4, cuori.nearby),
                (0.1, cuori.signup),
                (0.2, cuori.photo_upload),
                (0.15, cuori.appsflyer),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(CUORI_BIO, "cuori_bio")

    def tv_block(self) -> None:
        self.some([(0.4, tv.epg), (0.4, tv.screensaver)])
        self.next(TV_VIEW, "tv_view")
        if self.p(0.45):
            self.next(TV_DEV, "tv_dev")


def generate_session(seed: int, target: int) -> tuple[Phone89, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.12, s.rete_block),
        (0.12, s.infi_block),
        (0.11, s.curva_block),
        (0.11, s.onda_block),
        (0.09, s.radio_block),
        (0.13, s.banca_block),
        (0.11, s.telco_block),
        (0.12, s.cuori_block),
        (0.09, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
