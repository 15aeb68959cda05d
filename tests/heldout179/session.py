"""The script of the set-179 session: a ground-handling shift supervisor's
morning shift at Oslo airport, captured on the staff Wi-Fi segment her phone
shares with the handler's fleet. Baggage readers, gate readers and e-gates,
handhelds and radios, turnaround tablets, apron CCTV analytics, flight
displays and the canteen kiosks make up most of the traffic; her own phone
adds the supervisor app, a crew-briefing video app, the work-profile MDM and
her personal music, streaming and bank apps.

A precision stress set: about nine tenths of the flows are ordinary look-alikes
(serials and MACs of equipment that is not hers, proof-of-play logs, counts,
turn timelines, transcripts); sensitive events are rare and rotate through a
schedule per app so that even a small set covers every family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    apron,
    background,
    baggage,
    bank,
    briefing,
    canteen,
    fids,
    fleet,
    gates,
    music,
    streaming,
    turnaround,
)
from .phone import Phone179

START = 1733198400.0  # 2024-12-03T04:00:00Z, 05:00 in Oslo

Gen = Callable[[Context], Flow]

GATE_BIO: list[Gen] = [
    gates.manual_review,
    gates.template_sync,
    gates.manual_review,
    gates.template_sealed,
]
FLEET_DEV: list[Gen] = [fleet.mdm_checkin, fleet.rampe_register, fleet.rampe_telemetry_opaque]
BRIEF_VIEW: list[Gen] = [
    briefing.progress,
    briefing.completion,
    briefing.progress_crew_tablet,
    briefing.xapi_opaque,
    briefing.progress,
]
MUSIC_VIEW: list[Gen] = [music.play_log, music.recently_played, music.play_log]
MUSIC_DEV: list[Gen] = [music.earbuds_profile, music.ga4_batch, music.firebase_install]
STREAM_VIEW: list[Gen] = [
    streaming.heartbeat,
    streaming.continue_watching,
    streaming.heartbeat,
    streaming.beacon_opaque,
]
STREAM_DEV: list[Gen] = [streaming.adjust_session, streaming.sign_in]
BANK_BIO: list[Gen] = [bank.selfie_upload, bank.liveness_result, bank.liveness_sealed]
BANK_DEV: list[Gen] = [bank.device_binding, bank.device_check_hashed]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone179.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def maybe(self, prob: float, schedule: list[Gen], key: str) -> None:
        if self.p(prob):
            self.next(schedule, key)

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            fleet.mdm_checkin(c),
            fleet.rampe_register(c),
            background.metar(c),
            fids.departures(c),
            fleet.shift_roster(c),
            briefing.register(c),
            music.firebase_install(c),
            streaming.adjust_session(c),
            background.app_config(c),
        ]

    def baggage_block(self) -> None:
        self.some(
            [
                (0.9, baggage.belt_read),
                (0.7, baggage.belt_read),
                (0.7, baggage.ring_scan),
                (0.5, baggage.ring_scan),
                (0.3, baggage.belt_load),
                (0.1, baggage.reader_calibration),
                (0.2, baggage.rush_bag),
            ]
        )

    def gate_block(self) -> None:
        self.some(
            [
                (0.9, gates.bcbp_read),
                (0.7, gates.bcbp_read),
                (0.5, gates.bcbp_read),
                (0.4, gates.egate_status),
                (0.35, gates.egate_counts),
            ]
        )
        self.maybe(0.3, GATE_BIO, "gate_bio")

    def fleet_block(self) -> None:
        self.some(
            [
                (0.5, fleet.handheld_checkin),
                (0.35, fleet.fleet_overview),
                (0.3, fleet.radio_status),
                (0.5, fleet.ptt_transcript),
                (0.15, fleet.shift_roster),
                (0.4, fleet.turn_assign),
            ]
        )
        self.maybe(0.08, FLEET_DEV, "fleet_dev")

    def turn_block(self) -> None:
        self.some(
            [
                (0.9, turnaround.milestone),
                (0.6, turnaround.milestone),
                (0.5, turnaround.timeline),
                (0.2, turnaround.door_photo),
                (0.3, turnaround.loadsheet),
                (0.3, turnaround.gpu_status),
            ]
        )

    def apron_block(self) -> None:
        self.some(
            [
                (0.6, apron.vehicle_counts),
                (0.5, apron.crowd_density),
                (0.4, apron.vehicle_track),
                (0.25, apron.ppe_alert),
                (0.2, apron.camera_ptz),
                (0.3, apron.zone_breach),
                (0.1, apron.incident_review),
            ]
        )

    def fids_block(self) -> None:
        self.some([(0.6, fids.departures), (0.8, fids.proof_of_play), (0.4, fids.screen_health)])

    def brief_block(self) -> None:
        self.some(
            [
                (0.5, briefing.catalogue),
                (0.3, briefing.most_watched),
                (0.5, briefing.manifest),
                (0.5, briefing.thumbnail),
                (0.3, briefing.manual_pdf),
            ]
        )
        self.maybe(0.6, BRIEF_VIEW, "brief_view")

    def canteen_block(self) -> None:
        self.some(
            [
                (0.7, canteen.menu),
                (0.5, canteen.order),
                (0.4, canteen.queue_count),
                (0.3, canteen.kiosk_health),
                (0.3, canteen.nutrition),
            ]
        )

    def music_block(self) -> None:
        self.some(
            [
                (0.5, music.playlist),
                (0.3, music.top_list),
                (0.3, music.lyrics),
                (0.3, music.search),
            ]
        )
        self.maybe(0.4, MUSIC_VIEW, "music_view")
        self.maybe(0.35, MUSIC_DEV, "music_dev")

    def stream_block(self) -> None:
        self.some(
            [
                (0.5, streaming.catalogue),
                (0.3, streaming.most_watched),
                (0.4, streaming.manifest),
                (0.2, streaming.search),
            ]
        )
        self.maybe(0.45, STREAM_VIEW, "stream_view")
        self.maybe(0.3, STREAM_DEV, "stream_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.7, bank.balances),
                (0.5, bank.transactions),
                (0.2, bank.customer_form),
                (0.3, bank.rates),
                (0.15, bank.push_register),
                (0.3, bank.card_list),
                (0.2, bank.bankid_sign),
            ]
        )
        self.maybe(0.6, BANK_BIO, "bank_bio")
        self.maybe(0.2, BANK_DEV, "bank_dev")


def generate_session(seed: int, target: int) -> tuple[Phone179, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.baggage_block),
        (0.13, s.gate_block),
        (0.14, s.fleet_block),
        (0.12, s.turn_block),
        (0.1, s.apron_block),
        (0.08, s.fids_block),
        (0.07, s.brief_block),
        (0.06, s.canteen_block),
        (0.06, s.music_block),
        (0.06, s.stream_block),
        (0.06, s.bank_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
