"""The script of the set-165 session: a Madrid / Barcelona household uses its
apps in turn (public broadcasters, pay TV with LaLiga, the TV's ACR, music,
podcasts on the iPhone, the bank, the ID app, food delivery), with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    banco,
    decoplus,
    identigob,
    ondas,
    playvision,
    rapido,
    ritmo,
    sintonia,
    tvacr,
)
from .phone import Hogar165

START = 1731657600.0  # 2024-11-15T08:00:00Z

Gen = Callable[[Context], Flow]

PV_VIEW: list[Gen] = [
    playvision.progreso,
    playvision.comscore,
    playvision.seguir_viendo,
    playvision.progreso,
    playvision.progreso_lote_opaco,
    playvision.comscore,
]
SINT_VIEW: list[Gen] = [
    sintonia.temps_vist,
    sintonia.continuar_veient,
    sintonia.canvi_emissora,
    sintonia.temps_vist,
    sintonia.balisa_compacta,
]
DECO_VIEW: list[Gen] = [
    decoplus.latido_partido,
    decoplus.registro_zapping,
    decoplus.historial,
    decoplus.latido_partido,
]
DECO_DEV: list[Gen] = [decoplus.estado_deco, decoplus.keepalive_opaco, decoplus.vincular_deco]
TV_VIEW: list[Gen] = [tvacr.acr_coincidencias, tvacr.acr_coincidencias, tvacr.acr_compacto]
RITMO_VIEW: list[Gen] = [
    ritmo.reproducciones,
    ritmo.recientes,
    ritmo.reproducciones,
    ritmo.lote_msgpack,
]
RITMO_DEV: list[Gen] = [ritmo.modo_coche, ritmo.auriculares, ritmo.firebase_instalacion]
ONDAS_VIEW: list[Gen] = [
    ondas.progreso_episodio,
    ondas.sintonizacion_radio,
    ondas.historial_escuchas,
    ondas.progreso_episodio,
    ondas.sync_protobuf,
]
ONDAS_DEV: list[Gen] = [ondas.adjust_sesion, ondas.alta_ios]
BANCO_BIO: list[Gen] = [
    banco.selfie_facephi,
    banco.plantilla_facial,
    banco.selfie_facephi,
    banco.selfie_cifrado,
]
BANCO_DEV: list[Gen] = [banco.alta_dispositivo, banco.riesgo_opaco]
GOB_BIO: list[Gen] = [
    identigob.cotejo_facial,
    identigob.alta_voz,
    identigob.verificar_voz,
    identigob.verificar_voz,
    identigob.verificar_voz_opaco,
]
RAPIDO_DEV: list[Gen] = [
    rapido.appsflyer,
    rapido.adjust,
    rapido.firebase_analytics,
    rapido.appsflyer,
    rapido.ids_opacos,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Hogar165.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            playvision.registro_dispositivo(c),
            sintonia.alta_dispositiu(c),
            decoplus.vincular_deco(c),
            tvacr.registro_tv(c),
            ritmo.firebase_instalacion(c),
            ondas.alta_ios(c),
            banco.alta_dispositivo(c),
            identigob.registro_dispositivo(c),
            rapido.appsflyer(c),
            background.hora(c),
        ]

    def playvision_block(self) -> None:
        self.some(
            [
                (0.7, playvision.catalogo),
                (0.6, playvision.manifiesto),
                (0.6, playvision.miniatura),
                (0.5, playvision.miniatura),
                (0.3, playvision.lo_mas_visto),
                (0.3, playvision.parrilla),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(PV_VIEW, "pv_view")

    def sintonia_block(self) -> None:
        self.some(
            [
                (0.5, sintonia.cerca),
                (0.4, sintonia.mes_vistos),
                (0.4, sintonia.subtitols),
                (0.05, sintonia.alta_dispositiu),
            ]
        )
        if self.p(0.8):
            self.next(SINT_VIEW, "sint_view")

    def deco_block(self) -> None:
        self.some(
            [
                (0.6, decoplus.marcador),
                (0.4, decoplus.clasificacion),
                (0.5, decoplus.mando),
                (0.4, decoplus.mando),
                (0.3, decoplus.guia),
            ]
        )
        if self.p(0.8):
            self.next(DECO_VIEW, "deco_view")
        if self.p(0.35):
            self.next(DECO_DEV, "deco_dev")

    def tv_block(self) -> None:
        self.some([(0.3, tvacr.tienda_apps), (0.3, tvacr.tiempo_tv), (0.05, tvacr.registro_tv)])
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")

    def ritmo_block(self) -> None:
        self.some([(0.5, ritmo.lo_mas_escuchado), (0.4, ritmo.letra), (0.5, ritmo.buscar)])
        if self.p(0.8):
            self.next(RITMO_VIEW, "ritmo_view")
        if self.p(0.35):
            self.next(RITMO_DEV, "ritmo_dev")

    def ondas_block(self) -> None:
        self.some([(0.4, ondas.ranking), (0.6, ondas.descarga_episodio)])
        if self.p(0.8):
            self.next(ONDAS_VIEW, "ondas_view")
        if self.p(0.3):
            self.next(ONDAS_DEV, "ondas_dev")

    def banco_block(self) -> None:
        self.some(
            [
                (0.6, banco.movimientos),
                (0.4, banco.cotizaciones),
                (0.3, banco.cajeros),
                (0.15, banco.ocr_dni),
            ]
        )
        if self.p(0.55):
            self.next(BANCO_BIO, "banco_bio")
        if self.p(0.4):
            self.next(BANCO_DEV, "banco_dev")

    def gob_block(self) -> None:
        self.some(
            [(0.4, identigob.dictado), (0.25, identigob.formulario), (0.4, identigob.cita_previa)]
        )
        if self.p(0.75):
            self.next(GOB_BIO, "gob_bio")

    def rapido_block(self) -> None:
        self.some(
            [(0.6, rapido.restaurantes), (0.4, rapido.pedido), (0.5, rapido.seguimiento_rider)]
        )
        if self.p(0.7):
            self.next(RAPIDO_DEV, "rapido_dev")


def generate_session(seed: int, target: int) -> tuple[Hogar165, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.playvision_block),
        (0.11, s.sintonia_block),
        (0.12, s.deco_block),
        (0.09, s.tv_block),
        (0.11, s.ritmo_block),
        (0.10, s.ondas_block),
        (0.11, s.banco_block),
        (0.09, s.gob_block),
        (0.13, s.rapido_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
