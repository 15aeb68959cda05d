"""The script of the set-57 session: a family's iPad (and the parent's iPhone and
Apple Watch) over a weekend in Aotearoa / Australia. Mostly ordinary apps whose
traffic looks sensitive and is not (see plan.py); a few truly sensitive flows
per category, with ordinary background traffic in between.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Flow
from tests.heldout.labelled import SessionBase

from . import background as bg
from . import bank, drawing, parking, solar
from .phone import Device57
from .plan import APPS, App

START = 1741392000.0  # 2025-03-08T00:00:00Z (Saturday morning in NZ)


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Device57.make, START)

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            bg.captive(c),
            bg.time_sync(c),
            bg.flags(c),
            drawing.install_ping(c),
            parking.register(c),
            bank.bind_device(c),
            solar.commission(c),
        ]

    def visit(self, app: App) -> None:
        """One use of an app: its ordinary flows, then its sensitive schedules."""
        self.some(app.ordinary)
        for i, (prob, schedule) in enumerate(app.sensitive):
            if self.p(prob):
                key = app.name if schedule is app.sensitive[0][1] else f"{app.name}{i}"
                self.flows.append(self.pick(schedule, key)(self.ctx))


def generate_session(seed: int, target: int) -> tuple[Device57, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [(app.weight, lambda app=app: s.visit(app)) for app in APPS]
    return s.finish(blocks, bg.BENIGN, target, 0.4)
