"""The script of the set-74 session: an IT administrator's working day on a
Galaxy S23 (MDM console, network controller, building management, visitor
kiosk, CCTV, helpdesk, fleet vans, asset scanner, signage, meetings) and some
personal use in between (games, streaming, podcasts, banking, watch and buds),
with ordinary background traffic. Work apps send mostly look-alikes; the few
true carriers rotate through schedules so that every family shows even in small
sets. Each app is one row of data: its weight, its decoy calls with their odds,
and its schedule of true carriers with the odds of one per visit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    assets,
    background,
    bank,
    building,
    cctv,
    confcall,
    fleetvan,
    games,
    helpdesk,
    mdm,
    netctl,
    podcasts,
    signage,
    streaming,
    streaming_browse,
    visitor,
    wearables,
)
from .phone import Phone74

START = 1732608000.0  # 2024-11-26T08:00:00Z

Gen = Callable[[Context], Flow]
Table = list[tuple[float, Gen]]


def table(mod: ModuleType, spec: str) -> Table:
    """'name:odds name:odds ...' -> [(odds, mod.name), ...] (kept as text to stay short)."""
    return [(float(p), getattr(mod, n)) for n, p in (item.split(":") for item in spec.split())]


@dataclass(frozen=True)
class App:
    weight: float
    decoys: Table
    true: list[Gen]
    true_odds: float
    true_first: bool = False


MDM = "device_list:.7 device_lookup:.35 hardware_info:.35 device_action:.4 autopilot_import:.2 "
NET = "clients:.7 devices:.4 block_client:.35 adopt_device:.2 client_detail:.35 dpi_stats:.2 "
BMS = "hvac_trend:.5 setpoint:.3 badge_events:.55 lift_status:.3 room_display:.4 energy:.25"
CCTV = "events:.7 people_count:.3 heatmap:.2 snapshot:.6 clip:.3 playback_review:.25 cameras:.15 "
BROWSE = "catalogue:.6 artwork:.7 search:.3 manifest:.5 drm_licence:.4 live_session:.2"

APPS: dict[str, App] = {
    "mdm": App(
        0.10,
        table(mdm, MDM + "policy_fetch:.15"),
        [mdm.agent_checkin, mdm.agent_checkin, mdm.agent_attest],
        0.15,
    ),
    "net": App(0.09, table(netctl, NET + "site_survey:.15 beacons:.15"), [], 0),
    "bms": App(0.08, table(building, BMS), [], 0),
    "visitor": App(
        0.07,
        table(visitor, "sign_in:.8 badge_photo:.7 print_badge:.6 watchlist_check:.3 sign_out:.4"),
        [],
        0,
    ),
    "cctv": App(0.08, table(cctv, CCTV + "fall_alert:.15 privacy_masks:.1"), [], 0),
    "helpdesk": App(
        0.08,
        table(helpdesk, "new_ticket:.6 ticket_list:.5 asset_detail:.4 kb_search:.2 voicemail:.2"),
        [helpdesk.voice_verify, helpdesk.voice_enrol, helpdesk.voice_verify],
        0.45,
        true_first=True,
    ),
    "fleet": App(
        0.07,
        table(fleetvan, "vehicles:.6 gps_stats:.6 van_history:.3 drivers:.2 safety_events:.25"),
        [],
        0,
    ),
    "assets": App(
        0.08,
        table(assets, "by_tag:.7 by_serial:.5 checkout:.3 audit:.4 new_asset:.2 search:.2"),
        [],
        0,
    ),
    "signage": App(
        0.07,
        table(
            signage,
            "proof_of_play:.6 displays:.4 schedule:.3 screenshot:.2 playlist:.4 player_log:.2",
        ),
        [],
        0,
    ),
    "meet": App(
        0.08,
        table(
            confcall,
            "captions:.8 captions:.5 transcribe_chunk:.35 active_speaker:.5 attendance:.3 "
            "background_blur:.15",
        ),
        [confcall.voice_profile_enrol, confcall.voice_signature],
        0.2,
    ),
    "game": App(
        0.06,
        table(
            games,
            "camera_telemetry:.5 avatar_save:.25 leaderboard:.35 iap_receipt:.15 level_progress:.5",
        ),
        [games.unity_config, games.unity_ad_request, games.gameanalytics, games.unity_ad_request],
        0.55,
    ),
    "stream": App(
        0.075,
        table(streaming_browse, BROWSE) + table(streaming, "firebase_install:.04"),
        [
            streaming.heartbeat,
            streaming.resume_point,
            streaming.heartbeat,
            streaming.watch_log,
            streaming.continue_watching,
            streaming.heartbeat,
            streaming.sealed_beacon,
        ],
        0.85,
    ),
    "bank": App(
        0.045,
        table(bank, "balances:.7 transactions:.6 spending:.3 card_freeze:.15 face_settings:.2"),
        [bank.facetec_liveness, bank.selfie_match, bank.facetec_liveness],
        0.75,
    ),
    "wear": App(
        0.035,
        table(wearables, "daily_sync:.6 workout_route:.3"),
        [
            wearables.watch_status,
            wearables.buds_fota,
            wearables.pair_watch,
            wearables.watch_status,
            wearables.status_opaque,
        ],
        0.7,
    ),
    "pod": App(
        0.03,
        table(podcasts, "discover:.5 download:.7 up_next:.4"),
        [podcasts.update_episode, podcasts.update_episode, podcasts.history],
        0.8,
    ),
}
VOICE_OPAQUE_EVERY = 4
"""Every fourth helpdesk voice login goes through the sealed endpoint instead."""


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone74.make, START)

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.time_sync(c),
            mdm.agent_checkin(c),
            mdm.policy_fetch(c),
            background.push_register(c),
            streaming.firebase_install(c),
            wearables.pair_watch(c),
            podcasts.login(c),
        ]

    def true_one(self, name: str, app: App) -> None:
        if app.true and self.p(app.true_odds):
            gen = self.pick(app.true, name)
            if name == "helpdesk" and self.k[name] % VOICE_OPAQUE_EVERY == 0:
                gen = helpdesk.voice_verify_opaque
            self.flows.append(gen(self.ctx))

    def visit(self, name: str) -> Callable[[], None]:
        app = APPS[name]

        def run() -> None:
            if app.true_first:
                self.true_one(name, app)
            self.some(app.decoys)
            if not app.true_first:
                self.true_one(name, app)

        return run


def generate_session(seed: int, target: int) -> tuple[Phone74, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [(app.weight, s.visit(name)) for name, app in APPS.items()]
    return s.finish(blocks, background.BENIGN, target, 0.35)
