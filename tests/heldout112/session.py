"""The script of the set-112 session: a physiotherapist's working day in Lyon.

Most blocks are her practice's apps (agenda and invoicing, the equipment hub,
patients' wearables, gait capture, exercise programmes, teleconsultation, the
anatomy atlas, the rugby club's staff app), all ordinary look-alikes; a few
short personal blocks (france.tv, Deezer podcasts, her bank, her watch and
earbuds, a weather app with ads) carry the sensitive flows. Sensitive events
rotate through a schedule per app so that even a small set covers each family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    analyse_marche,
    anatomie,
    background,
    banque,
    cabinet,
    club,
    equipement,
    exercices,
    formation,
    meteo,
    montre,
    patients_objets,
    podcasts,
    streaming,
    visio,
)
from .phone import Phone112

START = 1732176000.0  # 2024-11-21T08:00:00Z

Gen = Callable[[Context], Flow]

TV_VIEW: list[Gen] = [
    streaming.piano_av,
    streaming.resume_list,
    streaming.piano_av,
    streaming.quality_beacon_opaque,
    lambda c: streaming.piano_av(c, "av.play"),
]
PODCAST_VIEW: list[Gen] = [podcasts.log_listen, podcasts.log_listen, podcasts.resume_listening]
BANK_BIO: list[Gen] = [
    banque.face_liveness,
    banque.face_match,
    banque.face_liveness,
    banque.face_login_encrypted,
]
WATCH_DEV: list[Gen] = [montre.register_devices, montre.buds_fota, montre.watch_dump]
AD_DEV: list[Gen] = [
    meteo.admob_request,
    meteo.applovin_mediate,
    meteo.admob_request,
    meteo.config_opaque,
    meteo.firebase_installation,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone112.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            cabinet.register_device(c),
            equipement.hub_inventory(c),
            meteo.admob_request(c),
            cabinet.agenda(c),
            streaming.piano_av(c),
            visio.booking_sync(c),
            banque.face_liveness(c),
            background.transit(c),
        ]

    def cabinet_block(self) -> None:
        self.some(
            [
                (0.7, cabinet.agenda),
                (0.4, cabinet.book),
                (0.25, cabinet.new_patient),
                (0.5, cabinet.invoice),
                (0.15, cabinet.revenue),
                (0.06, cabinet.sync_agenda),
                (0.02, cabinet.register_device),
                (0.2, cabinet.dictation),
                (0.15, cabinet.reception_tablet),
                (0.25, cabinet.card_payment),
            ]
        )

    def plateau_block(self) -> None:
        self.some(
            [
                (0.5, equipement.shockwave_session),
                (0.4, equipement.ultrasound_status),
                (0.4, equipement.ems_suit),
                (0.35, equipement.dynamometer_test),
                (0.5, equipement.treadmill),
                (0.15, equipement.hub_inventory),
                (0.2, equipement.waiting_room_playout),
            ]
        )

    def suivi_block(self) -> None:
        self.some(
            [
                (0.8, patients_objets.wearable_sync),
                (0.4, patients_objets.knee_brace),
                (0.3, patients_objets.scale_weight),
            ]
        )

    def mocap_block(self) -> None:
        self.some(
            [
                (0.7, analyse_marche.gait_cycles),
                (0.5, analyse_marche.posture_landmarks),
                (0.5, analyse_marche.pose_stream),
                (0.3, analyse_marche.session_upload_meta),
                (0.2, analyse_marche.report_pdf),
            ]
        )

    def exos_block(self) -> None:
        self.some(
            [
                (0.6, exercices.library),
                (0.5, exercices.thumbnail),
                (0.4, exercices.preview_manifest),
                (0.5, exercices.assign),
                (0.35, exercices.cohort_stats),
                (0.12, exercices.patient_adherence),
                (0.15, exercices.clip_edit),
            ]
        )

    def visio_block(self) -> None:
        self.some([(0.5, visio.call_join), (0.3, visio.booking_sync), (0.1, visio.opening_hours)])
        for _ in range(self.rng.randint(1, 4)):
            self.flows.append(visio.qos_stats(self.ctx))

    def atlas_block(self) -> None:
        self.some(
            [
                (0.8, anatomie.model_mesh),
                (0.4, anatomie.model_binary),
                (0.4, anatomie.annotations),
                (0.2, anatomie.quiz),
                (0.3, anatomie.texture_blob),
            ]
        )

    def club_block(self) -> None:
        self.some(
            [
                (0.6, club.roster),
                (0.6, club.headshot),
                (0.4, club.headshot),
                (0.4, club.injury_report),
                (0.5, club.gps_loads),
            ]
        )

    def tv_block(self) -> None:
        self.some(
            [
                (0.6, streaming.catalogue),
                (0.5, streaming.manifest),
                (0.15, streaming.adjust_session),
            ]
        )
        self.next(TV_VIEW, "tv_view")

    def podcast_block(self) -> None:
        self.some(
            [(0.4, podcasts.search), (0.4, podcasts.podcast_charts), (0.2, podcasts.user_data)]
        )
        self.next(PODCAST_VIEW, "podcast_view")

    def bank_block(self) -> None:
        if self.p(0.2):
            self.flows.append(banque.device_binding(self.ctx))
        self.next(BANK_BIO, "bank_bio")
        self.some([(0.8, banque.accounts), (0.3, banque.cheque_ocr)])

    def watch_block(self) -> None:
        self.some([(0.6, montre.heart_rate), (0.4, montre.sleep)])
        if self.p(0.8):
            self.next(WATCH_DEV, "watch_dev")

    def formation_block(self) -> None:
        self.some(
            [
                (0.5, formation.catalogue),
                (0.6, formation.reading_statement),
                (0.4, formation.reading_statement),
                (0.3, formation.leaderboard),
                (0.4, formation.quiz_answer),
                (0.35, formation.video_statement),
            ]
        )

    def meteo_block(self) -> None:
        self.some([(0.8, meteo.forecast), (0.6, meteo.radar_tile), (0.3, meteo.pollen)])
        if self.p(0.7):
            self.next(AD_DEV, "ad_dev")


def generate_session(seed: int, target: int) -> tuple[Phone112, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.cabinet_block),
        (0.16, s.plateau_block),
        (0.1, s.suivi_block),
        (0.12, s.mocap_block),
        (0.12, s.exos_block),
        (0.1, s.visio_block),
        (0.07, s.atlas_block),
        (0.07, s.club_block),
        (0.035, s.tv_block),
        (0.04, s.formation_block),
        (0.025, s.podcast_block),
        (0.04, s.bank_block),
        (0.03, s.watch_block),
        (0.05, s.meteo_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
