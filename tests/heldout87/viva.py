"""VivaStream: a commercial Belgian (Wallonia) streaming app. Its in-house watch log
uses abbreviated mixed keys; Piano Analytics AV events ride beside it.

Piano Analytics (developers.atinternet-solutions.com / Piano "AV Insights"): events
POSTed to https://<collect>/event?s=SITE&idclient=VISITOR as {"events":[{"name":
"av.heartbeat"|"av.play"|..., "data": {av_content_id, av_position, av_duration...}}]}.
idclient is the SDK's visitor id (a device id made by the SDK).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://bff.vivastream.be"
TITLES = ["VS-SER-1182", "VS-FLM-0457", "VS-SER-2210", "VS-TLR-0091", "VS-DOC-0736"]


def piano_av(ctx: Context, name: str | None = None) -> Flow:
    name = name or ctx.rng.choice(["av.heartbeat", "av.play", "av.pause", "av.heartbeat"])
    b = FB(
        ctx,
        "piano",
        "POST",
        "https://logs1412.xiti.com/event",
        [("s", "628421"), ("idclient", ctx.phone.piano_visitor)],
    )
    b.other_id("piano_visitor", where="query.idclient")
    b.view("body.events[].data.av_*")
    b.json(
        {
            "events": [
                {
                    "name": name,
                    "data": {
                        "av_content_id": ctx.rng.choice(TITLES),
                        "av_content": "Le Dernier Pont",
                        "av_content_type": "Video",
                        "av_position": ctx.rng.randint(0, 3000),
                        "av_duration": 3120000,
                        "av_previous_position": ctx.rng.randint(0, 3000),
                        "av_session_id": rid(ctx.rng),
                        "av_broadcasting_type": "On Demand",
                    },
                }
            ]
        },
        ctype="text/plain",
    )
    b.no_content()
    return b.build()


def vu_log(ctx: Context) -> Flow:
    b = FB(ctx, "viva", "POST", f"{API}/usr/hist")
    b.view("body.vu[]")
    b.header("user-agent", ua("VivaStream", "3.41"))
    b.header("authorization", "Bearer " + ctx.phone.viva_user)
    b.json(
        {
            "vu": [
                {
                    "cid": ctx.rng.choice(TITLES),
                    "pos_s": ctx.rng.randint(0, 3000),
                    "ts": ms(ctx),
                    "pct": ctx.rng.randint(1, 100),
                }
                for _ in range(ctx.rng.randint(1, 3))
            ],
            "dvc": b.id("idfv_viva", where="body.dvc"),
        }
    )
    b.no_content()
    return b.build()


def continuer(ctx: Context) -> Flow:
    b = FB(ctx, "viva", "GET", f"{API}/rails/continuer-a-regarder")
    b.view("response.items[].progression", direction="response")
    b.ok_json(
        {
            "titre": "Continuer à regarder",
            "items": [
                {"contentId": t, "progression": ctx.rng.randint(3, 97), "vuLe": iso(ctx)}
                for t in ctx.rng.sample(TITLES, 3)
            ],
        }
    )
    return b.build()


def device_register(ctx: Context) -> Flow:
    b = FB(ctx, "viva", "POST", f"{API}/devices")
    b.json(
        {
            "deviceUUID": b.id("idfv_viva", where="body.deviceUUID"),
            "platform": "ios",
            "model": "iPhone15,2",
            "nom": "iPhone de Camille",
        }
    )
    b.ok_json({"maxDevices": 5, "registered": 3})
    return b.build()


def search(ctx: Context) -> Flow:
    q = ctx.rng.choice(["pont", "policier", "comédie", "docu nature"])
    b = FB(ctx, "viva", "GET", f"{API}/search", [("q", q), ("limit", "20")])
    b.decoy("search results with content ids and durations")
    b.ok_json(
        {
            "hits": [
                {"contentId": t, "duree": 5400, "score": round(ctx.rng.random(), 3)} for t in TITLES
            ]
        }
    )
    return b.build()


def drm_license(ctx: Context) -> Flow:
    b = FB(ctx, "viva", "POST", "https://drm.vivastream.be/fairplay/ckc")
    b.decoy("FairPlay licence request (opaque SPC bytes)")
    b.set_body(bytes(ctx.rng.randrange(256) for _ in range(64)), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes(ctx.rng.randrange(256) for _ in range(48)))
    return b.build()
