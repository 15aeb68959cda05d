"""The script of the set-152 session: the family uses its apps in turn (streaming,
football, music, radio, bank, digital identity, post-office wallet, food delivery,
the TV box and LG TV, the watch and the car), with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a small
set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    auto,
    background,
    banca,
    calcio,
    casa,
    cibo,
    identita,
    mediaflix,
    musica,
    polso,
    posta,
    radio,
    tele,
)
from .phone import Phone152

START = 1712415600.0  # 2024-04-06T15:00:00Z, a Saturday with Serie A

Gen = Callable[[Context], Flow]

TELE_VIEW: list[Gen] = [
    tele.visione,
    tele.comscore,
    tele.continua_a_guardare,
    lambda c: tele.comscore(c, "play"),
    tele.punti_ripresa_opachi,
    tele.visione,
    lambda c: tele.comscore(c, "pause"),
]
MEDIA_VIEW: list[Gen] = [
    mediaflix.evento_player,
    mediaflix.appsflyer_view,
    mediaflix.evento_player,
    mediaflix.pixel_opaco,
    mediaflix.evento_player,
]
CALCIO_VIEW: list[Gen] = [
    calcio.heartbeat,
    calcio.heartbeat,
    calcio.heartbeat_protobuf,
    calcio.heartbeat,
]
MUSICA_VIEW: list[Gen] = [
    musica.ascolti,
    musica.ga4_ascolto,
    musica.recenti,
    musica.ascolti,
    musica.log_cifrato,
    musica.ga4_ascolto,
]
RADIO_VIEW: list[Gen] = [radio.sintonizzazioni, radio.sintonizzazioni, radio.log_compatto]
IDENT_BIO: list[Gen] = [
    identita.iscrizione_volto,
    identita.selfie_liveness,
    identita.verifica_voce,
    identita.iscrizione_voce,
    identita.iscrizione_cifrata,
    identita.verifica_voce,
    identita.selfie_liveness,
]
CASA_VIEW: list[Gen] = [
    casa.zapping,
    casa.acr_report,
    casa.miei_visti,
    casa.acr_opaco,
    casa.acr_report,
]
CASA_DEV: list[Gen] = [casa.lg_registrazione, casa.keepalive_opaco, casa.lg_registrazione]
BANCA_DEV: list[Gen] = [banca.associa_dispositivo, banca.antifrode, banca.antifrode]
POLSO_DEV: list[Gen] = [polso.sincronizza, polso.dump_protobuf, polso.sincronizza]
AUTO_DEV: list[Gen] = [auto.stato_veicolo, auto.comando]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone152.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            mediaflix.appsflyer_launch(c),
            cibo.adjust_sessione(c),
            radio.registra(c),
            banca.associa_dispositivo(c),
            posta.registra_dispositivo(c),
            casa.lg_registrazione(c),
            polso.sincronizza(c),
            auto.stato_veicolo(c),
            background.ora(c),
        ]

    def tele_block(self) -> None:
        self.some([(0.5, tele.palinsesto), (0.4, tele.piu_visti), (0.6, tele.manifest)])
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(TELE_VIEW, "tele_view")

    def media_block(self) -> None:
        self.some(
            [
                (0.6, mediaflix.catalogo),
                (0.3, mediaflix.televoto),
                (0.3, mediaflix.diretta_stato),
                (0.1, mediaflix.appsflyer_launch),
            ]
        )
        if self.p(0.8):
            self.next(MEDIA_VIEW, "media_view")

    def calcio_block(self) -> None:
        self.some(
            [
                (0.6, calcio.risultati_live),
                (0.3, calcio.classifica),
                (0.4, calcio.quote_scommesse),
                (0.5, calcio.miniatura),
            ]
        )
        for _ in range(self.rng.randint(1, 3) if self.p(0.8) else 0):
            self.next(CALCIO_VIEW, "calcio_view")

    def musica_block(self) -> None:
        self.some(
            [
                (0.5, musica.cerca),
                (0.4, musica.per_te),
                (0.2, musica.ricerca_vocale),
                (0.3, musica.testo),
            ]
        )
        if self.p(0.8):
            self.next(MUSICA_VIEW, "musica_view")

    def radio_block(self) -> None:
        self.some([(0.5, radio.emittenti), (0.5, radio.in_onda), (0.05, radio.registra)])
        if self.p(0.75):
            self.next(RADIO_VIEW, "radio_view")

    def banca_block(self) -> None:
        self.some(
            [
                (0.7, banca.movimenti),
                (0.4, banca.grafico_saldo),
                (0.25, banca.bonifico),
                (0.3, banca.pos_negozio),
            ]
        )
        if self.p(0.5):
            self.next(BANCA_DEV, "banca_dev")

    def ident_block(self) -> None:
        self.some(
            [(0.3, identita.ocr_cie), (0.3, identita.anagrafica), (0.15, identita.pin_dettato)]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(IDENT_BIO, "ident_bio")

    def posta_block(self) -> None:
        self.some(
            [
                (0.5, posta.pagamento_qr),
                (0.5, posta.traccia_pacco),
                (0.3, posta.bollettino),
                (0.3, posta.totem_ufficio),
                (0.08, posta.registra_dispositivo),
            ]
        )

    def cibo_block(self) -> None:
        self.some(
            [
                (0.7, cibo.ristoranti),
                (0.4, cibo.ordine),
                (0.5, cibo.rider),
                (0.3, cibo.adjust_evento),
                (0.15, cibo.adjust_sessione),
            ]
        )

    def casa_block(self) -> None:
        self.some([(0.4, casa.epg), (0.2, casa.firmware), (0.3, casa.impostazioni_immagine)])
        if self.p(0.85):
            self.next(CASA_VIEW, "casa_view")
        if self.p(0.35):
            self.next(CASA_DEV, "casa_dev")

    def polso_block(self) -> None:
        self.some([(0.4, polso.quadrante), (0.4, polso.allenamento)])
        if self.p(0.7):
            self.next(POLSO_DEV, "polso_dev")

    def auto_block(self) -> None:
        self.some([(0.5, auto.viaggi), (0.25, auto.car_sharing), (0.5, auto.ascolti_autoradio)])
        if self.p(0.5):
            self.next(AUTO_DEV, "auto_dev")


def generate_session(seed: int, target: int) -> tuple[Phone152, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.12, s.tele_block),
        (0.10, s.media_block),
        (0.10, s.calcio_block),
        (0.08, s.musica_block),
        (0.06, s.radio_block),
        (0.07, s.banca_block),
        (0.12, s.ident_block),
        (0.06, s.posta_block),
        (0.08, s.cibo_block),
        (0.09, s.casa_block),
        (0.06, s.polso_block),
        (0.06, s.auto_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
