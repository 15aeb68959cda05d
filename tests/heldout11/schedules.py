"""The rotating schedules of sensitive events per app in the set-11 session:
every family (opaque ones too) shows up even in a small set.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow

from . import gym, hms, hume, interview, kpop, lock, news, radio, transit, watch

Gen = Callable[[Context], Flow]


def ha_gen(app: str, media: bool = False) -> Gen:
    return lambda c: hms.hianalytics(c, app, media)


def ad_gen(app: str) -> Gen:
    return lambda c: hms.petal_ad(c, app)


LOCK_BIO: list[Gen] = [lock.unlock_event, lock.face_enrol, lock.unlock_event, lock.face_sync_opaque]
LOCK_DEV: list[Gen] = [lock.device_list, lock.bind_lock, lock.ble_adv_upload, lock.device_list]
KPOP_BIO: list[Gen] = [
    kpop.face_insight,
    kpop.tryon_analytics,
    kpop.face_mesh,
    kpop.tryon_analytics,
    kpop.ar_frame_pb,
]
KPOP_VIEW: list[Gen] = [
    kpop.live_heartbeat,
    kpop.replay_progress,
    kpop.live_heartbeat,
    kpop.beacon_opaque,
    ha_gen("kpop", True),
]
IVIEW_BIO: list[Gen] = [
    interview.frame_scores,
    interview.voice_tone,
    interview.answer_upload,
    hume.hume_job,
    interview.voice_enrol,
    hume.hume_predictions,
    interview.frame_scores,
    interview.chunk_upload_opaque,
]
RADIO_VIEW: list[Gen] = [
    radio.listen_session,
    radio.recents_sync,
    radio.podcast_progress,
    radio.listen_session,
    ha_gen("radio", True),
]
RADIO_DEV: list[Gen] = [
    radio.adswizz_vast,
    radio.triton_stream,
    radio.ad_config,
    radio.triton_ad,
    radio.adswizz_stream,
]
METRO_BIO: list[Gen] = [
    transit.trips,
    transit.face_enrol,
    transit.liveness_frames,
    transit.trips,
    transit.gate_event_opaque,
]
WATCH_DEV: list[Gen] = [
    watch.location,
    watch.watch_info,
    watch.video_call,
    watch.location,
    watch.status_frame_opaque,
    watch.bind,
]
NEWS_VIEW: list[Gen] = [
    news.jw_play,
    news.jw_quantile,
    lambda c: news.comscore(c, "play"),
    news.jw_quantile,
    news.comscore,
    news.jw_abandon,
]
GYM_BIO: list[Gen] = [
    gym.checkins,
    gym.embedding_sync,
    gym.compreface_enrol,
    gym.checkins,
    gym.gate_token_opaque,
]
