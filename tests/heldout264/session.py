"""The script of the set-264 session: one family's devices in turn (the father's
pay-TV streaming app, mobile-money wallet and satellite decoder in Harare; the
mother's gospel / sungura music app and ACR smart TV in Bulawayo; the aunt's
kids' video app in Lilongwe), with ordinary background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import ana, background, dekoda, mari, nziyo, paytv, tv
from .phone import Family264

START = 1735711200.0  # 2025-01-01T06:00:00Z

Gen = Callable[[Context], Flow]

PAYTV_VIEW: list[Gen] = [
    paytv.kutarisa_progress,
    paytv.conviva_hb,
    paytv.beacon_opaque,
    paytv.live_channel,
    paytv.conviva_hb,
    paytv.continue_watching,
    paytv.kutarisa_progress,
    paytv.nhoroondo,
]
PAYTV_DEV: list[Gen] = [paytv.register_device, paytv.analytics_opaque, paytv.firebase_installation]
MARI_BIO: list[Gen] = [
    mari.chiso_login,
    mari.smile_smart_selfie,
    mari.chiso_login_protobuf,
    mari.chiso_enrol,
    mari.chiso_login,
    mari.smile_zip_upload,
]
MARI_DEV: list[Gen] = [
    mari.appsflyer_launch,
    mari.session_opaque,
    mari.device_bind,
    mari.appsflyer_event,
]
NZIYO_VIEW: list[Gen] = [
    nziyo.kuteerera,
    nziyo.ingoma_batch,
    nziyo.plays_protobuf,
    nziyo.kuteerera,
    nziyo.zvichangobva,
]
NZIYO_DEV: list[Gen] = [nziyo.register, nziyo.config_opaque, nziyo.firebase_installation]
DEC_VIEW: list[Gen] = [dekoda.audience_xml, dekoda.audience_legacy, dekoda.audience_xml]
DEC_OTHER: list[Gen] = [
    dekoda.epg,
    dekoda.signal_report,
    dekoda.checkin,
    dekoda.update_check,
    dekoda.lineup,
]
TV_VIEW: list[Gen] = [tv.acr_report, tv.okubukelwe, tv.acr_opaque, tv.acr_report]
TV_OTHER: list[Gen] = [tv.profile_face, tv.status_mac, tv.register, tv.profile_face]
ANA_VIEW: list[Gen] = [
    ana.kuonera,
    ana.adjust_watch_event,
    ana.watch_opaque,
    ana.kuonera,
    ana.mbiri,
]
ANA_DEV: list[Gen] = [ana.adjust_session, ana.adjust_event, ana.register]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family264.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            paytv.firebase_installation(c),
            paytv.register_device(c),
            mari.appsflyer_launch(c),
            mari.device_bind(c),
            nziyo.firebase_installation(c),
            nziyo.register(c),
            dekoda.checkin(c),
            tv.register(c),
            ana.register(c),
            ana.adjust_session(c),
            background.weather(c),
        ]

    def paytv_block(self) -> None:
        self.some(
            [
                (0.5, paytv.catalogue),
                (0.7, paytv.hls_segment),
                (0.5, paytv.hls_segment),
                (0.35, paytv.thumbnail),
                (0.2, paytv.search),
                (0.2, paytv.epg),
                (0.12, paytv.top_ten),
                (0.12, paytv.trailer),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(PAYTV_VIEW, "paytv_view")
        if self.p(0.3):
            self.next(PAYTV_DEV, "paytv_dev")

    def mari_block(self) -> None:
        self.some(
            [
                (0.6, mari.balance),
                (0.35, mari.send_money),
                (0.25, mari.airtime),
                (0.2, mari.agents_nearby),
                (0.12, mari.kyc_form),
                (0.1, mari.avatar),
                (0.12, mari.smile_upload_request),
            ]
        )
        if self.p(0.8):
            self.next(MARI_BIO, "mari_bio")
        if self.p(0.4):
            self.next(MARI_DEV, "mari_dev")

    def nziyo_block(self) -> None:
        self.some(
            [
                (0.7, nziyo.audio_chunk),
                (0.4, nziyo.audio_chunk),
                (0.35, nziyo.artwork),
                (0.25, nziyo.lyrics),
                (0.2, nziyo.chart),
                (0.2, nziyo.search),
                (0.08, nziyo.voice_search),
            ]
        )
        if self.p(0.8):
            self.next(NZIYO_VIEW, "nziyo_view")
        if self.p(0.3):
            self.next(NZIYO_DEV, "nziyo_dev")

    def dec_block(self) -> None:
        if self.p(0.7):
            self.next(DEC_OTHER, "dec_other")
        if self.p(0.75):
            self.next(DEC_VIEW, "dec_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, tv.remote_key),
                (0.3, tv.home_rails),
                (0.2, tv.trending),
                (0.15, tv.app_store),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.35):
            self.next(TV_OTHER, "tv_other")

    def ana_block(self) -> None:
        self.some(
            [
                (0.7, ana.video),
                (0.5, ana.video),
                (0.4, ana.thumbnail),
                (0.3, ana.catalogue),
                (0.15, ana.search),
                (0.1, ana.parental),
                (0.2, ana.ar_game),
            ]
        )
        if self.p(0.75):
            self.next(ANA_VIEW, "ana_view")
        if self.p(0.35):
            self.next(ANA_DEV, "ana_dev")


def generate_session(seed: int, target: int) -> tuple[Family264, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.paytv_block),
        (0.17, s.mari_block),
        (0.15, s.nziyo_block),
        (0.12, s.dec_block),
        (0.14, s.tv_block),
        (0.16, s.ana_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
