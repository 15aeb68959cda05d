"""The script of the set-17 session: the tester uses eight apps in turn on an
iPhone 14 Pro (social, journaling, e-scooter, hotel, sleep / smart bed, league
streaming, kids' game, passport photo), with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a small
set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    hotel,
    journal,
    kids,
    league,
    passport,
    scooter,
    sleep,
    social,
    social_feed,
)
from .phone import Phone17

START = 1732262400.0  # 2024-11-22T08:00:00Z

Gen = Callable[[Context], Flow]

SOCIAL_VIEW: list[Gen] = [
    social.reels_seen,
    social.fb_app_events,
    social.reels_watch_batch,
    social.reels_seen,
]
SOCIAL_BIO: list[Gen] = [
    social.effect_face_tracking,
    social.effect_mesh_debug,
    social.effect_face_tracking,
    social.effect_opaque,
]
SOCIAL_DEV: list[Gen] = [social.launcher_sync, lambda c: social.fb_app_events(c, video=False)]
JOURNAL_BIO: list[Gen] = [
    journal.voice_entry,
    journal.speaker_check,
    journal.mood_from_voice,
    journal.enrol_voice,
    journal.speaker_check,
    journal.vault_sync,
]
SCOOT_BIO: list[Gen] = [scooter.onfido_live_photo, scooter.veriff_face, scooter.veriff_face]
SCOOT_DEV: list[Gen] = [
    scooter.unlock,
    scooter.iot_ping,
    scooter.telemetry_pb,
    scooter.veriff_session,
]
HOTEL_BIO: list[Gen] = [hotel.face_enrol, hotel.kiosk_match, hotel.selfie_upload]
HOTEL_DEV: list[Gen] = [hotel.issue_key, hotel.key_audit, hotel.issue_key]
SLEEP_BIO: list[Gen] = [
    sleep.snore_clip,
    sleep.sleeper_voice_enrol,
    sleep.snore_clip,
    sleep.snore_opaque,
]
SLEEP_DEV: list[Gen] = [sleep.bed_status, sleep.pair_bed, sleep.bed_pb]
LEAGUE_VIEW: list[Gen] = [
    league.adobe_start,
    league.adobe_event,
    lambda c: league.adobe_event(c, "play"),
    league.live_heartbeat,
    league.watch_history,
    league.adobe_event,
    league.beacon_opaque,
    lambda c: league.adobe_event(c, "sessionComplete"),
]
KIDS_DEV: list[Gen] = [kids.sa_ad, kids.game_analytics, kids.sa_event, kids.game_boot]
PASS_BIO: list[Gen] = [
    passport.face_check_upload,
    passport.compliance_result,
    passport.landmarks_crop,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone17.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.captive(c),
            social.launcher_sync(c),
            journal.register_device(c),
            sleep.pair_bed(c),
            league.register(c),
            kids.game_boot(c),
            passport.register(c),
            background.time_sync(c),
        ]

    def social_block(self) -> None:
        self.some(
            [
                (0.8, social_feed.reel_video),
                (0.6, social_feed.reel_video),
                (0.5, social_feed.thumb),
                (0.3, social_feed.search),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(SOCIAL_VIEW, "social_view")
        if self.p(0.5):
            self.next(SOCIAL_BIO, "social_bio")
        if self.p(0.3):
            self.next(SOCIAL_DEV, "social_dev")

    def journal_block(self) -> None:
        self.some(
            [(0.5, journal.self_mood), (0.4, journal.prompts), (0.05, journal.register_device)]
        )
        if self.p(0.85):
            self.next(JOURNAL_BIO, "journal_bio")

    def scoot_block(self) -> None:
        self.some([(0.6, scooter.ride_track), (0.4, scooter.price), (0.08, scooter.onfido_licence)])
        if self.p(0.45):
            self.next(SCOOT_BIO, "scoot_bio")
        if self.p(0.8):
            self.next(SCOOT_DEV, "scoot_dev")

    def hotel_block(self) -> None:
        self.some([(0.5, hotel.rates), (0.3, hotel.booking), (0.2, hotel.key_opaque)])
        if self.p(0.6):
            self.next(HOTEL_BIO, "hotel_bio")
        if self.p(0.6):
            self.next(HOTEL_DEV, "hotel_dev")

    def sleep_block(self) -> None:
        self.some([(0.6, sleep.night_summary), (0.4, sleep.bed_settings)])
        if self.p(0.7):
            self.next(SLEEP_BIO, "sleep_bio")
        if self.p(0.6):
            self.next(SLEEP_DEV, "sleep_dev")

    def league_block(self) -> None:
        self.some([(0.5, league.fixtures), (0.8, league.segment), (0.6, league.segment)])
        for _ in range(self.rng.randint(1, 3)):
            self.next(LEAGUE_VIEW, "league_view")

    def kids_block(self) -> None:
        self.some([(0.6, kids.camera_state), (0.4, kids.leaderboard), (0.3, kids.save_opaque)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(KIDS_DEV, "kids_dev")

    def passport_block(self) -> None:
        self.some([(0.5, passport.sizes), (0.3, passport.print_order), (0.05, passport.register)])
        if self.p(0.85):
            self.next(PASS_BIO, "pass_bio")


def generate_session(seed: int, target: int) -> tuple[Phone17, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.social_block),
        (0.12, s.journal_block),
        (0.12, s.scoot_block),
        (0.10, s.hotel_block),
        (0.12, s.sleep_block),
        (0.15, s.league_block),
        (0.11, s.kids_block),
        (0.11, s.passport_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
