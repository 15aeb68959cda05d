"""The script of the set-53 session: a nurse's iPhone 15 through a day in NL,
BE and CH. Mostly ordinary apps whose traffic looks sensitive and is not (a
rota app, a language course, a dating app, a broker, a reels editor, a home
camera, parcel lockers, a sports watch, an audio guide, casual games) and a
streaming app; the few truly sensitive flows rotate through a schedule per
app so that every family shows even in a small set.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background as bg
from . import beurs, games, guide, homecam, kijk, klik, locker, reels, rota, taal, watch
from . import reels_edit as edit
from .phone import Phone53

START = 1796025600.0  # 2026-11-30T08:00:00Z

Gen = Callable[[Context], Flow]

KIJK_VIEW: list[Gen] = [
    kijk.snowplow_media,
    kijk.progress_sync,
    lambda c: kijk.snowplow_media(c, "pause_event"),
    kijk.verder_kijken,
    kijk.progress_sync,
    kijk.opaque_qos,
    lambda c: kijk.snowplow_media(c, "percent_progress_event"),
]
KLIK_BIO: list[Gen] = [klik.facetec_enrol, klik.photo_with_face_observation, klik.verify_opaque]
BEURS_BIO: list[Gen] = [beurs.onfido_photo, beurs.onfido_video]
REELS_BIO: list[Gen] = [
    reels.memoji_drive,
    reels.beauty_landmarks,
    reels.voice_clone,
    reels.memoji_drive,
    reels.fx_opaque,
]
CAM_DEV: list[Gen] = [homecam.live, homecam.settings, homecam.snapshot, homecam.push]
WATCH_DEV: list[Gen] = [watch.firmware, watch.sync, watch.pair]
GAME_DEV: list[Gen] = [games.prebid, games.unity_ads, games.prebid]
REELS_DEV: list[Gen] = [reels.register, reels.config]
ROTA_RARE: list[Gen] = [rota.elearning_progress, rota.push_register, rota.usage_beacon]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone53.make, START)

    def next(self, schedule: list[Gen], key: str, prob: float) -> None:
        if self.p(prob):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            bg.captive(c),
            rota.push_register(c),
            watch.pair(c),
            homecam.push(c),
            taal.adjust_session(c),
            klik.branch_open(c),
            beurs.device_binding(c),
            reels.register(c),
            bg.buienradar(c),
        ]

    def rota_block(self) -> None:
        self.some(
            [(0.7, rota.rooster), (0.6, rota.inklokken), (0.4, rota.inklokken), (0.15, rota.ruil)]
        )
        self.next(ROTA_RARE, "rota", 0.18)

    def taal_block(self) -> None:
        self.some(
            [
                (0.8, taal.pronunciation),
                (0.5, taal.pronunciation),
                (0.3, taal.score_history),
                (0.4, taal.lessons),
                (0.2, taal.leaderboard),
            ]
        )
        self.next(
            [taal.video_lesson_progress, taal.adjust_session, taal.video_lesson_progress],
            "taal",
            0.2,
        )

    def klik_block(self) -> None:
        self.some(
            [
                (0.5, klik.swipe),
                (0.5, klik.swipe),
                (0.3, klik.photo_upload),
                (0.3, klik.profile_views),
                (0.06, klik.signup),
            ]
        )
        self.next(KLIK_BIO, "klik_bio", 0.3)
        self.next([klik.branch_open], "klik_dev", 0.08)

    def beurs_block(self) -> None:
        self.some(
            [
                (0.8, beurs.candles),
                (0.5, beurs.candles),
                (0.4, beurs.watchlist),
                (0.25, beurs.order),
                (0.3, beurs.portfolio),
                (0.15, beurs.news),
                (0.25, beurs.faceid_login),
            ]
        )
        self.next(BEURS_BIO, "beurs_bio", 0.14)
        self.next([beurs.device_binding], "beurs_dev", 0.05)

    def reels_block(self) -> None:
        self.some(
            [
                (0.8, edit.autosave),
                (0.5, edit.autosave),
                (0.4, edit.export_progress),
                (0.3, edit.music),
                (0.25, edit.captions),
            ]
        )
        self.next(REELS_BIO, "reels_bio", 0.3)
        self.next(REELS_DEV, "reels_dev", 0.1)

    def cam_block(self) -> None:
        self.some(
            [
                (0.7, homecam.events),
                (0.7, homecam.thumb),
                (0.5, homecam.thumb),
                (0.2, homecam.arm),
                (0.1, homecam.privacy),
            ]
        )
        self.next(CAM_DEV, "cam_dev", 0.2)
        self.next([homecam.familiar_face], "cam_bio", 0.08)

    def locker_block(self) -> None:
        self.some(
            [
                (0.6, locker.nearby),
                (0.5, locker.qr),
                (0.3, locker.window),
                (0.5, locker.track),
                (0.35, locker.open_compartment),
            ]
        )

    def watch_block(self) -> None:
        self.some(
            [(0.7, watch.activity), (0.6, watch.daily), (0.2, watch.plan), (0.15, watch.watchface)]
        )
        self.next(WATCH_DEV, "watch_dev", 0.15)

    def guide_block(self) -> None:
        self.some(
            [
                (0.7, guide.tours),
                (0.7, guide.stop_audio),
                (0.5, guide.stop_audio),
                (0.5, guide.stop_reached),
                (0.1, guide.rating),
                (0.3, guide.landmarks),
            ]
        )
        self.next([guide.yt_watchtime], "guide_view", 0.2)

    def games_block(self) -> None:
        self.some(
            [
                (0.8, games.level_done),
                (0.4, games.replay),
                (0.3, games.leaderboard),
                (0.3, games.reward),
                (0.05, games.skan_zero),
            ]
        )
        self.next(GAME_DEV, "game_dev", 0.25)

    def kijk_block(self) -> None:
        self.some(
            [
                (0.6, kijk.catalogue),
                (0.8, kijk.segment),
                (0.7, kijk.segment),
                (0.5, kijk.segment),
                (0.6, kijk.thumb),
                (0.2, kijk.search),
            ]
        )
        self.next(KIJK_VIEW, "kijk_view", 0.7)


def generate_session(seed: int, target: int) -> tuple[Phone53, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.12, s.rota_block),
        (0.1, s.taal_block),
        (0.1, s.klik_block),
        (0.1, s.beurs_block),
        (0.1, s.reels_block),
        (0.1, s.cam_block),
        (0.08, s.locker_block),
        (0.08, s.watch_block),
        (0.06, s.guide_block),
        (0.08, s.games_block),
        (0.08, s.kijk_block),
    ]
    return s.finish(blocks, bg.BENIGN, target, 0.35)
