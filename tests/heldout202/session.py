"""The script of the set-202 session: a working day of a Paraguayan logistics and
agro company's staff phones (the driver's app, PTT radio and MDM agent in Ciudad
del Este; the warehouse supervisor's scanner app, ops dashboard and CCTV viewer
in Asunción; the HQ face punch-clock kiosk and the CDE depot's push-protocol
attendance terminal; the ranch vet's cattle app in the Chaco; an analyst's own
phone with a streaming app and his bank), with ordinary background traffic in
between. Most of it is look-alike ordinary traffic (a precision stress set);
sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    banco,
    deposito,
    flota,
    kiosco,
    mdm,
    mymba,
    nandetv,
    radio,
    reloj,
    tape,
    vigia,
)
from .phone import Staff202

START = 1733137200.0  # 2024-12-02T11:00:00Z (08:00 in Asunción)

Gen = Callable[[Context], Flow]

NTV_VIEW: list[Gen] = [
    nandetv.npaw_start,
    nandetv.progreso,
    nandetv.npaw_ping,
    nandetv.ga4_video,
    nandetv.opaque_beacon,
    nandetv.seguir_viendo,
    nandetv.npaw_stop,
    lambda c: nandetv.ga4_video(c, "video_complete"),
    nandetv.progreso,
    nandetv.opaque_beacon,
]
NTV_DEV: list[Gen] = [
    nandetv.appsflyer_event,
    nandetv.rtb_bid,
    nandetv.config_opaque,
    nandetv.ga4_screen,
    nandetv.rtb_bid,
    nandetv.appsflyer_launch,
]
BANK_BIO: list[Gen] = [
    banco.onfido_live_photo,
    banco.prueba_vida,
    banco.onfido_live_video,
    banco.onfido_live_photo,
]
BANK_DEV: list[Gen] = [banco.saldo_opaque, banco.vincular, banco.saldo_opaque]
KIOSK_BIO: list[Gen] = [
    kiosco.marcar_foto,
    kiosco.marcar_foto,
    kiosco.marcar_opaque,
    kiosco.enrolar_vector,
    kiosco.marcar_foto,
]
ZK: list[Gen] = [
    reloj.getrequest,
    reloj.attlog,
    reloj.attphoto,
    reloj.getrequest,
    reloj.operlog_face,
    reloj.attlog,
    reloj.devicecmd,
    reloj.biodata,
]
MDM_DEV: list[Gen] = [mdm.checkin, mdm.estado_opaque]
TAPE_DEV: list[Gen] = [tape.tembiapo_opaque, tape.vincular]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Staff202.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            mdm.checkin(c),
            tape.vincular(c),
            reloj.opciones(c),
            kiosco.registrar(c),
            kiosco.marcar_foto(c),
            kiosco.config(c),
            nandetv.registrar(c),
            nandetv.appsflyer_launch(c),
            nandetv.npaw_start(c),
            banco.vincular(c),
            banco.onfido_live_photo(c),
            background.clima(c),
            flota.unidades(c),
            deposito.escaneo(c),
            mymba.lecturas(c),
        ]

    def tape_block(self) -> None:
        self.some(
            [
                (0.8, tape.posicion),
                (0.5, tape.posicion),
                (0.3, tape.remito_foto),
                (0.15, tape.combustible),
                (0.25, tape.espera_aduana),
                (0.15, tape.checklist),
                (0.2, tape.ruta),
            ]
        )
        if self.p(0.07):
            self.next(TAPE_DEV, "tape_dev")

    def flota_block(self) -> None:
        self.some(
            [
                (0.6, flota.unidades),
                (0.35, flota.unidad),
                (0.3, flota.reproduccion),
                (0.3, flota.alertas),
                (0.25, flota.resumen),
            ]
        )

    def deposito_block(self) -> None:
        self.some(
            [
                (0.8, deposito.escaneo),
                (0.5, deposito.escaneo),
                (0.35, deposito.picking),
                (0.3, deposito.cronometro_carga),
                (0.15, deposito.recepcion),
                (0.2, deposito.etiqueta),
                (0.25, deposito.catalogo),
                (0.1, deposito.garantia),
            ]
        )

    def mymba_block(self) -> None:
        self.some(
            [
                (0.8, mymba.lecturas),
                (0.3, mymba.vacunacion),
                (0.15, mymba.guia_traslado),
                (0.12, mymba.hocico),
                (0.2, mymba.clima_campo),
            ]
        )

    def kiosco_block(self) -> None:
        self.some(
            [
                (0.4, kiosco.marcaciones_hoy),
                (0.2, kiosco.funcionarios),
                (0.15, kiosco.config),
                (0.4, kiosco.salud),
            ]
        )
        if self.p(0.6):
            self.next(KIOSK_BIO, "kiosk_bio")

    def reloj_block(self) -> None:
        self.next(ZK, "zk")

    def vigia_block(self) -> None:
        self.some(
            [
                (0.4, vigia.camaras),
                (0.5, vigia.eventos),
                (0.5, vigia.reproducir),
                (0.3, vigia.clip),
                (0.3, vigia.captura),
                (0.25, vigia.ptz),
            ]
        )

    def radio_block(self) -> None:
        self.some(
            [
                (0.7, radio.subir),
                (0.5, radio.bajar),
                (0.3, radio.presencia),
                (0.15, radio.canales),
                (0.05, radio.sos),
            ]
        )

    def ntv_block(self) -> None:
        self.some(
            [
                (0.4, nandetv.cartelera),
                (0.6, nandetv.hls_segment),
                (0.5, nandetv.hls_segment),
                (0.3, nandetv.fixture),
                (0.2, nandetv.guia),
                (0.15, nandetv.mas_vistos),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.7) else 0):
            self.next(NTV_VIEW, "ntv_view")
        if self.p(0.3):
            self.next(NTV_DEV, "ntv_dev")

    def banco_block(self) -> None:
        self.some(
            [
                (0.6, banco.cotizacion),
                (0.3, banco.transferencia),
                (0.25, banco.pago_ande),
                (0.2, banco.kyc_form),
                (0.2, banco.onfido_document_back),
            ]
        )
        if self.p(0.35):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.25):
            self.next(BANK_DEV, "bank_dev")

    def mdm_block(self) -> None:
        self.some([(0.5, mdm.politicas), (0.3, mdm.catalogo_apps)])
        if self.p(0.5):
            self.next(MDM_DEV, "mdm_dev")


def generate_session(seed: int, target: int) -> tuple[Staff202, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.tape_block),
        (0.1, s.flota_block),
        (0.14, s.deposito_block),
        (0.09, s.mymba_block),
        (0.07, s.kiosco_block),
        (0.035, s.reloj_block),
        (0.08, s.vigia_block),
        (0.09, s.radio_block),
        (0.1, s.ntv_block),
        (0.06, s.banco_block),
        (0.04, s.mdm_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
