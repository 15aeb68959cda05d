"""The script of the set-62 session: a retired couple's Galaxy Tab in Italy,
Greece and Portugal, using ordinary apps in turn (pharmacy, card games and bingo,
news, TV guide, recipes, crosswords, grocery, bus, photo printing, bank, video
calls, parish, thermostat and irrigation, glucose meter and hearing aids) with
background traffic in between. A precision-stress set: most flows are hard
look-alikes; each app's few sensitive flows rotate through a schedule so that
every family shows, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    calls,
    errands,
    games,
    health,
    home,
    kiosk,
    leisure,
    news,
    parish,
    pharmacy,
    tvguide,
)
from .phone import Tab62

START = 1764489600.0  # 2025-11-30T08:00:00Z

Gen = Callable[[Context], Flow]
Table = list[tuple[float, Gen]]

# app name -> (weight, decoy table, sensitive schedule, chance of one sensitive flow)
APPS: list[tuple[str, float, Table, list[Gen], float]] = [
    ("pharmacy", 0.09, pharmacy.DECOYS, pharmacy.SENSITIVE, 0.08),
    ("games", 0.10, games.DECOYS, games.SENSITIVE, 0.14),
    ("news", 0.10, news.DECOYS, news.SENSITIVE, 0.32),
    ("tvguide", 0.09, tvguide.DECOYS, tvguide.SENSITIVE, 0.4),
    ("recipes", 0.06, leisure.DECOYS_RECIPES, [], 0.0),
    ("puzzle", 0.06, leisure.DECOYS_PUZZLE, [], 0.0),
    ("shop", 0.06, errands.DECOYS_SHOP, [], 0.0),
    ("bus", 0.06, errands.DECOYS_BUS, [], 0.0),
    ("kiosk", 0.08, kiosk.DECOYS, kiosk.SENSITIVE, 0.35),
    ("bank", 0.07, bank.DECOYS, bank.SENSITIVE, 0.5),
    ("calls", 0.07, calls.DECOYS, calls.SENSITIVE, 0.45),
    ("parish", 0.06, parish.DECOYS, parish.SENSITIVE, 0.4),
    ("home", 0.05, home.DECOYS, home.SENSITIVE, 0.3),
    ("glico", 0.03, health.DECOYS_GLICO, health.SENSITIVE, 0.25),
    ("audio", 0.03, health.DECOYS_AUDIO, health.SENSITIVE, 0.25),
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Tab62.make, START)

    def startup(self) -> None:
        c = self.ctx
        for gen in (
            background.generate_204,
            news.installation,
            pharmacy.dispositivo,
            tvguide.login,
            home.homesdata,
            home.person,
            calls.registra,
            health.apparecchi,
            background.time_sync,
        ):
            self.flows.append(gen(c))

    def block(
        self, name: str, decoys: Table, sensitive: list[Gen], chance: float
    ) -> Callable[[], None]:
        """One visit to an app: some look-alikes, now and then one sensitive flow."""

        def run() -> None:
            self.some(decoys)
            if sensitive and self.p(chance):
                self.flows.append(self.pick(sensitive, name)(self.ctx))

        return run


def generate_session(seed: int, target: int) -> tuple[Tab62, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [(w, s.block(name, d, sens, ch)) for name, w, d, sens, ch in APPS]
    return s.finish(blocks, background.BENIGN, target, 0.4)
