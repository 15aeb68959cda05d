"""The script of the set-90 session: a flight attendant's iPhone 15 through a
duty trip Doha - Singapore. Most traffic is the airline's crew and cabin apps,
the airport's e-gate feed, the layover hotel, a language app, a flight
tracker, an e-book reader and a game: hard decoys. A few truly sensitive flows
(her own streaming, podcasts, bank liveness / voice ID, ad SDKs, her watch and
earbuds) rotate through schedules so every family shows even in small sets.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import ads, airport, background, bank, cabin, crew, gear, layover, leisure, podcast, stream
from .phone import Phone90

START = 1764489600.0  # 2025-11-30T08:00:00Z

Gen = Callable[[Context], Flow]

STREAM_VIEW: list[Gen] = [
    stream.heartbeat,
    stream.resume_point,
    stream.continue_watching,
    stream.heartbeat,
    stream.opaque_beacon,
]
POD_VIEW: list[Gen] = [podcast.episode_actions, podcast.history_pull, podcast.episode_actions]
BANK_BIO: list[Gen] = [
    bank.onfido_live_photo,
    bank.face_match,
    bank.voice_login,
    bank.voice_enrol,
    bank.face_match,
    bank.opaque_ekyc,
    bank.voice_login,
]
AD_DEV: list[Gen] = [
    ads.adjust_session,
    ads.max_mediate,
    ads.firebase_install,
    stream.register,
    ads.sealed_telemetry,
    bank.bind_device,
]
GEAR_DEV: list[Gen] = [gear.watch_register, gear.buds_pair, gear.watch_upload, gear.buds_eq]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone90.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.captive(c),
            crew.roster(c),
            airport.gate_status(c),
            stream.register(c),
        ]

    def crew_block(self) -> None:
        self.some(
            [
                (0.7, crew.roster),
                (0.5, crew.duty_log),
                (0.35, crew.fatigue_report),
                (0.5, crew.manifest),
                (0.3, crew.special_meals),
                (0.3, crew.briefing),
            ]
        )

    def cabin_block(self) -> None:
        self.some(
            [
                (0.6, cabin.ipad_sync),
                (0.6, cabin.ife_usage),
                (0.3, cabin.ife_faults),
                (0.5, cabin.dutyfree_sale),
                (0.3, cabin.dutyfree_sale),
            ]
        )

    def airport_block(self) -> None:
        self.some(
            [
                (0.7, airport.gate_status),
                (0.2, airport.gate_alert),
                (0.5, airport.states),
                (0.3, airport.track),
                (0.3, airport.my_flight),
            ]
        )

    def layover_block(self) -> None:
        self.some(
            [
                (0.4, layover.hotel_rooms),
                (0.3, layover.door_key),
                (0.1, layover.signup),
                (0.6, layover.speech_exercise),
                (0.5, layover.pronunciation),
                (0.3, layover.lesson_progress),
            ]
        )

    def leisure_block(self) -> None:
        self.some(
            [
                (0.5, leisure.reading_progress),
                (0.3, leisure.page_turns),
                (0.5, leisure.camera_telemetry),
                (0.2, leisure.avatar_save),
                (0.3, leisure.leaderboard),
                (0.3, ads.ad_click_ids),
                (0.15, ads.adjust_denied),
            ]
        )

    def stream_block(self) -> None:
        self.some(
            [
                (0.6, stream.catalogue),
                (0.6, stream.artwork),
                (0.5, stream.artwork),
                (0.5, stream.trailer_segment),
                (0.3, stream.search),
            ]
        )
        if self.p(0.6):
            self.next(STREAM_VIEW, "stream_view")
        if self.p(0.15):
            self.next(AD_DEV, "ad_dev")

    def podcast_block(self) -> None:
        self.some([(0.6, podcast.feed_fetch), (0.6, podcast.download)])
        if self.p(0.55):
            self.next(POD_VIEW, "pod_view")

    def bank_block(self) -> None:
        self.some([(0.6, bank.fx_rates), (0.6, bank.transactions), (0.3, bank.face_id_toggle)])
        if self.p(0.9):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.2):
            self.next(AD_DEV, "ad_dev")

    def gear_block(self) -> None:
        self.some([(0.5, gear.watch_firmware), (0.5, gear.buds_tips)])
        if self.p(0.5):
            self.next(GEAR_DEV, "gear_dev")


def generate_session(seed: int, target: int) -> tuple[Phone90, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.20, s.crew_block),
        (0.13, s.cabin_block),
        (0.12, s.airport_block),
        (0.12, s.layover_block),
        (0.12, s.leisure_block),
        (0.12, s.stream_block),
        (0.06, s.podcast_block),
        (0.09, s.bank_block),
        (0.05, s.gear_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
