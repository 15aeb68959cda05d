"""The per-app schedules of sensitive events in set 37: each block of an app takes
the next item of its schedule, so that every family (opaque ones too) shows up
even in a small set, in a fixed mix.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow

from . import audio, bank, courier, eid, game, game_face, kinoua, radio, skats, smarttv, ziurek

Gen = Callable[[Context], Flow]

ZIUREK_VIEW: list[Gen] = [
    ziurek.progress,
    lambda c: ziurek.youbora_ping(c, "start"),
    ziurek.youbora_ping,
    ziurek.continue_list,
    ziurek.progress,
    ziurek.opaque_beacon,
    ziurek.youbora_ping,
]
SKATS_VIEW: list[Gen] = [
    skats.lv_history,
    skats.live_tick,
    skats.ee_history,
    skats.opaque_stat,
    skats.live_tick,
    skats.lv_history,
]
KINO_VIEW: list[Gen] = [kinoua.perehliad, kinoua.istoriia, kinoua.grpc_history, kinoua.perehliad]
RADIO_VIEW: list[Gen] = [
    radio.lastfm_scrobble,
    lambda c: radio.lastfm_scrobble(c, "track.updateNowPlaying"),
    radio.radio_log,
    radio.listenbrainz,
    radio.radio_log,
]
AUDIO_VIEW: list[Gen] = [
    audio.gpodder,
    audio.ee_position,
    audio.progress,
    audio.continue_listening,
    audio.progress,
]
TV_VIEW: list[Gen] = [
    smarttv.acr_match,
    smarttv.viewing_report,
    smarttv.acr_match,
    smarttv.acr_opaque,
]
BANK_BIO: list[Gen] = [
    bank.selfie,
    bank.face_template,
    bank.voice_verify,
    bank.liveness,
    bank.voice_enrol,
    bank.face_template,
    bank.opaque_bio,
    bank.voice_verify,
]
EID_BIO: list[Gen] = [
    eid.nfc_chip,
    lambda c: eid.veriff_media(c, "face-pre"),
    eid.veriff_media,
    eid.chip_photo,
    lambda c: eid.veriff_media(c, "face-nfc"),
]
COURIER_BIO: list[Gen] = [courier.shift_selfie, courier.mlkit_faces, courier.rekognition]
COURIER_DEV: list[Gen] = [courier.ebike_unlock, courier.printer_pair, courier.ebike_telemetry]
GAME_BIO: list[Gen] = [game_face.face_emote, game_face.face_mesh, game_face.face_emote]
GAME_DEV: list[Gen] = [
    game.admob,
    game.unity_auction,
    game.applovin_mediate,
    game.telemetry_pb,
    game.admob,
    game.unity_config,
]
TV_DEV: list[Gen] = [smarttv.tv_status, smarttv.pair]
