"""The rotating schedules of sensitive events per app in the set-8 session: each
app block takes the next one, so that even a small set covers every family of
every app, the opaque ones too."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow

from . import adnets as ad
from . import adnets2 as ad2
from . import applovin, betting, game, glasses, kids, lingo, liveshop, music, music_log, proctor

Gen = Callable[[Context], Flow]

# fmt: off
GAME_DEV: list[Gen] = [
    ad.unity_config, ad.unity_auction, applovin.applovin_mediate, ad.ironsource_init,
    ad2.mintegral_setting, ad2.vungle_config, ad2.openrtb_bid, ad.unity_operative,
    ad.ironsource_logs, ad2.inmobi_ad, ad2.mintegral_analytics, applovin.applovin_device,
    ad.ironsource_events, ad2.openrtb_bid, applovin.applovin_mediate, game.anticheat,
]
MUSIC_VIEW: list[Gen] = [
    music.braze_data, music.amplitude_batch, music.mparticle_batch, music_log.lastfm_scrobble,
    music_log.recently_played, music_log.listen_log_pb, music.braze_data, music.amplitude_batch,
]
EXAM_BIO: list[Gen] = [
    proctor.tracking_batch, proctor.snapshot, proctor.flag_event, proctor.rekognition_compare,
    proctor.tracking_batch, proctor.face_match_result, proctor.azure_detect,
    proctor.sealed_telemetry, proctor.tracking_batch,
]
LINGO_BIO: list[Gen] = [
    lingo.check_speaker, lingo.azure_enrol, lingo.voice_profile, lingo.check_speaker,
    lingo.profile_blob,
]
BET_BIO: list[Gen] = [
    betting.veriff_media, betting.onfido_live_photo, betting.veriff_media,
    betting.onfido_live_video,
]
KIDS_VIEW: list[Gen] = [
    kids.conviva_hb, kids.progress, kids.nielsen_ping, kids.conviva_hb,
    kids.continue_watching, kids.obfuscated_beacon, kids.progress, kids.nielsen_ping,
]
GLASS_DEV: list[Gen] = [
    glasses.status, glasses.firmware, glasses.telemetry_pb, glasses.status, glasses.pair,
]
SHOP_VIEW: list[Gen] = [
    liveshop.applog, liveshop.play_log, liveshop.applog, liveshop.applog_encrypted,
    liveshop.play_log,
]
# fmt: on
