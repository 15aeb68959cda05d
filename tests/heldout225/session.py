"""The script of the set-225 session: one Peruvian family's devices in turn (the
father's e-wallet, cable set-top box and ACR smart TV in Lima; the mother's
music / radio app and Quechua podcast in Arequipa; the daughter's TV-channel
streamer in Madrid; the son's Liga 1 app, fitness band and dashcam in Cusco),
with ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, banco, banda, canal, dashcam, deco, liga, radio, tele
from .phone import Family225

START = 1735714800.0  # 2025-01-01T07:00:00Z

Gen = Callable[[Context], Flow]

CANAL_VIEW: list[Gen] = [
    canal.progreso,
    canal.comscore,
    canal.ga4_video,
    canal.en_vivo_latido,
    canal.seguir_viendo,
    canal.baliza_opaca,
    lambda c: canal.ga4_video(c, "video_complete"),
    canal.comscore,
    canal.progreso,
]
CANAL_DEV: list[Gen] = [
    canal.registrar_dispositivo,
    canal.firebase_installation,
    canal.ga4_pantalla,
]
LIGA_VIEW: list[Gen] = [
    liga.latido_partido,
    liga.resumen_visto,
    liga.af_partido_visto,
    liga.stats_opacos,
    liga.latido_partido,
]
LIGA_DEV: list[Gen] = [liga.af_launch, liga.adjust_session, liga.af_evento, liga.adjust_evento]
RADIO_VIEW: list[Gen] = [
    radio.escuchas,
    radio.sesion_radio,
    radio.uyarisqa,
    radio.recientes,
    radio.lote_opaco,
    radio.escuchas,
    radio.uyarisqa,
]
RADIO_DEV: list[Gen] = [radio.registrar, radio.config_publicidad, radio.config_opaca]
BANCO_BIO: list[Gen] = [
    banco.ft_liveness,
    banco.selfie_ingreso,
    banco.voz_verificar,
    banco.selfie_protobuf,
    banco.ft_enrollment,
    banco.voz_enrolar,
    banco.ft_liveness,
    banco.voz_opaca,
]
BANCO_DEV: list[Gen] = [banco.vincular, banco.saldo_opaco, banco.vincular]
DECO_VIEW: list[Gen] = [
    deco.cambios_canal,
    deco.grabacion_reproducida,
    deco.qos,
    deco.cambios_canal,
]
DECO_OTHER: list[Gen] = [deco.perfil, deco.epg, deco.watchdog, deco.canales, deco.catalogo_vod]
TV_VIEW: list[Gen] = [
    tele.acr_coincidencias,
    tele.resumen_visualizacion,
    tele.acr_opaco,
    tele.acr_coincidencias,
]
TV_DEV: list[Gen] = [tele.estado_red, tele.registro]
BANDA_DEV: list[Gen] = [
    banda.sincronizar,
    banda.info_pulsera,
    banda.volcado_protobuf,
    banda.vincular,
    banda.sincronizar,
    banda.config_opaca,
]
CAM_DEV: list[Gen] = [
    dashcam.pista_gps,
    dashcam.evento_impacto,
    dashcam.info_camara,
    dashcam.estado_opaco,
    dashcam.pista_gps,
    dashcam.vincular_app,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family225.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            canal.firebase_installation(c),
            canal.registrar_dispositivo(c),
            liga.af_launch(c),
            liga.adjust_session(c),
            radio.registrar(c),
            banco.vincular(c),
            deco.autenticar(c),
            tele.registro(c),
            banda.vincular(c),
            dashcam.registro_camara(c),
            dashcam.vincular_app(c),
            background.clima(c),
        ]

    def canal_block(self) -> None:
        self.some(
            [
                (0.5, canal.catalogo),
                (0.7, canal.segmento_hls),
                (0.5, canal.segmento_hls),
                (0.25, canal.buscar),
                (0.2, canal.lo_mas_visto),
                (0.25, canal.programacion),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(CANAL_VIEW, "canal_view")
        if self.p(0.3):
            self.next(CANAL_DEV, "canal_dev")

    def liga_block(self) -> None:
        self.some(
            [
                (0.7, liga.marcadores),
                (0.3, liga.resumenes),
                (0.25, liga.tabla),
                (0.2, liga.fixture),
                (0.15, liga.alineacion),
            ]
        )
        if self.p(0.75):
            self.next(LIGA_VIEW, "liga_view")
        if self.p(0.45):
            self.next(LIGA_DEV, "liga_dev")

    def radio_block(self) -> None:
        self.some(
            [
                (0.6, radio.ahora_suena),
                (0.7, radio.audio),
                (0.3, radio.ranking),
                (0.25, radio.letras),
                (0.2, radio.rimanakuy_feed),
            ]
        )
        if self.p(0.75):
            self.next(RADIO_VIEW, "radio_view")
        if self.p(0.3):
            self.next(RADIO_DEV, "radio_dev")

    def banco_block(self) -> None:
        self.some(
            [
                (0.6, banco.tipo_cambio),
                (0.3, banco.transferir_celular),
                (0.2, banco.pago_qr),
                (0.3, banco.ft_session_token),
                (0.12, banco.formulario_dni),
                (0.12, banco.foto_perfil),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(BANCO_BIO, "banco_bio")
        if self.p(0.35):
            self.next(BANCO_DEV, "banco_dev")

    def deco_block(self) -> None:
        if self.p(0.7):
            self.next(DECO_OTHER, "deco_other")
        if self.p(0.3):
            self.flows.append(deco.derechos(self.ctx))
        if self.p(0.75):
            self.next(DECO_VIEW, "deco_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, tele.control_remoto),
                (0.3, tele.rieles_inicio),
                (0.2, tele.tendencias),
                (0.15, tele.tienda),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def banda_block(self) -> None:
        self.some(
            [
                (0.6, banda.resumen_dia),
                (0.3, banda.cara_reloj),
                (0.25, banda.levantar_muneca),
                (0.15, banda.firmware),
            ]
        )
        if self.p(0.7):
            self.next(BANDA_DEV, "banda_dev")

    def cam_block(self) -> None:
        self.some([(0.3, dashcam.radares), (0.12, dashcam.taller_obd)])
        if self.p(0.75):
            self.next(CAM_DEV, "cam_dev")


def generate_session(seed: int, target: int) -> tuple[Family225, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.canal_block),
        (0.12, s.liga_block),
        (0.12, s.radio_block),
        (0.13, s.banco_block),
        (0.1, s.deco_block),
        (0.12, s.tv_block),
        (0.1, s.banda_block),
        (0.08, s.cam_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
