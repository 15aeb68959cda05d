"""Chrieng: a Khmer music app (ចម្រៀង = song) with romanised keys and a
Thai-loanword play log (`len`, Thai เล่น "play"), casting to a Bluetooth speaker."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://api.chrieng.example"
UA = ua("Chrieng", "2.4.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "chrieng", method, url)
    b.header("user-agent", UA)
    return b


def play_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/len/log")
    b.view("json chrieng_id + sdap_sec (listened seconds), romanised Khmer")
    b.json(
        {
            "chrieng_id": f"ch{c.rng.randint(10000, 99999)}",
            "neak_chrieng": c.rng.choice(["Preap Sovath", "Sokun Nisa", "Meas Soksophea"]),
            "sdap_sec": c.rng.randint(15, 280),
            "chob": c.rng.random() < 0.6,
            "ts": ms(c),
            "device_id": b.id("aid_music", where="json device_id"),
        }
    )
    b.no_content()
    return b.build()


def speaker_pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/output/bluetooth")
    b.json(
        {
            "bt_addr": b.id("spk_mac", where="json bt_addr (the family's speaker)"),
            "name": "JBL Go 3",
            "android_id": b.id("aid_music", where="json android_id"),
        }
    )
    b.no_content()
    return b.build()


def recent(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/recent?uid={c.phone.music_user}")
    b.view("response json recent[].played_at", direction="response")
    b.ok_json(
        {
            "recent": [
                {"chrieng_id": f"ch{c.rng.randint(10000, 99999)}", "played_at": iso(c)}
                for _ in range(5)
            ]
        }
    )
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/charts/top100?country=KH")
    b.decoy("chart of plays over all listeners (aggregate)")
    b.ok_json({"top": [{"rank": i + 1, "plays": c.rng.randint(10**4, 10**6)} for i in range(10)]})
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/lyrics/ch{c.rng.randint(10000, 99999)}")
    b.decoy("timed lyrics: time offsets of lines in a song, not a listening report")
    b.ok_json({"lines": [{"t": i * 4200, "text": "អូនអើយ"} for i in range(6)], "req": rid(c.rng)})
    return b.build()
