"""The script of the set-124 session: a family in Yangon and Mandalay uses a
Vivo V27, an Android TV box and a Bluetooth speaker (Burmese movies and series,
music, live TV on the box, dhamma talks, football, a wallet with face KYC, the
father's ride-hailing driver app, the telco's app and a Thai drama app), with
ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bawlone,
    dhamma,
    lakorn,
    livetv,
    ride,
    tachin,
    telco,
    trackers,
    wallet,
    yoke,
)
from .phone import Phone124

START = 1732953600.0  # 2024-11-30T08:00:00Z (14:30 in Yangon)

Gen = Callable[[Context], Flow]

YOKE_VIEW: list[Gen] = [
    yoke.kyi_progress,
    yoke.player_event,
    yoke.history_sync,
    yoke.sat_kyi,
    trackers.ga4_video,
    yoke.resume_beacon_opaque,
    yoke.player_event,
    lambda c: trackers.ga4_video(c, "video_complete"),
    yoke.kyi_progress,
]
TACHIN_VIEW: list[Gen] = [
    tachin.nar_htaung_log,
    tachin.scrobble_mm,
    tachin.recently_played,
    tachin.batch_opaque,
    tachin.nar_htaung_log,
    tachin.scrobble_shan,
]
TACHIN_DEV: list[Gen] = [tachin.speaker_pair, tachin.speaker_ping_opaque, tachin.speaker_pair]
TV_VIEW: list[Gen] = [
    livetv.tune_log,
    livetv.channel_session,
    livetv.tune_log,
    livetv.tune_rows_opaque,
]
TV_DEV: list[Gen] = [livetv.get_profile, livetv.box_register, livetv.handshake]
DHAMMA_VIEW: list[Gen] = [
    dhamma.progress_mm,
    dhamma.tayar_nar_history,
    dhamma.progress_mm,
    dhamma.offline_sync_opaque,
]
DHAMMA_DEV: list[Gen] = [dhamma.onesignal_on_session, dhamma.onesignal_player]
BALL_VIEW: list[Gen] = [
    bawlone.highlight_watch,
    bawlone.live_heartbeat,
    bawlone.pixel_opaque,
    bawlone.highlight_watch,
    bawlone.live_heartbeat,
]
WALLET_BIO: list[Gen] = [
    wallet.face_compare,
    wallet.liveness,
    wallet.face_template,
    wallet.login_face_mm,
    wallet.face_encrypted_opaque,
    wallet.liveness,
]
WALLET_DEV: list[Gen] = [
    trackers.appsflyer_launch,
    wallet.device_bind,
    trackers.appsflyer_encrypted,
    trackers.appsflyer_launch,
]
RIDE_BIO: list[Gen] = [
    ride.selfie_check,
    ride.face_verify,
    ride.face_queue_opaque,
    ride.face_verify,
]
RIDE_DEV: list[Gen] = [ride.adjust_session, ride.adjust_event, ride.adjust_event]
TELCO_DEV: list[Gen] = [telco.device_info, telco.imei_hash_opaque, telco.device_info_mm]
LAKORN_VIEW: list[Gen] = [
    lakorn.history_th,
    lakorn.duu_tor,
    lakorn.history_th,
    lakorn.beacon_opaque,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone124.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            trackers.firebase_install(c),
            livetv.handshake(c),
            livetv.get_profile(c),
            tachin.speaker_pair(c),
            dhamma.onesignal_player(c),
            trackers.appsflyer_launch(c),
            wallet.device_bind(c),
            ride.adjust_session(c),
            telco.device_info(c),
            background.time_sync(c),
        ]

    def yoke_block(self) -> None:
        self.some(
            [
                (0.6, yoke.catalogue),
                (0.7, yoke.poster),
                (0.5, yoke.poster),
                (0.4, yoke.manifest),
                (0.3, yoke.subtitles),
                (0.3, yoke.most_watched),
                (0.25, yoke.search),
                (0.1, yoke.family_profiles),
                (0.1, trackers.ga4_purchase),
                (0.03, trackers.firebase_install),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(YOKE_VIEW, "yoke_view")

    def tachin_block(self) -> None:
        self.some(
            [
                (0.6, tachin.album_art),
                (0.7, tachin.audio_chunk),
                (0.4, tachin.lyrics),
                (0.3, tachin.chart),
            ]
        )
        if self.p(0.8):
            self.next(TACHIN_VIEW, "tachin_view")
        if self.p(0.25):
            self.next(TACHIN_DEV, "tachin_dev")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, livetv.epg),
                (0.3, livetv.channel_list),
                (0.4, livetv.create_link),
                (0.6, livetv.logo),
                (0.5, livetv.logo),
                (0.3, livetv.watchdog),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.2):
            self.next(TV_DEV, "tv_dev")

    def dhamma_block(self) -> None:
        self.some(
            [
                (0.5, dhamma.catalogue),
                (0.7, dhamma.talk_audio),
                (0.5, dhamma.talk_audio),
                (0.3, dhamma.sutta_reading),
                (0.2, dhamma.uposatha),
                (0.25, dhamma.meditation_timer),
            ]
        )
        if self.p(0.75):
            self.next(DHAMMA_VIEW, "dhamma_view")
        if self.p(0.15):
            self.next(DHAMMA_DEV, "dhamma_dev")

    def ball_block(self) -> None:
        self.some(
            [
                (0.7, bawlone.live_scores),
                (0.4, bawlone.timeline),
                (0.25, bawlone.heatmap),
                (0.3, bawlone.league_table),
                (0.3, bawlone.top_highlights),
                (0.5, bawlone.news),
            ]
        )
        if self.p(0.75):
            self.next(BALL_VIEW, "ball_view")

    def wallet_block(self) -> None:
        self.some(
            [
                (0.6, wallet.transactions),
                (0.5, wallet.fx_rates),
                (0.3, wallet.merchant_qr),
                (0.2, wallet.nrc_ocr),
                (0.15, wallet.remittance_in),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.75) else 0):
            self.next(WALLET_BIO, "wallet_bio")
        if self.p(0.4):
            self.next(WALLET_DEV, "wallet_dev")

    def ride_block(self) -> None:
        self.some(
            [
                (0.8, ride.gps_track),
                (0.5, ride.gps_track),
                (0.5, ride.fare_quote),
                (0.3, ride.demand_heatmap),
                (0.15, ride.plate_photo),
                (0.3, ride.rate_passenger),
            ]
        )
        if self.p(0.8):
            self.next(RIDE_BIO, "ride_bio")
        if self.p(0.35):
            self.next(RIDE_DEV, "ride_dev")

    def telco_block(self) -> None:
        self.some(
            [
                (0.7, telco.balance),
                (0.3, telco.buy_pack),
                (0.4, telco.cell_info),
                (0.2, telco.speed_test),
                (0.4, telco.promo_banner),
            ]
        )
        if self.p(0.45):
            self.next(TELCO_DEV, "telco_dev")

    def lakorn_block(self) -> None:
        self.some(
            [(0.5, lakorn.popular), (0.8, lakorn.thumb), (0.5, lakorn.thumb), (0.3, lakorn.lottery)]
        )
        if self.p(0.8):
            self.next(LAKORN_VIEW, "lakorn_view")


def generate_session(seed: int, target: int) -> tuple[Phone124, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.yoke_block),
        (0.11, s.tachin_block),
        (0.11, s.tv_block),
        (0.09, s.dhamma_block),
        (0.11, s.ball_block),
        (0.12, s.wallet_block),
        (0.11, s.ride_block),
        (0.08, s.telco_block),
        (0.10, s.lakorn_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
