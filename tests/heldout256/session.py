"""The script of the set-256 session: one Fijian family's devices in turn (the
father's bank app, pay-TV decoder and pay-TV app in Suva; the aunt's wallet and
music / kirtan / radio app in Labasa; the cousin's rugby and football app in
Lautoka; the son's streaming app and LTE watch in Auckland), with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, decoder, dhun, ilavo, qito, sarava, skyapp, vitibank, watch
from .phone import Family256

START = 1741392000.0  # 2025-03-08T00:00:00Z (Saturday noon in Fiji, a Drua match day)

Gen = Callable[[Context], Flow]

SARAVA_VIEW: list[Gen] = [
    sarava.gauna,
    sarava.ga_video,
    sarava.opaque_beacon,
    sarava.af_watched,
    sarava.tomana,
    lambda c: sarava.ga_video(c, "video_complete"),
    sarava.sa_raici,
    sarava.opaque_beacon,
    sarava.gauna,
]
SARAVA_DEV: list[Gen] = [
    sarava.ga_screen,
    sarava.af_launch,
    sarava.config_opaque,
    sarava.register,
    sarava.fis_register,
    sarava.af_purchase,
    sarava.fcm_register,
]
DHUN_VIEW: list[Gen] = [
    dhun.suna,
    dhun.adjust_listen,
    dhun.opaque_batch,
    dhun.radio_suna,
    dhun.kirtan_live,
    dhun.adjust_opaque,
    dhun.haal_me_suna,
    dhun.suna,
]
DHUN_DEV: list[Gen] = [
    dhun.adjust_session,
    dhun.config_opaque,
    dhun.adjust_attribution,
    dhun.register,
]
QITO_VIEW: list[Gen] = [
    qito.npaw_start,
    qito.sarava_qito,
    qito.opaque_stats,
    qito.npaw_ping,
    qito.meta_watched,
    qito.npaw_ping,
    qito.sarava_qito,
    qito.npaw_stop,
]
QITO_DEV: list[Gen] = [qito.meta_activate, qito.opaque_ping, qito.register, qito.meta_follow]
WALLET_BIO: list[Gen] = [ilavo.jumio_face, ilavo.liveness_opaque, ilavo.jumio_result]
WALLET_DEV: list[Gen] = [
    ilavo.balance,
    ilavo.bind,
    ilavo.session_refresh,
    ilavo.history,
    ilavo.session_refresh,
]
BANK_BIO: list[Gen] = [
    vitibank.face_login,
    vitibank.onfido_live_photo,
    vitibank.face_login_raw,
    vitibank.kyc_status,
    vitibank.face_login_raw,
    vitibank.onfido_live_video,
    vitibank.face_login,
]
BANK_DEV: list[Gen] = [
    vitibank.accounts,
    vitibank.device_register,
    vitibank.statement,
    vitibank.accounts,
]
STB_VIEW: list[Gen] = [decoder.audience_xml, decoder.audience_bin, decoder.audience_xml]
STB_OTHER: list[Gen] = [
    decoder.epg,
    decoder.lineup,
    decoder.dish_report,
    decoder.entitlement,
    decoder.firmware,
    decoder.packages,
    decoder.epg,
]
SKY_VIEW: list[Gen] = [
    skyapp.recently_watched,
    skyapp.go_heartbeat,
    skyapp.heartbeat_opaque,
    skyapp.go_heartbeat,
]
SKY_DEV: list[Gen] = [skyapp.guide, skyapp.pair, skyapp.store, skyapp.guide]
WATCH_DEV: list[Gen] = [
    watch.sync,
    watch.watch_info,
    watch.raw_dump,
    watch.pair,
    watch.sync,
    watch.config_opaque,
    watch.esim_activate,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family256.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            sarava.fis_register(c),
            sarava.fcm_register(c),
            sarava.register(c),
            sarava.af_launch(c),
            dhun.adjust_session(c),
            dhun.register(c),
            qito.meta_activate(c),
            qito.register(c),
            ilavo.bind(c),
            vitibank.device_register(c),
            decoder.boot_register(c),
            skyapp.pair(c),
            watch.pair(c),
            background.met_forecast(c),
        ]

    def sarava_block(self) -> None:
        self.some(
            [
                (0.6, sarava.hls_segment),
                (0.4, sarava.hls_segment),
                (0.35, sarava.katalogu),
                (0.2, sarava.vakasaqara),
                (0.15, sarava.most_watched),
                (0.15, sarava.fixtures),
                (0.1, sarava.plans),
                (0.15, sarava.drm_licence),
                (0.05, sarava.rating),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(SARAVA_VIEW, "sarava_view")
        if self.p(0.35):
            self.next(SARAVA_DEV, "sarava_dev")

    def dhun_block(self) -> None:
        self.some(
            [
                (0.7, dhun.audio_chunk),
                (0.35, dhun.abhi_baj_raha),
                (0.2, dhun.top_gana),
                (0.2, dhun.bol),
                (0.15, dhun.kirtan_samay),
                (0.1, dhun.podcasts),
            ]
        )
        if self.p(0.8):
            self.next(DHUN_VIEW, "dhun_view")
        if self.p(0.4):
            self.next(DHUN_DEV, "dhun_dev")

    def qito_block(self) -> None:
        self.some(
            [
                (0.6, qito.live_scores),
                (0.5, qito.hls_live),
                (0.25, qito.porogaramu),
                (0.2, qito.lineup),
                (0.2, qito.tebeli),
                (0.2, qito.itukutuku),
                (0.1, qito.push_topic),
                (0.15, qito.npaw_data),
            ]
        )
        if self.p(0.8):
            self.next(QITO_VIEW, "qito_view")
        if self.p(0.4):
            self.next(QITO_DEV, "qito_dev")

    def wallet_block(self) -> None:
        self.some(
            [
                (0.5, ilavo.send_money),
                (0.35, ilavo.airtime),
                (0.25, ilavo.bill_pay),
                (0.2, ilavo.agents),
                (0.1, ilavo.fingerprint_unlock),
                (0.12, ilavo.jumio_account),
                (0.1, ilavo.jumio_back),
            ]
        )
        if self.p(0.6):
            self.next(WALLET_BIO, "wallet_bio")
        if self.p(0.55):
            self.next(WALLET_DEV, "wallet_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, vitibank.fx_rates),
                (0.3, vitibank.remittance),
                (0.25, vitibank.otp),
                (0.12, vitibank.kyc_start),
                (0.1, vitibank.avatar),
                (0.1, vitibank.onfido_document),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.45):
            self.next(BANK_DEV, "bank_dev")

    def stb_block(self) -> None:
        if self.p(0.8):
            self.next(STB_OTHER, "stb_other")
        if self.p(0.75):
            self.next(STB_VIEW, "stb_view")
        if self.p(0.06):
            self.flows.append(decoder.boot_register(self.ctx))

    def sky_block(self) -> None:
        self.some([(0.3, skyapp.ppv_catalogue), (0.2, skyapp.reminder), (0.2, skyapp.bill)])
        if self.p(0.75):
            self.next(SKY_VIEW, "sky_view")
        if self.p(0.5):
            self.next(SKY_DEV, "sky_dev")

    def watch_block(self) -> None:
        self.some(
            [
                (0.35, watch.watchface),
                (0.3, watch.workout),
                (0.25, watch.sleep_history),
                (0.3, watch.weather),
            ]
        )
        if self.p(0.8):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Family256, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.sarava_block),
        (0.13, s.dhun_block),
        (0.13, s.qito_block),
        (0.11, s.wallet_block),
        (0.12, s.bank_block),
        (0.1, s.stb_block),
        (0.12, s.sky_block),
        (0.1, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
