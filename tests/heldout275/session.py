"""The script of the set-275 session: two phones in Vladikavkaz in turn (Alan's
theatre, fitness-studio and school apps and the resort's webcam site; Zarina's
music streaming and museum audio guide), with the institutions' own equipment
(the theatre's lobby screens, the museum's lending guides, the studio's kiosk,
the school's tablet cart) talking in between, and ordinary background traffic.

A precision stress set: about nine flows in ten are ordinary look-alike
traffic (the same words: watch, face, device, listen, position, duration), and
the sensitive flows rotate through a schedule per app so that even a small set
covers every family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, fitnes, museum, music, sdks, skola, teatr, webcam
from .phone import Family275

START = 1733900400.0  # 2024-12-11T07:00:00Z

Gen = Callable[[Context], Flow]

TEATR_SENS: list[Gen] = [
    teatr.vod_progress,
    teatr.screen_audience,
    teatr.metrica_play,
    teatr.vod_continue,
    teatr.metrica_ui,
    teatr.vod_opaque,
    teatr.vod_progress,
    teatr.screen_audience_opaque,
]
MUSIC_SENS: list[Gen] = [
    music.listened,
    music.metrica_listen,
    music.adjust_listen,
    music.recent,
    music.rows_opaque,
    music.listened,
    music.metrica_ui,
    music.adjust_sub,
]
MUSEUM_SENS: list[Gen] = [
    museum.listened,
    museum.listened_gz,
    museum.listened,
    museum.listened_opaque,
]
FIT_SENS: list[Gen] = [
    fitnes.checkin_template,
    fitnes.kiosk_match,
    fitnes.enrol_selfie,
    fitnes.watch_sync_opaque,
    fitnes.kiosk_match,
    fitnes.mt_event,
    fitnes.checkin_template,
    fitnes.kiosk_opaque,
    fitnes.watch_pair,
]
SKOLA_SENS: list[Gen] = [
    skola.lesson_progress,
    skola.ga4_lesson,
    skola.lesson_history,
    skola.ga4_screen,
    skola.lesson_progress,
    skola.push_register,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family275.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            sdks.appmetrica_startup(c, "teatr"),
            teatr.register(c),
            teatr.afisha(c),
            sdks.appmetrica_startup(c, "music"),
            sdks.adjust_session(c),
            music.register(c),
            museum.register(c),
            sdks.firebase_install(c),
            skola.push_register(c),
            sdks.mytracker(c, "install", {}, first=True),
            fitnes.watch_pair(c),
            background.weather(c),
        ]

    def teatr_block(self) -> None:
        self.some(
            [
                (0.6, teatr.afisha),
                (0.5, teatr.seat_map),
                (0.25, teatr.order),
                (0.4, teatr.trailer),
                (0.4, teatr.trailer),
                (0.6, teatr.screen_heartbeat),
                (0.4, teatr.screen_playlist),
                (0.45, teatr.screen_proof_of_play),
                (0.15, teatr.screen_snapshot),
                (0.05, sdks.metrica_config_only),
            ]
        )
        if self.p(0.3):
            self.next(TEATR_SENS, "teatr")

    def music_block(self) -> None:
        self.some(
            [
                (0.5, music.search),
                (0.5, music.playlist),
                (0.8, music.chunk),
                (0.6, music.chunk),
                (0.4, music.cover),
                (0.3, music.lyrics),
                (0.25, music.charts),
                (0.3, music.radio_now),
            ]
        )
        if self.p(0.35):
            self.next(MUSIC_SENS, "music")

    def museum_block(self) -> None:
        self.some(
            [
                (0.5, museum.tour),
                (0.8, museum.audio),
                (0.5, museum.audio),
                (0.4, museum.exhibit_photo),
                (0.3, museum.hall_beacons),
                (0.6, museum.lender_sync),
                (0.35, museum.lender_stats),
                (0.3, museum.lender_content),
            ]
        )
        if self.p(0.22):
            self.next(MUSEUM_SENS, "museum")

    def webcam_block(self) -> None:
        self.some(
            [
                (0.9, webcam.snapshot),
                (0.7, webcam.live_segment),
                (0.6, webcam.live_segment),
                (0.4, webcam.cam_presets),
                (0.4, webcam.viewers),
                (0.3, webcam.timelapse),
                (0.5, webcam.lifts),
                (0.5, webcam.yandex_metrika_web),
            ]
        )

    def fit_block(self) -> None:
        self.some(
            [
                (0.5, fitnes.timetable),
                (0.3, fitnes.booking),
                (0.35, fitnes.qr_checkin),
                (0.5, fitnes.workout),
                (0.35, fitnes.watch_faces),
                (0.3, fitnes.settings),
                (0.3, fitnes.trainer_photo),
                (0.6, fitnes.kiosk_heartbeat),
            ]
        )
        if self.p(0.3):
            self.next(FIT_SENS, "fit")

    def skola_block(self) -> None:
        self.some(
            [
                (0.5, skola.timetable),
                (0.4, skola.marks),
                (0.4, skola.homework),
                (0.6, skola.lesson_file),
                (0.4, skola.lesson_file),
                (0.7, skola.mdm_checkin),
                (0.3, skola.mdm_apps),
            ]
        )
        if self.p(0.25):
            self.next(SKOLA_SENS, "skola")


def generate_session(seed: int, target: int) -> tuple[Family275, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.teatr_block),
        (0.18, s.music_block),
        (0.14, s.museum_block),
        (0.14, s.webcam_block),
        (0.18, s.fit_block),
        (0.16, s.skola_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
