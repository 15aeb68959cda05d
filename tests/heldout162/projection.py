"""The booth: DCP servers and laser projectors reporting to the cinema's monitoring.

The servers' playback logs (play / pause / stop of a CPL with a position) and the
projectors' status (serial, MAC, laser hours) look like a player's heartbeat and a
device registration, but they are the cinema's equipment playing to a public
audience: a business's playout, not a person's viewing, and not the tester's device.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .films import CPL_UUIDS, film, screen
from .phone import FB, iso, kiosk_ua, ms, rf, rid

NOC = "https://noc.reelhouse.example/ingest/v1"
SERVERS = {"screen-1": "IMS3000-318842", "screen-2": "IMS3000-320117", "studio-3": "IMB-S4-77120"}
PROJECTORS = {
    "screen-1": ("SP4K-C-2291045", "00:0E:D6:4A:19:7C"),
    "screen-2": ("SP2K-11C-4471022", "00:0E:D6:51:02:B3"),
    "studio-3": ("CP2308-LP-8810533", "00:04:A5:3E:77:0D"),
}


def _b(c: Context, method: str, url: str, agent: str = "booth-agent") -> FB:
    b = FB(c, "booth-agent", method, url, http_version="HTTP/1.1")
    b.header("user-agent", kiosk_ua(agent, "2.7.3"))
    return b


def playback_log(c: Context) -> Flow:
    scr = screen(c.rng)
    title, cpl, mins = film(c.rng)
    b = _b(c, "POST", f"{NOC}/servers/{SERVERS[scr]}/playback")
    b.decoy(
        "DCP server playback events with CPL position: the cinema's show playout to a public "
        "audience (proof of play), no person's viewing; server serial is the cinema's equipment"
    )
    events = []
    pos = 0
    for ev in ("play", "pause", "play", "stop")[: c.rng.randint(1, 4)]:
        pos += c.rng.randint(30, mins * 60 // 3)
        events.append({"event": ev, "cplId": cpl, "title": title, "positionSec": pos, "ts": ms(c)})
    b.json({"serverSerial": SERVERS[scr], "screen": scr, "events": events})
    b.no_content()
    return b.build()


def projector_status(c: Context) -> Flow:
    scr = screen(c.rng)
    serial, mac = PROJECTORS[scr]
    b = _b(c, "POST", f"{NOC}/projectors/status", "snmp-bridge")
    b.decoy(
        "projector serial and MAC with laser hours: the cinema's projector, not the tester's device"
    )
    b.json(
        {
            "serialNumber": serial,
            "macAddress": mac,
            "screen": scr,
            "laserHours": c.rng.randint(4000, 26000),
            "lightOutputPct": rf(c.rng, 80, 100, 1),
            "tempC": {"intake": rf(c.rng, 18, 28, 1), "exhaust": rf(c.rng, 35, 55, 1)},
            "at": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def ingest_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{NOC}/library/ingest")
    b.decoy("DCP ingest progress: bytes and percent of a film copied to the server (no viewing)")
    title, cpl, _ = film(c.rng)
    b.json(
        {
            "cplId": cpl,
            "title": title,
            "percent": c.rng.randint(1, 100),
            "bytesDone": c.rng.randint(10**9, 2 * 10**11),
            "source": "usb3://DCP_DRIVE_A",
        }
    )
    b.no_content()
    return b.build()


def kdm_fetch(c: Context) -> Flow:
    scr = screen(c.rng)
    b = _b(
        c,
        "GET",
        f"https://kdm.reelhouse.example/deliver/{SERVERS[scr]}/{c.rng.choice(CPL_UUIDS)[9:]}",
    )
    b.decoy("KDM for the cinema's media block (server serial, certificate thumbprint)")
    kdm = (
        '<?xml version="1.0"?><DCinemaSecurityMessage><AuthenticatedPublic><RequiredExtensions>'
        f"<Recipient><X509SubjectName>CN=SM.{SERVERS[scr]}</X509SubjectName></Recipient>"
        f"<ContentAuthenticator>{new_hex(c.rng, 40)}</ContentAuthenticator>"
        f"<ContentKeysNotValidBefore>{iso(c)}</ContentKeysNotValidBefore>"
        "</RequiredExtensions></AuthenticatedPublic></DCinemaSecurityMessage>"
    )
    b.respond(200, "application/xml", kdm.encode())
    return b.build()


def audio_levels(c: Context) -> Flow:
    b = _b(c, "POST", f"{NOC}/audio/levels", "cp950-bridge")
    b.decoy("cinema processor fader and channel levels (audio engineering, no voice data)")
    b.json(
        {
            "screen": screen(c.rng),
            "fader": rf(c.rng, 4.0, 7.0, 1),
            "channelsDb": [rf(c.rng, -30, -5, 1) for _ in range(8)],
            "traceId": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()
