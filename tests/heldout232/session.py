"""The script of the set-232 session: a match week on the phone of the media and
operations officer of Club Social y Deportivo Riachuelo (Buenos Aires). Most of
it is the club's: turnstiles and fans' face-entry enrolment, the players' GPS
vests and heart-rate straps, the video-analysis platform, the broadcast truck's
and stadium screens' logs, club TV figures, ticket scanners, POS terminals and
the MDM console. Between them, her own streamer, music app, bank and watch.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too; ordinary look-alikes dominate (a
precision stress set).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import accesos, background, banco, musica, operaciones, reloj, rendimiento, streaming, video
from .phone import Oficial232

START = 1733659200.0  # 2024-12-08T12:00:00Z (09:00 in Buenos Aires)

Gen = Callable[[Context], Flow]

ACC_BIO: list[Gen] = [
    accesos.enrolar_rostro,
    accesos.plantilla_facial,
    accesos.sync_molinetes,
    accesos.verificar_hincha,
    accesos.enrolar_rostro,
]
BANK_BIO: list[Gen] = [banco.liveness, banco.match, banco.login_cifrado, banco.match]
BANK_DEV: list[Gen] = [banco.vincular]
STREAM_VIEW: list[Gen] = [
    streaming.avance,
    streaming.en_vivo_heartbeat,
    streaming.appsflyer_reproduccion,
    streaming.baliza,
    streaming.seguir_viendo,
    streaming.avance,
]
STREAM_DEV: list[Gen] = [
    streaming.appsflyer_launch,
    streaming.ga_batch,
    streaming.firebase_installation,
    streaming.appsflyer_suscripcion,
]
MUSIC_VIEW: list[Gen] = [musica.escucha, musica.recientes, musica.log_lote, musica.escucha]
MUSIC_DEV: list[Gen] = [musica.registro]
WATCH_DEV: list[Gen] = [reloj.sync, reloj.vincular, reloj.volcado_ble, reloj.sync]
OPS_DEV: list[Gen] = [operaciones.registrar_celular, operaciones.telemetria_app]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Oficial232.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            operaciones.registrar_celular(c),
            operaciones.agenda_partido(c),
            streaming.firebase_installation(c),
            streaming.appsflyer_launch(c),
            musica.registro(c),
            banco.vincular(c),
            reloj.vincular(c),
            background.clima(c),
        ]

    def accesos_block(self) -> None:
        self.some(
            [
                (0.6, accesos.estado_molinete),
                (0.4, accesos.ingresos),
                (0.7, accesos.escaneo_entrada),
                (0.45, accesos.escaneo_entrada),
                (0.15, accesos.alta_socio),
                (0.1, accesos.foto_prensa),
            ]
        )
        if self.p(0.3):
            self.next(ACC_BIO, "acc_bio")

    def rendimiento_block(self) -> None:
        self.some(
            [
                (0.6, rendimiento.sesion_resumen),
                (0.5, rendimiento.recorrido_gps),
                (0.4, rendimiento.zonas_fc),
                (0.2, rendimiento.inventario_chalecos),
                (0.3, rendimiento.subir_etiquetas),
            ]
        )

    def video_block(self) -> None:
        self.some(
            [
                (0.6, video.recorte),
                (0.4, video.etiquetas_partido),
                (0.3, video.tracking_overlay),
                (0.7, video.segmento_footage),
                (0.5, video.segmento_footage),
                (0.3, video.log_unidad_movil),
                (0.3, video.log_pantallas),
                (0.25, video.audiencia_club_tv),
                (0.25, video.mas_vistos),
            ]
        )

    def ops_block(self) -> None:
        self.some(
            [
                (0.5, operaciones.ventas_posnet),
                (0.3, operaciones.mdm_inventario),
                (0.25, operaciones.mdm_comando),
                (0.3, operaciones.agenda_partido),
            ]
        )
        if self.p(0.12):
            self.next(OPS_DEV, "ops_dev")

    def stream_block(self) -> None:
        self.some(
            [
                (0.5, streaming.catalogo),
                (0.7, streaming.hls),
                (0.5, streaming.hls),
                (0.25, streaming.buscar),
                (0.25, streaming.mas_vistos),
                (0.3, streaming.fixture),
                (0.3, streaming.reproducir),
            ]
        )
        if self.p(0.45):
            self.next(STREAM_VIEW, "stream_view")
        if self.p(0.2):
            self.next(STREAM_DEV, "stream_dev")

    def musica_block(self) -> None:
        self.some(
            [
                (0.7, musica.audio),
                (0.4, musica.audio),
                (0.3, musica.ranking),
                (0.25, musica.letra),
            ]
        )
        if self.p(0.4):
            self.next(MUSIC_VIEW, "music_view")
        if self.p(0.1):
            self.next(MUSIC_DEV, "music_dev")

    def banco_block(self) -> None:
        self.some(
            [
                (0.6, banco.cotizacion),
                (0.35, banco.transferencia),
                (0.1, banco.avatar),
            ]
        )
        if self.p(0.35):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.15):
            self.next(BANK_DEV, "bank_dev")

    def reloj_block(self) -> None:
        self.some([(0.3, reloj.firmware), (0.3, reloj.esferas)])
        if self.p(0.4):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Oficial232, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.accesos_block),
        (0.12, s.rendimiento_block),
        (0.17, s.video_block),
        (0.12, s.ops_block),
        (0.14, s.stream_block),
        (0.08, s.musica_block),
        (0.08, s.banco_block),
        (0.05, s.reloj_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
