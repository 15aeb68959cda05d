"""The script of the set-259 session: one Maltese family's devices in turn (the
father's bank and football apps, the IPTV box and the ACR smart TV in
Valletta; the mother's podcast app on an iPhone in Gozo; the son's catch-up
TV app and smartwatch in Sliema), with ordinary background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import arlogg, background, bank, gowl, iptv, smigh, televizur, xandir
from .phone import Family259

START = 1719900000.0  # 2024-07-02T06:00:00Z

Gen = Callable[[Context], Flow]

XANDIR_VIEW: list[Gen] = [
    xandir.progress,
    xandir.adobe_start,
    xandir.adobe_ping,
    xandir.live_heartbeat,
    xandir.progress_ascii,
    xandir.opaque_path_beacon,
    xandir.adobe_legacy,
    xandir.kompli_ara,
    xandir.adobe_ping,
    xandir.storja,
]
XANDIR_DEV: list[Gen] = [xandir.irregistra, xandir.firebase_installation]
GOWL_VIEW: list[Gen] = [
    gowl.clevertap_watched,
    gowl.ara_highlight,
    gowl.opaque_stats,
    gowl.live_qalb,
    gowl.clevertap_watched,
]
GOWL_DEV: list[Gen] = [gowl.clevertap_launch, gowl.clevertap_page, gowl.device_register]
SMIGH_VIEW: list[Gen] = [
    smigh.braze_played,
    smigh.progress,
    smigh.opaque_sync,
    smigh.storja,
    smigh.progress,
]
SMIGH_DEV: list[Gen] = [
    smigh.branch_open,
    smigh.braze_session,
    smigh.register,
    smigh.branch_open,
]
BANK_BIO: list[Gen] = [
    bank.face_login,
    bank.onfido_live_video,
    bank.face_login_protobuf,
    bank.onfido_report,
    bank.face_enrol,
    bank.onfido_live_photo,
    bank.face_login,
    bank.stepup_frames,
]
BANK_DEV: list[Gen] = [bank.device_bind, bank.bilanc, bank.bilanc]
BOX_VIEW: list[Gen] = [iptv.zapping, iptv.am_probe, iptv.zapping, iptv.ricentement]
BOX_OTHER: list[Gen] = [iptv.epg, iptv.stream_url, iptv.lineup, iptv.epg, iptv.firmware, iptv.boot]
TV_VIEW: list[Gen] = [
    televizur.acr_matches,
    televizur.acr_packed,
    televizur.acr_matches,
    televizur.viewing_summary,
]
TV_DEV: list[Gen] = [televizur.network, televizur.register]
WATCH_BIO: list[Gen] = [arlogg.voice_verify, arlogg.voice_enrol, arlogg.voice_verify_opaque]
WATCH_DEV: list[Gen] = [
    arlogg.sync,
    arlogg.device_info,
    arlogg.dump_protobuf,
    arlogg.sync,
    arlogg.bind,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family259.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            xandir.firebase_installation(c),
            xandir.irregistra(c),
            gowl.clevertap_launch(c),
            gowl.device_register(c),
            smigh.branch_open(c, install=True),
            smigh.register(c),
            bank.device_bind(c),
            iptv.boot(c),
            televizur.register(c),
            arlogg.bind(c),
            background.weather(c),
        ]

    def xandir_block(self) -> None:
        self.some(
            [
                (0.5, xandir.katalogu),
                (0.7, xandir.hls_segment),
                (0.5, xandir.hls_segment),
                (0.35, xandir.thumbnail),
                (0.2, xandir.fittex),
                (0.15, xandir.l_aktar_mara),
                (0.2, xandir.skeda),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(XANDIR_VIEW, "xandir_view")
        if self.p(0.2):
            self.next(XANDIR_DEV, "xandir_dev")

    def gowl_block(self) -> None:
        self.some(
            [
                (0.6, gowl.partiti),
                (0.3, gowl.klassifika),
                (0.35, gowl.highlights_list),
                (0.5, gowl.highlight_video),
                (0.1, gowl.biljett),
            ]
        )
        if self.p(0.75):
            self.next(GOWL_VIEW, "gowl_view")
        if self.p(0.35):
            self.next(GOWL_DEV, "gowl_dev")

    def smigh_block(self) -> None:
        self.some(
            [
                (0.4, smigh.rss),
                (0.7, smigh.audio_range),
                (0.4, smigh.audio_range),
                (0.2, smigh.fittex),
                (0.15, smigh.charts),
            ]
        )
        if self.p(0.75):
            self.next(SMIGH_VIEW, "smigh_view")
        if self.p(0.35):
            self.next(SMIGH_DEV, "smigh_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, bank.rati),
                (0.3, bank.trasferiment),
                (0.15, bank.kyc_form),
                (0.12, bank.ritratt_profil),
                (0.15, bank.sdk_token),
                (0.12, bank.onfido_document),
                (0.12, bank.onfido_check),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.35):
            self.next(BANK_DEV, "bank_dev")

    def box_block(self) -> None:
        if self.p(0.75):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, televizur.remote_key),
                (0.3, televizur.home_rails),
                (0.2, televizur.trending),
                (0.15, televizur.app_store),
            ]
        )
        if self.p(0.75):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.2):
            self.next(TV_DEV, "tv_dev")

    def watch_block(self) -> None:
        self.some(
            [
                (0.3, arlogg.wicc_arlogg),
                (0.25, arlogg.wrist),
                (0.15, arlogg.firmware),
            ]
        )
        if self.p(0.6):
            self.next(WATCH_DEV, "watch_dev")
        if self.p(0.45):
            self.next(WATCH_BIO, "watch_bio")


def generate_session(seed: int, target: int) -> tuple[Family259, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.18, s.xandir_block),
        (0.14, s.gowl_block),
        (0.13, s.smigh_block),
        (0.14, s.bank_block),
        (0.1, s.box_block),
        (0.12, s.tv_block),
        (0.1, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
