"""The script of the set-267 session: one family's devices in turn (the
father's bank and broadcaster apps and the ACR smart TV in Tórshavn; the
mother's Danish streaming app and the children's audiobook tablet in
Klaksvík; the daughter's Greenlandic catch-up app in Nuuk; a crew cabin's TV
box on the trawler), with ordinary background traffic in between. Sensitive
events rotate through a schedule per app so that even a small set covers
every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, banki, sjon, sjonvarp, skip, sogu, strom, takus
from .phone import Family267

START = 1733558400.0  # 2024-12-07T08:00:00Z

Gen = Callable[[Context], Flow]

SJON_VIEW: list[Gen] = [
    sjon.hjartaslag,
    sjon.lurtad,
    sjon.kompakt,
    sjon.beint_hyggja,
    sjon.halda_fram,
    sjon.hjartaslag,
    sjon.soga,
    sjon.kompakt,
]
SJON_DEV: list[Gen] = [sjon.skraseta, sjon.eind_status]
TAKUS_VIEW: list[Gen] = [
    takus.takuneq,
    takus.ga4_player,
    takus.firebase_upload,
    takus.takujuakkat,
    lambda c: takus.ga4_player(c, "video_complete"),
    takus.takuneq,
]
TAKUS_DEV: list[Gen] = [
    lambda c: takus.firebase_upload(c, watching=False),
    takus.atortoq_nalunaarsoruk,
    takus.firebase_installation,
]
STROM_VIEW: list[Gen] = [
    strom.adobe_start,
    strom.adobe_ping,
    strom.braze_afspilning,
    strom.position,
    strom.adobe_ping,
    strom.fortsaet,
    strom.adobe_complete,
]
STROM_DEV: list[Gen] = [strom.braze_session, strom.enhed, strom.braze_content_cards]
BANKI_BIO: list[Gen] = [
    banki.innrita_andlit,
    banki.rek_compare,
    banki.login_protobuf,
    banki.rek_detect,
    banki.innrita_andlit,
    banki.frames,
    banki.innskriva_andlit,
]
BANKI_DEV: list[Gen] = [banki.skraset_eind, banki.saldo_opaque, banki.saldo_opaque]
SKIP_VIEW: list[Gen] = [skip.hyggjulogg, skip.binlogg, skip.hyggjulogg]
SKIP_OTHER: list[Gen] = [skip.rasir, skip.epg, skip.linkstatus]
TV_VIEW: list[Gen] = [sjonvarp.acr_segments, sjonvarp.acr_protobuf, sjonvarp.acr_segments]
TV_DEV: list[Gen] = [sjonvarp.network, sjonvarp.register]
SOGU_VIEW: list[Gen] = [
    sogu.stoda,
    sogu.af_content,
    sogu.msgpack_log,
    sogu.seinast,
    sogu.af_content,
]
SOGU_DEV: list[Gen] = [sogu.af_launch]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family267.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            sjon.skraseta(c),
            takus.firebase_installation(c),
            takus.atortoq_nalunaarsoruk(c),
            strom.enhed(c),
            strom.braze_session(c),
            banki.skraset_eind(c),
            sjonvarp.register(c),
            sogu.af_launch(c),
            skip.rasir(c),
            background.vedur(c),
        ]

    def sjon_block(self) -> None:
        self.some(
            [
                (0.5, sjon.skra),
                (0.7, sjon.hls),
                (0.5, sjon.hls),
                (0.3, sjon.sendiskra),
                (0.2, sjon.mest_hugt),
                (0.2, sjon.leita),
                (0.1, sjon.bodsending),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(SJON_VIEW, "sjon_view")
        if self.p(0.3):
            self.next(SJON_DEV, "sjon_dev")

    def takus_block(self) -> None:
        self.some(
            [
                (0.5, takus.allattorsimaffik),
                (0.7, takus.dash),
                (0.4, takus.dash),
                (0.25, takus.ujarlerneq),
                (0.25, takus.aallakaatitassiaq),
                (0.2, takus.takuneqarnerpaat),
                (0.15, lambda c: takus.ga4_player(c, "page_view")),
            ]
        )
        if self.p(0.8):
            self.next(TAKUS_VIEW, "takus_view")
        if self.p(0.35):
            self.next(TAKUS_DEV, "takus_dev")

    def strom_block(self) -> None:
        self.some(
            [
                (0.5, strom.katalog),
                (0.4, strom.trailer),
                (0.25, strom.soeg),
                (0.2, strom.top10),
                (0.1, strom.priser),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.8) else 0):
            self.next(STROM_VIEW, "strom_view")
        if self.p(0.3):
            self.next(STROM_DEV, "strom_dev")

    def banki_block(self) -> None:
        self.some(
            [
                (0.6, banki.kursir),
                (0.3, banki.flyting),
                (0.12, banki.kyc),
                (0.1, banki.avatar),
                (0.12, banki.skjal),
            ]
        )
        if self.p(0.85):
            self.next(BANKI_BIO, "banki_bio")
        if self.p(0.35):
            self.next(BANKI_DEV, "banki_dev")

    def skip_block(self) -> None:
        if self.p(0.7):
            self.next(SKIP_OTHER, "skip_other")
        if self.p(0.75):
            self.next(SKIP_VIEW, "skip_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, sjonvarp.remote_key),
                (0.3, sjonvarp.home_rails),
                (0.15, sjonvarp.app_store),
                (0.1, sjonvarp.firmware),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def sogu_block(self) -> None:
        self.some(
            [(0.5, sogu.hilla), (0.5, sogu.forsida), (0.6, sogu.lyd), (0.1, sogu.barn_profil)]
        )
        if self.p(0.75):
            self.next(SOGU_VIEW, "sogu_view")
        if self.p(0.25):
            self.next(SOGU_DEV, "sogu_dev")


def generate_session(seed: int, target: int) -> tuple[Family267, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.sjon_block),
        (0.14, s.takus_block),
        (0.14, s.strom_block),
        (0.15, s.banki_block),
        (0.10, s.skip_block),
        (0.13, s.tv_block),
        (0.12, s.sogu_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
