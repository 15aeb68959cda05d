"""The script of the set-4 session: the tester uses nine apps in turn on a Pixel 8
while a Roku TV on the same network runs its own ACR; the phone's background
traffic falls in between. Sensitive events rotate through a schedule per app so
that even a small set covers every family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import SessionBase

from . import arena, background, glowtry, hearth, kwik, learnly, porch, skycast, tunely, tvlink
from .phone import Phone4

START = 1719050400.0  # 2024-06-22T10:00:00Z

PORCH_BIO = ["label", "embed", "recog", "embed_b64", "opaque", "recog", "label", "opaque"]
GLOW_BIO = ["lm68", "mesh", "blend", "skin", "lm106", "blend_raw", "opaque", "upload", "lm468"]
HEARTH_BIO = ["enrol", "embed", "opaque", "enrol", "embed_b64", "opaque"]
KWIK_BIO = ["yoti", "proxy", "result", "yoti"]
ADS = ["prebid", "gam", "criteo", "pubmatic", "ogury", "tapjoy", "chartboost", "pangle"]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone4.make, START)
        self.watched: list[dict[str, object]] = []
        self.lectures: list[dict[str, object]] = []

    def next(self, schedule: list[str], key: str) -> str:
        return self.pick(schedule, key)

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            tunely.config(c),
            tunely.onesignal_register(c),
            arena.adjust_session(c),
            kwik.appsflyer(c, None),
            porch.register_doorbell(c),
            porch.firebase_config(c, "com.porchcam.app", "firebase_fid"),
            learnly.branch_open(c),
            glowtry.licence(c),
            glowtry.facebook(c),
            hearth.pair_speaker(c),
            hearth.segment(c),
            skycast.ump_consent(c),
            skycast.tapjoy(c),
            skycast.chartboost(c),
            tvlink.device_info(c),
            tvlink.register_tv(c),
        ]

    # --- per-app blocks ---------------------------------------------------------------

    def tunely_block(self) -> None:
        c, rng, out = self.ctx, self.rng, self.flows
        out.append(rng.choice([tunely.playlist, tunely.search, tunely.playlist])(c))
        for _ in range(rng.randint(1, 3)):
            out.append(tunely.audio_segment(c))
        self.some(
            [
                (0.5, tunely.artwork),
                (0.3, tunely.waveform),
                (0.25, tunely.lyrics),
                (0.05, tunely.subscription),
                (0.05, tunely.config),
            ]
        )
        if self.p(0.3):
            out.append(tunely.now_playing(c))
        if self.p(0.3):
            out.append(tunely.scrobble(c, rng.choice([1, 1, 3])))
        if self.p(0.25):
            out.append(tunely.plays_batch(c, rng.randint(1, 4)))
        if self.p(0.2):
            out.append(tunely.event_pipe(c))
        if self.p(0.3):
            out.append(tunely.amplitude(c, self.p(0.5)))
        if self.p(0.08):
            out.append(tunely.onesignal_session(c))

    def arena_block(self) -> None:
        c, rng, out = self.ctx, self.rng, self.flows
        self.some(
            [
                (0.4, arena.fixtures),
                (0.4, arena.live_scores),
                (0.2, arena.odds),
                (0.15, arena.standings),
                (0.15, arena.highlights),
                (0.05, arena.push_topics),
            ]
        )
        if not self.p(0.6):
            return
        ev = arena.event(c)
        self.watched.append(ev)
        out.append(arena.authorize(c, ev))
        out.append(arena.manifest(c, ev))
        code = new_hex(rng, 16)
        tools = rng.sample(
            ["conviva", "nielsen", "comscore", "youbora", "akamai"], rng.randint(1, 3)
        )
        if "youbora" in tools:
            out.append(arena.youbora_start(c, ev, code))
            if self.p(0.5):
                out.append(arena.youbora_ping(c, code, "joinTime"))
        for i in range(rng.randint(1, 3)):
            out.append(arena.segment(c, ev))
            if "conviva" in tools:
                out.append(arena.conviva_hb(c, ev, i + 1, self.p(0.4)))
            if "nielsen" in tools and self.p(0.7):
                out.append(arena.nielsen_dcr(c, ev))
            if "comscore" in tools:
                out.append(arena.comscore(c, ev, "play" if i == 0 else "hb"))
            if "youbora" in tools and self.p(0.3):
                out.append(arena.youbora_ping(c, code, "ping"))
            if "akamai" in tools and self.p(0.45):
                out.append(arena.akamai_ma(c, ev))
        if self.p(0.2):
            out.append(arena.watch_history(c, self.watched[-3:]))
        if self.p(0.08):
            out.append(arena.continue_watching(c, self.watched[-4:]))
        if self.p(0.06):
            out.append(arena.adjust_session(c))

    def kwik_block(self) -> None:
        c, rng, out = self.ctx, self.rng, self.flows
        out.append(kwik.feed(c))
        for _ in range(rng.randint(1, 3)):
            out.append(kwik.video_cdn(c))
            if self.p(0.5):
                out.append(kwik.cover(c))
        self.some(
            [
                (0.25, kwik.like),
                (0.2, kwik.comments),
                (0.04, kwik.profile_update),
                (0.05, kwik.upload_video),
                (0.06, kwik.age_policy),
                (0.05, kwik.bitmoji),
            ]
        )
        if self.p(0.3):
            out.append(kwik.play_log(c, rng.randint(1, 5)))
        if self.p(0.2):
            out.append(kwik.realtime_log(c))
        if self.p(0.2):
            out.append(kwik.photo_view(c))
        if self.p(0.12):
            out.append(kwik.appsflyer(c, kwik.photo(c)))
        if self.p(0.05):
            out += [kwik.snap_token(c), kwik.snap_me(c), kwik.bitmoji(c)]
        if self.p(0.7):
            name = self.next(KWIK_BIO, "kwik")
            out.append(
                {
                    "yoti": kwik.yoti_age,
                    "proxy": kwik.selfie_age_proxy,
                    "result": kwik.age_result_event,
                }[name](c)
            )

    def porch_block(self) -> None:
        c, rng, out = self.ctx, self.rng, self.flows
        out.append(porch.motion_events(c))
        for _ in range(rng.randint(1, 2)):
            out.append(porch.snapshot(c))
        self.some(
            [
                (0.3, porch.clip),
                (0.2, porch.faces_list),
                (0.06, porch.geofence),
                (0.06, porch.firmware),
                (0.08, porch.devices),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            name = self.next(PORCH_BIO, "porch")
            table: dict[str, Callable[[], Flow]] = {
                "label": lambda: porch.label_face(c),
                "embed": lambda: porch.embedding_sync(c, False),
                "embed_b64": lambda: porch.embedding_sync(c, True),
                "recog": lambda: porch.recognition(c),
                "opaque": lambda: porch.sync_blob(c),
            }
            out.append(table[name]())
        if self.p(0.25):
            out.append(porch.firebase_analytics(c))

    def learn_block(self) -> None:
        c, rng, out = self.ctx, self.rng, self.flows
        self.some(
            [
                (0.4, learnly.catalog),
                (0.3, learnly.course_page),
                (0.15, learnly.search),
                (0.1, learnly.quiz_submit),
                (0.03, learnly.certificate),
                (0.04, learnly.deeplink_meta),
            ]
        )
        if not self.p(0.7):
            return
        lec = learnly.lecture(c)
        self.lectures.append(lec)
        out.append(learnly.video_manifest(c, lec))
        for _ in range(rng.randint(1, 2)):
            out.append(learnly.video_segment(c, lec))
        if self.p(0.3):
            out.append(learnly.captions(c, lec))
        if self.p(0.55):
            out.append(
                learnly.xapi_statements(
                    c,
                    lec,
                    rng.choice(
                        [
                            ["played"],
                            ["played", "paused"],
                            ["paused", "completed"],
                            ["seeked", "played"],
                        ]
                    ),
                )
            )
        if self.p(0.3):
            out.append(learnly.progress(c, lec))
        if self.p(0.12):
            out.append(learnly.xapi_state(c, lec))
        if self.p(0.25):
            out.append(learnly.telemetry_opaque(c, lec))
        if self.p(0.06):
            out.append(learnly.recently_watched(c, self.lectures[-3:]))

    def glow_block(self) -> None:
        c, rng, out = self.ctx, self.rng, self.flows
        out.append(glowtry.products(c))
        self.some(
            [
                (0.5, glowtry.swatch),
                (0.3, glowtry.effect_bundle),
                (0.25, glowtry.ar_session_metrics),
                (0.12, glowtry.price_history),
                (0.06, glowtry.checkout),
                (0.1, glowtry.facebook),
            ]
        )
        for _ in range(rng.randint(1, 2) if self.p(0.85) else 0):
            name = self.next(GLOW_BIO, "glow")
            table: dict[str, Callable[[], list[Flow]]] = {
                "lm68": lambda: [glowtry.tryon_landmarks(c, 68)],
                "lm106": lambda: [glowtry.tryon_landmarks(c, 106)],
                "lm468": lambda: [glowtry.tryon_landmarks(c, 468)],
                "mesh": lambda: [glowtry.tryon_mesh(c)],
                "blend": lambda: [glowtry.blendshapes(c, False)],
                "blend_raw": lambda: [glowtry.blendshapes(c, True)],
                "skin": lambda: [
                    glowtry.skin_register(c),
                    glowtry.skin_upload(c),
                    glowtry.skin_task(c),
                    glowtry.skin_result_event(c),
                ],
                "upload": lambda: [
                    glowtry.skin_register(c),
                    glowtry.skin_upload(c),
                    glowtry.skin_task(c),
                ],
                "opaque": lambda: [glowtry.face_msgpack_opaque(c)],
            }
            out += table[name]()

    def hearth_block(self) -> None:
        c, out = self.ctx, self.flows
        self.some(
            [
                (0.4, hearth.routines),
                (0.3, hearth.text_query),
                (0.3, hearth.tts),
                (0.15, hearth.alarm),
                (0.15, hearth.shopping_list),
                (0.1, hearth.voice_settings),
                (0.06, hearth.match_threshold),
                (0.2, hearth.segment),
            ]
        )
        if self.p(0.9):
            name = self.next(HEARTH_BIO, "hearth")
            if name == "enrol":
                out += [hearth.enrol(c, i) for i in range(1, self.rng.randint(2, 4))]
            else:
                out.append(
                    {
                        "embed": lambda: hearth.embedding(c, False),
                        "embed_b64": lambda: hearth.embedding(c, True),
                        "opaque": lambda: hearth.sync_opaque(c),
                    }[name]()
                )
        if self.p(0.04):
            out.append(hearth.pair_speaker(c))

    def sky_block(self) -> None:
        c, out = self.ctx, self.flows
        out.append(skycast.forecast(c))
        self.some(
            [
                (0.5, skycast.radar_tile),
                (0.4, skycast.radar_tile),
                (0.25, skycast.air_quality),
                (0.2, skycast.alerts),
                (0.2, skycast.geocode),
            ]
        )
        if self.p(0.75):
            name = self.next(ADS, "ads")
            out.append(getattr(skycast, name)(c))
            out.append(skycast.ad_creative(c))
            if self.p(0.4):
                out.append(skycast.win_notice(c))
        if self.p(0.05):
            out.append(skycast.ump_consent(c))

    def tv_block(self) -> None:
        self.some(
            [
                (0.5, tvlink.keypress),
                (0.4, tvlink.keypress),
                (0.2, tvlink.active_app),
                (0.15, tvlink.apps_icon),
                (0.25, tvlink.guide),
                (0.03, tvlink.roku_firmware),
            ]
        )
        self.some(
            [
                (0.45, tvlink.samba_fingerprints),
                (0.25, tvlink.samba_viewing),
                (0.25, tvlink.now_watching),
                (0.25, tvlink.audio_acr),
                (0.2, tvlink.roku_ad),
                (0.05, tvlink.device_info),
            ]
        )


def generate_session(seed: int, target: int) -> tuple[Phone4, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.12, s.tunely_block),
        (0.13, s.arena_block),
        (0.12, s.kwik_block),
        (0.11, s.porch_block),
        (0.11, s.learn_block),
        (0.11, s.glow_block),
        (0.09, s.hearth_block),
        (0.12, s.sky_block),
        (0.11, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
