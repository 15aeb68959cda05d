"""The set-76 session's tables: which flows each app block may send, with what chance,
and the rotating schedules of the truly sensitive events."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow

from . import (
    audience,
    bank,
    cms,
    equipment,
    games,
    newsapp,
    newswire,
    photodesk,
    podcasts,
    podprod,
    running,
    securedrop,
    streaming,
    trafficcams,
    transcribe,
    voiceauth,
)

Gen = Callable[[Context], Flow]
Table = list[tuple[float, Gen]]

STREAM_VIEW: list[Gen] = [
    streaming.heartbeat,
    streaming.resume,
    streaming.heartbeat,
    streaming.continue_watching,
    streaming.watch_log,
    streaming.qos_beacon,
]
STREAM_DEV: list[Gen] = [streaming.adjust_session, streaming.vast]
POD_VIEW: list[Gen] = [
    podcasts.gpodder_actions,
    podcasts.pocketcasts_position,
    podcasts.pocketcasts_up_next,
    podcasts.gpodder_actions,
    podcasts.listen_beacon,
]
BANK_BIO: list[Gen] = [bank.facetec_liveness, bank.facetec_match, bank.selfie_upload]
VOICE_BIO: list[Gen] = [
    voiceauth.stem_login,
    voiceauth.azure_verify,
    voiceauth.azure_enrol,
    voiceauth.azure_verify,
    voiceauth.template_sync,
]
RUN_DEV: list[Gen] = [running.workout_upload, running.pair_watch, running.coach_headphones]

BLOCKS: dict[str, Table] = {
    "cms": [
        (0.8, cms.draft_autosave),
        (0.5, cms.clip_embed),
        (0.5, cms.timeline_save),
        (0.3, cms.render_status),
        (0.4, cms.asset_search),
        (0.15, cms.publish),
    ],
    "audience": [
        (0.7, audience.quickstats),
        (0.5, audience.toppages),
        (0.4, audience.video_toppages),
        (0.5, audience.completion_rates),
        (0.3, audience.engaged_history),
        (0.15, audience.leserbindung),
    ],
    "photo": [
        (0.5, photodesk.cloudinary_upload),
        (0.5, photodesk.cloudinary_blurred),
        (0.5, photodesk.redaction_job),
        (0.25, photodesk.gezicht_vervagen),
        (0.3, photodesk.resize),
        (0.4, photodesk.caption),
        (0.5, photodesk.thumbs),
    ],
    "transcribe": [
        (0.5, transcribe.upload),
        (0.5, transcribe.submit),
        (0.6, transcribe.result),
        (0.4, transcribe.save_transcript),
        (0.15, transcribe.stimmen_filter),
    ],
    "wire": [
        (0.7, newswire.wire_feed),
        (0.4, newswire.wire_item),
        (0.4, newswire.liveblog_post),
        (0.5, newswire.liveblog_poll),
    ],
    "cams": [
        (0.4, trafficcams.autobahn_webcams),
        (0.5, trafficcams.cam_image),
        (0.5, trafficcams.stream_position),
        (0.3, trafficcams.camera_status),
        (0.7, trafficcams.segment),
        (0.1, trafficcams.favourites),
    ],
    "signal": [
        (0.7, securedrop.send_message),
        (0.6, securedrop.fetch_messages),
        (0.1, securedrop.upload_keys),
        (0.2, securedrop.attachment_form),
        (0.2, securedrop.attachment_upload),
        (0.15, securedrop.briefkasten_submit),
    ],
    "podprod": [
        (0.3, podprod.episode_upload),
        (0.4, podprod.chapters),
        (0.6, podprod.stats),
        (0.3, podprod.feed),
        (0.2, podprod.schedule),
    ],
    "kit": [
        (0.5, equipment.inventory),
        (0.4, equipment.checkout),
        (0.3, equipment.device_pair),
        (0.25, equipment.drone_log),
        (0.2, equipment.backpack_status),
        (0.15, equipment.firmware),
    ],
    "game": [
        (0.6, games.camera_telemetry),
        (0.3, games.avatar_save),
        (0.3, games.leaderboard),
        (0.2, games.level_pack),
    ],
    "news": [(0.6, newsapp.article), (0.5, newsapp.gam_ad), (0.2, newsapp.consent)],
    "stream": [
        (0.5, streaming.catalogue),
        (0.6, streaming.artwork),
        (0.8, streaming.hls_segment),
        (0.6, streaming.hls_segment),
        (0.2, streaming.search),
    ],
    "pods": [(0.3, podcasts.discover)],
    "bank": [(0.6, bank.faceid_login), (0.6, bank.balance), (0.3, bank.depot)],
    "voice": [(0.4, voiceauth.voicemail), (0.4, voiceauth.usage)],
    "run": [(0.4, running.club_board), (0.4, running.plan)],
}
