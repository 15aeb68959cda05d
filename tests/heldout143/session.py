"""The script of the set-143 session: the family uses their apps in turn (the OTT,
the living-room TV and set-top box, music, Quran and kajian, radio, podcasts, the
e-wallet, the bank, the ride-hailing super app, karaoke and the kids' app on the
tablet, the earbuds companion), with ordinary background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    bank,
    bocah,
    dangdut,
    dompet,
    earbuds,
    musik,
    ngaji,
    ojek,
    podcast,
    radio,
    sdks,
    tontonku,
    tvrumah,
)
from .phone import Household

START = 1727748000.0  # 2024-10-01T02:00:00Z, 09:00 WIB

Gen = Callable[[Context], Flow]

OTT_VIEW: list[Gen] = [
    tontonku.progres_tonton,
    tontonku.detak_pemutar,
    tontonku.lanjutkan_menonton,
    tontonku.beacon_ringkas,
    sdks.nielsen_dcr,
    tontonku.progres_tonton,
]
TV_VIEW: list[Gen] = [
    tvrumah.acr_laporan,
    tvrumah.stb_pindah_kanal,
    tvrumah.acr_biner,
    tvrumah.acr_laporan,
]
MUSIK_VIEW: list[Gen] = [
    musik.lapor_putar,
    musik.log_jawa,
    musik.lapor_putar,
    musik.antrean_ringkas,
]
NGAJI_VIEW: list[Gen] = [
    ngaji.kajian_ditonton,
    ngaji.murottal_dengar,
    ngaji.sinkron_opaque,
    ngaji.kajian_ditonton,
]
RADIO_VIEW: list[Gen] = [radio.log_dengar, radio.log_dengar, radio.log_pendek]
POD_VIEW: list[Gen] = [podcast.progres, podcast.riwayat, podcast.moengage_event]
DOMPET_BIO: list[Gen] = [
    dompet.verihubs_liveness,
    dompet.vida_face_match,
    dompet.privy_pose,
    dompet.ekyc_terenkripsi,
]
BANK_BIO: list[Gen] = [bank.login_wajah, bank.daftar_wajah, bank.login_wajah, bank.login_lama]
KARAOKE: list[Gen] = [
    dangdut.riwayat_nyanyi,
    dangdut.suara_mirip,
    dangdut.riwayat_nyanyi,
    dangdut.suara_opaque,
]
BOCAH_VIEW: list[Gen] = [bocah.kartun_ditonton, bocah.tontonan_terakhir, bocah.kartun_ditonton]
OJEK_DEV: list[Gen] = [
    ojek.risiko_perangkat,
    ojek.video_pendek,
    ojek.risiko_opaque,
    ojek.video_pendek,
]
BUDS_DEV: list[Gen] = [earbuds.pasang, earbuds.cek_firmware, earbuds.ota_opaque]
SDK_DEV: list[Gen] = [
    sdks.appsflyer_launch,
    sdks.adjust_session,
    sdks.firebase_install,
    sdks.onesignal_player,
    sdks.adnusa_bid,
    bocah.iklan_anak,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Household.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            sdks.appsflyer_launch(c),
            tontonku.daftar_perangkat(c),
            tvrumah.tv_daftar(c),
            dompet.daftar_perangkat(c),
            earbuds.pasang(c),
            sdks.firebase_install(c),
        ]

    def ott_block(self) -> None:
        self.some(
            [
                (0.7, tontonku.manifest),
                (0.5, tontonku.katalog),
                (0.4, tontonku.skor_langsung),
                (0.1, tontonku.daftar_perangkat),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(OTT_VIEW, "ott_view")

    def tv_block(self) -> None:
        self.some([(0.5, tvrumah.epg), (0.3, tvrumah.stb_status), (0.05, tvrumah.tv_daftar)])
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")

    def audio_block(self) -> None:
        self.some(
            [
                (0.5, musik.tangga_lagu),
                (0.4, musik.lirik),
                (0.4, musik.cari),
                (0.3, radio.daftar_stasiun),
                (0.4, radio.sedang_diputar),
                (0.3, podcast.cari),
                (0.4, podcast.unduh_episode),
            ]
        )
        if self.p(0.6):
            self.next(MUSIK_VIEW, "musik_view")
        if self.p(0.4):
            self.next(RADIO_VIEW, "radio_view")
        if self.p(0.4):
            self.next(POD_VIEW, "pod_view")

    def ngaji_block(self) -> None:
        self.some(
            [(0.6, ngaji.terakhir_dibaca), (0.4, ngaji.jadwal_sholat), (0.2, ngaji.layar_masjid)]
        )
        if self.p(0.7):
            self.next(NGAJI_VIEW, "ngaji_view")

    def money_block(self) -> None:
        self.some(
            [
                (0.5, dompet.bayar_qris),
                (0.2, dompet.ocr_ktp),
                (0.4, bank.transfer),
                (0.3, bank.peta_cabang),
                (0.05, dompet.daftar_perangkat),
            ]
        )
        if self.p(0.45):
            self.next(DOMPET_BIO, "dompet_bio")
        if self.p(0.5):
            self.next(BANK_BIO, "bank_bio")

    def ojek_block(self) -> None:
        self.some(
            [
                (0.6, ojek.pesan_ojek),
                (0.7, ojek.lokasi_driver),
                (0.5, ojek.lokasi_driver),
                (0.4, ojek.promo),
            ]
        )
        if self.p(0.6):
            self.next(OJEK_DEV, "ojek_dev")

    def tablet_block(self) -> None:
        self.some(
            [
                (0.4, dangdut.skor_nada),
                (0.2, dangdut.unggah_rekaman),
                (0.5, bocah.buku_dibaca),
                (0.1, bocah.profil_anak),
            ]
        )
        if self.p(0.5):
            self.next(KARAOKE, "karaoke")
        if self.p(0.6):
            self.next(BOCAH_VIEW, "bocah_view")

    def buds_block(self) -> None:
        self.some([(0.4, earbuds.kalibrasi_kepala), (0.3, earbuds.tes_pendengaran)])
        if self.p(0.6):
            self.next(BUDS_DEV, "buds_dev")

    def sdk_block(self) -> None:
        self.next(SDK_DEV, "sdk_dev")


def generate_session(seed: int, target: int) -> tuple[Household, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.ott_block),
        (0.1, s.tv_block),
        (0.15, s.audio_block),
        (0.09, s.ngaji_block),
        (0.13, s.money_block),
        (0.1, s.ojek_block),
        (0.11, s.tablet_block),
        (0.07, s.buds_block),
        (0.1, s.sdk_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
