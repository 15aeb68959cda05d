"""The script of the set-164 session: a family's week in Shanghai and Chengdu.

The tester's Xiaomi phone runs a long-video platform, a short-video app with a
beauty filter, a music app, an audiobook app, a bank and a government app with
face checks and a ride app; the Xiaomi TV box, the grandparents' smart TV with
ACR and a Huawei watch add their own traffic. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import audiobook, background, bank, gov, longvideo, music, ride, sdks, shortvideo, tv, watch
from .phone import Phone164

START = 1731369600.0  # 2024-11-12T00:00:00Z, 08:00 in Shanghai

Gen = Callable[[Context], Flow]

VIDEO_VIEW: list[Gen] = [
    longvideo.play_progress,
    longvideo.play_initials,
    longvideo.history,
    longvideo.heartbeat_encrypted,
    longvideo.danmaku_post,
    longvideo.play_progress,
    longvideo.play_initials,
]
VIDEO_DEV: list[Gen] = [sdks.umeng_launch, sdks.oceanengine_activate, sdks.getui_register]
SHORT_BIO: list[Gen] = [shortvideo.effect_face, shortvideo.effect_face, shortvideo.mesh_protobuf]
SHORT_DEV: list[Gen] = [
    shortvideo.device_register,
    sdks.pangle_ads,
    sdks.umeng_sealed,
    sdks.pangle_encrypted,
]
MUSIC_VIEW: list[Gen] = [
    music.play_record,
    sdks.beacon_song_play,
    music.recent_played,
    music.play_columns,
    music.play_record,
]
BOOK_VIEW: list[Gen] = [
    audiobook.listen_progress,
    audiobook.podcast_progress,
    audiobook.listen_history,
    audiobook.lite_beacon,
    audiobook.listen_progress,
]
BANK_BIO: list[Gen] = [bank.liveness, bank.faceid_compare, bank.sdk_package, bank.liveness]
BANK_DEV: list[Gen] = [bank.risk_device, sdks.sensors_batch, bank.risk_encrypted]
GOV_BIO: list[Gen] = [gov.own_face_upload, gov.zoloz_verify, gov.own_face_upload]
RIDE_DEV: list[Gen] = [sdks.talkingdata, ride.antifraud_ping, sdks.talkingdata]
TV_VIEW: list[Gen] = [
    tv.acr_report,
    tv.box_play_record,
    tv.channel_switch,
    tv.acr_fingerprints,
    tv.acr_report,
    tv.channel_switch,
]
WATCH_DEV: list[Gen] = [watch.bind, watch.sync, watch.device_list, watch.sync]
SYSTEM_DEV: list[Gen] = [sdks.mistat_system, sdks.mistat_hashed, sdks.mistat_system]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone164.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.connectivity(c),
            sdks.mistat_system(c),
            sdks.umeng_launch(c),
            shortvideo.device_register(c),
            gov.register(c),
            bank.risk_device(c),
            watch.bind(c),
            tv.box_stats(c),
            background.weather(c),
            music.play_columns(c),
        ]

    def video_block(self) -> None:
        self.some(
            [
                (0.6, longvideo.hot_rail),
                (0.7, longvideo.manifest),
                (0.6, longvideo.cover),
                (0.5, longvideo.danmaku_segment),
                (0.3, longvideo.search),
                (0.1, longvideo.vip_order),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(VIDEO_VIEW, "video_view")
        if self.p(0.3):
            self.next(VIDEO_DEV, "video_dev")

    def short_block(self) -> None:
        self.some(
            [
                (0.7, shortvideo.feed),
                (0.8, shortvideo.video_chunk),
                (0.6, shortvideo.video_chunk),
                (0.3, shortvideo.beauty_settings),
                (0.15, shortvideo.cartoon_selfie),
                (0.1, shortvideo.upload_video),
                (0.5, shortvideo.play_log),
            ]
        )
        if self.p(0.6):
            self.next(SHORT_BIO, "short_bio")
        if self.p(0.4):
            self.next(SHORT_DEV, "short_dev")

    def music_block(self) -> None:
        self.some(
            [
                (0.7, music.song_url),
                (0.3, music.chart),
                (0.3, music.lyrics),
                (0.15, music.recognise_song),
                (0.1, music.equaliser),
                (0.2, sdks.beacon_app_start),
            ]
        )
        if self.p(0.8):
            self.next(MUSIC_VIEW, "music_view")

    def book_block(self) -> None:
        self.some(
            [
                (0.7, audiobook.audio_chunk),
                (0.4, audiobook.album_page),
                (0.35, audiobook.ebook_progress),
                (0.05, audiobook.login),
            ]
        )
        if self.p(0.8):
            self.next(BOOK_VIEW, "book_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.balance),
                (0.3, bank.transfer),
                (0.2, bank.idcard_ocr),
                (0.3, bank.fx_rates),
            ]
        )
        if self.p(0.55):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.45):
            self.next(BANK_DEV, "bank_dev")

    def gov_block(self) -> None:
        self.some([(0.6, gov.shebao), (0.4, gov.gongjijin), (0.3, gov.office_map)])
        if self.p(0.5):
            self.flows.append(gov.certify_init(self.ctx))
        if self.p(0.6):
            self.next(GOV_BIO, "gov_bio")

    def ride_block(self) -> None:
        self.some(
            [
                (0.8, ride.estimate),
                (0.6, ride.track),
                (0.5, ride.order_status),
                (0.15, ride.trip_audio),
                (0.2, ride.coupon),
            ]
        )
        if self.p(0.35):
            self.next(RIDE_DEV, "ride_dev")

    def tv_block(self) -> None:
        self.some(
            [(0.4, tv.epg), (0.3, tv.tv_ratings), (0.15, tv.tv_firmware), (0.15, tv.box_stats)]
        )
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")

    def watch_block(self) -> None:
        self.some([(0.4, watch.sleep)])
        if self.p(0.7):
            self.next(WATCH_DEV, "watch_dev")
        if self.p(0.2):
            self.next(SYSTEM_DEV, "system_dev")


def generate_session(seed: int, target: int) -> tuple[Phone164, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.video_block),
        (0.14, s.short_block),
        (0.12, s.music_block),
        (0.11, s.book_block),
        (0.11, s.bank_block),
        (0.08, s.gov_block),
        (0.10, s.ride_block),
        (0.11, s.tv_block),
        (0.06, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
