"""The script of the set-91 session: a Tecno Camon in Dar es Salaam (with trips
to Kampala and Kigali) and the family's TV box, used app by app with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, dating, football, money, music, sdks, streaming, telco, tvbox
from .phone import Phone91

START = 1764489600.0  # 2025-11-30T08:00:00Z (11:00 in Dar es Salaam)

Gen = Callable[[Context], Flow]

KIB_VIEW: list[Gen] = [
    streaming.kib_watch_log,
    streaming.kib_heartbeat,
    streaming.kib_continue,
    streaming.kib_heartbeat,
    streaming.kib_opaque,
    streaming.kib_watch_log,
    lambda c: sdks.clevertap(
        c,
        "W4R-9K6-Z75Z",
        "Video Watched",
        {"Show": "Jua Kali", "Episode": 4, "Watched Seconds": 1260},
        True,
    ),
]
NYO_VIEW: list[Gen] = [
    streaming.nyota_progress,
    streaming.nyota_live_beat,
    streaming.nyota_historique,
    streaming.nyota_progress,
]
BOX_VIEW: list[Gen] = [tvbox.acr_report, tvbox.zap_log, tvbox.acr_report]
GOL_VIEW: list[Gen] = [football.live_heartbeat, football.highlight_log, football.live_heartbeat]
NGOMA_VIEW: list[Gen] = [
    music.play_report,
    music.sikiliza_history,
    music.radio_log,
    music.podcast_progress,
    music.radio_log,
]
PESA_BIO: list[Gen] = [
    money.smile_selfie,
    money.liveness_result,
    money.veriff_face,
    money.face_template,
    money.kyc_opaque,
    money.smile_selfie,
]
SIMU_BIO: list[Gen] = [
    telco.speaker_verify,
    telco.voice_enrol,
    telco.voiceprint_sync,
    telco.speaker_verify,
    telco.voice_opaque,
]
PENZI_BIO: list[Gen] = [
    dating.selfie_verify,
    dating.video_blendshapes,
    dating.compare_forward,
    dating.embedding_opaque,
    dating.video_blendshapes,
]
AD: list[Gen] = [
    lambda c: sdks.ima(c, "tz.co.kibandamax", "/21775744923/kibanda/preroll"),
    lambda c: sdks.appsflyer(c, "com.ngoma.music"),
    lambda c: sdks.adjust(c, "8x2kq1mz0c5s"),
    lambda c: sdks.facebook(c, "482716390011", "fb_mobile_purchase"),
    lambda c: sdks.unity(c, "5123311"),
    lambda c: sdks.measurement(c, "1:8812:android:ab12"),
    lambda c: sdks.adjust(c, "q9wd1ev7pa4g", "t4kz1a"),
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone91.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            telco.hios_collect(c),
            tvbox.register(c),
            sdks.firebase_install(c, "kandanda-prod", "1:8812:android:ab12"),
            football.device_bind(c),
            music.device_report(c),
            money.device_risk(c),
            dating.device_config(c),
            background.time_sync(c),
        ]

    def kib_block(self) -> None:
        self.some(
            [
                (0.6, streaming.kib_catalogue),
                (0.8, streaming.kib_segment),
                (0.6, streaming.kib_segment),
                (0.3, AD[0]),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(KIB_VIEW, "kib")

    def nyota_block(self) -> None:
        self.some(
            [
                (0.6, streaming.nyota_poster),
                (0.4, streaming.nyota_search),
                (0.5, streaming.nyota_poster),
            ]
        )
        if self.p(0.9):
            self.next(NYO_VIEW, "nyo")

    def box_block(self) -> None:
        self.some(
            [
                (0.5, tvbox.epg),
                (0.15, tvbox.firmware),
                (0.15, tvbox.status_opaque),
                (0.05, tvbox.register),
            ]
        )
        if self.p(0.85):
            self.next(BOX_VIEW, "box")

    def gol_block(self) -> None:
        self.some(
            [
                (0.7, football.scores),
                (0.4, football.shot_map),
                (0.3, football.odds),
                (0.25, football.tracking),
                (0.1, football.device_bind),
            ]
        )
        if self.p(0.85):
            self.next(GOL_VIEW, "gol")

    def ngoma_block(self) -> None:
        self.some(
            [
                (0.5, music.search),
                (0.4, music.charts),
                (0.6, music.cover),
                (0.3, music.stations),
                (0.1, music.device_report),
                (0.25, AD[1]),
            ]
        )
        if self.p(0.85):
            self.next(NGOMA_VIEW, "ngoma")

    def pesa_block(self) -> None:
        self.some(
            [
                (0.6, money.statement),
                (0.4, money.fx_series),
                (0.2, money.signup),
                (0.2, money.help_article),
                (0.3, money.device_risk),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(PESA_BIO, "pesa")

    def simu_block(self) -> None:
        self.some(
            [
                (0.5, telco.bundles),
                (0.5, telco.balance),
                (0.35, telco.voice_command),
                (0.2, telco.hios_collect),
                (0.08, telco.hios_warranty),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(SIMU_BIO, "simu")

    def penzi_block(self) -> None:
        self.some(
            [
                (0.8, dating.photo),
                (0.6, dating.photo),
                (0.5, dating.swipes),
                (0.2, dating.profile_edit),
                (0.1, dating.device_config),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(PENZI_BIO, "penzi")

    def ad_block(self) -> None:
        self.next(AD, "ad")


def generate_session(seed: int, target: int) -> tuple[Phone91, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.kib_block),
        (0.11, s.nyota_block),
        (0.1, s.box_block),
        (0.11, s.gol_block),
        (0.12, s.ngoma_block),
        (0.12, s.pesa_block),
        (0.11, s.simu_block),
        (0.11, s.penzi_block),
        (0.08, s.ad_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
