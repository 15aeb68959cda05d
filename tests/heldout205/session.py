"""The script of the set-205 session: a day on the Melati ward of a Surabaya
hospital. The ward's shared phone runs the nurses' dashboard, the CCTV viewer,
the ward TV fleet console, the pharmacy and inventory apps under the
hospital's MDM; nurse Sri's own phone has a streaming app with ad SDKs, a
Suroboyoan radio app and the face-attendance app (the ward-entrance kiosk
appears too); dr. Bambang's phone has the PACS viewer, the telemedicine app,
a bank with selfie KYC and a smartwatch. Most traffic is ordinary hospital
work that looks like the sensitive kinds (serials, MACs, positions, videos,
landmarks, frame counts); sensitive events rotate through a schedule per app
so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    absensi,
    background,
    bank,
    cctv,
    dasbor,
    farmasi,
    inventaris,
    jam,
    mdm,
    pacs,
    radio,
    telemed,
    tontonin,
    tvbangsal,
)
from .phone import Staff205

START = 1733014800.0  # 2024-12-01T01:00:00Z (08:00 WIB)

Gen = Callable[[Context], Flow]

TONTON_VIEW: list[Gen] = [
    tontonin.progres,
    tontonin.ga4_video,
    tontonin.lanjut_nonton,
    tontonin.opaque_beacon,
    lambda c: tontonin.ga4_video(c, "video_complete"),
    tontonin.progres,
    tontonin.riwayat,
]
TONTON_DEV: list[Gen] = [
    tontonin.appsflyer_launch,
    tontonin.meta_activate,
    tontonin.rtb_bid,
    tontonin.config_opaque,
    tontonin.appsflyer_event,
    tontonin.register,
]
RADIO_VIEW: list[Gen] = [
    radio.rungokno,
    radio.stasiun_sesi,
    radio.riwayat,
    radio.opaque_rows,
    radio.rungokno,
]
RADIO_DEV: list[Gen] = [radio.register, radio.ping_opaque]
ABSEN_BIO: list[Gen] = [
    absensi.presensi_selfie,
    absensi.daftar_wajah,
    lambda c: absensi.presensi_selfie(c, "pulang"),
    absensi.kiosk_galeri,
    absensi.template_protobuf,
    absensi.liveness,
]
ABSEN_DEV: list[Gen] = [absensi.ikat_perangkat, absensi.cek_token_opaque]
BANK_BIO: list[Gen] = [
    bank.swafoto,
    bank.tencent_compare,
    bank.liveness_multipart,
    bank.tencent_compare,
]
BANK_DEV: list[Gen] = [bank.ikat_perangkat, bank.saldo_opaque]
JAM_DEV: list[Gen] = [jam.sinkron, jam.info_perangkat, jam.pasang, jam.dump_protobuf, jam.sinkron]
DASBOR_DEV: list[Gen] = [dasbor.login, dasbor.ringkasan_opaque]
MDM_DEV: list[Gen] = [mdm.checkin, mdm.status_jaringan, mdm.policy_opaque]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Staff205.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            mdm.checkin(c),
            dasbor.login(c),
            absensi.ikat_perangkat(c),
            tontonin.register(c),
            tontonin.appsflyer_launch(c),
            radio.register(c),
            bank.ikat_perangkat(c),
            jam.pasang(c),
            background.cuaca(c),
        ]

    def tonton_block(self) -> None:
        self.some(
            [
                (0.5, tontonin.katalog),
                (0.7, tontonin.hls_segment),
                (0.5, tontonin.hls_segment),
                (0.25, tontonin.cari),
                (0.25, tontonin.terpopuler),
                (0.2, tontonin.jadwal_tayang),
                (0.25, tontonin.vast_ad),
            ]
        )
        if self.p(0.5):
            self.next(TONTON_VIEW, "tonton_view")
        if self.p(0.3):
            self.next(TONTON_DEV, "tonton_dev")

    def radio_block(self) -> None:
        self.some(
            [
                (0.6, radio.saiki_muter),
                (0.7, radio.audio_chunk),
                (0.3, radio.tangga_lagu),
                (0.2, radio.jadwal_siaran),
                (0.25, radio.lirik),
            ]
        )
        if self.p(0.45):
            self.next(RADIO_VIEW, "radio_view")
        if self.p(0.15):
            self.next(RADIO_DEV, "radio_dev")

    def absen_block(self) -> None:
        self.some(
            [
                (0.7, absensi.kiosk_hasil),
                (0.4, absensi.kiosk_hasil),
                (0.3, absensi.jadwal_shift),
                (0.3, absensi.geofence),
                (0.2, absensi.rekap),
                (0.1, absensi.cuti),
            ]
        )
        if self.p(0.45):
            self.next(ABSEN_BIO, "absen_bio")
        if self.p(0.15):
            self.next(ABSEN_DEV, "absen_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, bank.kurs),
                (0.3, bank.transfer),
                (0.3, bank.qris),
                (0.2, bank.ocr_ktp),
                (0.15, bank.foto_npwp),
            ]
        )
        if self.p(0.35):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.25):
            self.next(BANK_DEV, "bank_dev")

    def jam_block(self) -> None:
        self.some(
            [
                (0.6, jam.harian),
                (0.3, jam.tampilan_jam),
                (0.2, jam.angkat_bangun),
                (0.15, jam.firmware),
            ]
        )
        if self.p(0.45):
            self.next(JAM_DEV, "jam_dev")

    def dasbor_block(self) -> None:
        self.some(
            [
                (0.8, dasbor.monitor),
                (0.7, dasbor.pompa_infus),
                (0.3, dasbor.ack_alarm),
                (0.5, dasbor.ttv),
                (0.4, dasbor.timer_obat),
                (0.3, dasbor.alih_baring),
            ]
        )
        if self.p(0.12):
            self.next(DASBOR_DEV, "dasbor_dev")

    def mdm_block(self) -> None:
        self.some([(0.3, mdm.app_inventory), (0.5, mdm.lokasi)])
        if self.p(0.5):
            self.next(MDM_DEV, "mdm_dev")

    def cctv_block(self) -> None:
        self.some(
            [
                (0.5, cctv.daftar_kamera),
                (0.7, cctv.putar_ulang),
                (0.7, cctv.hls_rekaman),
                (0.5, cctv.hls_rekaman),
                (0.3, cctv.ptz),
                (0.4, cctv.kejadian_gerak),
                (0.5, cctv.thumbnail),
            ]
        )

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, tvbangsal.armada),
                (0.7, tvbangsal.sing_diputer),
                (0.3, tvbangsal.kirim_daftar_putar),
                (0.2, tvbangsal.laporan_tayang),
                (0.5, tvbangsal.video_file),
            ]
        )

    def farmasi_block(self) -> None:
        self.some(
            [
                (0.6, farmasi.katalog),
                (0.7, farmasi.scan_dispensing),
                (0.3, farmasi.stok_opname),
                (0.4, farmasi.timer_troli),
            ]
        )

    def aset_block(self) -> None:
        self.some(
            [
                (0.7, inventaris.daftar_aset),
                (0.6, inventaris.audit),
                (0.3, inventaris.jadwal_kalibrasi),
            ]
        )

    def pacs_block(self) -> None:
        self.some(
            [
                (0.6, pacs.cari_studi),
                (0.9, pacs.frame),
                (0.6, pacs.frame),
                (0.4, pacs.landmark_thorax),
                (0.3, pacs.landmark_sefalometri),
                (0.4, pacs.simpan_state),
                (0.3, pacs.ekspertise),
            ]
        )

    def telemed_block(self) -> None:
        self.some(
            [
                (0.4, telemed.jadwal),
                (0.4, telemed.sdp_offer),
                (0.7, telemed.webrtc_stats),
                (0.5, telemed.chat),
                (0.3, telemed.resep),
            ]
        )


def generate_session(seed: int, target: int) -> tuple[Staff205, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.1, s.tonton_block),
        (0.06, s.radio_block),
        (0.08, s.absen_block),
        (0.06, s.bank_block),
        (0.05, s.jam_block),
        (0.13, s.dasbor_block),
        (0.03, s.mdm_block),
        (0.09, s.cctv_block),
        (0.08, s.tv_block),
        (0.08, s.farmasi_block),
        (0.06, s.aset_block),
        (0.1, s.pacs_block),
        (0.08, s.telemed_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
