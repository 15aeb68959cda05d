"""The script of the set-210 session: one Filipino family's devices in turn (the
father's e-wallet, satellite box and ACR smart TV in Quezon City; the mother's
teleserye streamer in Cebu; the daughter's remittance and OPM music apps in
Dubai; the son's basketball app in Quezon City), with ordinary background
traffic in between. Sensitive events rotate through a schedule per app so that
even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, basketbol, himig, padala, pitaka, satbox, telebisyon, teleserye
from .phone import Family210

START = 1733040000.0  # 2024-12-01T08:00:00Z

Gen = Callable[[Context], Flow]

SERYE_VIEW: list[Gen] = [
    teleserye.napanood_progress,
    teleserye.ga4_video,
    teleserye.live_heartbeat,
    teleserye.tuloy_panoorin,
    teleserye.opaque_beacon,
    lambda c: teleserye.ga4_video(c, "video_complete"),
    teleserye.napanood_progress,
    teleserye.live_heartbeat,
]
SERYE_DEV: list[Gen] = [
    teleserye.register_device,
    teleserye.firebase_installation,
    teleserye.ga4_screen,
]
HOOPS_VIEW: list[Gen] = [
    basketbol.stream_heartbeat,
    basketbol.highlight_napanood,
    basketbol.opaque_stats,
    basketbol.appsflyer_watch,
    basketbol.stream_heartbeat,
]
HOOPS_DEV: list[Gen] = [basketbol.appsflyer_launch, basketbol.pangle_ad, basketbol.appsflyer_event]
HIMIG_VIEW: list[Gen] = [
    himig.pinakinggan,
    himig.adjust_play,
    himig.huling_pinakinggan,
    himig.opaque_batch,
    lambda c: himig.meta_events(c, True),
    himig.pinakinggan,
]
HIMIG_DEV: list[Gen] = [himig.adjust_session, himig.meta_events, himig.register]
WALLET_BIO: list[Gen] = [
    pitaka.face_login,
    pitaka.sumsub_selfie,
    pitaka.face_login_protobuf,
    pitaka.face_enrol,
    pitaka.face_login,
    pitaka.liveness_video,
]
WALLET_DEV: list[Gen] = [pitaka.device_bind, pitaka.balance_opaque, pitaka.device_bind]
PADALA_OTHER: list[Gen] = [padala.rates, padala.send, padala.track, padala.branch_locator]
BOX_VIEW: list[Gen] = [satbox.zap_log, satbox.zap_log, satbox.audience_compact]
BOX_OTHER: list[Gen] = [satbox.epg, satbox.entitlement, satbox.ppv_catalogue, satbox.fw_check]
TV_VIEW: list[Gen] = [
    telebisyon.acr_report,
    telebisyon.acr_opaque,
    telebisyon.acr_report,
    telebisyon.acr_report,
]
TV_DEV: list[Gen] = [telebisyon.status_ping, telebisyon.register]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family210.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            teleserye.firebase_installation(c),
            teleserye.register_device(c),
            basketbol.appsflyer_launch(c),
            himig.adjust_session(c),
            himig.register(c),
            pitaka.device_bind(c),
            padala.register(c),
            satbox.login(c),
            telebisyon.register(c),
            background.typhoon_alert(c),
        ]

    def serye_block(self) -> None:
        self.some(
            [
                (0.5, teleserye.katalogo),
                (0.7, teleserye.hls_segment),
                (0.5, teleserye.hls_segment),
                (0.25, teleserye.hanapin),
                (0.2, teleserye.trending),
                (0.25, teleserye.iskedyul),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(SERYE_VIEW, "serye_view")
        if self.p(0.3):
            self.next(SERYE_DEV, "serye_dev")

    def hoops_block(self) -> None:
        self.some(
            [
                (0.7, basketbol.live_scores),
                (0.35, basketbol.box_score),
                (0.35, basketbol.play_by_play),
                (0.25, basketbol.highlights_list),
                (0.2, basketbol.standings),
            ]
        )
        if self.p(0.75):
            self.next(HOOPS_VIEW, "hoops_view")
        if self.p(0.45):
            self.next(HOOPS_DEV, "hoops_dev")

    def himig_block(self) -> None:
        self.some(
            [
                (0.7, himig.audio_chunk),
                (0.4, himig.audio_chunk),
                (0.3, himig.opm_chart),
                (0.25, himig.lyrics),
                (0.2, himig.radyo_list),
                (0.3, himig.now_playing),
            ]
        )
        if self.p(0.75):
            self.next(HIMIG_VIEW, "himig_view")
        if self.p(0.35):
            self.next(HIMIG_DEV, "himig_dev")

    def wallet_block(self) -> None:
        self.some(
            [
                (0.4, pitaka.send_money),
                (0.3, pitaka.pay_bills),
                (0.35, pitaka.qr_pay),
                (0.25, pitaka.otp),
                (0.12, pitaka.kyc_form),
                (0.12, pitaka.avatar),
                (0.12, pitaka.sumsub_applicant),
                (0.1, pitaka.sumsub_id_back),
            ]
        )
        if self.p(0.8):
            self.next(WALLET_BIO, "wallet_bio")
        if self.p(0.4):
            self.next(WALLET_DEV, "wallet_dev")

    def padala_block(self) -> None:
        self.flows.append(padala.promo_banner(self.ctx))
        if self.p(0.6):
            self.next(PADALA_OTHER, "padala_other")
        if self.p(0.2):
            self.flows.append(padala.selfie_match(self.ctx))

    def box_block(self) -> None:
        if self.p(0.7):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.35, telebisyon.home_rails),
                (0.2, telebisyon.app_store),
                (0.25, telebisyon.screensaver),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")


def generate_session(seed: int, target: int) -> tuple[Family210, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.serye_block),
        (0.15, s.hoops_block),
        (0.14, s.himig_block),
        (0.14, s.wallet_block),
        (0.09, s.padala_block),
        (0.13, s.box_block),
        (0.15, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
