"""The script of the set-133 session: a family in Istanbul, Izmir and Diyarbakır
uses ten apps on a Redmi phone, while the Vestel TV, the IPTV box and the watch
talk on their own, with ordinary background traffic in between. Sensitive events
rotate through a schedule per app so that even a small set covers every family,
opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, banka, dizi, ev, futbol, hat, huzur, kanal, kapi, kurd, muzik, taksi
from .phone import Phone133

START = 1731571200.0  # 2024-11-14T08:00:00Z

Gen = Callable[[Context], Flow]

DIZI_VIEW: list[Gen] = [
    dizi.izleme_ilerleme,
    dizi.oynatici_olay,
    dizi.devam_et,
    dizi.bolum_izlendi_af,
    dizi.oynatici_olay,
    dizi.izleme_beacon_opaque,
]
KANAL_VIEW: list[Gen] = [
    kanal.canli_log,
    kanal.tekrar_nabiz,
    kanal.olcum_opaque,
    kanal.tekrar_nabiz,
]
MUZIK_VIEW: list[Gen] = [
    muzik.dinleme,
    muzik.son_calinanlar,
    muzik.eski_istemci_dinleme,
    muzik.dinleme,
    muzik.cevrimdisi_opaque,
]
KURD_VIEW: list[Gen] = [
    kurd.guhdari_radyo,
    kurd.stran_buyer,
    kurd.diroka_guhdariye,
    kurd.kevn_opaque,
]
HUZUR_VIEW: list[Gen] = [huzur.dinleme_kaydi, huzur.vaaz_konum, huzur.dinleme_gecmisi]
FUTBOL_VIEW: list[Gen] = [futbol.ozet_izlendi, futbol.firebase_video]
FUTBOL_BIO: list[Gen] = [futbol.yuz_maskesi, futbol.yuz_maskesi_opaque, futbol.yuz_maskesi]
BANKA_BIO: list[Gen] = [
    banka.sumsub_selfie,
    banka.yuz_dogrulama,
    banka.kyc_adim_opaque,
    banka.yuz_dogrulama,
]
KAPI_BIO: list[Gen] = [kapi.yuz_eslestir, kapi.canlilik, kapi.jwe_opaque, kapi.canlilik]
HAT_BIO: list[Gen] = [
    hat.ses_imzasi_dogrula,
    hat.ses_imzasi_kayit,
    hat.ses_opaque,
    hat.ses_imzasi_dogrula,
]
TV_VIEW: list[Gen] = [
    ev.acr_rapor,
    ev.zap_gunlugu,
    ev.acr_parmak_izi_opaque,
    ev.acr_rapor,
    ev.izleme_raporu_xml,
]
EV_DEV: list[Gen] = [ev.saat_senkron, ev.stb_nabiz_opaque, ev.saat_senkron]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone133.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            dizi.launch(c),
            dizi.insider(c),
            kanal.netmera(c),
            kanal.mipush(c),
            banka.cihaz_eslestir(c),
            taksi.adjust(c),
            huzur.metrica(c),
            ev.saat_senkron(c),
            hat.cihaz_bilgisi(c),
            background.saat_esitle(c),
        ]

    def dizi_block(self) -> None:
        self.some(
            [
                (0.7, dizi.vitrin),
                (0.8, dizi.kapak),
                (0.6, dizi.kapak),
                (0.5, dizi.manifest),
                (0.3, dizi.arama),
                (0.15, dizi.abonelik),
                (0.08, dizi.launch),
                (0.05, dizi.insider),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(DIZI_VIEW, "dizi_view")

    def kanal_block(self) -> None:
        self.some(
            [
                (0.6, kanal.yayin_akisi),
                (0.4, kanal.anlik_izleyici),
                (0.4, kanal.haber),
                (0.15, kanal.netmera_batch),
                (0.05, kanal.netmera),
                (0.05, kanal.mipush),
            ]
        )
        if self.p(0.8):
            self.next(KANAL_VIEW, "kanal_view")

    def muzik_block(self) -> None:
        self.some(
            [
                (0.8, muzik.akis),
                (0.5, muzik.listeler),
                (0.3, muzik.sarki_sozu),
                (0.4, muzik.oneriler),
            ]
        )
        if self.p(0.8):
            self.next(MUZIK_VIEW, "muzik_view")

    def kurd_block(self) -> None:
        self.some(
            [
                (0.8, kurd.wesan),
                (0.4, kurd.radyo_liste),
                (0.4, kurd.heri_populer),
                (0.3, kurd.gotin),
            ]
        )
        if self.p(0.8):
            self.next(KURD_VIEW, "kurd_view")

    def huzur_block(self) -> None:
        self.some(
            [
                (0.7, huzur.ses_dosyasi),
                (0.5, huzur.namaz_vakitleri),
                (0.4, huzur.okuma_ilerleme),
                (0.3, huzur.gunun_ayeti),
                (0.1, huzur.metrica),
            ]
        )
        if self.p(0.75):
            self.next(HUZUR_VIEW, "huzur_view")

    def futbol_block(self) -> None:
        self.some(
            [
                (0.8, futbol.canli_skor),
                (0.4, futbol.sut_haritasi),
                (0.3, futbol.oyuncu_karsilastir),
                (0.3, futbol.puan_durumu),
                (0.3, futbol.en_cok_izlenen_ozetler),
                (0.3, futbol.firebase_screen),
            ]
        )
        if self.p(0.6):
            self.next(FUTBOL_VIEW, "futbol_view")
        if self.p(0.35):
            self.next(FUTBOL_BIO, "futbol_bio")

    def banka_block(self) -> None:
        self.some(
            [
                (0.7, banka.doviz),
                (0.3, banka.havale),
                (0.3, banka.atm),
                (0.15, banka.basvuru_formu),
                (0.1, banka.cihaz_eslestir),
            ]
        )
        if self.p(0.6):
            self.next(BANKA_BIO, "banka_bio")

    def kapi_block(self) -> None:
        self.some([(0.5, kapi.randevu), (0.3, kapi.adres), (0.4, kapi.barkod)])
        if self.p(0.7):
            self.next(KAPI_BIO, "kapi_bio")

    def hat_block(self) -> None:
        self.some(
            [(0.6, hat.kota), (0.3, hat.fatura), (0.35, hat.sesli_komut), (0.1, hat.cihaz_bilgisi)]
        )
        if self.p(0.65):
            self.next(HAT_BIO, "hat_bio")

    def taksi_block(self) -> None:
        self.some(
            [
                (0.7, taksi.yolculuk_iste),
                (0.6, taksi.ucret_tahmini),
                (0.5, taksi.surucu),
                (0.5, taksi.surucu_foto),
                (0.5, taksi.konum_takip),
                (0.1, taksi.adjust),
            ]
        )

    def ev_block(self) -> None:
        self.some(
            [(0.3, ev.stb_epg), (0.2, ev.stb_firmware), (0.3, ev.acr_ayarlari), (0.4, ev.saat_uyku)]
        )
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.4):
            self.next(EV_DEV, "ev_dev")


def generate_session(seed: int, target: int) -> tuple[Phone133, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.dizi_block),
        (0.09, s.kanal_block),
        (0.09, s.muzik_block),
        (0.08, s.kurd_block),
        (0.07, s.huzur_block),
        (0.09, s.futbol_block),
        (0.08, s.banka_block),
        (0.07, s.kapi_block),
        (0.07, s.hat_block),
        (0.08, s.taksi_block),
        (0.12, s.ev_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
