"""The script of the set-171 session: a Saturday and Sunday of a family in Seoul,
Busan and Daegu. The mother's Galaxy runs the OTT streamer, the sermon app, the
bank, the PASS-style identity app, delivery, navigation, Galaxy Wearable and
SmartThings; the daughter's iPhone runs the webtoon portal and the music
streamer; the Samsung TV and the leased set-top box report from the living room.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too; ordinary traffic runs in between.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    baedal,
    dalbit,
    galaxywear,
    giljabi,
    hanbit,
    melodi,
    modupass,
    sermon,
    settop,
    smarttv,
    toonplay,
)
from .phone import Phone171

START = 1731078000.0  # 2024-11-09T00:00:00+09:00 (Saturday, KST)

Gen = Callable[[Context], Flow]

OTT_VIEW: list[Gen] = [
    dalbit.play_log,
    dalbit.heartbeat,
    dalbit.live_tune,
    dalbit.opaque_log,
    dalbit.ieobogi,
    dalbit.appsflyer_play,
    dalbit.heartbeat,
    dalbit.play_log,
]
OTT_DEV: list[Gen] = [dalbit.appsflyer_launch, dalbit.opaque_cfg, dalbit.device_regist]
TOON_VIEW: list[Gen] = [
    toonplay.clip_playlog,
    lambda c: toonplay.airbridge_goal(c, True),
    toonplay.clip_opaque,
    toonplay.continue_clips,
    toonplay.clip_playlog,
]
TOON_BIO: list[Gen] = [toonplay.toonme_filter, toonplay.lookalike]
MUSIC_VIEW: list[Gen] = [
    melodi.strm_log,
    lambda c: melodi.hackle_track(c, True),
    melodi.recent,
    melodi.strm_log,
    melodi.offline_pb,
    melodi.strm_log,
]
SERMON_VIEW: list[Gen] = [
    sermon.jaesaeng,
    sermon.yt_watchtime,
    sermon.yebae_chulseok,
    sermon.opaque_resume,
    sermon.yt_watchtime,
    sermon.hangul_log,
    sermon.jaesaeng,
]
BANK_BIO: list[Gen] = [hanbit.face_match, hanbit.liveness, hanbit.face_login, hanbit.face_match]
PASS_BIO: list[Gen] = [
    modupass.mid_face,
    modupass.moksori_verify,
    modupass.face_tmpl,
    modupass.opaque_face,
    modupass.moksori_enrol,
    modupass.moksori_verify,
]
TV_VIEW: list[Gen] = [smarttv.acr_report, smarttv.acr_pb, smarttv.acr_report, smarttv.acr_report]
STB_VIEW: list[Gen] = [settop.zap_log, settop.vod_watch, settop.zap_packed, settop.zap_log]
WEAR_DEV: list[Gen] = [
    galaxywear.gear_list,
    galaxywear.fw_check,
    galaxywear.watch_pair,
    galaxywear.buds_pair,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone171.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            dalbit.device_regist(c),
            dalbit.appsflyer_launch(c),
            melodi.device_login(c),
            sermon.firebase_install(c),
            hanbit.dvc_regist(c),
            modupass.bind(c),
            giljabi.register(c),
            galaxywear.watch_pair(c),
            galaxywear.buds_pair(c),
            smarttv.st_client(c),
            background.time_sync(c),
        ]

    def ott_block(self) -> None:
        self.some(
            [
                (0.6, dalbit.home_rails),
                (0.6, dalbit.thumb),
                (0.4, dalbit.manifest),
                (0.3, dalbit.search),
                (0.3, dalbit.kbo_score),
                (0.2, dalbit.concurrent_viewers),
                (0.3, dalbit.ad_beacon),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(OTT_VIEW, "ott_view")
        if self.p(0.3):
            self.next(OTT_DEV, "ott_dev")

    def toon_block(self) -> None:
        self.some(
            [
                (0.8, toonplay.comic_image),
                (0.7, toonplay.comic_image),
                (0.7, toonplay.read_log),
                (0.5, toonplay.weekday_list),
                (0.3, toonplay.comments),
                (0.3, toonplay.clip_stream),
                (0.15, toonplay.pet_filter),
                (0.12, lambda c: toonplay.airbridge_goal(c, False)),
            ]
        )
        if self.p(0.7):
            self.next(TOON_VIEW, "toon_view")
        if self.p(0.3):
            self.next(TOON_BIO, "toon_bio")

    def music_block(self) -> None:
        self.some(
            [
                (0.5, melodi.chart),
                (0.3, melodi.playlist),
                (0.4, melodi.lyrics),
                (0.5, melodi.stream_url),
                (0.2, lambda c: melodi.hackle_track(c, False)),
                (0.05, melodi.device_login),
            ]
        )
        if self.p(0.85):
            self.next(MUSIC_VIEW, "music_view")

    def sermon_block(self) -> None:
        self.some(
            [
                (0.5, sermon.sermon_list),
                (0.3, sermon.jubo),
                (0.3, sermon.qt_reading),
                (0.15, sermon.heongeum),
                (0.15, sermon.prayer),
                (0.3, sermon.live_status),
                (0.05, sermon.firebase_install),
            ]
        )
        if self.p(0.85):
            self.next(SERMON_VIEW, "sermon_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, hanbit.balance),
                (0.4, hanbit.fx_chart),
                (0.3, hanbit.transfer),
                (0.2, hanbit.clova_stt),
                (0.2, hanbit.idcard_ocr),
                (0.25, hanbit.fds_collect),
                (0.2, hanbit.notice),
                (0.08, hanbit.dvc_regist),
                (0.12, hanbit.atm_cardless),
            ]
        )
        if self.p(0.65):
            self.next(BANK_BIO, "bank_bio")

    def pass_block(self) -> None:
        self.some(
            [
                (0.4, modupass.mdl_qr),
                (0.3, modupass.cert_sign),
                (0.25, modupass.kyc_form),
                (0.2, modupass.imei_check),
                (0.06, modupass.bind),
            ]
        )
        if self.p(0.8):
            self.next(PASS_BIO, "pass_bio")

    def food_block(self) -> None:
        self.some(
            [
                (0.8, baedal.shops),
                (0.6, baedal.menu),
                (0.4, baedal.order),
                (0.4, baedal.rider),
                (0.15, baedal.review_photo),
                (0.25, baedal.coupon),
                (0.3, baedal.ad_gateway),
                (0.35, baedal.braze),
            ]
        )

    def navi_block(self) -> None:
        self.some(
            [
                (0.8, giljabi.route),
                (0.5, giljabi.traffic),
                (0.8, giljabi.map_tile),
                (0.6, giljabi.map_tile),
                (0.3, giljabi.speedcam),
                (0.3, giljabi.poi_search),
                (0.2, giljabi.voice_search),
                (0.15, giljabi.fuel),
                (0.25, giljabi.trip_log),
                (0.1, giljabi.kakao_me),
                (0.05, giljabi.register),
                (0.12, giljabi.carshare_link),
            ]
        )

    def wear_block(self) -> None:
        self.some(
            [
                (0.6, galaxywear.health_sync),
                (0.2, galaxywear.watchface),
                (0.15, galaxywear.find_buds),
            ]
        )
        if self.p(0.5):
            self.next(WEAR_DEV, "wear_dev")

    def tv_block(self) -> None:
        self.some(
            [
                (0.3, smarttv.tvplus_guide),
                (0.4, smarttv.st_command),
                (0.08, smarttv.st_client),
                (0.2, smarttv.st_devices),
                (0.15, smarttv.acr_config),
                (0.1, smarttv.firmware),
            ]
        )
        if self.p(0.7):
            self.next(TV_VIEW, "tv_view")

    def stb_block(self) -> None:
        self.some([(0.4, settop.epg), (0.3, settop.vod_catalogue), (0.1, settop.firmware)])
        if self.p(0.75):
            self.next(STB_VIEW, "stb_view")


def generate_session(seed: int, target: int) -> tuple[Phone171, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.ott_block),
        (0.11, s.toon_block),
        (0.11, s.music_block),
        (0.09, s.sermon_block),
        (0.08, s.bank_block),
        (0.09, s.pass_block),
        (0.09, s.food_block),
        (0.08, s.navi_block),
        (0.05, s.wear_block),
        (0.09, s.tv_block),
        (0.08, s.stb_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
