"""The script of the set-56 session: a tester in Vienna wears a Quest 3 and uses
six headset apps (VR cinema, 360 video, VR fitness, social VR, VR meetings,
music videos) and an age check, with the Meta Horizon companion app and a
music app on a Pixel 8, with ordinary background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import agecheck, background, fitness, kino, meet, metatel, plaza, sdks, sphere, tunes
from .phone import Quest56

START = 1764489600.0  # 2025-11-30T08:00:00Z

Gen = Callable[[Context], Flow]

KINO_VIEW: list[Gen] = [
    kino.wiedergabe_log,
    kino.weiterschauen,
    kino.qualitaets_beacon,
    kino.wiedergabe_log,
    kino.verlauf_antwort,
]
SPHERE_VIEW: list[Gen] = [
    sphere.heartbeat,
    sphere.heartbeat,
    sphere.view_complete,
    sphere.resume_points,
    sphere.heartbeat_pb,
]
FIT_VIEW: list[Gen] = [
    fitness.workout_progress,
    sdks.unity_video,
    fitness.workout_progress,
    fitness.workout_history,
]
PLAZA_BIO: list[Gen] = [
    plaza.face_state,
    plaza.face_openxr,
    plaza.face_packed,
    plaza.face_state,
    plaza.face_opaque,
]
PLAZA_DEV: list[Gen] = [
    plaza.session_join,
    sdks.unity_session,
    plaza.session_opaque,
    sdks.unity_session,
]
MEET_BIO: list[Gen] = [
    meet.speaker_embedding,
    meet.voice_verify,
    meet.voice_enrol,
    meet.transcript_ingest,
    meet.voice_verify,
]
AGE_BIO: list[Gen] = [
    agecheck.yoti_age,
    agecheck.result_forward,
    agecheck.yoti_age,
    agecheck.result_opaque,
]
TUNE_VIEW: list[Gen] = [
    tunes.listen_log,
    tunes.recently_watched,
    tunes.listen_log,
    tunes.opaque_ping,
]
PHONE_DEV: list[Gen] = [
    sdks.appsflyer_launch,
    sdks.audience_network,
    sdks.firebase_install,
    sdks.firebase_measure,
    sdks.audience_network,
    metatel.companion_devices,
]
META_DEV: list[Gen] = [metatel.device_info, metatel.companion_pair, metatel.device_info]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Quest56.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            metatel.companion_pair(c),
            metatel.device_info(c),
            kino.geraet_registrieren(c),
            sdks.firebase_install(c),
            sdks.appsflyer_launch(c),
            tunes.login(c),
            background.time_sync(c),
            meet.join(c),
            plaza.session_join(c),
        ]

    def kino_block(self) -> None:
        self.some(
            [
                (0.6, kino.katalog),
                (0.8, kino.segment),
                (0.6, kino.segment),
                (0.5, kino.poster),
                (0.25, kino.suche),
                (0.05, kino.geraet_registrieren),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(KINO_VIEW, "kino_view")

    def sphere_block(self) -> None:
        self.some(
            [
                (0.5, sphere.explore),
                (0.8, sphere.tile),
                (0.6, sphere.tile),
                (0.3, sphere.viewport_heatmap),
                (0.2, sphere.config),
            ]
        )
        if self.p(0.85):
            self.next(SPHERE_VIEW, "sphere_view")

    def fit_block(self) -> None:
        self.some(
            [
                (0.5, fitness.classes),
                (0.6, fitness.session_summary),
                (0.45, fitness.hand_form),
                (0.3, fitness.leaderboard),
                (0.3, sdks.unity_session),
            ]
        )
        if self.p(0.85):
            self.next(FIT_VIEW, "fit_view")

    def plaza_block(self) -> None:
        self.some(
            [
                (0.5, plaza.world_list),
                (0.4, plaza.gaze_only),
                (0.45, plaza.body_pose),
                (0.3, plaza.minigame_camera),
                (0.4, background.avatar_thumb),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(PLAZA_BIO, "plaza_bio")
        if self.p(0.45):
            self.next(PLAZA_DEV, "plaza_dev")

    def meet_block(self) -> None:
        self.some([(0.6, meet.chat), (0.4, meet.seats), (0.25, meet.join)])
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(MEET_BIO, "meet_bio")

    def age_block(self) -> None:
        self.some([(0.5, agecheck.signup), (0.3, agecheck.help_article)])
        for _ in range(2 if self.p(0.8) else 1):
            self.next(AGE_BIO, "age_bio")

    def tune_block(self) -> None:
        self.some([(0.5, tunes.charts), (0.6, tunes.cover), (0.3, sdks.audience_network)])
        if self.p(0.85):
            self.next(TUNE_VIEW, "tune_view")

    def meta_block(self) -> None:
        self.some([(0.5, metatel.perf_events), (0.3, metatel.store_section)])
        if self.p(0.7):
            self.flows.append(metatel.tv_playback(self.ctx))
        if self.p(0.6):
            self.next(META_DEV, "meta_dev")
        if self.p(0.6):
            self.next(PHONE_DEV, "phone_dev")


def generate_session(seed: int, target: int) -> tuple[Quest56, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.kino_block),
        (0.12, s.sphere_block),
        (0.12, s.fit_block),
        (0.15, s.plaza_block),
        (0.13, s.meet_block),
        (0.07, s.age_block),
        (0.12, s.tune_block),
        (0.16, s.meta_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
