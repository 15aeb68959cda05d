"""The script of the set-173 session: a show night seen from the production
manager's phone. Most of it is the venue's operations app reading its systems
(scanners and gates, counting cameras, LED walls, encoders and the live
production, accreditation, radio mics, lighting, the rented fleet): ordinary
look-alike data. Her own music, streaming and bank apps, and the ops app's own
registration and preview player, make the few sensitive flows. Sensitive events
rotate through a schedule per app so that even a small set covers every family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    accreditation,
    audio,
    background,
    bank,
    broadcast,
    crowd,
    fleet,
    lighting,
    music,
    playout,
    scenkoll,
    streaming,
    ticketing,
)
from .phone import Phone173

START = 1764086400.0  # 2025-11-25T16:00:00Z, 17:00 in Stockholm: get-in done, doors at 19

Gen = Callable[[Context], Flow]

OPS_DEV: list[Gen] = [
    scenkoll.installation_header,
    ticketing.phone_as_scanner,
    scenkoll.health_ping,
    scenkoll.register_device,
]
MUSIC_VIEW: list[Gen] = [
    music.play_report,
    music.recently_played,
    music.play_report,
    music.play_batch_opaque,
    music.scrobble,
    music.play_report,
]
MUSIC_DEV: list[Gen] = [music.adjust_session, music.earbuds_paired]
FLIM_VIEW: list[Gen] = [
    streaming.player_event,
    streaming.player_event,
    streaming.continue_watching,
    streaming.ad_pixel_opaque,
    streaming.player_event,
]
FLIM_DEV: list[Gen] = [streaming.firebase_installation, streaming.analytics_batch]
BANK_BIO: list[Gen] = [
    bank.selfie_liveness,
    bank.voice_enrol,
    bank.selfie_match,
    bank.face_template_opaque,
    bank.selfie_liveness,
]
BANK_DEV: list[Gen] = [bank.device_bind, bank.appsflyer_launch]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone173.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            scenkoll.register_device(c),
            scenkoll.roster(c),
            ticketing.gate_status(c),
            streaming.continue_watching(c),
            bank.bankid_start(c),
            bank.selfie_liveness(c),
            background.time_sync(c),
        ]

    def ops_block(self) -> None:
        self.some(
            [
                (0.5, ticketing.scan_feed),
                (0.3, ticketing.gate_status),
                (0.3, ticketing.attendance),
                (0.15, ticketing.ticket_lookup),
                (0.15, ticketing.scanner_fleet),
                (0.4, crowd.occupancy),
                (0.2, crowd.heatmap),
                (0.25, crowd.queue_times),
                (0.15, crowd.line_crossings),
                (0.1, crowd.privacy_masks),
                (0.3, scenkoll.alerts),
                (0.25, scenkoll.crew_chat),
                (0.08, scenkoll.roster),
            ]
        )
        if self.p(0.06):
            self.next(OPS_DEV, "ops_dev")

    def screens_block(self) -> None:
        self.some(
            [
                (0.5, playout.playlist),
                (0.4, playout.proof_of_play),
                (0.3, playout.processor_status),
                (0.5, playout.preview_frame),
                (0.15, playout.upload_spot),
            ]
        )

    def broadcast_block(self) -> None:
        self.some(
            [
                (0.5, broadcast.encoder_status),
                (0.4, broadcast.switching_log),
                (0.35, broadcast.replay_cues),
                (0.4, broadcast.viewer_curve),
                (0.25, broadcast.live_manifest),
                (0.3, broadcast.live_segment),
                (0.05, broadcast.stream_key_rotate),
            ]
        )
        if self.p(0.08):
            self.flows.append(broadcast.preview_player_beacon(self.ctx))

    def accreditation_block(self) -> None:
        self.some(
            [
                (0.5, accreditation.crew_list),
                (0.35, accreditation.badge_photo_upload),
                (0.4, accreditation.badge_photo),
                (0.25, accreditation.print_badges),
                (0.35, accreditation.door_log),
            ]
        )

    def audio_block(self) -> None:
        self.some(
            [
                (0.6, audio.rf_status),
                (0.4, audio.iem_mixes),
                (0.2, audio.rf_scan),
                (0.25, audio.amp_monitoring),
                (0.3, audio.live_captions),
                (0.3, audio.scene_recall),
            ]
        )

    def lighting_block(self) -> None:
        self.some(
            [
                (0.5, lighting.cue_list),
                (0.45, lighting.fixture_positions),
                (0.3, lighting.performer_tracking),
                (0.25, lighting.console_status),
                (0.15, lighting.showfile_sync),
            ]
        )

    def fleet_block(self) -> None:
        self.some(
            [
                (0.5, fleet.tablets),
                (0.2, fleet.tablet_checkout),
                (0.45, fleet.radios),
                (0.3, fleet.mdm_compliance),
            ]
        )

    def music_block(self) -> None:
        self.some(
            [
                (0.6, music.audio_chunk),
                (0.5, music.cover_art),
                (0.3, music.search),
                (0.25, music.charts),
                (0.3, music.browse),
                (0.2, music.lyrics),
                (0.1, music.playlist_edit),
                (0.05, music.profile),
            ]
        )
        if self.p(0.25):
            self.next(MUSIC_VIEW, "music_view")
        if self.p(0.08):
            self.next(MUSIC_DEV, "music_dev")

    def streaming_block(self) -> None:
        self.some(
            [
                (0.5, streaming.catalogue_rail),
                (0.5, streaming.poster),
                (0.3, streaming.most_watched),
                (0.3, streaming.manifest),
                (0.2, streaming.drm_licence),
                (0.2, streaming.search),
            ]
        )
        if self.p(0.25):
            self.next(FLIM_VIEW, "flim_view")
        if self.p(0.1):
            self.next(FLIM_DEV, "flim_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.accounts),
                (0.5, bank.transactions),
                (0.25, bank.balance_series),
                (0.3, bank.behaviour_sdk),
                (0.3, bank.bankid_start),
                (0.2, bank.fx_rates),
            ]
        )
        if self.p(0.45):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.15):
            self.next(BANK_DEV, "bank_dev")


def generate_session(seed: int, target: int) -> tuple[Phone173, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.ops_block),
        (0.09, s.screens_block),
        (0.12, s.broadcast_block),
        (0.08, s.accreditation_block),
        (0.1, s.audio_block),
        (0.08, s.lighting_block),
        (0.07, s.fleet_block),
        (0.1, s.music_block),
        (0.08, s.streaming_block),
        (0.06, s.bank_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
