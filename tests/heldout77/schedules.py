"""The per-app schedules of sensitive events the set-77 session rotates through,
so that every family (opaque ones too) shows even in a small set."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow

from . import bank, koora, layali, mashahid, podcast, ride, sdks, tilawa, vision, voicebank

Gen = Callable[[Context], Flow]

MS_VIEW: list[Gen] = [
    mashahid.watch_log,
    mashahid.heartbeat,
    mashahid.clevertap_watched,
    mashahid.continue_watching,
    mashahid.heartbeat,
    mashahid.qoe_opaque,
]
LY_VIEW: list[Gen] = [
    layali.arabic_log,
    layali.progress,
    layali.moengage_stopped,
    layali.progress_protobuf,
    layali.progress,
]
KO_VIEW: list[Gen] = [
    koora.live_heartbeat,
    koora.watch_session_end,
    koora.live_heartbeat,
    koora.clevertap_stream,
]
TI_VIEW: list[Gen] = [
    tilawa.listening_progress,
    tilawa.nasheed_log,
    tilawa.recent_listens,
    tilawa.moengage_played,
]
PO_VIEW: list[Gen] = [
    podcast.play_report,
    podcast.progress_sync,
    podcast.history,
    podcast.stats_beacon,
    podcast.play_report,
]
TV_VIEW: list[Gen] = [
    vision.acr_report,
    vision.tv_watch_stats,
    vision.acr_report,
    vision.acr_binary,
]
TV_DEV: list[Gen] = [vision.device_list, vision.pair_screen]
BANK_BIO: list[Gen] = [
    bank.dis_selfie,
    bank.face_login,
    bank.dis_liveness_selfie,
    bank.uqudo_match,
    bank.face_login,
    bank.dis_face_create,
    bank.kyc_bundle_opaque,
]
VOICE_BIO: list[Gen] = [
    voicebank.verify,
    voicebank.enrol,
    voicebank.verify,
    voicebank.voiceprint_refresh,
    voicebank.verify_opaque,
]
RIDE_BIO: list[Gen] = [ride.selfie_check, ride.mlkit_face, ride.selfie_check]


def sdk_schedule(app: str) -> list[Gen]:
    return [
        lambda c: sdks.adjust_session(c, app),
        lambda c: sdks.hms_analytics(c, app),
        lambda c: sdks.petal_ads(c, app),
        lambda c: sdks.appsflyer_launch(c, app),
        lambda c: sdks.fraud_shield(c, app),
    ]
