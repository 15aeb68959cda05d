"""The script of the set-269 session: a day in Finistère, mostly other people's
machines. Gwenaëlle watches the Breton TV app and passes her bank's selfie
check; Yann books the ferry, rides it (captive Wi-Fi, a cabin TV), orders at
the bakery; around them a hospital's bedside terminals and staff tablets, a
fest-noz festival's gates and stage streams, a lighthouse museum's audio
guides, a fishing cooperative's beacons, a surf school's wetsuit tags and a
Breton-language school's video lessons talk to their servers. About nine
tenths of the flows are ordinary; sensitive events rotate through a schedule
per app so that even a small set covers each kind.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import aod, background, bara, festnoz, kef, lestr, ospital, skignan, skol, tourtan
from .phone import Phones269

START = 1733040000.0 + 7 * 3600  # 2024-12-01T08:00:00+01:00 plus a morning

Gen = Callable[[Context], Flow]

SKIGNAN_VIEW: list[Gen] = [
    skignan.sellet_araokadur,
    skignan.conviva_hb,
    skignan.npaw_start,
    skignan.opaque_beacon,
    skignan.sellet_araokadur,
    skignan.istor,
    skignan.conviva_hb,
]
SKIGNAN_DEV: list[Gen] = [
    skignan.appsflyer_launch,
    skignan.meta_activities,
    skignan.config_cookie,
    skignan.firebase_installation,
    skignan.register,
]
KEF_BIO: list[Gen] = [
    kef.onfido_live_photo,
    kef.facetec_liveness,
    kef.dremm_gwiria,
    kef.selfie_protobuf,
    kef.rekognition_compare,
    kef.facetec_liveness,
]
KEF_DEV: list[Gen] = [kef.device_bind, kef.session_header]
LESTR_DEV: list[Gen] = [lestr.braze_data, lestr.portal_login, lestr.portal_quota, lestr.register]
BARA_DEV: list[Gen] = [bara.adjust_session, bara.clevertap, bara.login, bara.adjust_event]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phones269.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            skignan.register(c),
            skignan.firebase_installation(c),
            background.weather(c),
            lestr.register(c),
            ospital.terminal_health(c),
            bara.login(c),
            kef.device_bind(c),
            festnoz.programme(c),
        ]

    def skignan_block(self) -> None:
        self.some(
            [
                (0.55, skignan.katalog),
                (0.8, skignan.hls_segment),
                (0.6, skignan.hls_segment),
                (0.45, skignan.skeudenn),
                (0.25, skignan.klask),
                (0.3, skignan.epg),
                (0.15, skignan.sellet_muian),
                (0.1, skignan.lenn_mod),
                (0.15, skignan.diagnostics),
            ]
        )
        if self.p(0.6):
            self.next(SKIGNAN_VIEW, "skignan_view")
        if self.p(0.2):
            self.next(SKIGNAN_DEV, "skignan_dev")

    def kef_block(self) -> None:
        self.some(
            [
                (0.6, kef.soldes),
                (0.3, kef.virement),
                (0.35, kef.taux),
                (0.15, kef.kyc_form),
                (0.15, kef.avatar),
            ]
        )
        if self.p(0.6):
            self.next(KEF_BIO, "kef_bio")
        if self.p(0.2):
            self.next(KEF_DEV, "kef_dev")

    def lestr_block(self) -> None:
        self.some(
            [
                (0.5, lestr.timetable),
                (0.35, lestr.book_cabin),
                (0.5, lestr.ship_position),
                (0.35, lestr.signage_pop),
                (0.2, lestr.screen_inventory),
                (0.2, lestr.bar_menu),
            ]
        )
        if self.p(0.22):
            self.flows.append(lestr.cabin_tv(self.ctx))
        if self.p(0.25):
            self.next(LESTR_DEV, "lestr_dev")

    def bara_block(self) -> None:
        self.some(
            [
                (0.7, bara.menu),
                (0.4, bara.order),
                (0.2, bara.loyalty),
                (0.25, bara.semantic_search),
                (0.15, bara.pastry_labels),
                (0.3, bara.store_hours),
            ]
        )
        if self.p(0.25):
            self.next(BARA_DEV, "bara_dev")

    def ospital_block(self) -> None:
        self.some(
            [
                (0.8, ospital.terminal_health),
                (0.5, ospital.terminal_health),
                (0.35, ospital.channel_list),
                (0.2, ospital.tv_rental),
                (0.15, ospital.channel_stats),
                (0.45, ospital.mdm_checkin),
                (0.2, ospital.inventory),
                (0.25, ospital.badge_photo),
                (0.3, ospital.meal_order),
                (0.25, ospital.physio_video),
                (0.15, ospital.nurse_call),
            ]
        )

    def festnoz_block(self) -> None:
        self.some(
            [
                (0.3, festnoz.tickets),
                (0.6, festnoz.gate_scan),
                (0.5, festnoz.stage_playlist),
                (0.7, festnoz.stage_segment),
                (0.35, festnoz.crowd_count),
                (0.3, festnoz.programme),
                (0.25, festnoz.bar_tokens),
            ]
        )

    def mirdi_block(self) -> None:
        self.some(
            [
                (0.5, tourtan.guide_sync),
                (0.3, tourtan.track_totals),
                (0.6, tourtan.track_audio),
                (0.35, tourtan.panorama),
                (0.25, tourtan.beam),
                (0.2, tourtan.hours),
            ]
        )

    def aod_block(self) -> None:
        self.some(
            [
                (0.7, aod.beacon_positions),
                (0.25, aod.fleet_list),
                (0.3, aod.catch),
                (0.3, aod.tides),
                (0.4, aod.wetsuit_out),
                (0.15, aod.wetsuit_stock),
                (0.2, aod.lesson_booking),
                (0.3, aod.swell),
            ]
        )

    def skol_block(self) -> None:
        self.some(
            [
                (0.4, skol.catalogue),
                (0.6, skol.playlist),
                (0.8, skol.segment),
                (0.5, skol.segment),
                (0.3, skol.poster),
                (0.3, skol.subtitles),
                (0.25, skol.quiz),
            ]
        )


def generate_session(seed: int, target: int) -> tuple[Phones269, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.skignan_block),
        (0.08, s.kef_block),
        (0.13, s.lestr_block),
        (0.1, s.bara_block),
        (0.12, s.ospital_block),
        (0.1, s.festnoz_block),
        (0.08, s.mirdi_block),
        (0.1, s.aod_block),
        (0.08, s.skol_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
