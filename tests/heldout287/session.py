"""The script of the set-287 session, a precision stress set: Ghjuvanni's Pixel 8
in Bastia (Fighjà+ streaming, the Tirrenu ferry app with the ship's cabin
screens, the polyphonic-song archive, the Sporting Furianincu fan app and its
stadium's turnstiles) and Xuana's Galaxy A55 in Xixón (Caxa Asturiana bank, the
Camín hiking app, the Llagar Cabritu cider shop and its kiosk, the regional
TV's schedule site), with ordinary background traffic in between. About nine
tenths of the flows are ordinary look-alikes; the few sensitive events rotate
through a schedule per app so that even a small set covers every family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, banca, camin, cantu, club, fighja, llagar, tele, vapori
from .phone import Phones287

START = 1729152000.0  # 2024-10-17T08:00:00Z

Gen = Callable[[Context], Flow]

FIGHJA_VIEW: list[Gen] = [
    fighja.progress,
    fighja.piano_heartbeat,
    fighja.continue_watching,
    fighja.history,
    fighja.live_heartbeat,
    fighja.progress,
    fighja.opaque_beacon,
    fighja.piano_heartbeat,
]
FIGHJA_DEV: list[Gen] = [
    fighja.remote_config,
    fighja.adjust_subscribe,
    fighja.settings_install,
    fighja.config_hashed,
    fighja.adjust_session,
    fighja.register,
]
BANK_BIO: list[Gen] = [
    banca.selfie_match,
    banca.face_match_v3,
    banca.selfie_match,
    banca.liveness_frames,
    banca.face_match_v3,
]
OTHER_DEV: dict[str, list[Gen]] = {
    "vapori": [vapori.adjust_booking, vapori.register],
    "llagar": [llagar.braze_session, llagar.braze_cart, llagar.push_register],
    "camin": [camin.remote_config, camin.licence, camin.firebase],
    "club": [club.braze_ticket, club.push_register, club.braze_session],
    "banca": [banca.device_bind],
}


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phones287.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def dev(self, app: str, prob: float) -> None:
        if self.p(prob):
            self.next(OTHER_DEV[app], app)

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            fighja.firebase(c),
            fighja.register(c),
            fighja.catalogue(c),
            fighja.adjust_session(c),
            banca.device_bind(c),
            background.weather(c),
            tele.guide(c),
        ]

    def fighja_block(self) -> None:
        self.some(
            [
                (0.5, fighja.catalogue),
                (0.8, fighja.hls_segment),
                (0.6, fighja.hls_segment),
                (0.5, fighja.thumbnail),
                (0.2, fighja.search),
                (0.2, fighja.most_watched),
                (0.25, fighja.epg),
                (0.3, fighja.piano_screen),
                (0.1, fighja.token_refresh),
            ]
        )
        if self.p(0.35):
            self.next(FIGHJA_VIEW, "fighja_view")
        if self.p(0.08):
            self.next(FIGHJA_DEV, "fighja_dev")

    def vapori_block(self) -> None:
        self.some(
            [
                (0.6, vapori.crossings),
                (0.5, vapori.ship_position),
                (0.2, vapori.booking),
                (0.3, vapori.queue),
                (0.4, vapori.onboard_films),
                (0.2, vapori.menu),
                (0.5, vapori.cabin_playlist),
                (0.4, vapori.cabin_health),
                (0.15, vapori.wifi_portal),
            ]
        )
        self.dev("vapori", 0.05)

    def cantu_block(self) -> None:
        self.some(
            [
                (0.7, cantu.recording),
                (0.8, cantu.audio),
                (0.6, cantu.audio),
                (0.3, cantu.lyrics),
                (0.3, cantu.search),
                (0.25, cantu.chart),
                (0.6, cantu.piano_page),
            ]
        )

    def llagar_block(self) -> None:
        self.some(
            [
                (0.6, llagar.product),
                (0.4, llagar.label_image),
                (0.4, llagar.cart),
                (0.2, llagar.order),
                (0.4, llagar.kiosk_sale),
                (0.3, llagar.kiosk_health),
            ]
        )
        self.dev("llagar", 0.09)

    def tele_block(self) -> None:
        self.some(
            [
                (0.7, tele.guide),
                (0.4, tele.programme),
                (0.5, tele.thumb),
                (0.3, tele.live_manifest),
                (0.7, tele.xiti_hit),
                (0.2, tele.weather_map),
            ]
        )

    def camin_block(self) -> None:
        self.some(
            [
                (0.6, camin.routes),
                (0.5, camin.track),
                (0.3, camin.photo),
                (0.3, camin.elevation),
                (0.3, camin.photo_feed),
            ]
        )
        self.dev("camin", 0.07)

    def club_block(self) -> None:
        self.some(
            [
                (0.5, club.lineup),
                (0.5, club.timeline),
                (0.3, club.fixtures),
                (0.2, club.ticket),
                (0.5, club.turnstile_pass),
                (0.3, club.turnstile_health),
            ]
        )
        self.dev("club", 0.08)

    def banca_block(self) -> None:
        self.some(
            [
                (0.6, banca.global_position),
                (0.3, banca.transfer),
                (0.3, banca.otp),
                (0.15, banca.card_design),
                (0.15, banca.document_back),
            ]
        )
        if self.p(0.45):
            self.next(BANK_BIO, "bank_bio")
        self.dev("banca", 0.05)


def generate_session(seed: int, target: int) -> tuple[Phones287, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.fighja_block),
        (0.14, s.vapori_block),
        (0.1, s.cantu_block),
        (0.12, s.llagar_block),
        (0.11, s.tele_block),
        (0.1, s.camin_block),
        (0.11, s.club_block),
        (0.12, s.banca_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
