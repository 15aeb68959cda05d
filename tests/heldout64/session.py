"""The script of the set-64 session: a courier's working day on the border, app
after app, with ordinary background traffic in between. It is a precision
stress set: the apps mostly send look-alikes (decoys); the few truly sensitive
events rotate through a schedule per app so that every family shows, opaque
ones too, even in a small set.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background as bg
from . import (
    church,
    civic,
    courier,
    fleet,
    fuel,
    games,
    grocery,
    maps,
    music,
    remesa,
    soccer,
    translate,
    wearables,
)
from .phone import Phone64

START = 1764489600.0  # 2025-11-30T08:00:00Z

Gen = Callable[[Context], Flow]

COURIER_DEV: list[Gen] = [
    courier.register_device,
    courier.imei_header,
    courier.shift_ping,
    courier.imei_header,
    bg.fid_register,
]
SOCCER_VIEW: list[Gen] = [soccer.npaw_start, soccer.npaw_ping, soccer.npaw_ping]
CHURCH_VIEW: list[Gen] = [church.sermon_progress, church.listened, church.sermon_progress]
GAME_DEV: list[Gen] = [games.unity_fill, games.unity_fill, games.unity_opaque]
GAME_BIO: list[Gen] = [games.mask_blendshapes, games.mask_mesh, games.mask_blendshapes]
MUSIC_VIEW: list[Gen] = [
    music.play_log,
    music.now_playing,
    music.keep_listening,
    music.now_playing,
    music.beacon,
    music.play_log,
]
REMESA_BIO: list[Gen] = [
    remesa.veriff_face,
    remesa.liveness_landmarks,
    remesa.face_template,
    remesa.voice_enrol,
    remesa.veriff_face,
    remesa.selfie_opaque,
]
REMESA_DEV: list[Gen] = [remesa.adjust_session, remesa.device_header]
WEAR_DEV: list[Gen] = [wearables.buds_firmware, wearables.watch_register, wearables.watch_path]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone64.make, START)

    def next(self, schedule: list[Gen], key: str, prob: float = 1.0) -> None:
        if prob >= 1.0 or self.p(prob):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            bg.generate_204(c),
            bg.time_sync(c),
            bg.fid_register(c),
            courier.register_device(c),
            bg.remote_config(c),
            fleet.logbook(c),
            courier.route_stops(c),
            civic.wait_times(c),
        ]

    def courier_block(self) -> None:
        self.some(
            [
                (0.3, courier.route_stops),
                (0.9, courier.scan),
                (0.7, courier.scan),
                (0.5, courier.signature),
                (0.5, courier.pod_photo),
                (0.5, courier.breadcrumbs),
            ]
        )
        self.next(COURIER_DEV, "courier_dev", 0.07)

    def fleet_block(self) -> None:
        self.some(
            [
                (0.7, fleet.hos_event),
                (0.6, fleet.engine_snapshot),
                (0.3, fleet.logbook),
                (0.2, fleet.dvir),
                (0.08, fleet.dms_event),
            ]
        )

    def fuel_block(self) -> None:
        self.some([(0.7, fuel.stations), (0.6, fuel.authorize), (0.5, fuel.receipt)])

    def civic_block(self) -> None:
        self.some(
            [
                (0.8, civic.wait_times),
                (0.4, civic.wait_history),
                (0.3, civic.crossing_report),
                (0.4, civic.parking_start),
            ]
        )

    def maps_block(self) -> None:
        self.some(
            [
                (0.7, maps.traffic_flow),
                (0.8, maps.tile),
                (0.5, maps.tile),
                (0.5, maps.forecast),
                (0.4, maps.radar),
            ]
        )

    def translate_block(self) -> None:
        self.some(
            [(0.9, translate.recognize), (0.8, translate.translate), (0.5, translate.synthesize)]
        )

    def soccer_block(self) -> None:
        self.some(
            [
                (0.8, soccer.live),
                (0.5, soccer.most_watched),
                (0.6, soccer.thumb),
                (0.4, soccer.segment),
                (0.1, soccer.favorites),
            ]
        )
        self.next(SOCCER_VIEW, "soccer_view", 0.3)

    def grocery_block(self) -> None:
        self.some(
            [
                (0.6, grocery.recently_viewed),
                (0.6, grocery.search),
                (0.7, grocery.product_image),
                (0.3, grocery.cart),
                (0.04, grocery.login),
            ]
        )

    def church_block(self) -> None:
        self.some(
            [
                (0.5, church.catalogue),
                (0.6, church.bible_position),
                (0.15, church.giving),
                (0.2, church.prayer),
            ]
        )
        self.next(CHURCH_VIEW, "church_view", 0.45)

    def games_block(self) -> None:
        self.some([(0.7, games.camera), (0.3, games.avatar), (0.6, games.level_done)])
        self.next(GAME_DEV, "game_dev", 0.3)
        self.next(GAME_BIO, "game_bio", 0.4)

    def music_block(self) -> None:
        self.some(
            [
                (0.4, music.charts),
                (0.4, music.lyrics),
                (0.8, music.audio_segment),
                (0.3, music.artist),
            ]
        )
        self.next(MUSIC_VIEW, "music_view", 0.7)

    def remesa_block(self) -> None:
        self.some([(0.7, remesa.rates), (0.3, remesa.beneficiary), (0.4, remesa.transfer)])
        self.next(REMESA_BIO, "remesa_bio", 0.8)
        self.next(REMESA_DEV, "remesa_dev", 0.3)

    def wear_block(self) -> None:
        self.next(WEAR_DEV, "wear_dev")


def generate_session(seed: int, target: int) -> tuple[Phone64, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.20, s.courier_block),
        (0.10, s.fleet_block),
        (0.06, s.fuel_block),
        (0.08, s.civic_block),
        (0.08, s.maps_block),
        (0.06, s.translate_block),
        (0.08, s.soccer_block),
        (0.06, s.grocery_block),
        (0.05, s.church_block),
        (0.08, s.games_block),
        (0.06, s.music_block),
        (0.07, s.remesa_block),
        (0.03, s.wear_block),
    ]
    return s.finish(blocks, bg.BENIGN, target, 0.4)
