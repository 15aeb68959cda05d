"""Per-app schedules of the set-54 session: each app's sensitive (and opaque)
events in the order they rotate, so that every family shows even in a small set.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow

from . import adsdk, attrib, banco, futbol, gym, musica, novelas, presta, telco, tvlg

Gen = Callable[[Context], Flow]

NOVELA_VIEW: list[Gen] = [
    novelas.watch_log,
    lambda c: novelas.youbora(c, "start"),
    novelas.youbora,
    novelas.continue_watching,
    novelas.opaque_beacon,
    novelas.watch_log,
    novelas.youbora,
]
NOVELA_MISC: list[Gen] = [novelas.catalogue, novelas.profile_sync, novelas.search]
FUTBOL_VIEW: list[Gen] = [
    futbol.live_heartbeat,
    futbol.conviva_hb,
    futbol.live_heartbeat,
    futbol.watched_matches,
]
MUSICA_VIEW: list[Gen] = [
    musica.listen_log,
    musica.podcast_progress,
    musica.playback_pb,
    musica.listen_log,
]
ADS: list[Gen] = [
    adsdk.unity_request,
    adsdk.mintegral_setting,
    adsdk.pangle_get_ads,
    adsdk.inmobi_showad,
    adsdk.unity_event,
    adsdk.mintegral_load,
    adsdk.pangle_stats,
]
TV_VIEW: list[Gen] = [
    tvlg.acr_fingerprints,
    tvlg.acr_match_report,
    tvlg.acr_fingerprints,
    tvlg.acr_opaque,
]
TV_DEV: list[Gen] = [
    tvlg.lg_ad_request,
    tvlg.lg_ad_impression,
    tvlg.device_register,
    tvlg.opaque_heartbeat,
]
BANCO_BIO: list[Gen] = [
    banco.incode_selfie,
    banco.selphi_result,
    banco.liveness_result,
    banco.face_login_opaque,
    banco.incode_selfie,
    banco.liveness_challenge,
]
BANCO_DEV: list[Gen] = [banco.device_check, attrib.branch_open, attrib.branch_event]
PRESTA_BIO: list[Gen] = [
    presta.metamap_selfie,
    presta.truora_upload,
    presta.metamap_selfie,
    presta.truora_upload,
]
PRESTA_DEV: list[Gen] = [
    presta.device_data,
    lambda c: attrib.branch_open(c, "presta"),
    lambda c: attrib.branch_event(c, "presta"),
]
TELCO_BIO: list[Gen] = [
    telco.voice_verify,
    telco.voice_enrol,
    telco.voiceprint_vector,
    telco.voice_verify,
    telco.voice_opaque,
]
TELCO_DEV: list[Gen] = [telco.register_line, telco.network_diag, telco.device_status]
GYM_BIO: list[Gen] = [gym.checkin, gym.face_enrol, gym.checkin, gym.template_resync]
