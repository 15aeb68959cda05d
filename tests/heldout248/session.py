"""The script of the set-248 session: a day of a guest-services and IT officer's
company phone on a cruise ship between Genoa, Barcelona and Marseille.

Most of what the phone does is the ship's work: gangway face checks of guests
and crew, the cabins' interactive TV admin (purchases, tuning logs, set-top
boxes), medallions, door locks and cabin tablets, CCTV clips, the crew
handhelds in the MDM console, POS terminals, the theatre's schedule and
guest-services tickets. The guests' and crew's faces and templates and the
cabins' per-cabin viewing are biometric data and viewing history whoever they
belong to, and are labelled so; the serials belong to the ship's equipment
and stay negative, as do the aggregates, guides and CCTV work.

Now and then, between jobs, the officer uses her own apps (her streamer, her
music app, her bank's selfie login, her smartwatch) and the phone's own MDM
agent and Wi-Fi login run: those are her own sensitive flows, the only
device-id ones. They come from a rotating schedule, one every `OWN_EVERY` flows
whatever the session's size, so that even a small set covers each category,
opaque carriers too, and the sensitive share stays the same.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    accessi,
    background,
    banca,
    bordo,
    cctv,
    imbarco,
    iptv,
    kairos,
    mdm,
    rete,
    sonora,
    visione,
)
from .phone import Officer248

START = 1749882600.0  # 2025-06-14T06:30:00Z, alongside in Genoa
OWN_EVERY = 24

Gen = Callable[[Context], Flow]

OWN_VIEW: list[Gen] = [
    visione.avanzamento,
    sonora.reproduccion,
    visione.opaque_beacon,
    visione.npaw_start,
    visione.continua,
    sonora.lote_opaco,
    visione.appsflyer_content_view,
    visione.ga4_batch,
    visione.opaque_beacon,
    sonora.adjust_play_event,
    visione.serie_a_heartbeat,
    sonora.lote_opaco,
    sonora.recientes,
    visione.avanzamento,
]
OWN_DEV: list[Gen] = [
    mdm.agent_checkin,
    kairos.sync,
    mdm.agent_inventory_hashed,
    rete.captive_login,
    kairos.firmware_hashed,
    sonora.adjust_session,
    banca.accounts_hashed,
    mdm.agent_poll,
    sonora.config_hashed,
    visione.appsflyer_launch,
    rete.quota_hashed,
    kairos.settings_hashed,
    visione.firebase_installation,
    kairos.sync,
]
OWN_BIO: list[Gen] = [
    banca.selfie_login,
    banca.face_template_login,
    banca.face_login_protobuf,
    banca.onfido_live_photo,
    banca.selfie_login,
    banca.liveness_frames,
]
ROTATION = ["view", "dev", "bio", "view", "dev", "view", "dev"]
OWN_SCHEDULES = {"view": OWN_VIEW, "dev": OWN_DEV, "bio": OWN_BIO}

# the officer's own apps when nothing sensitive happens (content, balances, health)
OWN_ORDINARY: list[Gen] = [*visione.FLOWS, *sonora.FLOWS, *banca.FLOWS, *kairos.FLOWS]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Officer248.make, START)
        self.next_own = 0

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            rete.captive_login(c),
            mdm.agent_checkin(c),
            mdm.agent_poll(c),
            imbarco.onboard_count(c),
            iptv.channel_lineup(c),
            visione.firebase_installation(c),
            visione.register_device(c),
            visione.appsflyer_launch(c),
            sonora.registro(c),
            sonora.adjust_session(c),
            banca.device_bind(c),
            kairos.pair(c),
            bordo.show_schedule(c),
            background.weather(c),
            rete.ship_position(c),
        ]
        self.next_own = len(self.flows) + OWN_EVERY

    def own_event(self) -> None:
        """One of the officer's own sensitive flows, when its turn has come."""
        if len(self.flows) < self.next_own:
            return
        category = self.pick(ROTATION, "rotation")
        self.flows.append(self.pick(OWN_SCHEDULES[category], category)(self.ctx))
        self.next_own = len(self.flows) + OWN_EVERY

    def run(self, flows: list[Gen], low: int = 1, high: int = 3) -> None:
        for _ in range(self.rng.randint(low, high)):
            self.flows.append(self.rng.choice(flows)(self.ctx))

    def gangway(self) -> None:
        self.run(imbarco.FLOWS, 1, 4)

    def cabin_tv(self) -> None:
        self.run(iptv.FLOWS, 1, 3)

    def access(self) -> None:
        self.run(accessi.FLOWS)

    def security(self) -> None:
        self.run(cctv.FLOWS)

    def fleet(self) -> None:
        self.run(mdm.FLOWS, 1, 2)

    def services(self) -> None:
        self.run(bordo.FLOWS)

    def network(self) -> None:
        self.run(rete.FLOWS, 1, 2)

    def own_apps(self) -> None:
        self.run(OWN_ORDINARY, 1, 2)


def generate_session(seed: int, target: int) -> tuple[Officer248, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.gangway),
        (0.18, s.cabin_tv),
        (0.16, s.access),
        (0.1, s.security),
        (0.07, s.fleet),
        (0.15, s.services),
        (0.05, s.network),
        (0.045, s.own_apps),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.08, after=s.own_event)
