"""Sauti Yetu: a Kenyan gospel, bongo and benga music app with live radio (the
mother's Tecno in Mombasa).

Plays are logged to the backend (`wimboId`, `sekundeZilizochezwa`; Sheng
`ngoma` = song, `msanii` = artist), radio listening as a session with the
station and minutes. Adjust's SDK sends sessions and events to app.adjust.com
(form body with `app_token`, `gps_adid`, `android_uuid`, `created_at`,
`event_token`; https://help.adjust.com/en/article/server-to-server-events).
The charts, lyrics, "now playing" on a station and audio chunks are content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.sautiyetu.example"
UA = ua("SautiYetu", "6.1.0", "mama")
NGOMA = [
    ("w3011", "Mercy Masika", "Mwema"),
    ("w3024", "Guardian Angel", "Rona"),
    ("w3040", "Size 8", "Mateke"),
    ("w3057", "Sauti Sol", "Suzanna"),
    ("w3062", "Bahati", "Mama"),
    ("w3078", "Diamond Platnumz", "Jeje"),
    ("w3085", "Nviiri the Storyteller", "Pombe Sigara"),
]
REDIO = ["Radio Maisha", "Radio Citizen", "Hope FM", "Baraka FM", "Pwani FM", "Ghetto Radio"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sautiyetu", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", dalvik("mama"))
    b.header("client-sdk", "android4.38.0")
    b.form(
        [
            ("app_token", "4w9kq2x7m1zc"),
            ("gps_adid", b.id("gaid_mama", where="form gps_adid")),
            ("android_uuid", b.id("muziki_uuid", where="form android_uuid")),
            ("created_at", iso(c)[:-1] + "+0300"),
            ("environment", "production"),
            ("tracking_enabled", "1"),
            ("device_type", "phone"),
            ("device_name", "TECNO KJ5"),
            ("os_name", "android"),
            ("os_version", "13"),
            ("country", "KE"),
            ("language", "sw"),
            ("session_count", str(c.rng.randint(2, 300))),
        ]
    )
    b.ok_json({"adid": b.id("muziki_adid", where="response json adid", direction="response")})
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("user-agent", dalvik("mama"))
    b.header("client-sdk", "android4.38.0")
    b.form(
        [
            ("app_token", "4w9kq2x7m1zc"),
            ("event_token", c.rng.choice(["a8k2d1", "p3z9q0", "t7m4w2"])),
            ("gps_adid", b.id("gaid_mama", where="form gps_adid")),
            ("android_uuid", b.id("muziki_uuid", where="form android_uuid")),
            ("created_at", iso(c)[:-1] + "+0300"),
            ("callback_params", '{"skrini":"nyumbani"}'),
        ]
    )
    b.ok_json({"status": "OK"})
    return b.build()


def sajili(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kifaa/sajili")
    b.json(
        {
            "androidId": b.id("aid_muziki", where="json androidId"),
            "adid": b.id("gaid_mama", where="json adid"),
            "modeli": "TECNO KJ5",
            "lugha": "sw",
        }
    )
    b.ok_json({"sawa": True})
    return b.build()


def config_opaque(c: Context) -> Flow:
    """Remote config; `k` is an MD5 of the ANDROID_ID (the app's cache key)."""
    b = _b(c, "GET", f"{API}/v1/cfg")
    b.param("k", b.id("aid_muziki", "md5", "query k", detectable=False))
    b.param("v", "610")
    b.ok_json({"ads": True, "radioBitrate": 64})
    return b.build()


def ngoma_imechezwa(c: Context) -> Flow:
    wid, msanii, jina = c.rng.choice(NGOMA)
    b = _b(c, "POST", f"{API}/v1/ngoma/imechezwa")
    b.view("json wimboId + sekundeZilizochezwa (song plays)")
    b.json(
        {
            "wimboId": wid,
            "msanii": msanii,
            "jina": jina,
            "sekundeZilizochezwa": c.rng.randint(20, 260),
            "imekamilika": c.rng.random() < 0.5,
            "saa": iso(c),
        }
    )
    b.no_content()
    return b.build()


def redio_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/redio/kikao")
    b.view("json stesheni + dakika (radio listening session)")
    b.json(
        {
            "stesheni": c.rng.choice(REDIO),
            "dakika": c.rng.randint(3, 90),
            "ilianza": iso(c),
            "mtumiaji": b.acct("muziki_user"),
        }
    )
    b.no_content()
    return b.build()


def zilizochezwa_karibuni(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/mtumiaji/zilizochezwa-karibuni")
    b.view("response json karibuni[] (recently played)", direction="response")
    b.ok_json(
        {
            "karibuni": [
                {"wimboId": w, "msanii": m, "jina": j, "ilichezwa": iso(c)}
                for w, m, j in c.rng.sample(NGOMA, 4)
            ]
        }
    )
    return b.build()


def opaque_batch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/t")
    b.view("gzip text rows id|sec|ts (song plays)", detectable=False)
    rows = ",".join(
        f"{c.rng.choice(NGOMA)[0][1:]}|{c.rng.randint(20, 260)}|{ms(c)}"
        for _ in range(c.rng.randint(2, 4))
    )
    b.set_body(rows.encode(), "text/plain", "gzip")
    b.no_content()
    return b.build()


def sasa_hivi(c: Context) -> Flow:
    st = c.rng.choice(REDIO)
    b = _b(c, "GET", f"{API}/v1/redio/sasa-hivi?stesheni={st.replace(' ', '+')}")
    b.decoy("what a station is playing now (not the listener's history)")
    w, m, j = c.rng.choice(NGOMA)
    b.ok_json({"stesheni": st, "wimbo": {"wimboId": w, "msanii": m, "jina": j}, "inaanza": iso(c)})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(
        c,
        "sautiyetu",
        "GET",
        f"https://stream.sautiyetu.example/live/{c.rng.randint(1, 6)}/"
        f"chunk-{c.rng.randint(1, 9999)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def chati(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/chati/top20?aina=gospel")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "chati": [
                {"nafasi": i + 1, "wimboId": w, "msanii": m, "plays": c.rng.randint(10**3, 10**6)}
                for i, (w, m, _) in enumerate(NGOMA)
            ]
        }
    )
    return b.build()


def mashairi(c: Context) -> Flow:
    w, m, j = c.rng.choice(NGOMA)
    b = _b(c, "GET", f"{API}/v1/ngoma/{w}/mashairi")
    b.ok_json({"jina": j, "msanii": m, "mashairi": "Wewe ni mwema, Bwana...\n" * 3})
    return b.build()
