"""The script of the set-177 session: a family in Lima, Arequipa and Cusco uses
its apps in turn (streaming, cumbia radio, the Quechua / Aymara lesson channel,
the rosary app, the bank, the wallet, a ride app, the mototaxi tracker, food
delivery, the smartwatch companion) while the smart TV and the cable decoder
report from the living room, with ordinary background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    banco,
    chasqui,
    jalo,
    misa,
    qullqi,
    radio,
    rastreo,
    reloj,
    solplay,
    tv,
    yachay,
)
from .phone import Phone177

START = 1753977600.0  # 2025-07-31T16:00:00Z, 11:00 in Lima (Fiestas Patrias week)

Gen = Callable[[Context], Flow]

SOL_VIEW: list[Gen] = [
    solplay.progreso,
    solplay.youbora,
    solplay.sigue_viendo,
    solplay.latido_vivo,
    solplay.resumen_opaco,
    lambda c: solplay.youbora(c, "ping"),
    solplay.progreso,
    solplay.latido_vivo,
]
RADIO_VIEW: list[Gen] = [
    radio.escucha,
    radio.sintonia,
    radio.appsflyer_escucha,
    radio.cola_offline,
    radio.escucha,
    radio.sintonia,
]
YACHAY_VIEW: list[Gen] = [
    yachay.qhawasqa,
    yachay.unjata,
    yachay.pixel,
    yachay.qhawasqakuna,
    yachay.qhawasqa,
]
MISA_VIEW: list[Gen] = [
    misa.avance,
    misa.latido_misa,
    misa.escuchados,
    misa.sync_cifrado,
    misa.avance,
]
MISA_DEV: list[Gen] = [misa.onesignal, misa.firebase_instalacion]
BANCO_BIO: list[Gen] = [
    banco.validacion_facial,
    banco.voz_verificar,
    banco.facephi_token,
    banco.vida_cifrada,
    banco.plantilla,
    banco.voz_registro,
    banco.voz_verificar,
]
BANCO_DEV: list[Gen] = [banco.vincular, banco.tipo_cambio]
QULLQI_BIO: list[Gen] = [qullqi.selfie, qullqi.rafaga_numerica, qullqi.selfie]
QULLQI_DEV: list[Gen] = [qullqi.adjust_sesion, qullqi.registro]
MOTO_DEV: list[Gen] = [rastreo.posiciones, rastreo.comando, rastreo.relay_gt06, rastreo.vincular]
RELOJ_DEV: list[Gen] = [reloj.firmware, reloj.keepalive, reloj.vincular, reloj.keepalive]
TV_VIEW: list[Gen] = [
    tv.acr,
    tv.sintonia_deco,
    tv.acr_pb,
    tv.acr,
    tv.sintonia_vieja,
    tv.sintonia_deco,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone177.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            solplay.registro(c),
            radio.appsflyer_lanzamiento(c),
            misa.firebase_instalacion(c),
            banco.vincular(c),
            qullqi.adjust_sesion(c),
            jalo.appsflyer(c),
            rastreo.vincular(c),
            reloj.vincular(c),
            tv.registro_tv(c),
            background.hora(c),
        ]

    def sol_block(self) -> None:
        self.some(
            [
                (0.6, solplay.rieles),
                (0.6, solplay.manifiesto),
                (0.7, solplay.miniatura),
                (0.4, solplay.miniatura),
                (0.35, solplay.marcador),
                (0.2, solplay.tabla),
                (0.04, solplay.registro),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(SOL_VIEW, "sol_view")

    def radio_block(self) -> None:
        self.some(
            [
                (0.6, radio.audio_stream),
                (0.5, radio.ahora_suena),
                (0.3, radio.top20),
                (0.3, radio.letra),
                (0.1, radio.appsflyer_lanzamiento),
            ]
        )
        if self.p(0.8):
            self.next(RADIO_VIEW, "radio_view")

    def yachay_block(self) -> None:
        self.some(
            [
                (0.5, yachay.yachaykuna),
                (0.7, yachay.video_file),
                (0.3, yachay.nawinchay),
                (0.2, yachay.yachachiqkuna),
                (0.1, yachay.tablet_escolar),
            ]
        )
        if self.p(0.8):
            self.next(YACHAY_VIEW, "yachay_view")

    def misa_block(self) -> None:
        self.some(
            [
                (0.5, misa.lecturas),
                (0.3, misa.horarios),
                (0.15, misa.ofrenda),
            ]
        )
        if self.p(0.8):
            self.next(MISA_VIEW, "misa_view")
        if self.p(0.2):
            self.next(MISA_DEV, "misa_dev")

    def banco_block(self) -> None:
        self.some(
            [
                (0.4, banco.transferencia),
                (0.2, banco.lectura_dni),
                (0.25, banco.asistente),
                (0.2, banco.agencias),
            ]
        )
        if self.p(0.7):
            self.next(BANCO_BIO, "banco_bio")
        if self.p(0.35):
            self.next(BANCO_DEV, "banco_dev")

    def qullqi_block(self) -> None:
        self.some(
            [
                (0.6, qullqi.pago_qr),
                (0.5, qullqi.pago_celular),
                (0.4, qullqi.movimientos),
                (0.15, qullqi.contactos),
            ]
        )
        if self.p(0.45):
            self.next(QULLQI_BIO, "qullqi_bio")
        if self.p(0.25):
            self.next(QULLQI_DEV, "qullqi_dev")

    def jalo_block(self) -> None:
        self.some(
            [
                (0.7, jalo.pedir),
                (0.5, jalo.conductor),
                (0.3, jalo.ruta),
                (0.3, jalo.calificar),
                (0.1, jalo.appsflyer),
            ]
        )

    def moto_block(self) -> None:
        self.some([(0.4, rastreo.geocerca)])
        if self.p(0.8):
            self.next(MOTO_DEV, "moto_dev")

    def chasqui_block(self) -> None:
        self.some(
            [
                (0.6, chasqui.restaurantes),
                (0.6, chasqui.menu),
                (0.7, chasqui.foto),
                (0.4, chasqui.pedido),
                (0.4, chasqui.rider),
                (0.3, chasqui.banners),
                (0.3, chasqui.clevertap),
            ]
        )

    def reloj_block(self) -> None:
        self.some([(0.7, reloj.salud), (0.2, reloj.esfera), (0.3, reloj.clima_reloj)])
        if self.p(0.6):
            self.next(RELOJ_DEV, "reloj_dev")

    def tv_block(self) -> None:
        self.some([(0.4, tv.guia), (0.25, tv.deco_estado), (0.05, tv.registro_tv)])
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")


def generate_session(seed: int, target: int) -> tuple[Phone177, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.sol_block),
        (0.11, s.radio_block),
        (0.10, s.yachay_block),
        (0.09, s.misa_block),
        (0.11, s.banco_block),
        (0.08, s.qullqi_block),
        (0.07, s.jalo_block),
        (0.05, s.moto_block),
        (0.08, s.chasqui_block),
        (0.05, s.reloj_block),
        (0.11, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
