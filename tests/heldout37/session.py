"""The script of the set-37 session: the family uses ten apps in turn on a moto g
(three streaming apps, music/radio, audiobooks/podcasts, a bank, the e-ID app,
the courier app, the smart TV's app and the TV itself, a game), with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Flow
from tests.heldout.labelled import SessionBase

from . import (
    audio,
    background,
    bank,
    courier,
    eid,
    game,
    kinoua,
    radio,
    skats,
    smarttv,
    ziurek,
)
from .phone import Phone37
from .schedules import (
    AUDIO_VIEW,
    BANK_BIO,
    COURIER_BIO,
    COURIER_DEV,
    EID_BIO,
    GAME_BIO,
    GAME_DEV,
    KINO_VIEW,
    RADIO_VIEW,
    SKATS_VIEW,
    TV_DEV,
    TV_VIEW,
    ZIUREK_VIEW,
    Gen,
)

START = 1730880000.0  # 2024-11-06T08:00:00Z


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone37.make, START)

    def next(self, schedule: list[Gen], key: str, n: int = 1) -> None:
        for _ in range(n):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            ziurek.fis(c),
            ziurek.register(c),
            skats.metrica_startup(c),
            kinoua.device_hello(c),
            radio.register(c),
            bank.bind_device(c),
            eid.register(c),
            courier.printer_pair(c),
            smarttv.pair(c),
            game.unity_config(c),
        ]

    def ziurek_block(self) -> None:
        self.some(
            [
                (0.6, ziurek.catalogue),
                (0.7, ziurek.poster),
                (0.8, ziurek.segment),
                (0.5, ziurek.segment),
                (0.3, ziurek.search),
                (0.15, ziurek.remote_config),
                (0.05, ziurek.register),
            ]
        )
        self.next(ZIUREK_VIEW, "zv", self.rng.randint(1, 2) if self.p(0.9) else 0)

    def skats_block(self) -> None:
        self.some([(0.5, skats.epg), (0.4, skats.recommend), (0.5, skats.metrica_report)])
        self.next(SKATS_VIEW, "sv", self.rng.randint(1, 2) if self.p(0.85) else 0)

    def kino_block(self) -> None:
        self.some([(0.6, kinoua.katalog), (0.4, kinoua.trailer), (0.1, kinoua.device_hello)])
        self.next(KINO_VIEW, "kv", 1 if self.p(0.85) else 0)

    def radio_block(self) -> None:
        self.some(
            [
                (0.5, radio.stations),
                (0.7, radio.stream_chunk),
                (0.3, radio.charts),
                (0.05, radio.register),
            ]
        )
        self.next(RADIO_VIEW, "rv", self.rng.randint(1, 2) if self.p(0.9) else 0)

    def audio_block(self) -> None:
        self.some([(0.5, audio.rss), (0.7, audio.chapter_audio), (0.3, audio.store)])
        self.next(AUDIO_VIEW, "av", self.rng.randint(1, 2) if self.p(0.85) else 0)

    def bank_block(self) -> None:
        self.some(
            [
                (0.7, bank.transactions),
                (0.3, bank.otp),
                (0.15, bank.signup_form),
                (0.1, bank.bind_device),
                (0.3, background.ecb_rates),
            ]
        )
        self.next(BANK_BIO, "bb", self.rng.randint(1, 2) if self.p(0.85) else 0)

    def eid_block(self) -> None:
        self.some(
            [
                (0.5, eid.services),
                (0.3, eid.sign_hash),
                (0.2, eid.certificate),
                (0.25, lambda c: eid.veriff_media(c, "document-back")),
                (0.05, eid.register),
            ]
        )
        self.next(EID_BIO, "eb", self.rng.randint(1, 2) if self.p(0.85) else 0)

    def courier_block(self) -> None:
        self.some(
            [
                (0.6, courier.route),
                (0.4, courier.proof_of_delivery),
                (0.5, courier.location_ping),
                (0.3, background.osm_tile),
            ]
        )
        self.next(COURIER_BIO, "cb", 1 if self.p(0.85) else 0)
        self.next(COURIER_DEV, "cd", 1 if self.p(0.5) else 0)

    def tv_block(self) -> None:
        self.some(
            [
                (0.5, smarttv.keypress),
                (0.3, smarttv.keypress),
                (0.3, smarttv.tv_apps),
                (0.15, smarttv.firmware),
            ]
        )
        self.next(TV_VIEW, "tvv", self.rng.randint(1, 2) if self.p(0.9) else 0)
        self.next(TV_DEV, "tvd", 1 if self.p(0.3) else 0)

    def game_block(self) -> None:
        self.some(
            [
                (0.6, game.camera_state),
                (0.5, game.camera_state),
                (0.3, game.matchmaking),
                (0.3, game.leaderboard),
                (0.15, game.avatar_custom),
            ]
        )
        self.next(GAME_DEV, "gd", self.rng.randint(1, 2))
        self.next(GAME_BIO, "gb", 1 if self.p(0.6) else 0)


def generate_session(seed: int, target: int) -> tuple[Phone37, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.10, s.ziurek_block),
        (0.09, s.skats_block),
        (0.08, s.kino_block),
        (0.09, s.radio_block),
        (0.09, s.audio_block),
        (0.12, s.bank_block),
        (0.11, s.eid_block),
        (0.11, s.courier_block),
        (0.09, s.tv_block),
        (0.12, s.game_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
