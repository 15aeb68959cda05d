"""The script of the set-209 session: one Polish family's devices in turn (the
father's bank and football apps, TV box and ACR smart TV in Warsaw; the
mother's radio / podcast and e-ID apps on a Huawei in Kraków; the son's series
streamer in Dublin), with ordinary background traffic in between. Sensitive
events rotate through a schedule per app so that even a small set covers every
family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, dekoder, eid, pilka, radio, seriale, telewizor
from .phone import Family209

START = 1733299200.0  # 2024-12-04T08:00:00Z

Gen = Callable[[Context], Flow]

VOD_VIEW: list[Gen] = [
    seriale.postep,
    seriale.ga4_video,
    seriale.live_heartbeat,
    seriale.adjust_obejrzany,
    seriale.opaque_beacon,
    seriale.ostatnio_ogladane,
    lambda c: seriale.ga4_video(c, "video_complete"),
    seriale.gemius_hit,
    seriale.postep,
]
VOD_DEV: list[Gen] = [
    seriale.adjust_session,
    seriale.rejestracja,
    seriale.firebase_installation,
    seriale.ga4_screen,
]
PILKA_VIEW: list[Gen] = [
    pilka.transmisja_heartbeat,
    pilka.skrot_obejrzany,
    pilka.opaque_stats,
    pilka.appsflyer_skrot,
    pilka.transmisja_heartbeat,
]
PILKA_DEV: list[Gen] = [pilka.appsflyer_launch, pilka.rtb_bid, pilka.meta_app_event]
RADIO_VIEW: list[Gen] = [
    radio.sluchanie,
    radio.podcast_postep,
    radio.opaque_batch,
    radio.ostatnio_sluchane,
    radio.sluchanie,
]
RADIO_DEV: list[Gen] = [
    radio.appsflyer_launch,
    radio.reklama,
    radio.konfiguracja_opaque,
    radio.rejestracja,
]
BANK_BIO: list[Gen] = [
    bank.logowanie_twarza,
    bank.onfido_live_photo,
    bank.logowanie_protobuf,
    bank.rejestracja_twarzy,
    bank.logowanie_twarza,
    bank.klatki_zywotnosci,
]
BANK_DEV: list[Gen] = [bank.powiazanie_urzadzenia, bank.saldo_opaque, bank.saldo_opaque]
EID_BIO: list[Gen] = [eid.selfie_weryfikacja, eid.selfie_opaque, eid.selfie_weryfikacja]
BOX_VIEW: list[Gen] = [dekoder.zapping, dekoder.qos_probe, dekoder.zapping]
BOX_OTHER: list[Gen] = [
    dekoder.epg,
    dekoder.lista_kanalow,
    dekoder.nagrania,
    dekoder.epg,
    dekoder.firmware,
    dekoder.aktywacja,
]
TV_VIEW: list[Gen] = [
    telewizor.acr_report,
    telewizor.recently_watched,
    telewizor.acr_opaque,
    telewizor.acr_report,
]
TV_DEV: list[Gen] = [telewizor.network_status, telewizor.register]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family209.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            seriale.firebase_installation(c),
            seriale.rejestracja(c),
            seriale.adjust_session(c),
            pilka.appsflyer_launch(c),
            radio.appsflyer_launch(c),
            radio.rejestracja(c),
            bank.powiazanie_urzadzenia(c),
            eid.rejestracja_urzadzenia(c),
            dekoder.aktywacja(c),
            telewizor.register(c),
            background.weather(c),
        ]

    def vod_block(self) -> None:
        self.some(
            [
                (0.5, seriale.katalog),
                (0.7, seriale.hls_segment),
                (0.5, seriale.hls_segment),
                (0.25, seriale.szukaj),
                (0.2, seriale.najczesciej_ogladane),
                (0.2, seriale.program_tv),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(VOD_VIEW, "vod_view")
        if self.p(0.3):
            self.next(VOD_DEV, "vod_dev")

    def pilka_block(self) -> None:
        self.some(
            [
                (0.7, pilka.wyniki),
                (0.4, pilka.zdarzenia),
                (0.3, pilka.skroty_lista),
                (0.3, pilka.tabela),
                (0.1, pilka.push_temat),
            ]
        )
        if self.p(0.75):
            self.next(PILKA_VIEW, "pilka_view")
        if self.p(0.45):
            self.next(PILKA_DEV, "pilka_dev")

    def radio_block(self) -> None:
        self.some(
            [
                (0.6, radio.teraz_gramy),
                (0.7, radio.audio_chunk),
                (0.3, radio.lista_przebojow),
                (0.2, radio.ramowka),
            ]
        )
        if self.p(0.75):
            self.next(RADIO_VIEW, "radio_view")
        if self.p(0.35):
            self.next(RADIO_DEV, "radio_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.kursy),
                (0.35, bank.kod_blik),
                (0.3, bank.przelew),
                (0.12, bank.formularz_danych),
                (0.12, bank.avatar),
                (0.12, bank.onfido_applicant),
                (0.1, bank.onfido_document_back),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def eid_block(self) -> None:
        self.some(
            [
                (0.6, eid.status_dokumentow),
                (0.35, eid.kod_qr),
                (0.3, eid.powiadomienia),
                (0.15, eid.dokument_tyl),
            ]
        )
        if self.p(0.6):
            self.next(EID_BIO, "eid_bio")
        if self.p(0.15):
            self.flows.append(eid.rejestracja_urzadzenia(self.ctx))

    def box_block(self) -> None:
        if self.p(0.7):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, telewizor.remote_key),
                (0.3, telewizor.home_rails),
                (0.2, telewizor.popular),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")


def generate_session(seed: int, target: int) -> tuple[Family209, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.vod_block),
        (0.15, s.pilka_block),
        (0.14, s.radio_block),
        (0.14, s.bank_block),
        (0.09, s.eid_block),
        (0.13, s.box_block),
        (0.15, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
