"""The script of the set-199 session: a school IT administrator's working day
on the phone. Mostly fleet, Wi-Fi, display, lecture-capture, ID-card and kiosk
housekeeping (ordinary look-alikes), with ordinary background traffic in
between; now and then a flow that does carry something (a hardware serial, a
face login, the lunch-time streaming, the weather app's ad SDKs). Sensitive
events rotate through a schedule per app so that even a small set covers
every family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, capture, displays, fleet, huarere, idcards, kaiako, kiosk, mataki, wifi
from .phone import Phone199

START = 1796155200.0  # 2026-12-01T20:00:00Z, 09:00 on 2 December in Wellington

Gen = Callable[[Context], Flow]

FLEET_DEV: list[Gen] = [
    fleet.list_hardware,
    fleet.warranty_claim,
    fleet.device_get,
    fleet.move_to_ou,
    fleet.telemetry_battery,
    fleet.disable_lost,
]
WIFI_DEV: list[Gen] = [wifi.clients, wifi.access_points]
PANEL_DEV: list[Gen] = [displays.office_panel, displays.panel_register, displays.office_panel]
CAPTURE_DEV: list[Gen] = [capture.appliance_status, capture.appliance_reboot]
CAPTURE_VIEW: list[Gen] = [
    capture.preview_heartbeat,
    capture.engagement_export,
    capture.preview_heartbeat,
]
CARD_BIO: list[Gen] = [
    idcards.rekognition_check,
    idcards.rekognition_check,
    idcards.autocrop_opaque,
]
KIOSK_DEV: list[Gen] = [
    kiosk.kiosk_device,
    kiosk.kiosk_enrol_opaque,
    kiosk.kiosk_reassign,
    kiosk.kiosk_device,
]
KAIAKO_BIO: list[Gen] = [
    kaiako.face_login,
    kaiako.face_enrol,
    kaiako.face_login,
    kaiako.face_login_opaque,
]
MATAKI_VIEW: list[Gen] = [
    mataki.progress,
    mataki.conviva_hb,
    mataki.continue_watching,
    mataki.progress,
    mataki.beacon_opaque,
    mataki.conviva_hb,
]
MATAKI_DEV: list[Gen] = [mataki.ima_ad, mataki.register, mataki.ima_ad]
HUARERE_DEV: list[Gen] = [
    huarere.appsflyer,
    huarere.admob,
    huarere.applovin,
    huarere.adapter_config_opaque,
    huarere.admob,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone199.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            kaiako.register(c),
            kaiako.face_login(c),
            capture.preview_heartbeat(c),
            fleet.list_assets(c),
            wifi.health(c),
            background.time_sync(c),
            huarere.forecast(c),
            huarere.appsflyer(c),
            kiosk.visitor_log(c),
            fleet.count_versions(c),
        ]

    def fleet_block(self) -> None:
        self.some(
            [
                (0.8, fleet.list_assets),
                (0.5, fleet.count_versions),
                (0.3, fleet.count_aue),
                (0.5, fleet.loan_checkout),
                (0.5, fleet.repair_ticket),
                (0.3, fleet.stocktake_summary),
                (0.4, fleet.list_assets),
            ]
        )
        if self.p(0.2):
            self.next(FLEET_DEV, "fleet_dev")

    def wifi_block(self) -> None:
        self.some(
            [
                (0.8, wifi.health),
                (0.6, wifi.controller_log),
                (0.4, wifi.hourly_report),
                (0.2, wifi.wlanconf),
                (0.4, wifi.controller_log),
            ]
        )
        if self.p(0.08):
            self.next(WIFI_DEV, "wifi_dev")

    def display_block(self) -> None:
        self.some(
            [
                (0.6, displays.panel_list),
                (0.6, displays.schedule),
                (0.4, displays.proof_of_play),
                (0.3, displays.push_notice),
                (0.6, displays.thumb),
                (0.2, displays.power_schedule),
            ]
        )
        if self.p(0.08):
            self.next(PANEL_DEV, "panel_dev")

    def capture_block(self) -> None:
        self.some(
            [
                (0.7, capture.analytics),
                (0.4, capture.course_summary),
                (0.4, capture.recording_schedule),
                (0.4, capture.appliances),
                (0.3, capture.segment),
            ]
        )
        if self.p(0.1):
            self.next(CAPTURE_VIEW, "capture_view")
        if self.p(0.08):
            self.next(CAPTURE_DEV, "capture_dev")

    def card_block(self) -> None:
        self.some(
            [
                (0.6, idcards.roster),
                (0.8, idcards.portrait_upload),
                (0.5, idcards.portrait_upload),
                (0.4, idcards.print_job),
                (0.3, idcards.printer_status),
                (0.2, idcards.template),
            ]
        )
        if self.p(0.3):
            self.next(CARD_BIO, "card_bio")

    def kiosk_block(self) -> None:
        self.some([(0.7, kiosk.visitor_log), (0.5, kiosk.badge_photo), (0.2, kiosk.settings_push)])
        if self.p(0.12):
            self.next(KIOSK_DEV, "kiosk_dev")

    def kaiako_block(self) -> None:
        self.some(
            [
                (0.6, kaiako.timetable),
                (0.6, kaiako.attendance),
                (0.5, kaiako.notices),
                (0.3, kaiako.relief),
            ]
        )
        if self.p(0.25):
            self.next(KAIAKO_BIO, "kaiako_bio")

    def mataki_block(self) -> None:
        self.some(
            [
                (0.6, mataki.catalogue),
                (0.4, mataki.trending),
                (0.3, mataki.search),
                (0.6, mataki.poster),
                (0.8, mataki.segment),
                (0.6, mataki.segment),
                (0.3, mataki.epg),
                (0.3, mataki.bitrate_probe),
            ]
        )
        if self.p(0.6):
            self.next(MATAKI_VIEW, "mataki_view")
        if self.p(0.2):
            self.next(MATAKI_DEV, "mataki_dev")

    def huarere_block(self) -> None:
        self.some(
            [
                (0.8, huarere.forecast),
                (0.6, huarere.radar_tile),
                (0.5, huarere.radar_tile),
                (0.3, huarere.warnings),
                (0.3, huarere.ad_creative),
                (0.2, huarere.sdk_settings),
            ]
        )
        if self.p(0.35):
            self.next(HUARERE_DEV, "huarere_dev")


def generate_session(seed: int, target: int) -> tuple[Phone199, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.fleet_block),
        (0.14, s.wifi_block),
        (0.12, s.display_block),
        (0.12, s.capture_block),
        (0.1, s.card_block),
        (0.08, s.kiosk_block),
        (0.1, s.kaiako_block),
        (0.06, s.mataki_block),
        (0.08, s.huarere_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
