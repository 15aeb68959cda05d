"""The script of the set-245 session: a Lisbon depot supervisor's company phone
through a working day and an evening. Mostly the operator's work (CCTV footage
retrieval, passenger counts, validators, infotainment play logs, telematics,
the MDM console, driver-fatigue camera commissioning, access-terminal
enrolment), then her own streamer, podcasts, bank and watch, with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too; they are
rare, as in a precision stress set.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    acessos,
    background,
    banco,
    fadiga,
    mdm,
    operador,
    podcast,
    relogio,
    streaming,
)
from .phone import Supervisora

START = 1741852800.0  # 2025-03-13T08:00:00Z

Gen = Callable[[Context], Flow]

OPS_DEV: list[Gen] = [operador.token_push, operador.sessao_opaca, operador.registar_telemovel]
MDM_DEV: list[Gen] = [
    mdm.checkin,
    mdm.conformidade,
    mdm.inventario_protobuf,
    mdm.checkin,
    mdm.comando_hash,
]
DMS_BIO: list[Gen] = [
    fadiga.evento_sonolencia,
    fadiga.metricas_olhos,
    fadiga.lote_protobuf,
    fadiga.evento_sonolencia,
    fadiga.metricas_olhos,
]
ACC_BIO: list[Gen] = [acessos.inscricao_facial, acessos.modelo_facial, acessos.modelo_cifrado]
SOFA_VIEW: list[Gen] = [
    streaming.progresso,
    streaming.ga4_video,
    streaming.direto_heartbeat,
    streaming.continuar_a_ver,
    streaming.beacon_opaco,
    streaming.appsflyer_visualizacao,
    lambda c: streaming.ga4_video(c, "video_complete"),
    streaming.historico,
]
SOFA_DEV: list[Gen] = [
    streaming.appsflyer_launch,
    streaming.firebase_installation,
    streaming.ga4_ecra,
]
ONDAS_VIEW: list[Gen] = [
    podcast.progresso_escuta,
    podcast.ouvidos_recentemente,
    podcast.sync_opaco,
    podcast.progresso_escuta,
]
BANK_BIO: list[Gen] = [
    banco.login_selfie,
    banco.login_protobuf,
    banco.inscricao_rosto,
    banco.login_selfie,
]
BANK_DEV: list[Gen] = [banco.saldo, banco.associar, banco.saldo]
WATCH_DEV: list[Gen] = [
    relogio.sync,
    relogio.dump_protobuf,
    relogio.associar,
    relogio.sync,
    relogio.config_opaco,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Supervisora.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            mdm.checkin(c),
            mdm.politica(c),
            operador.registar_telemovel(c),
            streaming.firebase_installation(c),
            streaming.appsflyer_launch(c),
            podcast.registar(c),
            banco.associar(c),
            relogio.associar(c),
            background.ipma(c),
        ]

    def ops_block(self) -> None:
        self.some(
            [
                (0.45, operador.gravacoes),
                (0.3, operador.pedido_extracao),
                (0.3, operador.clip_extraido),
                (0.35, operador.miniatura_camara),
                (0.45, operador.contagem_passageiros),
                (0.35, operador.validadores),
                (0.15, operador.avaria_validador),
                (0.35, operador.registo_ecras),
                (0.4, operador.telemetria),
                (0.2, operador.percurso),
                (0.25, operador.escala),
                (0.2, operador.ocorrencia),
                (0.2, operador.ordens_trabalho),
            ]
        )
        if self.p(0.07):
            self.next(OPS_DEV, "ops_dev")

    def mdm_block(self) -> None:
        self.some(
            [
                (0.6, mdm.consola_terminais),
                (0.4, mdm.terminal_detalhe),
                (0.15, mdm.bloquear_terminal),
                (0.3, mdm.politica),
            ]
        )
        if self.p(0.3):
            self.next(MDM_DEV, "mdm_dev")

    def dms_block(self) -> None:
        self.some(
            [
                (0.6, fadiga.estado_camara),
                (0.35, fadiga.calibracao),
                (0.35, fadiga.resumo_alertas),
            ]
        )
        if self.p(0.4):
            self.next(DMS_BIO, "dms_bio")

    def acc_block(self) -> None:
        self.some(
            [
                (0.6, acessos.registo_passagens),
                (0.35, acessos.funcionarios),
                (0.2, acessos.foto_cartao),
                (0.3, acessos.estado_terminais),
            ]
        )
        if self.p(0.3):
            self.next(ACC_BIO, "acc_bio")

    def sofa_block(self) -> None:
        self.some(
            [
                (0.5, streaming.catalogo),
                (0.7, streaming.segmento_hls),
                (0.6, streaming.segmento_hls),
                (0.4, streaming.segmento_hls),
                (0.3, streaming.pesquisa),
                (0.25, streaming.mais_vistos),
                (0.25, streaming.guia_tv),
                (0.3, streaming.resultados),
                (0.4, streaming.poster),
                (0.15, streaming.licenca_drm),
            ]
        )
        if self.p(0.5):
            self.next(SOFA_VIEW, "sofa_view")
        if self.p(0.12):
            self.next(SOFA_DEV, "sofa_dev")

    def ondas_block(self) -> None:
        self.some(
            [
                (0.5, podcast.feed),
                (0.7, podcast.audio),
                (0.5, podcast.audio),
                (0.25, podcast.tops),
                (0.2, podcast.pesquisa),
            ]
        )
        if self.p(0.4):
            self.next(ONDAS_VIEW, "ondas_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, banco.movimentos),
                (0.3, banco.mbway),
                (0.2, banco.transferencia),
                (0.12, banco.perfil),
                (0.12, banco.avatar),
            ]
        )
        if self.p(0.35):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.2):
            self.next(BANK_DEV, "bank_dev")

    def watch_block(self) -> None:
        self.some(
            [
                (0.6, relogio.resumo_diario),
                (0.3, relogio.mostradores),
                (0.2, relogio.firmware),
            ]
        )
        if self.p(0.3):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Supervisora, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.3, s.ops_block),
        (0.1, s.mdm_block),
        (0.1, s.dms_block),
        (0.08, s.acc_block),
        (0.16, s.sofa_block),
        (0.1, s.ondas_block),
        (0.08, s.bank_block),
        (0.08, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
