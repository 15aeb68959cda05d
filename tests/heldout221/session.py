"""The script of the set-221 session: one Ukrainian family's devices in turn (the
father's state-services and bank apps, smart TV and IP camera in Kyiv; the
mother's audiobook app and fitness tracker in Lviv; the son's series streamer
and football app in Kraków), with ordinary background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import audio, background, bank, camera, fitnes, futbol, kino, posluhy, tv
from .phone import Family221

START = 1734328800.0  # 2024-12-16T06:00:00Z

Gen = Callable[[Context], Flow]

KINO_VIEW: list[Gen] = [
    kino.perehliad_prohres,
    kino.ga4_video,
    kino.efir_heartbeat,
    kino.adjust_watch_event,
    kino.opaque_beacon,
    kino.prodovzhyty,
    lambda c: kino.ga4_video(c, "video_complete"),
    kino.perehliad_prohres,
    kino.istoriia,
]
KINO_DEV: list[Gen] = [
    kino.adjust_session,
    kino.firebase_installation,
    kino.ga4_screen,
    kino.register_device,
    kino.adjust_subscribe,
]
FUT_VIEW: list[Gen] = [
    futbol.stream_heartbeat,
    futbol.branch_view_item,
    futbol.ohliad_perehlianuto,
    futbol.opaque_stats,
    futbol.stream_heartbeat,
]
FUT_DEV: list[Gen] = [futbol.appsflyer_launch, futbol.branch_open, futbol.appsflyer_event]
AUDIO_VIEW: list[Gen] = [
    audio.proslukhano,
    audio.epizod_zaversheno,
    audio.ostanni,
    audio.opaque_batch,
    audio.proslukhano,
]
AUDIO_DEV: list[Gen] = [audio.ads_config, audio.licence_opaque, audio.reiestratsiia]
POSL_BIO: list[Gen] = [
    posluhy.perevirka_oblychchia,
    posluhy.dis_selfie,
    posluhy.vektor_oblychchia,
    posluhy.pidpys_jwe,
    posluhy.perevirka_oblychchia,
    posluhy.vektor_oblychchia,
]
POSL_DEV: list[Gen] = [posluhy.prystrii, posluhy.dokumenty_opaque, posluhy.prystrii]
BANK_BIO: list[Gen] = [
    bank.voice_login,
    bank.voice_vector,
    bank.voice_enrol,
    bank.antifraud_opaque,
    bank.voice_login,
    bank.voice_vector,
]
BANK_DEV: list[Gen] = [bank.device_bind, bank.accounts_opaque, bank.device_bind]
TV_VIEW: list[Gen] = [tv.acr_report, tv.insights, tv.acr_opaque, tv.acr_report, tv.acr_report]
TV_DEV: list[Gen] = [tv.network_status, tv.register]
CAM_BIO: list[Gen] = [camera.familiar_face, camera.familiar_face, camera.face_feature_opaque]
CAM_DEV: list[Gen] = [camera.p2p_alive, camera.status_opaque, camera.p2p_alive, camera.register]
FIT_DEV: list[Gen] = [
    fitnes.sync,
    fitnes.device_info,
    fitnes.sync,
    fitnes.dump_protobuf,
    fitnes.bind,
    fitnes.sync,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family221.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            kino.firebase_installation(c),
            kino.register_device(c),
            kino.adjust_session(c),
            futbol.appsflyer_launch(c),
            futbol.branch_open(c),
            audio.reiestratsiia(c),
            posluhy.prystrii(c),
            bank.device_bind(c),
            tv.register(c),
            camera.register(c),
            fitnes.bind(c),
            background.weather(c),
        ]

    def kino_block(self) -> None:
        self.some(
            [
                (0.5, kino.kataloh),
                (0.7, kino.hls_segment),
                (0.5, kino.hls_segment),
                (0.25, kino.poshuk),
                (0.2, kino.top_tyzhnia),
                (0.25, kino.prohrama),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(KINO_VIEW, "kino_view")
        if self.p(0.3):
            self.next(KINO_DEV, "kino_dev")

    def fut_block(self) -> None:
        self.some(
            [
                (0.7, futbol.live_scores),
                (0.4, futbol.match_events),
                (0.3, futbol.ohliady_list),
                (0.25, futbol.tablytsia),
                (0.1, futbol.push_topic),
            ]
        )
        if self.p(0.75):
            self.next(FUT_VIEW, "fut_view")
        if self.p(0.4):
            self.next(FUT_DEV, "fut_dev")

    def audio_block(self) -> None:
        self.some(
            [
                (0.7, audio.audio_chunk),
                (0.4, audio.kataloh),
                (0.3, audio.rozdily),
                (0.2, audio.chart),
                (0.2, audio.poshuk),
            ]
        )
        if self.p(0.75):
            self.next(AUDIO_VIEW, "audio_view")
        if self.p(0.3):
            self.next(AUDIO_DEV, "audio_dev")

    def posl_block(self) -> None:
        self.some(
            [
                (0.5, posluhy.poslugy),
                (0.3, posluhy.sertyfikat),
                (0.3, posluhy.pidpysaty),
                (0.12, posluhy.dis_customer),
                (0.12, posluhy.dis_document_back),
            ]
        )
        if self.p(0.8):
            self.next(POSL_BIO, "posl_bio")
        if self.p(0.35):
            self.next(POSL_DEV, "posl_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.kurs),
                (0.3, bank.perekaz),
                (0.25, bank.vypyska),
                (0.1, bank.callback_form),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.35):
            self.next(BANK_DEV, "bank_dev")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, tv.remote_key),
                (0.3, tv.home_rails),
                (0.2, tv.popular),
                (0.15, tv.app_store),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def cam_block(self) -> None:
        self.some(
            [
                (0.5, camera.motion_snapshot),
                (0.3, camera.events),
                (0.2, camera.ptz_settings),
                (0.1, camera.firmware),
            ]
        )
        if self.p(0.5):
            self.next(CAM_BIO, "cam_bio")
        if self.p(0.5):
            self.next(CAM_DEV, "cam_dev")

    def fit_block(self) -> None:
        self.some(
            [
                (0.6, fitnes.daily),
                (0.3, fitnes.watchface),
                (0.2, fitnes.wrist_settings),
            ]
        )
        if self.p(0.75):
            self.next(FIT_DEV, "fit_dev")


def generate_session(seed: int, target: int) -> tuple[Family221, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.kino_block),
        (0.13, s.fut_block),
        (0.12, s.audio_block),
        (0.11, s.posl_block),
        (0.11, s.bank_block),
        (0.12, s.tv_block),
        (0.1, s.cam_block),
        (0.1, s.fit_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
