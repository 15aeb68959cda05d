"""The script of the set-234 session: one Malagasy family's devices in turn (the
father's JeryTV app, satellite decoder and ACR smart TV in Antananarivo; the
mother's mobile-money wallet on an Android 9 Tecno in Toamasina; the aunt's
music / radio app in Saint-Denis, Réunion; the son's football app and fitness
band in Paris), with ordinary background traffic in between. Sensitive events
rotate through a schedule per app so that even a small set covers every
family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, baolina, bracelet, decodeur, jery, mozika, televiseur, vola
from .phone import Family234

START = 1733295600.0  # 2024-12-04T07:00:00Z (10:00 in Antananarivo)

Gen = Callable[[Context], Flow]

JERY_VIEW: list[Gen] = [
    jery.fijerena_progress,
    jery.ga4_video,
    jery.mivantana_heartbeat,
    jery.adjust_event_video,
    jery.opaque_beacon,
    jery.tohizo,
    lambda c: jery.ga4_video(c, "video_complete"),
    jery.fijerena_progress,
    jery.tantara,
]
JERY_DEV: list[Gen] = [
    jery.adjust_session,
    jery.register_device,
    jery.config_opaque,
    jery.ga4_screen,
    jery.adjust_event_plain,
    jery.firebase_installation,
]
FOOT_VIEW: list[Gen] = [
    baolina.direct_heartbeat,
    baolina.meta_video,
    baolina.visionnage,
    baolina.opaque_stats,
    baolina.direct_heartbeat,
]
FOOT_DEV: list[Gen] = [
    baolina.appsflyer_launch,
    baolina.meta_activate,
    baolina.appsflyer_event,
    baolina.register,
]
MOZ_VIEW: list[Gen] = [
    mozika.henoina,
    mozika.fihainoana_radio,
    mozika.opaque_batch,
    mozika.vao_nohenoina,
    mozika.henoina,
]
MOZ_DEV: list[Gen] = [mozika.ads, mozika.config_opaque, mozika.register]
VOLA_BIO: list[Gen] = [
    vola.face_login,
    vola.smile_enroll,
    vola.face_login_protobuf,
    vola.face_enrol,
    vola.face_login,
    vola.smile_auth,
    vola.face_login_encrypted,
]
VOLA_DEV: list[Gen] = [vola.device_bind, vola.balance_opaque, vola.balance_opaque]
DEC_VIEW: list[Gen] = [decodeur.audience, decodeur.audience, decodeur.audience_opaque]
DEC_OTHER: list[Gen] = [
    decodeur.guide,
    decodeur.droits,
    decodeur.etat_reseau,
    decodeur.vod_catalogue,
    decodeur.ota,
    decodeur.enregistrement,
]
TV_VIEW: list[Gen] = [
    televiseur.acr_report,
    televiseur.recently_watched,
    televiseur.acr_opaque,
    televiseur.acr_report,
]
TV_DEV: list[Gen] = [televiseur.network_status, televiseur.register]
BAND_DEV: list[Gen] = [
    bracelet.sync,
    bracelet.device_info,
    bracelet.dump_protobuf,
    bracelet.bind,
    bracelet.sync,
    bracelet.config_opaque,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family234.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            jery.firebase_installation(c),
            jery.register_device(c),
            jery.adjust_session(c),
            baolina.appsflyer_launch(c),
            baolina.meta_activate(c),
            mozika.register(c),
            vola.device_bind(c),
            decodeur.enregistrement(c),
            televiseur.register(c),
            bracelet.bind(c),
            background.weather(c),
        ]

    def jery_block(self) -> None:
        self.some(
            [
                (0.5, jery.katalaogy),
                (0.7, jery.hls_segment),
                (0.5, jery.hls_segment),
                (0.3, jery.poster),
                (0.2, jery.fikarohana),
                (0.2, jery.malaza),
                (0.2, jery.fandaharana),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(JERY_VIEW, "jery_view")
        if self.p(0.35):
            self.next(JERY_DEV, "jery_dev")

    def foot_block(self) -> None:
        self.some(
            [
                (0.7, baolina.scores),
                (0.35, baolina.evenements),
                (0.3, baolina.replays),
                (0.25, baolina.classement),
                (0.2, baolina.compositions),
            ]
        )
        if self.p(0.75):
            self.next(FOOT_VIEW, "foot_view")
        if self.p(0.4):
            self.next(FOOT_DEV, "foot_dev")

    def moz_block(self) -> None:
        self.some(
            [
                (0.6, mozika.now_playing),
                (0.7, mozika.audio_chunk),
                (0.4, mozika.audio_chunk),
                (0.3, mozika.top_hira),
                (0.25, mozika.tononkira),
            ]
        )
        if self.p(0.75):
            self.next(MOZ_VIEW, "moz_view")
        if self.p(0.3):
            self.next(MOZ_DEV, "moz_dev")

    def vola_block(self) -> None:
        self.some(
            [
                (0.6, vola.taux),
                (0.35, vola.fandefasana),
                (0.2, vola.paiement_marchand),
                (0.25, vola.otp),
                (0.12, vola.kyc_form),
                (0.1, vola.avatar),
                (0.15, vola.smile_job_status),
            ]
        )
        if self.p(0.85):
            self.next(VOLA_BIO, "vola_bio")
        if self.p(0.35):
            self.next(VOLA_DEV, "vola_dev")

    def dec_block(self) -> None:
        if self.p(0.7):
            self.next(DEC_OTHER, "dec_other")
        if self.p(0.75):
            self.next(DEC_VIEW, "dec_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, televiseur.remote_key),
                (0.3, televiseur.home_rails),
                (0.2, televiseur.trending),
                (0.15, televiseur.app_store),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def band_block(self) -> None:
        self.some(
            [
                (0.6, bracelet.daily),
                (0.25, bracelet.dial),
                (0.2, bracelet.wrist),
                (0.12, bracelet.camera_shutter),
                (0.15, bracelet.firmware),
            ]
        )
        if self.p(0.75):
            self.next(BAND_DEV, "band_dev")


def generate_session(seed: int, target: int) -> tuple[Family234, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.18, s.jery_block),
        (0.14, s.foot_block),
        (0.12, s.moz_block),
        (0.14, s.vola_block),
        (0.1, s.dec_block),
        (0.13, s.tv_block),
        (0.11, s.band_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
