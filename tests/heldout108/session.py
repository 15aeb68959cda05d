"""The script of the set-108 session: a referee and PE teacher's working days.

Most of the traffic is his work: the federation's referee app, match-video
review and the VAR trainer, the club's and school's kit, the school's register
and grades, the sports-science app, the league's site and the stadium gates.
Only his own things are sensitive, and they are a few dozen flows in 1,500: his
phone's ids in a scores app's ad SDKs, his bank's face login, his TV and music
history and his own watch. Sensitive events rotate through a schedule per app.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import ads, background, bank, home, kit, league, refapp, review, school, sportsci, watch
from .phone import Phone108

START = 1790841600.0  # 2026-10-01T06:00:00Z

Gen = Callable[[Context], Flow]

REF_DEV: list[Gen] = [refapp.register_device, refapp.telemetry_opaque]
ADS_DEV: list[Gen] = [
    ads.appsflyer_launch,
    ads.live_feed,
    ads.admob_request,
    ads.firebase_batch,
    ads.live_feed,
    ads.admob_request,
]
BANK_SENSITIVE: list[Gen] = [
    bank.face_login,
    bank.bind_device,
    bank.face_template,
    bank.face_login,
    bank.face_sealed,
]
HOME_VIEW: list[Gen] = [
    home.ertflix_progress,
    home.scrobble,
    home.lg_channel_log,
    home.ertflix_continue,
    home.now_playing,
    home.lg_acr_batch,
    home.ertflix_progress,
    home.scrobble,
    home.music_beacon_opaque,
]
WATCH_DEV: list[Gen] = [
    watch.register_watch,
    watch.device_list,
    watch.sync_relay_opaque,
    watch.device_list,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone108.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            ads.appsflyer_launch(c),
            refapp.assignments(c),
            home.ertflix_progress(c),
            background.weather(c),
            bank.face_login(c),
            kit.vest_dock_status(c),
            school.timetable(c),
        ]

    def ref_block(self) -> None:
        self.some(
            [
                (0.7, refapp.assignments),
                (0.3, refapp.fitness_test),
                (0.4, refapp.gps_track),
                (0.4, refapp.match_report),
                (0.3, refapp.availability),
            ]
        )
        if self.p(0.07):
            self.next(REF_DEV, "ref_dev")

    def review_block(self) -> None:
        self.some(
            [
                (0.8, review.clip_list),
                (0.6, review.clip_manifest),
                (0.6, review.thumbnail),
                (0.7, review.scrub_state),
                (0.5, review.scrub_state),
                (0.7, review.tag_incident),
                (0.4, review.tag_incident),
                (0.3, review.assessment_submit),
            ]
        )

    def var_block(self) -> None:
        self.some(
            [
                (0.9, review.var_scenario),
                (0.7, review.var_offside_line),
                (0.4, review.var_offside_line),
            ]
        )

    def kit_block(self) -> None:
        self.some(
            [
                (0.7, kit.vest_session),
                (0.3, kit.vest_dock_status),
                (0.6, kit.hr_belts),
                (0.4, kit.timing_gates),
                (0.1, kit.gates_firmware),
            ]
        )

    def school_block(self) -> None:
        self.some(
            [
                (0.8, school.attendance),
                (0.4, school.grades),
                (0.3, school.timetable),
                (0.2, school.sports_day_signup),
                (0.3, school.tablet_cart),
                (0.2, school.cart_inventory),
            ]
        )

    def sci_block(self) -> None:
        self.some(
            [
                (0.6, sportsci.pose_upload),
                (0.4, sportsci.jump_test),
                (0.4, sportsci.sprint_board),
                (0.4, sportsci.accreditation_photo),
                (0.2, sportsci.accreditation_list),
            ]
        )

    def league_block(self) -> None:
        self.some(
            [
                (0.6, league.most_watched_goals),
                (0.5, league.highlights_catalogue),
                (0.4, league.standings),
                (0.4, league.turnstile_scan),
                (0.3, league.turnstile_scan),
                (0.2, league.gate_occupancy),
                (0.2, league.ticket_validate),
            ]
        )

    def score_block(self) -> None:
        self.some([(0.6, ads.odds), (0.6, ads.match_timeline)])
        if self.p(0.35):
            self.next(ADS_DEV, "ads_dev")

    def bank_block(self) -> None:
        self.some([(0.8, bank.balances), (0.5, bank.card_payments), (0.3, bank.fx_rates)])
        if self.p(0.6):
            self.next(BANK_SENSITIVE, "bank")

    def home_block(self) -> None:
        self.some(
            [(0.6, home.ertflix_catalogue), (0.5, home.ertflix_manifest), (0.3, home.music_search)]
        )
        if self.p(0.8):
            self.next(HOME_VIEW, "home_view")
        if self.p(0.05):
            self.flows.append(home.tv_pair(self.ctx))

    def watch_block(self) -> None:
        self.some([(0.6, watch.run_upload), (0.4, watch.sleep_summary)])
        if self.p(0.5):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Phone108, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.ref_block),
        (0.15, s.review_block),
        (0.08, s.var_block),
        (0.12, s.kit_block),
        (0.12, s.school_block),
        (0.10, s.sci_block),
        (0.10, s.league_block),
        (0.07, s.score_block),
        (0.045, s.bank_block),
        (0.065, s.home_block),
        (0.025, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
