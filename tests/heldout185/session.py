"""The script of the set-185 session: a family in Santiago, Valparaíso and Buenos
Aires uses its apps in turn on a Motorola and an iPhone, while the cable decoder,
the smart TV and the car talk on their own, with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a small
set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    cordillera,
    culebron,
    decodificador,
    hinchada,
    lukita,
    mirador,
    pedilo,
    ruta,
    smarttv,
    sobremesa,
    subite,
    tumbao,
)
from .phone import Phone185

START = 1732960800.0  # 2024-11-30T10:00:00Z (07:00 in Santiago)

Gen = Callable[[Context], Flow]

MIRADOR_VIEW: list[Gen] = [
    mirador.avance,
    lambda c: mirador.youbora(c, "start"),
    mirador.comscore,
    mirador.seguir_viendo,
    mirador.youbora,
    mirador.beacon_opaco,
    mirador.avance,
    lambda c: mirador.youbora(c, "stop"),
]
HINCHADA_VIEW: list[Gen] = [
    hinchada.latido,
    hinchada.af_partido_visto,
    hinchada.resumen_visto,
    hinchada.latido,
    hinchada.latido_opaco,
]
HINCHADA_DEV: list[Gen] = [hinchada.af_launch, hinchada.af_suscripcion]
TUMBAO_VIEW: list[Gen] = [tumbao.escucha, tumbao.amplitude, tumbao.escucha, tumbao.lote_protobuf]
SOBREMESA_VIEW: list[Gen] = [
    sobremesa.progreso,
    sobremesa.historial,
    sobremesa.progreso,
    sobremesa.sync_opaco,
]
SOBREMESA_DEV: list[Gen] = [sobremesa.anuncio_dai, sobremesa.instalacion, sobremesa.anuncio_dai]
CULEBRON_VIEW: list[Gen] = [
    culebron.capitulo_visto,
    culebron.mis_novelas,
    culebron.capitulo_visto,
    culebron.pixel_opaco,
]
BANCO_BIO: list[Gen] = [
    cordillera.selfie,
    cordillera.voz_verificar,
    cordillera.voz_enrolar,
    cordillera.selfie_video,
    cordillera.voz_opaca,
    cordillera.voz_verificar,
]
BANCO_DEV: list[Gen] = [cordillera.enrolar_dispositivo, cordillera.riesgo_opaco]
LUKITA_DEV: list[Gen] = [
    lukita.adjust_sesion,
    lukita.refrescar_token,
    lukita.equipos,
    lukita.riesgo,
    lukita.vincular_reloj,
]
LUKITA_BIO: list[Gen] = [lukita.prueba_de_vida, lukita.prueba_de_vida, lukita.rostro_opaco]
DECO_VIEW: list[Gen] = [
    decodificador.sintonia,
    decodificador.sintonia,
    decodificador.sintonia_opaca,
]
DECO_DEV: list[Gen] = [decodificador.latido, decodificador.registro]
TV_VIEW: list[Gen] = [smarttv.acr_reporte, smarttv.acr_reporte, smarttv.huellas]
TV_DEV: list[Gen] = [smarttv.config, smarttv.registro]
RUTA_DEV: list[Gen] = [ruta.estado, ruta.comando, ruta.ping_opaco, ruta.estado, ruta.vincular]
RUTA_VIEW: list[Gen] = [ruta.radio_historial]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone185.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.conectividad(c),
            mirador.firebase_instalacion(c),
            hinchada.af_launch(c),
            sobremesa.instalacion(c),
            cordillera.enrolar_dispositivo(c),
            lukita.vincular_reloj(c),
            pedilo.braze(c),
            decodificador.registro(c),
            smarttv.registro(c),
            ruta.vincular(c),
            background.clima(c),
        ]

    def mirador_block(self) -> None:
        self.some(
            [
                (0.5, mirador.lo_mas_visto),
                (0.5, mirador.parrilla),
                (0.6, mirador.manifiesto),
                (0.7, mirador.miniatura),
                (0.5, mirador.miniatura),
                (0.04, mirador.firebase_instalacion),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(MIRADOR_VIEW, "mirador_view")

    def hinchada_block(self) -> None:
        self.some(
            [
                (0.6, hinchada.marcador),
                (0.4, hinchada.posiciones),
                (0.7, hinchada.segmento),
                (0.5, hinchada.segmento),
            ]
        )
        if self.p(0.8):
            self.next(HINCHADA_VIEW, "hinchada_view")
        if self.p(0.3):
            self.next(HINCHADA_DEV, "hinchada_dev")

    def tumbao_block(self) -> None:
        self.some(
            [
                (0.4, tumbao.ranking),
                (0.35, tumbao.letra),
                (0.25, tumbao.forma_onda),
                (0.7, tumbao.audio),
                (0.2, tumbao.playlist_nueva),
                (0.3, tumbao.amplitude_busqueda),
            ]
        )
        if self.p(0.8):
            self.next(TUMBAO_VIEW, "tumbao_view")

    def sobremesa_block(self) -> None:
        self.some(
            [
                (0.5, sobremesa.descarga),
                (0.3, sobremesa.transcripcion),
                (0.3, sobremesa.busqueda),
                (0.2, sobremesa.suscribir),
            ]
        )
        if self.p(0.75):
            self.next(SOBREMESA_VIEW, "sobremesa_view")
        if self.p(0.3):
            self.next(SOBREMESA_DEV, "sobremesa_dev")

    def culebron_block(self) -> None:
        self.some(
            [
                (0.5, culebron.rating),
                (0.6, culebron.elenco),
                (0.4, culebron.elenco),
                (0.2, culebron.favorita),
                (0.3, culebron.resumen_leido),
            ]
        )
        if self.p(0.8):
            self.next(CULEBRON_VIEW, "culebron_view")

    def banco_block(self) -> None:
        self.some(
            [
                (0.5, cordillera.cartola),
                (0.35, cordillera.dolar),
                (0.25, cordillera.carnet_ocr),
                (0.2, cordillera.formulario),
                (0.25, cordillera.dictado),
            ]
        )
        if self.p(0.75):
            self.next(BANCO_BIO, "banco_bio")
        if self.p(0.3):
            self.next(BANCO_DEV, "banco_dev")

    def lukita_block(self) -> None:
        self.some(
            [
                (0.5, lukita.pago_qr),
                (0.4, lukita.transferencia),
                (0.5, lukita.cotizacion),
                (0.15, lukita.sticker),
            ]
        )
        if self.p(0.4):
            self.next(LUKITA_BIO, "lukita_bio")
        if self.p(0.6):
            self.next(LUKITA_DEV, "lukita_dev")

    def pedilo_block(self) -> None:
        self.some(
            [
                (0.6, pedilo.locales),
                (0.7, pedilo.foto_plato),
                (0.5, pedilo.foto_plato),
                (0.4, pedilo.vistos_recientemente),
                (0.35, pedilo.pedido),
                (0.45, pedilo.seguimiento),
                (0.2, pedilo.calificar),
                (0.1, pedilo.registro_push),
                (0.3, pedilo.braze),
            ]
        )

    def subite_block(self) -> None:
        self.some(
            [
                (0.6, subite.cotizar),
                (0.4, subite.conductor),
                (0.3, subite.scooter),
                (0.4, subite.ruta),
                (0.3, subite.tarifa_dinamica),
                (0.45, subite.segment),
            ]
        )

    def deco_block(self) -> None:
        self.some(
            [
                (0.5, decodificador.parrilla),
                (0.3, decodificador.rating_en_vivo),
                (0.15, decodificador.firmware),
            ]
        )
        if self.p(0.8):
            self.next(DECO_VIEW, "deco_view")
        if self.p(0.35):
            self.next(DECO_DEV, "deco_dev")

    def tv_block(self) -> None:
        self.some([(0.4, smarttv.arte), (0.3, smarttv.tienda), (0.2, smarttv.imagen)])
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def ruta_block(self) -> None:
        self.some([(0.5, ruta.viajes), (0.35, ruta.bencina), (0.3, ruta.asistente)])
        if self.p(0.7):
            self.next(RUTA_DEV, "ruta_dev")
        if self.p(0.3):
            self.next(RUTA_VIEW, "ruta_view")


def generate_session(seed: int, target: int) -> tuple[Phone185, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.11, s.mirador_block),
        (0.10, s.hinchada_block),
        (0.09, s.tumbao_block),
        (0.08, s.sobremesa_block),
        (0.07, s.culebron_block),
        (0.10, s.banco_block),
        (0.07, s.lukita_block),
        (0.08, s.pedilo_block),
        (0.07, s.subite_block),
        (0.08, s.deco_block),
        (0.08, s.tv_block),
        (0.07, s.ruta_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
