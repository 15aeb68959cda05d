"""The script of the set-266 session: a cross-border commuter's day (Trier to
Kirchberg and back, a night in a Remich hotel), app by app, with ordinary
background traffic in between. Most blocks are look-alike apps; the few
sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, club, coworking, fleet, hospital, hotel, kino, kuckplay, town
from .phone import Commuter266

START = 1731913200.0  # 2024-11-18T07:00:00Z

Gen = Callable[[Context], Flow]

KUCK_VIEW: list[Gen] = [
    kuckplay.gekuckt_sync,
    kuckplay.conviva_hb,
    kuckplay.weider_kucken,
    kuckplay.beacon_opaque,
    kuckplay.conviva_hb,
    kuckplay.gekuckt_sync,
]
KUCK_DEV: list[Gen] = [kuckplay.appsflyer_launch, kuckplay.firebase_installation]
BANK_BIO: list[Gen] = [
    bank.gesiicht_match,
    bank.onfido_live_photo,
    bank.gesiicht_protobuf,
    bank.gesiicht_match,
]
BANK_DEV: list[Gen] = [bank.device_bind, bank.device_header_check]
CLUB_DEV: list[Gen] = [club.adjust_session, club.adjust_event]
KINO_DEV: list[Gen] = [kino.meta_activities, kino.app_open]
OTHER_BIO: list[Gen] = [town.yoti_age, coworking.visitor_face]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Commuter266.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            kuckplay.firebase_installation(c),
            bank.device_bind(c),
            background.weather(c),
            kuckplay.katalog(c),
            kuckplay.appsflyer_launch(c),
            bank.kiosk_ticket(c),
        ]

    def kuck_block(self) -> None:
        self.some(
            [
                (0.6, kuckplay.katalog),
                (0.7, kuckplay.hls_segment),
                (0.6, kuckplay.hls_segment),
                (0.5, kuckplay.thumbnail),
                (0.3, kuckplay.epg),
                (0.25, kuckplay.sichen),
                (0.15, kuckplay.bildschierm),
                (0.3, kuckplay.drm_licence),
                (0.2, kuckplay.live_rating),
            ]
        )
        if self.p(0.55):
            self.next(KUCK_VIEW, "kuck_view")
        if self.p(0.12):
            self.next(KUCK_DEV, "kuck_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.kurs),
                (0.4, bank.kiosk_ticket),
                (0.4, bank.signage_inventory),
                (0.3, bank.virement),
                (0.12, bank.avatar),
                (0.15, bank.profil_form),
            ]
        )
        if self.p(0.45):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.15):
            self.next(BANK_DEV, "bank_dev")

    def hotel_block(self) -> None:
        self.some(
            [
                (0.6, hotel.channel_list),
                (0.6, hotel.tv_heartbeat),
                (0.3, hotel.room_service),
                (0.2, hotel.wifi_portal),
            ]
        )
        if self.p(0.4):
            self.flows.append(hotel.room_viewing_xml(self.ctx))

    def club_block(self) -> None:
        self.some(
            [
                (0.7, club.trikot_catalogue),
                (0.5, club.player_photo),
                (0.5, club.highlight_video),
                (0.4, club.match_centre),
                (0.2, club.ticket_order),
            ]
        )
        if self.p(0.2):
            self.next(CLUB_DEV, "club_dev")

    def kino_block(self) -> None:
        self.some(
            [
                (0.7, kino.programme),
                (0.5, kino.trailer_page),
                (0.5, kino.trailer_video),
                (0.3, kino.cast_gallery),
                (0.3, kino.cast_photo),
                (0.3, kino.seat_plan),
                (0.2, kino.ticket),
                (0.25, kino.projector_status),
            ]
        )
        if self.p(0.2):
            self.next(KINO_DEV, "kino_dev")

    def cowork_block(self) -> None:
        self.some(
            [
                (0.6, coworking.room_booking),
                (0.5, coworking.room_panels),
                (0.5, coworking.printers),
                (0.4, coworking.print_job),
                (0.3, coworking.badge),
            ]
        )

    def fleet_block(self) -> None:
        self.some(
            [
                (0.8, fleet.nearby_cars),
                (0.5, fleet.unlock),
                (0.2, fleet.damage_photo),
                (0.5, fleet.trip_end),
            ]
        )

    def hospital_block(self) -> None:
        self.some(
            [
                (0.6, hospital.terminal_inventory),
                (0.4, hospital.channel_stats),
                (0.4, hospital.film_catalogue),
                (0.3, hospital.menu),
                (0.3, hospital.visiting),
            ]
        )

    def shop_block(self) -> None:
        self.some(
            [
                (0.7, town.basket),
                (0.5, town.receipt_manual_age),
                (0.3, town.checkout_cameras),
            ]
        )
        if self.p(0.3):
            self.next(OTHER_BIO, "other_bio")

    def news_block(self) -> None:
        self.some(
            [
                (0.8, town.article),
                (0.5, town.news_video),
                (0.6, town.news_thumb),
                (0.15, town.poll),
            ]
        )

    def music_block(self) -> None:
        self.some(
            [
                (0.4, town.lesson_recording),
                (0.4, town.timetable),
                (0.3, town.sheet_music),
                (0.3, town.teacher_video),
            ]
        )


def generate_session(seed: int, target: int) -> tuple[Commuter266, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.kuck_block),
        (0.12, s.bank_block),
        (0.06, s.hotel_block),
        (0.09, s.club_block),
        (0.1, s.kino_block),
        (0.1, s.cowork_block),
        (0.08, s.fleet_block),
        (0.07, s.hospital_block),
        (0.08, s.shop_block),
        (0.08, s.news_block),
        (0.06, s.music_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
