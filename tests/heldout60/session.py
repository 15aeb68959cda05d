"""The script of the set-60 session: a student's Pixel 7a in Sweden, Norway and
Finland, mostly ordinary apps (transport, campus, food, ski, gym, recycling,
radar, marketplace, laundry booking, language, a game), a TV / podcast app and
a bank, with background traffic in between. Sensitive events are rare on
purpose (a precision stress set); they rotate through a schedule per app so
that every family shows even in a small set.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background as bg
from . import (
    bank,
    booking,
    campus,
    food,
    game,
    gym,
    lingo,
    market,
    radar,
    recycle,
    ski,
    stream,
    transit,
)
from .phone import Phone60

START = 1732608000.0  # 2024-11-26T08:00:00Z

Gen = Callable[[Context], Flow]
Table = list[tuple[float, Gen]]

SCHEDULES: dict[str, list[Gen]] = {
    "transit_dev": [
        transit.ticket_list,
        transit.bind_device,
        transit.ticket_sync_opaque,
        transit.ticket_list,
    ],
    "campus_view": [campus.lecture_progress, campus.lecture_history, campus.lecture_progress],
    "food_dev": [
        food.appsflyer_launch,
        bg.remote_config,
        food.firebase_install,
        food.appsflyer_launch,
    ],
    "gym_dev": [gym.hr_session, gym.hr_pair, gym.hr_session],
    "gym_view": [gym.video_progress],
    "gym_bio": [gym.face_enrol, gym.face_checkin_opaque, gym.face_enrol],
    "game_dev": [game.unity_request, game.unity_config, game.save_game, game.unity_request],
    "tv_view": [
        stream.npaw_ping,
        stream.progress,
        stream.continue_watching,
        stream.npaw_ping,
        stream.progress_opaque,
    ],
    "tv_dev": [stream.license_request, stream.register_device],
    "pod_view": [stream.podcast_listen, stream.music_plays],
    "bank_bio": [
        bank.onfido_live_photo,
        bank.face_match_result,
        bank.voice_enrol,
        bank.face_embedding,
        bank.liveness_opaque,
    ],
    "lingo_view": [lingo.clip_watch],
    "market_dev": [market.firebase_install],
}

NEGATIVES: dict[str, Table] = {
    "transit": [
        (0.9, transit.departures),
        (0.6, transit.vehicles),
        (0.4, transit.hsl_route),
        (0.5, transit.ticket_qr),
        (0.2, transit.ticket_validate),
    ],
    "campus": [
        (0.8, campus.schema),
        (0.5, campus.room_sensors),
        (0.6, campus.ebook_position),
        (0.5, campus.ebook_position),
        (0.3, campus.loans),
        (0.3, campus.union_events),
        (0.1, campus.exam_signup),
        (0.05, campus.login),
    ],
    "food": [
        (0.8, food.restaurants),
        (0.7, food.recently_viewed),
        (0.5, food.recently_viewed),
        (0.6, food.courier_eta),
        (0.5, food.courier_eta),
        (0.4, food.order),
    ],
    "ski": [
        (0.4, ski.pass_reload),
        (0.8, ski.queue_times),
        (0.6, ski.run_track),
        (0.4, ski.gate_scans),
        (0.4, ski.snow_report),
        (0.3, ski.ski_stats),
    ],
    "gym": [
        (0.8, gym.qr_entry),
        (0.6, gym.class_timer),
        (0.4, gym.book_class),
        (0.35, gym.pose_reps),
    ],
    "recycle": [
        (0.7, recycle.pair_machine),
        (0.8, recycle.receipt),
        (0.4, recycle.machines_near),
        (0.3, recycle.history),
    ],
    "radar": [
        (0.9, radar.wms_frame),
        (0.8, radar.wms_frame),
        (0.7, radar.nowcast),
        (0.6, radar.loop_state),
        (0.6, radar.tile_ids),
        (0.5, radar.ad_request),
    ],
    "market": [
        (0.7, market.watched),
        (0.8, market.recently_viewed),
        (0.5, market.recently_viewed),
        (0.6, market.price_history),
        (0.3, market.listing_video),
        (0.6, market.search),
        (0.3, market.seller_profile),
    ],
    "booking": [
        (0.8, booking.slots),
        (0.5, booking.book),
        (0.6, booking.machine_status),
        (0.4, booking.sauna_temp),
    ],
    "lingo": [
        (0.9, lingo.pronunciation),
        (0.6, lingo.pronunciation),
        (0.6, lingo.score_sync),
        (0.4, lingo.mouth_guide),
        (0.5, lingo.tts),
    ],
    "game": [(0.7, game.camera_state), (0.35, game.avatar), (0.5, game.leaderboard)],
    "tv": [
        (0.6, stream.catalogue),
        (0.8, stream.segment),
        (0.6, stream.segment),
        (0.3, stream.podcast_feed),
    ],
    "bank": [(0.7, bank.transactions), (0.3, bank.kyc_form), (0.3, bank.card_controls)],
}

SENSITIVE: dict[str, list[tuple[float, str]]] = {
    "transit": [(0.16, "transit_dev")],
    "campus": [(0.3, "campus_view")],
    "food": [(0.28, "food_dev")],
    "ski": [],
    "gym": [(0.18, "gym_dev"), (0.2, "gym_view"), (0.4, "gym_bio")],
    "recycle": [],
    "radar": [],
    "market": [(0.06, "market_dev")],
    "booking": [],
    "lingo": [(0.18, "lingo_view")],
    "game": [(0.3, "game_dev")],
    "tv": [(0.6, "tv_view"), (0.12, "tv_dev"), (0.35, "pod_view")],
    "bank": [(0.9, "bank_bio"), (0.12, "bank_dev")],
}
SCHEDULES["bank_dev"] = [bank.bind_device]

WEIGHTS: dict[str, float] = {
    "transit": 0.11,
    "campus": 0.1,
    "food": 0.09,
    "ski": 0.07,
    "gym": 0.08,
    "recycle": 0.06,
    "radar": 0.08,
    "market": 0.09,
    "booking": 0.06,
    "lingo": 0.07,
    "game": 0.07,
    "tv": 0.07,
    "bank": 0.08,
}


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone60.make, START)

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            bg.generate_204(c),
            bg.time_sync(c),
            food.firebase_install(c),
            transit.bind_device(c),
            stream.register_device(c),
            radar.nowcast(c),
            transit.departures(c),
        ]

    def block(self, app: str) -> Callable[[], None]:
        """One visit to an app: its ordinary calls, then maybe a sensitive one."""

        def run() -> None:
            self.some(NEGATIVES[app])
            for prob, key in SENSITIVE[app]:
                if self.p(prob):
                    self.flows.append(self.pick(SCHEDULES[key], key)(self.ctx))

        return run


def generate_session(seed: int, target: int) -> tuple[Phone60, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [(w, s.block(app)) for app, w in WEIGHTS.items()]
    return s.finish(blocks, bg.BENIGN, target, 0.45)
