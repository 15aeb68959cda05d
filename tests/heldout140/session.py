"""The script of the set-140 session: the family's devices in Mexico City,
Guadalajara and Buenos Aires over a day (streaming, cable TV, radio, music,
audiobooks, a fintech onboarding, a bank call, delivery, dating, kids' videos,
the smart TV's ACR and the smartwatch), with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a small
set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    audiolibros,
    background,
    banco,
    billetera,
    cablevision,
    flechazo,
    mandadito,
    musica,
    novelaplay,
    pequeflix,
    radio,
    reloj,
    sdks,
    tv,
)
from .phone import Phone140

START = 1733054400.0  # 2024-12-01T12:00:00Z (06:00 in Mexico City)

Gen = Callable[[Context], Flow]

NOVELA_VIEW: list[Gen] = [
    novelaplay.progreso,
    novelaplay.ssai_beacon,
    novelaplay.latido_futbol,
    novelaplay.comscore_capitulo,
    novelaplay.seguir_viendo,
    novelaplay.beacon_opaco,
    novelaplay.progreso,
    novelaplay.cast_dongle,
]
NOVELA_DEV: list[Gen] = [
    sdks.appsflyer_launch,
    novelaplay.ssai_sesion,
    novelaplay.registrar_dispositivo,
    novelaplay.af_contenido,
]
CABLE_VIEW: list[Gen] = [
    cablevision.zapping_log,
    cablevision.ahora_en_vivo,
    cablevision.zapping_viejo,
    cablevision.zapping_log,
]
TV_VIEW: list[Gen] = [tv.acr_reporte, tv.acr_reporte, tv.acr_empaquetado]
RADIO_VIEW: list[Gen] = [radio.escucha, radio.historial, radio.escucha_opaca, radio.escucha]
RADIO_DEV: list[Gen] = [radio.firebase, radio.comscore, radio.stream]
MUSICA_VIEW: list[Gen] = [musica.reproducciones, musica.reproducciones, musica.cola_offline]
LIBROS_VIEW: list[Gen] = [
    audiolibros.progreso_audio,
    audiolibros.estante,
    audiolibros.progreso_audio,
    audiolibros.sync_opaco,
]
PAMPA_BIO: list[Gen] = [
    billetera.incode_selfie,
    billetera.incode_ine,
    billetera.incode_match,
    billetera.validacion_renaper,
    billetera.prueba_vida,
    billetera.plantilla_facial,
]
BANCO_BIO: list[Gen] = [
    banco.verificar_voz,
    banco.enrolar_voz,
    banco.embedding_locutor,
    banco.verificar_voz,
    banco.verificar_opaco,
    banco.plantilla_opaca,
]
CITAS_BIO: list[Gen] = [
    flechazo.verificar_selfie,
    flechazo.puntos_rostro,
    flechazo.selfie_reintento,
    flechazo.verificar_selfie,
]
KIDS_VIEW: list[Gen] = [pequeflix.episodio_visto, pequeflix.que_vio_hoy, pequeflix.ping]
RELOJ_DEV: list[Gen] = [reloj.firmware, reloj.keepalive, reloj.vincular]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone140.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            sdks.appsflyer_launch(c),
            novelaplay.registrar_dispositivo(c),
            cablevision.login_tve(c),
            tv.registro_tv(c),
            reloj.vincular(c),
            flechazo.instalacion(c),
            banco.vincular_dispositivo(c),
            billetera.riesgo_dispositivo(c),
            mandadito.sesion(c),
            background.hora(c),
        ]

    def novela_block(self) -> None:
        self.some(
            [
                (0.6, novelaplay.carrusel),
                (0.5, novelaplay.miniatura),
                (0.4, novelaplay.miniatura),
                (0.4, novelaplay.manifiesto),
                (0.25, novelaplay.mas_vistos),
                (0.3, novelaplay.marcador),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(NOVELA_VIEW, "novela_view")
        if self.p(0.35):
            self.next(NOVELA_DEV, "novela_dev")

    def cable_block(self) -> None:
        self.some(
            [
                (0.6, cablevision.guia),
                (0.3, cablevision.rating_canales),
                (0.1, cablevision.control_parental),
                (0.2, cablevision.retargetly),
                (0.05, cablevision.login_tve),
            ]
        )
        if self.p(0.8):
            self.next(CABLE_VIEW, "cable_view")

    def tv_block(self) -> None:
        self.some([(0.4, tv.clima_widget), (0.3, tv.tendencias), (0.08, tv.registro_tv)])
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")

    def radio_block(self) -> None:
        self.some([(0.6, radio.ahora_suena), (0.3, radio.stream)])
        if self.p(0.75):
            self.next(RADIO_VIEW, "radio_view")
        if self.p(0.4):
            self.next(RADIO_DEV, "radio_dev")

    def musica_block(self) -> None:
        self.some(
            [(0.5, musica.buscar), (0.3, musica.top50), (0.4, musica.para_vos), (0.3, musica.letra)]
        )
        if self.p(0.75):
            self.next(MUSICA_VIEW, "musica_view")

    def libros_block(self) -> None:
        self.some(
            [
                (0.5, audiolibros.capitulo_audio),
                (0.4, audiolibros.progreso_lectura),
                (0.3, audiolibros.catalogo),
            ]
        )
        if self.p(0.75):
            self.next(LIBROS_VIEW, "libros_view")

    def pampa_block(self) -> None:
        self.some(
            [
                (0.5, billetera.cotizaciones),
                (0.5, billetera.movimientos),
                (0.25, billetera.ocr_dni),
                (0.15, billetera.alta_formulario),
                (0.2, billetera.riesgo_dispositivo),
            ]
        )
        if self.p(0.7):
            self.next(PAMPA_BIO, "pampa_bio")

    def banco_block(self) -> None:
        self.some(
            [
                (0.4, banco.transcribir),
                (0.4, banco.sucursales),
                (0.15, banco.congelar_tarjeta),
                (0.15, banco.vincular_dispositivo),
            ]
        )
        if self.p(0.75):
            self.next(BANCO_BIO, "banco_bio")

    def mandado_block(self) -> None:
        self.some(
            [
                (0.7, mandadito.restaurantes),
                (0.4, mandadito.pedido),
                (0.6, mandadito.rastreo),
                (0.4, mandadito.rastreo),
                (0.3, mandadito.adjust),
                (0.15, mandadito.sesion),
            ]
        )

    def citas_block(self) -> None:
        self.some([(0.7, flechazo.mazo), (0.6, flechazo.like), (0.2, flechazo.foto_perfil)])
        if self.p(0.6):
            self.next(CITAS_BIO, "citas_bio")

    def kids_block(self) -> None:
        self.some(
            [(0.5, pequeflix.catalogo), (0.7, pequeflix.miniatura), (0.4, pequeflix.miniatura)]
        )
        if self.p(0.75):
            self.next(KIDS_VIEW, "kids_view")

    def reloj_block(self) -> None:
        self.some([(0.8, reloj.salud_sync)])
        if self.p(0.6):
            self.next(RELOJ_DEV, "reloj_dev")


def generate_session(seed: int, target: int) -> tuple[Phone140, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.novela_block),
        (0.09, s.cable_block),
        (0.08, s.tv_block),
        (0.08, s.radio_block),
        (0.08, s.musica_block),
        (0.07, s.libros_block),
        (0.09, s.pampa_block),
        (0.07, s.banco_block),
        (0.08, s.mandado_block),
        (0.07, s.citas_block),
        (0.08, s.kids_block),
        (0.06, s.reloj_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
