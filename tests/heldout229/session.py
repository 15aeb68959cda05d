"""The script of the set-229 session: a Montreal cinema chain's operations
manager through her day. Most flows are the chain's operations app (booth show
logs, KDMs, audio processors, scanners, kiosks, POS, MDM fleet, occupancy,
box-office and loyalty console); between them run her streaming, podcast, bank
and watch apps, and ordinary background traffic. Sensitive events rotate
through a schedule per app so that even a small set covers every family,
opaque ones too, while staying a small share of the session (a precision
stress set).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, balado, banque, cabine, ecran, montre, rapports, salles
from .phone import Gerante229

START = 1737374400.0  # 2025-01-20T12:00:00Z (07:00 in Montreal)

Gen = Callable[[Context], Flow]

ECRAN_VIEW: list[Gen] = [
    ecran.progression,
    ecran.ga4_video,
    ecran.hockey_battement,
    ecran.reprendre,
    ecran.balise_opaque,
    ecran.appsflyer_visionnement,
    lambda c: ecran.ga4_video(c, "video_complete"),
    ecran.progression,
    ecran.hockey_battement,
]
ECRAN_DEV: list[Gen] = [
    ecran.appsflyer_launch,
    ecran.firebase_installation,
    ecran.ga4_ecran,
    ecran.appsflyer_abonnement,
]
BALADO_VIEW: list[Gen] = [
    balado.progression_ecoute,
    balado.historique,
    balado.lot_opaque,
    balado.progression_ecoute,
]
BALADO_DEV: list[Gen] = [balado.enregistrer]
BANQUE_BIO: list[Gen] = [
    banque.match_3d,
    banque.liveness_3d,
    banque.connexion_protobuf,
    banque.inscription_visage,
    banque.match_3d,
    banque.reverification,
]
BANQUE_DEV: list[Gen] = [banque.lier_appareil, banque.soldes_opaque, banque.soldes_opaque]
MONTRE_DEV: list[Gen] = [
    montre.synchro,
    montre.infos_montre,
    montre.vidage_protobuf,
    montre.jumelage,
    montre.synchro,
    montre.config_opaque,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Gerante229.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            rapports.enregistrer_appareil(c),
            cabine.lecture_en_cours(c),
            salles.mdm_inventaire(c),
            rapports.box_office(c),
            ecran.firebase_installation(c),
            background.meteo(c),
            montre.jumelage(c),
            salles.bornes(c),
            cabine.kdm_etat(c),
            rapports.plus_vus(c),
            background.nouvelles(c),
        ]

    def cabine_block(self) -> None:
        self.some(
            [
                (0.6, cabine.lecture_en_cours),
                (0.5, cabine.journal_seance),
                (0.4, cabine.kdm_etat),
                (0.2, cabine.kdm_reception),
                (0.3, cabine.processeur_audio),
                (0.25, cabine.lampe_laser),
                (0.25, cabine.ingest),
            ]
        )

    def salles_block(self) -> None:
        self.some(
            [
                (0.5, salles.scans_billets),
                (0.35, salles.mdm_inventaire),
                (0.12, salles.mdm_commande),
                (0.4, salles.bornes),
                (0.45, salles.ventes_casse_croute),
                (0.2, salles.inventaire_casse_croute),
                (0.4, salles.occupation),
                (0.15, salles.horaire_personnel),
            ]
        )

    def rapports_block(self) -> None:
        self.some(
            [
                (0.6, rapports.box_office),
                (0.35, rapports.plus_vus),
                (0.35, rapports.console_fidelite),
                (0.15, rapports.campagne),
                (0.35, rapports.horaire_films),
                (0.04, rapports.enregistrer_appareil),
            ]
        )

    def ecran_block(self) -> None:
        self.some(
            [
                (0.4, ecran.catalogue),
                (0.6, ecran.segment_hls),
                (0.4, ecran.segment_hls),
                (0.25, ecran.plus_regardes),
                (0.2, ecran.recherche),
                (0.3, ecran.pointage),
            ]
        )
        if self.p(0.45):
            self.next(ECRAN_VIEW, "ecran_view")
        if self.p(0.15):
            self.next(ECRAN_DEV, "ecran_dev")

    def balado_block(self) -> None:
        self.some(
            [
                (0.7, balado.morceau_audio),
                (0.4, balado.fil_episodes),
                (0.3, balado.palmares),
            ]
        )
        if self.p(0.35):
            self.next(BALADO_VIEW, "balado_view")
        if self.p(0.1):
            self.next(BALADO_DEV, "balado_dev")

    def banque_block(self) -> None:
        self.some(
            [
                (0.5, banque.taux),
                (0.25, banque.virement),
                (0.15, banque.depot_cheque),
                (0.12, banque.avatar),
                (0.12, banque.profil),
            ]
        )
        if self.p(0.4):
            self.next(BANQUE_BIO, "banque_bio")
        if self.p(0.15):
            self.next(BANQUE_DEV, "banque_dev")

    def montre_block(self) -> None:
        self.some(
            [
                (0.5, montre.journee),
                (0.3, montre.meteo_montre),
                (0.2, montre.cadran),
                (0.2, montre.poignet),
            ]
        )
        if self.p(0.3):
            self.next(MONTRE_DEV, "montre_dev")


def generate_session(seed: int, target: int) -> tuple[Gerante229, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.cabine_block),
        (0.2, s.salles_block),
        (0.12, s.rapports_block),
        (0.15, s.ecran_block),
        (0.1, s.balado_block),
        (0.13, s.banque_block),
        (0.1, s.montre_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.55)
