"""The script of the set-214 session: a working day of Jonas, fleet manager
at a Berlin car-sharing and e-scooter operator. Most of the traffic is his
fleet-ops app (cars, telematics boxes, scooters, chargers, workshop, damage
photos, licence checks, head units) and ordinary background traffic; his own
streaming app, bank app and smartwatch give the few sensitive flows. Sensitive
events rotate through a schedule per app so that even a small set covers every
family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, flotte, kino, uhr
from .phone import Jonas214

START = 1764568800.0  # 2025-12-01T06:00:00Z

Gen = Callable[[Context], Flow]

FLOTTE_SENS: list[Gen] = [
    flotte.fuehrerschein_selfie,
    flotte.keepalive_opaque,
    flotte.infotainment_jetzt,
    flotte.installation_header,
    flotte.geraet_registrieren,
]
KINO_VIEW: list[Gen] = [
    kino.fortschritt,
    kino.conviva_hb,
    kino.opaque_beacon,
    kino.appsflyer_content_view,
    kino.weiterschauen,
    kino.rtb_bid,
    kino.conviva_hb,
]
KINO_DEV: list[Gen] = [kino.appsflyer_launch, kino.opaque_device, kino.firebase_install]
BANK_BIO: list[Gen] = [bank.selfie_kyc, bank.face_login_pb, bank.face_login, bank.face_login]
UHR_DEV: list[Gen] = [uhr.sync, uhr.dump_pb, uhr.status, uhr.koppeln, uhr.sync]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Jonas214.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            flotte.geraet_registrieren(c),
            flotte.einsatzkarte(c),
            kino.firebase_install(c),
            kino.appsflyer_launch(c),
            bank.geraet_binden(c),
            uhr.koppeln(c),
            background.weather(c),
        ]

    def flotte_block(self) -> None:
        self.some(
            [
                (0.6, flotte.fahrzeugliste),
                (0.5, flotte.telematik_status),
                (0.35, flotte.scooterliste),
                (0.3, flotte.akkutausch),
                (0.25, flotte.einsatzkarte),
                (0.25, flotte.ladesaeulen),
                (0.15, flotte.ladevorgang),
                (0.2, flotte.entriegeln),
                (0.2, flotte.fahrtverlauf),
                (0.15, flotte.schadensfoto),
                (0.1, flotte.schadenerkennung),
                (0.12, flotte.werkstatt_diagnose),
                (0.08, flotte.box_tauschen),
                (0.15, flotte.fuehrerschein_ergebnis),
                (0.12, flotte.infotainment_sender),
            ]
        )
        if self.p(0.12):
            self.next(FLOTTE_SENS, "flotte_sens")

    def kino_block(self) -> None:
        self.some([(0.6, kino.segment), (0.5, kino.segment), (0.4, kino.katalog),
                   (0.3, kino.trailer_aufrufe), (0.2, kino.suche)])  # fmt: skip
        if self.p(0.6):
            self.next(KINO_VIEW, "kino_view")
        if self.p(0.2):
            self.next(KINO_DEV, "kino_dev")

    def bank_block(self) -> None:
        self.some([(0.7, bank.kontostand), (0.3, bank.ueberweisung), (0.15, bank.profil),
                   (0.1, bank.profilbild)])  # fmt: skip
        if self.p(0.45):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.1):
            self.flows.append(bank.geraet_binden(self.ctx))

    def uhr_block(self) -> None:
        self.some([(0.6, uhr.tag), (0.25, uhr.zifferblatt), (0.2, uhr.handgelenk)])
        if self.p(0.5):
            self.next(UHR_DEV, "uhr_dev")


def generate_session(seed: int, target: int) -> tuple[Jonas214, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.66, s.flotte_block),
        (0.14, s.kino_block),
        (0.09, s.bank_block),
        (0.11, s.uhr_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.55)
