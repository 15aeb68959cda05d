"""A health app for the retiree (in-house "kangjian" backend): blood-pressure and
step series, medication timers, and a temperature kiosk result whose only
face-related field is a "mask detected" flag (no image, no landmarks). Key
names mix pinyin (shousuoya = systolic, shuzhangya = diastolic, bushu = steps)
and English, as Chinese health apps do.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import iso, mk, ms, rf, series

API = "https://health.kangjian-app.cn"
APP = "KangJian"


def blood_pressure(c: Context) -> Flow:
    b = mk(c, "kangjian", "POST", f"{API}/api/bp/upload", APP, "3.8.0")
    b.decoy("blood-pressure and pulse series (shousuoya/shuzhangya/maibo): vitals, no template")
    n = c.rng.randint(3, 8)
    b.json(
        {
            "records": [
                {
                    "shousuoya": c.rng.randint(110, 150),
                    "shuzhangya": c.rng.randint(65, 95),
                    "maibo": c.rng.randint(55, 90),
                    "t": ms(c) - i * 3600000,
                }
                for i in range(n)
            ],
            "source": "Omron HEM-7156",
        }
    )
    b.ok_json({"code": 200})
    return b.build()


def steps(c: Context) -> Flow:
    b = mk(c, "kangjian", "POST", f"{API}/api/steps/day", APP, "3.8.0")
    b.decoy("hourly step count series (bushu)")
    b.json(
        {"date": iso(c)[:10], "bushu": [c.rng.randint(0, 1400) for _ in range(24)], "goal": 6000}
    )
    b.ok_json({"code": 200})
    return b.build()


def medication(c: Context) -> Flow:
    b = mk(c, "kangjian", "GET", f"{API}/api/med/reminders", APP, "3.8.0")
    b.decoy("medication countdown timers (fuyao_daojishi)")
    b.ok_json(
        {
            "items": [
                {
                    "drug": "Amlodipine 5mg",
                    "fuyao_daojishi": c.rng.randint(0, 43200),
                    "times": ["08:00", "20:00"],
                }
            ]
        }
    )
    return b.build()


def kiosk_temp(c: Context) -> Flow:
    b = mk(c, "kangjian", "POST", f"{API}/api/kiosk/checkin", APP, "3.8.0")
    b.decoy("temperature kiosk: faceMaskDetected flag and body temperature, no face data")
    b.json(
        {
            "kioskId": f"K-TPE-{c.rng.randint(100, 999)}",
            "faceMaskDetected": c.rng.random() < 0.7,
            "temperature": rf(c.rng, 35.9, 37.3, 1),
            "kouzhao": "yes",
            "passed": True,
            "ts": ms(c),
        }
    )
    b.ok_json({"code": 200})
    return b.build()


def sleep_chart(c: Context) -> Flow:
    b = mk(c, "kangjian", "GET", f"{API}/api/sleep/chart", APP, "3.8.0")
    b.decoy("heart-rate series over a night's sleep chart")
    b.ok_json({"hr": series(c, 48, 50, 75, 0), "deep_min": c.rng.randint(40, 120)})
    return b.build()
