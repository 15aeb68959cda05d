"""The script of the set-102 session: a veterinarian's day on her Pixel 8.
Mostly clinic, farm, kennel, telemedicine and CPD traffic (hard decoys), with a
small rotating schedule of her own truly sensitive flows so every category and
family (opaque ones too) shows up even in a small set.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, clinic, farm, own, pets, telemed
from .phone import Phone102

START = 1732953600.0  # 2024-11-30T08:00:00Z

Gen = Callable[[Context], Flow]

VIEW: list[Gen] = [
    own.watch_heartbeat,
    own.podcast_listens,
    own.resume_points,
    own.continue_watching,
    own.watch_heartbeat,
    own.podcast_listens,
    own.watch_opaque,
]
BIO: list[Gen] = [own.bank_selfie, own.voice_login, own.bank_match, own.voice_login, own.bio_opaque]
DEV: list[Gen] = [
    own.admob,
    own.wearables,
    own.ad_sdk,
    own.app_instance,
    own.admob,
    own.wearable_opaque,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone102.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [background.generate_204(c), background.flags(c), own.wearables(c)]

    def clinic_block(self) -> None:
        self.some(
            [
                (0.8, clinic.patient_record),
                (0.5, clinic.chip_lookup),
                (0.4, clinic.xray_upload),
                (0.3, clinic.ultrasound_measure),
                (0.5, clinic.analyser_results),
                (0.2, clinic.gleas_status),
            ]
        )

    def farm_block(self) -> None:
        self.some(
            [
                (0.8, farm.collar_sync),
                (0.5, farm.heat_alert),
                (0.5, farm.treatment_log),
                (0.2, farm.collar_pair),
            ]
        )

    def pets_block(self) -> None:
        self.some(
            [
                (0.5, pets.kennel_cams),
                (0.6, pets.kennel_motion),
                (0.5, pets.petface_search),
                (0.3, pets.petface_enrol),
                (0.5, pets.bark_analysis),
            ]
        )

    def tele_block(self) -> None:
        self.some(
            [
                (0.8, telemed.call_stats),
                (0.5, telemed.call_stats),
                (0.4, telemed.consult_notes),
                (0.5, telemed.cpd_progress),
                (0.3, telemed.cpd_catalogue),
                (0.4, telemed.game_telemetry),
            ]
        )

    def own_block(self) -> None:
        self.some([(0.5, background.news_video), (0.3, background.fuel_prices)])
        if self.p(0.38):
            self.next(VIEW, "view")
        if self.p(0.32):
            self.next(BIO, "bio")
        if self.p(0.2):
            self.next(DEV, "dev")


def generate_session(seed: int, target: int) -> tuple[Phone102, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.24, s.clinic_block),
        (0.16, s.farm_block),
        (0.18, s.pets_block),
        (0.2, s.tele_block),
        (0.22, s.own_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
