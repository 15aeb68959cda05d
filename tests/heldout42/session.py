"""The script of the set-42 session: a family's kids' tablet (YouTube Kids, three
broadcasters' kids apps, an audio-play box app, a reading app, an AR face
camera, a smartwatch companion, two ad-supported games) and its smart display
(Prime Video kids, video calls, Visual ID / Voice ID), with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    alpen,
    background,
    broadcaster,
    calls,
    display,
    facecam,
    games,
    kidsads,
    kidstube,
    lesen,
    tonies,
    watch,
)
from .phone import Family42

START = 1741075200.0  # 2025-03-04T08:00:00Z

Gen = Callable[[Context], Flow]

TUBE_VIEW: list[Gen] = [kidstube.watchtime, kidstube.playback, kidstube.watchtime]
KIKA_VIEW: list[Gen] = [
    broadcaster.piano_av,
    broadcaster.weiterschauen,
    broadcaster.piano_get,
    broadcaster.zuletzt_gesehen,
    lambda c: broadcaster.piano_av(c, "av.play"),
    broadcaster.weiterschauen,
]
ALPEN_VIEW: list[Gen] = [
    alpen.sehverlauf,
    alpen.ch_wiedergabestand,
    alpen.ch_piano,
    alpen.at_beacon_opaque,
    alpen.sehverlauf,
]
TONIE_VIEW: list[Gen] = [tonies.hoer_event, tonies.box_claim, tonies.hoerverlauf, tonies.hoer_event]
TONIE_DEV: list[Gen] = [tonies.box_setup, tonies.box_status]
LESEN_BIO: list[Gen] = [
    lesen.speaker_enrol,
    lesen.stimmprofil,
    lesen.speaker_identify,
    lesen.stimmprofil_plain,
]
CAM_BIO: list[Gen] = [
    facecam.landmarks,
    facecam.blendshapes,
    facecam.facepp_detect,
    facecam.facepp_results,
    facecam.mesh_protobuf,
    facecam.blendshapes,
    facecam.encrypted_face,
]
SHOW_VIEW: list[Gen] = [display.update_stream, display.kids_activity, display.update_stream]
SHOW_DEV: list[Gen] = [display.metrics, display.register, display.aps_ad]
CALL_BIO: list[Gen] = [
    calls.framing,
    calls.visual_id_enrol,
    calls.framing,
    calls.voice_id_enrol,
    calls.visual_id_match,
    calls.voice_blob,
]
WATCH_DEV: list[Gen] = [watch.checkin, watch.status, watch.bind, watch.token_opaque, watch.checkin]
GAME_DEV: list[Gen] = [
    kidsads.sa_ad,
    kidsads.unity_config,
    games.puzzle_session,
    kidsads.sa_event,
    kidsads.unity_auction,
    games.dino_obfuscated,
    kidsads.unity_video_event,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family42.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            display.register(c),
            background.fire_time(c),
            lesen.firebase_install(c),
            watch.bind(c),
            tonies.box_setup(c),
            tonies.box_time(c),
            tonies.login(c),
            background.lenovo_activation(c),
            kidsads.unity_config(c),
        ]

    def tube_block(self) -> None:
        self.some(
            [(0.6, kidstube.player), (0.8, kidstube.segment), (0.5, kidstube.segment),
             (0.3, kidstube.search)]
        )  # fmt: skip
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(TUBE_VIEW, "tube_view")

    def kika_block(self) -> None:
        self.some(
            [(0.5, broadcaster.sendungen), (0.2, broadcaster.merkliste),
             (0.08, broadcaster.profil_anlegen), (0.5, background.cdn_image)]
        )  # fmt: skip
        for _ in range(self.rng.randint(1, 2) if self.p(0.8) else 0):
            self.next(KIKA_VIEW, "kika_view")

    def alpen_block(self) -> None:
        self.some([(0.4, alpen.at_katalog), (0.3, alpen.ch_empfehlungen)])
        if self.p(0.85):
            self.next(ALPEN_VIEW, "alpen_view")

    def tonie_block(self) -> None:
        self.some(
            [
                (0.2, tonies.box_time),
                (0.4, tonies.box_freshness),
                (0.3, tonies.figuren_shop),
                (0.04, tonies.login),
            ]
        )
        if self.p(0.85):
            self.next(TONIE_VIEW, "tonie_view")
        if self.p(0.3):
            self.next(TONIE_DEV, "tonie_dev")

    def lesen_block(self) -> None:
        self.some(
            [(0.6, lesen.pronunciation), (0.4, lesen.lesefortschritt), (0.15, lesen.lektion),
             (0.04, lesen.firebase_install), (0.3, lesen.vorlesen_log)]
        )  # fmt: skip
        if self.p(0.8):
            self.next(LESEN_BIO, "lesen_bio")

    def cam_block(self) -> None:
        self.some([(0.4, facecam.sticker_catalogue), (0.3, facecam.gallery_upload)])
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(CAM_BIO, "cam_bio")

    def show_block(self) -> None:
        self.some([(0.4, display.catalogue), (0.15, background.fire_ota)])
        if self.p(0.05):
            self.flows.append(background.lenovo_activation(self.ctx))
        if self.p(0.8):
            self.next(SHOW_VIEW, "show_view")
        if self.p(0.45):
            self.next(SHOW_DEV, "show_dev")

    def call_block(self) -> None:
        self.some(
            [(0.6, calls.call_signal), (0.3, calls.dropin_person), (0.2, calls.dropin_snapshot)]
        )
        if self.p(0.85):
            self.next(CALL_BIO, "call_bio")

    def watch_block(self) -> None:
        self.some(
            [(0.5, watch.voice_message), (0.4, watch.location), (0.15, watch.geofence),
             (0.3, watch.steps), (0.2, watch.contacts), (0.2, background.map_tile)]
        )  # fmt: skip
        if self.p(0.7):
            self.next(WATCH_DEV, "watch_dev")

    def game_block(self) -> None:
        self.some(
            [(0.5, games.puzzle_level), (0.3, games.leaderboard), (0.4, games.dino_telemetry),
             (0.5, kidsads.admob_child)]
        )  # fmt: skip
        if self.p(0.8):
            self.next(GAME_DEV, "game_dev")


def generate_session(seed: int, target: int) -> tuple[Family42, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.10, s.tube_block),
        (0.10, s.kika_block),
        (0.08, s.alpen_block),
        (0.09, s.tonie_block),
        (0.11, s.lesen_block),
        (0.11, s.cam_block),
        (0.09, s.show_block),
        (0.10, s.call_block),
        (0.10, s.watch_block),
        (0.12, s.game_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
