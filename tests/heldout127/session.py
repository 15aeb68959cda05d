"""The script of the set-127 session: the family's phone moves between ten apps
(replay, commercial channel, music, podcasts, community radio, football,
neobank, dating, photos, living-room box and TV) and a watch companion, with
ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    banque,
    chaine,
    foot,
    mesure,
    montre,
    musique,
    photos,
    podcast,
    radio,
    rencontre,
    replay,
    salon,
)
from .phone import Phone127

START = 1762934400.0  # 2025-11-12T08:00:00Z

Gen = Callable[[Context], Flow]

REPLAY_VIEW: list[Gen] = [
    replay.visionnage,
    replay.estat,
    replay.piano,
    replay.reprise,
    replay.estat_old,
    replay.visionnage,
    replay.historique_hors_ligne,
]
CHAINE_VIEW: list[Gen] = [
    chaine.lecture_evenement,
    chaine.beacon_contenu,
    chaine.piano,
    chaine.direct_heartbeat,
    chaine.beacon_contenu,
]
MUSIQUE_VIEW: list[Gen] = [
    musique.ecoutes,
    musique.firebase_ecoute,
    musique.ecoutes,
    musique.ecoutes_hors_ligne,
]
PODCAST_VIEW: list[Gen] = [
    podcast.progression,
    podcast.en_cours,
    podcast.progression_legacy,
    podcast.progression,
]
RADIO_VIEW: list[Gen] = [radio.sma3_session, radio.sma3_session, radio.sma3_queue]
FOOT_VIEW: list[Gen] = [foot.clip_bekeken, foot.verder_kijken, foot.clip_bekeken]
BANQUE_BIO: list[Gen] = [
    banque.ubble_selfie,
    banque.voix_enrolement,
    banque.ubble_resultat,
    banque.voix_verification,
    banque.selfie_chiffre,
    banque.voix_verification,
]
BANQUE_DEV: list[Gen] = [banque.liaison_appareil, banque.integrite, banque.liaison_appareil]
RENCONTRE_BIO: list[Gen] = [
    rencontre.verification_selfie,
    rencontre.verification_selfie,
    rencontre.gabarit,
]
PHOTOS_BIO: list[Gen] = [photos.visages, photos.visages, photos.visages_pb]
SALON_VIEW: list[Gen] = [
    salon.acr_rapport,
    salon.zapping,
    salon.acr_empreintes,
    salon.derniers_vus,
    salon.acr_rapport,
]
SALON_DEV: list[Gen] = [salon.box_etat, salon.box_enregistrement]


def _sdk(app: str, aid: str) -> list[Gen]:
    """The start-up SDK calls an app makes, in rotation."""
    return [
        lambda c: mesure.didomi_consent(c, app),
        lambda c: mesure.batch_start(c, app, aid),
        lambda c: mesure.adjust_session(c, app, aid),
        lambda c: mesure.appsflyer_launch(c, app, aid),
        lambda c: mesure.smart_ad(c, app, opaque=True),
        lambda c: mesure.piano_page(c, app, "accueil"),
    ]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone127.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            mesure.didomi_consent(c, "ecranpublic"),
            mesure.smart_ad(c, "huitplus"),
            musique.enregistrement(c),
            radio.jihaz(c),
            banque.liaison_appareil(c),
            rencontre.enregistrement(c),
            salon.box_enregistrement(c),
            montre.association(c),
            background.heure(c),
        ]

    def replay_block(self) -> None:
        self.some(
            [
                (0.7, replay.catalogue),
                (0.8, replay.vignette),
                (0.5, replay.vignette),
                (0.3, replay.recherche),
                (0.5, replay.manifeste),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(REPLAY_VIEW, "replay_view")
        if self.p(0.3):
            self.next(_sdk("ecranpublic", "aid_replay"), "sdk_replay")

    def chaine_block(self) -> None:
        self.some(
            [
                (0.5, chaine.vmap),
                (0.7, chaine.beacon_pub),
                (0.5, chaine.beacon_pub),
                (0.3, chaine.grille),
                (0.08, chaine.inscription),
            ]
        )
        if self.p(0.85):
            self.next(CHAINE_VIEW, "chaine_view")
        if self.p(0.3):
            self.next(_sdk("huitplus", "aid_chaine"), "sdk_chaine")

    def musique_block(self) -> None:
        self.some(
            [
                (0.5, musique.flow_reco),
                (0.3, musique.classement),
                (0.3, musique.paroles),
                (0.05, musique.enregistrement),
            ]
        )
        if self.p(0.8):
            self.next(MUSIQUE_VIEW, "musique_view")
        if self.p(0.2):
            self.next(_sdk("melodie", "aid_musique"), "sdk_musique")

    def podcast_block(self) -> None:
        self.some(
            [(0.5, podcast.telechargement), (0.4, podcast.flux_rss), (0.35, podcast.lecture_livre)]
        )
        if self.p(0.75):
            self.next(PODCAST_VIEW, "podcast_view")

    def radio_block(self) -> None:
        self.some(
            [(0.6, radio.stream), (0.4, radio.jadwal), (0.3, radio.dedicace), (0.05, radio.jihaz)]
        )
        if self.p(0.75):
            self.next(RADIO_VIEW, "radio_view")

    def foot_block(self) -> None:
        self.some(
            [
                (0.7, foot.livescore),
                (0.4, foot.schotenkaart),
                (0.3, foot.opstelling),
                (0.6, foot.foto),
                (0.3, foot.pub),
            ]
        )
        if self.p(0.6):
            self.next(FOOT_VIEW, "foot_view")

    def banque_block(self) -> None:
        self.some(
            [
                (0.7, banque.operations),
                (0.4, banque.cours),
                (0.2, banque.commande_vocale),
                (0.1, banque.ouverture),
            ]
        )
        if self.p(0.75):
            self.next(BANQUE_BIO, "banque_bio")
        if self.p(0.35):
            self.next(BANQUE_DEV, "banque_dev")

    def rencontre_block(self) -> None:
        self.some(
            [
                (0.7, rencontre.pile),
                (0.5, rencontre.message),
                (0.3, rencontre.photo_profil),
                (0.2, rencontre.profil),
                (0.2, rencontre.resultat),
                (0.05, rencontre.enregistrement),
            ]
        )
        if self.p(0.65):
            self.next(RENCONTRE_BIO, "rencontre_bio")

    def photos_block(self) -> None:
        self.some(
            [
                (0.7, photos.miniature),
                (0.5, photos.miniature),
                (0.3, photos.personnes),
                (0.3, photos.animaux),
                (0.25, photos.ocr),
                (0.25, photos.lieux),
                (0.3, photos.sauvegarde),
            ]
        )
        if self.p(0.8):
            self.next(PHOTOS_BIO, "photos_bio")

    def salon_block(self) -> None:
        self.some([(0.4, salon.guide), (0.5, salon.telecommande), (0.2, salon.scan_wifi)])
        if self.p(0.8):
            self.next(SALON_VIEW, "salon_view")
        if self.p(0.3):
            self.next(SALON_DEV, "salon_dev")

    def montre_block(self) -> None:
        self.some(
            [
                (0.6, montre.cardio),
                (0.3, montre.cadrans),
                (0.4, montre.liste),
                (0.25, montre.journal),
                (0.05, montre.association),
            ]
        )


def generate_session(seed: int, target: int) -> tuple[Phone127, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.12, s.replay_block),
        (0.11, s.chaine_block),
        (0.10, s.musique_block),
        (0.08, s.podcast_block),
        (0.07, s.radio_block),
        (0.09, s.foot_block),
        (0.10, s.banque_block),
        (0.09, s.rencontre_block),
        (0.09, s.photos_block),
        (0.10, s.salon_block),
        (0.05, s.montre_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.3)
