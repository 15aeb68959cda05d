"""The script of the set-240 session: one Georgian family's devices in turn (the
father's bank app, smart TV, IPTV box and connected car in Tbilisi; the
mother's polyphonic music / radio / podcast app in Batumi; the son's series
streamer and LTE smartwatch in Athens; the grandfather's football and rugby app
in Kutaisi), with ordinary background traffic in between. Sensitive events
rotate through a schedule per app so that even a small set covers every
family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, banki, iptv, manqana, musika, saati, seriali, sporti, televizori
from .phone import Family240

START = 1743487200.0  # 2025-04-01T06:00:00Z

Gen = Callable[[Context], Flow]

SERI_VIEW: list[Gen] = [
    seriali.nakhva_progress,
    seriali.ga4_video,
    seriali.live_heartbeat,
    seriali.adjust_event,
    seriali.opaque_beacon,
    seriali.gagrdzeleba,
    lambda c: seriali.ga4_video(c, "video_complete"),
    seriali.nakhva_progress,
    seriali.istoria,
]
SERI_DEV: list[Gen] = [
    seriali.adjust_session,
    seriali.firebase_installation,
    seriali.ga4_screen,
    seriali.config_opaque,
    seriali.register_device,
]
SPORT_VIEW: list[Gen] = [
    sporti.stream_heartbeat,
    sporti.meta_content_view,
    sporti.replay_watched,
    sporti.opaque_stats,
    sporti.stream_heartbeat,
]
SPORT_DEV: list[Gen] = [sporti.appsflyer_launch, sporti.meta_activate, sporti.appsflyer_event]
MUSIKA_VIEW: list[Gen] = [
    musika.mosmena,
    musika.radio_session,
    musika.podcast_progress,
    musika.opaque_batch,
    musika.bolo_mosmenebi,
    musika.mosmena,
]
MUSIKA_DEV: list[Gen] = [musika.ads_request, musika.register]
BANK_BIO: list[Gen] = [
    banki.face_login,
    banki.dis_selfie,
    banki.face_login_protobuf,
    banki.face_enrol,
    banki.face_login,
    banki.liveness_frames,
    banki.dis_selfie,
]
BANK_DEV: list[Gen] = [banki.device_bind, banki.balance_opaque, banki.balance_opaque]
BOX_VIEW: list[Gen] = [iptv.play_session, iptv.play_session, iptv.qos_probe]
BOX_OTHER: list[Gen] = [iptv.channels, iptv.epg, iptv.stream_url, iptv.login, iptv.picture_settings]
TV_VIEW: list[Gen] = [
    televizori.acr_report,
    televizori.recently_watched,
    televizori.acr_opaque,
    televizori.acr_report,
]
TV_DEV: list[Gen] = [televizori.network_status, televizori.register]
WATCH_DEV: list[Gen] = [
    saati.sync,
    saati.watch_info,
    saati.dump_protobuf,
    saati.bind,
    saati.sync,
    saati.config_opaque,
]
CAR_SENS: list[Gen] = [
    manqana.telemetry,
    manqana.driver_monitoring,
    manqana.media_log,
    manqana.tcu_heartbeat,
    manqana.vehicle_status,
    manqana.driver_monitoring_opaque,
    manqana.telemetry,
    manqana.driver_monitoring,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family240.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            seriali.firebase_installation(c),
            seriali.adjust_session(c),
            seriali.register_device(c),
            sporti.appsflyer_launch(c),
            sporti.meta_activate(c),
            musika.register(c),
            banki.device_bind(c),
            banki.dis_customer(c),
            iptv.login(c),
            televizori.register(c),
            saati.bind(c),
            manqana.app_register(c),
            background.weather(c),
        ]

    def seri_block(self) -> None:
        self.some(
            [
                (0.5, seriali.katalogi),
                (0.7, seriali.hls_segment),
                (0.5, seriali.hls_segment),
                (0.25, seriali.dzebna),
                (0.2, seriali.top_nanakhi),
                (0.25, seriali.epg),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(SERI_VIEW, "seri_view")
        if self.p(0.3):
            self.next(SERI_DEV, "seri_dev")

    def sport_block(self) -> None:
        self.some(
            [
                (0.7, sporti.live_scores),
                (0.4, sporti.match_events),
                (0.3, sporti.replays_list),
                (0.25, sporti.tskhrili),
                (0.1, sporti.push_topic),
            ]
        )
        if self.p(0.75):
            self.next(SPORT_VIEW, "sport_view")
        if self.p(0.4):
            self.next(SPORT_DEV, "sport_dev")

    def musika_block(self) -> None:
        self.some(
            [
                (0.6, musika.now_playing),
                (0.7, musika.audio_chunk),
                (0.3, musika.chartebi),
                (0.2, musika.teksti),
                (0.2, musika.podcast_catalogue),
            ]
        )
        if self.p(0.75):
            self.next(MUSIKA_VIEW, "musika_view")
        if self.p(0.25):
            self.next(MUSIKA_DEV, "musika_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, banki.kursi),
                (0.3, banki.gadaritskha),
                (0.25, banki.otp),
                (0.12, banki.kyc_form),
                (0.12, banki.avatar),
                (0.12, banki.dis_customer),
                (0.1, banki.dis_liveness_record),
                (0.1, banki.dis_document_back),
                (0.15, banki.atm_map),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def box_block(self) -> None:
        if self.p(0.7):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, televizori.remote_key),
                (0.3, televizori.home_rails),
                (0.2, televizori.popular),
                (0.15, televizori.app_store),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def watch_block(self) -> None:
        self.some(
            [
                (0.6, saati.daily),
                (0.3, saati.watchface),
                (0.25, saati.wrist_settings),
                (0.15, saati.firmware),
            ]
        )
        if self.p(0.75):
            self.next(WATCH_DEV, "watch_dev")

    def car_block(self) -> None:
        self.some(
            [
                (0.4, manqana.trip_summary),
                (0.2, manqana.service_booking),
                (0.3, manqana.remote_climate),
            ]
        )
        if self.p(0.8):
            self.next(CAR_SENS, "car_sens")


def generate_session(seed: int, target: int) -> tuple[Family240, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.seri_block),
        (0.13, s.sport_block),
        (0.12, s.musika_block),
        (0.13, s.bank_block),
        (0.1, s.box_block),
        (0.12, s.tv_block),
        (0.1, s.watch_block),
        (0.1, s.car_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
