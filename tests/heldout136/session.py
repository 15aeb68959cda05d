"""The script of the set-136 session: a family between Warsaw and Lviv uses its
phone, the kids' tablet, the Lviv TV and TV box and the car's app in turn, with
ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import audio, background, bank, broadcaster, car, derzh, football, intercom, kids, uatv, vod
from . import measurement as m
from .phone import Household136

START = 1731402000.0  # 2024-11-12T09:00:00Z

Gen = Callable[[Context], Flow]


def _stream(c: Context) -> Flow:
    return m.gemius_stream(
        c,
        vod.programme(c),
        c.rng.randint(0, 2600),
        c.rng.choice(["play", "pause", "continue", "complete"]),
    )


def _stream_packed(c: Context) -> Flow:
    return m.gemius_stream_packed(c, vod.programme(c), c.rng.randint(0, 2600))


VOD_VIEW: list[Gen] = [
    vod.progress,
    _stream,
    vod.continue_watching,
    vod.heartbeat_opaque,
    vod.progress_diacritics,
    _stream,
    vod.progress,
]
PB_VIEW: list[Gen] = [
    broadcaster.tuning_log,
    broadcaster.player_progress,
    broadcaster.tuning_ping_opaque,
    broadcaster.player_progress,
]
UA_VIEW: list[Gen] = [
    uatv.peregliad,
    uatv.archive_prosmotr,
    uatv.history_cyrillic,
    uatv.stats_encrypted,
    uatv.peregliad,
    _stream_packed,
]
UA_DEV: list[Gen] = [uatv.activate_box, uatv.box_ping_hashed, uatv.activate_box]
MUSIC_VIEW: list[Gen] = [audio.scrobble, audio.scrobble, audio.offline_plays_numeric]
POD_VIEW: list[Gen] = [audio.pod_position, audio.pod_history, audio.pod_position]
BANK_BIO: list[Gen] = [
    bank.selfie_match,
    bank.voiceprint_enrol,
    bank.video_frames,
    bank.liveness_encrypted,
    bank.video_frames,
]
BANK_DEV: list[Gen] = [
    bank.device_binding,
    m.appsflyer_launch,
    bank.fingerprint_hash,
    m.appsflyer_opaque,
]
STATE_BIO: list[Gen] = [
    derzh.liveness_frames,
    derzh.selfie_b64,
    derzh.liveness_frames,
    derzh.liveness_packed,
]
DOOR_BIO: list[Gen] = [intercom.face_enrol, intercom.face_unlock_opaque]
KIDS_VIEW: list[Gen] = [kids.episode_watched, kids.prosmotr_old, kids.episode_watched]
CAR_DEV: list[Gen] = [car.vehicle_status, car.telemetry_hashed, car.vehicle_status]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Household136.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            m.didomi_consent(c),
            m.adjust_session(c),
            vod.device_register(c),
            m.appsflyer_launch(c),
            uatv.activate_box(c),
            kids.activate_tablet(c),
            m.pushpushgo_register(c),
            car.vehicle_status(c),
            background.weather(c),
        ]

    def vod_block(self) -> None:
        self.some(
            [
                (0.5, vod.rail),
                (0.4, vod.ssai_session),
                (0.4, vod.manifest),
                (0.7, vod.ad_beacon),
                (0.5, vod.ad_beacon),
                (0.3, vod.search),
                (0.1, vod.voice_search),
                (0.1, vod.device_list),
                (0.3, m.gemius_page),
                (0.2, lambda c: m.firebase_events(c, "Kinoteka", "OdtwarzaczActivity")),
                (0.1, m.didomi_consent),
                (0.1, m.adjust_session),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(VOD_VIEW, "vod_view")

    def pb_block(self) -> None:
        self.some([(0.5, broadcaster.epg), (0.4, broadcaster.top10), (0.4, broadcaster.live_token)])
        if self.p(0.85):
            self.next(PB_VIEW, "pb_view")

    def uatv_block(self) -> None:
        self.some([(0.5, uatv.channel_list), (0.8, uatv.segment), (0.6, uatv.segment)])
        if self.p(0.85):
            self.next(UA_VIEW, "ua_view")
        if self.p(0.3):
            self.next(UA_DEV, "ua_dev")

    def audio_block(self) -> None:
        self.some(
            [
                (0.4, audio.lyrics),
                (0.3, audio.charts),
                (0.7, audio.audio_chunk),
                (0.4, audio.pod_feed),
                (0.5, audio.pod_audio),
            ]
        )
        if self.p(0.6):
            self.next(MUSIC_VIEW, "music_view")
        if self.p(0.5):
            self.next(POD_VIEW, "pod_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, bank.fx_chart),
                (0.3, bank.blik),
                (0.3, bank.id_card_ocr),
                (0.1, m.firebase_gz_b64),
            ]
        )
        if self.p(0.7):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.5):
            self.next(BANK_DEV, "bank_dev")

    def state_block(self) -> None:
        self.some(
            [(0.5, derzh.services_list), (0.4, derzh.document_ocr), (0.4, derzh.sign_request)]
        )
        if self.p(0.75):
            self.next(STATE_BIO, "state_bio")

    def door_block(self) -> None:
        self.some(
            [(0.6, intercom.door_event), (0.5, intercom.visitor_snapshot), (0.4, intercom.call_log)]
        )
        if self.p(0.5):
            self.next(DOOR_BIO, "door_bio")

    def foot_block(self) -> None:
        self.some(
            [
                (0.7, football.match_centre),
                (0.4, football.table),
                (0.5, football.clip_manifest),
                (0.1, m.pushpushgo_register),
                (0.2, lambda c: m.firebase_events(c, "Futbol24", "MeczActivity")),
            ]
        )
        if self.p(0.7):
            self.flows.append(football.clip_watched(self.ctx))

    def kids_block(self) -> None:
        self.some(
            [
                (0.6, kids.catalogue),
                (0.8, kids.thumbnails),
                (0.3, kids.screen_time),
                (0.15, kids.upsell_attribution),
            ]
        )
        if self.p(0.8):
            self.next(KIDS_VIEW, "kids_view")

    def car_block(self) -> None:
        self.some([(0.5, car.trip), (0.2, car.service_booking)])
        if self.p(0.5):
            self.flows.append(car.radio_log(self.ctx))
        if self.p(0.5):
            self.next(CAR_DEV, "car_dev")


def generate_session(seed: int, target: int) -> tuple[Household136, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.vod_block),
        (0.10, s.pb_block),
        (0.11, s.uatv_block),
        (0.10, s.audio_block),
        (0.10, s.bank_block),
        (0.08, s.state_block),
        (0.07, s.door_block),
        (0.09, s.foot_block),
        (0.10, s.kids_block),
        (0.06, s.car_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
