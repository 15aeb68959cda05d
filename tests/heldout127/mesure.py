"""The SDKs the family's apps carry: French audience measurement, consent and push.

- Médiamétrie eStat streaming tags (`prof.estat.com`): the player reports play,
  pause and heartbeat with the position; the newer tag spells its fields out,
  the older one sends one-letter keys only.
- Piano Analytics (formerly AT Internet, `*.xiti.com`): AV Insights events
  (`av.play`, `av.heartbeat`, `av_content_id`, `av_position`) and the visitor id
  `idclient`, an install-scoped id the SDK keeps on the phone.
- Didomi (CMP): consent events carry Didomi's per-install user id. It is made by
  the SDK and stays for the install, so it is labelled as a device id (an SDK
  install id), not an account.
- Batch (push): the installation id and the advertising id at start.
- Adjust and AppsFlyer (attribution), Smart AdServer / Equativ (ad requests with
  the advertising id), Firebase Analytics (app instance id).
"""

from __future__ import annotations

from typing import Any

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

PIANO_SITES = {"replay": "612377", "huit": "598001", "melodie": "640912"}


def estat_stream(c: Context, app: str, media: dict[str, Any], event: str, pos: int) -> Flow:
    """The spelled-out eStat streaming tag: event, position, programme label."""
    b = FB(c, "mediametrie-estat", "GET", f"https://prof.estat.com/m/web/{media['serial']}")
    b.header("user-agent", ua(app, "7.4.0"))
    b.view("query evenement/position/programme")
    b.param("evenement", event)
    b.param("position", str(pos))
    b.param("duree", str(media["duree"]))
    b.param("programme", media["titre"])
    b.param("idContenu", media["id"])
    b.param("diffusion", "replay")
    b.param("ts", str(ms(c)))
    b.no_content()
    return b.build()


def estat_legacy(c: Context, app: str, media: dict[str, Any], pos: int) -> Flow:
    """The older tag: one-letter keys, nothing readable says it is a playback."""
    b = FB(c, "mediametrie-estat", "GET", f"https://prof.estat.com/m/{media['serial']}")
    b.header("user-agent", ua(app, "7.4.0"))
    b.view("query c/m/p/e (one-letter keys)", detectable=False)
    b.param("c", media["id"])
    b.param("m", "2")
    b.param("p", str(pos))
    b.param("e", c.rng.choice(["1", "5", "3"]))
    b.param("r", str(c.rng.randint(10**8, 10**9)))
    b.no_content()
    return b.build()


def piano_av(c: Context, app: str, aid: str, media: dict[str, Any], event: str, pos: int) -> Flow:
    site = PIANO_SITES.get(app, "612377")
    b = FB(c, "piano-analytics", "POST", f"https://logs1412.xiti.com/event?s={site}")
    b.header("user-agent", ua(app, "7.4.0"))
    b.param("idclient", b.id("piano_idclient", where="query idclient"))
    b.view("json events[].data av_content_id/av_position")
    b.json(
        {
            "events": [
                {
                    "name": event,
                    "data": {
                        "av_content_id": media["id"],
                        "av_content": media["titre"],
                        "av_content_type": "video",
                        "av_content_duration": media["duree"] * 1000,
                        "av_position": pos * 1000,
                        "av_session_id": rid(c.rng),
                        "av_broadcasting_type": "Replay",
                        "device_android_id": b.id(aid, where="json data.device_android_id"),
                    },
                }
            ]
        }
    )
    b.no_content()
    return b.build()


def piano_page(c: Context, app: str, page: str) -> Flow:
    """A page view with the visitor id: a device id, no viewing (a screen name)."""
    site = PIANO_SITES.get(app, "612377")
    b = FB(c, "piano-analytics", "POST", f"https://logs1412.xiti.com/event?s={site}")
    b.header("user-agent", ua(app, "7.4.0"))
    b.param("idclient", b.id("piano_idclient", where="query idclient"))
    b.json({"events": [{"name": "page.display", "data": {"page": page, "page_chapter1": app}}]})
    b.no_content()
    return b.build()


def didomi_consent(c: Context, app: str) -> Flow:
    b = FB(c, "didomi", "POST", "https://api.privacy-center.org/v1/events")
    b.header("user-agent", ua(app, "2.3.1"))
    b.json(
        {
            "type": "consent.given",
            "user": {
                "id": b.id("didomi_uid", where="json user.id (Didomi install-scoped user id)"),
                "country": "FR",
                "tcfcs": "CP" + new_hex(c.rng, 40).upper(),
            },
            "source": {"type": "app", "domain": f"fr.{app}.android", "key": new_hex(c.rng, 8)},
            "parameters": {"action": "click", "from": "popup"},
            "timestamp": iso(c),
        }
    )
    b.no_content()
    return b.build()


def batch_start(c: Context, app: str, aid: str) -> Flow:
    b = FB(c, "batch", "POST", f"https://ws.batch.com/a/1.6/{new_hex(c.rng, 16).upper()}/st")
    b.header("user-agent", ua(app, "1.21.0"))
    b.json(
        {
            "ids": {
                "di": b.id("batch_install", where="json ids.di (installation id)"),
                "idv": b.id(aid, where="json ids.idv"),
                "ada": b.id("gaid", where="json ids.ada (advertising id)"),
                "da": "Xiaomi 23078PND5G",
                "osv": "14",
                "lang": "fr",
            },
            "evts": [{"n": "_START", "ts": ms(c)}],
        },
        "gzip",
    )
    b.ok_json({"ok": True})
    return b.build()


def adjust_session(c: Context, app: str, aid: str) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", ua(app, "4.38.0"))
    b.form(
        [
            ("app_token", new_hex(c.rng, 12)),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", rid(c.rng)),
            ("android_id", b.id(aid, where="form android_id")),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(2, 90))),
            ("environment", "production"),
        ]
    )
    adid = b.id("adjust_adid", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "timestamp": iso(c), "message": "Session tracked"})
    return b.build()


def appsflyer_launch(c: Context, app: str, aid: str) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://launches.appsflyer.com/api/v6.14/androidevent?app_id=fr.{app}",
    )
    b.header("user-agent", ua(app, "6.14.0"))
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("af_uid", where="json uid"),
            "android_id": b.id(aid, where="json android_id"),
            "af_timestamp": str(ms(c)),
            "brand": "Xiaomi",
            "model": "23078PND5G",
            "lang": "français",
            "counter": str(c.rng.randint(2, 50)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def smart_ad(c: Context, app: str, opaque: bool = False) -> Flow:
    b = FB(c, "smartadserver", "GET", "https://mobile.smartadserver.com/ac")
    b.header("user-agent", ua(app, "7.25.0"))
    b.param("siteid", str(c.rng.randint(100000, 400000)))
    b.param("pgid", str(c.rng.randint(1000000, 2000000)))
    b.param("fmtid", str(c.rng.choice([12345, 79409, 91622])))
    if opaque:
        b.param("h", b.id("gaid", "sha1", "query h (SHA-1 of the advertising id)", False))
    else:
        b.param("ifa", b.id("gaid", where="query ifa"))
        b.param("lat", "0")
    b.param("gdpr_consent", "CP" + new_hex(c.rng, 30).upper())
    b.decoy("ad call: site/page/format ids and a TCF consent string")
    b.ok_json({"ads": [{"insertionId": c.rng.randint(10**7, 10**8), "creativeUrl": ""}]})
    return b.build()


def firebase_event(
    c: Context, app: str, name: str, params: dict[str, Any], viewing: str = ""
) -> Flow:
    """An Analytics event; `viewing` says where it reports a play, when it does."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", ua(app, "21.5.0"))
    if viewing:
        b.view(viewing)
    b.json(
        {
            "app_instance_id": b.id("firebase_instance", where="json app_instance_id"),
            "events": [{"name": name, "params": params, "timestamp_millis": ms(c)}],
        }
    )
    b.no_content()
    return b.build()
