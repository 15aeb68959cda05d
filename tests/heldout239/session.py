"""The script of the set-239 session: a studio engineer's day at an Oslo
broadcaster. Most flows are the broadcaster's: the playout system's as-run
logs, audience ratings, studio PTZ cameras and the auto-tracking server,
intercom beltpacks, replay servers, the newsroom's MDM inventory and the
building's face-terminal access control. Between them run her own apps (the
SeHer streaming app, the Lytt podcast app, Fjordbanken, her watch's companion
app) and ordinary background traffic. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    adgang,
    background,
    bank,
    intercom,
    kamera,
    klokke,
    lytt,
    mdm,
    playout,
    publikum,
    replay,
    seher,
)
from .phone import Engineer239

START = 1733209200.0  # 2024-12-03T07:00:00Z (08:00 in Oslo)

Gen = Callable[[Context], Flow]

SEHER_VIEW: list[Gen] = [
    seher.fremdrift,
    seher.appsflyer_view,
    seher.sport_heartbeat,
    seher.fortsett_a_se,
    seher.beacon_opaque,
    seher.fremdrift,
    seher.seerhistorikk,
    seher.sport_heartbeat,
]
SEHER_DEV: list[Gen] = [
    seher.appsflyer_launch,
    seher.firebase_bundle,
    seher.registrer_enhet,
    seher.firebase_installation,
]
LYTT_VIEW: list[Gen] = [lytt.fremdrift, lytt.siste_avspilt, lytt.batch_opaque, lytt.fremdrift]
LYTT_DEV: list[Gen] = [lytt.installer, lytt.konfig_hashed]
BANK_BIO: list[Gen] = [
    bank.onfido_live_photo,
    bank.onfido_live_video,
    bank.reverifisering_opaque,
    bank.onfido_live_photo,
]
KLOKKE_DEV: list[Gen] = [klokke.sync, klokke.manifest_protobuf, klokke.pair, klokke.sync]
ADGANG_BIO: list[Gen] = [adgang.face_enrol, adgang.template_sync_opaque, adgang.face_enrol]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Engineer239.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            seher.firebase_installation(c),
            seher.appsflyer_launch(c),
            lytt.installer(c),
            bank.bankid_authorize(c),
            bank.device_bind(c),
            klokke.pair(c),
            background.met_forecast(c),
        ]
        self.next(BANK_BIO, "bank_bio")
        self.next(SEHER_VIEW, "seher_view")

    # --- the broadcaster's systems (ordinary traffic, look-alikes) ----------

    def playout_block(self) -> None:
        self.some(
            [
                (0.8, playout.kjorelogg),
                (0.35, playout.sendeplan),
                (0.4, playout.status),
                (0.25, playout.sekundaer_hendelse),
                (0.3, playout.kjorelogg),
            ]
        )

    def publikum_block(self) -> None:
        self.some(
            [(0.7, publikum.overnatt), (0.5, publikum.minuttkurve), (0.2, publikum.ukerapport)]
        )

    def kamera_block(self) -> None:
        self.some(
            [
                (0.7, kamera.pan_tilt),
                (0.5, kamera.zoom),
                (0.3, kamera.preset),
                (0.2, kamera.iris),
                (0.6, kamera.tracking_status),
                (0.2, kamera.tracking_control),
                (0.1, kamera.tracking_area),
                (0.12, kamera.camera_info),
            ]
        )

    def intercom_block(self) -> None:
        self.some(
            [
                (0.7, intercom.beltpacks),
                (0.3, intercom.keyset),
                (0.3, intercom.antenner),
                (0.2, intercom.partyline),
            ]
        )

    def replay_block(self) -> None:
        self.some(
            [
                (0.7, replay.klipp),
                (0.45, replay.merk_klipp),
                (0.3, replay.spilleliste),
                (0.12, replay.servere),
            ]
        )

    def mdm_block(self) -> None:
        self.some([(0.75, mdm.inventar), (0.3, mdm.policy), (0.2, mdm.appkatalog)])

    def adgang_block(self) -> None:
        self.some(
            [
                (0.6, adgang.hendelser),
                (0.4, adgang.dorstatus),
                (0.4, adgang.heartbeat),
            ]
        )
        if self.p(0.3):
            self.next(ADGANG_BIO, "adgang_bio")

    # --- her own apps ---------------------------------------------------------

    def seher_block(self) -> None:
        self.some(
            [
                (0.5, seher.forside),
                (0.6, seher.hls_segment),
                (0.5, seher.hls_segment),
                (0.4, seher.thumbnail),
                (0.2, seher.sok),
                (0.2, seher.mest_sett),
                (0.2, seher.sportsresultater),
                (0.15, seher.tv_guide),
            ]
        )
        if self.p(0.55):
            self.next(SEHER_VIEW, "seher_view")
        if self.p(0.2):
            self.next(SEHER_DEV, "seher_dev")

    def lytt_block(self) -> None:
        self.some(
            [
                (0.7, lytt.lydbit),
                (0.5, lytt.lydbit),
                (0.35, lytt.feed),
                (0.2, lytt.topplister),
                (0.15, lytt.sok),
            ]
        )
        if self.p(0.5):
            self.next(LYTT_VIEW, "lytt_view")
        if self.p(0.2):
            self.next(LYTT_DEV, "lytt_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.3, bank.bankid_authorize),
                (0.3, bank.bankid_token),
                (0.6, bank.saldo),
                (0.3, bank.betaling),
                (0.3, bank.varsler),
                (0.1, bank.avatar),
                (0.12, bank.onfido_document_back),
            ]
        )
        if self.p(0.4):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.15):
            self.flows.append(bank.device_bind(self.ctx))

    def klokke_block(self) -> None:
        self.some(
            [
                (0.6, klokke.daily),
                (0.4, klokke.watch_weather),
                (0.15, klokke.firmware),
                (0.2, klokke.routes),
            ]
        )
        if self.p(0.45):
            self.next(KLOKKE_DEV, "klokke_dev")


def generate_session(seed: int, target: int) -> tuple[Engineer239, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.12, s.playout_block),
        (0.08, s.publikum_block),
        (0.14, s.kamera_block),
        (0.07, s.intercom_block),
        (0.08, s.replay_block),
        (0.05, s.mdm_block),
        (0.08, s.adgang_block),
        (0.16, s.seher_block),
        (0.08, s.lytt_block),
        (0.07, s.bank_block),
        (0.07, s.klokke_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
