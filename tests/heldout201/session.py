"""The script of the set-201 session: one Somali family's devices in turn (the
father's mobile-money wallet in Hargeisa; the mother's Qur'an / nasheed app and
the satellite TV box in Mogadishu; the son's series streamer and remittance app
in Minneapolis; the daughter's football app in Nairobi), with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, daawo, dish, goolka, hanti, nuur, xawaalad
from .phone import Family201

START = 1733126400.0  # 2024-12-02T08:00:00Z

Gen = Callable[[Context], Flow]

DAAWO_VIEW: list[Gen] = [
    daawo.daawo_horumar,
    daawo.ga4_video,
    daawo.toos_heartbeat,
    daawo.sii_wad,
    daawo.opaque_beacon,
    daawo.adjust_watched,
    lambda c: daawo.ga4_video(c, "video_complete"),
    daawo.daawo_horumar,
    daawo.taariikhda,
]
DAAWO_DEV: list[Gen] = [
    daawo.adjust_session,
    daawo.ga4_screen,
    daawo.register_device,
    daawo.firebase_installation,
]
NUUR_VIEW: list[Gen] = [
    nuur.dhageysi_log,
    nuur.nashiid_ciyaar,
    nuur.kuwii_dambe,
    nuur.opaque_batch,
    nuur.dhageysi_log,
]
NUUR_DEV: list[Gen] = [nuur.unity_ad, nuur.unity_ad, nuur.register]
HANTI_BIO: list[Gen] = [
    hanti.face_login,
    hanti.smile_auth,
    hanti.face_login_protobuf,
    hanti.smile_enroll,
    hanti.face_login,
    hanti.smile_zip_put,
]
HANTI_DEV: list[Gen] = [hanti.device_bind, hanti.haraaga_opaque, hanti.haraaga_opaque]
XAW_BIO: list[Gen] = [
    xawaalad.onfido_live_photo,
    xawaalad.onfido_live_video,
    xawaalad.selfie_recheck_opaque,
    xawaalad.onfido_live_photo,
]
XAW_DEV: list[Gen] = [xawaalad.register_device, xawaalad.history_opaque]
GOOL_VIEW: list[Gen] = [
    goolka.stream_heartbeat,
    goolka.muuqaal_la_daawaday,
    goolka.opaque_stats,
    goolka.stream_heartbeat,
]
GOOL_DEV: list[Gen] = [
    goolka.ironsource_init,
    goolka.unity_ad,
    goolka.ironsource_mediation,
    goolka.register,
    goolka.ironsource_compact,
    goolka.unity_ad,
]
BOX_VIEW: list[Gen] = [dish.daawasho_log, dish.daawasho_log, dish.audience_opaque]
BOX_OTHER: list[Gen] = [
    dish.epg,
    dish.signal,
    dish.entitlement,
    dish.rukhsad,
    dish.firmware,
    dish.auth,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family201.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            daawo.firebase_installation(c),
            daawo.register_device(c),
            daawo.adjust_session(c),
            nuur.register(c),
            hanti.device_bind(c),
            xawaalad.register_device(c),
            goolka.register(c),
            goolka.ironsource_init(c),
            dish.auth(c),
            background.weather(c),
        ]

    def daawo_block(self) -> None:
        self.some(
            [
                (0.5, daawo.barnaamijyada),
                (0.7, daawo.hls_segment),
                (0.5, daawo.hls_segment),
                (0.25, daawo.raadi),
                (0.2, daawo.ugu_daawashada_badan),
                (0.25, daawo.jadwalka),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(DAAWO_VIEW, "daawo_view")
        if self.p(0.3):
            self.next(DAAWO_DEV, "daawo_dev")

    def nuur_block(self) -> None:
        self.some(
            [
                (0.7, nuur.audio_chunk),
                (0.5, nuur.audio_chunk),
                (0.3, nuur.suurado),
                (0.3, nuur.salaadda),
                (0.15, nuur.qibla),
                (0.25, nuur.tafsiir),
            ]
        )
        if self.p(0.75):
            self.next(NUUR_VIEW, "nuur_view")
        if self.p(0.3):
            self.next(NUUR_DEV, "nuur_dev")

    def hanti_block(self) -> None:
        self.some(
            [
                (0.5, hanti.haraaga),
                (0.4, hanti.lacag_dir),
                (0.3, hanti.bixi_ganacsi),
                (0.3, hanti.sarrifka),
                (0.25, hanti.otp),
                (0.12, hanti.kyc_form),
                (0.12, hanti.sawirka_profile),
                (0.12, hanti.smile_upload_request),
            ]
        )
        if self.p(0.85):
            self.next(HANTI_BIO, "hanti_bio")
        if self.p(0.35):
            self.next(HANTI_DEV, "hanti_dev")

    def xaw_block(self) -> None:
        self.some(
            [
                (0.6, xawaalad.quote),
                (0.4, xawaalad.transfer),
                (0.3, xawaalad.recipients),
                (0.15, xawaalad.sdk_token),
                (0.12, xawaalad.onfido_document_back),
            ]
        )
        if self.p(0.75):
            self.next(XAW_BIO, "xaw_bio")
        if self.p(0.3):
            self.next(XAW_DEV, "xaw_dev")

    def gool_block(self) -> None:
        self.some(
            [
                (0.7, goolka.natiijooyinka),
                (0.4, goolka.dhacdooyinka),
                (0.25, goolka.safka),
                (0.3, goolka.muuqaalada),
                (0.2, goolka.shaxda),
                (0.1, goolka.ogeysiis),
            ]
        )
        if self.p(0.75):
            self.next(GOOL_VIEW, "gool_view")
        if self.p(0.45):
            self.next(GOOL_DEV, "gool_dev")

    def box_block(self) -> None:
        if self.p(0.75):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")


def generate_session(seed: int, target: int) -> tuple[Family201, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.22, s.daawo_block),
        (0.15, s.nuur_block),
        (0.16, s.hanti_block),
        (0.12, s.xaw_block),
        (0.19, s.gool_block),
        (0.12, s.box_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
