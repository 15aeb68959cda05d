"""The script of the set-24 session: the tester uses eight apps in turn on a
Redmi Note 12 in Indonesia and Vietnam (streaming, a super-app with face KYC,
short video, a marketplace with live shopping, karaoke, a prayer app, a MOBA
with ads, Mi Home with a face-recognising camera), with MIUI background
traffic in between. Sensitive events rotate through a schedule per app so
that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import adzan, arena, background, jalan, klip, mihome, nyanyi, pasar, tayang
from .phone import Phone24

START = 1733122800.0  # 2024-12-02T07:00:00Z (14:00 in Jakarta)

Gen = Callable[[Context], Flow]

TAYANG_VIEW: list[Gen] = [
    tayang.heartbeat_id,
    tayang.npaw,
    tayang.heartbeat_vn,
    tayang.riwayat_sync,
    tayang.heartbeat_id,
    tayang.lanjutkan_row,
    tayang.beacon_opaque,
    tayang.npaw,
]
JALAN_BIO: list[Gen] = [
    jalan.verihubs_liveness,
    jalan.liveness_result,
    jalan.vnpt_selfie,
    jalan.face_template,
    jalan.verihubs_verify,
    jalan.face_landmarks_vn,
    jalan.kyc_opaque,
]
KLIP_VIEW: list[Gen] = [
    klip.app_log_play,
    klip.app_log_play,
    klip.app_log_live,
    klip.app_log_encrypted,
]
PASAR_VIEW: list[Gen] = [
    pasar.live_view,
    pasar.live_heartbeat,
    pasar.live_history,
    pasar.live_view,
    pasar.live_opaque,
]
NYANYI_BIO: list[Gen] = [
    nyanyi.vocal_print,
    nyanyi.voice_enrol,
    nyanyi.speaker_verify_vn,
    nyanyi.voice_opaque,
]
NYANYI_VIEW: list[Gen] = [nyanyi.listen_log, nyanyi.listen_vn]
ADZAN_VIEW: list[Gen] = [
    adzan.murottal_history,
    adzan.player_event,
    adzan.adhan_played,
    adzan.recent_listen,
]
ARENA_DEV: list[Gen] = [
    arena.unity_config,
    arena.mintegral_load,
    arena.bigo_bid,
    arena.pangle_get_ads,
    arena.login,
]
MI_BIO: list[Gen] = [
    mihome.event_list,
    mihome.face_feature,
    mihome.face_register,
    mihome.event_list,
    mihome.face_opaque,
]
MI_DEV: list[Gen] = [mihome.device_list, mihome.props, mihome.motion_zone]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone24.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.mistat(c),
            tayang.register(c),
            jalan.device_check(c),
            klip.device_register(c),
            pasar.device_init(c),
            adzan.firebase_install(c),
            adzan.register(c),
            arena.login(c),
            mihome.device_list(c),
            background.remote_config(c),
        ]

    def tayang_block(self) -> None:
        self.some(
            [
                (0.6, tayang.katalog),
                (0.8, tayang.segment),
                (0.6, tayang.segment),
                (0.5, tayang.poster),
                (0.3, tayang.cari),
                (0.05, tayang.register),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(TAYANG_VIEW, "tayang_view")

    def jalan_block(self) -> None:
        self.some(
            [
                (0.5, jalan.fare),
                (0.3, jalan.wallet_history),
                (0.2, jalan.ktp_ocr),
                (0.15, jalan.device_check),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(JALAN_BIO, "jalan_bio")

    def klip_block(self) -> None:
        self.some(
            [
                (0.7, klip.feed),
                (0.8, klip.video_fetch),
                (0.5, klip.video_fetch),
                (0.2, klip.settings),
                (0.04, klip.device_register),
            ]
        )
        if self.p(0.9):
            self.next(KLIP_VIEW, "klip_view")

    def pasar_block(self) -> None:
        self.some(
            [
                (0.6, pasar.product_view),
                (0.5, pasar.track_product),
                (0.4, pasar.search),
                (0.7, pasar.image),
                (0.05, pasar.device_init),
            ]
        )
        if self.p(0.75):
            self.next(PASAR_VIEW, "pasar_view")

    def nyanyi_block(self) -> None:
        self.some([(0.5, nyanyi.lyrics), (0.3, nyanyi.performance_upload)])
        if self.p(0.85):
            self.next(NYANYI_BIO, "nyanyi_bio")
        if self.p(0.6):
            self.next(NYANYI_VIEW, "nyanyi_view")

    def adzan_block(self) -> None:
        self.some(
            [
                (0.5, adzan.prayer_times),
                (0.6, adzan.audio),
                (0.5, adzan.audio),
                (0.2, adzan.mosques),
                (0.04, adzan.register),
            ]
        )
        if self.p(0.85):
            self.next(ADZAN_VIEW, "adzan_view")

    def arena_block(self) -> None:
        self.some([(0.6, arena.match_telemetry), (0.3, arena.shop), (0.25, arena.replay_watch)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(ARENA_DEV, "arena_dev")

    def mi_block(self) -> None:
        self.some([(0.6, mihome.thumbnail), (0.2, mihome.motion_zone)])
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(MI_BIO, "mi_bio")
        if self.p(0.5):
            self.next(MI_DEV, "mi_dev")


def generate_session(seed: int, target: int) -> tuple[Phone24, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.tayang_block),
        (0.14, s.jalan_block),
        (0.13, s.klip_block),
        (0.12, s.pasar_block),
        (0.12, s.nyanyi_block),
        (0.1, s.adzan_block),
        (0.11, s.arena_block),
        (0.13, s.mi_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
