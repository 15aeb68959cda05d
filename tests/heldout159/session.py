"""The script of the set-159 session: a Toronto / Vancouver family's evening. The
teen scrolls Snipz, watches Twitch through Lootcast (phone and PS5), plays music on
AirPods, does a Gymrat class and onboards to a Loonie card; a parent watches the NHL
on the Pixel and anime on the basement Roku. Sensitive events rotate per app so even
a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    agegate,
    background,
    gymrat,
    loonie,
    lootcast,
    otaku,
    puckdrop,
    sdkmix,
    snipz,
    vibeloop,
)
from .phone import Household

START = 1732230000.0  # 2024-11-21T23:00:00Z (6 pm in Toronto)

Gen = Callable[[Context], Flow]

SNIPZ: list[Gen] = [
    snipz.watch_events,
    snipz.lens_insights,
    lambda c: sdkmix.amplitude(c, True),
    snipz.recently_watched,
    snipz.lens_insights_packed,
    snipz.watch_events,
    sdkmix.branch_open,
    lambda c: sdkmix.amplitude(c, False),
    snipz.lens_insights,
    agegate.snipz_age_result,
]
LOOT: list[Gen] = [
    lootcast.spade_minute,
    lootcast.vod_position,
    lootcast.spade_pageview,
    lootcast.spade_minute,
    lootcast.console_rows,
    lootcast.link_console,
]
AGE: list[Gen] = [agegate.yoti_estimate, agegate.yoti_estimate, agegate.yoti_sealed]
VIBE: list[Gen] = [
    vibeloop.track_played,
    vibeloop.segment_batch,
    vibeloop.audio_route,
    vibeloop.recently_played,
    vibeloop.track_played,
]
OTAKU: list[Gen] = [
    otaku.bitmovin,
    otaku.reprise,
    otaku.continuer,
    otaku.roku_numbered,
    otaku.pixel_history,
    otaku.roku_register,
    otaku.bitmovin,
]
PUCK: list[Gen] = [
    puckdrop.live_heartbeat,
    puckdrop.mux_view,
    puckdrop.yt_watchtime,
    puckdrop.braze,
    puckdrop.ima_ad_request,
    puckdrop.braze_watched,
    puckdrop.firebase_batch,
    puckdrop.live_heartbeat,
]
LOONIE: list[Gen] = [
    loonie.live_photo,
    loonie.face_template,
    loonie.parent_register,
    loonie.live_video,
    loonie.risk_ping,
    loonie.stepup_sealed,
    loonie.live_photo,
]
GYM: list[Gen] = [
    gymrat.class_progress,
    gymrat.appsflyer,
    gymrat.class_beacon,
    gymrat.pair_airpods,
    gymrat.class_progress,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Household.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            sdkmix.branch_open(c),
            background.remote_config(c),
            lootcast.link_console(c),
            otaku.roku_register(c),
            puckdrop.braze(c),
            loonie.parent_register(c),
            gymrat.pair_airpods(c),
            background.weather(c),
        ]

    def snipz_block(self) -> None:
        self.some(
            [
                (0.8, background.cdn_image),
                (0.5, snipz.trending),
                (0.4, snipz.lens_catalog),
                (0.4, snipz.lens_metric),
                (0.2, snipz.upload_clip),
                (0.3, snipz.comment),
                (0.2, sdkmix.tiktok_events),
                (0.1, sdkmix.snap_login),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(SNIPZ, "snipz")

    def loot_block(self) -> None:
        self.some(
            [
                (0.7, lootcast.hls_usher),
                (0.5, lootcast.directory),
                (0.4, lootcast.chat_send),
                (0.4, lootcast.game_telemetry),
                (0.1, agegate.birthday_form),
            ]
        )
        if self.p(0.85):
            self.next(LOOT, "loot")
        if self.p(0.3):
            self.next(AGE, "age")

    def vibe_block(self) -> None:
        self.some(
            [
                (0.7, vibeloop.album_art),
                (0.4, vibeloop.lyrics),
                (0.4, vibeloop.search),
                (0.3, vibeloop.audio_features),
            ]
        )
        if self.p(0.8):
            self.next(VIBE, "vibe")

    def otaku_block(self) -> None:
        self.some([(0.6, otaku.manifest), (0.5, otaku.catalogue), (0.3, otaku.simulcast)])
        if self.p(0.85):
            self.next(OTAKU, "otaku")

    def puck_block(self) -> None:
        self.some(
            [
                (0.7, puckdrop.scores),
                (0.4, puckdrop.shot_map),
                (0.3, puckdrop.odds),
                (0.4, puckdrop.highlights_rail),
            ]
        )
        if self.p(0.85):
            self.next(PUCK, "puck")

    def loonie_block(self) -> None:
        self.some(
            [
                (0.6, loonie.transactions),
                (0.4, loonie.spending_chart),
                (0.2, loonie.allowance),
                (0.15, loonie.signup),
                (0.2, loonie.document),
            ]
        )
        if self.p(0.7):
            self.next(LOONIE, "loonie")

    def gym_block(self) -> None:
        self.some(
            [
                (0.5, gymrat.pose_check),
                (0.5, gymrat.heart_rate),
                (0.2, gymrat.settings),
                (0.4, gymrat.catalog),
            ]
        )
        if self.p(0.75):
            self.next(GYM, "gym")


def generate_session(seed: int, target: int) -> tuple[Household, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.snipz_block),
        (0.14, s.loot_block),
        (0.13, s.vibe_block),
        (0.13, s.otaku_block),
        (0.15, s.puck_block),
        (0.12, s.loonie_block),
        (0.13, s.gym_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
