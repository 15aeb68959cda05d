"""The script of the set-22 session: the tester uses eight apps in turn on a
Galaxy A54 in France, Spain and Italy (a TV streaming app, a bank with voice
biometrics, the CIE eID app, a dating app, a car-sharing app, a radio / podcast
app, an AR beauty app, a casual game with ad mediation), with ordinary
background and Samsung system traffic in between. Sensitive events rotate
through a schedule per app so that even a small set covers every family,
opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background as bg
from . import bank, beauty, carshare, cie, dating, game, radio, tvstream
from .phone import Phone22

START = 1741939200.0  # 2025-03-14T08:00:00Z

Gen = Callable[[Context], Flow]

TV_VIEW: list[Gen] = [
    tvstream.estat_stream,
    tvstream.reprise_sync,
    tvstream.visionnage_batch,
    tvstream.estat_stream,
    tvstream.ima_ad,
    tvstream.reprise_sync,
    tvstream.beacon_opaque,
]
RADIO_VIEW: list[Gen] = [
    radio.piano_av,
    radio.ecoutes,
    radio.progress_gql,
    radio.piano_av,
    radio.sync_opaque,
    radio.piano_av,
]
BANK_BIO: list[Gen] = [
    bank.voiceit,
    bank.voz_propia,
    bank.selfie_reverificacion,
    lambda c: bank.voiceit(c, verify=False),
    bank.voz_opaque,
    bank.voiceit,
]
CIE_BIO: list[Gen] = [
    cie.verifica_volto,
    cie.lettura_chip,
    cie.template_volto,
    cie.frames_opaque,
    cie.verifica_volto,
]
CIE_DEV: list[Gen] = [cie.registra_dispositivo, cie.cie_opaque_id]
DATE_BIO: list[Gen] = [
    dating.facetec,
    dating.video_selfie,
    dating.foto_analisis,
    lambda c: dating.facetec(c, enrol=True),
]
CAR_BIO: list[Gen] = [
    carshare.rostro_check,
    carshare.face_match,
    carshare.rostro_check,
    carshare.conducteur_opaque,
]
CAR_DEV: list[Gen] = [
    carshare.desbloqueo,
    carshare.tcu_estado,
    carshare.appareil,
    carshare.ble_session,
    carshare.desbloqueo,
]
BEAUTY_BIO: list[Gen] = [
    beauty.landmarks,
    beauty.expressions,
    beauty.yce_upload,
    beauty.analyse_peau,
    beauty.landmarks,
    beauty.tryon_opaque,
    beauty.expressions,
]
GAME_DEV: list[Gen] = [
    game.admob,
    game.ironsource_events,
    game.applovin_pix,
    game.ogury,
    game.applovin_mediate,
    game.teads,
    game.session_pb,
    game.ironsource_init,
    game.login,
]
SYSTEM: list[Gen] = [bg.samsung_analytics, bg.entitlement, bg.samsung_analytics, bg.members_diag]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone22.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            bg.generate_204(c),
            bg.samsung_analytics(c),
            tvstream.firebase_install(c),
            tvstream.register(c),
            bank.alta_dispositivo(c),
            cie.registra_dispositivo(c),
            dating.instalacion(c),
            carshare.appareil(c),
            beauty.device(c),
            game.ironsource_init(c),
            game.login(c),
            radio.piano_page(c),
        ]

    def tv_block(self) -> None:
        self.some(
            [
                (0.5, tvstream.grille),
                (0.7, tvstream.vignette),
                (0.7, tvstream.segment),
                (0.5, tvstream.segment),
                (0.3, tvstream.recherche),
                (0.4, tvstream.estat_page),
                (0.04, tvstream.firebase_install),
                (0.04, tvstream.register),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(TV_VIEW, "tv_view")

    def radio_block(self) -> None:
        self.some(
            [
                (0.6, radio.podcast_mp3),
                (0.5, radio.now_playing),
                (0.3, radio.grille),
                (0.6, radio.pochette),
                (0.4, radio.piano_page),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(RADIO_VIEW, "radio_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.7, bank.sesion),
                (0.6, bank.movimientos),
                (0.2, bank.bizum),
                (0.3, bank.cotizaciones),
                (0.2, bank.cajeros),
                (0.1, bank.alta_dispositivo),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")

    def cie_block(self) -> None:
        self.some([(0.5, cie.identity_providers), (0.3, cie.prenota), (0.3, cie.faq)])
        if self.p(0.85):
            self.next(CIE_BIO, "cie_bio")
        if self.p(0.4):
            self.next(CIE_DEV, "cie_dev")

    def date_block(self) -> None:
        self.some(
            [
                (0.2, dating.perfil),
                (0.3, dating.foto_subida),
                (0.7, dating.descubrir),
                (0.6, dating.mensaje),
                (0.2, dating.instalacion),
            ]
        )
        if self.p(0.75):
            self.next(DATE_BIO, "date_bio")

    def car_block(self) -> None:
        self.some([(0.7, carshare.voitures), (0.5, carshare.trajet), (0.15, carshare.dommages)])
        if self.p(0.75):
            self.next(CAR_BIO, "car_bio")
        if self.p(0.7):
            self.next(CAR_DEV, "car_dev")

    def beauty_block(self) -> None:
        self.some(
            [
                (0.6, beauty.catalogue),
                (0.5, beauty.asset),
                (0.2, beauty.article),
                (0.3, beauty.yce_file),
                (0.3, beauty.yce_task),
                (0.1, beauty.device),
            ]
        )
        if self.p(0.9):
            self.next(BEAUTY_BIO, "beauty_bio")

    def game_block(self) -> None:
        self.some(
            [
                (0.5, game.progression),
                (0.3, game.camera),
                (0.3, game.leaderboard),
                (0.1, game.achat),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(GAME_DEV, "game_dev")

    def system_block(self) -> None:
        self.some([(0.5, bg.galaxy_store), (0.3, bg.fota)])
        self.next(SYSTEM, "system")


def generate_session(seed: int, target: int) -> tuple[Phone22, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.tv_block),
        (0.12, s.radio_block),
        (0.12, s.bank_block),
        (0.10, s.cie_block),
        (0.11, s.date_block),
        (0.11, s.car_block),
        (0.12, s.beauty_block),
        (0.12, s.game_block),
        (0.06, s.system_block),
    ]
    return s.finish(blocks, bg.BENIGN, target, 0.4)
