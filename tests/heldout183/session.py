"""The script of the set-183 session: a working day of a university AV
technician in Prague. Most traffic is the university's kit and systems
(lecture-capture recorders, the learning platform's statistics, exam-room head
counters, signage playout, library kiosks, the laptop loan pool, classroom
projectors, cameras and microphones), all ordinary look-alikes; between jobs
her phone's personal apps (music, a streaming app, a bank with selfie login)
send the few sensitive flows. Sensitive events rotate through a schedule per
app so that even a small set covers every family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    avdesk,
    avkit,
    background,
    bank,
    capture,
    kiosk,
    lms,
    loanpool,
    music,
    proctor,
    signage,
    stream,
)
from .phone import Phone183

START = 1730790000.0  # 2024-11-05T07:00:00Z, 08:00 in Prague

Gen = Callable[[Context], Flow]

MUSIC_VIEW: list[Gen] = [
    music.scrobble,
    music.recently_played,
    music.scrobble,
    music.play_log_opaque,
    music.scrobble,
]
MUSIC_DEV: list[Gen] = [music.ga4_events, music.device_register, music.buds_pair]
STREAM_VIEW: list[Gen] = [
    stream.player_position,
    stream.continue_watching,
    stream.player_position,
    stream.qos_beacon,
]
BANK_BIO: list[Gen] = [
    bank.selfie_login,
    bank.face_template_enrol,
    bank.selfie_login,
    bank.selfie_encrypted,
]
BANK_DEV: list[Gen] = [bank.device_binding, bank.appsflyer_launch]
AVDESK_DEV: list[Gen] = [
    avdesk.register_push,
    avdesk.firebase_installation,
    avdesk.register_push,
    avdesk.session_hash,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone183.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            avdesk.register_push(c),
            capture.schedule(c),
            music.scrobble(c),
            bank.device_binding(c),
            bank.selfie_login(c),
            background.weather(c),
        ]

    def capture_block(self) -> None:
        self.some(
            [
                (0.7, capture.agent_state),
                (0.5, capture.schedule),
                (0.4, capture.recorder_health),
                (0.3, capture.ingest),
                (0.35, capture.editor_timeline),
                (0.25, capture.qc_report),
                (0.2, capture.asr_captions),
            ]
        )

    def lms_block(self) -> None:
        self.some(
            [
                (0.6, lms.view_stats),
                (0.2, lms.watch_heatmap_csv),
                (0.5, lms.recordings_list),
                (0.4, lms.manifest),
                (0.5, lms.thumbnail),
                (0.15, lms.pdf_progress),
            ]
        )

    def proctor_block(self) -> None:
        self.some(
            [
                (0.8, proctor.head_count),
                (0.3, proctor.detection_boxes),
                (0.4, proctor.camera_health),
                (0.4, proctor.event_stream),
            ]
        )

    def signage_block(self) -> None:
        self.some(
            [
                (0.7, signage.proof_of_play),
                (0.5, signage.player_heartbeat),
                (0.3, signage.playlist),
                (0.2, signage.screenshot),
            ]
        )

    def kiosk_block(self) -> None:
        self.some([(0.6, kiosk.checkout), (0.5, kiosk.kiosk_status), (0.3, kiosk.print_job)])

    def loan_block(self) -> None:
        self.some(
            [
                (0.7, loanpool.checkin),
                (0.3, loanpool.loan_record),
                (0.3, loanpool.inventory),
                (0.1, loanpool.wipe),
            ]
        )

    def avkit_block(self) -> None:
        self.some(
            [
                (0.6, avkit.projector_status),
                (0.4, avkit.ptz_preset),
                (0.5, avkit.microphones),
                (0.3, avkit.pjlink_command),
            ]
        )

    def avdesk_block(self) -> None:
        self.some([(0.7, avdesk.tickets), (0.4, avdesk.close_ticket), (0.2, avdesk.roster)])
        if self.p(0.12):
            self.next(AVDESK_DEV, "avdesk_dev")

    def music_block(self) -> None:
        self.some(
            [
                (0.6, music.stream_chunk),
                (0.5, music.cover_art),
                (0.4, music.charts),
                (0.3, music.search),
            ]
        )
        if self.p(0.45):
            self.next(MUSIC_VIEW, "music_view")
        if self.p(0.12):
            self.next(MUSIC_DEV, "music_dev")

    def stream_block(self) -> None:
        self.some(
            [
                (0.6, stream.manifest),
                (0.6, stream.poster),
                (0.5, stream.trending),
                (0.4, stream.subtitles),
            ]
        )
        if self.p(0.45):
            self.next(STREAM_VIEW, "stream_view")
        if self.p(0.12):
            self.flows.append(stream.adjust_session(self.ctx))

    def bank_block(self) -> None:
        self.some([(0.7, bank.overview), (0.4, bank.fx_rates), (0.4, bank.card_payment)])
        if self.p(0.5):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.2):
            self.next(BANK_DEV, "bank_dev")


def generate_session(seed: int, target: int) -> tuple[Phone183, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.capture_block),
        (0.12, s.lms_block),
        (0.1, s.proctor_block),
        (0.1, s.signage_block),
        (0.08, s.kiosk_block),
        (0.1, s.loan_block),
        (0.12, s.avkit_block),
        (0.08, s.avdesk_block),
        (0.05, s.music_block),
        (0.05, s.stream_block),
        (0.06, s.bank_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
