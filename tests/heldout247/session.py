"""The script of the set-247 session: one Serbian family's devices in turn (the
father's bank app, cable box and ACR smart TV in Belgrade; the mother's music /
radio / podcast app in Novi Sad; the son's series app and smartwatch in Vienna;
the uncle's football / ABA-league app in Banja Luka), with ordinary background
traffic in between. Sensitive events rotate through a schedule per app so that
even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, pesme, sat, sava, serije, stb, tv_acr, utakmice
from .phone import Family247

START = 1733727600.0  # 2024-12-09T07:00:00Z

Gen = Callable[[Context], Flow]

SERIJE_VIEW: list[Gen] = [
    serije.gledano,
    serije.fa_upload,
    serije.gemius_stream,
    serije.telemetrija,
    serije.nastavi_gledanje,
    serije.uzivo_puls,
    serije.gemius_compact,
    serije.gledano_cirilica,
    serije.adjust_event,
    serije.telemetrija,
    serije.istorija,
    serije.gemius_compact,
]
SERIJE_DEV: list[Gen] = [
    serije.adjust_session,
    lambda c: serije.fa_upload(c, video=False),
    serije.gemius_view,
    serije.firebase_installation,
    lambda c: serije.adjust_event(c, watched=False),
    lambda c: serije.fa_upload(c, video=False),
    serije.register_device,
]
GOL_VIEW: list[Gen] = [
    utakmice.prenos_puls,
    utakmice.appsflyer_clip,
    utakmice.stat_opaque,
    utakmice.snimak_pogledan,
    utakmice.prenos_puls,
    utakmice.stat_opaque,
]
GOL_DEV: list[Gen] = [
    utakmice.appsflyer_launch,
    utakmice.ads_config,
    utakmice.appsflyer_tiket,
    utakmice.ads_config,
    utakmice.register,
]
MUZIKA_VIEW: list[Gen] = [
    pesme.slusano,
    pesme.fb_song,
    pesme.batch_opaque,
    pesme.radio_sesija,
    pesme.podkast_pozicija,
    pesme.batch_opaque,
    pesme.nedavno,
    pesme.slusano,
    pesme.batch_opaque,
]
MUZIKA_DEV: list[Gen] = [pesme.fb_activate, pesme.ads_opaque, pesme.register, pesme.ads_opaque]
BANKA_BIO: list[Gen] = [
    sava.dis_selfie,
    sava.face_login,
    sava.face_login_encrypted,
    sava.blinkid_front,
    sava.dis_inspect,
    sava.liveness_video,
    sava.dis_face_template,
    sava.face_login,
    sava.face_login_encrypted,
    sava.dis_liveness_selfie,
    sava.dis_face_crop,
    sava.liveness_video,
]
BANKA_DEV: list[Gen] = [sava.device_bind, sava.balance_opaque, sava.balance_opaque]
BOX_VIEW: list[Gen] = [
    stb.gledanje_start,
    stb.npaw_start,
    stb.npaw_ping,
    stb.gledanje_puls,
    stb.stat_opaque,
    stb.gledanje_start,
]
BOX_OTHER: list[Gen] = [
    stb.epg,
    stb.npaw_data,
    stb.kanali,
    stb.npaw_join,
    stb.diag_opaque,
    stb.vod_katalog,
    stb.status,
    stb.azuriranje,
]
TV_VIEW: list[Gen] = [
    tv_acr.acr_segments,
    tv_acr.continue_watching,
    tv_acr.acr_fingerprints,
    tv_acr.acr_segments,
    tv_acr.acr_fingerprints,
    tv_acr.acr_segments,
]
TV_DEV: list[Gen] = [tv_acr.network_info, tv_acr.register]
SAT_DEV: list[Gen] = [
    sat.sync,
    sat.raw_dump,
    sat.watch_info,
    sat.flags_opaque,
    sat.sync,
    sat.bind,
    sat.raw_dump,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family247.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            serije.firebase_installation(c),
            serije.register_device(c),
            serije.adjust_session(c),
            utakmice.appsflyer_launch(c),
            utakmice.register(c),
            pesme.register(c),
            pesme.fb_activate(c),
            sava.device_bind(c),
            sava.dis_customer(c),
            stb.prijava(c),
            tv_acr.register(c),
            sat.bind(c),
            background.weather(c),
        ]

    def serije_block(self) -> None:
        self.some(
            [
                (0.5, serije.katalog),
                (0.7, serije.hls_segment),
                (0.5, serije.hls_segment),
                (0.25, serije.pretraga),
                (0.2, serije.najgledanije),
                (0.2, serije.tv_vodic),
                (0.2, serije.preporuke),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(SERIJE_VIEW, "serije_view")
        if self.p(0.35):
            self.next(SERIJE_DEV, "serije_dev")

    def gol_block(self) -> None:
        self.some(
            [
                (0.7, utakmice.rezultati),
                (0.5, utakmice.hls_chunk),
                (0.3, utakmice.tabela),
                (0.25, utakmice.kvote),
                (0.2, utakmice.raspored),
                (0.2, utakmice.snimci_lista),
                (0.1, utakmice.push_topic),
            ]
        )
        if self.p(0.75):
            self.next(GOL_VIEW, "gol_view")
        if self.p(0.4):
            self.next(GOL_DEV, "gol_dev")

    def muzika_block(self) -> None:
        self.some(
            [
                (0.7, pesme.audio_chunk),
                (0.4, pesme.audio_chunk),
                (0.3, pesme.top_lista),
                (0.25, pesme.tekst),
                (0.2, pesme.stanice),
                (0.1, pesme.koncerti),
            ]
        )
        if self.p(0.75):
            self.next(MUZIKA_VIEW, "muzika_view")
        if self.p(0.3):
            self.next(MUZIKA_DEV, "muzika_dev")

    def banka_block(self) -> None:
        self.some(
            [
                (0.6, sava.kursna_lista),
                (0.3, sava.prenos),
                (0.25, sava.istorija_transakcija),
                (0.2, sava.fingerprint_login),
                (0.12, sava.dis_customer),
                (0.1, sava.blinkid_back),
                (0.1, sava.konfiguracija),
                (0.08, sava.uplatnica_foto),
            ]
        )
        if self.p(0.8):
            self.next(BANKA_BIO, "banka_bio")
        if self.p(0.35):
            self.next(BANKA_DEV, "banka_dev")

    def box_block(self) -> None:
        self.some([(0.5, stb.live_chunk)])
        if self.p(0.7):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.35, tv_acr.home_rails),
                (0.2, tv_acr.trending),
                (0.15, tv_acr.app_store),
                (0.12, tv_acr.picture_settings),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.2):
            self.next(TV_DEV, "tv_dev")

    def sat_block(self) -> None:
        self.some(
            [
                (0.6, sat.daily),
                (0.25, sat.dials),
                (0.2, sat.workout),
                (0.15, sat.diag_log),
                (0.12, sat.firmware),
            ]
        )
        if self.p(0.7):
            self.next(SAT_DEV, "sat_dev")


def generate_session(seed: int, target: int) -> tuple[Family247, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.18, s.serije_block),
        (0.13, s.gol_block),
        (0.13, s.muzika_block),
        (0.13, s.banka_block),
        (0.11, s.box_block),
        (0.12, s.tv_block),
        (0.1, s.sat_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
