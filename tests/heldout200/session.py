"""The script of the set-200 session: one Cambodian family's devices in turn
(the father's e-wallet and IPTV box in Phnom Penh; the mother's drama app and
the guesthouse's ACR television in Siem Reap; the elder son's tuk-tuk driver
app in Siem Reap; the daughter's karaoke app in Phnom Penh; the aunt's drama
app in Long Beach), with ordinary background traffic in between. Sensitive
events rotate through a schedule per app so that even a small set covers every
family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import acrtv, background, chrieng, luypay, meulroeung, phteahtv, tuktuk
from .phone import Family200

START = 1733036400.0  # 2024-12-01T07:00:00Z (14:00 in Phnom Penh)

Gen = Callable[[Context], Flow]
m = meulroeung


def _meul_view(who: str) -> list[Gen]:
    return [
        partial(m.meul_progress, who=who),
        partial(m.ga4_video, who=who),
        partial(m.posti_heartbeat, who=who),
        partial(m.bontor_meul, who=who),
        partial(m.opaque_beacon, who=who),
        partial(m.meul_ruoch, who=who),
        partial(m.meta_meul_chop, who=who),
        partial(m.ga4_video, who=who, name="video_complete"),
        partial(m.meul_progress, who=who),
        partial(m.pravatt, who=who),
    ]


def _meul_dev(who: str) -> list[Gen]:
    return [
        partial(m.meta_activate, who=who),
        partial(m.register_device, who=who),
        partial(m.config_opaque, who=who),
        partial(m.ga4_screen, who=who),
        partial(m.firebase_installation, who=who),
    ]


MEUL_VIEW = {w: _meul_view(w) for w in ("mak", "ming")}
MEUL_DEV = {w: _meul_dev(w) for w in ("mak", "ming")}
BANK_BIO: list[Gen] = [
    luypay.face_login,
    luypay.rek_compare,
    luypay.face_login_protobuf,
    luypay.rek_detect_faces,
    luypay.face_login,
    luypay.kyc_upload,
    luypay.liveness_frames,
]
BANK_DEV: list[Gen] = [luypay.device_bind, luypay.samatol_opaque, luypay.samatol_opaque]
SING_VIEW: list[Gen] = [
    chrieng.sdab,
    chrieng.karaoke_ruoch,
    chrieng.opaque_batch,
    chrieng.sdab,
    chrieng.lmeh_thmey,
]
SING_BIO: list[Gen] = [chrieng.voiceprint, chrieng.recording_share, chrieng.hum_search]
SING_DEV: list[Gen] = [
    chrieng.applovin,
    chrieng.config_opaque,
    chrieng.applovin,
    chrieng.register,
    chrieng.firebase_installation,
]
TUK_DEV: list[Gen] = [
    tuktuk.heartbeat,
    tuktuk.trip_accept_opaque,
    tuktuk.adjust_session,
    tuktuk.heartbeat,
    tuktuk.register,
]
BOX_VIEW: list[Gen] = [
    phteahtv.play_log,
    phteahtv.vod_progress,
    phteahtv.play_log,
    phteahtv.qos_opaque,
]
BOX_OTHER: list[Gen] = [
    phteahtv.epg,
    phteahtv.heartbeat,
    phteahtv.channels,
    phteahtv.vod_catalogue,
    phteahtv.heartbeat,
    phteahtv.firmware,
]
TV_VIEW: list[Gen] = [acrtv.acr_matches, acrtv.acr_matches, acrtv.acr_opaque]
TV_DEV: list[Gen] = [acrtv.status, acrtv.register]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family200.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            m.firebase_installation(c, "mak"),
            m.register_device(c, "mak"),
            m.meta_activate(c, "mak"),
            m.firebase_installation(c, "ming"),
            m.register_device(c, "ming"),
            luypay.device_bind(c),
            chrieng.firebase_installation(c),
            chrieng.register(c),
            tuktuk.register(c),
            tuktuk.adjust_session(c),
            phteahtv.login(c),
            acrtv.register(c),
            background.weather(c),
        ]

    def meul_block(self, who: str) -> None:
        self.some(
            [
                (0.5, partial(m.katalok, who=who)),
                (0.7, partial(m.hls_segment, who=who)),
                (0.5, partial(m.hls_segment, who=who)),
                (0.2, partial(m.svengrok, who=who)),
                (0.2, partial(m.meul_chraen, who=who)),
                (0.3 if who == "ming" else 0.05, partial(m.subtitle, who=who)),
                (0.08 if who == "ming" else 0.02, partial(m.vip_purchase, who=who)),
                (0.06 if who == "ming" else 0.0, partial(m.meta_subscribe, who=who)),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(MEUL_VIEW[who], f"meul_view_{who}")
        if self.p(0.3):
            self.next(MEUL_DEV[who], f"meul_dev_{who}")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, luypay.atra),
                (0.3, luypay.phnheu),
                (0.3, luypay.khqr_pay),
                (0.25, luypay.otp),
                (0.12, luypay.kyc_form),
                (0.1, luypay.avatar),
                (0.12, luypay.rek_detect_text),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def sing_block(self) -> None:
        self.some(
            [
                (0.7, chrieng.audio_chunk),
                (0.4, chrieng.audio_chunk),
                (0.3, chrieng.top_bot),
                (0.3, chrieng.lyrics),
                (0.25, chrieng.pitch_guide),
                (0.2, chrieng.svengrok),
            ]
        )
        if self.p(0.75):
            self.next(SING_VIEW, "sing_view")
        if self.p(0.35):
            self.next(SING_BIO, "sing_bio")
        if self.p(0.4):
            self.next(SING_DEV, "sing_dev")

    def tuk_block(self) -> None:
        self.some(
            [
                (0.9, tuktuk.location_ping),
                (0.6, tuktuk.location_ping),
                (0.4, tuktuk.trip_offer),
                (0.3, tuktuk.route),
                (0.15, tuktuk.earnings),
                (0.2, background.map_tile),
            ]
        )
        if self.p(0.2):
            self.flows.append(tuktuk.selfie_check(self.ctx))
        if self.p(0.5):
            self.next(TUK_DEV, "tuk_dev")

    def box_block(self) -> None:
        if self.p(0.7):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.35, acrtv.launcher_rails),
                (0.2, acrtv.trending),
                (0.15, acrtv.app_store),
                (0.3, acrtv.screensaver),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")


def generate_session(seed: int, target: int) -> tuple[Family200, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, partial(s.meul_block, "mak")),
        (0.09, partial(s.meul_block, "ming")),
        (0.13, s.bank_block),
        (0.13, s.sing_block),
        (0.13, s.tuk_block),
        (0.11, s.box_block),
        (0.12, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
