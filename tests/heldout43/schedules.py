"""Rotating schedules of the sensitive events of each set-43 app."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow

from . import bank, games, home, music, photo, ride, shop

Gen = Callable[[Context], Flow]

RIDE_BIO: list[Gen] = [
    ride.selfie_check,
    ride.azure_detect,
    ride.azure_verify,
    ride.selfie_sealed,
    ride.azure_detect,
]
BANK_BIO: list[Gen] = [bank.facetec, bank.voice_enrol, bank.facetec, bank.voice_verify]
HOME_BIO: list[Gen] = [home.face_seen, home.face_enrol, home.face_seen]
PHOTO_BIO: list[Gen] = [photo.ai_retouch, photo.ai_retouch, photo.ai_retouch_sealed]
VIEW: list[Gen] = [
    music.listen_log,
    music.novela_heartbeat,
    music.podcast_progress,
    music.continue_watching,
    music.novela_heartbeat,
    music.stats_sealed,
    music.listen_log,
]
SHOP_DEV: list[Gen] = [shop.device_register, shop.fraud_fp]
GAME_DEV: list[Gen] = [games.unity_ads, games.ugs_analytics, games.unity_ads]
