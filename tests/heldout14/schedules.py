"""The rotating schedules of sensitive events per app in the set-14 session:
each app block takes the next item, so that even a small set covers every
family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow

from . import ads, game, hearing, kids, meeting, meetseg, primevid, quran
from . import background as bg
from . import faceswap as fs
from . import rokuremote as roku

Gen = Callable[[Context], Flow]

MEET_BIO: list[Gen] = [
    meeting.engagement_report,
    meeting.framing_telemetry,
    meetseg.segment_engagement,
    meeting.avatar_sync,
    meeting.engagement_report,
    meeting.engagement_opaque,
    meeting.framing_telemetry,
]
MEET_DEV: list[Gen] = [meetseg.segment_plain, meeting.join]
KIDS_VIEW: list[Gen] = [
    kids.pinpoint,
    kids.lesson_progress,
    kids.watch_log,
    kids.pinpoint,
    kids.watch_opaque,
]
PV_VIEW: list[Gen] = [
    primevid.update_stream,
    primevid.pes_update,
    primevid.nexus_playback,
    primevid.update_stream,
    primevid.continue_watching,
    primevid.pes_update,
    primevid.minerva_opaque,
]
ROKU_VIEW: list[Gen] = [roku.now_playing, roku.media_player, roku.continue_sync, roku.now_playing]
ROKU_DEV: list[Gen] = [roku.device_info, roku.link_device, roku.log_event, roku.cloud_opaque]
HEAR_BIO: list[Gen] = [
    hearing.ownvoice_enrol,
    hearing.speaker_profile,
    hearing.voice_opaque,
    hearing.speaker_profile,
]
HEAR_DEV: list[Gen] = [
    hearing.register_aids,
    hearing.battery,
    hearing.program_change,
    hearing.battery,
]
FACE_BIO: list[Gen] = [
    fs.fpp_detect,
    fs.render_swap,
    fs.fpp_merge,
    fs.aging_job,
    fs.fpp_detect_b64,
    fs.lookalike,
    fs.render_swap,
    fs.face_opaque,
]
QURAN_VIEW: list[Gen] = [
    quran.listening_session,
    quran.resume_sync,
    quran.listening_session,
    quran.history_opaque,
]
GAME_DEV: list[Gen] = [
    ads.aps_bid,
    ads.is_outcome,
    ads.aps_bid,
    ads.is_init,
    game.login,
    ads.aps_config,
    game.stats_opaque,
    ads.is_outcome,
    ads.is_init_encrypted,
]
FIRE_DEV: list[Gen] = [bg.device_metrics, bg.ota_check, bg.device_metrics, bg.det_log]
