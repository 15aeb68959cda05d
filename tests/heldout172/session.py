"""The script of the set-172 session: a family in Hanoi, Da Nang and Ho Chi Minh City
uses ten phone apps, the children's iPad, the living-room TV and TV box in turn,
with ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    chosi,
    dicung,
    dinhvi,
    dongho,
    luot,
    nganhang,
    nghenhac,
    phapam,
    phimnha,
    tivi,
    vixu,
)
from .phone import Phone172

START = 1730771400.0  # 2024-11-05T01:50:00Z, 08:50 in Vietnam

Gen = Callable[[Context], Flow]

PHIM_VIEW: list[Gen] = [
    phimnha.watch_progress,
    phimnha.player_heartbeat,
    phimnha.continue_watching,
    phimnha.live_channel_log,
    phimnha.opaque_beacon,
    phimnha.youbora_ping,
    phimnha.appsflyer_content_view,
    phimnha.player_heartbeat,
    phimnha.watch_progress,
]
IPAD_VIEW: list[Gen] = [
    phimnha.ipad_kids_progress,
    phimnha.ipad_kids_progress,
    phimnha.ipad_appsflyer,
]
LUOT_VIEW: list[Gen] = [
    luot.play_events,
    luot.watch_history_list,
    luot.play_events,
    luot.opaque_pb_batch,
]
NHAC_VIEW: list[Gen] = [
    nghenhac.listen_log,
    nghenhac.firebase_play,
    nghenhac.recently_played,
    nghenhac.gif_beacon,
    nghenhac.listen_log,
]
PHAP_VIEW: list[Gen] = [
    phapam.rtdb_recent,
    phapam.talk_progress,
    phapam.chant_session,
    phapam.offline_sync,
    phapam.talk_progress,
]
BANK_BIO: list[Gen] = [
    nganhang.vnpt_upload_portrait,
    nganhang.large_transfer_face,
    nganhang.face_login,
    nganhang.chip_verify,
    nganhang.sdk_encrypted,
    nganhang.face_login,
]
VI_BIO: list[Gen] = [
    vixu.fpt_checkface,
    vixu.selfie_precheck,
    vixu.face_pay,
    vixu.fpt_liveness,
    vixu.selfie_precheck,
]
CHO_VIEW: list[Gen] = [
    chosi.live_watch_log,
    chosi.live_heartbeat,
    chosi.clevertap_live,
    chosi.live_heartbeat,
]
TV_VIEW: list[Gen] = [
    tivi.acr_report,
    tivi.channel_zap,
    tivi.acr_fingerprints,
    tivi.acr_report,
    tivi.box_msgpack_log,
    tivi.channel_zap,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone172.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            phimnha.register_device(c),
            luot.device_register(c),
            phapam.register(c),
            nganhang.device_bind(c),
            vixu.device_bind(c),
            dicung.adjust_session(c),
            dongho.bind_watch(c),
            dinhvi.vehicles(c),
            tivi.tv_register(c),
            tivi.box_login(c),
            background.weather(c),
        ]

    def phim_block(self) -> None:
        self.some(
            [
                (0.6, phimnha.home_rails),
                (0.7, phimnha.manifest),
                (0.6, phimnha.poster),
                (0.4, phimnha.poster),
                (0.3, phimnha.search),
                (0.3, phimnha.scoreboard),
                (0.15, phimnha.comment),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(PHIM_VIEW, "phim_view")

    def ipad_block(self) -> None:
        self.some([(0.5, phimnha.poster), (0.5, phimnha.manifest)])
        self.next(IPAD_VIEW, "ipad_view")

    def luot_block(self) -> None:
        self.some(
            [
                (0.8, luot.feed),
                (0.8, luot.video_file),
                (0.6, luot.video_file),
                (0.3, luot.comments),
                (0.2, luot.effect_package),
                (0.15, luot.follow),
                (0.03, luot.device_register),
            ]
        )
        if self.p(0.85):
            self.next(LUOT_VIEW, "luot_view")

    def nhac_block(self) -> None:
        self.some(
            [
                (0.5, nghenhac.chart),
                (0.5, nghenhac.stream_url),
                (0.7, nghenhac.audio_segment),
                (0.4, nghenhac.lyrics),
                (0.12, nghenhac.karaoke_score),
            ]
        )
        if self.p(0.85):
            self.next(NHAC_VIEW, "nhac_view")

    def phap_block(self) -> None:
        self.some(
            [
                (0.5, phapam.talk_list),
                (0.6, phapam.audio_file),
                (0.3, phapam.recitation_counter),
                (0.2, phapam.meditation_timer),
                (0.25, phapam.sutra_reading),
                (0.15, phapam.lunar_calendar),
                (0.1, phapam.family_devices),
                (0.1, phapam.offering),
            ]
        )
        if self.p(0.8):
            self.next(PHAP_VIEW, "phap_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, nganhang.balance),
                (0.4, nganhang.statement),
                (0.3, nganhang.exchange_rates),
                (0.3, nganhang.transfer_napas),
                (0.15, nganhang.vnpt_compare),
                (0.12, nganhang.vnpt_ocr_back),
                (0.05, nganhang.device_bind),
            ]
        )
        if self.p(0.6):
            self.next(BANK_BIO, "bank_bio")

    def vi_block(self) -> None:
        self.some(
            [
                (0.4, vixu.promotions),
                (0.3, vixu.pay_bill),
                (0.3, vixu.topup),
                (0.2, vixu.lixi),
                (0.12, vixu.fpt_ocr_back),
                (0.05, vixu.device_bind),
            ]
        )
        if self.p(0.55):
            self.next(VI_BIO, "vi_bio")

    def xe_block(self) -> None:
        self.some(
            [
                (0.7, dicung.fare_quote),
                (0.5, dicung.route),
                (0.5, dicung.location_ping),
                (0.4, dicung.booking),
                (0.3, dicung.adjust_event),
                (0.2, dicung.receipt),
                (0.15, dicung.bike_unlock),
                (0.12, dicung.passenger_selfie),
                (0.05, dicung.adjust_session),
            ]
        )

    def cho_block(self) -> None:
        self.some(
            [
                (0.6, chosi.product_search),
                (0.8, chosi.thumb),
                (0.5, chosi.thumb),
                (0.4, chosi.live_rooms),
                (0.4, chosi.live_stream),
                (0.3, chosi.live_chat),
                (0.2, chosi.image_search),
                (0.2, chosi.place_order),
                (0.15, chosi.shipper_position),
                (0.25, chosi.clevertap_cart),
                (0.15, chosi.tryon_analysis),
            ]
        )
        if self.p(0.7):
            self.next(CHO_VIEW, "cho_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, tivi.epg),
                (0.6, tivi.iptv_segment),
                (0.2, tivi.ratings_rail),
                (0.1, tivi.tv_firmware),
                (0.15, tivi.tv_weather),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")

    def watch_block(self) -> None:
        self.some(
            [
                (0.7, dongho.health_sync),
                (0.4, dongho.sleep_sync),
                (0.3, dongho.firmware_check),
                (0.2, dongho.watchface),
                (0.3, dongho.weather_push),
            ]
        )

    def tracker_block(self) -> None:
        self.some(
            [
                (0.8, dinhvi.live_position),
                (0.3, dinhvi.trip_history),
                (0.2, dinhvi.command),
                (0.1, dinhvi.geofence),
                (0.1, dinhvi.vehicles),
            ]
        )


def generate_session(seed: int, target: int) -> tuple[Phone172, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.phim_block),
        (0.05, s.ipad_block),
        (0.11, s.luot_block),
        (0.09, s.nhac_block),
        (0.07, s.phap_block),
        (0.1, s.bank_block),
        (0.08, s.vi_block),
        (0.07, s.xe_block),
        (0.1, s.cho_block),
        (0.09, s.tv_block),
        (0.05, s.watch_block),
        (0.04, s.tracker_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
