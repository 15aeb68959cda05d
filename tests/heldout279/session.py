"""The script of the set-279 session: one Hmong family's devices in turn (the
mother's video / kwv txhiaj app on an iPhone and the living-room ACR TV in St.
Paul; the father's clan-community and clinic tele-visit apps in Maplewood; the
son's church livestream; the aunt's Lao video and mobile-money apps in Luang
Prabang), with ordinary background traffic in between. Sensitive events rotate
through a schedule per app so that even a small set covers every family,
opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, laos, mob, ntseeg, suabnkauj, tv, xeem
from .phone import Family279

START = 1741968000.0  # 2025-03-14T16:00:00Z

Gen = Callable[[Context], Flow]

SUAB_VIEW: list[Gen] = [
    suabnkauj.segment_video,
    suabnkauj.mixpanel_song,
    suabnkauj.saib_qhov_chaw,
    suabnkauj.opaque_beacon,
    lambda c: suabnkauj.segment_video(c, "Video Content Completed"),
    suabnkauj.keeb_kwm_saib,
    suabnkauj.mixpanel_song,
]
SUAB_DEV: list[Gen] = [
    suabnkauj.segment_screen,
    suabnkauj.kochava_install,
    suabnkauj.opaque_config,
    suabnkauj.sau_npe_cuab_yeej,
]
TV_VIEW: list[Gen] = [tv.acr_report, tv.recently_watched, tv.acr_opaque, tv.acr_report]
TV_DEV: list[Gen] = [tv.network_status, tv.register]
XEEM_BIO: list[Gen] = [xeem.ntsej_muag_album, xeem.ntsej_muag_protobuf, xeem.ntsej_muag_album]
XEEM_OTHER: list[Gen] = [
    xeem.braze_live_watch,
    xeem.sau_npe,
    xeem.opaque_ping,
    xeem.braze_session,
    xeem.path_device,
    xeem.firebase_installation,
    xeem.braze_live_watch,
]
CHURCH_VIEW: list[Gen] = [
    ntseeg.live_heartbeat,
    ntseeg.mixpanel_watch,
    ntseeg.vod_position,
    ntseeg.opaque_pixel,
    ntseeg.live_heartbeat,
]
CHURCH_DEV: list[Gen] = [ntseeg.sau_npe, ntseeg.opaque_device, ntseeg.firebase_installation]
CLINIC_BIO: list[Gen] = [
    mob.kuaj_ntsej_muag,
    mob.rekognition_compare,
    mob.liveness_frames,
    mob.kuaj_ntsej_muag,
]
CLINIC_DEV: list[Gen] = [mob.khi_cuab_yeej, mob.opaque_device]
LAO_VIEW: list[Gen] = [
    laos.kan_beung,
    laos.batch_nested,
    laos.pavat,
    laos.opaque_rows,
    laos.kan_beung,
]
LAO_DEV: list[Gen] = [
    laos.register,
    laos.kochava_event,
    laos.opaque_device,
    laos.firebase_installation,
    lambda c: laos.kochava_event(c, "session"),
]
LAO_BIO: list[Gen] = [laos.face_verify, laos.face_vector_opaque, laos.face_verify]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family279.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.captive_apple(c),
            suabnkauj.kochava_install(c),
            suabnkauj.sau_npe_cuab_yeej(c),
            tv.register(c),
            xeem.firebase_installation(c),
            xeem.sau_npe(c),
            ntseeg.firebase_installation(c),
            ntseeg.sau_npe(c),
            mob.khi_cuab_yeej(c),
            background.generate_204(c),
            laos.firebase_installation(c),
            laos.register(c),
            laos.kochava_event(c, "install"),
            background.weather(c),
        ]

    def suab_block(self) -> None:
        self.some(
            [
                (0.5, suabnkauj.cov_yeeb_yaj_kiab),
                (0.6, suabnkauj.duab_me),
                (0.7, suabnkauj.hls),
                (0.5, suabnkauj.hls),
                (0.25, suabnkauj.nrhiav),
                (0.2, suabnkauj.nrov_tshaj),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(SUAB_VIEW, "suab_view")
        if self.p(0.35):
            self.next(SUAB_DEV, "suab_dev")

    def tv_block(self) -> None:
        self.some([(0.4, tv.remote_key), (0.3, tv.home_rails), (0.2, tv.trending)])
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.2):
            self.next(TV_DEV, "tv_dev")

    def xeem_block(self) -> None:
        self.some(
            [
                (0.4, xeem.kev_ua_si),
                (0.3, xeem.daim_teb),
                (0.25, xeem.npe_xeem),
                (0.3, xeem.thumbnail),
            ]
        )
        if self.p(0.5):
            self.next(XEEM_BIO, "xeem_bio")
        if self.p(0.6):
            self.next(XEEM_OTHER, "xeem_other")

    def church_block(self) -> None:
        self.some(
            [
                (0.4, ntseeg.sij_hawm),
                (0.3, ntseeg.nqe_vaj_lug),
                (0.2, ntseeg.pub_nyiaj),
                (0.4, ntseeg.poster),
            ]
        )
        if self.p(0.8):
            self.next(CHURCH_VIEW, "church_view")
        if self.p(0.3):
            self.next(CHURCH_DEV, "church_dev")

    def clinic_block(self) -> None:
        self.some(
            [
                (0.3, mob.daim_ntawv),
                (0.4, mob.signalling),
                (0.2, mob.rekognition_labels),
            ]
        )
        if self.p(0.8):
            self.next(CLINIC_BIO, "clinic_bio")
        if self.p(0.35):
            self.next(CLINIC_DEV, "clinic_dev")

    def lao_block(self) -> None:
        self.some(
            [
                (0.4, laos.thumb),
                (0.3, laos.search),
                (0.25, laos.rates),
                (0.2, laos.transfer),
            ]
        )
        if self.p(0.7):
            self.next(LAO_VIEW, "lao_view")
        if self.p(0.35):
            self.next(LAO_DEV, "lao_dev")
        if self.p(0.25):
            self.next(LAO_BIO, "lao_bio")


def generate_session(seed: int, target: int) -> tuple[Family279, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.22, s.suab_block),
        (0.15, s.tv_block),
        (0.15, s.xeem_block),
        (0.15, s.church_block),
        (0.13, s.clinic_block),
        (0.2, s.lao_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
