"""Per-app schedules of sensitive events for the set-13 session: each app's
families rotate so that even a small set covers all of them, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow

from . import anime, anime_sdks, bank, kiosk, lenses, live, rhythm, rhythm_ads, school, sports

Gen = Callable[[Context], Flow]

SNAP_BIO: list[Gen] = [
    lenses.lens_landmarks,
    lenses.lens_expressions,
    lenses.lens_mesh,
    lenses.selfie_sticker,
    lenses.lens_landmarks,
    lenses.lens_telemetry_opaque,
]
BANK_BIO: list[Gen] = [
    bank.voice_verify,
    bank.voice_enrol,
    bank.speaker_embedding,
    bank.voice_verify,
    bank.stepup_opaque,
]
SCHOOL_BIO: list[Gen] = [
    school.rek_search,
    school.checkin_template,
    school.attendance_match,
    school.rek_index,
    school.rek_search,
    school.offline_queue_opaque,
]
KIOSK_BIO: list[Gen] = [
    kiosk.face_check_results,
    kiosk.face_check_upload,
    kiosk.azure_detect,
    kiosk.face_check_results,
    kiosk.quality_vector_opaque,
]
ANIME_VIEW: list[Gen] = [
    anime.playhead_save,
    anime_sdks.mux_beacon,
    anime_sdks.conviva_hb,
    anime_sdks.segment_video,
    anime.offline_playheads,
    anime.playhead_save,
    lambda c: anime_sdks.segment_video(c, "Video Content Completed"),
    anime_sdks.conviva_hb,
]
LIVE_VIEW: list[Gen] = [
    live.minute_watched,
    live.vod_position,
    live.ivs_events,
    live.minute_watched,
    live.beacon_opaque,
    live.vod_position,
]
GAME_DEV: list[Gen] = [
    rhythm_ads.admob,
    rhythm_ads.vungle_ads,
    rhythm_ads.pangle_stats,
    rhythm_ads.dt_exchange,
    rhythm_ads.pangle_get_ads,
    rhythm_ads.admob,
    rhythm.session_start,
    rhythm.anticheat_opaque,
]
SPORT_DEV: list[Gen] = [
    sports.workout_upload,
    sports.watch_header,
    sports.sensors_register,
    sports.strap_firmware,
    sports.watch_sync_pb,
    sports.device_sync,
    sports.signed_ping,
]
