"""The script of the set-166 session: a working day of a car saleswoman in Munich.

Most of the day is the dealership's traffic (the DMS, demo cars' telematics and
head units, test drives, trade-in phone wipes, showroom screens, the workshop's
testers); in between she uses her own music, streaming and bank apps. A
precision stress set: about nine tenths ordinary look-alikes. Sensitive events
rotate through a schedule per app so that even a small set covers every family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    dms,
    fleet,
    flimmer,
    klangraum,
    showroom,
    testdrive,
    tradein,
    workshop,
)
from .phone import Phone166

START = 1733036400.0  # 2024-12-01T07:00:00Z, 08:00 in Munich

Gen = Callable[[Context], Flow]

DMS_DEV: list[Gen] = [dms.push_register, dms.mdm_checkin, dms.login]
KLANG_VIEW: list[Gen] = [
    klangraum.scrobble,
    klangraum.recently_played,
    klangraum.scrobble,
    klangraum.playback_beacon,
]
KLANG_DEV: list[Gen] = [klangraum.appsflyer, klangraum.output_device, klangraum.firebase_install]
FLIMMER_VIEW: list[Gen] = [
    flimmer.heartbeat,
    flimmer.continue_watching,
    flimmer.heartbeat,
    flimmer.telemetry_blob,
]
BANK_BIO: list[Gen] = [bank.idnow_selfie, bank.face_login, bank.liveness_encrypted, bank.face_login]
BANK_DEV: list[Gen] = [bank.device_binding, bank.fraud_check]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone166.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            klangraum.appsflyer(c),
            klangraum.scrobble(c),
            background.departures(c),
            bank.face_login(c),
            dms.login(c),
            dms.appointments(c),
            showroom.playlist(c),
        ]

    def dms_block(self) -> None:
        self.some(
            [
                (0.6, dms.leads),
                (0.5, dms.customer),
                (0.4, dms.stock),
                (0.25, dms.appraisal),
                (0.3, dms.leasing_offer),
                (0.12, dms.contract_upload),
                (0.2, dms.appointments),
            ]
        )
        if self.p(0.07):
            self.next(DMS_DEV, "dms_dev")

    def fleet_block(self) -> None:
        self.some(
            [
                (0.7, fleet.vehicle_status),
                (0.3, fleet.remote_unlock),
                (0.2, fleet.headunit_inventory),
                (0.2, fleet.headunit_update),
                (0.2, fleet.demo_media_loop),
                (0.4, fleet.telematics_trip),
            ]
        )

    def testdrive_block(self) -> None:
        self.some(
            [
                (0.8, testdrive.start),
                (0.5, testdrive.licence_ocr),
                (0.5, testdrive.signature),
                (0.6, testdrive.finish),
                (0.3, testdrive.feedback),
            ]
        )

    def tradein_block(self) -> None:
        self.some(
            [
                (0.8, tradein.wipe_report),
                (0.4, tradein.price_quote),
                (0.4, tradein.paired_phones_clear),
            ]
        )

    def showroom_block(self) -> None:
        self.some(
            [
                (0.8, showroom.proof_of_play),
                (0.2, showroom.playlist),
                (0.6, showroom.configurator_video),
                (0.4, showroom.configuration),
                (0.3, showroom.visitor_count),
            ]
        )

    def workshop_block(self) -> None:
        self.some(
            [
                (0.5, workshop.vci_status),
                (0.6, workshop.fault_memory),
                (0.3, workshop.adas_calibration),
                (0.2, workshop.key_programming),
                (0.25, workshop.voice_assistant_test),
            ]
        )

    def klang_block(self) -> None:
        self.some(
            [
                (0.4, klangraum.charts),
                (0.3, klangraum.search),
                (0.7, klangraum.cover),
                (0.4, klangraum.cover),
            ]
        )
        if self.p(0.5):
            self.next(KLANG_VIEW, "klang_view")
        if self.p(0.2):
            self.next(KLANG_DEV, "klang_dev")

    def flimmer_block(self) -> None:
        self.some([(0.5, flimmer.manifest), (0.5, flimmer.top10), (0.5, flimmer.catalogue)])
        if self.p(0.6):
            self.next(FLIMMER_VIEW, "flimmer_view")
        if self.p(0.12):
            self.flows.append(flimmer.register_device(self.ctx))

    def bank_block(self) -> None:
        self.some([(0.7, bank.balance), (0.6, bank.transactions)])
        if self.p(0.7):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.3):
            self.next(BANK_DEV, "bank_dev")


def generate_session(seed: int, target: int) -> tuple[Phone166, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.24, s.dms_block),
        (0.14, s.fleet_block),
        (0.12, s.testdrive_block),
        (0.07, s.tradein_block),
        (0.12, s.showroom_block),
        (0.10, s.workshop_block),
        (0.07, s.klang_block),
        (0.05, s.flimmer_block),
        (0.06, s.bank_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
