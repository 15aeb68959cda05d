"""The script of the set-31 session: a drive from Stockholm to Oslo in an
Android Automotive car. The driver and the kids use the car's apps in turn
(video, music, podcasts, the rear-seat kids' app, a parked-mode game, EV
charging, the voice assistant), while the car's own services (telematics,
driver monitoring, watch link) report in the background. Sensitive events
rotate through a schedule per app so that even a small set covers every family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    charging,
    dms,
    game,
    kids,
    music,
    podcast,
    stream,
    telematics,
    voice,
    watch,
)
from .phone import HeadUnit31

START = 1739606400.0  # 2025-02-15T08:00:00Z

Gen = Callable[[Context], Flow]

DMS_BIO: list[Gen] = [
    dms.dms_event, dms.profile_identify, dms.attention_summary, dms.dms_event,
    dms.landmark_stream_pb, dms.profile_enrol, dms.dms_event, dms.sealed_batch,
    dms.attention_summary, dms.profile_identify,
]  # fmt: skip
VOICE_BIO: list[Gen] = [
    voice.verify, voice.enrol_sample, voice.rost_avtryck, voice.verify,
    voice.opaque_upload, voice.enrol_sample, voice.verify,
]  # fmt: skip
CAR_DEV: list[Gen] = [
    telematics.tcu_status, telematics.bt_log, telematics.hu_register, telematics.telemetry_pb,
    telematics.tcu_status, telematics.sealed_ping, telematics.bt_log,
]  # fmt: skip
WATCH_DEV: list[Gen] = [watch.pair, watch.status_sync, watch.keepalive_pb, watch.status_sync]
VIDEO_VIEW: list[Gen] = [
    stream.heartbeat, stream.mux_beacon, stream.continue_watching, stream.heartbeat,
    stream.pixel, stream.mux_beacon,
]  # fmt: skip
MUSIC_VIEW: list[Gen] = [music.play_log, music.lyssnat, music.play_log, music.history_pb]
POD_VIEW: list[Gen] = [podcast.progress, podcast.finished_sync, podcast.progress, podcast.beacon]
KIDS_VIEW: list[Gen] = [kids.watch_log, kids.sett_lista, kids.watch_log]
GAME_DEV: list[Gen] = [game.unity_config, game.unity_ad_request, game.unity_video_event]
CHARGE_DEV: list[Gen] = [charging.start_session, charging.autocharge, charging.session_status]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, HeadUnit31.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.time_sync(c),
            telematics.hu_register(c),
            watch.pair(c),
            dms.profile_identify(c),
            kids.firebase_installation(c),
            podcast.register(c),
            game.game_login(c),
            background.ota_check(c),
        ]

    def car_block(self) -> None:
        self.some([(0.4, telematics.vehicle_state), (0.3, dms.road_frame), (0.3, dms.cabin_state)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(DMS_BIO, "dms")
        if self.p(0.5):
            self.next(CAR_DEV, "car_dev")
        if self.p(0.25):
            self.next(WATCH_DEV, "watch")
        if self.p(0.1):
            self.flows.append(watch.goals(self.ctx))

    def voice_block(self) -> None:
        self.some([(0.6, voice.command_text), (0.5, voice.tts), (0.1, voice.wake_settings)])
        if self.p(0.85):
            self.next(VOICE_BIO, "voice")

    def video_block(self) -> None:
        self.some(
            [(0.5, stream.catalogue), (0.3, stream.search), (0.7, stream.thumb),
             (0.8, stream.segment), (0.6, stream.segment)]
        )  # fmt: skip
        for _ in range(self.rng.randint(1, 2)):
            self.next(VIDEO_VIEW, "video")

    def music_block(self) -> None:
        self.some([(0.3, music.charts), (0.3, music.search), (0.6, music.cover)])
        if self.p(0.9):
            self.next(MUSIC_VIEW, "music")

    def pod_block(self) -> None:
        self.some([(0.4, podcast.feed), (0.7, podcast.episode_audio), (0.05, podcast.register)])
        if self.p(0.9):
            self.next(POD_VIEW, "pod")

    def kids_block(self) -> None:
        self.some(
            [(0.5, kids.shelf), (0.7, kids.cartoon_thumb), (0.2, kids.avatar),
             (0.05, kids.firebase_installation)]
        )  # fmt: skip
        if self.p(0.85):
            self.next(KIDS_VIEW, "kids")

    def game_block(self) -> None:
        self.some([(0.7, game.race_telemetry), (0.15, game.game_login)])
        if self.p(0.8):
            self.next(GAME_DEV, "game")

    def charge_block(self) -> None:
        self.some([(0.6, charging.chargers_near), (0.4, charging.prices)])
        if self.p(0.7):
            self.next(CHARGE_DEV, "charge")


def generate_session(seed: int, target: int) -> tuple[HeadUnit31, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.car_block),
        (0.11, s.voice_block),
        (0.15, s.video_block),
        (0.11, s.music_block),
        (0.11, s.pod_block),
        (0.11, s.kids_block),
        (0.12, s.game_block),
        (0.12, s.charge_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
