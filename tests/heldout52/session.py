"""The script of the set-52 session: the tester uses the apps in turn on an
Xperia and a Google TV Streamer, with background traffic in between. Sensitive
events rotate through a schedule per group so that every family shows.
"""

from __future__ import annotations

from tests.heldout.labelled import SessionBase

from . import ads, background, bio, listening, streaming, tvbox
from .phone import Phone52

START = 1733122800.0  # 2024-12-02T07:00:00Z

BENIGN = background.BENIGN + streaming.BENIGN + tvbox.BENIGN + listening.BENIGN + bio.BENIGN
BENIGN = [*BENIGN, ads.vungle_cache_bust]
DEVICE = [*ads.DEVICE, *tvbox.DEVICE, *bio.DEVICE, ads.vungle_ads]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone52.make, START)

    def next(self, schedule: list, key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            tvbox.tv_checkin(c),
            bio.bell_device(c),
            bio.bank_login_device(c),
            ads.admob_gma(c),
        ]

    def watch_block(self) -> None:
        self.some(
            [
                (0.6, streaming.segment),
                (0.4, streaming.catalogue),
                (0.3, streaming.thumbnail),
                (0.2, streaming.search),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(streaming.VIEW, "stream_view")
        if self.p(0.3):
            self.next(DEVICE, "dev")

    def tv_block(self) -> None:
        self.some([(0.5, tvbox.epg), (0.4, tvbox.remote_nav)])
        self.next(tvbox.VIEW, "tv_view")
        if self.p(0.4):
            self.next(tvbox.DEVICE, "tv_dev")
        if self.p(0.2):
            self.flows.append(ads.vungle_ads(self.ctx, tv=True))

    def listen_block(self) -> None:
        self.some(
            [
                (0.4, listening.match_events),
                (0.3, listening.radio_schedule),
                (0.3, listening.book_catalogue),
            ]
        )
        self.next(listening.VIEW, "listen_view")
        if self.p(0.35):
            self.next(ads.DEVICE, "ads")

    def bio_block(self) -> None:
        self.some([(0.3, bio.age_signup), (0.3, bio.pharm_catalogue), (0.4, bio.bell_motion)])
        self.next(bio.BIO, "bio")
        if self.p(0.25):
            self.next(DEVICE, "dev")


def generate_session(seed: int, target: int) -> tuple[Phone52, list]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [(0.25, s.watch_block), (0.2, s.tv_block), (0.25, s.listen_block), (0.3, s.bio_block)]
    return s.finish(blocks, BENIGN, target, 0.35)
