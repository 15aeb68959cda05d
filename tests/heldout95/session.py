"""The script of the set-95 session: the family uses eight apps in turn on a
Redmi Note 13 Pro (an OTT, a cricket app, a music app, a kirtan radio, a UPI
wallet with bank face KYC, a telco app with voice biometrics, a matrimonial app
with selfie verification, the Xiaomi TV box's launcher), with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, cricket, kirtan, music, ott, ott_browse, rishta, telco, tvbox, upi
from .phone import Phone95

START = 1764489600.0  # 2025-11-30T08:00:00Z (13:30 IST)

Gen = Callable[[Context], Flow]

OTT_VIEW: list[Gen] = [
    ott.watch_log_hi,
    ott.heartbeat,
    ott.watch_log_regional,
    ott.clevertap_watched,
    ott.continue_watching,
    ott.firebase_video,
    ott.heartbeat,
    ott.opaque_qos,
]
OTT_DEV: list[Gen] = [ott.ima_preroll, ott.device_register, ott.ima_preroll]
CRIC_VIEW: list[Gen] = [
    cricket.live_heartbeat,
    cricket.ball_beat_dekho,
    cricket.live_heartbeat,
    cricket.highlights_watched,
    cricket.clevertap_stream,
]
CRIC_DEV: list[Gen] = [cricket.appsflyer, cricket.inmobi, cricket.device_check]
MUSIC_VIEW: list[Gen] = [
    music.stream_log,
    music.moe_song_played,
    music.recently_played,
    music.stream_log,
    music.podcast_progress,
]
KIRTAN_VIEW: list[Gen] = [
    kirtan.suniya_log,
    kirtan.listen_session,
    kirtan.adjust_listen,
    kirtan.recent_shabads,
]
UPI_BIO: list[Gen] = [
    upi.hv_liveness,
    upi.bank_face_result,
    upi.hv_face_match,
    upi.bank_face_template,
    upi.idfy_face_compare,
    upi.bank_sdk_opaque,
]
UPI_DEV: list[Gen] = [upi.device_binding, upi.risk_headers]
TELCO_BIO: list[Gen] = [
    telco.voice_verify,
    telco.speaker_embedding,
    telco.voice_enrol,
    telco.voice_verify,
    telco.voiceprint_b64,
    telco.vb_opaque,
]
TELCO_DEV: list[Gen] = [telco.sim_check, telco.imei_header]
RISHTA_BIO: list[Gen] = [
    rishta.selfie_verify,
    rishta.liveness_blend,
    rishta.landmarks,
    rishta.face_attrs,
]
RISHTA_DEV: list[Gen] = [rishta.we_profile_viewed, rishta.device_info, rishta.we_interest]
TV_VIEW: list[Gen] = [tvbox.acr_report, tvbox.watch_history, tvbox.acr_samay, tvbox.acr_opaque]
TV_DEV: list[Gen] = [tvbox.device_record, tvbox.onetrack, tvbox.box_opaque_ping]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone95.make, START)

    def next(self, schedule: list[Gen], key: str, n: int = 1) -> None:
        for _ in range(n):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.time_sync(c),
            ott.device_register(c),
            cricket.appsflyer(c),
            kirtan.adjust_session(c),
            upi.device_binding(c),
            telco.sim_check(c),
            rishta.device_info(c),
            tvbox.device_record(c),
            music.moe_app_open(c),
        ]

    def ott_block(self) -> None:
        self.some(
            [
                (0.7, ott_browse.home_rails),
                (0.8, ott_browse.thumbs),
                (0.6, ott_browse.hls_segment),
                (0.5, ott_browse.hls_segment),
                (0.3, ott_browse.search),
                (0.3, ott.clevertap_browse),
            ]
        )
        self.next(OTT_VIEW, "ott_view", self.rng.randint(1, 2))
        if self.p(0.5):
            self.next(OTT_DEV, "ott_dev")

    def cric_block(self) -> None:
        self.some(
            [(0.8, cricket.commentary), (0.5, cricket.scorecard), (0.1, cricket.push_register)]
        )
        self.next(CRIC_VIEW, "cric_view", self.rng.randint(1, 2))
        if self.p(0.45):
            self.next(CRIC_DEV, "cric_dev")

    def music_block(self) -> None:
        self.some(
            [
                (0.6, music.album_art),
                (0.4, music.lyrics),
                (0.4, music.playlist),
                (0.2, music.ad_config),
                (0.15, music.moe_app_open),
            ]
        )
        if self.p(0.9):
            self.next(MUSIC_VIEW, "music_view")

    def kirtan_block(self) -> None:
        self.some(
            [
                (0.5, kirtan.hukamnama),
                (0.4, kirtan.schedule),
                (0.4, kirtan.icy_meta),
                (0.2, kirtan.adjust_session),
            ]
        )
        if self.p(0.85):
            self.next(KIRTAN_VIEW, "kirtan_view")

    def upi_block(self) -> None:
        self.some([(0.7, upi.pay), (0.3, upi.kyc_form)])
        self.next(UPI_BIO, "upi_bio", self.rng.randint(1, 2))
        if self.p(0.5):
            self.next(UPI_DEV, "upi_dev")

    def telco_block(self) -> None:
        self.some([(0.5, telco.plans), (0.4, telco.voice_search), (0.3, telco.opaque_token)])
        self.next(TELCO_BIO, "telco_bio", self.rng.randint(1, 2))
        if self.p(0.4):
            self.next(TELCO_DEV, "telco_dev")

    def rishta_block(self) -> None:
        self.some([(0.7, rishta.matches), (0.7, rishta.profile_photo), (0.15, rishta.signup_form)])
        self.next(RISHTA_BIO, "rishta_bio", self.rng.randint(1, 2))
        if self.p(0.5):
            self.next(RISHTA_DEV, "rishta_dev")

    def tv_block(self) -> None:
        self.some([(0.5, tvbox.keypress), (0.4, tvbox.epg), (0.3, tvbox.wallpaper)])
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.45):
            self.next(TV_DEV, "tv_dev")


def generate_session(seed: int, target: int) -> tuple[Phone95, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.ott_block),
        (0.13, s.cric_block),
        (0.11, s.music_block),
        (0.1, s.kirtan_block),
        (0.13, s.upi_block),
        (0.12, s.telco_block),
        (0.13, s.rishta_block),
        (0.12, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
