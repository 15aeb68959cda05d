"""Orin: a Nigerian music streaming app (Afrobeats, fuji, highlife, gospel).

Plays are reported as scrobbles with listened seconds; the audio-route event
names the connected earbuds by their Bluetooth MAC; an Igbo-named "egwu m gere"
(music I listened to) history comes back in the response. Charts and lyrics
are not listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.orin.example"
UA = ua("Orin", "6.4.0")
TRACKS = ["Ojuelegba", "Essence", "Last Last", "Calm Down", "Sweet Mother", "Osondi Owendi"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "orin", method, url)
    b.header("user-agent", UA)
    b.header("x-orin-fid", b.id("orin_fid", where="header x-orin-fid (Firebase installation id)"))
    return b


def scrobble(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/plays/scrobble")
    b.view("json trackId + listenedMs + playedAt")
    b.json(
        {
            "trackId": f"tr_{c.rng.randint(10**5, 10**6)}",
            "title": c.rng.choice(TRACKS),
            "listenedMs": c.rng.randint(30000, 240000),
            "playedAt": iso(c),
            "source": c.rng.choice(["playlist", "album", "radio"]),
        }
    )
    b.no_content()
    return b.build()


def egwu_m_gere(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/egwu-m-gere")
    b.view("response json egwu[] with gere_mgbe (Igbo: music I listened to)", direction="response")
    b.ok_json(
        {
            "egwu": [
                {"trackId": f"tr_{c.rng.randint(10**5, 10**6)}", "aha": t, "gere_mgbe": iso(c)}
                for t in TRACKS[:4]
            ]
        }
    )
    return b.build()


def plays_protobuf(c: Context) -> Flow:
    """Offline plays flushed as protobuf: field 1 track, 2 ms, 3 ts."""
    b = _b(c, "POST", f"{API}/v1/q")
    b.view("protobuf repeated {1: track, 2: ms, 3: ts}", detectable=False)
    body = b"".join(
        pb_bytes(
            1,
            pb_bytes(1, f"tr_{c.rng.randint(10**5, 10**6)}")
            + pb_varint(2, c.rng.randint(30000, 240000))
            + pb_varint(3, ms(c)),
        )
        for _ in range(3)
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def audio_route(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/events")
    b.json(
        {
            "event": "audio_route_changed",
            "route": "bluetooth_a2dp",
            "btDeviceName": "Oraimo FreePods 4",
            "btAddress": b.id("buds_mac", where="json btAddress (the tester's earbuds)"),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def device_hello(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/hello")
    b.json(
        {
            "androidId": b.id("aid_orin", where="json androidId"),
            "wifiMac": b.id("wifi_mac", where="json wifiMac"),
            "user": b.acct("orin_user"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/charts/naija-top-50")
    b.decoy("chart of most streamed tracks (aggregate)")
    b.ok_json(
        {
            "chart": [
                {"rank": i + 1, "title": t, "streams": c.rng.randint(10**5, 10**7)}
                for i, t in enumerate(TRACKS)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/lyrics/tr_{c.rng.randint(10**5, 10**6)}")
    b.decoy("lyrics with line timestamps (content, not a play report)")
    b.ok_json(
        {
            "lines": [
                {"startMs": i * 4000, "text": "Ojuelegba, they know me for Ojuelegba"}
                for i in range(4)
            ]
        }
    )
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(c, "orin", "GET", f"https://cdn.orin.example/cover/{rid(c.rng)}/300.webp")
    b.header("user-agent", UA)
    b.respond(200, "image/webp", b"RIFF" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def jam_guest(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/jam/join")
    b.decoy("a cousin's phone joining a shared Jam: another person's device id, not the tester's")
    b.json(
        {
            "jamId": rid(c.rng),
            "guestDeviceId": "".join(c.rng.choice("0123456789abcdef") for _ in range(16)),
            "guestName": "Chidi",
            "ts": ms(c),
        }
    )
    b.ok_json({"joined": True, "queueLength": c.rng.randint(1, 20)})
    return b.build()
