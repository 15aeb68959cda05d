"""The script of the set-147 session: the family uses its apps in turn (the streaming
app most), the TV box and the smart TV report in between, with ordinary
background traffic. Sensitive events rotate through a schedule per app so that
even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, banco, casa, govbr, mobilidade, radiofe, somzeira, telaviva
from .phone import Phone147

START = 1753700400.0  # 2025-07-28T11:00:00Z (08:00 in São Paulo)

Gen = Callable[[Context], Flow]

TELA_VIEW: list[Gen] = [
    telaviva.progresso,
    telaviva.batimento_ao_vivo,
    telaviva.youbora_ping,
    telaviva.camera_reality,
    telaviva.continuar_assistindo,
    telaviva.beacon_opaco,
    telaviva.progresso,
    telaviva.firebase_video,
    telaviva.batimento_ao_vivo,
]
TELA_DEV: list[Gen] = [telaviva.anuncio, telaviva.registrar_aparelho]
SOM_VIEW: list[Gen] = [
    somzeira.reproducoes,
    somzeira.progresso_podcast,
    somzeira.ouvidos_recentemente,
    somzeira.fila_offline,
    somzeira.reproducoes,
]
RADIO_VIEW: list[Gen] = [radiofe.sintonia, radiofe.culto_gravado, radiofe.sintonia_opaca]
BANCO_BIO: list[Gen] = [
    banco.selfie_liveness,
    banco.liveness_frames,
    banco.face_template,
    banco.envelope_cifrado,
    banco.selfie_liveness,
]
BANCO_DEV: list[Gen] = [banco.fingerprint, banco.fingerprint_opaco, banco.fingerprint]
GOV_BIO: list[Gen] = [govbr.validacao_facial, govbr.pontos_face, govbr.face_gz_b64]
VAI_DEV: list[Gen] = [mobilidade.appsflyer_launch, mobilidade.registro_aparelho]
RANGO_DEV: list[Gen] = [
    mobilidade.adjust_session,
    mobilidade.adjust_opaque,
    mobilidade.adjust_session,
]
TV_VIEW: list[Gen] = [casa.acr_relatorio, casa.zapeamento, casa.acr_fingerprint, casa.zap_opaco]
CASA_DEV: list[Gen] = [casa.watch_sync, casa.box_registro, casa.watch_hb, casa.watch_sync]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone147.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            telaviva.registrar_aparelho(c),
            mobilidade.appsflyer_launch(c),
            mobilidade.adjust_session(c),
            banco.fingerprint(c),
            casa.box_registro(c),
            casa.tv_config(c),
            background.tempo(c),
        ]

    def tela_block(self) -> None:
        self.some(
            [
                (0.6, telaviva.catalogo),
                (0.7, telaviva.thumb),
                (0.5, telaviva.thumb),
                (0.4, telaviva.manifest),
                (0.25, telaviva.mais_vistos),
                (0.25, telaviva.audiencia),
                (0.3, telaviva.placar),
                (0.2, telaviva.votacao),
                (0.2, telaviva.grade),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(TELA_VIEW, "tela_view")
        if self.p(0.3):
            self.next(TELA_DEV, "tela_dev")

    def som_block(self) -> None:
        self.some(
            [
                (0.5, somzeira.top50),
                (0.3, somzeira.letra),
                (0.3, somzeira.busca),
                (0.6, somzeira.preview),
                (0.2, somzeira.playlist_edit),
            ]
        )
        if self.p(0.8):
            self.next(SOM_VIEW, "som_view")

    def radio_block(self) -> None:
        self.some(
            [
                (0.6, radiofe.stream),
                (0.3, radiofe.pedido_oracao),
                (0.3, radiofe.agenda),
                (0.3, radiofe.ouvintes),
            ]
        )
        if self.p(0.75):
            self.next(RADIO_VIEW, "radio_view")

    def banco_block(self) -> None:
        self.some(
            [
                (0.6, banco.extrato),
                (0.5, banco.pix),
                (0.25, banco.pix_qr),
                (0.2, banco.ocr_rg),
            ]
        )
        if self.p(0.75):
            self.next(BANCO_BIO, "banco_bio")
        if self.p(0.4):
            self.next(BANCO_DEV, "banco_dev")

    def gov_block(self) -> None:
        self.some(
            [
                (0.4, govbr.cnh_digital),
                (0.3, govbr.vacinas),
                (0.3, govbr.situacao_prova_vida),
            ]
        )
        if self.p(0.9):
            self.next(GOV_BIO, "gov_bio")

    def rua_block(self) -> None:
        self.some(
            [
                (0.5, mobilidade.estimativa),
                (0.4, mobilidade.motoristas_proximos),
                (0.2, mobilidade.foto_motorista),
                (0.2, mobilidade.corrida_rastro),
                (0.5, mobilidade.cardapio),
                (0.2, mobilidade.mais_pedidos),
                (0.3, mobilidade.rastreio_pedido),
                (0.15, mobilidade.pedido_por_voz),
                (0.25, mobilidade.checkout),
            ]
        )
        if self.p(0.35):
            self.next(VAI_DEV, "vai_dev")
        if self.p(0.35):
            self.next(RANGO_DEV, "rango_dev")

    def casa_block(self) -> None:
        self.some(
            [
                (0.4, casa.epg),
                (0.15, casa.box_firmware),
                (0.3, casa.mostrador),
                (0.3, casa.sono),
                (0.1, casa.tv_config),
            ]
        )
        if self.p(0.75):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.4):
            self.next(CASA_DEV, "casa_dev")


def generate_session(seed: int, target: int) -> tuple[Phone147, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.22, s.tela_block),
        (0.13, s.som_block),
        (0.1, s.radio_block),
        (0.16, s.banco_block),
        (0.12, s.gov_block),
        (0.16, s.rua_block),
        (0.15, s.casa_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
