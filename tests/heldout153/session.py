"""The script of the set-153 session: a family in Tehran and Isfahan uses a
video-sharing / live-TV app, a streaming service (phone and TV box), a smart TV,
a music app, a podcast / audiobook app, a bank and a payment app with face
authentication, a ride app, a messenger and a smartwatch, with the Iranian SDKs
those apps carry and ordinary background traffic in between. Sensitive events
rotate through a schedule per app so that even a small set covers every family,
opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    didbaz,
    filmkhaneh,
    goftino,
    navaye,
    safarbar,
    sekkeh,
    shenava,
    smarttv,
    thirdparty,
    watch,
)
from .phone import Phone153

START = 1764831600.0  # 2025-12-04T07:00:00Z (10:30 in Tehran)

Gen = Callable[[Context], Flow]

DIDBAZ_VIEW: list[Gen] = [
    didbaz.bazdid,
    didbaz.live_tune,
    didbaz.lite_beacon,
    didbaz.history,
    thirdparty.metrix_watch_event,
    didbaz.bazdid,
    didbaz.tv_app_report,
]
FILM_VIEW: list[Gen] = [
    filmkhaneh.heartbeat,
    filmkhaneh.continue_watching,
    filmkhaneh.heartbeat,
    filmkhaneh.box_compact,
    filmkhaneh.heartbeat,
]
TV_VIEW: list[Gen] = [
    smarttv.acr_report,
    smarttv.tuner_log,
    smarttv.acr_protobuf,
    smarttv.acr_report,
]
MUSIC_VIEW: list[Gen] = [
    navaye.play_log,
    navaye.recently_played,
    navaye.play_log,
    navaye.offline_sync,
]
POD_VIEW: list[Gen] = [
    shenava.episode_progress,
    shenava.audiobook_progress,
    shenava.listening_stats,
]
BANK_BIO: list[Gen] = [
    bank.liveness,
    bank.face_login,
    bank.voice_enrol,
    bank.hardened_login,
    bank.face_login,
]
PAY_BIO: list[Gen] = [sekkeh.face_points, sekkeh.light_login, sekkeh.face_points]
SDK_DEV: list[Gen] = [
    thirdparty.metrix_session,
    thirdparty.tapsell_ad,
    thirdparty.pushe_register,
    thirdparty.tapsell_hashed,
    thirdparty.adivery_ad,
    thirdparty.firebase_install,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone153.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.vpn_servers(c),
            thirdparty.pushe_register(c),
            thirdparty.bazaar_update(c),
            filmkhaneh.register_box(c),
            watch.bind(c),
            navaye.register(c),
            bank.device_bind(c),
            sekkeh.hamta(c),
            background.time_sync(c),
        ]

    def didbaz_block(self) -> None:
        self.some(
            [
                (0.7, didbaz.thumbnail),
                (0.6, didbaz.thumbnail),
                (0.5, didbaz.manifest),
                (0.4, didbaz.trending),
                (0.35, didbaz.search),
                (0.2, didbaz.upload_comment),
                (0.2, didbaz.live_schedule),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(DIDBAZ_VIEW, "didbaz_view")
        if self.p(0.4):
            self.next(SDK_DEV, "sdk_dev")

    def film_block(self) -> None:
        self.some(
            [
                (0.6, filmkhaneh.catalogue),
                (0.7, filmkhaneh.segment),
                (0.6, filmkhaneh.segment),
                (0.5, filmkhaneh.poster),
                (0.3, filmkhaneh.top10),
                (0.2, filmkhaneh.plans),
                (0.3, filmkhaneh.app_open),
                (0.1, thirdparty.myket_billing),
                (0.08, filmkhaneh.register_box),
            ]
        )
        if self.p(0.85):
            self.next(FILM_VIEW, "film_view")

    def tv_block(self) -> None:
        self.some([(0.5, smarttv.epg), (0.2, smarttv.firmware)])
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")

    def music_block(self) -> None:
        self.some(
            [
                (0.6, navaye.cover),
                (0.4, navaye.charts),
                (0.3, navaye.lyrics),
                (0.1, navaye.register),
            ]
        )
        if self.p(0.8):
            self.next(MUSIC_VIEW, "music_view")

    def pod_block(self) -> None:
        self.some([(0.6, shenava.audio_chunk), (0.4, shenava.feed), (0.5, shenava.ebook_progress)])
        if self.p(0.75):
            self.next(POD_VIEW, "pod_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.balance),
                (0.4, bank.fx_rates),
                (0.25, bank.card_ocr),
                (0.1, bank.device_bind),
            ]
        )
        if self.p(0.6):
            self.next(BANK_BIO, "bank_bio")

    def pay_block(self) -> None:
        self.some(
            [
                (0.5, sekkeh.bill_pay),
                (0.4, sekkeh.topup),
                (0.4, sekkeh.card_to_card),
                (0.15, sekkeh.shop_kiosk_face),
                (0.1, sekkeh.hamta),
                (0.2, thirdparty.firebase_install),
            ]
        )
        if self.p(0.55):
            self.next(PAY_BIO, "pay_bio")

    def ride_block(self) -> None:
        self.some(
            [
                (0.7, safarbar.estimate),
                (0.5, safarbar.ride_status),
                (0.5, safarbar.location_ping),
                (0.25, safarbar.launch),
                (0.2, safarbar.fraud_ping),
                (0.2, thirdparty.metrix_session),
            ]
        )

    def msg_block(self) -> None:
        self.some(
            [
                (0.8, goftino.send_message),
                (0.5, goftino.send_message),
                (0.3, goftino.channel_posts),
                (0.2, goftino.transcribe),
                (0.3, goftino.channel_video_progress),
                (0.1, goftino.register),
                (0.3, thirdparty.pushe_ack),
            ]
        )

    def watch_block(self) -> None:
        self.some([(0.7, watch.daily_sync), (0.3, watch.face_store), (0.1, watch.bind)])


def generate_session(seed: int, target: int) -> tuple[Phone153, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.didbaz_block),
        (0.13, s.film_block),
        (0.09, s.tv_block),
        (0.1, s.music_block),
        (0.08, s.pod_block),
        (0.1, s.bank_block),
        (0.1, s.pay_block),
        (0.1, s.ride_block),
        (0.1, s.msg_block),
        (0.05, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
