"""Injili Live: a gospel sermon and podcast app (Nairobi church network, OneSignal push).

Sermon playback progress (`ujumbe_id`, `position_sec`, `completed`) and the
podcast `listening_history` are viewing history. The daily Bible reading plan
(`somo_la_leo`, chapters read) is reading, not watching. Offerings are money.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.injili.example"
UA = ua("InjiliLive", "4.2.1")
SERMONS = ["Imani Bila Hofu", "Walk by Faith", "Baraka za Mungu", "The Prodigal Son"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "injili", method, url)
    b.header("user-agent", UA)
    return b


def sermon_progress(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/mahubiri/{c.rng.randint(100, 999)}/progress")
    b.view("json position_sec + completed")
    b.json(
        {
            "position_sec": c.rng.randint(30, 3000),
            "completed": c.rng.random() < 0.3,
            "aina": c.rng.choice(["video", "audio"]),
            "updated": iso(c),
        }
    )
    b.no_content()
    return b.build()


def listening_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/podcasts/listening_history")
    b.view("response json episodes[].played_at", direction="response")
    b.ok_json(
        {
            "episodes": [
                {"title": s, "played_at": iso(c), "progress": rf(c.rng, 0, 1, 2)}
                for s in SERMONS[:3]
            ]
        }
    )
    return b.build()


def onesignal(c: Context) -> Flow:
    b = FB(
        c,
        "onesignal",
        "PUT",
        f"https://api.onesignal.com/players/{c.phone.onesignal_player}/on_session",
    )
    b.other_id("onesignal_player", "path players/{id}")
    b.header("user-agent", UA)
    b.json(
        {
            "app_id": "a3c1e2f0-1b2c-4d5e-8f90-123456789abc",
            "ad_id": b.id("gaid", where="json ad_id"),
            "device_type": 1,
            "device_model": "TECNO CK8n",
            "language": "sw",
        }
    )
    b.ok_json({"success": True})
    return b.build()


def reading_plan(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/somo_la_leo/soma")
    b.decoy("Bible reading plan progress: reading is not watching or listening")
    b.json({"kitabu": "Yohana", "sura": c.rng.randint(1, 21), "imesomwa": True, "ts": ms(c)})
    b.no_content()
    return b.build()


def sadaka(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sadaka")
    b.decoy("offering via M-Pesa STK push: amount and checkout request id")
    b.json(
        {
            "kiasi": c.rng.choice([100, 200, 500, 1000]),
            "sarafu": "KES",
            "simu": b.acct("msisdn"),
            "CheckoutRequestID": "ws_CO_" + rid(c.rng)[:18],
        }
    )
    b.ok_json({"ResponseCode": "0"})
    return b.build()


def sermon_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/mahubiri?page=1")
    b.decoy("sermon catalogue with durations")
    b.ok_json({"mahubiri": [{"kichwa": s, "muda": c.rng.randint(1200, 4000)} for s in SERMONS]})
    return b.build()
