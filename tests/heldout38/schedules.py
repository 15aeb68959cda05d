"""Per-app schedules of sensitive events: each block takes the next one in turn,
so that every family (opaque ones too) shows even in a small set."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow

from . import chobighor, edu, game, kirtan, ride, sur, thirai, tv, vivo, wallet

Gen = Callable[[Context], Flow]

VIVO_DEV: list[Gen] = [
    vivo.ota_check,
    vivo.cloud_locate,
    vivo.stats_protobuf,
    vivo.warranty_activate,
    vivo.stats_encrypted,
    vivo.ota_check,
]
THIRAI_VIEW: list[Gen] = [
    thirai.watch_log,
    thirai.continue_sync,
    thirai.watch_log,
    thirai.heartbeat_opaque,
    thirai.watch_log,
    thirai.clevertap,
]
CHOBI_VIEW: list[Gen] = [
    chobighor.conviva_hb,
    chobighor.history,
    chobighor.conviva_hb,
    chobighor.resume_blob,
    chobighor.history,
    chobighor.mixpanel,
]
SUR_VIEW: list[Gen] = [sur.listen_log, sur.amplitude, sur.listen_log, sur.pixel_opaque]
KIRTAN_VIEW: list[Gen] = [kirtan.listened, kirtan.live_hb, kirtan.listened, kirtan.live_hb]
WALLET_BIO: list[Gen] = [
    wallet.hv_liveness,
    wallet.face_template,
    wallet.voice_verify,
    wallet.hv_facematch,
    wallet.voice_enrol,
    wallet.face_template,
    wallet.bio_envelope,
]
WALLET_DEV: list[Gen] = [wallet.device_bind, wallet.appsflyer]
RIDE_BIO: list[Gen] = [
    ride.selfie_check,
    ride.mlkit_meta,
    ride.rekognition,
    ride.selfie_check,
    ride.frame_opaque,
]
EDU_BIO: list[Gen] = [
    edu.blendshapes,
    edu.violation,
    edu.mesh_sample,
    edu.snapshot,
    edu.identity_check,
    edu.blendshapes,
    edu.packed_opaque,
    edu.violation,
]
TV_VIEW: list[Gen] = [tv.acr_report, tv.acr_fingerprints, tv.acr_report, tv.acr_opaque]
GAME_DEV: list[Gen] = [
    game.admob,
    game.unity_request,
    game.inmobi,
    game.mintegral,
    game.local_network,
    game.admob,
]
