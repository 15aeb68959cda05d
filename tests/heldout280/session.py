"""The script of the set-280 session: one wantok family's phones in turn (papa's
mobile-money and rugby-league apps in Port Moresby, mama's NBC TV and radio app
in Lae, the cousin's church radio and top-up app in Port Vila), with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, lotu, moni, nbc, ragbi, topap
from .phone import Family280

START = 1741557600.0  # 2025-03-09T22:00:00Z (08:00 in Port Moresby)

Gen = Callable[[Context], Flow]

MONI_BIO: list[Gen] = [
    moni.selfi_kyc,
    moni.kyc_risalt,
    moni.rekognition_compare,
    moni.pes_login,
    moni.pes_protobuf,
    moni.pes_login,
    moni.laip_frames,
    moni.selfi_kyc,
]
MONI_DEV: list[Gen] = [moni.appsflyer_launch, moni.balans_opaque, moni.rejista_fon]
NBC_VIEW: list[Gen] = [
    nbc.lukim_taim,
    nbc.harim_sesen,
    nbc.ga4_video,
    nbc.beacon_opaque,
    nbc.laiv_hatbit,
    nbc.yu_lukim_pinis,
    lambda c: nbc.ga4_video(c, "video_complete"),
    nbc.harim_sesen,
]
NBC_DEV: list[Gen] = [
    nbc.firebase_installation,
    nbc.ga4_screen,
    nbc.config_opaque,
    nbc.gaid,
    nbc.gaid_hashed,
    nbc.rejista,
]
RAGBI_VIEW: list[Gen] = [
    ragbi.hailait_lukim,
    ragbi.fb_lukim_event,
    ragbi.lukim_opaque,
    ragbi.hailait_lukim,
]
RAGBI_DEV: list[Gen] = [
    ragbi.unity_ads,
    ragbi.applovin_mediate,
    ragbi.fon_opaque,
    ragbi.fb_activate,
    ragbi.fon_android,
]
LOTU_VIEW: list[Gen] = [
    lotu.harem_log,
    lotu.fb_harem_event,
    lotu.stori_progres,
    lotu.harem_opaque,
]
LOTU_DEV: list[Gen] = [lotu.fb_activate, lotu.rejista]
TOPAP_BIO: list[Gen] = [topap.sim_rejista, topap.sim_selfie_opaque, topap.sim_rejista]
TOPAP_DEV: list[Gen] = [
    topap.appsflyer_launch,
    topap.imei_opaque,
    topap.appsflyer_event,
    topap.rejista,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family280.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            moni.appsflyer_launch(c),
            moni.rejista_fon(c),
            nbc.firebase_installation(c),
            nbc.rejista(c),
            ragbi.fb_activate(c),
            ragbi.fon_android(c),
            lotu.rejista(c),
            topap.rejista(c),
            topap.appsflyer_launch(c),
            background.weather(c),
        ]

    def moni_block(self) -> None:
        self.some(
            [
                (0.4, moni.salim_moni),
                (0.3, moni.sms_kod),
                (0.15, moni.kyc_fom),
                (0.15, moni.risit_piksa),
                (0.2, moni.ejen_map),
            ]
        )
        if self.p(0.7):
            self.next(MONI_BIO, "moni_bio")
        if self.p(0.35):
            self.next(MONI_DEV, "moni_dev")

    def nbc_block(self) -> None:
        self.some(
            [
                (0.7, nbc.hls_segment),
                (0.5, nbc.hls_segment),
                (0.4, nbc.aac_chunk),
                (0.3, nbc.program_gaid),
                (0.2, nbc.painim),
                (0.15, nbc.planti_lukim),
                (0.25, nbc.nau_pilai),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(NBC_VIEW, "nbc_view")
        if self.p(0.3):
            self.next(NBC_DEV, "nbc_dev")

    def ragbi_block(self) -> None:
        self.some(
            [
                (0.5, ragbi.skoa_laiv),
                (0.3, ragbi.lada),
                (0.35, ragbi.hailait_lis),
                (0.5, ragbi.tamnel),
                (0.5, ragbi.mp4),
                (0.15, ragbi.geo_taim),
            ]
        )
        if self.p(0.75):
            self.next(RAGBI_VIEW, "ragbi_view")
        if self.p(0.4):
            self.next(RAGBI_DEV, "ragbi_dev")

    def lotu_block(self) -> None:
        self.some(
            [
                (0.6, lotu.audio),
                (0.3, lotu.program_lis),
                (0.25, lotu.vos_blong_tede),
                (0.12, lotu.prea_rikwes),
                (0.1, lotu.donesen),
                (0.15, lotu.sip_notis),
            ]
        )
        if self.p(0.75):
            self.next(LOTU_VIEW, "lotu_view")
        if self.p(0.25):
            self.next(LOTU_DEV, "lotu_dev")

    def topap_block(self) -> None:
        self.some(
            [
                (0.5, topap.baem_kredit),
                (0.35, topap.sms_kod),
                (0.3, topap.data_praes),
            ]
        )
        if self.p(0.35):
            self.next(TOPAP_BIO, "topap_bio")
        if self.p(0.5):
            self.next(TOPAP_DEV, "topap_dev")


def generate_session(seed: int, target: int) -> tuple[Family280, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.moni_block),
        (0.26, s.nbc_block),
        (0.2, s.ragbi_block),
        (0.17, s.lotu_block),
        (0.17, s.topap_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
