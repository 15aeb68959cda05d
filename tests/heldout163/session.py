"""The script of the set-163 session: the family's Tecno phone in Accra and
Abidjan runs a streaming app, a pay-TV app paired with the decoder, a music app,
a church app, a mobile-money wallet, a bank, a telco self-care app, a ride app,
a smart-TV companion and a smartwatch companion, with ordinary background
traffic in between. Sensitive events rotate through a schedule per app so that
even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    ayo,
    background,
    bank,
    decoplus,
    kente,
    nhyira,
    okada,
    sikapay,
    trackers,
    tvhome,
    wristfit,
    yentel,
)
from .phone import Phone163

START = 1709366400.0  # 2024-03-02T08:00:00Z (a Saturday: Ghana Premier League day)

Gen = Callable[[Context], Flow]

KENTE_VIEW: list[Gen] = [
    kente.progress_en,
    kente.suivi_fr,
    trackers.ct_video_watched,
    kente.hwe_twi,
    kente.continue_watching,
    kente.resume_blob,
    kente.progress_en,
]
CANAL_VIEW: list[Gen] = [
    decoplus.live_heartbeat,
    decoplus.journal_zapping,
    decoplus.live_heartbeat,
    decoplus.stb_ping_opaque,
]
AYO_VIEW: list[Gen] = [
    ayo.play_event,
    trackers.ct_song_played,
    ayo.ecoutes_fr,
    ayo.play_event,
    ayo.offline_sync_pb,
]
CHURCH_VIEW: list[Gen] = [
    nhyira.sermon_progress,
    nhyira.nnwom_tie,
    trackers.firebase_video,
    nhyira.recently_played,
]
TV_VIEW: list[Gen] = [tvhome.acr_report, tvhome.acr_report, tvhome.acr_packed]
MOMO_BIO: list[Gen] = [sikapay.smile_job_ci, sikapay.smile_zip_put, sikapay.smile_job_ci]
BANK_BIO: list[Gen] = [
    bank.face_login,
    bank.liveness_result,
    bank.onboarding_kyc,
    bank.sealed_liveness,
    bank.face_login,
]
DEVICE: list[Gen] = [
    sikapay.bind_device,
    trackers.appsflyer_launch,
    yentel.diag_ping,
    okada.adjust_session,
    trackers.ct_app_launched,
    wristfit.bind_watch,
    decoplus.receiver_status,
    yentel.device_register,
    trackers.firebase_screen,
    wristfit.sync_pb,
    okada.rider_session,
    tvhome.pair_tv,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone163.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            kente.register(c),
            kente.login(c),
            sikapay.bind_device(c),
            trackers.appsflyer_launch(c),
            decoplus.pair_decoder(c),
            yentel.device_register(c),
            okada.adjust_session(c),
            wristfit.bind_watch(c),
            tvhome.pair_tv(c),
            background.weather(c),
        ]

    def kente_block(self) -> None:
        self.some(
            [
                (0.6, kente.home_rails),
                (0.7, kente.poster),
                (0.5, kente.poster),
                (0.4, kente.manifest),
                (0.25, kente.top10),
                (0.25, kente.search),
                (0.15, trackers.facebook_content_view),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(KENTE_VIEW, "kente_view")

    def canal_block(self) -> None:
        self.some(
            [
                (0.5, decoplus.epg),
                (0.5, decoplus.live_score),
                (0.2, decoplus.audience),
                (0.2, decoplus.maquis_finder),
                (0.15, decoplus.renew_momo),
            ]
        )
        if self.p(0.8):
            self.next(CANAL_VIEW, "canal_view")

    def ayo_block(self) -> None:
        self.some(
            [
                (0.8, ayo.audio_chunk),
                (0.6, ayo.audio_chunk),
                (0.3, ayo.charts),
                (0.25, ayo.lyrics),
                (0.2, ayo.search),
            ]
        )
        if self.p(0.8):
            self.next(AYO_VIEW, "ayo_view")

    def church_block(self) -> None:
        self.some(
            [
                (0.5, nhyira.plan_progress),
                (0.3, nhyira.live_info),
                (0.2, nhyira.tithe),
                (0.15, nhyira.prayer_request),
            ]
        )
        if self.p(0.75):
            self.next(CHURCH_VIEW, "church_view")

    def money_block(self) -> None:
        self.some(
            [
                (0.5, sikapay.send_money),
                (0.4, sikapay.balance),
                (0.3, sikapay.fx_rates),
                (0.25, sikapay.smile_prep),
                (0.3, bank.statement),
                (0.2, bank.card_ocr),
                (0.15, bank.branches),
            ]
        )
        if self.p(0.7):
            self.next(MOMO_BIO, "momo_bio")
        if self.p(0.7):
            self.next(BANK_BIO, "bank_bio")

    def telco_block(self) -> None:
        self.some([(0.5, yentel.bundles), (0.3, yentel.speedtest), (0.3, yentel.airtime)])
        if self.p(0.3):
            self.flows.append(yentel.sim_rereg_selfie(self.ctx))

    def ride_block(self) -> None:
        self.some([(0.8, okada.route), (0.6, okada.driver_position), (0.3, okada.rate_trip)])

    def home_block(self) -> None:
        self.some(
            [
                (0.4, tvhome.keypress),
                (0.2, tvhome.app_store),
                (0.4, wristfit.heart_rate),
                (0.25, wristfit.watch_faces),
            ]
        )
        if self.p(0.75):
            self.next(TV_VIEW, "tv_view")

    def device_step(self) -> None:
        if self.p(0.5):
            self.next(DEVICE, "device")


def generate_session(seed: int, target: int) -> tuple[Phone163, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.kente_block),
        (0.13, s.canal_block),
        (0.13, s.ayo_block),
        (0.10, s.church_block),
        (0.15, s.money_block),
        (0.08, s.telco_block),
        (0.10, s.ride_block),
        (0.14, s.home_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4, s.device_step)
