"""The script of the set-78 session: a family's shared Galaxy Tab S9 used in turn
for a dozen ordinary apps, with background traffic in between. This is a precision
stress set: almost every block is hard decoys; the few truly sensitive events rotate
through a schedule per app so every family shows even in a small set.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    doorbell,
    family,
    kids,
    kitchen,
    league,
    library,
    nesthub,
    play,
    smarthome,
    streaming,
)
from .phone import Tablet78

START = 1764490800.0  # 2025-11-30T08:20:00Z

Gen = Callable[[Context], Flow]
Table = list[tuple[float, Gen]]

DOOR_BIO: list[Gen] = [
    doorbell.familiar_face_event,
    doorbell.familiar_face_enrol,
    doorbell.familiar_face_event,
    doorbell.face_event_opaque,
]
DOOR_DEV: list[Gen] = [doorbell.device_list, doorbell.bell_ping]
HUB_BIO: list[Gen] = [nesthub.speaker_result, nesthub.voice_match_enrol, nesthub.voice_model_sync]
HOME_DEV: list[Gen] = [
    smarthome.vacuum_home,
    smarthome.vacuum_command,
    smarthome.hub_login,
    smarthome.vacuum_opaque,
    nesthub.hub_settings,
]
STREAM_VIEW: list[Gen] = [
    streaming.watch_heartbeat,
    streaming.resume_point,
    streaming.watch_heartbeat,
    streaming.continue_watching,
    streaming.watch_log_opaque,
]
STREAM_DEV: list[Gen] = [streaming.tv_device_info, streaming.register]
AUDIO_VIEW: list[Gen] = [library.audible_put_position, library.audible_get_positions]
AD_DEV: list[Gen] = [
    play.gma_ad,
    play.unity_ad,
    play.game_session,
    play.gma_ad,
    play.anticheat_opaque,
]

BLOCKS: dict[str, Table] = {
    "reading": [
        (0.9, kids.page_turn),
        (0.6, kids.page_turn),
        (0.5, kids.reading_minutes),
        (0.5, kids.read_aloud_page),
        (0.6, kids.cover),
    ],
    "homework": [
        (0.9, kids.stt),
        (0.5, kids.stt),
        (0.7, kids.homework_answer),
        (0.3, kids.worksheet_photo),
        (0.2, kids.face_article),
    ],
    "recipes": [
        (0.7, kitchen.recipe_list),
        (0.8, kitchen.jw_media),
        (0.8, kitchen.hls_segment),
        (0.5, kitchen.hls_segment),
        (0.5, kitchen.step_progress),
        (0.3, kitchen.taste_profile),
    ],
    "grocery": [
        (0.7, kitchen.recently_viewed),
        (0.8, kitchen.product_view),
        (0.4, kitchen.price_history),
        (0.6, kitchen.product_image),
    ],
    "calendar": [
        (0.7, family.events),
        (0.7, family.chore_done),
        (0.2, family.child_profile),
        (0.15, family.push_register),
    ],
    "frame": [
        (0.7, family.frame_upload),
        (0.5, family.frame_crop),
        (0.6, family.frame_thumbs),
        (0.4, family.slideshow_stats),
    ],
    "home": [
        (0.4, smarthome.wifi_scan),
        (0.5, smarthome.hoa_sensors),
        (0.4, smarthome.gate_open),
        (0.5, smarthome.vacuum_map),
        (0.4, smarthome.thermostat),
    ],
    "door": [(0.8, doorbell.motion_event), (0.5, doorbell.package_alert), (0.7, doorbell.snapshot)],
    "hub": [
        (0.5, nesthub.hotword_sensitivity),
        (0.5, nesthub.ambient_albums),
        (0.6, nesthub.routine),
    ],
    "stream": [
        (0.7, streaming.catalogue_row),
        (0.7, streaming.artwork),
        (0.4, streaming.drm_licence),
        (0.3, streaming.kids_pin),
        (0.6, streaming.tv_keypress),
    ],
    "library": [
        (0.7, library.media),
        (0.6, library.search),
        (0.5, library.loans),
        (0.6, library.ebook_position),
        (0.3, library.sample_clip),
        (0.4, library.audible_library),
    ],
    "league": [
        (0.7, league.clips),
        (0.7, league.clip_fetch),
        (0.4, league.field_cameras),
        (0.4, league.stats),
        (0.3, league.team_photo_tags),
        (0.4, league.schedule),
    ],
    "air": [
        (0.8, league.purpleair_sensors),
        (0.6, league.sensor_local_json),
        (0.6, league.aqi_forecast),
    ],
    "play": [
        (0.6, play.pitch_score),
        (0.4, play.lyrics),
        (0.3, play.vocal_range),
        (0.6, play.camera_orbit),
        (0.3, play.avatar),
        (0.4, play.leaderboard),
    ],
}

# block -> (probability, schedule, key) of its rare sensitive event(s)
RARE: dict[str, list[tuple[float, list[Gen], str]]] = {
    "door": [(0.55, DOOR_BIO, "door_bio"), (0.15, DOOR_DEV, "door_dev")],
    "hub": [(0.65, HUB_BIO, "hub_bio")],
    "home": [(0.4, HOME_DEV, "home_dev")],
    "stream": [(0.75, STREAM_VIEW, "stream_view"), (0.2, STREAM_DEV, "stream_dev")],
    "library": [(0.45, AUDIO_VIEW, "audio_view")],
    "play": [(0.38, AD_DEV, "ad_dev")],
}


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Tablet78.make, START)

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.time_hint(c),
            background.feature_flags(c),
            smarthome.hub_login(c),
            streaming.register(c),
            streaming.tv_device_info(c),
            doorbell.device_list(c),
            play.game_session(c),
        ]

    def block(self, name: str) -> Callable[[], None]:
        def run() -> None:
            self.some(BLOCKS[name])
            for prob, schedule, key in RARE.get(name, []):
                if self.p(prob):
                    self.flows.append(self.pick(schedule, key)(self.ctx))

        return run


WEIGHTS = {
    "reading": 0.10, "homework": 0.08, "recipes": 0.08, "grocery": 0.07, "calendar": 0.06,
    "frame": 0.07, "home": 0.07, "door": 0.07, "hub": 0.05, "stream": 0.08, "library": 0.08,
    "league": 0.07, "air": 0.05, "play": 0.07,
}  # fmt: skip


def generate_session(seed: int, target: int) -> tuple[Tablet78, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [(w, s.block(name)) for name, w in WEIGHTS.items()]
    return s.finish(blocks, background.BENIGN, target, 0.35)
