"""The script of the set-220 session: a ground-handling shift supervisor's day
at Almaty airport, mostly the airport's supervisor app (flights, rosters,
baggage scanners, belts, handhelds under the airport's MDM, gate displays,
apron vehicles, e-gate alerts), with her own streaming app in the breaks, her
bank and her watch's companion app, and ordinary background traffic in
between. A precision stress set: most flows are look-alike ordinary traffic.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import airport, background, bank, egates, kino, sagat
from .phone import Supervisor220

START = 1736233200.0  # 2025-01-07T07:00:00Z (13:00 in Almaty)

Gen = Callable[[Context], Flow]

KINO_VIEW: list[Gen] = [
    kino.koru_progress,
    kino.measurement_batch,
    kino.tikelei_heartbeat,
    kino.jalghastyru,
    kino.opaque_beacon,
    kino.af_watch_complete,
    kino.koru_progress,
    kino.koru_tarihy,
]
KINO_DEV: list[Gen] = [
    kino.appsflyer_launch,
    kino.measurement_screen,
    kino.firebase_installation,
    kino.register_device,
    kino.appsflyer_subscribe,
]
EGATE_BIO: list[Gen] = [
    egates.alert_feed,
    egates.recheck_match,
    egates.alert_feed,
    egates.legacy_forward,
]
OPS_DEV: list[Gen] = [airport.push_register, airport.heartbeat_opaque, airport.heartbeat_opaque]
BANK_BIO: list[Gen] = [
    bank.dis_selfie,
    bank.dis_liveness,
    bank.quick_login_protobuf,
    bank.dis_selfie,
]
BANK_DEV: list[Gen] = [bank.device_bind, bank.accounts_opaque]
WATCH_DEV: list[Gen] = [sagat.sync, sagat.device_info, sagat.dump_protobuf, sagat.sync, sagat.bind]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Supervisor220.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            airport.push_register(c),
            airport.flights(c),
            airport.crew_roster(c),
            kino.firebase_installation(c),
            kino.appsflyer_launch(c),
            bank.device_bind(c),
            sagat.bind(c),
            egates.alert_feed(c),
            kino.koru_progress(c),
            background.weather(c),
        ]

    def ops_block(self) -> None:
        self.some(
            [
                (0.7, airport.flights),
                (0.35, airport.crew_roster),
                (0.6, airport.bag_scan),
                (0.5, airport.belt_status),
                (0.15, airport.belt_ack),
                (0.35, airport.mdm_fleet),
                (0.08, airport.mdm_lock),
                (0.35, airport.display_playlog),
                (0.1, airport.display_schedule),
                (0.5, airport.vehicle_telematics),
                (0.35, airport.stand_allocation),
                (0.35, airport.turnaround),
                (0.25, airport.load_message),
                (0.2, airport.weather_metar),
            ]
        )
        if self.p(0.06):
            self.next(OPS_DEV, "ops_dev")

    def egate_block(self) -> None:
        self.some(
            [
                (0.6, egates.egate_stats),
                (0.4, egates.egate_health),
                (0.3, egates.resolve_alert),
                (0.4, airport.flights),
            ]
        )
        if self.p(0.5):
            self.next(EGATE_BIO, "egate_bio")

    def kino_block(self) -> None:
        self.some(
            [
                (0.6, kino.katalog),
                (0.8, kino.hls_segment),
                (0.7, kino.hls_segment),
                (0.5, kino.thumbnail),
                (0.4, kino.thumbnail),
                (0.25, kino.izdeu),
                (0.25, kino.en_kop_korilgen),
                (0.3, kino.match_kestesi),
                (0.2, kino.turnir_kestesi),
                (0.3, kino.live_manifest),
            ]
        )
        if self.p(0.6):
            self.next(KINO_VIEW, "kino_view")
        if self.p(0.2):
            self.next(KINO_DEV, "kino_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.kurs),
                (0.3, bank.transfer),
                (0.35, bank.qr_payment),
                (0.3, bank.otp),
                (0.1, bank.profile_form),
                (0.1, bank.avatar),
                (0.15, bank.dis_customer),
            ]
        )
        if self.p(0.45):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.2):
            self.next(BANK_DEV, "bank_dev")

    def watch_block(self) -> None:
        self.some(
            [
                (0.6, sagat.daily),
                (0.6, sagat.notify_mirror),
                (0.2, sagat.watchface),
                (0.15, sagat.wrist_settings),
            ]
        )
        if self.p(0.3):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Supervisor220, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.42, s.ops_block),
        (0.12, s.egate_block),
        (0.22, s.kino_block),
        (0.1, s.bank_block),
        (0.14, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
