"""The script of the set-77 session: on a Huawei Mate 60 the tester (and family)
use two Arabic streaming apps, a football app, a Quran / nasheed app, a podcast
app, the smart screen's companion, a bank with face onboarding and voice
banking, and a ride-hailing captain app, with background traffic between.
Sensitive events rotate through a schedule per app so that every family shows,
opaque ones too, even in a small set.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, koora, layali, mashahid, podcast, ride, tilawa, vision, voicebank
from .phone import Phone77
from .schedules import (
    BANK_BIO,
    KO_VIEW,
    LY_VIEW,
    MS_VIEW,
    PO_VIEW,
    RIDE_BIO,
    TI_VIEW,
    TV_DEV,
    TV_VIEW,
    VOICE_BIO,
    Gen,
    sdk_schedule,
)

START = 1764489600.0  # 2025-11-30T08:00:00Z


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone77.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def sdk(self, app: str, prob: float = 0.45) -> None:
        if self.p(prob):
            self.next(sdk_schedule(app), f"sdk_{app}")

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.time_sync(c),
            layali.drm_register(c),
            koora.push_register(c),
            bank.device_binding(c),
            ride.device_register(c),
            vision.pair_screen(c),
        ]

    def views(self, schedule: list[Gen], key: str, prob: float = 0.9) -> None:
        for _ in range(self.rng.randint(1, 2) if self.p(prob) else 0):
            self.next(schedule, key)

    def mashahid_block(self) -> None:
        self.some(
            [
                (0.6, mashahid.catalogue),
                (0.7, mashahid.thumbnail),
                (0.3, mashahid.search),
                (0.4, mashahid.drm_license),
            ]
        )
        self.views(MS_VIEW, "ms")
        self.sdk("mashahid")

    def layali_block(self) -> None:
        self.some(
            [
                (0.4, layali.epg),
                (0.2, layali.plans),
                (0.5, layali.trailer_preview),
                (0.08, layali.drm_register),
            ]
        )
        self.views(LY_VIEW, "ly")
        self.sdk("layali")

    def koora_block(self) -> None:
        self.some(
            [
                (0.7, koora.scores),
                (0.3, koora.fantasy),
                (0.4, koora.highlights_clip),
                (0.08, koora.push_register),
            ]
        )
        self.views(KO_VIEW, "ko")
        self.sdk("koora")

    def tilawa_block(self) -> None:
        self.some(
            [(0.4, tilawa.reading_bookmark), (0.4, tilawa.prayer_times), (0.4, tilawa.page_image)]
        )
        self.views(TI_VIEW, "ti", 0.85)
        self.sdk("tilawa")

    def podcast_block(self) -> None:
        self.some([(0.4, podcast.rss), (0.3, podcast.search), (0.5, podcast.artwork)])
        self.views(PO_VIEW, "po", 0.85)

    def vision_block(self) -> None:
        self.some(
            [
                (0.5, vision.keypress),
                (0.3, vision.weather_widget),
                (0.25, vision.app_store),
                (0.2, vision.screen_status),
            ]
        )
        self.views(TV_VIEW, "tv", 0.85)
        if self.p(0.3):
            self.next(TV_DEV, "tv_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.balances),
                (0.3, bank.fx_rates),
                (0.15, bank.profile_form),
                (0.1, bank.device_binding),
            ]
        )
        self.views(BANK_BIO, "bank_bio", 0.9)
        if self.p(0.5):
            self.next(VOICE_BIO, "voice_bio")
        if self.p(0.25):
            self.flows.append(voicebank.assistant_stt(self.ctx))
        self.sdk("bank", 0.35)

    def ride_block(self) -> None:
        self.some(
            [
                (0.6, ride.gps_trace),
                (0.3, ride.heatmap),
                (0.15, ride.car_inspection),
                (0.3, ride.fare_quote),
                (0.05, ride.device_register),
            ]
        )
        self.views(RIDE_BIO, "ride_bio", 0.8)
        self.sdk("ride")


def generate_session(seed: int, target: int) -> tuple[Phone77, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.mashahid_block),
        (0.12, s.layali_block),
        (0.12, s.koora_block),
        (0.11, s.tilawa_block),
        (0.09, s.podcast_block),
        (0.11, s.vision_block),
        (0.2, s.bank_block),
        (0.12, s.ride_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
