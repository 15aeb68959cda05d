"""Tontonin: an Indonesian drama / series streaming app on nurse Sri's own OPPO A78.

Paths and keys are Indonesian (`riwayat` = history, `posisi_terakhir` = last
position, `durasi` = duration, `lanjut_nonton` = continue watching, `judul`,
`episode`). Watch progress goes to the app's backend and, as GA4 recommended
video events (`video_progress`, `video_complete` with `video_title`,
`video_percent`, `video_current_time`), through the Measurement Protocol's
app-stream form (`firebase_app_id`, `api_secret`, `app_instance_id`;
https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events).
Ad SDKs: AppsFlyer launches and in-app events (`advertiserId`, `uid`,
`android_id`), Meta app events to the Graph API `/{app-id}/activities` edge
(form fields `event`, `advertiser_id`, `anon_id`, `custom_events`,
`application_tracking_enabled`), and an OpenRTB 2.5 exchange (`device.ifa`,
hashed `dpidsha1` / `dpidmd5`; https://www.iab.com/guidelines/openrtb/).
Browsing the catalogue, search, the "most watched" chart, the broadcast
schedule, a VAST ad's quartile tracking URLs and HLS segments are content
fetches, not anyone's viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.tontonin.example"
UA = ua("Tontonin", "5.12.0", "perawat")
PKG = "id.tontonin.app"
JUDUL = [
    ("d310", "Gadis Pesisir Kenjeran", 2520),
    ("d322", "Jodoh dari Madura", 2700),
    ("d337", "Arek Suroboyo", 2400),
    ("d341", "Cinta di Ujung Senja", 2640),
    ("d356", "Dokter Muda Tunjungan", 2880),
    ("d362", "Warung Bu Tin", 1500),
]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:804417562230:android:3be0c9a1f27d4e55&api_secret=Qm7vTz2pXc4RnL8wHs1KdY"
)


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tontonin", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    did, judul, dur = c.rng.choice(JUDUL)
    return did, judul, c.rng.randint(1, 90), dur


# --- device identifiers -----------------------------------------------------


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/perangkat/daftar")
    b.json(
        {
            "android_id": b.id("aid_tontonin", where="json android_id"),
            "ga_instance": b.id("tontonin_app_instance", where="json ga_instance"),
            "merek": "OPPO",
            "model": "CPH2565",
            "versi_os": "13",
            "bahasa": "id",
        }
    )
    b.ok_json({"sukses": True, "maks_perangkat": 3})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", PKG), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("perawat"))
    b.json(
        {
            "advertiserId": b.id("gaid_perawat", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("tontonin_af_uid", where="json uid"),
            "android_id": b.id("aid_tontonin", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "5.12.0",
            "brand": "OPPO",
            "model": "CPH2565",
            "lang_code": "in",
            "country": "ID",
            "operator": "Telkomsel",
            "counter": str(c.rng.randint(1, 120)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.15/androidevent",
        [("app_id", PKG), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("perawat"))
    name = c.rng.choice(["af_subscribe", "af_purchase", "af_login"])
    b.json(
        {
            "eventName": name,
            "eventValue": js({"af_revenue": "29000", "af_currency": "IDR", "paket": "VIP 30 hari"}),
            "advertiserId": b.id("gaid_perawat", where="json advertiserId"),
            "uid": b.id("tontonin_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def meta_activate(c: Context) -> Flow:
    b = FB(
        c, "meta-app-events", "POST", "https://graph.facebook.com/v18.0/2983014475521106/activities"
    )
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    events = [{"_eventName": "fb_mobile_activate_app", "_logTime": int(c.now), "_ui": "no_ui"}]
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid_perawat", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("anon_id", b.id("tontonin_fb_anon", where="form anon_id")),
            ("application_tracking_enabled", "1"),
            ("custom_events", js(events)),
            ("extinfo", js(["a2", PKG, "512", "5.12.0", "13", "CPH2565", "in_ID", "WIB"])),
            ("format", "json"),
            ("sdk", "android"),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def rtb_bid(c: Context) -> Flow:
    b = FB(c, "rtb-exchange", "POST", "https://rtb.nusaads.example/openrtb2/auction")
    b.header("x-openrtb-version", "2.5")
    b.header("user-agent", dalvik("perawat"))
    b.decoy("bid id uuid, user.id hex, geo coordinates")
    b.json(
        {
            "id": rid(c.rng),
            "imp": [
                {
                    "id": "1",
                    "tagid": "tontonin_preroll",
                    "video": {"mimes": ["video/mp4"], "w": 640, "h": 360, "minduration": 5},
                    "bidfloor": 0.4,
                }
            ],
            "app": {"bundle": PKG, "name": "Tontonin", "cat": ["IAB1"]},
            "device": {
                "ua": dalvik("perawat"),
                "ifa": b.id("gaid_perawat", where="json device.ifa"),
                "dpidsha1": b.id("aid_tontonin", "sha1", "json device.dpidsha1"),
                "dpidmd5": b.id("aid_tontonin", "md5", "json device.dpidmd5"),
                "lmt": 0,
                "make": "OPPO",
                "model": "CPH2565",
                "os": "android",
                "osv": "13",
                "carrier": "Telkomsel",
                "geo": {"lat": rf(c.rng, -7.35, -7.2), "lon": rf(c.rng, 112.6, 112.8), "type": 2},
            },
            "user": {"id": new_hex(c.rng, 40)},
            "at": 1,
            "tmax": 250,
        }
    )
    b.no_content()
    return b.build()


def config_opaque(c: Context) -> Flow:
    """Remote config; a header named 'x-t' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/v3/konfig?v=5.12.0")
    b.header("x-t", b.id("aid_tontonin", "sha256", "header x-t", detectable=False))
    b.ok_json({"fitur": {"unduh": True, "pip": True, "iklan_preroll": True}, "min_versi": "5.0.0"})
    return b.build()


# --- viewing history ----------------------------------------------------------


def progres(c: Context) -> Flow:
    did, judul, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v3/tonton/progres")
    b.view("json drama_id/episode/posisi_terakhir")
    b.json(
        {
            "drama_id": did,
            "judul": judul,
            "episode": ep,
            "posisi_terakhir": c.rng.randint(20, dur),
            "durasi": dur,
            "selesai": False,
            "waktu": iso(c),
        }
    )
    b.no_content()
    return b.build()


def lanjut_nonton(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/pengguna/lanjut-nonton?batas=10")
    b.view("response json lanjut_nonton[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        did, judul, ep, dur = _ep(c)
        rows.append(
            {
                "drama_id": did,
                "judul": judul,
                "episode": ep,
                "posisi_terakhir": c.rng.randint(60, dur - 60),
                "durasi": dur,
                "terakhir_ditonton": iso(c),
            }
        )
    b.ok_json({"lanjut_nonton": rows})
    return b.build()


def riwayat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/pengguna/riwayat-tonton?hal=1")
    b.view("response json riwayat[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        did, judul, ep, _dur = _ep(c)
        items.append({"drama_id": did, "judul": judul, "episode": ep, "ditonton_pada": iso(c)})
    b.ok_json({"riwayat": items, "hal": 1})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, judul, ep, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("tontonin_app_instance", where="json app_instance_id"),
            "user_id": b.acct("tontonin_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{judul} - Episode {ep}",
                        "video_provider": "tontonin",
                        "video_percent": pct,
                        "video_current_time": dur * pct // 100,
                        "video_duration": dur,
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [drama, episode, second, ts] rows under 'q'."""
    b = _b(c, "POST", f"{API}/q/2")
    b.view("json q[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(JUDUL)[0][1:]), c.rng.randint(1, 90), c.rng.randint(10, 2800), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"q": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


# --- content fetches (decoys) -------------------------------------------------


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/katalog?genre=drama&hal=1")
    b.decoy("catalogue with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "drama": [
                {
                    "drama_id": d,
                    "judul": j,
                    "jumlah_episode": 90,
                    "durasi": dur,
                    "poster": f"https://img.tontonin.example/p/{d}.jpg",
                }
                for d, j, dur in JUDUL
            ]
        }
    )
    return b.build()


def cari(c: Context) -> Flow:
    q = c.rng.choice(["jodoh", "dokter", "surabaya", "madura"])
    b = _b(c, "GET", f"{API}/v3/cari?q={q}")
    b.decoy("search results (content fetch)")
    b.ok_json({"hasil": [{"drama_id": d, "judul": j, "durasi": dur} for d, j, dur in JUDUL[:3]]})
    return b.build()


def terpopuler(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/terpopuler?periode=7h")
    b.decoy("aggregate 'most watched' counts (not one viewer)")
    b.ok_json(
        {
            "teratas": [
                {"drama_id": d, "judul": j, "jumlah_ditonton": c.rng.randint(10**4, 10**7)}
                for d, j, _ in JUDUL
            ]
        }
    )
    return b.build()


def jadwal_tayang(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/jadwal-tayang?tanggal={iso(c)[:10]}")
    b.decoy("broadcast schedule with air times and durations")
    b.ok_json(
        {
            "jadwal": [
                {
                    "judul": j,
                    "episode_baru": c.rng.randint(20, 90),
                    "tayang": f"{h:02d}:00",
                    "durasi_menit": dur // 60,
                }
                for (_, j, dur), h in zip(JUDUL, (17, 18, 19, 20, 21, 22), strict=True)
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    did = c.rng.choice(JUDUL)[0]
    b = FB(
        c,
        "tontonin",
        "GET",
        f"https://vod.tontonin.example/{did}/ep{c.rng.randint(1, 90):02d}/720p/"
        f"seg_{c.rng.randint(1, 450)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def vast_ad(c: Context) -> Flow:
    b = FB(c, "rtb-exchange", "GET", f"https://ads.nusaads.example/vast/{new_hex(c.rng, 16)}")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("VAST creative with quartile tracking URLs (an ad's own events)")
    track = "https://trk.nusaads.example/e?c=" + new_hex(c.rng, 12)
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><VAST version="4.0"><Ad id="1"><InLine>'
        "<AdSystem>NusaAds</AdSystem><AdTitle>Promo Kopi Kapal Api</AdTitle><Creatives>"
        "<Creative><Linear><Duration>00:00:15</Duration><TrackingEvents>"
        f'<Tracking event="start"><![CDATA[{track}&ev=start]]></Tracking>'
        f'<Tracking event="firstQuartile"><![CDATA[{track}&ev=q1]]></Tracking>'
        f'<Tracking event="midpoint"><![CDATA[{track}&ev=mid]]></Tracking>'
        f'<Tracking event="complete"><![CDATA[{track}&ev=done]]></Tracking>'
        '</TrackingEvents><MediaFiles><MediaFile delivery="progressive" type="video/mp4" '
        'width="640" height="360"><![CDATA[https://cdn.nusaads.example/c/kopi15.mp4]]>'
        "</MediaFile></MediaFiles></Linear></Creative></Creatives></InLine></Ad></VAST>"
    )
    b.respond(200, "application/xml", xml.encode())
    return b.build()
