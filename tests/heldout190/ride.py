"""Jom: a ride-hailing and food-delivery super-app on the father's Samsung, plus its
driver side the father runs on weekends in Johor Bahru.

The rider app sends pickup coordinates, fare quotes and orders (ordinary), and
AppsFlyer launches with the ad id and AppsFlyer's `uid`. The driver side makes
him take a selfie before going online (`selfie_pemandu`, face match against his
licence photo), and the family car's telematics dongle (its LTE modem IMEI) is
linked to his driver profile. Location pings of the car (coordinates, speed,
bearing) and the restaurant's POS terminal serial on a delivery receipt are
not sensitive here (the POS terminal is the merchant's).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, ms, rf, rid, ua_samsung

API = "https://api.jom-app.example"
DRV = "https://driver.jom-app.example"
UA = ua_samsung("Jom", "7.44.0")


def _b(c: Context, method: str, url: str, sdk: str = "jom") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _jb(c: Context) -> tuple[float, float]:
    return rf(c.rng, 1.45, 1.56, 5), rf(c.rng, 103.6, 103.85, 5)


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.12/androidevent?app_id=my.jom.app&buildnumber=6.12.2",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("af_uid", where="json uid"),
            "android_id": b.id("aid_grab", where="json android_id"),
            "eventName": "af_app_opened",
            "timepassedsincelastlaunch": str(c.rng.randint(30, 90000)),
            "date1": ms(c),
        },
        "gzip",
    )
    b.ok_json({"status": "ok"})
    return b.build()


def driver_selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{DRV}/v1/pemandu/semakan-swafoto")
    b.bio("face_image", "json selfie_pemandu (selfie matched to licence photo)")
    b.json(
        {
            "pemandu": b.acct("driver_id"),
            "selfie_pemandu": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
            "padan_dengan": "lesen_memandu",
        }
    )
    b.ok_json({"padan": True, "skor": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def car_link(c: Context) -> Flow:
    b = _b(c, "POST", f"{DRV}/v1/kenderaan/telematik")
    b.json(
        {
            "pemandu": b.acct("driver_id"),
            "no_plat": "JWR 8" + str(c.rng.randint(100, 999)),
            "imei_dongle": b.id("car_imei", where="json imei_dongle"),
            "jenis": "OBD-LTE",
        }
    )
    b.ok_json({"dipaut": True})
    return b.build()


def car_heartbeat_hashed(c: Context) -> Flow:
    b = _b(c, "POST", f"{DRV}/t/1")
    b.form(
        [
            ("k", b.id("car_imei", "sha1", "form k (sha1 of dongle IMEI)", detectable=False)),
            ("s", str(c.rng.randint(0, 110))),
        ]
    )
    b.no_content()
    return b.build()


def location_ping(c: Context) -> Flow:
    lat, lon = _jb(c)
    b = _b(c, "POST", f"{DRV}/v1/lokasi")
    b.decoy("driver location ping: coordinates, speed, bearing (not one of the three categories)")
    b.json(
        {
            "lat": lat,
            "lng": lon,
            "laju_kmj": rf(c.rng, 0, 90, 1),
            "arah": c.rng.randint(0, 359),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def fare_quote(c: Context) -> Flow:
    lat, lon = _jb(c)
    b = _b(c, "POST", f"{API}/v3/tambang/anggar")
    b.decoy("fare quote with pickup/drop coordinates and a surge price series")
    b.json(
        {
            "ambil": [lat, lon],
            "hantar": [rf(c.rng, 1.28, 1.45, 5), rf(c.rng, 103.7, 103.95, 5)],
            "jenis": "JomCar",
        }
    )
    b.ok_json(
        {
            "tambang": rf(c.rng, 12, 65, 2),
            "lonjakan": [rf(c.rng, 1, 2.2, 2) for _ in range(6)],
            "mata_wang": "MYR",
        }
    )
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/makanan/pesanan")
    b.decoy("food order receipt with the restaurant's POS terminal serial (merchant's device)")
    b.json(
        {
            "kedai": "Nasi Kandar Pelita",
            "item": [{"nama": "Roti canai", "kuantiti": 2}],
            "penumpang": b.acct("rider_id"),
        }
    )
    b.ok_json(
        {
            "pesanan": f"JF-{c.rng.randint(10**8, 10**9)}",
            "resit": {"siri_pos": "PAX-A920-" + str(c.rng.randint(10**7, 10**8))},
        }
    )
    return b.build()


def restaurant_feed(c: Context) -> Flow:
    lat, lon = _jb(c)
    b = _b(c, "GET", f"{API}/v3/makanan/kedai?lat={lat}&lng={lon}")
    b.ok_json(
        {
            "kedai": [
                {"nama": n, "penilaian": rf(c.rng, 3.8, 4.9, 1)}
                for n in ("Kopitiam Ah Seng", "Restoran Saravana", "Mamak Corner")
            ]
        }
    )
    return b.build()
