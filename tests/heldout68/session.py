"""The script of the set-68 session: a tourist's Pixel 9 across Spain, Italy and
the USA. Ordinary travel apps (airline, hotel, car rental, audio guide,
translator, landmark photos, scooters, eSIM, maps, restaurants, games) make most
of the traffic, all of it look-alike decoys; the few truly sensitive flows
(the tourist's own streaming app, optional face boarding and a voice profile,
ad SDKs with the GAID, her earbuds, the eSIM compatibility check) rotate
through schedules so that even a small set shows every family.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Flow
from tests.heldout.labelled import SessionBase

from . import (
    airline,
    audioguide,
    background,
    carrental,
    citymisc,
    earbuds,
    esim,
    games,
    hotel,
    ife,
    mobility,
    photos,
    stream,
    translate,
)
from .phone import Phone68
from .schedules import ADS, BUDS, FACE, VIEW, VOICE, Gen

START = 1763712000.0  # 2025-11-21T08:00:00Z


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone68.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            stream.register(c),
            earbuds.pair(c),
            esim.compat_check(c),
            games.game_login(c),
            background.flags(c),
        ]

    def air_block(self) -> None:
        a = airline
        self.some(
            [
                (0.5, a.boarding_pass),
                (0.2, a.wallet_pass),
                (0.4, a.seat_map),
                (0.4, a.flight_status),
                (0.6, ife.ife_catalogue),
                (0.4, ife.ife_catalogue),
                (0.4, ife.ife_title),
                (0.3, a.bag_tracking),
                (0.25, a.checkin),
            ]
        )
        if self.p(0.55):
            self.next(FACE, "face")

    def hotel_block(self) -> None:
        h = hotel
        self.some(
            [
                (0.6, h.room_key),
                (0.5, h.unlock_log),
                (0.4, h.tv_pair),
                (0.5, h.tv_status),
                (0.5, h.tv_lineup),
                (0.3, h.room_service),
            ]
        )

    def car_block(self) -> None:
        r = carrental
        self.some(
            [
                (0.5, r.reservation),
                (0.7, r.telematics),
                (0.5, r.digital_key),
                (0.6, r.trip_track),
                (0.3, r.damage_photos),
            ]
        )

    def guide_block(self) -> None:
        g = audioguide
        self.some(
            [
                (0.7, g.percorsi),
                (0.2, g.tour_pack),
                (0.7, g.beacon_ranging),
                (0.6, g.opera),
                (0.7, g.track_audio),
                (0.5, g.track_audio),
                (0.15, g.valutazione),
            ]
        )

    def translate_block(self) -> None:
        t = translate
        self.some(
            [
                (0.8, t.stt),
                (0.6, t.tts),
                (0.6, t.translate_text),
                (0.3, t.conversation_log),
                (0.4, t.stt),
            ]
        )
        if self.p(0.12):
            self.next(VOICE, "voice")

    def photo_block(self) -> None:
        p = photos
        self.some(
            [
                (0.8, p.vision_landmark),
                (0.5, p.landmark_match),
                (0.4, p.scene_tags),
                (0.3, p.album_sync),
                (0.6, p.thumb),
                (0.4, p.thumb),
            ]
        )

    def mobility_block(self) -> None:
        m = mobility
        self.some([(0.7, m.gbfs), (0.5, m.unlock), (0.6, m.ride_telemetry), (0.4, m.end_ride)])

    def esim_block(self) -> None:
        e = esim
        self.some([(0.6, e.plans), (0.25, e.install), (0.7, e.usage), (0.2, e.compat_check)])

    def city_block(self) -> None:
        m = citymisc
        self.some(
            [
                (0.8, m.osm_tile),
                (0.6, m.osm_tile),
                (0.6, m.route),
                (0.4, m.vehicles),
                (0.3, m.availability),
                (0.2, m.booking),
                (0.3, m.reviews),
            ]
        )

    def game_block(self) -> None:
        g = games
        self.some(
            [
                (0.7, g.card_move),
                (0.5, g.card_move),
                (0.6, g.runner_telemetry),
                (0.3, g.leaderboard),
            ]
        )
        if self.p(0.6):
            self.next(ADS, "ads")

    def stream_block(self) -> None:
        s = stream
        self.some(
            [
                (0.6, s.catalogue),
                (0.7, s.artwork),
                (0.5, s.artwork),
                (0.3, s.trailer),
                (0.3, s.search),
                (0.4, s.drm_license),
            ]
        )
        for _ in range(int(self.p(0.75)) + int(self.p(0.25))):
            self.next(VIEW, "view")

    def buds_block(self) -> None:
        e = earbuds
        self.some([(0.4, e.eq_preset), (0.3, e.shop)])
        if self.p(0.5):
            self.next(BUDS, "buds")


def generate_session(seed: int, target: int) -> tuple[Phone68, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.12, s.air_block),
        (0.09, s.hotel_block),
        (0.08, s.car_block),
        (0.09, s.guide_block),
        (0.09, s.translate_block),
        (0.09, s.photo_block),
        (0.08, s.mobility_block),
        (0.06, s.esim_block),
        (0.09, s.city_block),
        (0.08, s.game_block),
        (0.10, s.stream_block),
        (0.05, s.buds_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
