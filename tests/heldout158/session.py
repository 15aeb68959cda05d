"""The script of the set-158 session: a morning at a veterinary clinic's reception
in Lyon. The receptionist works in the practice-management system, reads chips,
sends X-rays and lab panels, while the kennel cams, the waiting-room screen and
clients' booking forms add their traffic; between patients she uses Deezer,
Cinéflux, her bank (a selfie check) and the lost-pet app on her own phone.

A precision stress set: about nine tenths of the flows are ordinary look-alikes
(animals' faces and voices, chip numbers, equipment serials, proof-of-play),
and the few sensitive flows rotate through schedules so that even a small set
shows every family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    banque,
    cineflux,
    clinique,
    imagerie,
    musique,
    pension,
    puce,
    rdv,
    retrouvanimal,
    salle,
)
from .phone import Phone158

START = 1732608000.0  # 2024-11-26T08:00:00Z

Gen = Callable[[Context], Flow]

DEEZER_VIEW: list[Gen] = [musique.log_listen, musique.recemment_ecoute, musique.log_listen]
CINE_VIEW: list[Gen] = [
    cineflux.progression,
    cineflux.reprendre,
    cineflux.progression,
    cineflux.balise_compacte,
    cineflux.progression,
]
CINE_DEV: list[Gen] = [cineflux.appsflyer_lancement, cineflux.firebase_analytics]
BANQUE_BIO: list[Gen] = [
    banque.selfie_onfido,
    banque.video_vivacite,
    banque.verification_chiffree,
    banque.selfie_onfido,
    banque.video_vivacite,
]
BANQUE_DEV: list[Gen] = [banque.liaison_appareil, banque.ping_fraude, banque.liaison_appareil]
RETROUVE_DEV: list[Gen] = [retrouvanimal.enregistrer_appareil, retrouvanimal.firebase_installation]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone158.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            clinique.poste_heartbeat(c),
            salle.playlist(c),
            musique.mobile_auth(c),
            musique.log_listen(c),
            cineflux.appsflyer_lancement(c),
            retrouvanimal.firebase_installation(c),
            clinique.agenda(c),
            banque.liaison_appareil(c),
            banque.selfie_onfido(c),
            background.heure(c),
        ]

    def clinique_block(self) -> None:
        self.some(
            [
                (0.6, clinique.agenda),
                (0.6, clinique.fiche_animal),
                (0.3, clinique.facture),
                (0.15, clinique.rappels_sms),
                (0.2, clinique.poste_heartbeat),
                (0.4, clinique.salle_attente_file),
                (0.3, clinique.recherche_client),
                (0.2, clinique.ordonnance_pdf),
            ]
        )

    def retrouve_block(self) -> None:
        self.some(
            [
                (0.4, retrouvanimal.photo_museau),
                (0.5, retrouvanimal.reperes_visage_animal),
                (0.3, retrouvanimal.empreinte_compacte),
                (0.4, retrouvanimal.annonces_proches),
                (0.12, retrouvanimal.selfie_proprietaire),
            ]
        )
        if self.p(0.12):
            self.next(RETROUVE_DEV, "retrouve_dev")

    def pension_block(self) -> None:
        self.some(
            [
                (0.5, pension.suivi_visage_chien),
                (0.5, pension.aboiement),
                (0.2, pension.extrait_audio),
                (0.4, pension.instantane),
                (0.3, pension.manifeste_direct),
                (0.15, pension.spectateurs),
                (0.3, pension.mouvement),
            ]
        )

    def imagerie_block(self) -> None:
        self.some(
            [
                (0.5, imagerie.etude_radio),
                (0.6, imagerie.image_radio),
                (0.5, imagerie.resultats_hemato),
                (0.1, imagerie.controle_qualite),
            ]
        )

    def puce_block(self) -> None:
        self.some(
            [
                (0.8, puce.lecture_puce),
                (0.5, puce.registre_recherche),
                (0.05, puce.lecteur_firmware),
            ]
        )

    def salle_block(self) -> None:
        self.some(
            [
                (0.7, salle.preuve_diffusion),
                (0.3, salle.playlist),
                (0.4, salle.clip),
                (0.3, salle.etat_ecran),
            ]
        )

    def rdv_block(self) -> None:
        self.some([(0.7, rdv.formulaire), (0.4, rdv.creneaux_libres), (0.4, rdv.confirmation)])

    def musique_block(self) -> None:
        self.some(
            [
                (0.4, musique.recherche),
                (0.3, musique.classement),
                (0.3, musique.flow_reco),
                (0.6, musique.pochette),
                (0.1, musique.parametres),
                (0.06, musique.mobile_auth),
            ]
        )
        if self.p(0.4):
            self.next(DEEZER_VIEW, "deezer_view")

    def cineflux_block(self) -> None:
        self.some(
            [
                (0.5, cineflux.catalogue),
                (0.7, cineflux.vignette),
                (0.3, cineflux.licence_drm),
                (0.3, cineflux.recherche),
                (0.3, cineflux.manifeste),
            ]
        )
        if self.p(0.45):
            self.next(CINE_VIEW, "cine_view")
        if self.p(0.2):
            self.next(CINE_DEV, "cine_dev")

    def banque_block(self) -> None:
        self.some([(0.6, banque.solde), (0.5, banque.operations), (0.15, banque.document_identite)])
        if self.p(0.35):
            self.next(BANQUE_BIO, "banque_bio")
        if self.p(0.3):
            self.next(BANQUE_DEV, "banque_dev")


def generate_session(seed: int, target: int) -> tuple[Phone158, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.22, s.clinique_block),
        (0.07, s.retrouve_block),
        (0.10, s.pension_block),
        (0.08, s.imagerie_block),
        (0.07, s.puce_block),
        (0.07, s.salle_block),
        (0.08, s.rdv_block),
        (0.06, s.musique_block),
        (0.05, s.cineflux_block),
        (0.04, s.banque_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
