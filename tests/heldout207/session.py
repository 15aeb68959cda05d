"""The script of the set-207 session: one Turkish family's devices in turn (the
father's bank and e-government apps and the ACR smart TV in Istanbul, the son's
Süper Lig app in Istanbul, the mother's music / podcast app on a Huawei and the
daughter's dizi streamer in Izmir, the uncle's TV box in Berlin), with
ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, banka, dizi, edevlet, futbol, muzik, televizyon, tvbox
from .phone import Family207

START = 1733050800.0  # 2024-12-01T11:00:00Z

Gen = Callable[[Context], Flow]

DIZI_VIEW: list[Gen] = [
    dizi.izleme_ilerleme,
    dizi.ga4_video,
    dizi.adjust_event,
    dizi.devam_et,
    dizi.opaque_beacon,
    lambda c: dizi.ga4_video(c, "video_complete"),
    dizi.izleme_ilerleme,
]
DIZI_DEV: list[Gen] = [
    dizi.adjust_session,
    dizi.cihaz_kaydet,
    dizi.ga4_screen,
    dizi.firebase_installation,
    dizi.adjust_event_plain,
]
FUTBOL_VIEW: list[Gen] = [
    futbol.yayin_nabiz,
    futbol.ozet_izlendi,
    futbol.opaque_stats,
    futbol.meta_content_view,
    futbol.yayin_nabiz,
]
FUTBOL_DEV: list[Gen] = [futbol.appsflyer_launch, futbol.meta_activate, futbol.appsflyer_event]
MUZIK_VIEW: list[Gen] = [
    muzik.dinleme,
    muzik.podcast_ilerleme,
    muzik.opaque_batch,
    muzik.son_dinlenenler,
    muzik.dinleme,
]
MUZIK_DEV: list[Gen] = [muzik.adjust_session, muzik.reklam_ayar, muzik.config_opaque, muzik.cihaz]
BANKA_BIO: list[Gen] = [
    banka.yuz_giris,
    banka.onfido_live_photo,
    banka.yuz_giris_protobuf,
    banka.yuz_kayit,
    banka.yuz_giris,
    banka.canlilik_kareleri,
]
BANKA_DEV: list[Gen] = [banka.cihaz_eslestir, banka.hesaplar_opaque, banka.hesaplar_opaque]
DEVLET_BIO: list[Gen] = [edevlet.nfc_kimlik, edevlet.selfie_eslestir, edevlet.dg2_ham]
BOX_VIEW: list[Gen] = [tvbox.wiedergabe, tvbox.qos, tvbox.wiedergabe, tvbox.zuletzt]
BOX_OTHER: list[Gen] = [tvbox.epg, tvbox.watchdog, tvbox.status, tvbox.senderliste, tvbox.anmelden]
TV_VIEW: list[Gen] = [
    televizyon.acr_rapor,
    televizyon.izleme_ozeti,
    televizyon.acr_opaque,
    televizyon.acr_rapor,
]
TV_DEV: list[Gen] = [televizyon.ag_durumu, televizyon.kayit]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family207.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            dizi.firebase_installation(c),
            dizi.adjust_session(c),
            dizi.cihaz_kaydet(c),
            futbol.appsflyer_launch(c),
            muzik.adjust_session(c),
            muzik.cihaz(c),
            banka.cihaz_eslestir(c),
            edevlet.cihaz_kayit(c),
            tvbox.anmelden(c),
            televizyon.kayit(c),
            background.hava(c),
        ]

    def dizi_block(self) -> None:
        self.some(
            [
                (0.5, dizi.katalog),
                (0.7, dizi.hls_segment),
                (0.5, dizi.hls_segment),
                (0.25, dizi.arama),
                (0.2, dizi.en_cok_izlenen),
                (0.2, dizi.fragman),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(DIZI_VIEW, "dizi_view")
        if self.p(0.3):
            self.next(DIZI_DEV, "dizi_dev")

    def futbol_block(self) -> None:
        self.some(
            [
                (0.7, futbol.canli_skorlar),
                (0.35, futbol.mac_olaylari),
                (0.3, futbol.ozet_listesi),
                (0.25, futbol.puan_durumu),
                (0.1, futbol.takim_takip),
                (0.15, futbol.tahmin_oyunu),
            ]
        )
        if self.p(0.75):
            self.next(FUTBOL_VIEW, "futbol_view")
        if self.p(0.4):
            self.next(FUTBOL_DEV, "futbol_dev")

    def muzik_block(self) -> None:
        self.some(
            [
                (0.5, muzik.simdi_calan),
                (0.7, muzik.ses_parcasi),
                (0.3, muzik.top_liste),
                (0.25, muzik.sarki_sozu),
            ]
        )
        if self.p(0.75):
            self.next(MUZIK_VIEW, "muzik_view")
        if self.p(0.35):
            self.next(MUZIK_DEV, "muzik_dev")

    def banka_block(self) -> None:
        self.some(
            [
                (0.6, banka.doviz_kurlari),
                (0.3, banka.fast_transfer),
                (0.25, banka.otp),
                (0.12, banka.musteri_formu),
                (0.12, banka.profil_foto),
                (0.12, banka.onfido_applicant),
                (0.1, banka.onfido_document_back),
            ]
        )
        if self.p(0.85):
            self.next(BANKA_BIO, "banka_bio")
        if self.p(0.4):
            self.next(BANKA_DEV, "banka_dev")

    def devlet_block(self) -> None:
        self.some(
            [
                (0.4, edevlet.randevu),
                (0.4, edevlet.vergi_borcu),
                (0.3, edevlet.belge_dogrula),
                (0.25, edevlet.adres_sorgu),
            ]
        )
        if self.p(0.7):
            self.next(DEVLET_BIO, "devlet_bio")
        if self.p(0.15):
            self.flows.append(edevlet.cihaz_kayit(self.ctx))

    def box_block(self) -> None:
        if self.p(0.7):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, televizyon.kumanda),
                (0.3, televizyon.ana_ekran),
                (0.2, televizyon.reyting),
                (0.15, televizyon.uygulama_magazasi),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")


def generate_session(seed: int, target: int) -> tuple[Family207, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.dizi_block),
        (0.16, s.futbol_block),
        (0.13, s.muzik_block),
        (0.14, s.banka_block),
        (0.1, s.devlet_block),
        (0.12, s.box_block),
        (0.15, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
