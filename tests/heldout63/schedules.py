"""Per-app schedules of the set-63 session: the sensitive events each app
block rotates through (so that even a small set covers every family)."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow

from . import (
    adsdk,
    anime,
    catchup,
    ekyc,
    karaoke,
    konbini,
    linear,
    music,
    radio,
    simul,
    svod,
    tvset,
)

Gen = Callable[[Context], Flow]


def _a(fn: Callable[..., Flow], *args: str) -> Gen:
    return lambda c: fn(c, *args)


CU_VIEW: list[Gen] = [
    catchup.shichou_log,
    catchup.heartbeat,
    catchup.heartbeat,
    catchup.opaque_beacon,
    catchup.shichou_log,
]
CU_DEV: list[Gen] = [
    _a(adsdk.adjust_session, "tver"),
    catchup.device_register,
    _a(adsdk.adjust_session, "tver", "event"),
]
LIN_VIEW: list[Gen] = [
    linear.slot_heartbeat,
    linear.progress_pb,
    linear.history_list,
    linear.slot_heartbeat,
]
LIN_DEV: list[Gen] = [
    linear.users,
    _a(adsdk.appsflyer, "abema"),
    _a(adsdk.appsflyer, "abema", "af_content_view"),
]
SV_VIEW: list[Gen] = [svod.resume, svod.watch_log_gql, svod.continue_row, svod.resume]
SV_DEV: list[Gen] = [svod.device_info, _a(adsdk.repro_events, "unext")]
SIM_VIEW: list[Gen] = [simul.heartbeat, simul.heartbeat, simul.sealed_qoe]
RAD_VIEW: list[Gen] = [radio.listen_log, radio.listen_log_batch, radio.listen_log]
ANI_VIEW: list[Gen] = [anime.shichou, anime.tsudukikara, anime.shichou]
ANI_ADS: list[Gen] = [
    adsdk.nend_ad,
    _a(adsdk.applovin_ad, "anime"),
    adsdk.imobile_ad,
    adsdk.five_ad,
    _a(adsdk.admob, "anime"),
]
MUS_VIEW: list[Gen] = [music.playlog_grpc, music.recently_played]
MUS_DEV: list[Gen] = [_a(adsdk.admob, "music"), _a(adsdk.firebase_install, "music")]
TV_VIEW: list[Gen] = [
    tvset.acr_fingerprints,
    tvset.acr_match,
    tvset.acr_fingerprints,
    tvset.watch_next,
    tvset.acr_opaque,
]
TV_DEV: list[Gen] = [tvset.tv_register, tvset.remote_pair]
KYC_BIO: list[Gen] = [
    ekyc.trustdock_selfie,
    ekyc.liveness_frames,
    ekyc.polarify_template,
    ekyc.face_match_result,
    ekyc.kao_landmarks,
    ekyc.sealed_ekyc,
    ekyc.kao_landmarks,
]
KYC_DEV: list[Gen] = [ekyc.bank_device, ekyc.sec_device, _a(adsdk.adjust_session, "sec")]
KAR_BIO: list[Gen] = [
    karaoke.voice_verify,
    karaoke.voice_enrol,
    karaoke.voice_verify,
    karaoke.voice_verify_sealed,
]
KAR_DEV: list[Gen] = [
    _a(adsdk.appsflyer, "kara"),
    _a(adsdk.admob, "kara"),
    _a(adsdk.applovin_ad, "kara"),
]
KON_DEV: list[Gen] = [
    konbini.app_install,
    _a(adsdk.adjust_session, "konbi"),
    _a(adsdk.appsflyer, "konbi", "af_purchase"),
    konbini.coupons,
]
