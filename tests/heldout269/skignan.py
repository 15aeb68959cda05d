"""Skignañ TV: a Breton-language TV and replay app (Gwenaëlle's Pixel 8 in Kemper).

The backend speaks Breton: `sellet` = to watch, `abadenn` = programme,
`rann` = episode, `lec'hiadur` = position, `padelezh` = duration, `amzer` =
time, `chadenn` = channel, `trevnad` = device, `istor` = history. Watch
progress goes to the app's own backend and to Conviva (a session heartbeat
with the asset name and playhead) and NPAW / Youbora (`/start` with `title`,
`playhead`); the "da gendelc'her" (continue watching) row comes back as a
list of programmes with positions. An older build posts its play rows as
base64 of gzipped positional arrays under `p`. The app registers with Firebase
Installations, AppsFlyer and Meta app events (advertising id, ANDROID_ID).
The catalogue, thumbnails (`skeudenn`), search (`klask`), the channel guide
with its start times, the aggregate "sellet muiañ" (most watched) counts and
HLS segments are content fetches.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, gz, js

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.skignan-tv.example"
CDN = "https://vod.skignan-tv.example"
UA = ua("SkignanTV", "3.8.0", "gwen")
ABADENNOU = [
    ("ab2201", "Istorioù ar Mor", 1560),
    ("ab2214", "Keleier Breizh", 900),
    ("ab2230", "Kan ar Bobl 2024", 3300),
    ("ab2245", "Kegin Mamm-gozh", 1500),
    ("ab2261", "Pennoù Skañv", 1320),
    ("ab2277", "An Tour-tan Diwezhañ", 2880),
]
CHADENNOU = ["Skignañ 1", "Skignañ Bugale", "France 3 Breizh", "TVR", "Tebeo"]


def _b(c: Context, method: str, url: str, trevnad: bool = False) -> FB:
    b = FB(c, "skignan", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("accept-language", "br-FR, fr-FR;q=0.8")
    if trevnad:
        b.header("x-trevnad-id", b.id("aid_skignan", where="header x-trevnad-id"))
    return b


def _ab(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(ABADENNOU)


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/trevnad/enrollañ")
    b.json(
        {
            "trevnad": {
                "android_id": b.id("aid_skignan", where="json trevnad.android_id"),
                "patrom": "Pixel 8",
                "reizhiad": "Android 14",
            },
            "yezh": "br",
            "kemenn_push": True,
        }
    )
    b.ok_json({"implijer": b.acct("skignan_user"), "stad": "mat"})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/skignan-tv/installations",
    )
    b.header("user-agent", "okhttp/4.12.0")
    b.header("x-goog-api-key", "AIzaSyB" + new_hex(c.rng, 32))
    b.header("x-android-package", "bzh.skignan.tv")
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    b.json(
        {
            "fid": b.id("skignan_fid", where="json fid"),
            "appId": "1:804412259131:android:3c5d1e22b0a9f7e4",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/804412259131/installations/"
            + b.id("skignan_fid", where="response json name", direction="response"),
            "fid": b.id("skignan_fid", where="response json fid", direction="response"),
            "refreshToken": "3_" + new_hex(c.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 80), "expiresIn": "604800s"},
        }
    )
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.13/androidevent?app_id=bzh.skignan.tv&buildnumber=6.13.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)")
    b.json(
        {
            "advertiserId": b.id("gaid_gwen", where="json advertiserId"),
            "uid": b.id("skignan_af_uid", where="json uid"),
            "android_id": b.id("aid_skignan", where="json android_id"),
            "app_version_name": "3.8.0",
            "af_timestamp": str(ms(c)),
            "counter": str(c.rng.randint(2, 90)),
            "lang": "brezhoneg",
            "country": "FR",
            "deviceData": {"brand": "google", "model": "Pixel 8", "sdk": "34"},
            "af_events_api": "1",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def meta_activities(c: Context) -> Flow:
    b = FB(c, "facebook", "POST", "https://graph.facebook.com/v17.0/402987733611420/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    ev = [{"_eventName": "fb_mobile_content_view", "fb_content_type": "catalogue"}]
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid_gwen", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("anon_id", b.id("skignan_fb_anon", where="form anon_id")),
            ("application_tracking_enabled", "1"),
            ("custom_events", js(ev)),
            ("extinfo", js(["a2", "bzh.skignan.tv", 380, "3.8.0", "14", "Pixel 8", "br_FR"])),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def config_cookie(c: Context) -> Flow:
    """Remote config; cookie `tk` holds an MD5 of the app's ANDROID_ID."""
    b = _b(c, "GET", f"{API}/v1/kefluniadur?stumm=3.8.0")
    b.header("cookie", "tk=" + b.id("aid_skignan", "md5", "cookie tk", detectable=False))
    b.ok_json({"banniel": {"kontrol_yezh": True, "stumm_nevez": False}, "ttl": 3600})
    return b.build()


def sellet_araokadur(c: Context) -> Flow:
    abid, title, dur = _ab(c)
    b = _b(c, "POST", f"{API}/v2/sellet/araokadur", trevnad=True)
    b.view("json abadenn + lec'hiadur_s + amzer_sellet_s (watch progress)")
    pos = c.rng.randint(30, dur)
    b.json(
        {
            "abadenn": {"id": abid, "titl": title, "rann": c.rng.randint(1, 12)},
            "lec'hiadur_s": pos,
            "padelezh_s": dur,
            "amzer_sellet_s": min(pos, c.rng.randint(60, 900)),
            "deiziad": iso(c),
            "chadenn": c.rng.choice(CHADENNOU),
        }
    )
    b.no_content()
    return b.build()


def conviva_hb(c: Context) -> Flow:
    abid, title, dur = _ab(c)
    b = FB(c, "conviva", "POST", "https://skignan.cws.conviva.com/0/wsg")
    b.header("user-agent", UA)
    b.view("json an (asset name) + pht (playhead) in a Conviva heartbeat")
    b.json(
        {
            "t": "CwsSessionHb",
            "cid": "c3.SkignanTV",
            "clid": b.id("skignan_conviva_clid", where="json clid"),
            "sid": c.rng.randint(1, 2**31),
            "seq": c.rng.randint(1, 40),
            "an": f"[{abid}] {title}",
            "pht": c.rng.randint(10, dur) * 1000,
            "cl": dur,
            "tags": {"c3.cm.contentType": "VOD", "c3.cm.channel": c.rng.choice(CHADENNOU)},
            "ps": 3,
            "st": ms(c),
        }
    )
    b.ok_json({"t": "CwsSessionHbResponse", "hbi": 20, "err": "ok"})
    return b.build()


def npaw_start(c: Context) -> Flow:
    abid, title, dur = _ab(c)
    url = (
        "https://a-fds.youborafds01.com/start?accountCode=skignantv&system=skignantv"
        f"&title={quote(title)}&contentId={abid}&mediaDuration={dur}"
        f"&playhead={c.rng.randint(0, dur)}&live=false&timemark={ms(c)}&code={new_hex(c.rng, 16)}"
    )
    b = FB(c, "npaw", "GET", url)
    b.header("user-agent", UA)
    b.view("query title + contentId + playhead (NPAW /start)")
    b.ok_json({"q": {"h": "a-fds.youborafds01.com", "pt": "5"}})
    return b.build()


def istor(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/implijer/da-gendelc-her")
    b.view("response json roll[] with lec'hiadur (continue-watching row)", direction="response")
    b.ok_json(
        {
            "roll": [
                {
                    "abadenn": abid,
                    "titl": title,
                    "lec'hiadur_s": c.rng.randint(60, dur),
                    "sellet_d": iso(c),
                }
                for abid, title, dur in c.rng.sample(ABADENNOU, 4)
            ]
        }
    )
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/q/b")
    b.view("form p: base64 gzip of positional rows [programme, position, time]", False)
    rows = [[abid, c.rng.randint(0, dur), ms(c)] for abid, _, dur in c.rng.sample(ABADENNOU, 3)]
    b.form([("p", b64(gz(js(rows).encode()))), ("v", "2")])
    b.no_content()
    return b.build()


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/katalog?rummad=teulfilm&pajenn={c.rng.randint(1, 6)}")
    b.ok_json(
        {
            "abadennou": [
                {"id": a, "titl": t, "padelezh_s": d, "skeudenn": f"{CDN}/img/{a}/16x9.jpg"}
                for a, t, d in c.rng.sample(ABADENNOU, 4)
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    abid, _, _ = _ab(c)
    b = FB(c, "skignan-cdn", "GET", f"{CDN}/hls/{abid}/1080p/seg_{c.rng.randint(1, 400):05d}.m4s")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("video segment fetch (not a watch report)")
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 900))
    return b.build()


def skeudenn(c: Context) -> Flow:
    abid, _, _ = _ab(c)
    b = FB(c, "skignan-cdn", "GET", f"{CDN}/img/{abid}/skeudenn-dremm-480.jpg")
    b.header("user-agent", UA)
    b.decoy("programme thumbnail with 'dremm' (face) in its name")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def klask(c: Context) -> Flow:
    q = c.rng.choice(["fest-noz", "mor", "kegin", "sellout ouzh ar stered", "tour-tan"])
    b = _b(c, "GET", f"{API}/v2/klask?g={quote(q)}")
    b.decoy("search query (a word for 'watch' in it)")
    b.ok_json({"disoc'hoù": [{"id": a, "titl": t} for a, t, _ in c.rng.sample(ABADENNOU, 2)]})
    return b.build()


def epg(c: Context) -> Flow:
    ch = c.rng.choice(CHADENNOU)
    b = _b(c, "GET", f"{API}/v1/chadenn/{quote(ch)}/programm?deiz=hiziv")
    b.decoy("channel guide with start times (schedule, not viewing)")
    b.ok_json(
        {
            "chadenn": ch,
            "programm": [
                {"abadenn": t, "amzer_kregin": f"{h:02d}:00", "padelezh_min": d // 60}
                for h, (_, t, d) in zip(range(18, 23), ABADENNOU, strict=False)
            ],
        }
    )
    return b.build()


def sellet_muian(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/sellet-muian?sizhun=1")
    b.decoy("aggregate most-watched counts (not one viewer)")
    b.ok_json(
        {
            "renkadur": [
                {"abadenn": t, "niver_sellerien": c.rng.randint(800, 40000)}
                for _, t, _ in ABADENNOU
            ]
        }
    )
    return b.build()


def lenn_mod(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/arventennoù")
    b.decoy("player settings (subtitles, quality) with 'sellet' in key names")
    b.json({"istitloù": "br", "perzhded": "auto", "sellet_emgefre": True, "t": ms(c)})
    b.ok_json({"enrollet": True, "rf": rf(c.rng, 0, 1, 2)})
    return b.build()


def diagnostics(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/diagnostik")
    b.decoy("player QoS without content (bitrate, rebuffering, trace id)")
    b.json(
        {
            "roudenn": rid(c.rng),
            "bitrate_kbps": c.rng.randint(800, 6000),
            "ehanoù": c.rng.randint(0, 3),
            "skramm": {"ledander": 2400, "uhelder": 1080},
        }
    )
    b.no_content()
    return b.build()
