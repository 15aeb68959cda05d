"""TV 2 Nyheder: the news app she reads on the metro, with its ad and attribution SDKs.

Ad requests go to Google Ad Manager with the advertising id (`rdid`, with
`idtype=adid` and `is_lat`, as the IMA/GMA SDKs send it); AppsFlyer's launch
event carries the advertising id and AppsFlyer's own uid; the consent
platform's ping keys her consent on an MD5 of the app's ANDROID_ID under `h`.
Articles (one about facial-recognition cameras), the "mest læste" (most read)
list and the weather widget are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

API = "https://nyheder.tv2.dk/api"
UA = ua("TV2Nyheder", "8.14.0")
HEADLINES = [
    "Ansigtsgenkendelse på Hovedbanegården: sådan virker kameraerne",
    "Storm over Sjælland i nat",
    "Nyt museum åbner på Papirøen",
    "Regeringen fremlægger finanslov",
]


def _news(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tv2news", method, url)
    b.header("user-agent", UA)
    return b


def gam_ad(c: Context) -> Flow:
    b = FB(c, "gam", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    b.header("user-agent", UA)
    b.param("iu", "/5374/tv2.dk/nyheder/app/android")
    b.param("sz", "320x250")
    b.param("rdid", b.id("gaid", where="query rdid (idtype=adid)"))
    b.param("idtype", "adid")
    b.param("is_lat", "0")
    b.param("correlator", str(c.rng.randint(10**15, 10**16)))
    b.param("an", "dk.tv2.nyheder")
    b.respond(200, "application/json", b'{"ads":[{"creative":"c1"}]}')
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.13/androidevent?app_id=dk.tv2.nyheder&buildnumber=6.13.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("news_af_uid", where="json uid"),
            "advertiserIdEnabled": "true",
            "af_timestamp": str(ms(c)),
            "app_version_name": "8.14.0",
            "counter": str(c.rng.randint(2, 300)),
            "model": "SM-S911B",
            "brand": "samsung",
            "lang_code": "da",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def consent_ping(c: Context) -> Flow:
    b = FB(c, "consent", "POST", "https://consent.tv2.dk/v2/p")
    b.header("user-agent", UA)
    b.form(
        [
            ("h", b.id("aid_news", "md5", "form h (MD5 of ANDROID_ID)", detectable=False)),
            ("c", "1111"),
            ("v", "42"),
        ]
    )
    b.no_content()
    return b.build()


def front_page(c: Context) -> Flow:
    b = _news(c, "GET", f"{API}/v3/forside?platform=android")
    b.ok_json(
        {
            "artikler": [
                {"id": c.rng.randint(10**6, 10**7), "overskrift": h, "udgivet": iso(c)}
                for h in HEADLINES
            ]
        }
    )
    return b.build()


def face_article(c: Context) -> Flow:
    b = _news(c, "GET", f"{API}/v3/artikel/{c.rng.randint(10**6, 10**7)}")
    b.decoy("news article about facial recognition (text about faces)")
    b.ok_json(
        {
            "overskrift": HEADLINES[0],
            "brødtekst": "Kameraerne måler afstanden mellem øjnene og sammenligner ansigtet "
            "med en database. Datatilsynet vil se nærmere på sagen.",
            "emner": ["ansigtsgenkendelse", "biometri", "overvågning"],
        }
    )
    return b.build()


def most_read(c: Context) -> Flow:
    b = _news(c, "GET", f"{API}/v3/mest-laeste?antal=10")
    b.decoy("most-read list (aggregate)")
    b.ok_json(
        {
            "mestLæste": [
                {"overskrift": h, "læsninger": c.rng.randint(1000, 90000)} for h in HEADLINES
            ]
        }
    )
    return b.build()


def weather_widget(c: Context) -> Flow:
    b = _news(c, "GET", f"{API}/v1/vejr?lat=55.68&lon=12.57")
    b.ok_json({"temp": rf(c.rng, 2, 12, 1), "vind": rf(c.rng, 1, 14, 1), "id": rid(c.rng)})
    return b.build()
