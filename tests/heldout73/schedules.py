"""The rotating schedules of sensitive events per app in the set-73 session:
each app's events come round in turn, so that even a small set holds every
family of every category, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from tests.heldout.flowmodel import Context, Flow

from . import (
    delivery,
    ekyc,
    firebase,
    football,
    heytap,
    karaoke,
    lakorn,
    phimviet,
    sachnoi,
    samsungtv,
    sdks,
    voicebank,
    wallet,
)

Gen = Callable[[Context], Flow]

PHIM_VIEW: list[Gen] = [
    phimviet.watch_log,
    phimviet.progress_sync,
    phimviet.continue_watching,
    phimviet.watch_log,
    phimviet.beacon_opaque,
    phimviet.progress_sync,
]
PHIM_DEV: list[Gen] = [
    phimviet.device_register,
    partial(sdks.appsflyer, app="phim"),
    firebase.fis,
    partial(sdks.zalo_ads, app="phim"),
    partial(sdks.admob, app="phim"),
]
LAKORN_VIEW: list[Gen] = [
    lakorn.history_thai,
    lakorn.heartbeat_roman,
    lakorn.continue_roman,
    lakorn.heartbeat_roman,
    partial(firebase.ga4, video=True),
]
LAKORN_DEV: list[Gen] = [
    lakorn.device_header,
    partial(sdks.adjust_session, app="lakorn"),
    lakorn.sig_opaque,
    firebase.ga4,
    sdks.pangle,
]
BONG_VIEW: list[Gen] = [
    football.live_heartbeat,
    football.live_heartbeat,
    football.highlight_watched,
    football.live_heartbeat_pb,
    football.live_heartbeat,
]
BONG_DEV: list[Gen] = [
    football.login,
    partial(sdks.admob, app="bong"),
    sdks.pangle_stats,
    sdks.pangle,
]
SING_VIEW: list[Gen] = [karaoke.listen_log, karaoke.recent_plays, karaoke.listen_log]
SING_BIO: list[Gen] = [
    karaoke.voice_clone_samples,
    karaoke.avatar_blendshapes,
    karaoke.timbre_embedding,
]
SING_DEV: list[Gen] = [karaoke.mic_pair, karaoke.mic_status, partial(sdks.appsflyer, app="sing")]
SACH_VIEW: list[Gen] = [
    sachnoi.chapter_progress,
    sachnoi.podcast_played,
    sachnoi.chapter_progress,
    sachnoi.session_report_pb,
]
SACH_DEV: list[Gen] = [sachnoi.install_ping, partial(sdks.adjust_session, app="sach")]
VI_BIO: list[Gen] = [
    ekyc.vnpt_add_file,
    ekyc.vnpt_liveness,
    ekyc.fpt_liveness,
    wallet.face_login,
    ekyc.vnpt_compare,
    ekyc.advance_compare,
    ekyc.fpt_checkface,
    wallet.face_login_opaque,
    wallet.face_login,
]
VI_DEV: list[Gen] = [wallet.device_bind, partial(sdks.appsflyer, app="vi")]
VOICE_BIO: list[Gen] = [
    voicebank.voice_otp,
    voicebank.enrol,
    voicebank.xvector,
    voicebank.voice_otp,
    voicebank.voiceprint_thai,
    voicebank.voice_opaque,
]
SHIP_BIO: list[Gen] = [
    delivery.selfie_check,
    delivery.mlkit_face,
    delivery.face_mesh,
    delivery.selfie_check,
    delivery.selfie_opaque,
]
SHIP_DEV: list[Gen] = [delivery.register, partial(sdks.adjust_session, app="ship")]
TV_VIEW: list[Gen] = [
    samsungtv.acr_report,
    samsungtv.tvplus_watch,
    samsungtv.acr_report,
    samsungtv.acr_fingerprint,
]
TV_DEV: list[Gen] = [
    samsungtv.tifa_ad,
    samsungtv.firmware_check,
    samsungtv.tv_config,
    samsungtv.tv_app_launch,
]
SYS_DEV: list[Gen] = [heytap.dcs_stats, heytap.ota_check]
