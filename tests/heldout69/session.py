"""The script of the set-69 session: the tester uses eight apps in turn on a Xiaomi 14
(long video, short video, music / audiobooks, live streaming, the TV companion and
the TV itself, a payment app, the home camera, the voice assistant), with ordinary
background traffic in between. Sensitive events rotate through a schedule per app
so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    applog,
    assistant,
    background,
    bank,
    bankapp,
    homecam,
    livestream,
    longvideo,
    music,
    sdks,
    shortvideo,
    tvbox,
)
from .phone import Phone69

START = 1730764800.0  # 2024-11-05T00:00:00Z (08:00 in Beijing)

Gen = Callable[[Context], Flow]

SCHEDULES: dict[str, list[Gen]] = {
    "video_view": [
        longvideo.watch_log,
        longvideo.sa_play,
        longvideo.heartbeat,
        longvideo.resume_point,
        longvideo.heartbeat_terse,
        longvideo.continue_list,
        longvideo.watch_log,
        longvideo.beacon_play,
        longvideo.sealed_beacon,
        longvideo.heartbeat,
    ],
    "video_dev": [longvideo.sa_pages, lambda c: sdks.mta(c, "AXQ1Y2V3IDQ1")],
    "short_view": [
        applog.applog_events,
        shortvideo.play_stat,
        shortvideo.client_log_pb,
        applog.applog_events,
        applog.applog_sealed,
        shortvideo.play_stat,
    ],
    "short_dev": [
        applog.pangle_ads,
        applog.device_register,
        lambda c: applog.applog_events(c, False),
        applog.pangle_sealed,
    ],
    "music_view": [
        music.weblog_play,
        music.audiobook_stat,
        music.listen_history,
        music.weblog_play,
        music.eapi_weblog,
        music.podcast_ping,
        music.audiobook_stat,
    ],
    "music_dev": [music.jpush_report, music.login_email, music.jpush_report],
    "live_view": [
        livestream.watch_heartbeat,
        livestream.gio_room,
        livestream.footprint,
        livestream.gio_sealed,
        livestream.watch_heartbeat,
    ],
    "tv_view": [
        tvbox.acr_match,
        tvbox.watch_history,
        tvbox.onetrack,
        tvbox.acr_binary,
        tvbox.acr_match,
    ],
    "tv_dev": [tvbox.tv_bind, tvbox.tv_ping, tvbox.tv_pb_status],
    "bank_bio": [
        bank.tencent_liveness,
        bank.baidu_match,
        bankapp.face_template,
        bank.megvii_verify,
        bank.aliyun_contrast,
        bankapp.liveness_points,
        bank.baidu_detect,
        bankapp.sealed_face,
    ],
    "cam_bio": [
        homecam.face_event,
        homecam.figure_enrol,
        homecam.iai_search,
        homecam.face_attrs,
        homecam.face_event,
    ],
    "cam_dev": [homecam.device_info, homecam.miio_rpc, homecam.miio_rpc],
    "voice_bio": [
        assistant.voiceprint_verify,
        assistant.voiceprint_enrol,
        assistant.xf_score,
        assistant.shengwen_vector,
        assistant.xf_create,
        assistant.voiceprint_verify,
    ],
    "voice_dev": [assistant.device_register, assistant.hashed_ping],
}


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone69.make, START)

    def next(self, key: str) -> None:
        self.flows.append(self.pick(SCHEDULES[key], key)(self.ctx))

    def maybe(self, prob: float, key: str) -> None:
        if self.p(prob):
            self.next(key)

    def startup(self) -> None:
        c = self.ctx
        for fn in (
            background.generate_204,
            assistant.device_register,
            applog.device_register,
            homecam.device_info,
            tvbox.tv_bind,
            bankapp.device_fp,
            music.jpush_report,
            background.umeng,
        ):
            self.flows.append(fn(c))

    def video_block(self) -> None:
        self.some(
            [
                (0.6, longvideo.catalogue),
                (0.6, longvideo.poster),
                (0.4, longvideo.danmaku),
                (0.25, longvideo.search),
                (0.15, background.umeng),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.maybe(0.85, "video_view")
        self.maybe(0.35, "video_dev")

    def short_block(self) -> None:
        self.some(
            [
                (0.7, shortvideo.feed),
                (0.8, shortvideo.video_fetch),
                (0.5, shortvideo.video_fetch),
                (0.4, shortvideo.cover),
                (0.15, shortvideo.effect_download),
                (0.12, shortvideo.sticker_expression),
            ]
        )
        self.maybe(0.8, "short_view")
        self.maybe(0.45, "short_dev")

    def music_block(self) -> None:
        self.some([(0.5, music.lyrics), (0.6, music.song_fetch), (0.3, music.playlist)])
        for _ in range(self.rng.randint(1, 2)):
            self.maybe(0.75, "music_view")
        self.maybe(0.3, "music_dev")

    def live_block(self) -> None:
        self.some(
            [
                (0.6, livestream.room_list),
                (0.7, livestream.stream),
                (0.2, livestream.gift),
                (0.3, livestream.rank),
                (0.3, livestream.gio_pages),
            ]
        )
        self.maybe(0.9, "live_view")

    def tv_block(self) -> None:
        self.some([(0.5, tvbox.epg), (0.5, tvbox.banner)])
        self.maybe(0.9, "tv_view")
        self.maybe(0.4, "tv_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bankapp.transactions),
                (0.4, bankapp.fx_series),
                (0.3, bank.aliyun_init),
                (0.1, bankapp.signup_profile),
                (0.25, bankapp.device_fp),
            ]
        )
        self.maybe(0.9, "bank_bio")
        self.maybe(0.3, "bank_bio")

    def cam_block(self) -> None:
        self.some(
            [
                (0.6, homecam.event_list),
                (0.6, homecam.clip_thumb),
                (0.25, homecam.fall_alert),
                (0.25, homecam.pet_event),
            ]
        )
        self.maybe(0.9, "cam_bio")
        self.maybe(0.4, "cam_dev")

    def voice_block(self) -> None:
        self.some([(0.6, assistant.asr), (0.4, assistant.weather)])
        self.maybe(0.9, "voice_bio")
        self.maybe(0.35, "voice_dev")


def generate_session(seed: int, target: int) -> tuple[Phone69, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.video_block),
        (0.13, s.short_block),
        (0.13, s.music_block),
        (0.10, s.live_block),
        (0.10, s.tv_block),
        (0.15, s.bank_block),
        (0.13, s.cam_block),
        (0.12, s.voice_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
