"""The script of the set-16 session: an evening in front of a Sony Bravia on
Google TV (FAST channels, YouTube, a Netflix-like app, a camera fitness class,
a video call, karaoke, the smart-home dashboard, the kids' app) with the
owner's phone remote app, and ordinary background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, call, fast, fit, flix, home, kids, remote, sing, tube
from .phone import Bravia16

START = 1731960000.0  # 2024-11-18T20:00:00Z

Gen = Callable[[Context], Flow]

FAST_VIEW: list[Gen] = [fast.tune_in, fast.watch_batch, fast.tune_in, fast.opaque_events]
FAST_DEV: list[Gen] = [fast.ad_impression, fast.stitcher, fast.gam_ad_request, fast.ad_impression]
TUBE_VIEW: list[Gen] = [tube.watchtime, tube.playback, tube.watchtime]
FLIX_VIEW: list[Gen] = [
    flix.playback_event,
    flix.bookmark,
    flix.viewing_activity,
    flix.playback_event,
    flix.msl_logblob,
]
FIT_BIO: list[Gen] = [fit.identify, fit.enrol, fit.identify, fit.opaque_match]
CALL_BIO: list[Gen] = [call.framing, call.mesh_debug, call.framing, call.framing_pb]
SING_BIO: list[Gen] = [sing.voice_enrol, sing.who_sings, sing.voice_enrol, sing.voice_feat_pb]
HOME_BIO: list[Gen] = [home.label_face, home.events, home.rekognition, home.cluster_sync]
KIDS_BIO: list[Gen] = [kids.yoti_age, kids.parent_verify]
REMOTE: list[Gen] = [
    remote.playing,
    remote.sysinfo,
    remote.now_watching,
    remote.ads,
    remote.playing,
    remote.fis,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Bravia16.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            fast.boot(c),
            flix.register(c),
            fit.register(c),
            call.register(c),
            sing.config(c),
            home.register(c),
            kids.config(c),
            remote.fis(c),
            remote.signin(c),
            remote.sysinfo(c),
        ]

    def fast_block(self) -> None:
        self.some([(0.5, fast.guide), (0.8, fast.segment), (0.5, fast.segment), (0.05, fast.boot)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(FAST_VIEW, "fast_view")
        if self.p(0.7):
            self.next(FAST_DEV, "fast_dev")

    def tube_block(self) -> None:
        self.some(
            [(0.5, tube.search), (0.7, tube.thumbnail), (0.5, tube.thumbnail), (0.5, tube.player)]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(TUBE_VIEW, "tube_view")

    def flix_block(self) -> None:
        self.some([(0.6, flix.lolomo), (0.7, flix.artwork), (0.05, flix.register)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(FLIX_VIEW, "flix_view")

    def fit_block(self) -> None:
        self.some(
            [
                (0.8, fit.reps),
                (0.5, fit.reps),
                (0.4, fit.summary),
                (0.4, fit.classes),
                (0.15, fit.register),
            ]
        )
        if self.p(0.75):
            self.next(FIT_BIO, "fit_bio")

    def call_block(self) -> None:
        self.some(
            [
                (0.6, call.blur_stats),
                (0.6, call.crop),
                (0.5, call.call_stats),
                (0.15, call.register),
            ]
        )
        if self.p(0.85):
            self.next(CALL_BIO, "call_bio")

    def sing_block(self) -> None:
        self.some(
            [(0.7, sing.pitch_score), (0.6, sing.lyrics), (0.6, sing.play_log), (0.2, sing.config)]
        )
        if self.p(0.7):
            self.next(SING_BIO, "sing_bio")

    def home_block(self) -> None:
        self.some([(0.7, home.snapshot), (0.5, home.thermostat), (0.1, home.register)])
        if self.p(0.8):
            self.next(HOME_BIO, "home_bio")

    def kids_block(self) -> None:
        self.some(
            [
                (0.6, kids.catalogue),
                (0.7, kids.watch_history),
                (0.2, kids.article),
                (0.2, kids.config),
            ]
        )
        if self.p(0.6):
            self.next(KIDS_BIO, "kids_bio")

    def remote_block(self) -> None:
        self.some([(0.6, remote.ircc), (0.4, remote.ircc), (0.2, remote.app_icons)])
        self.next(REMOTE, "remote")


def generate_session(seed: int, target: int) -> tuple[Bravia16, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.fast_block),
        (0.12, s.tube_block),
        (0.12, s.flix_block),
        (0.11, s.fit_block),
        (0.11, s.call_block),
        (0.1, s.sing_block),
        (0.1, s.home_block),
        (0.1, s.kids_block),
        (0.1, s.remote_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
