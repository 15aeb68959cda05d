"""What each app does in one visit of the set-57 session, as data.

An app visit throws the dice on its ordinary flows (probability, generator),
then on its sensitive schedules (probability, rotating schedule): sensitive
events rotate so that even a small set shows every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tests.heldout.flowmodel import Context, Flow

from . import (
    bank,
    drawing,
    games,
    grocer,
    homes,
    kidstv,
    parking,
    pharmacy,
    reo,
    ride,
    school,
    solar,
    surf,
)

Gen = Callable[[Context], Flow]


@dataclass(frozen=True)
class App:
    name: str
    weight: float
    ordinary: list[tuple[float, Gen]]
    sensitive: list[tuple[float, list[Gen]]]


KIDS_VIEW: list[Gen] = [
    kidstv.watch_log, kidstv.segment_heartbeat, kidstv.continue_watching,
    kidstv.progress_put, kidstv.watch_log, kidstv.opaque_beacon,
]  # fmt: skip
BANK_BIO: list[Gen] = [
    bank.rekognition_compare, bank.liveness_result, bank.voice_enrol,
    bank.voice_verify, bank.voice_enrol, bank.voice_opaque,
]  # fmt: skip
SOLAR_DEV: list[Gen] = [
    solar.telemetry, solar.gateway_status, solar.commission, solar.telemetry, solar.firmware_blob,
]  # fmt: skip
DRAW_BIO: list[Gen] = [drawing.facepaint_sync, drawing.facepaint_sync, drawing.facepaint_compact]

APPS: list[App] = [
    App("kids", 0.10, [
        (0.6, kidstv.catalogue), (0.8, kidstv.hls_segment), (0.7, kidstv.hls_segment),
        (0.5, kidstv.hls_segment), (0.25, kidstv.search),
    ], [(0.6, KIDS_VIEW)]),
    App("school", 0.10, [
        (0.7, school.reading_log), (0.4, school.reading_history), (0.5, school.homework_timer),
        (0.4, school.notices), (0.4, school.audiobook_chunk), (0.2, school.audiobook_chunk),
    ], [(0.2, [school.listen_log])]),
    App("reo", 0.08, [
        (0.8, reo.spoken_answer), (0.5, reo.spoken_answer), (0.6, reo.lesson_progress),
        (0.3, reo.kupu_streak), (0.4, reo.voice_sample_tts),
    ], [(0.25, [reo.video_watched])]),
    App("draw", 0.09, [
        (0.9, drawing.strokes), (0.6, drawing.strokes), (0.4, drawing.face_template),
        (0.3, drawing.gallery_upload), (0.3, drawing.stickers), (0.2, drawing.timelapse_export),
        (0.02, drawing.install_ping),
    ], [(0.3, DRAW_BIO)]),
    App("games", 0.10, [
        (0.7, games.replay), (0.7, games.level_timer), (0.3, games.avatar),
        (0.3, games.rewarded_grant), (0.2, games.skan_postback),
    ], [(0.35, [games.unity_auction, games.applovin_mediate, games.unity_auction])]),
    App("homes", 0.09, [
        (0.7, homes.listing), (0.6, homes.recently_viewed), (0.4, homes.inspections),
        (0.5, homes.floorplan), (0.5, homes.tour_segment), (0.3, homes.price_history),
    ], []),
    App("parking", 0.07, [
        (0.7, parking.bays), (0.5, parking.start_session), (0.4, parking.extend),
        (0.4, parking.meter_lookup), (0.03, parking.register),
    ], []),
    App("grocer", 0.08, [
        (0.6, grocer.recently_viewed), (0.6, grocer.price_series), (0.5, grocer.specials),
        (0.3, grocer.receipt), (0.4, grocer.recommendations),
    ], [(0.2, [grocer.appsflyer_launch, grocer.appsflyer_event])]),
    App("solar", 0.06, [(0.7, solar.tariffs), (0.5, solar.savings)], [(0.3, SOLAR_DEV)]),
    App("surf", 0.07, [
        (0.8, surf.marine), (0.6, surf.report), (0.6, surf.cam_segment),
        (0.5, surf.cam_segment), (0.2, surf.favourites),
    ], [(0.15, [surf.watch_session])]),
    App("pharmacy", 0.05, [
        (0.6, pharmacy.escript), (0.5, pharmacy.locker), (0.5, pharmacy.viewed_products),
        (0.1, pharmacy.sign_in),
    ], []),
    App("ride", 0.06, [
        (0.8, ride.quote), (0.6, ride.trip_route), (0.5, ride.driver),
        (0.5, ride.driver_photo), (0.3, ride.rate_trip),
    ], [(0.25, [ride.risk_check, ride.fingerprint_blob, ride.risk_check])]),
    App("bank", 0.05, [
        (0.8, bank.balances), (0.6, bank.transactions), (0.1, bank.bind_device),
    ], [(0.75, BANK_BIO), (0.35, BANK_BIO)]),
]  # fmt: skip
