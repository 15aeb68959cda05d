"""The script of the set-188 session: a family in Casablanca, Fès and Oran uses
ten apps in turn (series streaming, Botola live football, raï and chaabi music,
Quran recitation, a bank with video KYC, a wallet and a ride app on the iPhone,
classifieds, the living-room receiver and smart TV, the car tracker), with
ordinary traffic in between. Sensitive events rotate through a schedule per app
so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, botola, dar, mosalsal, quran, rai, ride, souk, tracker, wallet
from .phone import Household188

START = 1741536000.0  # 2025-03-09T16:00:00Z, Ramadan evenings

Gen = Callable[[Context], Flow]

MOSALSAL_VIEW: list[Gen] = [
    mosalsal.tfarrej_progress,
    mosalsal.player_heartbeat,
    mosalsal.kmml_tfarrej,
    mosalsal.player_heartbeat,
    mosalsal.batch_blob,
    mosalsal.tfarrej_progress,
    mosalsal.player_heartbeat,
]
BOTOLA_VIEW: list[Gen] = [
    botola.live_heartbeat,
    botola.ga4_video,
    botola.live_heartbeat,
    botola.replay_progress,
    botola.tuning_row,
    botola.live_heartbeat,
]
RAI_VIEW: list[Gen] = [
    rai.sme3_event,
    rai.recent_listens,
    rai.asell_event,
    rai.sme3_event,
    rai.rows_beacon,
]
RAI_DEV: list[Gen] = [rai.audio_route, rai.buds_firmware, rai.buds_opaque, rai.buds_firmware]
QURAN_VIEW: list[Gen] = [quran.istima3, quran.resume_list, quran.istima3]
BANK_BIO: list[Gen] = [
    bank.liveness_frames,
    bank.selfie_match,
    bank.face_template,
    bank.template_encrypted,
    bank.voiceprint_enrol,
    bank.face_analysis,
    bank.voice_verify,
    bank.liveness_frames,
    bank.matcher_protobuf,
]
WALLET_BIO: list[Gen] = [wallet.ceiling_selfie, wallet.liveness_result]
WALLET_DEV: list[Gen] = [wallet.bind_device, wallet.hashed_ping, wallet.balance]
RIDE_DEV: list[Gen] = [ride.appsflyer_launch, ride.af_event_opaque, ride.appsflyer_launch]
SOUK_DEV: list[Gen] = [souk.session_open, souk.md5_beacon, souk.firebase_install]
DAR_VIEW: list[Gen] = [dar.stb_play_log, dar.acr_match, dar.stb_play_log, dar.acr_msgpack]
DAR_DEV: list[Gen] = [dar.stb_profile, dar.tv_register, dar.stb_signal, dar.stb_handshake]
TRACK_DEV: list[Gen] = [tracker.osmand_position, tracker.device_list, tracker.add_tracker]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Household188.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.conn_check(c),
            background.push_register(c),
            souk.firebase_install(c),
            souk.session_open(c),
            bank.adjust_session(c),
            wallet.bind_device(c),
            ride.appsflyer_launch(c),
            quran.device_register(c),
            dar.stb_handshake(c),
            dar.tv_register(c),
            tracker.add_tracker(c),
            rai.audio_route(c),
        ]

    def mosalsal_block(self) -> None:
        self.some(
            [
                (0.5, mosalsal.ramadan_grid),
                (0.4, mosalsal.trending),
                (0.7, mosalsal.hls_master),
                (0.7, mosalsal.artwork),
                (0.5, mosalsal.artwork),
                (0.25, mosalsal.search),
                (0.3, mosalsal.fb_app_event),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(MOSALSAL_VIEW, "mosalsal_view")

    def botola_block(self) -> None:
        self.some(
            [
                (0.6, botola.match_events),
                (0.3, botola.most_watched),
                (0.4, botola.standings),
                (0.7, botola.live_segment),
                (0.5, botola.live_segment),
                (0.3, botola.player_stats),
                (0.3, botola.ga4_screen),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.8) else 0):
            self.next(BOTOLA_VIEW, "botola_view")

    def rai_block(self) -> None:
        self.some(
            [(0.4, rai.charts), (0.3, rai.lyrics), (0.8, rai.audio_chunk), (0.5, rai.audio_chunk)]
        )
        if self.p(0.8):
            self.next(RAI_VIEW, "rai_view")
        if self.p(0.35):
            self.next(RAI_DEV, "rai_dev")

    def quran_block(self) -> None:
        self.some(
            [
                (0.4, quran.mushaf_bookmark),
                (0.3, quran.tajwid_check),
                (0.5, quran.prayer_times),
                (0.7, quran.recitation_audio),
                (0.2, quran.khatma_stats),
            ]
        )
        if self.p(0.7):
            self.next(QURAN_VIEW, "quran_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.4, bank.cin_ocr),
                (0.2, bank.signature_pad),
                (0.5, bank.fx_rates),
                (0.5, bank.accounts),
                (0.2, bank.branch_locator),
                (0.1, bank.adjust_session),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(BANK_BIO, "bank_bio")

    def wallet_block(self) -> None:
        self.some(
            [
                (0.5, wallet.pay_merchant),
                (0.4, wallet.transfer),
                (0.3, wallet.agents_map),
            ]
        )
        if self.p(0.55):
            self.next(WALLET_BIO, "wallet_bio")
        if self.p(0.6):
            self.next(WALLET_DEV, "wallet_dev")

    def ride_block(self) -> None:
        self.some(
            [
                (0.7, ride.estimate),
                (0.6, ride.ride_status),
                (0.25, ride.share_trip),
                (0.3, ride.rider_profile),
            ]
        )
        if self.p(0.5):
            self.next(RIDE_DEV, "ride_dev")

    def souk_block(self) -> None:
        self.some(
            [
                (0.4, souk.phone_listing),
                (0.3, souk.receiver_listing),
                (0.6, souk.search),
                (0.8, souk.listing_photo),
                (0.3, souk.message_seller),
            ]
        )
        if self.p(0.4):
            self.next(SOUK_DEV, "souk_dev")

    def dar_block(self) -> None:
        self.some(
            [
                (0.5, dar.stb_watchdog),
                (0.4, dar.stb_epg),
                (0.2, dar.stb_channels),
                (0.2, dar.tv_apps),
                (0.4, dar.tv_logo),
                (0.2, dar.tv_clock),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(DAR_VIEW, "dar_view")
        if self.p(0.3):
            self.next(DAR_DEV, "dar_dev")

    def tracker_block(self) -> None:
        self.some([(0.5, tracker.trips), (0.2, tracker.loaner_car), (0.2, tracker.geofence)])
        if self.p(0.7):
            self.next(TRACK_DEV, "track_dev")


def generate_session(seed: int, target: int) -> tuple[Household188, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.mosalsal_block),
        (0.11, s.botola_block),
        (0.10, s.rai_block),
        (0.08, s.quran_block),
        (0.13, s.bank_block),
        (0.08, s.wallet_block),
        (0.07, s.ride_block),
        (0.09, s.souk_block),
        (0.12, s.dar_block),
        (0.07, s.tracker_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
