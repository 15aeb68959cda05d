"""The script of the set-255 session: one Basotho / Batswana family's devices in
turn (the daughter's Bona streaming in Maseru, the mother's Mamela music and
radio in Bloemfontein, the uncle's Kgwele football in Francistown, the son's
Madi wallet and smartwatch in Gaborone, the father's Letlotlo bank and the
Khanya decoder with its companion app in Maseru), with ordinary background
traffic in between. Sensitive events rotate through a schedule per app so that
even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bona, kgwele, khanya, letlotlo, madi, mamela, watch
from .phone import Family255

START = 1741413600.0  # 2025-03-08T06:00:00Z (08:00 in Maseru and Gaborone)

Gen = Callable[[Context], Flow]

BONA_VIEW: list[Gen] = [
    bona.shebile_tsoelopele,
    bona.measurement,
    bona.opaque_beacon,
    bona.tsoela_pele,
    bona.kanale_heartbeat,
    bona.adjust_event,
    bona.opaque_beacon,
    bona.histori,
    bona.shebile_tsoelopele,
]
BONA_DEV: list[Gen] = [
    bona.adjust_session,
    bona.screen_measurement,
    bona.register_device,
    bona.firebase_installation,
    bona.adjust_purchase,
]
MAMELA_VIEW: list[Gen] = [
    mamela.ct_pina,
    mamela.mamela_log,
    mamela.opaque_rows,
    mamela.ct_radio,
    mamela.radio_seanca,
    mamela.opaque_rows,
    mamela.haufinyane,
]
MAMELA_DEV: list[Gen] = [mamela.ct_launch, mamela.config_hashed, mamela.ngolisa, mamela.ct_screen]
KGWELE_VIEW: list[Gen] = [
    kgwele.lebeletse_live,
    kgwele.fb_content_view,
    kgwele.opaque_qoe,
    kgwele.af_event,
    kgwele.bidio_lebeletse,
    kgwele.opaque_qoe,
    kgwele.fb_match_watched,
]
KGWELE_DEV: list[Gen] = [
    kgwele.af_launch,
    kgwele.fb_activate,
    kgwele.af_conversion,
    kgwele.ikwadisa,
    kgwele.af_follow,
]
MADI_BIO: list[Gen] = [
    madi.tsena_sefatlhego,
    madi.smile_authenticate,
    madi.tsena_sealed,
    madi.smile_job_status,
    madi.smile_zip_put,
    madi.smile_enroll,
    madi.tsena_sefatlhego,
]
MADI_DEV: list[Gen] = [madi.golaganya, madi.balance_hashed, madi.pay_tv_bill, madi.balance_hashed]
BANK_BIO: list[Gen] = [
    letlotlo.face_login,
    letlotlo.onfido_live_photo,
    letlotlo.face_login_packed,
    letlotlo.kyc_status,
    letlotlo.liveness_raw,
    letlotlo.onfido_live_video,
    letlotlo.face_login,
]
BANK_DEV: list[Gen] = [letlotlo.accounts, letlotlo.bind_device, letlotlo.accounts]
KHANYA_VIEW: list[Gen] = [
    khanya.return_path,
    khanya.recently_watched,
    khanya.panel_rows,
    khanya.catchup_progress,
    khanya.return_path,
    khanya.panel_rows,
]
KHANYA_DEV: list[Gen] = [
    khanya.firmware_check,
    khanya.app_analytics_hashed,
    khanya.entitlement,
    khanya.link_decoder,
    khanya.book_recording,
    khanya.register_app,
]
WATCH_DEV: list[Gen] = [
    watch.health_upload,
    watch.ble_dump,
    watch.ota,
    watch.config_hashed,
    watch.bind,
    watch.health_upload,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family255.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            bona.firebase_installation(c),
            bona.register_device(c),
            bona.adjust_session(c),
            mamela.ngolisa(c),
            mamela.ct_launch(c),
            kgwele.af_launch(c),
            kgwele.ikwadisa(c),
            madi.golaganya(c),
            letlotlo.bind_device(c),
            khanya.register_app(c),
            khanya.link_decoder(c),
            khanya.firmware_check(c),
            watch.bind(c),
            background.weather(c),
        ]

    def bona_block(self) -> None:
        self.some(
            [
                (0.5, bona.katalogo),
                (0.7, bona.dash_segment),
                (0.5, bona.dash_segment),
                (0.2, bona.batla),
                (0.2, bona.tse_tummeng),
                (0.15, bona.kemiso),
                (0.1, bona.lisephutheloana),
                (0.15, bona.widevine_license),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(BONA_VIEW, "bona_view")
        if self.p(0.3):
            self.next(BONA_DEV, "bona_dev")

    def mamela_block(self) -> None:
        self.some(
            [
                (0.6, mamela.icecast),
                (0.4, mamela.e_bapalang_joale),
                (0.25, mamela.lenaneo),
                (0.2, mamela.chart),
                (0.2, mamela.mantsoe),
                (0.1, mamela.tekete),
            ]
        )
        if self.p(0.75):
            self.next(MAMELA_VIEW, "mamela_view")
        if self.p(0.3):
            self.next(MAMELA_DEV, "mamela_dev")

    def kgwele_block(self) -> None:
        self.some(
            [
                (0.7, kgwele.dintlha),
                (0.4, kgwele.ditiragalo),
                (0.3, kgwele.highlights_list),
                (0.25, kgwele.lenaneo),
                (0.2, kgwele.tafole),
                (0.1, kgwele.pass_price),
                (0.4, kgwele.hls_live),
            ]
        )
        if self.p(0.7):
            self.next(KGWELE_VIEW, "kgwele_view")
        if self.p(0.4):
            self.next(KGWELE_DEV, "kgwele_dev")

    def madi_block(self) -> None:
        self.some(
            [
                (0.5, madi.romela),
                (0.3, madi.airtime),
                (0.3, madi.hisitori),
                (0.2, madi.otp),
                (0.2, madi.merchant_qr),
                (0.1, madi.kyc_form),
                (0.1, madi.avatar),
                (0.12, madi.smile_prep_upload),
            ]
        )
        if self.p(0.8):
            self.next(MADI_BIO, "madi_bio")
        if self.p(0.35):
            self.next(MADI_DEV, "madi_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, letlotlo.rates),
                (0.3, letlotlo.transfer),
                (0.3, letlotlo.statement),
                (0.15, letlotlo.branches),
                (0.15, letlotlo.loan_calc),
                (0.1, letlotlo.kyc_form),
                (0.1, letlotlo.onfido_document_back),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.3):
            self.next(BANK_DEV, "bank_dev")

    def khanya_block(self) -> None:
        self.some(
            [
                (0.4, khanya.tv_guide),
                (0.2, khanya.lineup),
                (0.25, khanya.dish_diagnostics),
                (0.25, khanya.epg_download),
            ]
        )
        if self.p(0.75):
            self.next(KHANYA_VIEW, "khanya_view")
        if self.p(0.4):
            self.next(KHANYA_DEV, "khanya_dev")

    def watch_block(self) -> None:
        self.some(
            [
                (0.3, watch.dials),
                (0.4, watch.weather_push),
                (0.2, watch.wrist_raise),
                (0.4, watch.sleep_report),
            ]
        )
        if self.p(0.6):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Family255, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.18, s.bona_block),
        (0.14, s.mamela_block),
        (0.14, s.kgwele_block),
        (0.13, s.madi_block),
        (0.12, s.bank_block),
        (0.15, s.khanya_block),
        (0.1, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.55)
