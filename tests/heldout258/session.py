"""The script of the set-258 session: one Paraguayan family's devices in turn
(the father's bank app and the ACR / camera smart TV in Asunción; the
mother's polka and harp radio app; the son's telco TV and football app in
Encarnación; the little girl's cartoon app; the grandmother's IPTV box in
Encarnación), with ordinary background traffic in between. Sensitive events
rotate through a schedule per app so that even a small set covers every
family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import arasa, background, banco, iptv, jahecha, mita, purahei
from .phone import Family258

START = 1733050800.0  # 2024-12-01T11:00:00Z, 08:00 in Asunción

Gen = Callable[[Context], Flow]

TV_VIEW: list[Gen] = [
    jahecha.hecha_progreso,
    jahecha.ga4_video,
    jahecha.partido_heartbeat,
    jahecha.telemetria_opaca,
    jahecha.seguir_viendo,
    jahecha.measurement_bundle,
    jahecha.canal_mae,
    lambda c: jahecha.ga4_video(c, "video_complete"),
    jahecha.nemaekuera,
    jahecha.partido_heartbeat,
]
TV_DEV: list[Gen] = [
    jahecha.appsflyer_launch,
    jahecha.ga4_screen,
    jahecha.firebase_installation,
    jahecha.registro_pumbyry,
]
RADIO_VIEW: list[Gen] = [
    purahei.hendu,
    purahei.appsflyer_play,
    purahei.radio_sesion_xml,
    purahei.opaque_batch,
    purahei.ohenduva,
    purahei.hendu,
]
RADIO_DEV: list[Gen] = [purahei.appsflyer_launch, purahei.ads_config, purahei.registro]
BANK_BIO: list[Gen] = [
    banco.liveness_3d,
    banco.tova_login,
    banco.match_idscan,
    banco.tova_protobuf,
    banco.enrollment_3d,
    banco.tova_login,
    banco.tova_raw,
    banco.liveness_3d,
]
BANK_DEV: list[Gen] = [
    banco.adjust_session,
    banco.saldo_opaque,
    banco.vincular,
    banco.adjust_event,
    banco.saldo_opaque,
]
KIDS_VIEW: list[Gen] = [
    mita.episodio_visto,
    mita.adjust_episode,
    mita.pixel,
    mita.ya_viste,
    mita.episodio_visto,
]
KIDS_OTHER: list[Gen] = [mita.sticker_tova, mita.adjust_session, mita.juego_ar]
BOX_VIEW: list[Gen] = [iptv.zap, iptv.audiencia, iptv.zap]
BOX_OTHER: list[Gen] = [iptv.keepalive, iptv.epg, iptv.voz_enrolar, iptv.canales, iptv.voz_buscar]
ARASA_VIEW: list[Gen] = [arasa.acr_report, arasa.resumen, arasa.acr_protobuf, arasa.acr_report]
ARASA_OTHER: list[Gen] = [arasa.audiencia_camara, arasa.red, arasa.presencia, arasa.register]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family258.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            jahecha.firebase_installation(c),
            jahecha.registro_pumbyry(c),
            jahecha.appsflyer_launch(c),
            purahei.appsflyer_launch(c),
            purahei.registro(c),
            banco.adjust_session(c),
            banco.vincular(c),
            mita.adjust_session(c),
            iptv.login(c),
            arasa.register(c),
            background.clima(c),
        ]

    def tv_block(self) -> None:
        self.some(
            [
                (0.5, jahecha.catalogo),
                (0.7, jahecha.hls_segment),
                (0.5, jahecha.hls_segment),
                (0.4, jahecha.resultados),
                (0.25, jahecha.buscar),
                (0.3, jahecha.miniatura),
                (0.2, jahecha.lo_mas_visto),
                (0.2, jahecha.guia),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.3):
            self.next(TV_DEV, "tv_dev")

    def radio_block(self) -> None:
        self.some(
            [
                (0.7, purahei.audio_chunk),
                (0.5, purahei.sonando),
                (0.3, purahei.ranking),
                (0.25, purahei.letra),
                (0.15, purahei.podcasts),
            ]
        )
        if self.p(0.75):
            self.next(RADIO_VIEW, "radio_view")
        if self.p(0.35):
            self.next(RADIO_DEV, "radio_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, banco.cotizacion),
                (0.3, banco.transferencia),
                (0.25, banco.otp),
                (0.15, banco.session_token),
                (0.12, banco.kyc_datos),
                (0.1, banco.avatar),
                (0.1, banco.idscan_back),
                (0.12, banco.sucursales),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def kids_block(self) -> None:
        self.some(
            [
                (0.7, mita.video_segment),
                (0.5, mita.catalogo),
                (0.4, mita.miniatura),
                (0.15, mita.avatar_personaje),
                (0.15, mita.pin_parental),
            ]
        )
        if self.p(0.75):
            self.next(KIDS_VIEW, "kids_view")
        if self.p(0.35):
            self.next(KIDS_OTHER, "kids_other")

    def box_block(self) -> None:
        self.some([(0.5, iptv.manifest)])
        if self.p(0.6):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")

    def arasa_block(self) -> None:
        self.some(
            [
                (0.4, arasa.tecla),
                (0.3, arasa.home_rails),
                (0.2, arasa.tendencias),
                (0.15, arasa.tienda),
            ]
        )
        if self.p(0.75):
            self.next(ARASA_VIEW, "arasa_view")
        if self.p(0.3):
            self.next(ARASA_OTHER, "arasa_other")


def generate_session(seed: int, target: int) -> tuple[Family258, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.22, s.tv_block),
        (0.15, s.radio_block),
        (0.15, s.bank_block),
        (0.14, s.kids_block),
        (0.14, s.box_block),
        (0.2, s.arasa_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
