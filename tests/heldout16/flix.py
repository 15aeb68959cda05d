"""Marquee: a Netflix-like subscription streaming app with its own telemetry.

Modelled on what is public about Netflix's Android clients: an ESN device
identity ("NFANDROID2-PRV-..."), MSL envelopes whose `headerdata` is base64
JSON with `entityauthdata` and an encrypted payload (Netflix/msl on GitHub,
`MslConstants` / `MessageHeader`), and a viewing-activity page
(`/shakti/.../viewingactivity`). Keys of the in-house endpoints are the app's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, js

from .phone import FB, iso, ms, rid, tv_ua

SDK = "marquee"
UA = tv_ua("Marquee", "8.112.1")
API = "https://api.marqueeplay.tv"


def _title(ctx: Context) -> int:
    return ctx.rng.randint(70000000, 81999999)


def playback_event(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/playapi/tv/event")
    kind = ctx.rng.choice(["start", "keepAlive", "keepAlive", "pause", "stop"])
    b.view("body.params.titleId/mediaOffsetMs")
    body = {
        "event": kind,
        "xid": str(ms(ctx)) + "0",
        "esn": b.id("flix_esn", where="body.esn"),
        "params": {
            "titleId": _title(ctx),
            "mediaOffsetMs": ctx.rng.randint(0, 5400000),
            "sessionStartTime": ms(ctx) - 900000,
            "trackId": 14277281,
            "audioTrack": "A:2:1;2;en;0;0;",
            "profileGuid": b.acct("flix_user"),
        },
    }
    b.header("user-agent", UA)
    b.json(body)
    b.ok_json({"result": "ok"})
    return b.build()


def bookmark(ctx: Context) -> Flow:
    t = _title(ctx)
    b = FB(ctx, SDK, "PUT", f"{API}/v2/profiles/{b64(str(t))[:10]}/bookmarks/{t}")
    b.view("body.positionSec/watchedAt (resume point)")
    b.header("user-agent", UA)
    b.json({"positionSec": ctx.rng.randint(30, 5400), "runtimeSec": 5520, "watchedAt": iso(ctx)})
    b.no_content()
    return b.build()


def viewing_activity(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "GET", f"{API}/shakti/mre/viewingactivity")
    b.param("pg", str(ctx.rng.randint(0, 3)))
    b.param("pgSize", "20")
    rows = [
        {
            "movieID": _title(ctx),
            "title": ctx.rng.choice(["The Quiet Coast", "Ledger", "Night Ferry: S2: Lanterns"]),
            "date": ms(ctx) - ctx.rng.randint(1, 90) * 86400000,
            "bookmark": ctx.rng.randint(0, 5000),
            "duration": 3100,
        }
        for _ in range(6)
    ]
    b.view("response.viewedItems[]", direction="response")
    b.header("user-agent", UA)
    b.ok_json({"page": 0, "size": 20, "viewedItems": rows})
    return b.build()


def msl_logblob(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/msl/playapi/tv/logblob")
    b.id(
        "flix_esn",
        "b64",
        where="body.headerdata(b64 JSON).entityauthdata.authdata.identity",
        detectable=False,
    )
    head = {
        "entityauthdata": {"scheme": "NONE", "authdata": {"identity": b.ctx.phone.flix_esn}},
        "messageid": ctx.rng.randint(1, 2**52),
        "capabilities": {"compressionalgos": ["GZIP"]},
    }
    b.view("body.payload.ciphertext (encrypted play log)", detectable=False)
    cipher = b64(bytes(ctx.rng.getrandbits(8) for _ in range(180)))
    text = js({"headerdata": b64(js(head)), "signature": b64(rid(ctx.rng))})
    text += js(
        {"payload": b64(js({"sequencenumber": 1, "ciphertext": cipher})), "signature": "AA=="}
    )
    b.set_body(text.encode(), "application/json")
    b.ok_json({"payload": "e30="})
    return b.build()


def register(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v1/devices/register")
    b.header("user-agent", UA)
    b.form(
        [
            ("esn", b.id("flix_esn", where="form.esn")),
            ("androidId", b.id("aid_flix", where="form.androidId")),
            ("serialNumberHash", b.id("tv_serial", "sha256", where="form.serialNumberHash")),
            ("model", "KD-55X85K"),
            ("sdk", "31"),
        ]
    )
    b.ok_json({"deviceToken": rid(ctx.rng), "status": "REGISTERED"})
    return b.build()


def lolomo(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "GET", f"{API}/v2/lolomo")
    b.param("rows", "12")
    b.decoy("catalogue rows (recommendations, no viewing record)")
    b.ok_json(
        {
            "rows": [
                {"rowId": rid(ctx.rng)[:8], "name": n, "videos": [_title(ctx) for _ in range(6)]}
                for n in ("Trending Now", "New Releases", "Comedies")
            ]
        }
    )
    return b.build()


def artwork(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "GET", f"https://art.marqueeplay.tv/boxshot/{_title(ctx)}/w342.jpg")
    b.decoy("box art image fetch")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32), 300))
    return b.build()
