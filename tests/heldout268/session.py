"""The script of the set-268 session: one family's devices in turn (the father's
telco TV app, bank app, IPTV box and ACR smart TV in Willemstad; the mother's
Dutch catch-up app; the son's kaseko music app and smartwatch in Paramaribo),
with ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, banko, flamingo, iptv, kaseko, kijk, televishon, yuru
from .phone import Family268

START = 1738400400.0  # 2025-02-01T09:00:00Z (Carnival season)

Gen = Callable[[Context], Flow]

FLAM_VIEW: list[Gen] = [
    flamingo.mira_evento,
    flamingo.conviva_hb,
    flamingo.adjust_event,
    flamingo.opaque_ping,
    flamingo.meta_events,
    flamingo.mira_batch,
    flamingo.conviva_hb,
    flamingo.sigui_mira,
    lambda c: flamingo.mira_evento(c, "mira_fin"),
]
FLAM_DEV: list[Gen] = [
    flamingo.adjust_session,
    lambda c: flamingo.meta_events(c, content=False),
    flamingo.registra,
    lambda c: flamingo.conviva_hb(c, playing=False),
]
KIJK_VIEW: list[Gen] = [
    kijk.kijkmeting,
    kijk.verder_kijken,
    kijk.legacy_beacon,
    lambda c: kijk.kijkmeting(c, "start"),
    kijk.kijkgeschiedenis,
    kijk.kijkmeting,
]
KIJK_DEV: list[Gen] = [kijk.firebase_installation, kijk.apparaat]
KASEKO_VIEW: list[Gen] = [
    kaseko.arki,
    kaseko.mixpanel_track,
    kaseko.widget_beacon,
    kaseko.mi_arki,
    kaseko.mixpanel_track,
    kaseko.arki,
]
KASEKO_DEV: list[Gen] = [
    kaseko.sani_registreer,
    lambda c: kaseko.mixpanel_track(c, play=False),
    kaseko.mixpanel_engage,
]
BANK_BIO: list[Gen] = [
    banko.kara_login,
    banko.onfido_live_photo,
    banko.kara_protobuf,
    banko.onfido_live_video,
    banko.kara_registra,
    banko.kara_login,
    banko.bibu_frames,
]
BANK_DEV: list[Gen] = [banko.liga_aparato, banko.saldo_opaque]
BOX_VIEW: list[Gen] = [iptv.log_kanal, iptv.log_kanal, iptv.qos_csv]
BOX_OTHER: list[Gen] = [iptv.epg, iptv.info, iptv.stream_token, iptv.lista_kanal, iptv.registra]
TV_VIEW: list[Gen] = [
    televishon.acr_match,
    televishon.mi_mira,
    televishon.acr_protobuf,
    televishon.acr_match,
]
TV_DEV: list[Gen] = [televishon.network, televishon.registra]
WATCH_DEV: list[Gen] = [
    yuru.sync,
    yuru.sani_info,
    yuru.dump_protobuf,
    yuru.bind,
    yuru.sync,
    yuru.config_opaque,
]
WATCH_BIO: list[Gen] = [yuru.sten_enrol, yuru.sten_verify_opaque, yuru.sten_enrol]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family268.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            flamingo.registra(c),
            flamingo.adjust_session(c),
            kijk.firebase_installation(c),
            kijk.apparaat(c),
            kaseko.sani_registreer(c),
            banko.liga_aparato(c),
            iptv.registra(c),
            televishon.registra(c),
            yuru.bind(c),
            background.weather(c),
        ]

    def flam_block(self) -> None:
        self.some(
            [
                (0.4, flamingo.katalogo),
                (0.6, flamingo.hls),
                (0.4, flamingo.hls),
                (0.35, flamingo.thumbnail),
                (0.2, flamingo.buska),
                (0.2, flamingo.guia),
                (0.1, flamingo.config),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(FLAM_VIEW, "flam_view")
        if self.p(0.3):
            self.next(FLAM_DEV, "flam_dev")

    def kijk_block(self) -> None:
        self.some(
            [
                (0.6, kijk.dash),
                (0.4, kijk.dash),
                (0.25, kijk.ondertitels),
                (0.25, kijk.gids),
                (0.2, kijk.zoeken),
                (0.2, kijk.meest_bekeken),
            ]
        )
        if self.p(0.8):
            self.next(KIJK_VIEW, "kijk_view")
        if self.p(0.25):
            self.next(KIJK_DEV, "kijk_dev")

    def kaseko_block(self) -> None:
        self.some(
            [
                (0.7, kaseko.audio_chunk),
                (0.4, kaseko.cover),
                (0.3, kaseko.top_lista),
                (0.25, kaseko.lyrics),
            ]
        )
        if self.p(0.75):
            self.next(KASEKO_VIEW, "kaseko_view")
        if self.p(0.35):
            self.next(KASEKO_DEV, "kaseko_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, banko.kurso),
                (0.3, banko.transferensia),
                (0.25, banko.otp),
                (0.12, banko.kyc_formulario),
                (0.12, banko.avatar),
                (0.12, banko.onfido_document_back),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def box_block(self) -> None:
        if self.p(0.7):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, televishon.remote),
                (0.3, televishon.rails),
                (0.2, televishon.ratings),
                (0.1, televishon.firmware),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def watch_block(self) -> None:
        self.some(
            [
                (0.5, yuru.dey),
                (0.25, yuru.wakti_fesi),
                (0.2, yuru.wrist),
                (0.25, yuru.sten_command),
                (0.1, yuru.firmware),
            ]
        )
        if self.p(0.7):
            self.next(WATCH_DEV, "watch_dev")
        if self.p(0.35):
            self.next(WATCH_BIO, "watch_bio")


def generate_session(seed: int, target: int) -> tuple[Family268, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.flam_block),
        (0.14, s.kijk_block),
        (0.13, s.kaseko_block),
        (0.14, s.bank_block),
        (0.1, s.box_block),
        (0.14, s.tv_block),
        (0.12, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
