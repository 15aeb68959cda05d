"""The script of the set-282 session: two kula kaiapuni families' devices in turn
(the father's streaming, mele and surf apps on a Pixel in Honolulu; the Hilo
living room's Google TV stick; the mother's credit union and hospital tele-visit
apps on an iPhone; the keiki learning tablet at home in Hilo), with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every app, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, kala, kauka, keiki, mele, nalu, nana
from .phone import Ohana282

START = 1733076000.0  # 2024-12-01T18:00:00Z (08:00 in Hawaiʻi)

Gen = Callable[[Context], Flow]

NANA_VIEW: list[Gen] = [
    nana.resume_point,
    nana.braze_event,
    nana.hoomau_list,
    nana.firebase_measurement,
    nana.opaque_beacon,
    lambda c: nana.resume_point(c, tv=True),
    nana.moolelo_nana,
    nana.live_heartbeat,
    lambda c: nana.braze_event(c, tv=True),
]
NANA_DEV: list[Gen] = [
    nana.braze_session,
    nana.tv_ping_opaque,
    nana.firebase_installation,
    lambda c: nana.register(c, tv=True),
    lambda c: nana.braze_session(c, tv=True),
]
MELE_VIEW: list[Gen] = [
    mele.hoolohe,
    mele.segment_play,
    mele.mele_hou,
    mele.opaque_listens,
    mele.segment_play,
]
MELE_DEV: list[Gen] = [mele.appsflyer_launch, mele.segment_screen, mele.appsflyer_event]
NALU_VIEW: list[Gen] = [nalu.kamela_nana, nalu.amplitude_webcam]
NALU_DEV: list[Gen] = [nalu.appsflyer_launch, nalu.favourites_sync, nalu.amplitude_legacy]
KALA_BIO: list[Gen] = [
    kala.selfie_login,
    kala.facetec_liveness,
    kala.login_protobuf,
    kala.face_enrol,
    kala.selfie_login,
]
KALA_DEV: list[Gen] = [kala.device_bind, kala.balance, kala.balance]
KAUKA_BIO: list[Gen] = [kauka.rekognition_compare, kauka.nana_maka, kauka.check_frames]
KEIKI_VIEW: list[Gen] = [keiki.wikio_progress, keiki.amplitude_wikio]
KEIKI_BIO: list[Gen] = [keiki.voice_enrol, keiki.voice_vector, keiki.voice_enrol]
KEIKI_DEV: list[Gen] = [
    keiki.amplitude_lesson,
    keiki.telemetry,
    keiki.register,
    keiki.firebase_installation,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Ohana282.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            nana.firebase_installation(c),
            nana.register(c, tv=False),
            nana.register(c, tv=True),
            mele.appsflyer_launch(c),
            nalu.appsflyer_launch(c),
            background.captive(c),
            kala.device_bind(c),
            kauka.register(c),
            keiki.register(c),
            keiki.firebase_installation(c),
            background.weather(c),
        ]

    def nana_block(self) -> None:
        self.some(
            [
                (0.5, nana.catalogue),
                (0.6, nana.thumbnail),
                (0.4, nana.thumbnail),
                (0.7, nana.hls_segment),
                (0.5, nana.hls_segment),
                (0.2, nana.huli),
                (0.15, nana.kaulana),
                (0.1, nana.config),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(NANA_VIEW, "nana_view")
        if self.p(0.3):
            self.next(NANA_DEV, "nana_dev")

    def mele_block(self) -> None:
        self.some(
            [
                (0.7, mele.audio_chunk),
                (0.4, mele.cover_art),
                (0.25, mele.lyrics),
                (0.25, mele.hula_scores),
                (0.2, mele.papa_mele),
                (0.08, mele.profile),
            ]
        )
        if self.p(0.75):
            self.next(MELE_VIEW, "mele_view")
        if self.p(0.35):
            self.next(MELE_DEV, "mele_dev")

    def nalu_block(self) -> None:
        self.some(
            [
                (0.6, nalu.forecast),
                (0.4, nalu.tides),
                (0.5, nalu.snapshot),
                (0.4, nalu.cam_stream),
                (0.2, nalu.session_track),
                (0.15, nalu.spot_search),
            ]
        )
        if self.p(0.55):
            self.next(NALU_VIEW, "nalu_view")
        if self.p(0.35):
            self.next(NALU_DEV, "nalu_dev")

    def kala_block(self) -> None:
        self.some(
            [
                (0.5, kala.rates),
                (0.3, kala.transfer),
                (0.1, kala.member_form),
                (0.1, kala.avatar),
                (0.12, kala.cheque_deposit),
            ]
        )
        if self.p(0.8):
            self.next(KALA_BIO, "kala_bio")
        if self.p(0.35):
            self.next(KALA_DEV, "kala_dev")

    def kauka_block(self) -> None:
        self.some(
            [
                (0.5, kauka.appointments),
                (0.35, kauka.webrtc_offer),
                (0.15, kauka.refill),
            ]
        )
        if self.p(0.75):
            self.next(KAUKA_BIO, "kauka_bio")
        if self.p(0.15):
            self.flows.append(kauka.register(self.ctx))

    def keiki_block(self) -> None:
        self.some(
            [
                (0.5, keiki.lessons),
                (0.4, keiki.quiz_score),
                (0.4, keiki.sticker),
                (0.2, keiki.tts),
            ]
        )
        if self.p(0.6):
            self.next(KEIKI_VIEW, "keiki_view")
        if self.p(0.35):
            self.next(KEIKI_BIO, "keiki_bio")
        if self.p(0.3):
            self.next(KEIKI_DEV, "keiki_dev")


def generate_session(seed: int, target: int) -> tuple[Ohana282, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.22, s.nana_block),
        (0.16, s.mele_block),
        (0.15, s.nalu_block),
        (0.15, s.kala_block),
        (0.12, s.kauka_block),
        (0.2, s.keiki_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
