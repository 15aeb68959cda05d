"""What each set-44 app sends when it sends something sensitive, in rotation:
every family of every app shows up, opaque ones too, even in a small set."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow

from . import ads, beauty, forja, naghma, ride, sahra, tilawa, tvacr, wallet

Gen = Callable[[Context], Flow]

SAHRA_VIEW: list[Gen] = [
    sahra.heartbeat,
    sahra.mosahdat_log,
    sahra.heartbeat,
    sahra.kamel_el_mosahda,
    sahra.opaque_beacon,
    sahra.heartbeat,
]
FORJA_VIEW: list[Gen] = [
    forja.progression,
    forja.tfrrej_log,
    forja.npaw_start,
    forja.reprendre,
    forja.progression,
]
NAGHMA_VIEW: list[Gen] = [
    naghma.recently_played,
    naghma.play_report,
    naghma.hianalytics,
    naghma.play_report,
]
TILAWA_VIEW: list[Gen] = [
    tilawa.recitation_resume,
    tilawa.podcast_progress,
    tilawa.khatma,
    tilawa.recitation_resume,
    tilawa.packed_sync,
]
TV_VIEW: list[Gen] = [
    tvacr.acr_match,
    tvacr.acr_report,
    tvacr.tune_log,
    tvacr.acr_match,
    tvacr.acr_protobuf,
]
WALLET_BIO: list[Gen] = [
    wallet.facepp_compare,
    wallet.face_template,
    wallet.voice_verify,
    wallet.voice_enrol,
    wallet.face_template,
    wallet.risk_envelope,
    wallet.voice_verify,
]
RIDE_BIO: list[Gen] = [ride.azure_detect, ride.landmarks, ride.selfie_upload, ride.landmarks]
BEAUTY_BIO: list[Gen] = [
    beauty.face_mesh,
    beauty.blendshapes,
    beauty.skin_report,
    beauty.photo_upload,
    beauty.blendshapes,
    beauty.opaque_result,
    beauty.face_mesh,
]
ADS: list[Gen] = [
    ads.hms_ad_request,
    ads.pangle_get_ads,
    ads.mintegral_ad,
    ads.unity_request,
    ads.hms_ad_event,
    ads.pangle_stats,
    ads.unity_operative,
    ads.mintegral_setting,
]
