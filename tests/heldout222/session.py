"""The script of the set-222 session: one Iranian family's devices in turn (the
father's bank app, smart TV and Android TV box in Tehran; the mother's music /
podcast and messaging apps on an old Redmi in Isfahan; the daughter's series
streamer and smartwatch in Toronto; the son's football app in Tehran), with
ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, gol, navaa, payam, saat, tamasha, tv, tvbox
from .phone import Family222

START = 1733122800.0  # 2024-12-02T07:00:00Z (10:30 in Tehran)

Gen = Callable[[Context], Flow]

TAMASHA_VIEW: list[Gen] = [
    tamasha.tamasha_progress,
    tamasha.metrix_watch_event,
    tamasha.edame_tamasha,
    tamasha.opaque_beacon,
    tamasha.tamasha_progress,
    tamasha.film_complete,
    tamasha.tarikhche,
]
TAMASHA_DEV: list[Gen] = [
    tamasha.metrix_session,
    tamasha.app_measurement,
    tamasha.register_device,
    tamasha.firebase_installation,
]
GOL_VIEW: list[Gen] = [gol.stream_heartbeat, gol.highlight_watched, gol.opaque_stats]
GOL_DEV: list[Gen] = [gol.tapsell_ad, gol.metrix_session, gol.tapsell_ad, gol.metrix_custom]
NAVAA_VIEW: list[Gen] = [
    navaa.shenidan,
    navaa.adjust_listen_event,
    navaa.podcast_progress,
    navaa.opaque_batch,
    navaa.akharin_shenide,
    navaa.shenidan,
]
NAVAA_DEV: list[Gen] = [
    navaa.adjust_session,
    navaa.config_opaque,
    navaa.adjust_subscribe_event,
    navaa.register,
]
BANK_BIO: list[Gen] = [
    bank.face_login,
    bank.face_verify_selfie,
    bank.face_login_protobuf,
    bank.face_liveness_landmarks,
    bank.face_login,
    bank.face_enrol,
    bank.liveness_frames,
]
BANK_DEV: list[Gen] = [bank.device_bind, bank.balance_opaque]
PAYAM_BIO: list[Gen] = [
    payam.voice_login,
    payam.voice_enrol,
    payam.voice_login_opaque,
    payam.voice_login,
]
PAYAM_DEV: list[Gen] = [payam.register, payam.keepalive_opaque, payam.push_register]
TV_VIEW: list[Gen] = [tv.acr_report, tv.recently_watched, tv.acr_opaque, tv.acr_report]
TV_DEV: list[Gen] = [tv.network_status, tv.register]
BOX_VIEW: list[Gen] = [tvbox.play_log, tvbox.play_log, tvbox.qos_probe]
BOX_OTHER: list[Gen] = [
    tvbox.stream_link,
    tvbox.epg,
    tvbox.channels,
    tvbox.ota_check,
    tvbox.login,
    tvbox.speedtest,
]
SAAT_DEV: list[Gen] = [
    saat.device_state,
    saat.health_sync,
    saat.dump_protobuf,
    saat.bind,
    saat.device_state,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family222.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            tamasha.firebase_installation(c),
            tamasha.register_device(c),
            tamasha.metrix_session(c),
            gol.metrix_session(c),
            navaa.adjust_session(c),
            navaa.register(c),
            bank.device_bind(c),
            payam.register(c),
            tvbox.login(c),
            tv.register(c),
            saat.bind(c),
            background.weather(c),
        ]

    def tamasha_block(self) -> None:
        self.some(
            [
                (0.5, tamasha.kataloog),
                (0.7, tamasha.hls_segment),
                (0.5, tamasha.hls_segment),
                (0.3, tamasha.poster),
                (0.25, tamasha.jostojoo),
                (0.2, tamasha.porbazdid),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(TAMASHA_VIEW, "tamasha_view")
        if self.p(0.3):
            self.next(TAMASHA_DEV, "tamasha_dev")

    def gol_block(self) -> None:
        self.some(
            [
                (0.7, gol.live_scores),
                (0.4, gol.match_events),
                (0.3, gol.highlights_list),
                (0.25, gol.jadval),
                (0.15, gol.pishbini),
                (0.2, gol.tapsell_impression),
            ]
        )
        if self.p(0.75):
            self.next(GOL_VIEW, "gol_view")
        if self.p(0.45):
            self.next(GOL_DEV, "gol_dev")

    def navaa_block(self) -> None:
        self.some(
            [
                (0.7, navaa.audio_chunk),
                (0.4, navaa.cover),
                (0.3, navaa.bartarin),
                (0.25, navaa.matn_tarane),
                (0.2, navaa.jostojoo),
            ]
        )
        if self.p(0.75):
            self.next(NAVAA_VIEW, "navaa_view")
        if self.p(0.35):
            self.next(NAVAA_DEV, "navaa_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.nerkh_arz),
                (0.3, bank.enteghal),
                (0.25, bank.otp),
                (0.12, bank.profile_form),
                (0.12, bank.avatar),
                (0.12, bank.card_back_ocr),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.35):
            self.next(BANK_DEV, "bank_dev")

    def payam_block(self) -> None:
        self.some(
            [
                (0.7, payam.message),
                (0.4, payam.message),
                (0.35, payam.voice_message),
                (0.25, payam.call_offer),
                (0.15, payam.sticker),
                (0.1, payam.contacts_sync),
            ]
        )
        if self.p(0.7):
            self.next(PAYAM_BIO, "payam_bio")
        if self.p(0.3):
            self.next(PAYAM_DEV, "payam_dev")

    def tv_block(self) -> None:
        self.some([(0.4, tv.remote_key), (0.3, tv.home_rails), (0.2, tv.popular)])
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def box_block(self) -> None:
        if self.p(0.7):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")

    def saat_block(self) -> None:
        self.some([(0.3, saat.watchface), (0.25, saat.wrist_settings), (0.2, saat.azan)])
        if self.p(0.75):
            self.next(SAAT_DEV, "saat_dev")


def generate_session(seed: int, target: int) -> tuple[Family222, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.tamasha_block),
        (0.13, s.gol_block),
        (0.12, s.navaa_block),
        (0.13, s.bank_block),
        (0.11, s.payam_block),
        (0.12, s.tv_block),
        (0.11, s.box_block),
        (0.11, s.saat_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
