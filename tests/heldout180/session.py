"""The script of the set-180 session: a family's day in Baku (and a drive to Ganja).
The phone's apps are used in turn, the iPad, the IPTV box, the smart TV, the
watch and the dashcam talk between them, with ordinary background traffic.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    catdir,
    dashcam,
    dizi,
    egov,
    iptv,
    nur,
    saat,
    sdklar,
    segah,
    taksi,
    tv,
)
from .phone import Household180

START = 1742544000.0  # 2025-03-21T08:00:00Z, Novruz holiday

Gen = Callable[[Context], Flow]


def _netmera(c: Context) -> Flow:
    _, title = c.rng.choice(dizi.SERIES)
    return sdklar.netmera_video(c, title, c.rng.randint(60, 2400))


DIZI_VIEW: list[Gen] = [
    dizi.progress_az,
    dizi.progress_ascii,
    dizi.continue_watching,
    dizi.progress_tr,
    dizi.opaque_beacon,
    _netmera,
    dizi.live_tuning,
    dizi.ipad_progress,
    dizi.progress_ascii,
]
SEGAH_VIEW: list[Gen] = [
    segah.listen_cyrillic,
    segah.scrobble_translit,
    segah.listen_az,
    segah.opaque_ping,
    segah.history,
    segah.listen_cyrillic,
]
NUR_VIEW: list[Gen] = [
    nur.recitation_progress,
    nur.lecture_progress,
    nur.opaque_sync,
    nur.listening_history,
    nur.recitation_progress,
]
GOV_BIO: list[Gen] = [
    egov.liveness_selfie,
    egov.face_template,
    egov.voice_enrol,
    egov.encrypted_liveness,
    egov.voice_verify,
    egov.face_template,
]
BANK_BIO: list[Gen] = [bank.selfie_login, bank.face_descriptor, bank.selfie_fallback_opaque]
BANK_DEV: list[Gen] = [bank.risk_check, bank.bind_device, bank.risk_check]
TAKSI_DEV: list[Gen] = [sdklar.appmetrica_report, sdklar.adjust_session, sdklar.appmetrica_startup]
FOOD_DEV: list[Gen] = [
    sdklar.appsflyer_launch,
    sdklar.insider_session,
    catdir.courier_poll,
    sdklar.appsflyer_purchase,
    sdklar.insider_event,
]
TV_VIEW: list[Gen] = [tv.acr_report, tv.acr_report, tv.acr_rows]
TV_DEV: list[Gen] = [tv.register, tv.mac_ping]
IPTV_VIEW: list[Gen] = [iptv.play_log, iptv.play_log, iptv.stats_opaque]
WATCH_DEV: list[Gen] = [saat.paired_watch, saat.sync, saat.dump_protobuf, saat.pair, saat.config]
DASH_BIO: list[Gen] = [dashcam.fatigue_event, dashcam.fatigue_protobuf, dashcam.fatigue_event]
DASH_DEV: list[Gen] = [dashcam.bind, dashcam.heartbeat]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Household180.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            dizi.ipad_register(c),
            segah.charts(c),
            sdklar.firebase_install(c),
            egov.device_register(c),
            bank.bind_device(c),
            taksi.client_register(c),
            sdklar.appsflyer_launch(c),
            iptv.handshake(c),
            iptv.get_profile(c),
            tv.register(c),
            saat.pair(c),
            dashcam.bind(c),
            background.time_sync(c),
        ]

    def dizi_block(self) -> None:
        self.some(
            [
                (0.6, dizi.home_rails),
                (0.3, dizi.search),
                (0.5, dizi.manifest),
                (0.7, dizi.segment),
                (0.5, dizi.segment),
                (0.3, dizi.live_score),
                (0.1, dizi.subscription),
                (0.1, sdklar.netmera_push_register),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(DIZI_VIEW, "dizi_view")

    def segah_block(self) -> None:
        self.some(
            [
                (0.4, segah.charts),
                (0.3, segah.lyrics),
                (0.6, segah.cover),
                (0.5, segah.stream_url),
                (0.1, segah.tickets),
            ]
        )
        if self.p(0.8):
            self.next(SEGAH_VIEW, "segah_view")

    def nur_block(self) -> None:
        self.some(
            [
                (0.5, nur.prayer_times),
                (0.2, nur.qibla),
                (0.4, nur.mushaf_reading),
                (0.6, nur.audio_file),
                (0.1, nur.sadaqa),
                (0.05, sdklar.firebase_install),
            ]
        )
        if self.p(0.75):
            self.next(NUR_VIEW, "nur_view")

    def gov_block(self) -> None:
        self.some(
            [
                (0.5, egov.services),
                (0.3, egov.id_card_ocr),
                (0.3, egov.voice_search),
                (0.3, egov.queue_booking),
                (0.05, egov.device_register),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(GOV_BIO, "gov_bio")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.rates),
                (0.5, bank.transactions),
                (0.3, bank.atm_map),
                (0.3, bank.transfer),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def taksi_block(self) -> None:
        self.some(
            [
                (0.7, taksi.fare_estimate),
                (0.5, taksi.order_ride),
                (0.6, taksi.driver_position),
                (0.4, taksi.driver_position),
                (0.4, taksi.route),
                (0.3, taksi.rate_ride),
            ]
        )
        if self.p(0.6):
            self.next(TAKSI_DEV, "taksi_dev")

    def food_block(self) -> None:
        self.some(
            [
                (0.7, catdir.restaurants),
                (0.6, catdir.dish_photo),
                (0.6, catdir.dish_photo),
                (0.4, catdir.basket),
                (0.3, catdir.place_order),
                (0.2, catdir.app_config),
            ]
        )
        if self.p(0.6):
            self.next(FOOD_DEV, "food_dev")

    def tv_block(self) -> None:
        self.some([(0.5, tv.keypress), (0.4, tv.keypress), (0.4, tv.epg)])
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def iptv_block(self) -> None:
        self.some(
            [
                (0.5, iptv.create_link),
                (0.4, iptv.channels),
                (0.4, iptv.epg),
                (0.5, iptv.watchdog),
                (0.1, iptv.get_profile),
            ]
        )
        if self.p(0.75):
            self.next(IPTV_VIEW, "iptv_view")

    def watch_block(self) -> None:
        self.some([(0.4, saat.watchface), (0.5, saat.sleep)])
        if self.p(0.7):
            self.next(WATCH_DEV, "watch_dev")

    def dash_block(self) -> None:
        self.some(
            [(0.7, dashcam.gps_track), (0.4, dashcam.clip_list), (0.2, dashcam.mount_calibration)]
        )
        if self.p(0.7):
            self.next(DASH_BIO, "dash_bio")
        if self.p(0.3):
            self.next(DASH_DEV, "dash_dev")


def generate_session(seed: int, target: int) -> tuple[Household180, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.dizi_block),
        (0.10, s.segah_block),
        (0.08, s.nur_block),
        (0.10, s.gov_block),
        (0.09, s.bank_block),
        (0.08, s.taksi_block),
        (0.08, s.food_block),
        (0.08, s.tv_block),
        (0.08, s.iptv_block),
        (0.07, s.watch_block),
        (0.09, s.dash_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
