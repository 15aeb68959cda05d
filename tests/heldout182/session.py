"""The script of the set-182 session: a Hungarian family's phone, iPad, TV box,
smart TV, watch and car, using ten apps in turn with ordinary background traffic
in between. Sensitive events rotate through a schedule per app so that even a
small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import auto, background, bank, ige, kaja, kormany, okostv, ora, radio, taxi, tevek
from .phone import Phone182

START = 1764921600.0  # 2025-12-05T08:00:00Z

Gen = Callable[[Context], Flow]

TEVEK_VIEW: list[Gen] = [
    tevek.nezettseg,
    tevek.ipad_heartbeat,
    tevek.box_tuning_log,
    tevek.folytatas,
    tevek.gemius_stream,
    tevek.opaque_sync,
    tevek.box_lejatszas,
    tevek.nezettseg,
    tevek.ipad_heartbeat,
]
RADIO_VIEW: list[Gen] = [
    radio.hallgatas,
    radio.podcast_pozicio,
    radio.elozmenyek,
    radio.hallgatas,
    radio.opaque_ping,
]
IGE_VIEW: list[Gen] = [ige.predikacio_nezes, ige.elo_mise, ige.predikacio_nezes, ige.opaque_resume]
GOV_BIO: list[Gen] = [
    kormany.arckep_feltoltes,
    kormany.eloseg_fejtartas,
    kormany.arcsablon,
    kormany.titkositott,
]
BANK_BIO: list[Gen] = [
    bank.szelfi,
    bank.hangminta_beiratkozas,
    bank.hang_ellenorzes,
    bank.arc_lenyomat,
    bank.opaque_bio,
    bank.arcelemzes,
    bank.hang_ellenorzes,
]
TV_VIEW: list[Gen] = [okostv.acr_match, okostv.acr_match, okostv.acr_binary]
WATCH_DEV: list[Gen] = [ora.szinkron, ora.opaque_beacon, ora.parositas]
CAR_DEV: list[Gen] = [auto.jarmu_allapot, auto.telematika, auto.opaque_modem, auto.app_eszkoz]
TAXI_DEV: list[Gen] = [taxi.adjust_session, taxi.antifraud]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone182.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            tevek.regisztracio(c),
            kormany.firebase_installation(c),
            kormany.eszkoz_regisztracio(c),
            bank.appsflyer(c),
            radio.telepites(c),
            ora.parositas(c),
            auto.app_eszkoz(c),
            background.ido(c),
        ]

    def tevek_block(self) -> None:
        self.some(
            [
                (0.6, tevek.katalogus),
                (0.5, tevek.borito),
                (0.5, tevek.manifest),
                (0.4, tevek.musorujsag),
                (0.4, tevek.elo_eredmeny),
                (0.3, tevek.kereses),
                (0.15, tevek.kedvencek),
                (0.04, tevek.regisztracio),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(TEVEK_VIEW, "tevek_view")

    def radio_block(self) -> None:
        self.some(
            [
                (0.6, radio.stream_chunk),
                (0.5, radio.stream_chunk),
                (0.4, radio.toplista),
                (0.3, radio.allomasok),
                (0.25, radio.dalszoveg),
                (0.05, radio.telepites),
            ]
        )
        if self.p(0.8):
            self.next(RADIO_VIEW, "radio_view")

    def ige_block(self) -> None:
        self.some(
            [
                (0.5, ige.predikacio_lista),
                (0.4, ige.bibliaolvasas),
                (0.3, ige.miserend),
                (0.15, ige.adomany),
                (0.1, ige.kivetito_naplo),
            ]
        )
        if self.p(0.8):
            self.next(IGE_VIEW, "ige_view")

    def gov_block(self) -> None:
        self.some(
            [
                (0.4, kormany.okmany_ocr),
                (0.4, kormany.urlap),
                (0.3, kormany.idopont),
                (0.08, kormany.eszkoz_regisztracio),
                (0.05, kormany.firebase_installation),
            ]
        )
        if self.p(0.85):
            self.next(GOV_BIO, "gov_bio")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.arfolyamok),
                (0.6, bank.tranzakciok),
                (0.25, bank.atiratas),
                (0.2, bank.appsflyer),
                (0.1, bank.eszkoz_kotes),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")

    def taxi_block(self) -> None:
        self.some([(0.8, taxi.rendeles), (0.6, taxi.sofor_helyzet), (0.3, taxi.ertekeles)])
        if self.p(0.5):
            self.next(TAXI_DEV, "taxi_dev")

    def kaja_block(self) -> None:
        self.some(
            [
                (0.7, kaja.ettermek),
                (0.5, kaja.rendeles),
                (0.4, kaja.futar),
                (0.3, kaja.kupon),
                (0.4, kaja.exponea_event),
                (0.1, kaja.eszkoz),
                (0.2, kaja.ajanlo_vektor),
            ]
        )

    def tv_block(self) -> None:
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.2):
            self.flows.append(okostv.tv_status(self.ctx))

    def watch_block(self) -> None:
        self.some([(0.4, ora.szamlap), (0.4, ora.pulzus_ossz)])
        if self.p(0.6):
            self.next(WATCH_DEV, "watch_dev")

    def car_block(self) -> None:
        self.some([(0.5, auto.ut), (0.25, auto.berauto)])
        if self.p(0.6):
            self.next(CAR_DEV, "car_dev")


def generate_session(seed: int, target: int) -> tuple[Phone182, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.tevek_block),
        (0.1, s.radio_block),
        (0.1, s.ige_block),
        (0.1, s.gov_block),
        (0.12, s.bank_block),
        (0.09, s.taxi_block),
        (0.08, s.kaja_block),
        (0.09, s.tv_block),
        (0.07, s.watch_block),
        (0.07, s.car_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
