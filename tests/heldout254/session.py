"""The script of the set-254 session: a working day and evening on the AV / IT
coordinator's phone at a Tampere library and culture centre.

Most of it is the building's equipment seen through its consoles (signage and
proof-of-play, the auditorium's projector and shows, listening booths, the MDM
of the lending tablets and e-readers, RFID gates, kiosks and people counters,
3D printers, room displays and bookings, cameras, the e-audiobook report, the
card vendor), which must not be found. Between them run his own apps (a
streaming app with live hockey, a music and podcast app, his bank with selfie
login, his sports watch) and the MDM agent of his own phone, and a few
library cases about identifiable patrons (a patron's booth listening log, a
patron's audiobook positions, a face match for card registration, a VMS face
search). Sensitive events rotate through a schedule per source so that even a
small set covers each, the opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    cctv,
    ekirjasto,
    elokuva,
    kello,
    kortti,
    kuulo,
    kuuntelu,
    maker,
    mdm,
    naytot,
    pankki,
    rfid,
    varaus,
    virta,
)
from .phone import WorkPhone254

START = 1733734800.0  # 2024-12-09T09:00:00Z, a Monday (11:00 in Tampere)

Gen = Callable[[Context], Flow]

VIRTA_VIEW: list[Gen] = [
    virta.katselu_edistyminen,
    virta.live_syke,
    virta.adjust_katselu,
    virta.ga4_katselu,
    virta.jatka_katselua,
    virta.mittari,
    virta.live_syke,
    virta.katselu_edistyminen,
    virta.mittari,
]
VIRTA_DEV: list[Gen] = [
    virta.adjust_session,
    virta.register_device,
    virta.ga4_screens,
    virta.firebase_installation,
]
KUULO_VIEW: list[Gen] = [
    kuulo.kuuntelu,
    kuulo.braze_podcast,
    kuulo.tapahtumat_msgpack,
    kuulo.toistokohta,
    kuulo.viimeksi_kuunnellut,
    kuulo.tapahtumat_msgpack,
]
KUULO_DEV: list[Gen] = [kuulo.braze_session, kuulo.asetukset, kuulo.register]
PANKKI_BIO: list[Gen] = [
    pankki.selfie_kirjautuminen,
    pankki.onfido_live_photo,
    pankki.selfie_kuori,
    pankki.selfie_kirjautuminen,
    pankki.selfie_kuori,
]
PANKKI_DEV: list[Gen] = [pankki.saldot, pankki.laite_sidonta, pankki.saldot]
KELLO_DEV: list[Gen] = [
    kello.synkronointi,
    kello.raakadata,
    kello.paritus,
    kello.synkronointi,
    kello.raakadata,
]
AGENT: list[Gen] = [mdm.agentti_checkin, mdm.agentti_syke, mdm.agentti_checkin, mdm.agentti_syke]
BOOTH_VIEW: list[Gen] = [
    kuuntelu.asiakkaan_kuuntelut,
    kuuntelu.yovienti,
    kuuntelu.asiakkaan_kuuntelut,
]
ELIB_VIEW: list[Gen] = [ekirjasto.asiakkaan_lainat, ekirjasto.asiakkaan_vienti]
CARD_BIO: list[Gen] = [kortti.kasvovertailu, kortti.pohja_protobuf, kortti.kasvovertailu]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, WorkPhone254.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            mdm.agentti_checkin(c),
            mdm.agentti_politiikka(c),
            background.weather(c),
            background.helpdesk(c),
            naytot.soitin_syke(c),
            elokuva.naytokset(c),
        ]

    # --- the library's equipment (look-alikes) ---------------------------------

    def signage_block(self) -> None:
        self.some(
            [
                (0.8, naytot.soitin_syke),
                (0.6, naytot.proof_of_play),
                (0.25, naytot.toistoraportti),
                (0.3, naytot.soittolista),
                (0.15, naytot.aikataulu),
                (0.15, naytot.sisalto_lataus),
            ]
        )

    def rooms_block(self) -> None:
        self.some(
            [
                (0.6, naytot.huonenaytto),
                (0.5, naytot.esitysnaytto),
                (0.5, varaus.paivan_varaukset),
                (0.3, varaus.vapaat),
                (0.1, varaus.peruutus),
                (0.15, varaus.kayttoaste),
            ]
        )

    def cinema_block(self) -> None:
        self.some(
            [
                (0.8, elokuva.projektori_tila),
                (0.35, elokuva.spl),
                (0.2, elokuva.kdm),
                (0.35, elokuva.naytokset),
                (0.35, elokuva.lipunmyynti),
                (0.15, elokuva.ajastus),
            ]
        )

    def booth_block(self) -> None:
        self.some(
            [
                (0.7, kuuntelu.laskurit),
                (0.6, kuuntelu.kopin_tila),
                (0.3, kuuntelu.viikon_top),
                (0.15, kuuntelu.valikoima),
            ]
        )
        if self.p(0.1):
            self.next(BOOTH_VIEW, "booth_view")

    def mdm_block(self) -> None:
        self.some(
            [
                (0.7, mdm.laitelista),
                (0.5, mdm.laite),
                (0.4, mdm.komento),
                (0.15, mdm.raportti),
                (0.1, mdm.rekisterointi_qr),
            ]
        )

    def lending_block(self) -> None:
        self.some(
            [
                (0.5, rfid.grindlarm),
                (0.35, rfid.grindstatus),
                (0.55, rfid.automatstatus),
                (0.3, rfid.transaktioner),
                (0.15, rfid.sorter),
                (0.45, rfid.besokare),
                (0.25, rfid.kulkupaatos),
            ]
        )

    def maker_block(self) -> None:
        self.some(
            [
                (0.8, maker.tyo),
                (0.5, maker.tulostin),
                (0.2, maker.jarjestelma),
                (0.1, maker.peruuta),
                (0.4, maker.jono),
            ]
        )

    def cctv_block(self) -> None:
        self.some(
            [
                (0.5, cctv.kamerat),
                (0.45, cctv.liike),
                (0.35, cctv.toisto),
                (0.25, cctv.vienti),
                (0.2, cctv.vienti_lataus),
                (0.15, cctv.tallennus),
            ]
        )
        if self.p(0.07):
            self.flows.append(cctv.kasvohaku(self.ctx))

    def elib_block(self) -> None:
        self.some([(0.7, ekirjasto.kuukausiraportti), (0.5, ekirjasto.lisenssit)])
        if self.p(0.2):
            self.next(ELIB_VIEW, "elib_view")

    def card_block(self) -> None:
        self.some([(0.6, kortti.korttitulostus), (0.4, kortti.korttivarasto)])
        if self.p(0.22):
            self.next(CARD_BIO, "card_bio")

    # --- his own phone and apps ----------------------------------------------------

    def virta_block(self) -> None:
        self.some(
            [
                (0.4, virta.ohjelmisto),
                (0.6, virta.segmentti),
                (0.25, virta.opas),
                (0.3, virta.liiga_tulokset),
                (0.15, virta.katsotuimmat),
            ]
        )
        if self.p(0.5):
            self.next(VIRTA_VIEW, "virta_view")
        if self.p(0.25):
            self.next(VIRTA_DEV, "virta_dev")

    def kuulo_block(self) -> None:
        self.some([(0.7, kuulo.audio_pala), (0.25, kuulo.listat), (0.25, kuulo.haku)])
        if self.p(0.45):
            self.next(KUULO_VIEW, "kuulo_view")
        if self.p(0.25):
            self.next(KUULO_DEV, "kuulo_dev")

    def pankki_block(self) -> None:
        if self.p(0.6):
            self.next(PANKKI_BIO, "pankki_bio")
        self.some([(0.4, pankki.valuuttakurssit), (0.3, pankki.maksu), (0.2, pankki.korttirajat)])
        if self.p(0.35):
            self.next(PANKKI_DEV, "pankki_dev")

    def kello_block(self) -> None:
        self.some([(0.5, kello.paivayhteenveto), (0.3, kello.reitti), (0.15, kello.firmware)])
        if self.p(0.55):
            self.next(KELLO_DEV, "kello_dev")

    def agent_block(self) -> None:
        if self.p(0.5):
            self.flows.append(mdm.agentti_politiikka(self.ctx))
        if self.p(0.6):
            self.next(AGENT, "agent")


def generate_session(seed: int, target: int) -> tuple[WorkPhone254, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.signage_block),
        (0.09, s.rooms_block),
        (0.09, s.cinema_block),
        (0.08, s.booth_block),
        (0.1, s.mdm_block),
        (0.12, s.lending_block),
        (0.07, s.maker_block),
        (0.08, s.cctv_block),
        (0.04, s.elib_block),
        (0.05, s.card_block),
        (0.03, s.virta_block),
        (0.025, s.kuulo_block),
        (0.012, s.pankki_block),
        (0.015, s.kello_block),
        (0.012, s.agent_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.06)
