"""The script of the set-204 session: one Vietnamese family's devices in turn (the
father's e-wallet, TV box and ACR smart TV in Hà Nội; the mother's music app in
Đà Nẵng; the son's drama / anime streamer and V.League app in Thành phố Hồ Chí
Minh), with ordinary background traffic in between. Sensitive events rotate
through a schedule per app so that even a small set covers every family,
opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bongda, nhac, phim, tivi, tvbox, vi
from .phone import Family204

START = 1733011200.0  # 2024-12-01T00:00:00Z (07:00 in Việt Nam)

Gen = Callable[[Context], Flow]

PHIM_VIEW: list[Gen] = [
    phim.tien_do_xem,
    phim.gmp_upload,
    phim.xem_tiep,
    phim.beacon_opaque,
    phim.tien_do_xem,
    phim.xem_xong,
    phim.lich_su_xem,
    phim.gmp_upload,
]
PHIM_DEV: list[Gen] = [
    phim.admob,
    phim.pangle_ad,
    phim.dang_ky_thiet_bi,
    lambda c: phim.gmp_upload(c, video=False),
    phim.admob,
    phim.firebase_installation,
]
BD_VIEW: list[Gen] = [
    bongda.xem_truc_tiep,
    bongda.highlight_da_xem,
    bongda.stats_opaque,
    bongda.appsflyer_content_view,
    bongda.xem_truc_tiep,
]
BD_DEV: list[Gen] = [bongda.appsflyer_launch, bongda.rtb_bid, bongda.appsflyer_event]
NHAC_VIEW: list[Gen] = [
    nhac.luot_nghe,
    nhac.meta_content_view,
    nhac.nghe_gan_day,
    nhac.offline_batch,
    nhac.luot_nghe,
    nhac.adjust_play_event,
]
NHAC_DEV: list[Gen] = [nhac.adjust_session, nhac.meta_activate, nhac.adjust_event, nhac.dang_ky]
VI_BIO: list[Gen] = [
    vi.face_login,
    vi.fpt_facematch,
    vi.face_login_protobuf,
    vi.rekognition_pay,
    vi.face_login,
    vi.fpt_liveness,
    vi.liveness_frames,
    vi.face_enrol,
]
VI_DEV: list[Gen] = [vi.device_bind, vi.so_du_opaque, vi.so_du_opaque]
BOX_VIEW: list[Gen] = [tvbox.nhat_ky_xem, tvbox.vod_tien_do, tvbox.qos_opaque, tvbox.nhat_ky_xem]
BOX_OTHER: list[Gen] = [
    tvbox.keep_alive,
    tvbox.epg,
    tvbox.ds_kenh,
    tvbox.keep_alive,
    tvbox.firmware,
    tvbox.noi_bat,
    tvbox.so_hop_dong,
]
TV_VIEW: list[Gen] = [tivi.acr_report, tivi.viewing_summary, tivi.acr_opaque, tivi.acr_report]
TV_DEV: list[Gen] = [tivi.network_status, tivi.register]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family204.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            phim.firebase_installation(c),
            phim.dang_ky_thiet_bi(c),
            bongda.appsflyer_launch(c),
            nhac.adjust_session(c),
            nhac.dang_ky(c),
            vi.device_bind(c),
            tvbox.dang_nhap(c),
            tvbox.keep_alive(c),
            tivi.register(c),
            background.weather(c),
        ]

    def phim_block(self) -> None:
        self.some(
            [
                (0.5, phim.danh_muc),
                (0.7, phim.hls_segment),
                (0.5, phim.hls_segment),
                (0.25, phim.tim_kiem),
                (0.2, phim.top_xem),
                (0.2, phim.binh_luan),
                (0.15, phim.lich_chieu),
                (0.1, phim.goi_cuoc),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(PHIM_VIEW, "phim_view")
        if self.p(0.35):
            self.next(PHIM_DEV, "phim_dev")

    def bongda_block(self) -> None:
        self.some(
            [
                (0.7, bongda.ty_so_truc_tiep),
                (0.4, bongda.dien_bien),
                (0.3, bongda.ds_highlight),
                (0.25, bongda.bang_xep_hang),
                (0.1, bongda.dang_ky_thong_bao),
            ]
        )
        if self.p(0.75):
            self.next(BD_VIEW, "bd_view")
        if self.p(0.45):
            self.next(BD_DEV, "bd_dev")

    def nhac_block(self) -> None:
        self.some(
            [
                (0.7, nhac.audio_chunk),
                (0.3, nhac.bxh),
                (0.25, nhac.loi_bai_hat),
                (0.25, nhac.playlist),
                (0.2, nhac.tim_kiem),
            ]
        )
        if self.p(0.75):
            self.next(NHAC_VIEW, "nhac_view")
        if self.p(0.4):
            self.next(NHAC_DEV, "nhac_dev")

    def vi_block(self) -> None:
        self.some(
            [
                (0.5, vi.ty_gia),
                (0.3, vi.chuyen_tien),
                (0.3, vi.thanh_toan_qr),
                (0.25, vi.otp),
                (0.12, vi.kyc_form),
                (0.12, vi.avatar),
                (0.12, vi.fpt_idr_back),
            ]
        )
        if self.p(0.85):
            self.next(VI_BIO, "vi_bio")
        if self.p(0.4):
            self.next(VI_DEV, "vi_dev")

    def box_block(self) -> None:
        if self.p(0.75):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, tivi.remote_key),
                (0.3, tivi.home_rails),
                (0.2, tivi.trending),
                (0.15, tivi.app_store),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")


def generate_session(seed: int, target: int) -> tuple[Family204, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.phim_block),
        (0.15, s.bongda_block),
        (0.16, s.nhac_block),
        (0.18, s.vi_block),
        (0.15, s.box_block),
        (0.16, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
