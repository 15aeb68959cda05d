"""The script of the set-284 session (a precision stress set): one phone in
Tolosa and Udine running Occitan and Friulian apps, mostly ordinary traffic
that uses the same words as the sensitive flows (posicion, durada, aparelh,
cara, muse, cjalâ, escotar), with a few dozen real sensitive flows per 1,500:
the streaming app's and the radio player's viewing / listening, the dating
app's selfie verification, advertising and install ids. Sensitive events rotate
through a schedule per app so that even a small set covers each kind.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import amor, background, escola, festa, museu, radio, ski, tele, vin
from .phone import Phone284

START = 1740819600.0  # 2025-03-01T09:00:00Z

Gen = Callable[[Context], Flow]

RADIO_VIEW: list[Gen] = [
    radio.escota_progres,
    radio.piano_av,
    lambda c: radio.piano_av(c, "av.heartbeat"),
    radio.escota_progres,
    radio.opaque_batch,
]
TELE_VIEW: list[Gen] = [
    tele.progres,
    tele.continue_cjala,
    tele.dirette_heartbeat,
    tele.progres,
    tele.storic,
    tele.opaque_beacon,
]
TELE_DEV: list[Gen] = [tele.remote_config, tele.firebase_installation, tele.registre]
AMOR_BIO: list[Gen] = [
    amor.rekognition,
    amor.verif_estat,
    amor.selfie_verif,
    amor.opaque_frame,
    amor.rekognition,
]
VIN_DEV: list[Gen] = [vin.adjust_event, vin.adjust_event, vin.adjust_session, vin.aid_register]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone284.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            tele.registre(c),
            tele.firebase_installation(c),
            vin.adjust_session(c),
            vin.aid_register(c),
            amor.firebase_installation(c),
            escola.didomi_events_config(c),
            escola.didomi_consent(c),
            radio.piano_page(c),
            amor.selfie_verif(c),
            tele.continue_cjala(c),
            background.weather(c),
        ]

    def radio_block(self) -> None:
        self.some(
            [
                (0.5, radio.episodis),
                (0.8, radio.audio_chunk),
                (0.5, radio.audio_chunk),
                (0.3, radio.feed_rss),
                (0.3, radio.mai_escotats),
                (0.3, radio.en_ondas),
                (0.2, radio.cercar),
            ]
        )
        if self.p(0.18):
            self.next(RADIO_VIEW, "radio_view")
        if self.p(0.05):
            self.flows.append(radio.piano_page(self.ctx))

    def festa_block(self) -> None:
        self.some(
            [
                (0.7, festa.program),
                (0.5, festa.mape),
                (0.3, festa.biglet),
                (0.5, festa.fotos),
                (0.6, festa.foto_img),
                (0.4, festa.foto_img),
                (0.15, festa.didomi_config),
                (0.3, festa.meteo_sagre),
            ]
        )

    def ski_block(self) -> None:
        self.some(
            [
                (0.5, ski.webcams),
                (0.7, ski.webcam_still),
                (0.4, ski.webcam_still),
                (0.4, ski.passatge),
                (0.5, ski.neu),
                (0.4, ski.coa),
                (0.15, ski.forfach_crompa),
            ]
        )

    def vin_block(self) -> None:
        self.some(
            [
                (0.8, vin.cataleg),
                (0.5, vin.panier),
                (0.2, vin.comanda),
                (0.3, vin.cava_horaris),
            ]
        )
        if self.p(0.13):
            self.next(VIN_DEV, "vin_dev")

    def escola_block(self) -> None:
        self.some(
            [
                (0.7, escola.licon),
                (0.6, escola.prononciacion),
                (0.3, escola.prononciacion),
                (0.6, escola.xiti_optout),
                (0.4, escola.progres_licons),
                (0.1, escola.didomi_events_config),
            ]
        )

    def museu_block(self) -> None:
        self.some(
            [
                (0.7, museu.heartbeat),
                (0.6, museu.opare),
                (0.5, museu.opare_img),
                (0.4, museu.visitadors),
                (0.3, museu.ticket_scan),
            ]
        )

    def tele_block(self) -> None:
        self.some(
            [
                (0.6, tele.catalic),
                (0.7, tele.miniature),
                (0.8, tele.hls),
                (0.5, tele.hls),
                (0.2, tele.ciri),
                (0.25, tele.plui_cjalats),
                (0.3, tele.trailer),
            ]
        )
        if self.p(0.3):
            self.next(TELE_VIEW, "tele_view")
        if self.p(0.06):
            self.next(TELE_DEV, "tele_dev")

    def amor_block(self) -> None:
        self.some(
            [
                (0.8, amor.perfils),
                (0.6, amor.messatge),
                (0.3, amor.messatge),
                (0.15, amor.foto_perfil),
                (0.15, amor.perfil_edit),
            ]
        )
        if self.p(0.22):
            self.next(AMOR_BIO, "amor_bio")
        if self.p(0.04):
            self.flows.append(amor.firebase_installation(self.ctx))


def generate_session(seed: int, target: int) -> tuple[Phone284, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.radio_block),
        (0.13, s.festa_block),
        (0.13, s.ski_block),
        (0.12, s.vin_block),
        (0.12, s.escola_block),
        (0.1, s.museu_block),
        (0.13, s.tele_block),
        (0.12, s.amor_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
