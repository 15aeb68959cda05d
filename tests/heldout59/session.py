"""The script of the set-59 session: the tester in São Paulo uses a Motorola
edge 40 (streaming, football, music, radio, a digital bank, a Pix wallet, the
carrier's app with voice login, a ride-hailing driver app, a gym app), the TCL
TV plays in the living room, and the family member's Galaxy A15 in Luanda and
Maputo streams Kanda Play and uses a wallet with Smile ID. Sensitive events
rotate through a schedule per app so that every family, opaque ones too, shows
even in a small set.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import ads, audio, background, bank, family, gol, gym, pix, ride, sinal, tela, telco, tv
from .phone import Phone59

START = 1763539200.0  # 2025-11-19T08:00:00Z (05:00 in São Paulo)

Gen = Callable[[Context], Flow]

TELA_VIEW: list[Gen] = [
    tela.registro_exibicao, tela.youbora, tela.continuar_assistindo, tela.youbora,
    tela.registro_exibicao, tela.heartbeat_opaco,
]  # fmt: skip
SINAL_VIEW: list[Gen] = [
    sinal.watch_log,
    sinal.progress_pb,
    sinal.recently_watched,
    sinal.watch_log,
]
GOL_VIEW: list[Gen] = [gol.live_heartbeat, gol.live_heartbeat, gol.clipe_assistido]
AUDIO_VIEW: list[Gen] = [
    audio.escutas, audio.sessao_radio, audio.podcast_posicao, audio.audio_progress,
    audio.escutas, audio.radio_ping_opaco, audio.sessao_radio,
]  # fmt: skip
TV_VIEW: list[Gen] = [tv.acr_matches, tv.acr_fingerprints, tv.acr_matches, tv.acr_blob]
TV_DEV: list[Gen] = [tv.fast_ad, tv.checkin, tv.fast_ad]
BANK_BIO: list[Gen] = [
    bank.selfie_unico,
    bank.acesso_process,
    bank.selfie_unico,
    bank.selfie_encrypted_only,
]
PIX_BIO: list[Gen] = [
    pix.idwall_selfie, pix.template_facial, pix.caf_liveness, pix.caf_transaction,
    pix.confirmar_pagamento, pix.template_facial,
]  # fmt: skip
VOICE_BIO: list[Gen] = [
    telco.voz_verificar,
    telco.voiceprint,
    telco.voz_cadastro,
    telco.voz_verificar,
    telco.voz_opaca,
]
TELCO_DEV: list[Gen] = [telco.linha, sinal.bind_device, telco.linha_pb]
RIDE_BIO: list[Gen] = [
    ride.azure_detect,
    ride.selfie_resultado,
    ride.contorno_mlkit,
    ride.azure_detect,
]
GYM_BIO: list[Gen] = [gym.foto_acesso, gym.vetor_facial]
FAM_VIEW: list[Gen] = [
    family.registo_visualizacao,
    family.continuar_a_ver,
    family.registo_visualizacao,
]
FAM_DEV: list[Gen] = [
    lambda c: ads.appsflyer(c, family=True), family.kanda_dispositivo,
    lambda c: ads.admob(c, family=True), family.carteira_dispositivo,
]  # fmt: skip
ADS: list[Gen] = [
    ads.appsflyer, ads.admob, ads.adjust, ads.inmobi, ads.pangle_stats, ads.kwai,
    ads.appsflyer, ads.pangle_opaque, ads.firebase_installation, ads.admob,
]  # fmt: skip
APP_DEV: list[Gen] = [
    tela.registrar_dispositivo,
    gol.registrar,
    bank.device_check,
    pix.dispositivo_confiavel,
    ride.registrar,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone59.make, START)

    def next(self, schedule: list[Gen], key: str, prob: float = 1.0) -> None:
        if self.p(prob):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            ads.firebase_installation(c),
            tela.registrar_dispositivo(c),
        ]
        self.flows += [
            gol.registrar(c),
            tv.checkin(c),
            bank.device_check(c),
            family.kanda_dispositivo(c),
        ]

    def tela_block(self) -> None:
        self.some(
            [
                (0.6, tela.catalogo),
                (0.6, tela.thumb),
                (0.8, tela.segmento_hls),
                (0.5, tela.segmento_hls),
                (0.3, tela.busca),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(TELA_VIEW, "tela")
        self.next(ADS, "ads", 0.4)

    def sinal_block(self) -> None:
        self.some([(0.5, sinal.epg), (0.5, sinal.logo)])
        self.next(SINAL_VIEW, "sinal", 0.9)
        self.next(TELCO_DEV, "telco_dev", 0.3)

    def gol_block(self) -> None:
        self.some([(0.7, gol.placar), (0.4, gol.odds), (0.3, gol.escalacao)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(GOL_VIEW, "gol")
        self.next(ADS, "ads", 0.6)

    def audio_block(self) -> None:
        self.some(
            [
                (0.4, audio.letra),
                (0.3, audio.paradas),
                (0.5, audio.stream_chunk),
                (0.4, audio.tocando_agora),
                (0.2, audio.equalizador),
            ]
        )
        self.next(AUDIO_VIEW, "audio", 0.95)
        self.next(ADS, "ads", 0.4)

    def tv_block(self) -> None:
        self.some([(0.4, tv.launcher_rows)])
        self.next(TV_VIEW, "tv", 0.95)
        self.next(TV_DEV, "tv_dev", 0.45)

    def bank_block(self) -> None:
        self.some([(0.6, bank.extrato), (0.4, bank.pix_qr), (0.1, bank.cadastro)])
        self.next(BANK_BIO, "bank", 0.7)
        self.next(APP_DEV, "app_dev", 0.4)

    def pix_block(self) -> None:
        self.some([(0.5, pix.limites), (0.4, pix.qr_loja), (0.15, pix.idwall_ocr_verso)])
        self.next(PIX_BIO, "pix", 0.8)

    def telco_block(self) -> None:
        self.some([(0.5, telco.consumo), (0.25, telco.busca_voz)])
        self.next(VOICE_BIO, "voice", 0.85)
        self.next(TELCO_DEV, "telco_dev", 0.35)

    def ride_block(self) -> None:
        self.some([(0.7, ride.rota), (0.4, ride.mapa_dinamico)])
        self.next(RIDE_BIO, "ride", 0.75)
        self.next(APP_DEV, "app_dev", 0.3)

    def gym_block(self) -> None:
        self.some([(0.5, gym.aulas), (0.4, gym.acessos), (0.4, gym.pose_treino)])
        self.next(GYM_BIO, "gym", 0.7)

    def family_block(self) -> None:
        self.some([(0.5, family.kanda_grelha), (0.3, family.carteira_saldo)])
        self.next(FAM_VIEW, "fam_view", 0.9)
        self.next(FAM_DEV, "fam_dev", 0.5)
        self.next([family.smile_selfie], "fam_bio", 0.3)


def generate_session(seed: int, target: int) -> tuple[Phone59, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.12, s.tela_block),
        (0.07, s.sinal_block),
        (0.10, s.gol_block),
        (0.10, s.audio_block),
        (0.09, s.tv_block),
        (0.09, s.bank_block),
        (0.09, s.pix_block),
        (0.08, s.telco_block),
        (0.08, s.ride_block),
        (0.07, s.gym_block),
        (0.11, s.family_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
