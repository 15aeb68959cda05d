"""Chitram: a Telugu OTT app (films, web series, reality shows; aha-like) on the
son's Pixel 8 in Dallas, Texas.

The backend is Hyderabad-built, so its paths and keys are romanized Telugu
(`chusina` = watched, `bhagam` = episode, `dharavahika` = serial, `sthanam` =
position, `nidivi` = running length, `samayam` = time, `konasaginchu` =
continue, `charitra` = history, `parikaram` = device) with titles in Telugu
script (`శీర్షిక`). Analytics go three ways:

* Firebase: the installation registers with Firebase Installations (`fid`,
  FIS_v2) and Google Analytics for Firebase uploads gzip'd protobuf bundles to
  app-measurement.com/a (field numbers only; the advertising id and the app
  instance id are bare strings in the bundle);
* CleverTap (India region, in1.clevertap-prod.com/a1): a JSON array whose
  first record is `{"type":"meta","g":<CleverTap device id>,...}` and whose
  events carry `evtName` / `evtData`;
* AppsFlyer: launches and in-app events to /api/v6.14/androidevent with
  `advertiserId` and AppsFlyer's own `uid`.

The catalogue, search, trending counts, subscription plans (a "duration" of
three months with a price) and the video segments are content fetches, not
anyone's viewing.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js, pb_bytes, pb_msg, pb_varint

from .phone import TB, bearer, dalvik, iso, ms, ua

API = "https://api.chitram.example"
PKG = "in.chitram.telugu"
UA = ua("Chitram", "6.3.1", "abbai")
CT_ACCOUNT = "W9R-K84-6Z7Z"
GMP_APP = "1:829145503317:android:3f0c9d1b7a62e4c5"

# (id, title, Telugu title, episodes, seconds per episode or film runtime, kind)
CONTENT = [
    ("m1021", "Sita Ramam", "సీతా రామం", 1, 9780, "cinema"),
    ("m1044", "Balagam", "బలగం", 1, 7740, "cinema"),
    ("m1052", "Hi Nanna", "హాయ్ నాన్న", 1, 9300, "cinema"),
    ("m1067", "Jathi Ratnalu", "జాతి రత్నాలు", 1, 8700, "cinema"),
    ("w201", "Kudi Yedamaithe", "కుడి ఎడమైతే", 8, 1800, "dharavahika"),
    ("w214", "Loser", "లూజర్", 10, 2400, "dharavahika"),
    ("w230", "Vyavastha", "వ్యవస్థ", 8, 2100, "dharavahika"),
    ("r301", "Telugu Indian Idol", "తెలుగు ఇండియన్ ఐడల్", 30, 3600, "reality"),
    ("r317", "Unstoppable with NBK", "అన్‌స్టాపబుల్", 12, 3300, "reality"),
    ("r322", "Chef Mantra", "చెఫ్ మంత్ర", 10, 2400, "reality"),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> TB:
    b = TB(c, "chitram", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c))
    if device:
        b.header("x-parikaram-id", b.id("aid_chitram", where="header x-parikaram-id"))
    return b


def _pick(c: Context) -> tuple[str, str, str, int, int, str]:
    cid, title, te, eps, secs, kind = c.rng.choice(CONTENT)
    return cid, title, te, c.rng.randint(1, eps), secs, kind


# --- device registration and attribution ---------------------------------------


def firebase_installation(c: Context) -> Flow:
    b = TB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/chitram-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", PKG)
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    b.json(
        {
            "fid": b.id("chitram_fid", where="json fid"),
            "appId": GMP_APP,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/829145503317/installations/" + c.phone.chitram_fid,
            "refreshToken": "3_" + new_hex(c.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 80), "expiresIn": "604800s"},
        }
    )
    b.other_id("chitram_fid", "response json name (installations/<fid>)", direction="response")
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/parikaram/namodu", device=False)
    b.json(
        {
            "android_id": b.id("aid_chitram", where="json android_id"),
            "gaid": b.id("gaid_abbai", where="json gaid"),
            "fid": b.id("chitram_fid", where="json fid"),
            "model": "Pixel 8",
            "desham": "US",
            "bhasha": "te",
            "vinyogadaru": b.acct("chitram_user"),
        }
    )
    b.ok_json({"namodainadi": True, "garishta_parikaralu": 4})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = TB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent",
        [("app_id", PKG), ("buildnumber", "6.14.2")],
    )
    b.header("user-agent", dalvik("abbai"))
    b.json(
        {
            "advertiserId": b.id("gaid_abbai", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("chitram_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "6.3.1",
            "deviceData": {"cpu_abi": "arm64-v8a", "build_display_id": "AP2A.240905.003"},
            "lang": "తెలుగు",
            "lang_code": "te",
            "country": "US",
            "installer_package": "com.android.vending",
            "counter": str(c.rng.randint(2, 80)),
            "iaecounter": str(c.rng.randint(0, 30)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_watch(c: Context) -> Flow:
    cid, title, _te, ep, secs, kind = _pick(c)
    b = TB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.14/androidevent",
        [("app_id", PKG), ("buildnumber", "6.14.2")],
    )
    b.header("user-agent", dalvik("abbai"))
    b.view("json eventValue (af_content_id / af_content + watch_minutes)")
    value = {
        "af_content_id": cid,
        "af_content": title,
        "af_content_type": kind,
        "episode": ep,
        "watch_minutes": c.rng.randint(3, secs // 60),
    }
    b.json(
        {
            "eventName": c.rng.choice(["video_watched", "af_content_complete"]),
            "eventValue": js(value),
            "advertiserId": b.id("gaid_abbai", where="json advertiserId"),
            "uid": b.id("chitram_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_subscribe(c: Context) -> Flow:
    b = TB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.14/androidevent",
        [("app_id", PKG), ("buildnumber", "6.14.2")],
    )
    b.header("user-agent", dalvik("abbai"))
    b.decoy("af_revenue and subscription duration (a purchase)")
    b.json(
        {
            "eventName": "af_subscribe",
            "eventValue": js(
                {"af_revenue": 6.99, "af_currency": "USD", "duration": "P1M", "plan": "gold"}
            ),
            "advertiserId": b.id("gaid_abbai", where="json advertiserId"),
            "uid": b.id("chitram_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


# --- CleverTap ---------------------------------------------------------------------


def _clevertap(c: Context, b: TB, event: dict[str, object]) -> None:
    meta = {
        "type": "meta",
        "g": b.id("chitram_ct_guid", where="json [0].g (CleverTap meta)", detectable=False),
        "af": {
            "Build": "631",
            "Version": "6.3.1",
            "OS Version": "14",
            "SDK Version": 60200,
            "Make": "Google",
            "Model": "Pixel 8",
            "Carrier": "T-Mobile",
            "wifi": True,
            "cc": "us",
            "dpi": 420,
        },
        "id": CT_ACCOUNT,
        "tk": "a" + new_hex(c.rng, 5),
        "l_ts": int(c.now) - c.rng.randint(60, 86400),
        "f_ts": 1738000000 + c.rng.randint(0, 10**6),
        "ddnd": False,
        "frs": False,
    }
    b.json([meta, event])
    b.ok_json({"g": c.phone.chitram_ct_guid, "arp": {"j_n": new_hex(c.rng, 8)}})
    b.other_id("chitram_ct_guid", "response json g", detectable=False, direction="response")


def _ct(c: Context) -> TB:
    b = TB(
        c,
        "clevertap",
        "POST",
        "https://in1.clevertap-prod.com/a1",
        [("os", "Android"), ("t", "60200"), ("z", CT_ACCOUNT), ("ts", str(int(c.now)))],
    )
    b.header("user-agent", dalvik("abbai"))
    b.header("x-clevertap-account-id", CT_ACCOUNT)
    b.header("x-clevertap-token", "a" + new_hex(c.rng, 5))
    return b


def clevertap_video(c: Context) -> Flow:
    cid, title, te, ep, secs, kind = _pick(c)
    b = _ct(c)
    b.view("json [1].evtData (evtName Video Watched: Title, Episode, Watched Seconds)")
    event = {
        "type": "event",
        "evtName": "Video Watched",
        "evtData": {
            "Content ID": cid,
            "Title": title,
            "Title (te)": te,
            "Content Type": kind,
            "Episode": ep,
            "Watched Seconds": c.rng.randint(60, secs),
            "Total Seconds": secs,
        },
        "s": int(c.now) - c.rng.randint(100, 3000),
        "pg": c.rng.randint(2, 20),
        "ep": int(c.now),
        "f": False,
        "lsp": 0,
    }
    _clevertap(c, b, event)
    return b.build()


def clevertap_launch(c: Context) -> Flow:
    b = _ct(c)
    event = {
        "type": "event",
        "evtName": c.rng.choice(["App Launched", "Plan Page Viewed", "Language Selected"]),
        "evtData": {"Language": "Telugu", "City": "Dallas"},
        "s": int(c.now) - c.rng.randint(100, 3000),
        "pg": 1,
        "ep": int(c.now),
        "f": False,
    }
    _clevertap(c, b, event)
    return b.build()


# --- Google Analytics for Firebase (app-measurement protobuf) ----------------------


def _pb_event(name: str, params: list[tuple[str, object]], now_ms: int) -> bytes:
    parts = []
    for key, value in params:
        if isinstance(value, int):
            parts.append(pb_msg(1, [pb_bytes(1, key), pb_varint(4, value)]))
        else:
            parts.append(pb_msg(1, [pb_bytes(1, key), pb_bytes(2, str(value))]))
    return b"".join(parts) + pb_bytes(2, name) + pb_varint(3, now_ms)


def _measurement(c: Context, b: TB, events: list[bytes]) -> None:
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            *[pb_bytes(2, e) for e in events],
            pb_varint(3, ms(c)),
            pb_bytes(8, "android"),
            pb_bytes(9, "14"),
            pb_bytes(10, "Pixel 8"),
            pb_bytes(11, "te-us"),
            pb_bytes(14, PKG),
            pb_bytes(16, "6.3.1"),
            pb_bytes(19, b.id("gaid_abbai", "protobuf", "protobuf 1.19 (bare)", detectable=False)),
            pb_bytes(25, GMP_APP),
            pb_bytes(
                27,
                b.id("chitram_app_instance", "protobuf", "protobuf 1.27 (bare)", detectable=False),
            ),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded", "gzip")
    b.respond(204, None)


def firebase_video(c: Context) -> Flow:
    cid, title, _te, ep, secs, _ = _pick(c)
    b = TB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik("abbai"))
    b.view("protobuf event video_progress params (no key names)", detectable=False)
    pos = c.rng.randint(30, secs)
    events = [
        _pb_event("_e", [("_et", c.rng.randint(500, 9000))], ms(c)),
        _pb_event(
            "video_progress",
            [("content_id", cid), ("video_title", title), ("bhagam", ep), ("sthanam", pos)],
            ms(c),
        ),
    ]
    _measurement(c, b, events)
    return b.build()


def firebase_screen(c: Context) -> Flow:
    b = TB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik("abbai"))
    screen = c.rng.choice(["HomeFragment", "SearchFragment", "PlansActivity", "ProfileFragment"])
    events = [
        _pb_event("_vs", [("_sc", screen), ("_si", c.rng.randint(10**17, 10**18))], ms(c)),
        _pb_event("_e", [("_et", c.rng.randint(500, 9000))], ms(c)),
    ]
    _measurement(c, b, events)
    return b.build()


# --- the app's own viewing records -------------------------------------------------


def chusina_pragati(c: Context) -> Flow:
    cid, title, te, ep, secs, kind = _pick(c)
    b = _b(c, "POST", f"{API}/v2/chusina/pragati")
    b.view("json dharavahika_id / bhagam / sthanam_sec (watch progress)")
    b.json(
        {
            "dharavahika_id": cid,
            "sheershika": title,
            "శీర్షిక": te,
            "rakam": kind,
            "bhagam": ep,
            "sthanam_sec": c.rng.randint(20, secs),
            "nidivi_sec": secs,
            "purthi": False,
            "samayam": iso(c),
        }
    )
    b.no_content()
    return b.build()


def konasaginchu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/naa/konasaginchu?parimiti=10")
    b.view("response json konasaginchu[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        cid, title, te, ep, secs, _ = _pick(c)
        rows.append(
            {
                "dharavahika_id": cid,
                "sheershika": title,
                "శీర్షిక": te,
                "bhagam": ep,
                "chusina_sec": c.rng.randint(60, secs - 30),
                "nidivi_sec": secs,
                "chivariga_chusindi": iso(c),
            }
        )
    b.ok_json({"konasaginchu": rows})
    return b.build()


def chusina_charitra(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/naa/chusina-charitra?pagee=1")
    b.view("response json charitra[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        cid, title, te, ep, _secs, _ = _pick(c)
        items.append(
            {"id": cid, "sheershika": title, "శీర్షిక": te, "bhagam": ep, "chusina_tedi": iso(c)}
        )
    b.ok_json({"charitra": items, "pagee": 1})
    return b.build()


def qoe_opaque(c: Context) -> Flow:
    """The player's QoE beacon: rows [content index, episode, second, ts] under 's'."""
    b = _b(c, "POST", f"{API}/q/3", device=False)
    b.view("json s[] positional rows (gzip)", detectable=False)
    rows = [
        [c.rng.randrange(len(CONTENT)), c.rng.randint(1, 10), c.rng.randint(10, 9000), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"s": rows, "v": 3, "br": c.rng.choice([1800, 3200, 5400])}, "gzip")
    b.no_content()
    return b.build()


def sync_opaque(c: Context) -> Flow:
    """Cross-device resume sync: the positions ride in an encrypted blob."""
    b = _b(c, "PUT", f"{API}/v2/s", device=False)
    b.view("json p (encrypted resume positions)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(96, 240)))
    b.json({"p": b64(blob), "k": 2, "n": new_hex(c.rng, 24)})
    b.ok_json({"ok": 1})
    return b.build()


# --- content fetches (no one's viewing) ---------------------------------------------


def cinemalu(c: Context) -> Flow:
    vibhagam = c.rng.choice(["kotthavi", "cinemalu", "dharavahikalu", "reality"])
    b = _b(c, "GET", f"{API}/v2/cinemalu?vibhagam={vibhagam}&pagee=1", device=False)
    b.decoy("catalogue with runtimes (nidivi) and episode counts (content fetch)")
    b.ok_json(
        {
            "anshalu": [
                {
                    "id": cid,
                    "sheershika": title,
                    "శీర్షిక": te,
                    "bhagalu": eps,
                    "nidivi_sec": secs,
                    "poster": f"https://img.chitram.example/p/{cid}.jpg",
                }
                for cid, title, te, eps, secs, _ in CONTENT
            ]
        }
    )
    return b.build()


def vetuku(c: Context) -> Flow:
    q = c.rng.choice(["nani", "balagam", "idol", "thriller", "ప్రేమ"])
    b = _b(c, "GET", f"{API}/v2/vetuku", device=False)
    b.param("q", q)
    b.decoy("search results with durations (content fetch)")
    b.ok_json(
        {
            "phalitalu": [
                {"id": cid, "sheershika": title, "nidivi_sec": secs}
                for cid, title, _te, _e, secs, _ in CONTENT[:4]
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ekkuvaga-chusinavi?desham=US&rojulu=7", device=False)
    b.decoy("aggregate view counts (most watched, not one viewer)")
    b.ok_json(
        {
            "top10": [
                {"id": cid, "sheershika": title, "veekshanalu": c.rng.randint(10**4, 10**7)}
                for cid, title, *_ in CONTENT[:10]
            ]
        }
    )
    return b.build()


def plans(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/plans?desham=US", device=False)
    b.decoy("subscription duration and price (not watch time)")
    b.ok_json(
        {
            "plans": [
                {"id": "gold_m", "duration": "1 month", "price": 6.99, "currency": "USD"},
                {"id": "gold_q", "duration": "3 months", "price": 17.99, "currency": "USD"},
                {"id": "gold_y", "duration": "12 months", "price": 59.99, "currency": "USD"},
            ]
        }
    )
    return b.build()


def dash_segment(c: Context) -> Flow:
    cid = c.rng.choice(CONTENT)[0]
    b = TB(
        c,
        "chitram",
        "GET",
        f"https://vod.chitram.example/{cid}/dash/v{c.rng.choice([480, 720, 1080])}/"
        f"chunk-{c.rng.randint(1, 900)}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def trailer_manifest(c: Context) -> Flow:
    cid = c.rng.choice(CONTENT)[0]
    b = TB(c, "chitram", "GET", f"https://vod.chitram.example/{cid}/trailer/master.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("HLS manifest with segment durations")
    body = "#EXTM3U\n#EXT-X-TARGETDURATION:6\n" + "".join(
        f"#EXTINF:6.000,\nseg{i}.ts\n" for i in range(5)
    )
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()
