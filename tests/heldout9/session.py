"""The script of the set-9 session: the tester uses eight apps in turn on a
Galaxy S24 and the Fire TV Stick it controls (airline, eID wallet, dating,
super-app, podcasts, Fire TV streaming, home camera, smart speaker), with
ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import airline, background, camera, dating, eid, firetv, podcast, superapp, voice
from .phone import Phone9

START = 1733040000.0  # 2024-12-01T08:00:00Z

Gen = Callable[[Context], Flow]

AIR_BIO: list[Gen] = [
    airline.face_enrol,
    airline.passport_match,
    airline.gate_template,
    airline.bb_sync_opaque,
    airline.gate_template,
]
EID_BIO: list[Gen] = [
    eid.chip_portrait,
    eid.iproov_enrol_image,
    eid.liveness_validate,
    eid.iproov_enrol_image,
]
DATE_BIO: list[Gen] = [
    dating.verify_pose,
    dating.facetec_liveness,
    dating.face_prefs,
    dating.trust_opaque,
    dating.facetec_liveness,
]
SUPER_VIEW: list[Gen] = [
    superapp.drama_progress,
    superapp.drama_progress,
    superapp.mini_report_opaque,
]
SUPER_DEV: list[Gen] = [
    superapp.beacon_upload,
    superapp.risk_collect,
    superapp.umeng_envelope,
    superapp.beacon_upload,
]
POD_VIEW: list[Gen] = [podcast.progress, podcast.history, podcast.progress, podcast.listen_log_pb]
FIRE_VIEW: list[Gen] = [
    firetv.mux_beacon,
    firetv.youbora_ping,
    firetv.youbora_start,
    firetv.resume_point,
    firetv.youbora_ping,
    firetv.mux_beacon,
]
FIRE_DEV: list[Gen] = [firetv.aps_sis, firetv.aps_ad, firetv.aps_ad, firetv.register_device]
CAM_BIO: list[Gen] = [
    camera.face_clusters,
    camera.face_thumb,
    camera.face_thumb,
    camera.face_ingest_opaque,
]
CAM_DEV: list[Gen] = [camera.status, camera.p2p_relay, camera.status, camera.bind]
VOICE_BIO: list[Gen] = [
    voice.enrol_utterance,
    voice.speaker_model,
    voice.enrol_utterance,
    voice.voice_sync_opaque,
]
VOICE_DEV: list[Gen] = [voice.speaker_state, voice.register_speaker, voice.speaker_state]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone9.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.samsung_analytics(c),
            airline.firebase_installation(c),
            airline.login(c),
            eid.device_bind(c),
            dating.singular_start(c),
            superapp.risk_collect(c),
            firetv.register_device(c),
            firetv.aps_sis(c),
            camera.bind(c),
            voice.register_speaker(c),
            background.time_sync(c),
        ]

    def air_block(self) -> None:
        self.some(
            [
                (0.5, airline.boarding_pass),
                (0.5, airline.flight_status),
                (0.3, airline.seat_map),
                (0.05, airline.firebase_installation),
                (0.06, airline.login),
            ]
        )
        if self.p(0.75):
            self.next(AIR_BIO, "air_bio")

    def eid_block(self) -> None:
        self.some(
            [
                (0.5, eid.liveness_session),
                (0.4, eid.credentials),
                (0.3, eid.presentation_qr),
                (0.3, eid.news),
                (0.1, eid.device_bind),
            ]
        )
        if self.p(0.75):
            self.next(EID_BIO, "eid_bio")

    def date_block(self) -> None:
        self.some(
            [
                (0.8, dating.profile_photos),
                (0.6, dating.profile_photos),
                (0.6, dating.discover),
                (0.4, dating.chat),
                (0.1, dating.signup),
                (0.3, dating.singular_start),
            ]
        )
        if self.p(0.75):
            self.next(DATE_BIO, "date_bio")

    def super_block(self) -> None:
        self.some(
            [
                (0.4, superapp.pay_qr),
                (0.4, superapp.poi_nearby),
                (0.4, superapp.miniapp_package),
                (0.3, superapp.red_packet),
            ]
        )
        if self.p(0.75):
            self.next(SUPER_VIEW, "super_view")
        if self.p(0.7):
            self.next(SUPER_DEV, "super_dev")

    def pod_block(self) -> None:
        self.some(
            [
                (0.6, podcast.prefixed_download),
                (0.3, podcast.chartable_hop),
                (0.5, podcast.feed),
                (0.3, podcast.search),
                (0.3, podcast.recommendations),
                (0.4, podcast.ad_slots),
                (0.3, podcast.settings),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(POD_VIEW, "pod_view")

    def fire_block(self) -> None:
        self.some(
            [
                (0.8, firetv.hls_segment),
                (0.6, firetv.hls_segment),
                (0.5, firetv.catalogue),
                (0.3, firetv.drm_license),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(FIRE_VIEW, "fire_view")
        if self.p(0.5):
            self.next(FIRE_DEV, "fire_dev")

    def cam_block(self) -> None:
        self.some(
            [
                (0.6, camera.motion_event),
                (0.6, camera.snapshot),
                (0.3, camera.clip),
                (0.3, camera.ptz),
            ]
        )
        if self.p(0.75):
            self.next(CAM_BIO, "cam_bio")
        if self.p(0.4):
            self.next(CAM_DEV, "cam_dev")

    def voice_block(self) -> None:
        self.some([(0.5, voice.tts_audio), (0.3, voice.alarms), (0.4, voice.weather_card)])
        if self.p(0.75):
            self.next(VOICE_BIO, "voice_bio")
        if self.p(0.4):
            self.next(VOICE_DEV, "voice_dev")

    def os_chatter(self) -> None:
        self.some([(0.04, background.samsung_analytics)])


def generate_session(seed: int, target: int) -> tuple[Phone9, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.12, s.air_block),
        (0.12, s.eid_block),
        (0.13, s.date_block),
        (0.13, s.super_block),
        (0.14, s.pod_block),
        (0.14, s.fire_block),
        (0.12, s.cam_block),
        (0.10, s.voice_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4, s.os_chatter)
