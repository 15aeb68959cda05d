"""Structural detectors that signatures name in `match.structure`.

Biometric data is recognised by its shape more than by any single value: a face
embedding is a vector of embedding size with a near-unit norm; a landmark set
is a list of points of one of the counts that face models produce; blendshapes
are a map from a fixed vocabulary of expression names to 0..1 weights; a
face-analysis result is an object holding several of age, gender, emotion,
ethnicity and head pose. Each detector takes one decoded container (dict or
list) and returns a short description for the evidence, or `None`.
"""

from __future__ import annotations

from . import (
    act_programme_rows,  # noqa: F401  (registers its detectors)
    ambiguous_face_checks,  # noqa: F401  (registers its detectors)
    bid_content,  # noqa: F401  (registers its detectors)
    biometric_events,  # noqa: F401  (registers its detectors)
    biometric_image_types,  # noqa: F401  (registers its detectors)
    biometric_mesh,  # noqa: F401  (registers its detectors)
    biometric_records,  # noqa: F401  (registers its detectors)
    biometric_vectors,  # noqa: F401  (registers its detectors)
    bounded_progress,  # noqa: F401  (registers its detectors)
    box_channel_now,  # noqa: F401  (registers its detectors)
    capability_results,  # noqa: F401  (registers its detectors)
    captures,  # noqa: F401  (registers its detectors)
    catalogue_ids,  # noqa: F401  (registers its detectors)
    channel_logs,  # noqa: F401  (registers its detectors)
    channel_reports,  # noqa: F401  (registers its detectors)
    channel_switches,  # noqa: F401  (registers its detectors)
    channel_watched_moments,  # noqa: F401  (registers its detectors)
    class_progress,  # noqa: F401  (registers its detectors)
    content_view_kinds,  # noqa: F401  (registers its detectors)
    continue_rows,  # noqa: F401  (registers its detectors)
    device_lists,  # noqa: F401  (registers its detectors)
    devices,
    done_list_rows,  # noqa: F401  (registers its detectors)
    dvb_tunes,  # noqa: F401  (registers its detectors)
    endpoints,  # noqa: F401  (registers its detectors)
    episode_positions,  # noqa: F401  (registers its detectors)
    eye_closure,  # noqa: F401  (registers its detectors)
    face_check_actions,  # noqa: F401  (registers its detectors)
    face_estimates,  # noqa: F401  (registers its detectors)
    face_expressions,  # noqa: F401  (registers its detectors)
    face_frames,  # noqa: F401  (registers its detectors)
    face_outputs,  # noqa: F401  (registers its detectors)
    face_profiles,  # noqa: F401  (registers its detectors)
    face_signals,  # noqa: F401  (registers its detectors)
    face_trait_rows,  # noqa: F401  (registers its detectors)
    faces,
    gaze,  # noqa: F401  (registers its detectors)
    history_records,  # noqa: F401  (registers its detectors)
    identity_captures,  # noqa: F401  (registers its detectors)
    last_heard,  # noqa: F401  (registers its detectors)
    listen_days,  # noqa: F401  (registers its detectors)
    listening,
    live_broadcast_events,  # noqa: F401  (registers its detectors)
    live_entries,  # noqa: F401  (registers its detectors)
    live_heartbeats,  # noqa: F401  (registers its detectors)
    match_heartbeats,  # noqa: F401  (registers its detectors)
    measured_plays,  # noqa: F401  (registers its detectors)
    measurement_json,  # noqa: F401  (registers its detectors)
    measurement_params,  # noqa: F401  (registers its detectors)
    media_beacons,  # noqa: F401  (registers its detectors)
    media_done_event_names,  # noqa: F401  (registers its detectors)
    modalities,  # noqa: F401  (registers its detectors)
    named_biometric,  # noqa: F401  (registers its detectors)
    named_event_positions,  # noqa: F401  (registers its detectors)
    nested_face_vectors,  # noqa: F401  (registers its detectors)
    network_clients,  # noqa: F401  (registers its detectors)
    numbered_episodes,  # noqa: F401  (registers its detectors)
    paired_times,  # noqa: F401  (registers its detectors)
    percent_rows,  # noqa: F401  (registers its detectors)
    person_emotion_estimates,  # noqa: F401  (registers its detectors)
    plain_seconds,  # noqa: F401  (registers its detectors)
    playback,
    playback_events,  # noqa: F401  (registers its detectors)
    played_moments,  # noqa: F401  (registers its detectors)
    played_records,  # noqa: F401  (registers its detectors)
    played_writes,  # noqa: F401  (registers its detectors)
    player_event_params,  # noqa: F401  (registers its detectors)
    players,  # noqa: F401  (registers its detectors)
    position_paths,  # noqa: F401  (registers its detectors)
    post_progress,  # noqa: F401  (registers its detectors)
    programme_bare_positions,  # noqa: F401  (registers its detectors)
    programme_positions,  # noqa: F401  (registers its detectors)
    programmes,
    recent_piece_rows,  # noqa: F401  (registers its detectors)
    recent_plays,  # noqa: F401  (registers its detectors)
    recent_song_rows,  # noqa: F401  (registers its detectors)
    recording_positions,  # noqa: F401  (registers its detectors)
    resume_marks,  # noqa: F401  (registers its detectors)
    resume_writes,  # noqa: F401  (registers its detectors)
    song_event_params,  # noqa: F401  (registers its detectors)
    split_event_params,  # noqa: F401  (registers its detectors)
    upload_context,  # noqa: F401  (registers its detectors)
    usage_logs,  # noqa: F401  (registers its detectors)
    viewing_summaries,  # noqa: F401  (registers its detectors)
    voice,  # noqa: F401  (registers its detectors)
    watch_lists,
    watched_goal_events,  # noqa: F401  (registers its detectors)
    watched_key_rows,  # noqa: F401  (registers its detectors)
    watched_marks,  # noqa: F401  (registers its detectors)
    watched_objects,  # noqa: F401  (registers its detectors)
    watched_piece_seconds,  # noqa: F401  (registers its detectors)
    watching_item_amounts,  # noqa: F401  (registers its detectors)
    watching_now,  # noqa: F401  (registers its detectors)
)
from ._common import STRUCTURES, Structure, key_words
from .devices import device_identity_record, fb_extinfo
from .faces import (
    blendshape_vector,
    blendshapes,
    embedding,
    face_attributes,
    face_attributes_loose,
    face_points,
    face_traits,
    landmarks,
    mesh,
    mlkit_face,
    points,
    speaker_vector,
    vector,
)
from .listening import listen_record
from .playback import media_entries, playback_record
from .programmes import named_playback, xapi_media_statement
from .watch_lists import watch_history, watch_list

__all__ = [
    "STRUCTURES",
    "Structure",
    "blendshape_vector",
    "blendshapes",
    "device_identity_record",
    "devices",
    "embedding",
    "face_attributes",
    "face_attributes_loose",
    "face_points",
    "face_traits",
    "faces",
    "fb_extinfo",
    "key_words",
    "landmarks",
    "listen_record",
    "listening",
    "media_entries",
    "mesh",
    "mlkit_face",
    "named_playback",
    "playback",
    "playback_record",
    "points",
    "programmes",
    "speaker_vector",
    "vector",
    "watch_history",
    "watch_list",
    "watch_lists",
    "xapi_media_statement",
]
