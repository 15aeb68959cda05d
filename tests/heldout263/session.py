"""The script of the set-263 session: a Kazan family's phones and living-room TV
in turn, with most of the traffic ordinary look-alikes (a theatre's ticketing and
its own foyer screens, a mosque's prayer-times and Quran-audio app, the
university's campus card and lab-equipment booking, city transport with bus GPS,
a photo studio, a bookshop, a recipe-video site, a hockey club's shop) and a few
genuinely sensitive flows (the Tatar TV app's watch progress, the bank's face
login and ЕБС enrolment, the studio back office's face analysis, the foyer
camera's audience analytics, ad SDK ids). Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, foto, kanal, kibet, mechet, tamle, teatr, univ
from . import transport as tr
from .phone import Family263

START = 1746864000.0  # 2025-05-10T08:00:00Z

Gen = Callable[[Context], Flow]

KANAL_VIEW: list[Gen] = [
    kanal.karau_urini,
    kanal.tv_heartbeat,
    kanal.appsflyer_content_view,
    kanal.karau_tarihy,
    kanal.opaque_beacon,
    kanal.davam_it,
    kanal.karau_urini,
    kanal.tv_heartbeat,
]
KANAL_DEV: list[Gen] = [kanal.appsflyer_launch, kanal.register, kanal.tv_register]
BANK_BIO: list[Gen] = [bank.yoz_keru, bank.ebs_enrol, bank.yoz_keru, bank.yoz_protobuf]
BANK_DEV: list[Gen] = [bank.metrica_startup, bank.device_bind]
TEATR_BIO: list[Gen] = [teatr.audience_faces, teatr.audience_faces, teatr.audience_opaque]
SDK_DEV: list[Gen] = [
    mechet.metrica_startup,
    tamle.mytracker,
    kibet.appsflyer_launch,
    mechet.metrica_report,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family263.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            kanal.appsflyer_launch(c),
            kanal.register(c),
            teatr.afisha(c),
            mechet.vakytlar(c),
            univ.timetable(c),
            background.weather(c),
        ]

    def kanal_block(self) -> None:
        self.some(
            [
                (0.5, kanal.katalog),
                (0.6, kanal.hls_segment),
                (0.4, kanal.hls_segment),
                (0.3, kanal.programma),
                (0.25, kanal.in_kup_karalgan),
                (0.2, kanal.ezlau),
            ]
        )
        if self.p(0.7):
            self.next(KANAL_VIEW, "kanal_view")
        if self.p(0.15):
            self.next(KANAL_DEV, "kanal_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.balance),
                (0.5, bank.kurs),
                (0.3, bank.transfer),
                (0.25, bank.sms_kod),
                (0.15, bank.profile_form),
                (0.12, bank.avatar),
            ]
        )
        if self.p(0.35):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.12):
            self.next(BANK_DEV, "bank_dev")

    def teatr_block(self) -> None:
        self.some(
            [
                (0.6, teatr.afisha),
                (0.4, teatr.urynnar),
                (0.3, teatr.zakaz),
                (0.5, teatr.poster),
                (0.35, teatr.screen_heartbeat),
                (0.3, teatr.screen_playlist),
                (0.3, teatr.trailer_fetch),
                (0.15, teatr.screens_inventory),
                (0.2, teatr.door_counter),
            ]
        )
        if self.p(0.12):
            self.next(TEATR_BIO, "teatr_bio")

    def mechet_block(self) -> None:
        self.some(
            [
                (0.6, mechet.vakytlar),
                (0.6, mechet.surah_audio),
                (0.4, mechet.surah_audio),
                (0.3, mechet.qarilar),
                (0.2, mechet.xutba),
                (0.15, mechet.hijri),
                (0.1, mechet.donate),
            ]
        )

    def univ_block(self) -> None:
        self.some(
            [
                (0.4, univ.card),
                (0.15, univ.card_topup),
                (0.35, univ.equipment_list),
                (0.3, univ.equipment_booking),
                (0.3, univ.instrument_telemetry),
                (0.2, univ.spectrum),
                (0.4, univ.timetable),
                (0.2, univ.library),
                (0.2, univ.id_photo),
                (0.25, univ.canteen),
            ]
        )

    def transport_block(self) -> None:
        self.some(
            [
                (0.7, tr.vehicles),
                (0.5, tr.forecast),
                (0.4, tr.nearest),
                (0.2, tr.route_shape),
                (0.15, tr.topup),
                (0.15, tr.qr_validate),
            ]
        )

    def foto_block(self) -> None:
        self.some(
            [
                (0.35, foto.retouch_order),
                (0.4, foto.order_status),
                (0.5, foto.preview),
                (0.3, foto.price_list),
                (0.2, foto.detect_labels),
            ]
        )
        if self.p(0.18):
            self.flows.append(foto.detect_faces(self.ctx))

    def kibet_block(self) -> None:
        self.some(
            [
                (0.4, kibet.book_catalogue),
                (0.3, kibet.book_search),
                (0.15, kibet.ereader),
                (0.2, kibet.book_cart),
                (0.4, kibet.book_cover),
                (0.35, kibet.shop),
                (0.15, kibet.shop_order),
                (0.4, kibet.match_centre),
                (0.3, kibet.player_photo),
                (0.2, kibet.minigame_score),
                (0.2, kibet.ticket_push),
            ]
        )

    def tamle_block(self) -> None:
        self.some(
            [
                (0.7, tamle.watch_page),
                (0.7, tamle.segment),
                (0.5, tamle.segment),
                (0.5, tamle.thumb),
                (0.3, tamle.search),
                (0.25, tamle.comments),
                (0.2, tamle.popular),
            ]
        )

    def sdk_turn(self) -> None:
        """Now and then one of the ad / analytics SDKs reports in (after any block)."""
        if self.p(0.035):
            self.next(SDK_DEV, "sdk_dev")


def generate_session(seed: int, target: int) -> tuple[Family263, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.kanal_block),
        (0.1, s.bank_block),
        (0.13, s.teatr_block),
        (0.1, s.mechet_block),
        (0.12, s.univ_block),
        (0.1, s.transport_block),
        (0.09, s.foto_block),
        (0.12, s.kibet_block),
        (0.11, s.tamle_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45, after=s.sdk_turn)
