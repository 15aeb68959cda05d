"""The script of the set-72 session: a school day (and evening) on a teacher's
iPad. Mostly school apps whose traffic looks sensitive and is not (shared
class devices, aggregate video stats, speech-to-text of students, heart-rate
straps, bus GPS units), a few of the teacher's own apps that truly carry
viewing history, face and voice data and device ids, and background traffic.
Sensitive events rotate through schedules so every family shows at any size.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    adsdk,
    assistant,
    attendance,
    background,
    bank,
    classroom,
    equipment,
    games,
    streamcat,
    streaming,
    wearables,
)
from .phone import Device72
from .schedule import SCHOOL

START = 1731330000.0  # 2024-11-11T13:00:00Z, 07:00 in Texas

Gen = Callable[[Context], Flow]
Table = list[tuple[float, Gen]]

STREAM_VIEW: list[Gen] = [
    streaming.edge_start,
    streaming.edge_ping,
    streaming.bookmark,
    streaming.history_batch,
    streaming.edge_ping,
    streaming.continue_watching,
    streaming.opaque_beacon,
    streaming.bookmark,
]
BANK_BIO: list[Gen] = [bank.liveness, bank.match, bank.liveness, bank.sealed_check]
VOICE_BIO: list[Gen] = [
    assistant.enroll,
    assistant.voice_id_enroll,
    assistant.embedding_sync,
    assistant.enroll,
    assistant.opaque_upload,
]
GAME_DEV: list[Gen] = [
    adsdk.applovin,
    adsdk.measurement,
    adsdk.game_config,
    adsdk.words_branch,
    adsdk.words_ads_denied,
    adsdk.applovin,
]
OWN_DEV: list[Gen] = [
    wearables.health_sync,
    wearables.support_products,
    wearables.coverage,
    streaming.register,
    bank.bind_device,
    assistant.register_client,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Device72.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.captive(c),
            background.gdmf(c),
            classroom.class_devices(c),
            equipment.panel_status(c),
            attendance.take_roll(c),
            background.weather(c),
        ]

    def school(self, name: str) -> Callable[[], None]:
        def block() -> None:
            self.some(SCHOOL[name])

        return block

    def stream_block(self) -> None:
        self.some(
            [
                (0.6, streamcat.browse),
                (0.5, streamcat.artwork),
                (0.3, streamcat.search),
                (0.4, streamcat.drm_license),
                (0.4, streamcat.manifest),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.75) else 0):
            self.next(STREAM_VIEW, "stream_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.7, bank.faceid_login),
                (0.5, bank.spending),
                (0.3, bank.check_deposit),
                (0.4, bank.session_token),
            ]
        )
        if self.p(0.7):
            self.next(BANK_BIO, "bank_bio")

    def voice_block(self) -> None:
        self.some(
            [
                (0.8, assistant.command_stt),
                (0.3, assistant.tts_settings),
                (0.15, assistant.create_profile),
                (0.3, assistant.now_playing),
            ]
        )
        if self.p(0.6):
            self.next(VOICE_BIO, "voice_bio")

    def games_block(self) -> None:
        self.some(
            [
                (0.7, games.math_round),
                (0.3, games.avatar),
                (0.4, games.geometry_cam),
                (0.4, games.leaderboard),
                (0.4, games.words_puzzle),
                (0.2, adsdk.adservices),
            ]
        )
        if self.p(0.7):
            self.next(GAME_DEV, "game_dev")

    def own_block(self) -> None:
        self.some([(0.6, wearables.hr_summary)])
        self.next(OWN_DEV, "own_dev")


def generate_session(seed: int, target: int) -> tuple[Device72, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    weights = {"classroom": 0.12, "equipment": 0.08, "lessons": 0.1, "fluency": 0.08,
               "gradebook": 0.08, "attendance": 0.07, "parents": 0.07, "photos": 0.05,
               "pe": 0.04, "bus": 0.03}  # fmt: skip
    blocks = [(w, s.school(name)) for name, w in weights.items()]
    blocks += [
        (0.06, s.stream_block),
        (0.06, s.bank_block),
        (0.08, s.voice_block),
        (0.06, s.games_block),
        (0.045, s.own_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
