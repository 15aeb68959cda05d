"""The script of the set-162 session: a working day and evening of the manager of
an independent Glasgow cinema. Most traffic is the cinema's (its management
system, booth equipment, proof of play, door scanners, signage, distributors'
portals); a little is her own phone's personal apps (streaming, music, bank,
staff-rota clock-in). Sensitive events rotate through a schedule per app so that
even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    distributors,
    frontofhouse,
    music,
    playout,
    projection,
    rota,
    streaming,
    tms,
)
from .phone import Phone162

START = 1718348400.0  # 2024-06-14T07:00:00Z

Gen = Callable[[Context], Flow]

STREAM_VIEW: list[Gen] = [
    streaming.resume_point,
    streaming.heartbeat,
    streaming.continue_watching,
    streaming.qoe_beacon,
    streaming.heartbeat,
]
STREAM_DEV: list[Gen] = [streaming.appsflyer_launch, streaming.firebase_install]
MUSIC_VIEW: list[Gen] = [music.scrobble, music.now_playing, music.play_sync, music.scrobble]
BANK_BIO: list[Gen] = [bank.live_photo, bank.face_result, bank.fraud_blob]
ROTA_BIO: list[Gen] = [rota.face_clock, rota.face_clock, rota.face_clock_compact]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone162.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            tms.staff_login(c),
            rota.clock_in_geo(c),
            rota.face_clock(c),
            tms.schedule(c),
            projection.projector_status(c),
            streaming.firebase_install(c),
            background.weather(c),
            music.scrobble(c),
        ]

    def tms_block(self) -> None:
        self.some(
            [
                (0.7, tms.schedule),
                (0.6, tms.box_office),
                (0.3, tms.top_films),
                (0.4, tms.playlist_push),
                (0.5, tms.occupancy_live),
                (0.4, tms.booking_journal),
                (0.3, tms.kdm_status),
                (0.05, tms.staff_login),
            ]
        )

    def booth_block(self) -> None:
        self.some(
            [
                (0.9, projection.playback_log),
                (0.6, projection.playback_log),
                (0.6, projection.projector_status),
                (0.3, projection.ingest_progress),
                (0.25, projection.kdm_fetch),
                (0.4, projection.audio_levels),
                (0.6, playout.trailer_plays),
            ]
        )

    def preshow_block(self) -> None:
        self.some(
            [
                (0.8, playout.ad_proof_of_play),
                (0.3, playout.campaign_fetch),
                (0.4, playout.audience_estimate),
                (0.5, playout.trailer_plays),
            ]
        )

    def door_block(self) -> None:
        self.some(
            [
                (0.9, frontofhouse.ticket_scan),
                (0.7, frontofhouse.ticket_scan),
                (0.2, frontofhouse.scanner_checkin),
                (0.6, frontofhouse.signage_heartbeat),
                (0.2, frontofhouse.signage_schedule),
                (0.6, frontofhouse.door_counter),
                (0.05, frontofhouse.lost_property_photo),
            ]
        )

    def distributor_block(self) -> None:
        self.some(
            [
                (0.8, distributors.screener_progress),
                (0.6, distributors.screener_progress),
                (0.4, distributors.screener_list),
                (0.4, distributors.booking_terms),
                (0.3, distributors.box_office_return),
                (0.3, distributors.artwork),
                (0.2, distributors.trailer_download),
                (0.4, distributors.tmdb_lookup),
            ]
        )

    def rota_block(self) -> None:
        self.some([(0.6, rota.shifts), (0.4, rota.clock_in_geo), (0.2, rota.swap_request)])
        if self.p(0.35):
            self.next(ROTA_BIO, "rota_bio")

    def stream_block(self) -> None:
        self.some(
            [
                (0.6, streaming.catalogue),
                (0.3, streaming.search),
                (0.8, streaming.hls),
                (0.6, streaming.hls),
            ]
        )
        if self.p(0.6):
            self.next(STREAM_VIEW, "stream_view")
        if self.p(0.25):
            self.next(STREAM_DEV, "stream_dev")

    def music_block(self) -> None:
        self.some([(0.5, music.charts), (0.3, music.lyrics), (0.15, music.adjust_session)])
        if self.p(0.6):
            self.next(MUSIC_VIEW, "music_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.7, bank.balances),
                (0.3, bank.fx_rates),
                (0.2, bank.face_check),
                (0.2, bank.device_bind),
            ]
        )
        if self.p(0.4):
            self.next(BANK_BIO, "bank_bio")


def generate_session(seed: int, target: int) -> tuple[Phone162, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.20, s.tms_block),
        (0.18, s.booth_block),
        (0.13, s.preshow_block),
        (0.17, s.door_block),
        (0.14, s.distributor_block),
        (0.05, s.rota_block),
        (0.05, s.stream_block),
        (0.04, s.music_block),
        (0.04, s.bank_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
