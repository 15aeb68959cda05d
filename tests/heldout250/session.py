"""The script of the set-250 session: one Congolese family's devices in turn (the
father's bank app, satellite decoder and its companion in Kinshasa; the
mother's music / radio app and mobile-money wallet in Lubumbashi; the son's
streamer and smartwatch in Brussels; the uncle's football app in Brazzaville),
with ordinary background traffic in between. Sensitive events rotate through
a schedule per app so that even a small set covers every family, opaque ones
too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, banque, leopards, lisano, montre, nzembo, pesa, satellite
from .phone import Family250

START = 1733036400.0  # 2024-12-01T07:00:00Z (08:00 in Kinshasa and Brussels)

Gen = Callable[[Context], Flow]

LISANO_VIEW: list[Gen] = [
    lisano.kotala_progression,
    lisano.measurement_kotala,
    lisano.beacon_msgpack,
    lisano.live_ping,
    lisano.adjust_event_titre,
    lisano.etali,
    lisano.adjust_event_codes,
    lisano.kotala_progression,
    lisano.kokoba_kotala,
    lisano.beacon_msgpack,
    lisano.measurement_kotala,
]
LISANO_DEV: list[Gen] = [
    lisano.measurement_screen,
    lisano.adjust_session,
    lisano.enregistrer_appareil,
    lisano.measurement_screen,
    lisano.adjust_attribution,
    lisano.firebase_installation,
]
NZEMBO_VIEW: list[Gen] = [
    nzembo.eyoki,
    nzembo.rows_opaque,
    nzembo.sikiliza_redio,
    nzembo.clevertap_played,
    nzembo.biyokeli,
    nzembo.eyoki,
    nzembo.rows_opaque,
]
NZEMBO_DEV: list[Gen] = [nzembo.clevertap_launch, nzembo.sajili]
PESA_BIO: list[Gen] = [
    pesa.smile_enroll,
    pesa.ingia_uso,
    pesa.smile_zip_put,
    pesa.smile_auth,
    pesa.ingia_msgpack,
    pesa.ingia_uso,
]
PESA_DEV: list[Gen] = [pesa.salio, pesa.sajili, pesa.salio]
BANQUE_BIO: list[Gen] = [
    banque.connexion_visage,
    banque.onfido_live_photo,
    banque.connexion_protobuf,
    banque.enrolement_visage,
    banque.onfido_live_video,
    banque.connexion_jwe,
    banque.connexion_visage,
    banque.connexion_visage,
]
BANQUE_DEV: list[Gen] = [banque.comptes, banque.lier_appareil, banque.comptes]
STB_VIEW: list[Gen] = [
    satellite.mesure_audience,
    satellite.pixel_audience,
    satellite.mesure_audience,
]
STB_DEV: list[Gen] = [satellite.etat, satellite.droits, satellite.ota]
MOBILE_VIEW: list[Gen] = [satellite.direct_battement, satellite.recemment_regardes]
MOBILE_DEV: list[Gen] = [satellite.statut_abonnement, satellite.appairage]
FOOT_VIEW: list[Gen] = [
    leopards.tala_direct,
    leopards.appsflyer_content_view,
    leopards.stats_opaque,
    leopards.replay_etali,
    leopards.meta_content_view,
    leopards.stats_opaque,
]
FOOT_DEV: list[Gen] = [
    leopards.appsflyer_launch,
    leopards.meta_activate,
    leopards.appsflyer_follow,
    leopards.appsflyer_gcd,
]
MONTRE_DEV: list[Gen] = [
    montre.health_upload,
    montre.log_raw,
    montre.app_open,
    montre.config,
    montre.health_upload,
    montre.firmware,
    montre.log_raw,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family250.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            lisano.firebase_installation(c),
            lisano.enregistrer_appareil(c),
            lisano.adjust_session(c),
            nzembo.sajili(c),
            pesa.sajili(c),
            banque.lier_appareil(c),
            satellite.enregistrement(c),
            satellite.appairage(c),
            leopards.appsflyer_launch(c),
            montre.bind(c),
            background.weather(c),
        ]

    def lisano_block(self) -> None:
        self.some(
            [
                (0.5, lisano.catalogue),
                (0.7, lisano.hls_segment),
                (0.5, lisano.hls_segment),
                (0.2, lisano.recherche),
                (0.2, lisano.guide_tv),
                (0.15, lisano.top_dix),
                (0.1, lisano.forfait),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(LISANO_VIEW, "lisano_view")
        if self.p(0.35):
            self.next(LISANO_DEV, "lisano_dev")

    def nzembo_block(self) -> None:
        self.some(
            [
                (0.7, nzembo.audio_chunk),
                (0.4, nzembo.audio_chunk),
                (0.4, nzembo.ezali_kobeta),
                (0.3, nzembo.stream_redio),
                (0.25, nzembo.top_ya_mposo),
                (0.2, nzembo.maloba),
                (0.1, nzembo.bamasano),
            ]
        )
        if self.p(0.8):
            self.next(NZEMBO_VIEW, "nzembo_view")
        if self.p(0.25):
            self.next(NZEMBO_DEV, "nzembo_dev")

    def pesa_block(self) -> None:
        self.some(
            [
                (0.4, pesa.tuma),
                (0.35, pesa.vocha),
                (0.25, pesa.miamala),
                (0.15, pesa.mawakala),
                (0.1, pesa.kyc_taarifa),
                (0.08, pesa.picha_profile),
                (0.1, pesa.smile_upload_job),
            ]
        )
        if self.p(0.7):
            self.next(PESA_BIO, "pesa_bio")
        if self.p(0.35):
            self.next(PESA_DEV, "pesa_dev")

    def banque_block(self) -> None:
        self.some(
            [
                (0.5, banque.taux),
                (0.3, banque.virement),
                (0.25, banque.factures),
                (0.15, banque.agences),
                (0.1, banque.formulaire_kyc),
                (0.1, banque.onfido_applicant),
                (0.08, banque.onfido_document_back),
                (0.08, banque.avatar),
            ]
        )
        if self.p(0.75):
            self.next(BANQUE_BIO, "banque_bio")
        if self.p(0.35):
            self.next(BANQUE_DEV, "banque_dev")

    def stb_block(self) -> None:
        self.some([(0.5, satellite.guide)])
        if self.p(0.8):
            self.next(STB_VIEW, "stb_view")
        if self.p(0.3):
            self.next(STB_DEV, "stb_dev")

    def mobile_block(self) -> None:
        self.some(
            [
                (0.3, satellite.bouquet),
                (0.3, satellite.telecommande),
                (0.2, satellite.reabonnement),
            ]
        )
        if self.p(0.7):
            self.next(MOBILE_VIEW, "mobile_view")
        if self.p(0.3):
            self.next(MOBILE_DEV, "mobile_dev")

    def foot_block(self) -> None:
        self.some(
            [
                (0.7, leopards.scores_direct),
                (0.35, leopards.evenements),
                (0.25, leopards.classement),
                (0.25, leopards.calendrier),
                (0.2, leopards.mercato),
                (0.4, leopards.replay_segment),
                (0.08, leopards.abonner_notifs),
            ]
        )
        if self.p(0.75):
            self.next(FOOT_VIEW, "foot_view")
        if self.p(0.35):
            self.next(FOOT_DEV, "foot_dev")

    def montre_block(self) -> None:
        self.some(
            [
                (0.5, montre.health_day),
                (0.25, montre.dial_market),
                (0.25, montre.weather_push),
                (0.15, montre.notify_settings),
                (0.1, montre.alarm_pb),
            ]
        )
        if self.p(0.75):
            self.next(MONTRE_DEV, "montre_dev")


def generate_session(seed: int, target: int) -> tuple[Family250, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.lisano_block),
        (0.12, s.nzembo_block),
        (0.12, s.pesa_block),
        (0.11, s.banque_block),
        (0.08, s.stb_block),
        (0.07, s.mobile_block),
        (0.13, s.foot_block),
        (0.1, s.montre_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
