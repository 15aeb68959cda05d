"""The script of the set-132 session: a working day of a dentist between her Madrid
and Valencia practices. Most blocks are the practice's systems (agenda, equipment,
smile design, lab, supplier, sterilisation, waiting-room screen, staff tablets);
a few are her own (continuing-education lessons, her series app, her bank). Her
sensitive events rotate through a schedule per app, readable ones first, so that
even a small sample has a readable flow of every category.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    banco,
    equipos,
    esteril,
    formacion,
    gestion,
    laboratorio,
    mdm,
    proveedor,
    sala,
    series,
    sonrisa,
)
from .phone import Phone132

START = 1764572400.0  # 2025-12-01T07:00:00Z, 08:00 in Madrid

Gen = Callable[[Context], Flow]

SONRISA_BIO: list[Gen] = [
    sonrisa.analisis_facial,
    sonrisa.analisis_facial,
    sonrisa.analisis_facial_compacto,
    sonrisa.analisis_facial,
]
BANCO_BIO: list[Gen] = [banco.selfie, banco.selfie, banco.selfie_jwe, banco.selfie]
CURSOS_VIEW: list[Gen] = [
    formacion.xapi_pausa,
    formacion.progreso_leccion,
    formacion.seguir_viendo,
    formacion.baliza_compacta,
    formacion.xapi_pausa,
    formacion.progreso_leccion,
]
SERIES_VIEW: list[Gen] = [
    series.progreso,
    series.seguir_viendo,
    series.progreso,
    series.baliza_cifrada,
    series.progreso,
]
SERIES_DEV: list[Gen] = [
    series.appsflyer_launch,
    series.firebase_bundle,
    series.appsflyer_launch,
    series.appsflyer_launch,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone132.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.hora(c),
            gestion.agenda(c),
            series.appsflyer_launch(c),
            banco.selfie(c),
            series.progreso(c),
            sala.estado_pantalla(c),
            background.aemet(c),
        ]

    def gestion_block(self) -> None:
        self.some(
            [
                (0.7, gestion.agenda),
                (0.5, gestion.ficha_paciente),
                (0.3, gestion.plan_tratamiento),
                (0.3, gestion.recordatorio_sms),
                (0.5, gestion.sincronizar),
                (0.15, gestion.firma_consentimiento),
            ]
        )

    def equipos_block(self) -> None:
        self.some(
            [
                (0.4, equipos.escaner_estado),
                (0.4, equipos.escaneo_subida),
                (0.5, equipos.sensor_rx),
                (0.25, equipos.cbct_estudio),
                (0.15, equipos.cefalometria),
                (0.4, equipos.sillon_telemetria),
                (0.3, equipos.sillon_opaco),
            ]
        )

    def sonrisa_block(self) -> None:
        for _ in range(self.rng.randint(1, 4)):
            self.flows.append(sonrisa.serie_fotos(self.ctx))
        self.some(
            [
                (0.4, sonrisa.etapas_alineadores),
                (0.4, sonrisa.mockup_render),
                (0.2, sonrisa.plantillas_sonrisa),
            ]
        )
        if self.p(0.2):
            self.next(SONRISA_BIO, "sonrisa_bio")

    def lab_block(self) -> None:
        self.some(
            [
                (0.6, laboratorio.nova_comanda),
                (0.6, laboratorio.estat_comandes),
                (0.4, laboratorio.missatge_lab),
            ]
        )

    def proveedor_block(self) -> None:
        self.some(
            [
                (0.8, proveedor.catalogo),
                (0.4, proveedor.historico_precios),
                (0.5, proveedor.buscar),
                (0.25, proveedor.pedido),
            ]
        )

    def esteril_block(self) -> None:
        self.some(
            [(0.8, esteril.ciclo), (0.3, esteril.prueba_bowie_dick), (0.4, esteril.etiquetas)]
        )

    def sala_block(self) -> None:
        self.some([(0.4, sala.playlist), (0.7, sala.proof_of_play), (0.3, sala.estado_pantalla)])

    def mdm_block(self) -> None:
        self.some(
            [
                (0.6, mdm.inventario),
                (0.2, mdm.politica),
                (0.3, mdm.ubicacion_tablet),
                (0.3, mdm.comando),
            ]
        )

    def cursos_block(self) -> None:
        self.some(
            [
                (0.6, formacion.catalogo_cursos),
                (0.7, formacion.manifiesto_vimeo),
                (0.25, formacion.cuestionario),
                (0.15, formacion.certificado),
                (0.03, formacion.registro_app),
            ]
        )
        if self.p(0.4):
            self.next(CURSOS_VIEW, "cursos_view")

    def series_block(self) -> None:
        self.some(
            [
                (0.7, series.catalogo),
                (0.8, series.poster),
                (0.5, series.poster),
                (0.5, series.manifiesto),
                (0.3, series.buscar),
            ]
        )
        if self.p(0.55):
            self.next(SERIES_VIEW, "series_view")
        if self.p(0.35):
            self.next(SERIES_DEV, "series_dev")

    def banco_block(self) -> None:
        self.some(
            [
                (0.8, banco.posicion_global),
                (0.4, banco.transferencia),
                (0.1, banco.vincular_dispositivo),
            ]
        )
        if self.p(0.3):
            self.next(BANCO_BIO, "banco_bio")


def generate_session(seed: int, target: int) -> tuple[Phone132, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.19, s.gestion_block),
        (0.15, s.equipos_block),
        (0.10, s.sonrisa_block),
        (0.07, s.lab_block),
        (0.08, s.proveedor_block),
        (0.07, s.esteril_block),
        (0.06, s.sala_block),
        (0.05, s.mdm_block),
        (0.08, s.cursos_block),
        (0.05, s.series_block),
        (0.04, s.banco_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
