"""The script of the set-58 session: on a Galaxy S24 in Seoul the tester uses
three streaming apps, a K-pop fan app, a music app, a podcast / audiobook app,
a bank and a securities app with face authentication, an insurer's
voice-authentication app and the apartment's smart-home app, while the Tizen TV
in the living room runs ACR; ordinary background traffic in between. Sensitive
events rotate through a schedule per app so that every family shows, opaque
ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import audio, background, bank, fan, ga4, home, invest, ott, pado, sdks, tv, voice
from .phone import Phone58

START = 1730793600.0  # 2024-11-05T08:00:00Z (17:00 in Seoul)

Gen = Callable[[Context], Flow]

PADO_VIEW: list[Gen] = [
    pado.watch_record,
    pado.heartbeat,
    pado.hangul_history,
    pado.continue_shelf,
    pado.heartbeat,
    pado.sealed_beacon,
    pado.watch_record,
]
OTT_VIEW: list[Gen] = [
    ott.view_log,
    ott.rp_heartbeat,
    ott.evt_batch,
    ott.rp_resume,
    ott.pb_heartbeat,
    ott.rp_heartbeat,
    ott.view_log,
]
FAN_VIEW: list[Gen] = [
    fan.mv_view,
    fan.live_heartbeat,
    ga4.ga4_video,
    fan.replay_list,
    fan.live_heartbeat,
    ga4.tiara_play,
    fan.mv_view,
]
AUDIO_VIEW: list[Gen] = [
    audio.stream_log,
    audio.episode_progress,
    audio.recent_sync,
    audio.audiobook_chapter,
    audio.stream_log,
    audio.listen_history_opaque,
]
TV_VIEW: list[Gen] = [tv.acr_log, tv.acr_fingerprints, tv.acr_log]
TV_DEV: list[Gen] = [tv.ads_config, tv.tv_heartbeat, tv.st_devices, tv.ads_event, tv.st_pair]
BANK_BIO: list[Gen] = [
    bank.bank_face_login,
    bank.bank_landmarks,
    bank.clova_face,
    bank.bank_face_login,
    bank.bank_sealed,
]
INVEST_BIO: list[Gen] = [
    invest.invest_face_result,
    invest.invest_blendshapes,
    invest.invest_face_match,
    bank.clova_face,
]
VOICE_BIO: list[Gen] = [voice.verify, voice.voiceprint, voice.enrol, voice.verify, voice.sealed]
HOME_BIO: list[Gen] = [
    home.access_log,
    home.face_feature_push,
    home.face_enrol,
    home.access_log,
    home.door_opaque,
]
HOME_DEV: list[Gen] = [home.door_status, home.register_phone]
ADS: list[Gen] = [
    lambda c: sdks.appsflyer(c, "wavve", "aid_wavve"),
    lambda c: sdks.adjust_session(c, "tving"),
    lambda c: sdks.airbridge_event(c, "cplay"),
    lambda c: sdks.admob(c, "pod"),
    lambda c: sdks.adfit(c),
    lambda c: sdks.appsflyer(c, "melon", "aid_melon"),
    sdks.firebase_install,
    lambda c: sdks.appsflyer(c, "pod", "aid_pod"),
    lambda c: ga4.ga4_video(c, "com.coupang.mobile.play"),
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone58.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.connectivity(c),
            sdks.firebase_install(c),
            home.register_phone(c),
            tv.st_pair(c),
            fan.stick_pair(c),
            bank.bank_fds(c),
            background.time_sync(c),
        ]

    def pado_block(self) -> None:
        self.some(
            [
                (0.6, pado.home_feed),
                (0.8, pado.hls),
                (0.6, pado.hls),
                (0.4, pado.thumb),
                (0.2, pado.epg),
                (0.2, pado.search),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(PADO_VIEW, "pado_view")
        if self.p(0.35):
            self.next(ADS, "ads")

    def ott_block(self) -> None:
        self.some(
            [(0.5, ott.rp_catalogue), (0.3, ott.rp_score), (0.3, ott.live_chat), (0.15, ott.plans)]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(OTT_VIEW, "ott_view")
        if self.p(0.35):
            self.next(ADS, "ads")

    def fan_block(self) -> None:
        self.some(
            [
                (0.6, fan.photo),
                (0.3, fan.artist_profile),
                (0.3, fan.post),
                (0.25, fan.vote),
                (0.1, fan.signup),
                (0.15, fan.stick_seat),
                (0.1, fan.stick_pair),
                (0.1, sdks.kakao_token),
                (0.2, ga4.ga4_screen),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(FAN_VIEW, "fan_view")

    def audio_block(self) -> None:
        self.some(
            [
                (0.4, audio.chart),
                (0.3, audio.lyrics),
                (0.25, audio.reco),
                (0.3, audio.cover),
                (0.25, audio.ebook_position),
                (0.15, audio.podcast_search),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(AUDIO_VIEW, "audio_view")
        if self.p(0.3):
            self.next(ADS, "ads")

    def tv_block(self) -> None:
        self.some([(0.3, tv.notice), (0.3, tv.epg), (0.3, tv.remote_key)])
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.6):
            self.next(TV_DEV, "tv_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, bank.bank_balance),
                (0.4, bank.bank_keypad),
                (0.3, bank.bank_fds),
                (0.1, sdks.naver_login),
            ]
        )
        self.next(BANK_BIO, "bank_bio")

    def invest_block(self) -> None:
        self.some([(0.7, invest.candles), (0.3, invest.news), (0.35, invest.invest_fds)])
        self.next(INVEST_BIO, "invest_bio")

    def voice_block(self) -> None:
        self.some([(0.4, voice.stt), (0.3, voice.callback)])
        self.next(VOICE_BIO, "voice_bio")

    def home_block(self) -> None:
        self.some(
            [
                (0.3, home.elevator),
                (0.25, home.energy),
                (0.2, home.parking),
                (0.25, home.visitor_thumb),
            ]
        )
        if self.p(0.9):
            self.next(HOME_BIO, "home_bio")
        if self.p(0.4):
            self.next(HOME_DEV, "home_dev")


def generate_session(seed: int, target: int) -> tuple[Phone58, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.12, s.pado_block),
        (0.11, s.ott_block),
        (0.10, s.fan_block),
        (0.11, s.audio_block),
        (0.11, s.tv_block),
        (0.12, s.bank_block),
        (0.10, s.invest_block),
        (0.10, s.voice_block),
        (0.13, s.home_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
