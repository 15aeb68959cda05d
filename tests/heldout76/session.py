"""The script of the set-76 session: a journalist's working days on an iPhone 15 Pro.

Mostly newsroom apps whose traffic looks sensitive and is not (CMS, audience
dashboard, photo desk, transcription, wire feed and live blog, traffic
cameras, encrypted messenger, podcast production, shared equipment, a game,
the reader app), with a few truly sensitive moments (her streaming app, her
podcast listening, her bank's face check, her operator's voice login, her
running app with her own watch and AirPods). Sensitive events rotate through
a schedule per app so that every family shows even in a small set.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, games, newsapp, running, securedrop, streaming
from .phone import Phone76
from .tables import BANK_BIO, BLOCKS, POD_VIEW, RUN_DEV, STREAM_DEV, STREAM_VIEW, VOICE_BIO, Gen

START = 1762153200.0  # 2025-11-03T07:00:00Z, a Monday in Cologne


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone76.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.captive(c),
            background.feature_flags(c),
            newsapp.consent(c),
            streaming.adjust_session(c),
            games.ga_init(c),
            bank.device_binding(c),
            running.pair_watch(c),
            securedrop.upload_keys(c),
        ]

    def plain(self, name: str) -> Callable[[], None]:
        return lambda: self.some(BLOCKS[name])

    def stream_block(self) -> None:
        self.some(BLOCKS["stream"])
        for _ in range(1 if self.p(0.75) else 2):
            self.next(STREAM_VIEW, "stream_view")
        if self.p(0.2):
            self.next(STREAM_DEV, "stream_dev")

    def pods_block(self) -> None:
        self.some(BLOCKS["pods"])
        self.next(POD_VIEW, "pod_view")

    def bank_block(self) -> None:
        self.some(BLOCKS["bank"])
        if self.p(0.9):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.1):
            self.flows.append(bank.device_binding(self.ctx))
        if self.p(0.06):
            self.flows.append(bank.risk_signals(self.ctx))

    def voice_block(self) -> None:
        self.some(BLOCKS["voice"])
        if self.p(0.9):
            self.next(VOICE_BIO, "voice_bio")

    def game_block(self) -> None:
        self.some(BLOCKS["game"])
        if self.p(0.35):
            self.flows.append(games.ga_events(self.ctx))

    def run_block(self) -> None:
        self.some(BLOCKS["run"])
        self.next(RUN_DEV, "run_dev")


def generate_session(seed: int, target: int) -> tuple[Phone76, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.plain("cms")),
        (0.10, s.plain("audience")),
        (0.11, s.plain("photo")),
        (0.08, s.plain("transcribe")),
        (0.08, s.plain("wire")),
        (0.08, s.plain("cams")),
        (0.07, s.plain("signal")),
        (0.07, s.plain("podprod")),
        (0.08, s.plain("kit")),
        (0.06, s.game_block),
        (0.05, s.plain("news")),
        (0.04, s.stream_block),
        (0.03, s.pods_block),
        (0.055, s.bank_block),
        (0.05, s.voice_block),
        (0.018, s.run_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
