"""The script of the set-101 session: the grandmother's family uses seven apps
on a Redmi Note 13 (streaming, lucha libre / football, music, community radio,
a bank, a telco, a ride-hailing driver app) and the Hisense VIDAA TV, with
background traffic in between. Sensitive events rotate through per-app
schedules so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import analytics, background, banco, lucha, musica, radio, ride, streaming, telco, tv
from .phone import Phone101

START = 1732953600.0  # 2024-11-30T08:00:00Z
Gen = Callable[[Context], Flow]

VIX_VIEW: list[Gen] = [
    streaming.viendo,
    streaming.ya_lo_vi,
    streaming.seguir_viendo,
    analytics.ga4_video,
    streaming.beacon_opaque,
    streaming.viendo,
]
LUCHA_VIEW: list[Gen] = [lucha.heartbeat, lucha.meter, analytics.comscore, lucha.heartbeat]
MUSIC_VIEW: list[Gen] = [musica.escuchado, musica.clevertap, musica.escuchado, musica.listen_opaque]
RADIO_VIEW: list[Gen] = [radio.escuchado, radio.tatabej, radio.uuy, radio.escuchado]
BANK_BIO: list[Gen] = [
    banco.incode_face,
    banco.metamap_selfie,
    banco.selphi_template,
    banco.incode_face,
    banco.prueba_vida_opaque,
]
TELCO_BIO: list[Gen] = [
    telco.verificar_voz,
    telco.enrolar_voz,
    telco.verificar_voz,
    telco.voz_opaque,
]
RIDE_BIO: list[Gen] = [
    ride.selfie_landmarks,
    ride.rekognition,
    ride.selfie_upload,
    ride.selfie_landmarks,
]
TV_VIEW: list[Gen] = [tv.acr, tv.acr, tv.acr_opaque]
DEV: list[Gen] = [
    analytics.appsflyer,
    analytics.adjust,
    streaming.registro_equipo,
    banco.dispositivo,
    telco.registro,
    tv.ad_beacon,
    analytics.ga4_purchase,
    lucha.ima_ad,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone101.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            analytics.appsflyer(c),
            streaming.registro_equipo(c),
            banco.dispositivo(c),
            telco.registro(c),
            tv.ad_beacon(c),
        ]

    def block(
        self, decoys: list[tuple[float, Gen]], schedule: list[Gen], key: str, prob: float
    ) -> None:
        self.some(decoys)
        for _ in range(self.rng.randint(1, 2) if self.p(prob) else 0):
            self.next(schedule, key)
        if self.p(0.3):
            self.next(DEV, "dev")

    def vix(self) -> None:
        self.block(
            [(0.6, streaming.catalogo), (0.7, streaming.miniatura), (0.3, streaming.buscar)],
            VIX_VIEW,
            "vix",
            0.85,
        )

    def lucha(self) -> None:
        self.block(
            [(0.6, lucha.marcador), (0.3, lucha.tabla), (0.3, lucha.ima_ad)],
            LUCHA_VIEW,
            "lucha",
            0.85,
        )

    def musica(self) -> None:
        self.block([(0.5, musica.charts), (0.3, musica.letra)], MUSIC_VIEW, "musica", 0.8)

    def radio(self) -> None:
        self.block(
            [(0.4, radio.programacion), (0.7, radio.stream_chunk), (0.1, radio.donativo)],
            RADIO_VIEW,
            "radio",
            0.8,
        )

    def banco(self) -> None:
        self.block(
            [(0.6, banco.saldo), (0.3, banco.transferencia), (0.15, banco.alta_form)],
            BANK_BIO,
            "banco",
            0.7,
        )

    def telco(self) -> None:
        self.block(
            [(0.3, telco.dictado), (0.3, telco.recarga), (0.4, telco.consumo)],
            TELCO_BIO,
            "telco",
            0.7,
        )

    def ride(self) -> None:
        self.block(
            [(0.7, ride.gps), (0.4, ride.tarifas), (0.3, ride.mapa_camara)], RIDE_BIO, "ride", 0.7
        )

    def tv(self) -> None:
        self.block([(0.5, tv.epg), (0.15, tv.firmware)], TV_VIEW, "tv", 0.8)


def generate_session(seed: int, target: int) -> tuple[Phone101, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.vix),
        (0.13, s.lucha),
        (0.11, s.musica),
        (0.1, s.radio),
        (0.14, s.banco),
        (0.12, s.telco),
        (0.13, s.ride),
        (0.12, s.tv),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
