"""The script of the set-11 session: the tester uses eight apps in turn on a
Huawei P60 Pro (smart lock, K-pop live / AR, interview coach, radio, transit
face-pay, kids' watch, news video, gym), with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a
small set covers every family, opaque ones too.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Flow
from tests.heldout.labelled import SessionBase

from . import background, gym, hms, interview, kpop, lock, news, radio, transit, watch
from .phone import Phone11
from .schedules import (
    GYM_BIO,
    IVIEW_BIO,
    KPOP_BIO,
    KPOP_VIEW,
    LOCK_BIO,
    LOCK_DEV,
    METRO_BIO,
    NEWS_VIEW,
    RADIO_DEV,
    RADIO_VIEW,
    WATCH_DEV,
    Gen,
    ad_gen,
    ha_gen,
)

START = 1716541200.0  # 2024-05-24T09:00:00Z


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone11.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.grs(c),
            lock.bind_lock(c),
            kpop.register(c),
            interview.device_check(c),
            radio.ad_config(c),
            transit.register(c),
            watch.bind(c),
            news.register(c),
            gym.register(c),
            background.time_sync(c),
        ]

    def lock_block(self) -> None:
        self.some(
            [
                (0.6, lock.lock_status),
                (0.3, lock.doorbell_thumb),
                (0.3, lock.scenes),
                (0.05, lambda c: hms.push_register(c, "lumio", "api.lumio-smart.com", "aid_lock")),
            ]
        )
        if self.p(0.85):
            self.next(LOCK_BIO, "lock_bio")
        if self.p(0.45):
            self.next(LOCK_DEV, "lock_dev")

    def kpop_block(self) -> None:
        self.some(
            [
                (0.5, kpop.live_chat),
                (0.3, kpop.lens_catalogue),
                (0.25, kpop.photocard_view),
                (0.2, kpop.news_article),
                (0.25, ad_gen("kpop")),
                (0.15, ha_gen("kpop")),
                (0.05, kpop.register),
            ]
        )
        if self.p(0.7):
            self.next(KPOP_BIO, "kpop_bio")
        for _ in range(self.rng.randint(1, 2) if self.p(0.8) else 0):
            self.next(KPOP_VIEW, "kpop_view")

    def iview_block(self) -> None:
        self.some(
            [
                (0.4, interview.questions),
                (0.2, interview.tips_article),
                (0.15, interview.profile_form),
                (0.3, interview.company_logo),
                (0.15, interview.mic_check),
                (0.1, interview.device_check),
            ]
        )
        if self.p(0.9):
            self.next(IVIEW_BIO, "iview_bio")

    def radio_block(self) -> None:
        self.some(
            [
                (0.4, radio.station_search),
                (0.5, radio.now_playing),
                (0.3, radio.station_logo),
                (0.2, radio.schedule),
                (0.2, ha_gen("radio")),
                (0.2, ad_gen("radio")),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(RADIO_VIEW, "radio_view")
        if self.p(0.6):
            self.next(RADIO_DEV, "radio_dev")

    def metro_block(self) -> None:
        self.some(
            [
                (0.6, transit.route),
                (0.3, transit.fare_table),
                (0.4, transit.qr_ticket),
                (0.2, ad_gen("metro")),
                (0.15, ha_gen("metro")),
                (0.05, transit.register),
            ]
        )
        if self.p(0.8):
            self.next(METRO_BIO, "metro_bio")

    def watch_block(self) -> None:
        self.some(
            [(0.4, watch.voice_msg), (0.3, watch.geofence), (0.3, watch.photo), (0.3, watch.steps)]
        )
        if self.p(0.85):
            self.next(WATCH_DEV, "watch_dev")

    def news_block(self) -> None:
        self.some(
            [
                (0.7, news.articles),
                (0.5, news.manifest),
                (0.4, news.thumb),
                (0.3, news.media_json),
                (0.5, news.jw_setup),
                (0.2, news.comscore_app),
                (0.2, ad_gen("news")),
                (0.1, ha_gen("news")),
            ]
        )
        for _ in range(self.rng.randint(1, 3) if self.p(0.85) else 0):
            self.next(NEWS_VIEW, "news_view")

    def gym_block(self) -> None:
        self.some(
            [
                (0.5, gym.classes),
                (0.4, gym.workout),
                (0.25, gym.body_scan),
                (0.1, gym.signup),
                (0.2, ad_gen("gym")),
                (0.1, ha_gen("gym")),
                (0.05, gym.register),
            ]
        )
        if self.p(0.85):
            self.next(GYM_BIO, "gym_bio")


def generate_session(seed: int, target: int) -> tuple[Phone11, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.12, s.lock_block),
        (0.15, s.kpop_block),
        (0.12, s.iview_block),
        (0.15, s.radio_block),
        (0.11, s.metro_block),
        (0.10, s.watch_block),
        (0.15, s.news_block),
        (0.10, s.gym_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
