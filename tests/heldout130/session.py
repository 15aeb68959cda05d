"""The script of the set-130 session: a family in Recife and São Paulo uses a
moto g84 (a broadcaster's streaming app, a football-club app, music, podcasts,
a gospel radio, a bank, a fintech, a delivery-driver app, a short-video app),
an LG smart TV with ACR and a cable operator's TV box, with ordinary background
traffic in between. Sensitive events rotate through a schedule per app so that
even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    banco,
    clube,
    corre,
    grana,
    marketing,
    musica,
    podcast,
    radio,
    role,
    tela,
    tv,
)
from .phone import Phone130

START = 1743508800.0  # 2025-04-01T12:00:00Z (09:00 in Recife)

Gen = Callable[[Context], Flow]

TELA_VIEW: list[Gen] = [
    tela.progresso,
    tela.youbora,
    tela.batimento_live,
    tela.continuar_assistindo,
    tela.lote_opaco,
    lambda c: tela.youbora(c, "start"),
    tela.progresso,
    lambda c: tela.youbora(c, "stop"),
]
CLUBE_VIEW: list[Gen] = [clube.visualizacao, clube.meus_videos, clube.visualizacao]
CLUBE_DEV: list[Gen] = [clube.onesignal_player, clube.onesignal_on_session]
SOM_VIEW: list[Gen] = [
    musica.reproducao,
    musica.sync_relogio,
    musica.reproducao,
    musica.scrobble_pb,
]
CAST_VIEW: list[Gen] = [
    podcast.posicao,
    podcast.ouvindo_agora,
    podcast.beacon_auto,
    podcast.posicao,
]
RADIO_VIEW: list[Gen] = [
    radio.sessao_ouvinte,
    radio.opaco,
    radio.sessao_tvbox,
    radio.sessao_ouvinte,
]
BANCO_BIO: list[Gen] = [
    banco.liveness_3d,
    banco.idwall_selfie,
    banco.liveness_cifrado,
    banco.liveness_3d,
]
BANCO_DEV: list[Gen] = [banco.dispositivo, banco.antifraude_hash, banco.seguro_celular]
GRANA_BIO: list[Gen] = [
    grana.voz_verificar,
    grana.voz_cadastro,
    grana.voz_verificar_b64,
    grana.voz_opaca,
]
CORRE_BIO: list[Gen] = [corre.selfie_turno, corre.selfie_fallback, corre.selfie_turno]
ROLE_VIEW: list[Gen] = [role.visualizacao, role.visualizacao, role.log_opaco]
TV_VIEW: list[Gen] = [tv.acr_relatorio, tv.box_sintonia, tv.acr_compacto, tv.acr_relatorio]
SDK_DEV: list[Gen] = [
    marketing.appsflyer,
    marketing.firebase_install,
    marketing.adjust_sessao,
    marketing.antifraude_sdk,
    marketing.appsflyer,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone130.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            marketing.firebase_install(c),
            marketing.appsflyer(c),
            clube.onesignal_player(c),
            banco.dispositivo(c),
            grana.dispositivo(c),
            corre.cadastro_aparelho(c),
            tv.box_firmware(c),
            marketing.remote_config(c),
        ]

    def tela_block(self) -> None:
        self.some(
            [
                (0.6, tela.catalogo),
                (0.7, tela.manifesto),
                (0.6, tela.thumb),
                (0.25, tela.votacao),
                (0.3, tela.grade),
                (0.2, marketing.remote_config),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(TELA_VIEW, "tela_view")

    def clube_block(self) -> None:
        self.some([(0.6, clube.placar), (0.4, clube.tabela), (0.2, clube.ingresso)])
        if self.p(0.7):
            self.next(CLUBE_VIEW, "clube_view")
        if self.p(0.3):
            self.next(CLUBE_DEV, "clube_dev")

    def som_block(self) -> None:
        self.some([(0.4, musica.mais_tocadas), (0.3, musica.letra), (0.7, musica.capa)])
        if self.p(0.8):
            self.next(SOM_VIEW, "som_view")

    def cast_block(self) -> None:
        self.some([(0.5, podcast.feed), (0.7, podcast.audio)])
        if self.p(0.8):
            self.next(CAST_VIEW, "cast_view")

    def radio_block(self) -> None:
        self.some(
            [
                (0.5, radio.tocando_agora),
                (0.3, radio.versiculo),
                (0.15, radio.pedido_oracao),
                (0.35, radio.stream_connect),
            ]
        )
        if self.p(0.75):
            self.next(RADIO_VIEW, "radio_view")

    def banco_block(self) -> None:
        self.some([(0.6, banco.extrato), (0.4, banco.pix), (0.2, banco.idwall_documento)])
        if self.p(0.6):
            self.next(BANCO_BIO, "banco_bio")
        if self.p(0.6):
            self.next(BANCO_DEV, "banco_dev")

    def grana_block(self) -> None:
        self.some(
            [
                (0.4, grana.transcricao),
                (0.3, grana.ura_menu),
                (0.4, grana.cartao_limite),
                (0.1, grana.dispositivo),
            ]
        )
        if self.p(0.7):
            self.next(GRANA_BIO, "grana_bio")

    def corre_block(self) -> None:
        self.some(
            [
                (0.8, corre.ping_gps),
                (0.5, corre.ping_gps),
                (0.4, corre.pedido),
                (0.3, corre.ganhos),
                (0.2, corre.moto_alugada),
                (0.1, corre.cadastro_aparelho),
            ]
        )
        if self.p(0.6):
            self.next(CORRE_BIO, "corre_bio")

    def role_block(self) -> None:
        self.some(
            [
                (0.6, role.feed),
                (0.25, role.em_alta),
                (0.2, role.camera_jogo),
                (0.35, role.filtro_rosto),
            ]
        )
        if self.p(0.75):
            self.next(ROLE_VIEW, "role_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, tv.box_epg),
                (0.3, tv.box_audiencia),
                (0.2, tv.tv_app_store),
                (0.2, tv.box_firmware),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")

    def sdk_block(self) -> None:
        self.next(SDK_DEV, "sdk_dev")


def generate_session(seed: int, target: int) -> tuple[Phone130, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.tela_block),
        (0.08, s.clube_block),
        (0.10, s.som_block),
        (0.07, s.cast_block),
        (0.07, s.radio_block),
        (0.10, s.banco_block),
        (0.08, s.grana_block),
        (0.09, s.corre_block),
        (0.10, s.role_block),
        (0.10, s.tv_block),
        (0.10, s.sdk_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
