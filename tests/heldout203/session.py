"""The script of the set-203 session: one Mexican family's devices in turn (papá's
fintech and lucha libre / boxing PPV apps and the ISP's TV box in Monterrey;
mamá's telenovela / Liga MX streamer; the hija's norteño music app and ACR
smart TV in Guadalajara, the abuelo's radio on an old phone; the primo's
ride-hailing driver app in Houston), with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a
small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, decobox, lana, norteno, novelas, pantalla, ppv, rueda
from .phone import Familia203

START = 1733065200.0  # 2024-12-01T15:00:00Z (09:00 in Monterrey)

Gen = Callable[[Context], Flow]

NOVELA_VIEW: list[Gen] = [
    novelas.progreso,
    novelas.beacon_opaco,
    novelas.comscore,
    novelas.ga4_video,
    novelas.partido_latido,
    novelas.seguir_viendo,
    novelas.adjust_evento,
    novelas.comscore,
    lambda c: novelas.ga4_video(c, "video_complete"),
    novelas.progreso,
    novelas.historial,
    novelas.partido_latido,
]
NOVELA_DEV: list[Gen] = [
    novelas.adjust_session,
    novelas.registrar_dispositivo,
    novelas.ga4_screen,
    novelas.firebase_installation,
]
PPV_VIEW: list[Gen] = [
    ppv.latido,
    ppv.ping_gif,
    lambda c: ppv.meta_eventos(c, True),
    ppv.mis_repeticiones,
    ppv.latido,
]
PPV_DEV: list[Gen] = [
    ppv.ima_preroll,
    ppv.appsflyer_launch,
    ppv.appsflyer_compra,
    lambda c: ppv.meta_eventos(c, False),
    ppv.ima_preroll,
]
NORTE_VIEW: list[Gen] = [
    norteno.escucha,
    norteno.radio_sesion,
    norteno.lote_opaco,
    norteno.recientes,
    norteno.escucha,
    norteno.radio_sesion,
]
NORTE_DEV: list[Gen] = [
    norteno.rtb_audio,
    norteno.config_opaca,
    norteno.appsflyer_launch,
    norteno.registro_abuelo,
    norteno.rtb_audio,
]
LANA_BIO: list[Gen] = [
    lana.login_facial,
    lana.login_protobuf,
    lana.incode_selfie,
    lana.enrolar_rostro,
    lana.login_facial,
    lana.prueba_vida,
]
LANA_DEV: list[Gen] = [lana.vincular, lana.saldo, lana.saldo]
RUEDA_BIO: list[Gen] = [
    rueda.rekognition_compare,
    rueda.selfie_opaca,
    rueda.selfie_backend,
    rueda.rekognition_compare,
]
RUEDA_DEV: list[Gen] = [rueda.iniciar_turno, rueda.registro]
BOX_VIEW: list[Gen] = [
    decobox.cambio_canal,
    decobox.qos_opaco,
    decobox.cambio_canal,
    decobox.continuar_viendo,
]
BOX_OTHER: list[Gen] = [
    decobox.canales,
    decobox.epg,
    decobox.firmware,
    decobox.pin_parental,
    decobox.auth,
]
TV_VIEW: list[Gen] = [
    pantalla.acr_coincidencias,
    pantalla.acr_opaco,
    pantalla.resumen,
    pantalla.acr_coincidencias,
]
TV_DEV: list[Gen] = [pantalla.red, pantalla.registrar]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Familia203.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            novelas.firebase_installation(c),
            novelas.registrar_dispositivo(c),
            novelas.adjust_session(c),
            ppv.appsflyer_launch(c),
            norteno.appsflyer_launch(c),
            norteno.registro_abuelo(c),
            lana.vincular(c),
            lana.incode_start(c),
            rueda.registro(c),
            decobox.auth(c),
            pantalla.registrar(c),
            background.clima(c),
        ]

    def novela_block(self) -> None:
        self.some(
            [
                (0.5, novelas.catalogo),
                (0.7, novelas.hls_segmento),
                (0.5, novelas.hls_segmento),
                (0.25, novelas.buscar),
                (0.2, novelas.mas_vistas),
                (0.2, novelas.guia),
                (0.2, novelas.tabla_general),
                (0.25, novelas.partidos_hoy),
                (0.1, novelas.mi_lista),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(NOVELA_VIEW, "novela_view")
        if self.p(0.3):
            self.next(NOVELA_DEV, "novela_dev")

    def ppv_block(self) -> None:
        self.some(
            [
                (0.5, ppv.cartelera),
                (0.3, ppv.resultados),
                (0.2, ppv.ranking),
                (0.15, ppv.comprar),
            ]
        )
        if self.p(0.75):
            self.next(PPV_VIEW, "ppv_view")
        if self.p(0.45):
            self.next(PPV_DEV, "ppv_dev")

    def norte_block(self) -> None:
        self.some(
            [
                (0.7, norteno.audio_chunk),
                (0.4, norteno.ahora_suena),
                (0.3, norteno.top),
                (0.25, norteno.letra),
                (0.15, norteno.podcasts),
            ]
        )
        if self.p(0.75):
            self.next(NORTE_VIEW, "norte_view")
        if self.p(0.35):
            self.next(NORTE_DEV, "norte_dev")

    def lana_block(self) -> None:
        self.some(
            [
                (0.5, lana.movimientos),
                (0.3, lana.spei),
                (0.15, lana.kyc_datos),
                (0.12, lana.comprobante_domicilio),
                (0.12, lana.foto_perfil),
                (0.15, lana.ajustes),
                (0.15, lana.deposito_oxxo),
                (0.1, lana.incode_start),
                (0.12, lana.incode_process_face),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(LANA_BIO, "lana_bio")
        if self.p(0.4):
            self.next(LANA_DEV, "lana_dev")

    def rueda_block(self) -> None:
        self.some(
            [
                (0.8, rueda.ubicacion),
                (0.5, rueda.ubicacion),
                (0.4, rueda.oferta_viaje),
                (0.2, rueda.ganancias),
                (0.2, rueda.calificar),
                (0.1, rueda.foto_vehiculo),
            ]
        )
        if self.p(0.75):
            self.next(RUEDA_BIO, "rueda_bio")
        if self.p(0.3):
            self.next(RUEDA_DEV, "rueda_dev")

    def box_block(self) -> None:
        if self.p(0.7):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, pantalla.tecla),
                (0.3, pantalla.inicio),
                (0.2, pantalla.lo_mas_visto),
                (0.15, pantalla.tienda_apps),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")


def generate_session(seed: int, target: int) -> tuple[Familia203, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.novela_block),
        (0.13, s.ppv_block),
        (0.13, s.norte_block),
        (0.13, s.lana_block),
        (0.11, s.rueda_block),
        (0.1, s.box_block),
        (0.1, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
