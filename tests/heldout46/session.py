"""The script of the set-46 session: a household in Spain, Portugal and Argentina
uses a Samsung Tizen TV and a Galaxy S24 (a streaming app on both, FAST channels
with ACR and Samsung Ads on the TV, a football app, a music / radio app, a bank
with face and voice checks, a telehealth app, a home camera, a fitness mirror),
with ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import ads, background, banco, camara, espejo, hincha, onda, pantalla, salud, tvplus
from .phone import Home46

START = 1747900800.0  # 2025-05-22T08:00:00Z

Gen = Callable[[Context], Flow]

PANTALLA_VIEW: list[Gen] = [
    pantalla.watch_log,
    pantalla.resume_sync,
    pantalla.continue_row,
    pantalla.watch_log,
    pantalla.beacon_opaque,
]
TV_VIEW: list[Gen] = [
    tvplus.tune_event,
    tvplus.acr_match,
    tvplus.tune_event,
    tvplus.acr_fingerprint_opaque,
    tvplus.acr_match,
]
TV_DEV: list[Gen] = [
    tvplus.samsung_ads_vast,
    tvplus.samsung_ads_pixel,
    tvplus.firmware_check,
    tvplus.samsung_ads_vast,
    tvplus.tv_heartbeat_opaque,
]
HINCHA_VIEW: list[Gen] = [hincha.heartbeat, hincha.youbora_ping, hincha.heartbeat, hincha.history]
ONDA_VIEW: list[Gen] = [onda.listen_log, onda.scrobble, onda.radio_now, onda.listen_log]
ADS: list[Gen] = [
    ads.admob,
    ads.unity_auction,
    ads.applovin_mediate,
    ads.admob,
    ads.applovin_event_opaque,
    ads.unity_auction,
]
BANCO_BIO: list[Gen] = [
    banco.selfie_onboarding,
    banco.voice_compare,
    banco.face_login,
    banco.voice_enrol,
    banco.face_opaque,
    banco.voice_compare,
]
SALUD_BIO: list[Gen] = [
    salud.speaker_verify,
    salud.speaker_enrol,
    salud.speaker_verify,
    salud.speaker_opaque,
]
CAM_BIO: list[Gen] = [
    camara.face_event,
    camara.known_faces,
    camara.face_event,
    camara.label_face,
    camara.face_opaque,
]
CAM_DEV: list[Gen] = [camara.bind, camara.status_opaque]
ESPEJO_BIO: list[Gen] = [
    espejo.blendshapes,
    espejo.landmarks,
    espejo.blendshapes,
    espejo.frame_opaque,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Home46.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.time_sync(c),
            pantalla.device_register(c),
            pantalla.tv_login(c),
            banco.device_bind(c),
            camara.bind(c),
            espejo.pair(c),
            tvplus.firmware_check(c),
        ]

    def ads(self, prob: float) -> None:
        if self.p(prob):
            self.next(ADS, "ads")

    def pantalla_block(self) -> None:
        self.some(
            [
                (0.6, pantalla.catalogue),
                (0.7, pantalla.poster),
                (0.6, pantalla.segment),
                (0.5, pantalla.segment),
                (0.3, pantalla.search),
                (0.04, pantalla.device_register),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(PANTALLA_VIEW, "pantalla_view")

    def tv_block(self) -> None:
        self.some([(0.5, tvplus.epg), (0.5, tvplus.logo), (0.3, background.time_sync)])
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.5):
            self.next(TV_DEV, "tv_dev")

    def hincha_block(self) -> None:
        self.some([(0.7, hincha.scores), (0.4, hincha.odds), (0.3, hincha.table)])
        for _ in range(self.rng.randint(1, 2) if self.p(0.8) else 0):
            self.next(HINCHA_VIEW, "hincha_view")
        self.ads(0.5)

    def onda_block(self) -> None:
        self.some([(0.5, onda.stations), (0.5, onda.artwork), (0.3, onda.lyrics)])
        if self.p(0.85):
            self.next(ONDA_VIEW, "onda_view")
        self.ads(0.5)

    def banco_block(self) -> None:
        self.some(
            [
                (0.5, banco.movements),
                (0.4, banco.fx_series),
                (0.15, banco.signup_form),
                (0.08, banco.device_bind),
            ]
        )
        if self.p(0.85):
            self.next(BANCO_BIO, "banco_bio")

    def salud_block(self) -> None:
        self.some(
            [
                (0.5, salud.slots),
                (0.3, salud.questionnaire),
                (0.4, salud.heart_series),
                (0.3, salud.doctor_photo),
            ]
        )
        if self.p(0.85):
            self.next(SALUD_BIO, "salud_bio")
        self.ads(0.4)

    def camara_block(self) -> None:
        self.some(
            [
                (0.6, camara.motion),
                (0.5, camara.thumb),
                (0.2, camara.ptz),
                (0.3, background.map_tile),
            ]
        )
        if self.p(0.85):
            self.next(CAM_BIO, "cam_bio")
        if self.p(0.3):
            self.next(CAM_DEV, "cam_dev")

    def espejo_block(self) -> None:
        self.some(
            [
                (0.5, espejo.reps),
                (0.3, espejo.catalogue),
                (0.2, espejo.tilt),
                (0.4, espejo.class_video),
                (0.05, espejo.pair),
            ]
        )
        if self.p(0.85):
            self.next(ESPEJO_BIO, "espejo_bio")

    def extras(self) -> None:
        if self.p(0.12):
            self.flows.append(ads.creative(self.ctx))


def generate_session(seed: int, target: int) -> tuple[Home46, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.pantalla_block),
        (0.14, s.tv_block),
        (0.12, s.hincha_block),
        (0.11, s.onda_block),
        (0.13, s.banco_block),
        (0.10, s.salud_block),
        (0.13, s.camara_block),
        (0.12, s.espejo_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4, s.extras)
