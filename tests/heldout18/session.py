"""The script of the set-18 session: the tester uses eight apps in turn on a
OnePlus 12 in Germany (a broadcaster's Mediathek, a music app, a video-ident
app, a telemedicine app, a car companion, a robot-vacuum app, a language
exchange and an ad-funded game), with ordinary background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, car, game, ident, lingo, mediathek, music, telemed, vacuum
from .phone import Phone18

START = 1731052800.0  # 2024-11-08T08:00:00Z

Gen = Callable[[Context], Flow]

TV_VIEW: list[Gen] = [
    mediathek.piano_av,
    mediathek.agf_dcr,
    mediathek.resume_point,
    lambda c: mediathek.piano_av(c, "av.play"),
    mediathek.xiti_richmedia,
    mediathek.watch_history,
    mediathek.agf_dcr,
    mediathek.opaque_stats,
]
MUSIC_VIEW: list[Gen] = [
    music.braze_data,
    music.segment_batch,
    music.recently_played,
    music.braze_data,
    music.play_log_protobuf,
    music.segment_batch,
]
IDENT_BIO: list[Gen] = [
    ident.liveness_frames,
    ident.chip_face_match,
    ident.liveness_result,
    ident.face_template,
    ident.liveness_frames,
    ident.sealed_upload,
]
DOC_BIO: list[Gen] = [
    telemed.rppg_frames,
    telemed.affect_analysis,
    telemed.rppg_frames,
    telemed.sealed_vitals,
]
CAR_DEV: list[Gen] = [car.status, car.headunit_pair, car.trip_log, car.telemetry_pb]
VAC_BIO: list[Gen] = [vacuum.person_seen, vacuum.member_enrol, vacuum.person_seen]
VAC_DEV: list[Gen] = [vacuum.map_fetch, vacuum.bind, vacuum.home_data, vacuum.rpc_sealed]
LINGO_BIO: list[Gen] = [
    lingo.speaker_verify,
    lingo.speaker_enrol,
    lingo.speaker_verify,
    lingo.voice_opaque,
]
GAME_DEV: list[Gen] = [
    game.admob,
    game.mintegral_load,
    game.ironsource_events,
    game.admob,
    game.game_analytics,
    game.ironsource_init,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone18.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.time_sync(c),
            mediathek.catalogue(c),
            ident.device_check(c),
            telemed.push_register(c),
            car.headunit_pair(c),
            vacuum.bind(c),
            lingo.fis(c),
            lingo.device_register(c),
            game.ironsource_init(c),
            background.ota_check(c),
        ]

    def tv_block(self) -> None:
        self.some(
            [
                (0.6, mediathek.catalogue),
                (0.8, mediathek.hls_segment),
                (0.6, mediathek.hls_segment),
                (0.5, mediathek.teaser_image),
                (0.25, mediathek.search),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(TV_VIEW, "tv_view")

    def music_block(self) -> None:
        self.some(
            [
                (0.6, music.audio_chunk),
                (0.5, music.album_art),
                (0.3, music.browse),
                (0.25, music.lyrics),
            ]
        )
        if self.p(0.9):
            self.next(MUSIC_VIEW, "music_view")

    def ident_block(self) -> None:
        self.some(
            [
                (0.4, ident.ident_status),
                (0.2, ident.personal_form),
                (0.2, ident.eid_tctoken),
                (0.15, ident.device_check),
            ]
        )
        self.next(IDENT_BIO, "ident_bio")

    def doc_block(self) -> None:
        self.some(
            [
                (0.4, telemed.appointments),
                (0.4, telemed.call_signal),
                (0.35, telemed.vitals_summary),
                (0.25, telemed.voice_note),
                (0.1, telemed.push_register),
            ]
        )
        if self.p(0.9):
            self.next(DOC_BIO, "doc_bio")

    def car_block(self) -> None:
        self.some(
            [
                (0.4, car.chargers),
                (0.25, car.fuel_prices),
                (0.7, car.media_log),
            ]
        )
        if self.p(0.75):
            self.next(CAR_DEV, "car_dev")

    def vac_block(self) -> None:
        self.some(
            [
                (0.5, vacuum.obstacle_events),
                (0.35, vacuum.clean_record),
            ]
        )
        if self.p(0.7):
            self.next(VAC_BIO, "vac_bio")
        if self.p(0.55):
            self.next(VAC_DEV, "vac_dev")

    def lingo_block(self) -> None:
        self.some(
            [
                (0.6, lingo.chat_text),
                (0.35, lingo.voice_message),
                (0.35, lingo.pronunciation),
                (0.2, lingo.partners),
                (0.05, lingo.fis),
            ]
        )
        if self.p(0.75):
            self.next(LINGO_BIO, "lingo_bio")
        if self.p(0.1):
            self.flows.append(lingo.device_register(self.ctx))

    def game_block(self) -> None:
        self.some(
            [
                (0.5, game.level_progress),
                (0.4, game.camera_telemetry),
                (0.2, game.shop_prices),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(GAME_DEV, "game_dev")


def generate_session(seed: int, target: int) -> tuple[Phone18, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.tv_block),
        (0.13, s.music_block),
        (0.12, s.ident_block),
        (0.12, s.doc_block),
        (0.12, s.car_block),
        (0.13, s.vac_block),
        (0.11, s.lingo_block),
        (0.12, s.game_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
