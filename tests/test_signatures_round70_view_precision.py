"""Round 26 viewing rules (sets 67 and 70): precision on a video creator's tools and
two recall shapes.

- A channel-analytics dashboard (`{chaine, periode: "28j", tempsDeVisionnementMin,
  dureeMoyenneVisionnementSec, courbeRetention, repartitionAge}`) is a crowd's watch
  time: two or more of a split into shares adding up to 100 %, a retention curve, a
  reporting window and an average make a record an audience aggregate, in any language.
- A cue sheet's rows (`{trackId, videoUrl, inSec, outSec, usage}`) place a track IN a
  video: in / out points and a usage are production paperwork, not a play.
- A custom GA4 app event that names the piece (`episode_progress`) with the share
  watched (`percent_watched`) is a viewing event.
- A list under a key that is the verb "watched" in any language, whose rows name an
  item with minutes, is a day's viewing (a kids app's parent report)."""

from __future__ import annotations

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.aggregates import audience_aggregate
from exfilwatch.detect.structures.paired_times import paired_play_time
from exfilwatch.detect.structures.playback import playback_record
from exfilwatch.detect.structures.watched_key_rows import watched_key_rows, watched_list_key
from exfilwatch.engine import Engine

_EPISODE_PROGRESS = (
    "Cn4IARJgChQKCmVwaXNvZGVfaWQSBmVwLTIwNAoaCgxlcGlzb2RlX25hbWUSCkxpZ2h0aG91c2"
    "UKEwoPcGVyY2VudF93YXRjaGVkGDISEGVwaXNvZGVfcHJvZ3Jlc3MYvM3EzbIyQgdhbmRyb2lkcg9jb20uZXhhbXBs"
    "ZS5hcHA="
)
_CURVE = [0.9, 0.8, 0.75, 0.7, 0.66, 0.6, 0.55, 0.5, 0.48, 0.45, 0.41, 0.4]


def _viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return sorted({f.signature for f in found if f.category == "viewing_history"})


def test_audience_needs_two_signs() -> None:
    shares = {"18-24": 31.2, "25-34": 40.5, "35+": 28.3}
    assert audience_aggregate({"periode": "28j", "repartitionAge": shares})
    assert audience_aggregate({"avgViewDurationSec": 300, "retention": _CURVE})
    assert audience_aggregate({"range": "last_28_days", "audience": {"gender": shares}})
    # one sign alone: a QoE beacon's average bitrate, a weekly digest's window
    assert not audience_aggregate({"videoId": "v1", "avgBitrateKbps": 3200, "posSec": 60})
    assert not audience_aggregate({"videoId": "v1", "period": "7d", "watchedSec": 900})
    # shares that do not add up to a whole are not a split
    assert not audience_aggregate({"periode": "28j", "scores": {"a": 12.0, "b": 40.0}})


def test_personal_playback_still_found() -> None:
    heartbeat = {
        "videoId": "v_1201",
        "positionSec": 421,
        "durationSec": 1800,
        "avgBitrateKbps": 3200,
        "event": "heartbeat",
    }
    assert playback_record(heartbeat)
    dashboard = {
        "chaine": "UCab12cd34ef56gh78ij90kl",
        "periode": "28j",
        "tempsDeVisionnementMin": 85474,
        "dureeMoyenneVisionnementSec": 361,
        "courbeRetention": _CURVE,
    }
    assert playback_record(dashboard) is None


def test_in_out_points_are_not_a_play() -> None:
    cue = {"trackId": "trk_88120", "videoUrl": "https://youtu.be/x", "inSec": 81.5, "outSec": 559.3}
    assert paired_play_time(cue) is None
    assert paired_play_time({"assetId": "as_9", "markInSec": 61.0, "markOutSec": 300.0}) is None
    used = {"pistaId": "pm_77", "inicioSeg": 30.0, "finSeg": 240.0, "uso": "fondo"}
    assert paired_play_time(used) is None
    # a watch record's "how far into how long" still pairs, and so do start / end
    assert paired_play_time({"trackId": "trk_1", "positionSec": 81.5, "durationSec": 559.3})
    assert paired_play_time({"videoId": "vid_12", "startSec": 81.5, "endSec": 559.3})


def test_watched_key_rows() -> None:
    report = {
        "kid": "kp1",
        "watched": [{"title": "Bluey", "minutes": 22}, {"title": "Paw Patrol", "minutes": 7}],
    }
    assert watched_key_rows(report)
    assert watched_key_rows({"vistos": [{"titulo": "La Casa", "minutos": 40}]})
    assert watched_key_rows({"gesehen": [{"titel": "Tatort", "minuten": 90}]})
    assert not watched_key_rows({"watched": [{"name": "octocat/hello", "stars": 12}]})
    assert not watched_key_rows({"watched": [{"title": "Film", "minutes": 5000}]})
    for key in ("mostWatched", "watchedBy", "watchlist", "watching", "watchedCount"):
        assert not watched_list_key(key), key


def test_ga4_custom_episode_event(engine: Engine) -> None:
    found = _viewing(
        engine,
        {
            "url": "https://app-measurement.com/a",
            "method": "POST",
            "headers": {"content-type": "application/x-www-form-urlencoded"},
            "body_base64": _EPISODE_PROGRESS,
        },
    )
    assert "viewing_history.measurement_media_event" in found
    # A game level's progress is not reported. (Round 48 reads an `episode_complete`
    # event naming its episode as a completed play, with or without a share watched: a
    # player's completion event with the content id is viewing history by the issue's
    # definition, so that case left this list.)
    for body in (
        "ClsIARI9ChAKCmxldmVsX25hbWUSAlcyChIKDnBlcmNlbnRfcGxheWVkGCgSDmxldmVsX3Byb2dyZXNzGLzNxM2yMkIHYW5kcm9pZHIPY29tLmV4YW1wbGUuYXBw",
    ):
        example = {
            "url": "https://app-measurement.com/a",
            "method": "POST",
            "headers": {"content-type": "application/x-protobuf"},
            "body_base64": body,
        }
        assert _viewing(engine, example) == []


def test_spoken_spans_and_public_screens() -> None:
    segment = {"segmentId": "s_101", "startSec": 70.2, "endSec": 75.9, "text": "hello there"}
    assert paired_play_time(segment) is None
    kiosk = {"kioskId": "k3", "videoId": "vid_room4", "playheadSec": 300, "durationSec": 640}
    assert paired_play_time(kiosk) is None
    assert playback_record(kiosk) is None
    playout = {
        "playoutServer": "po-2",
        "clipId": "clip_0021",
        "positionSec": 120,
        "durationSec": 1800,
    }
    assert paired_play_time(playout) is None
    # the same shape on a household's TV, or cast to a living room, is viewing
    home = {"videoId": "vid_1201", "positionSec": 421, "durationSec": 1800, "deviceId": "tv-1"}
    assert paired_play_time(home)
    assert playback_record(home)


def test_crowd_watch_time_with_reach() -> None:
    channel = {
        "channelId": "UCab12",
        "title": "My Channel",
        "watchTimeMinutes": 85474,
        "subscribers": 12,
    }
    assert audience_aggregate(channel)
    personal = {"videoId": "vid_1", "title": "Dune", "watchedMinutes": 155, "lastWatchedAt": "x"}
    assert not audience_aggregate(personal)
    assert playback_record(personal)


def test_catalogue_markers_are_not_a_play() -> None:
    intro = {"episodeId": "ep_771", "title": "Pilot", "introEndSec": 95, "runtimeSec": 2700}
    assert paired_play_time(intro) is None
    hook = {"trackId": "trk_1201", "title": "Blue", "hookSec": 45, "durationSec": 184}
    assert paired_play_time(hook) is None
    # a resume row that also carries the markers still pairs its position
    resume = {"episodeId": "ep_771", "introEndSec": 95, "positionSec": 912, "runtimeSec": 2700}
    assert paired_play_time(resume)
