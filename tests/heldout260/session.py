"""The script of the set-260 session: a whānau's phones and lounge TV box in
Aotearoa, and the museum kiosk network the tester audited, in turn, with
ordinary background traffic in between. A precision stress set: most blocks are
community and leisure apps full of look-alikes; the few sensitive events rotate
through a schedule per app so that even a small set covers every kind, opaque
ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, hapori, mataki, peke, takutai
from .phone import Whanau260

START = 1735707600.0  # 2025-01-01T05:00:00Z (18:00 NZDT)

Gen = Callable[[Context], Flow]

MK_VIEW: list[Gen] = [
    mataki.matakitaki_progress,
    mataki.tv_heartbeat,
    mataki.conviva_hb,
    mataki.haere_tonu,
    mataki.ga4_video,
    mataki.opaque_beacon,
    mataki.tv_heartbeat,
    mataki.hitori,
    mataki.meta_watched,
    lambda c: mataki.ga4_video(c, "video_complete"),
    mataki.matakitaki_progress,
]
MK_DEV: list[Gen] = [
    mataki.appsflyer_launch,
    mataki.ga4_screen,
    mataki.meta_activities,
    mataki.tvbox_config,
    mataki.firebase_installation,
    mataki.register,
    mataki.tvbox_register,
]
BANK_BIO: list[Gen] = [
    peke.onfido_live_photo,
    peke.facetec_liveness,
    peke.face_template_pb,
    peke.facetec_liveness,
    peke.onfido_live_photo,
]
BANK_DEV: list[Gen] = [peke.device_bind, peke.adjust_session, peke.balance_hashed]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Whanau260.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            mataki.firebase_installation(c),
            mataki.register(c),
            mataki.appsflyer_launch(c),
            mataki.tvbox_register(c),
            hapori.marae_register(c),
            peke.device_bind(c),
            peke.adjust_session(c),
            takutai.weather(c),
            hapori.kiosk_heartbeat(c),
        ]

    def mk_block(self) -> None:
        self.some(
            [
                (0.5, mataki.catalogue),
                (0.7, mataki.hls_segment),
                (0.5, mataki.hls_segment),
                (0.4, mataki.thumbnail),
                (0.25, mataki.rapu),
                (0.2, mataki.epg),
                (0.15, mataki.motu_top),
                (0.3, mataki.drm_licence),
            ]
        )
        if self.p(0.7):
            self.next(MK_VIEW, "mk_view")
        if self.p(0.3):
            self.next(MK_DEV, "mk_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, peke.fx_rates),
                (0.4, peke.payment),
                (0.3, peke.otp),
                (0.12, peke.kyc_form),
                (0.1, peke.avatar),
                (0.12, peke.onfido_applicant),
                (0.1, peke.onfido_document_back),
            ]
        )
        if self.p(0.5):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.3):
            self.next(BANK_DEV, "bank_dev")

    def marae_block(self) -> None:
        self.some(
            [
                (0.6, hapori.panui),
                (0.4, hapori.hui_calendar),
                (0.2, hapori.koha),
                (0.25, hapori.kitchen_booking),
                (0.4, hapori.gallery),
                (0.5, hapori.gallery_photo),
                (0.3, hapori.gallery_photo),
                (0.1, hapori.face_grouping),
                (0.05, hapori.marae_register),
            ]
        )

    def museum_block(self) -> None:
        self.some(
            [
                (0.7, hapori.kiosk_heartbeat),
                (0.4, hapori.kiosk_heartbeat),
                (0.4, hapori.gallery_screen_playlist),
                (0.4, hapori.gallery_screen_log),
                (0.3, hapori.people_counter),
                (0.25, hapori.ar_anchor),
                (0.25, hapori.exhibition_page),
                (0.1, hapori.kiosk_inventory),
                (0.12, hapori.visitor_face_analytics),
            ]
        )

    def kura_block(self) -> None:
        self.some(
            [
                (0.5, hapori.class_tablets),
                (0.4, hapori.class_screen_time),
                (0.2, hapori.class_lock),
                (0.5, hapori.school_newsletter),
            ]
        )

    def council_block(self) -> None:
        self.some(
            [
                (0.4, hapori.library_search),
                (0.25, hapori.library_loans),
                (0.2, hapori.library_tablets),
                (0.4, hapori.parking_start),
                (0.4, hapori.parking_zones),
                (0.12, hapori.rates_invoice),
                (0.12, hapori.council_upload),
            ]
        )

    def surf_block(self) -> None:
        self.some(
            [
                (0.3, takutai.cam_list),
                (0.4, takutai.cam_watch_page),
                (0.8, takutai.cam_segment),
                (0.6, takutai.cam_segment),
                (0.4, takutai.cam_segment),
                (0.4, takutai.cam_thumb),
                (0.4, takutai.surf_forecast),
                (0.3, takutai.tides),
                (0.15, takutai.cam_view_report),
            ]
        )

    def print_block(self) -> None:
        self.some(
            [
                (0.3, takutai.print_prices),
                (0.7, takutai.print_upload),
                (0.4, takutai.print_upload),
                (0.4, takutai.print_order),
            ]
        )

    def reo_block(self) -> None:
        self.some(
            [
                (0.5, takutai.reo_lessons),
                (0.7, takutai.reo_audio),
                (0.4, takutai.reo_audio),
                (0.3, takutai.reo_vocab),
                (0.4, takutai.reo_quiz),
                (0.2, takutai.reo_pronounce),
            ]
        )

    def rugby_block(self) -> None:
        self.some(
            [
                (0.5, takutai.fixtures),
                (0.25, takutai.buy_tickets),
                (0.2, takutai.watch_party),
                (0.5, takutai.live_score),
            ]
        )


def generate_session(seed: int, target: int) -> tuple[Whanau260, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.mk_block),
        (0.08, s.bank_block),
        (0.12, s.marae_block),
        (0.12, s.museum_block),
        (0.08, s.kura_block),
        (0.1, s.council_block),
        (0.11, s.surf_block),
        (0.06, s.print_block),
        (0.1, s.reo_block),
        (0.08, s.rugby_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
