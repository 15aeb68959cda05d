"""The script of the set-213 session: one Brazilian family's devices in turn (the
father's Pix bank and gov app, IPTV box and ACR smart TV in Recife; the
mother's novela streamer and forró / sertanejo app in Belo Horizonte; the
daughter's Brasileirão app in Lisbon), with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a
small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, banco, futebol, musica, novelas, tvbox
from .phone import Familia213

START = 1764576000.0  # 2025-12-01T08:00:00Z

Gen = Callable[[Context], Flow]

NOVELA_VIEW: list[Gen] = [
    novelas.progresso,
    novelas.ga4_video,
    novelas.npaw_ping,
    novelas.continue_assistindo,
    novelas.opaque_beacon,
    lambda c: novelas.ga4_video(c, "video_complete"),
    novelas.historico_snake,
    novelas.npaw_ping,
]
NOVELA_DEV: list[Gen] = [novelas.cadastrar_aparelho, novelas.firebase_installation]
FUT_VIEW: list[Gen] = [
    futebol.heartbeat,
    futebol.melhores_momentos,
    futebol.opaque_stats,
    futebol.heartbeat,
]
FUT_DEV: list[Gen] = [
    futebol.appsflyer_launch,
    futebol.adjust_session,
    futebol.appsflyer_event,
    futebol.config_opaque,
    futebol.adjust_event,
]
MUS_VIEW: list[Gen] = [
    musica.tocou,
    musica.podcast_posicao,
    musica.recentes,
    musica.lote_opaco,
    musica.tocou,
]
MUS_DEV: list[Gen] = [
    musica.meta_activities,
    musica.registro,
    musica.sync_opaco,
    musica.meta_install,
]
BANK_BIO: list[Gen] = [
    banco.login_facial,
    banco.unico_selfie,
    banco.login_facial_snake,
    banco.quadros_opacos,
    banco.gov_prova_de_vida,
    banco.login_facial,
]
BANK_DEV: list[Gen] = [banco.vincular_aparelho, banco.saldo_opaco, banco.saldo_opaco]
BOX_VIEW: list[Gen] = [tvbox.box_zap, tvbox.box_zap, tvbox.box_qos]
TV_VIEW: list[Gen] = [tvbox.tv_acr, tvbox.tv_fingerprint, tvbox.tv_acr]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Familia213.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            novelas.firebase_installation(c),
            novelas.cadastrar_aparelho(c),
            futebol.appsflyer_launch(c),
            futebol.adjust_session(c),
            musica.meta_install(c),
            musica.registro(c),
            banco.vincular_aparelho(c),
            tvbox.box_login(c),
            tvbox.tv_status(c),
            background.tempo(c),
        ]

    def novela_block(self) -> None:
        self.some(
            [
                (0.5, novelas.catalogo),
                (0.7, novelas.hls_segmento),
                (0.5, novelas.hls_segmento),
                (0.25, novelas.buscar),
                (0.2, novelas.mais_vistos),
                (0.15, novelas.votar_paredao),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(NOVELA_VIEW, "novela_view")
        if self.p(0.3):
            self.next(NOVELA_DEV, "novela_dev")

    def futebol_block(self) -> None:
        self.some(
            [
                (0.7, futebol.placar),
                (0.4, futebol.lances),
                (0.3, futebol.tabela),
                (0.2, futebol.escalacao),
                (0.25, futebol.noticias),
            ]
        )
        if self.p(0.75):
            self.next(FUT_VIEW, "fut_view")
        if self.p(0.5):
            self.next(FUT_DEV, "fut_dev")

    def musica_block(self) -> None:
        self.some(
            [
                (0.7, musica.audio_chunk),
                (0.4, musica.audio_chunk),
                (0.3, musica.paradas),
                (0.25, musica.letra),
                (0.15, musica.loja_visualizar),
            ]
        )
        if self.p(0.75):
            self.next(MUS_VIEW, "mus_view")
        if self.p(0.4):
            self.next(MUS_DEV, "mus_dev")

    def banco_block(self) -> None:
        self.some(
            [
                (0.5, banco.extrato),
                (0.35, banco.pix),
                (0.12, banco.cadastro),
                (0.12, banco.avatar),
                (0.1, banco.unico_documento_verso),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def box_block(self) -> None:
        self.some([(0.4, tvbox.box_epg), (0.2, tvbox.box_canais)])
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")
        if self.p(0.1):
            self.flows.append(tvbox.box_login(self.ctx))

    def tv_block(self) -> None:
        self.some([(0.4, tvbox.tv_controle), (0.3, tvbox.tv_home), (0.15, tvbox.tv_loja)])
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.2):
            self.flows.append(tvbox.tv_status(self.ctx))


def generate_session(seed: int, target: int) -> tuple[Familia213, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.22, s.novela_block),
        (0.18, s.futebol_block),
        (0.16, s.musica_block),
        (0.18, s.banco_block),
        (0.12, s.box_block),
        (0.14, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
