"""The script of the set-98 session: a festival programmer's iPhone 15 Pro during
a festival week in Busan and a market trip to Tokyo. Most blocks are her work
apps (screening ops, ticketing, press, subtitle timing, signage) whose traffic
looks sensitive and is not; a few are truly sensitive (her streaming and
podcast apps, her bank's face and voice login, ad SDKs, her watch and earbuds).
Sensitive events rotate through a schedule per app so every family shows.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import apps, background, ballot, bank, festival, pod, press, stream, subtitles, wearables
from .phone import Phone98

START = 1790899200.0  # 2026-10-02T00:00:00Z, festival opening day (09:00 KST)

Gen = Callable[[Context], Flow]

STREAM_VIEW: list[Gen] = [
    stream.watch_event,
    stream.resume_point,
    stream.screener_segment,
    stream.watch_event,
    stream.screener_progress,
    stream.opaque_beacon,
    stream.resume_point,
]
POD_VIEW: list[Gen] = [pod.listen_log, pod.braze_data, pod.listen_log]
BANK_BIO: list[Gen] = [
    bank.compare_faces,
    bank.liveness_result,
    bank.voice_verify,
    bank.face_template,
    lambda c: bank.voice_verify(c, enrol=True),
    bank.compare_faces,
    bank.opaque_liveness,
]
WEAR_DEV: list[Gen] = [
    wearables.watch_sync,
    wearables.buds_fw,
    wearables.watch_sync,
    wearables.buds_register,
    wearables.watch_pair,
]
FEST_DEV: list[Gen] = [festival.ops_telemetry, festival.register_device]
GAME_DEV: list[Gen] = [apps.ad_bid, apps.game_launch, apps.ad_bid]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone98.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.captive(c),
            festival.register_device(c),
            stream.adjust_session(c),
            bank.device_bind(c),
            wearables.watch_pair(c),
            wearables.buds_register(c),
            background.flags(c),
            festival.schedule(c),
        ]

    def fest_block(self) -> None:
        self.some(
            [
                (0.6, festival.schedule),
                (0.4, festival.projector_registry),
                (0.35, festival.kdm_delivery),
                (0.25, festival.kdm_xml),
                (0.4, festival.joei_status),
                (0.2, festival.runtime_check),
            ]
        )
        if self.p(0.08):
            self.next(FEST_DEV, "fest_dev")

    def ticket_block(self) -> None:
        self.some(
            [
                (0.6, ballot.ballot),
                (0.4, ballot.ratings),
                (0.5, ballot.seat_map),
                (0.3, ballot.buy),
                (0.3, ballot.box_office),
                (0.3, ballot.jp_seats),
                (0.3, ballot.checkin_scan),
            ]
        )

    def press_block(self) -> None:
        self.some(
            [
                (0.5, press.badge_photo),
                (0.3, press.accreditation_form),
                (0.2, press.badge_print_queue),
                (0.4, press.qa_google_stt),
                (0.3, press.qa_clova),
                (0.3, press.transcript_fetch),
            ]
        )

    def sub_block(self) -> None:
        self.some(
            [
                (0.7, subtitles.cue_sync),
                (0.6, subtitles.editor_playhead),
                (0.2, subtitles.srt_export),
                (0.2, subtitles.ttml_fetch),
                (0.4, subtitles.proof_of_play),
                (0.3, subtitles.trailer_playout),
                (0.2, subtitles.playlist),
            ]
        )

    def stream_block(self) -> None:
        self.some(
            [
                (0.5, stream.catalogue),
                (0.7, stream.artwork),
                (0.5, stream.trailer_segment),
                (0.3, stream.search),
                (0.3, stream.recommendations),
                (0.1, stream.adjust_session),
            ]
        )
        if self.p(0.6):
            self.next(STREAM_VIEW, "stream_view")

    def pod_block(self) -> None:
        self.some(
            [
                (0.3, pod.charts),
                (0.6, pod.audio_fetch),
                (0.3, pod.show_page),
                (0.1, pod.sleep_timer),
            ]
        )
        if self.p(0.6):
            self.next(POD_VIEW, "pod_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, bank.balance),
                (0.4, bank.fx_series),
                (0.3, bank.transfer),
                (0.3, bank.create_liveness),
                (0.1, bank.device_bind),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")

    def wear_block(self) -> None:
        self.some(
            [(0.5, wearables.hr_series), (0.3, wearables.eq_preset), (0.3, wearables.watch_face)]
        )
        if self.p(0.6):
            self.next(WEAR_DEV, "wear_dev")

    def app_block(self) -> None:
        self.some(
            [
                (0.5, apps.translate_text),
                (0.5, apps.stt),
                (0.5, apps.camera_state),
                (0.3, apps.avatar),
                (0.3, apps.leaderboard),
            ]
        )
        if self.p(0.22):
            self.next(GAME_DEV, "game_dev")


def generate_session(seed: int, target: int) -> tuple[Phone98, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.18, s.fest_block),
        (0.14, s.ticket_block),
        (0.10, s.press_block),
        (0.12, s.sub_block),
        (0.10, s.stream_block),
        (0.05, s.pod_block),
        (0.09, s.bank_block),
        (0.06, s.wear_block),
        (0.12, s.app_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
