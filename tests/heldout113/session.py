"""The script of the set-113 session: the family uses ten apps in turn on a Samsung
Galaxy A54 (sinetron streaming, short video, football / badminton, dangdut,
kajian and murottal, wayang, an e-wallet, a Malaysian bank, an ojek driver app),
while the Polytron TV and the fitness band report in, with ordinary background
traffic in between. Sensitive events rotate through a schedule per app so that
even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    ads,
    background,
    band,
    bankkita,
    bolagas,
    dangdutin,
    dompetku,
    kajianku,
    klipku,
    layarku,
    ojekmitra,
    polytron,
    wayang,
)
from .phone import Phone113

START = 1764468000.0  # 2025-11-30T02:00:00Z (09:00 in Jakarta)

Gen = Callable[[Context], Flow]

LAYAR_VIEW: list[Gen] = [
    layarku.riwayat_tonton,
    layarku.moengage_tonton,
    layarku.lanjut_nonton,
    layarku.qos_beacon,
    layarku.riwayat_tonton,
]
KLIP_VIEW: list[Gen] = [klipku.log_nonton, klipku.log_nonton, klipku.batch_protobuf]
KLIP_DEV: list[Gen] = [
    klipku.adjust_session,
    lambda c: ads.pangle(c, "klip"),
    klipku.device_register,
    lambda c: ads.bigo(c, "klip"),
    lambda c: ads.mintegral(c, "klip"),
]
BOLA_VIEW: list[Gen] = [
    bolagas.detak,
    bolagas.clevertap_nonton,
    bolagas.pixel,
    bolagas.pindah_saluran,
    bolagas.detak,
]
DANGDUT_VIEW: list[Gen] = [
    dangdutin.catat_putar,
    dangdutin.baru_diputar,
    dangdutin.antrian_offline,
    dangdutin.catat_putar,
]
DANGDUT_DEV: list[Gen] = [
    dangdutin.remote_config,
    lambda c: ads.mintegral(c, "dangdut"),
    lambda c: ads.pangle(c, "dangdut"),
]
NGAJI_VIEW: list[Gen] = [
    kajianku.murottal_progres,
    kajianku.ga4_dengar,
    kajianku.riwayat_kajian,
    kajianku.sync_singkat,
    kajianku.murottal_progres,
]
WAYANG_VIEW: list[Gen] = [
    wayang.tontonan_kulit,
    wayang.lalajo_golek,
    wayang.pungkasan_ditonton,
    wayang.ping_resume,
]
DOMPET_BIO: list[Gen] = [
    dompetku.verihubs_liveness,
    dompetku.asliri_verify,
    dompetku.vida_template,
    dompetku.selfie_terenkripsi,
    dompetku.advance_compare,
]
DOMPET_DEV: list[Gen] = [
    dompetku.appsflyer_launch,
    dompetku.risiko_perangkat,
    dompetku.appsflyer_event,
]
BANK_BIO: list[Gen] = [
    bankkita.sahkan_cap_suara,
    bankkita.daftar_cap_suara,
    bankkita.langkah_opaque,
    bankkita.sahkan_cap_suara,
]
OJEK_BIO: list[Gen] = [
    ojekmitra.swafoto,
    ojekmitra.landmark,
    ojekmitra.frame_ulang,
    ojekmitra.swafoto,
]
TV_VIEW: list[Gen] = [
    polytron.konten_terdeteksi,
    polytron.log_saluran,
    polytron.acr_protobuf,
    polytron.konten_terdeteksi,
]
TV_DEV: list[Gen] = [polytron.heartbeat, polytron.registrasi]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone113.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            layarku.moengage_device_add(c),
            klipku.adjust_session(c),
            bolagas.clevertap_app_launch(c),
            bolagas.daftar_perangkat(c),
            wayang.daftar_piranti(c),
            kajianku.firebase_installation(c),
            dompetku.appsflyer_launch(c),
            bankkita.ikat_peranti(c),
            ojekmitra.daftar_perangkat(c),
            polytron.registrasi(c),
            band.pasang(c),
            background.cek_imei(c),
            background.jadwal_myquran(c),
        ]

    def layar_block(self) -> None:
        self.some(
            [
                (0.6, layarku.katalog),
                (0.5, layarku.manifest),
                (0.7, layarku.segment),
                (0.5, layarku.segment),
                (0.3, layarku.terpopuler),
                (0.3, layarku.cari),
                (0.05, layarku.moengage_device_add),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(LAYAR_VIEW, "layar_view")

    def klip_block(self) -> None:
        self.some(
            [
                (0.8, klipku.fyp),
                (0.4, klipku.like),
                (0.3, klipku.komen),
                (0.2, klipku.trending_sound),
                (0.3, ads.creative),
                (0.15, klipku.filter_kucing),
                (0.15, klipku.editor_draf),
                (0.25, klipku.efek_wajah),
            ]
        )
        if self.p(0.75):
            self.next(KLIP_VIEW, "klip_view")
        if self.p(0.5):
            self.next(KLIP_DEV, "klip_dev")

    def bola_block(self) -> None:
        self.some(
            [
                (0.6, bolagas.skor_live),
                (0.3, bolagas.klasemen),
                (0.3, bolagas.jadwal),
                (0.4, bolagas.cuplikan_thumb),
                (0.2, bolagas.tebak_skor),
                (0.1, bolagas.daftar_perangkat),
                (0.12, bolagas.analisis_smash),
                (0.1, bolagas.clevertap_app_launch),
            ]
        )
        if self.p(0.8):
            self.next(BOLA_VIEW, "bola_view")

    def dangdut_block(self) -> None:
        self.some(
            [
                (0.7, dangdutin.stream_audio),
                (0.4, dangdutin.lirik),
                (0.3, dangdutin.tangga_lagu),
                (0.3, dangdutin.karaoke_nada),
                (0.3, dangdutin.playlist),
            ]
        )
        if self.p(0.75):
            self.next(DANGDUT_VIEW, "dangdut_view")
        if self.p(0.3):
            self.next(DANGDUT_DEV, "dangdut_dev")

    def ngaji_block(self) -> None:
        self.some(
            [
                (0.6, kajianku.audio),
                (0.4, kajianku.terakhir_baca),
                (0.4, kajianku.jadwal_sholat),
                (0.2, kajianku.arah_kiblat),
                (0.3, kajianku.katalog_kajian),
                (0.1, kajianku.infaq),
            ]
        )
        if self.p(0.75):
            self.next(NGAJI_VIEW, "ngaji_view")

    def wayang_block(self) -> None:
        self.some(
            [
                (0.4, wayang.katalog),
                (0.3, wayang.laras_gamelan),
                (0.3, wayang.jadwal_pagelaran),
                (0.2, wayang.aksara_jawa),
                (0.1, lambda c: ads.pangle(c, "wayang")),
                (0.1, lambda c: ads.bigo(c, "wayang")),
                (0.1, wayang.daftar_piranti),
                (0.15, wayang.playout_sanggar),
            ]
        )
        if self.p(0.75):
            self.next(WAYANG_VIEW, "wayang_view")

    def dompet_block(self) -> None:
        self.some(
            [
                (0.6, dompetku.bayar_qris),
                (0.3, dompetku.isi_saldo),
                (0.4, dompetku.riwayat_transaksi),
                (0.15, dompetku.form_ktp),
            ]
        )
        if self.p(0.6):
            self.next(DOMPET_BIO, "dompet_bio")
        if self.p(0.45):
            self.next(DOMPET_DEV, "dompet_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.7, bankkita.baki),
                (0.4, bankkita.penyata),
                (0.3, bankkita.tac),
                (0.3, bankkita.tanya_kita),
                (0.05, bankkita.ikat_peranti),
            ]
        )
        if self.p(0.6):
            self.next(BANK_BIO, "bank_bio")

    def ojek_block(self) -> None:
        self.some(
            [
                (0.8, ojekmitra.ping_lokasi),
                (0.5, ojekmitra.tawaran_order),
                (0.3, ojekmitra.terima_order),
                (0.2, ojekmitra.pendapatan),
                (0.2, ojekmitra.rating),
                (0.1, ojekmitra.foto_stnk),
            ]
        )
        if self.p(0.55):
            self.next(OJEK_BIO, "ojek_bio")

    def home_block(self) -> None:
        self.some(
            [
                (0.4, polytron.epg),
                (0.2, polytron.toko_aplikasi),
                (0.15, polytron.cek_firmware),
                (0.4, band.sinkron),
                (0.3, band.tidur),
                (0.15, band.watchface),
            ]
        )
        if self.p(0.75):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.3):
            self.next(TV_DEV, "tv_dev")


def generate_session(seed: int, target: int) -> tuple[Phone113, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.layar_block),
        (0.12, s.klip_block),
        (0.11, s.bola_block),
        (0.10, s.dangdut_block),
        (0.09, s.ngaji_block),
        (0.07, s.wayang_block),
        (0.10, s.dompet_block),
        (0.08, s.bank_block),
        (0.09, s.ojek_block),
        (0.11, s.home_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
