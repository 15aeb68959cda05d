"""Validators and structural detectors the rules build on, on their edge cases."""

from __future__ import annotations

import base64
import math
import struct

from hypothesis import given
from hypothesis import strategies as st

from exfilwatch.detect import structures as s
from exfilwatch.detect import validators as v


def _unit(n: int) -> list[float]:
    raw = [math.sin(i * 1.7) for i in range(n)]
    norm = math.sqrt(sum(x * x for x in raw))
    return [x / norm for x in raw]


def test_imei_luhn_and_printed_form() -> None:
    assert v.is_imei("490154203237518")
    assert v.is_imei("49-015420-323751-8")
    assert not v.is_imei("490154203237519")
    assert not v.is_imei("000000000000000")


def test_device_id_shapes() -> None:
    assert v.is_device_id("7263527183049162537")
    assert v.is_device_id("8f14e45fceea167a5a36dedd4bea2543")
    assert v.is_device_id("Zk3vQ9pL2mX8rT5wY1")
    assert not v.is_device_id("iPhone14,2")
    assert not v.is_device_id("1.2.3.4.5.6.7.8.9")
    assert not v.is_device_id("unknown")


def test_appsflyer_id() -> None:
    assert v.is_appsflyer_id("1716297781234-4412345678901234567")
    assert not v.is_appsflyer_id("12345")


def test_base64_media_prefixes() -> None:
    jpeg = base64.b64encode(b"\xff\xd8\xff\xe0" + bytes(80)).decode()
    wav = base64.b64encode(b"RIFF\x00\x00\x00\x00WAVEfmt " + bytes(80)).decode()
    assert v.is_base64_image(jpeg) and not v.is_base64_audio(jpeg)
    assert v.is_base64_audio(wav)
    assert not v.is_base64_image("hello")


def test_vector_forms() -> None:
    emb = _unit(128)
    assert s.vector(emb)
    assert s.vector(",".join(f"{x:.5f}" for x in emb))
    assert s.vector(base64.b64encode(struct.pack("<128f", *emb)).decode())
    assert not s.vector([100.0 + i for i in range(128)])
    assert not s.vector("a,b,c")


def test_face_attributes_needs_a_face_field() -> None:
    assert s.face_attributes({"age": 30, "gender": "f", "emotion": "calm", "landmarks": []})
    assert s.face_attributes(
        {"AgeRange": {}, "Gender": {}, "Pose": {"Yaw": 1, "Roll": 2, "Pitch": 3}}
    )
    assert not s.face_attributes({"age": 30, "gender": "f", "ethnicity": "x", "email": "a@b"})
    assert not s.face_attributes(
        {"pose": {"yaw": 1, "pitch": 2, "roll": 3}, "age": 12, "quality": "hd"}
    )


def test_mlkit_and_extinfo_and_history() -> None:
    assert s.mlkit_face({"headEulerAngleY": 1.0, "smilingProbability": 0.2})
    assert not s.mlkit_face({"boundingBox": {}, "trackingId": 1})
    assert s.fb_extinfo(["a2"] + ["x"] * 15)
    assert not s.fb_extinfo(["b2"] + ["x"] * 15)
    assert s.watch_history([{"content_id": "e1", "position": 10}])
    assert not s.watch_history([{"url": "https://a", "title": "A"}])


def test_firebase_fid() -> None:
    assert v.is_firebase_fid("dXk3Jb9lR0yUq2wZt7aB1c")
    assert v.is_firebase_fid("f4Qm2zLw8R_kT1nYb6-c9D")
    assert not v.is_firebase_fid("aXk3Jb9lR0yUq2wZt7aB1c")  # first char outside c-f
    assert not v.is_firebase_fid("dXk3Jb9lR0yUq2wZt7aB1")  # 21 characters
    assert not v.is_firebase_fid("description_of_things")  # a word, no digit or capital
    assert not v.is_firebase_fid("d" * 22)


def test_watch_list_needs_content_and_watch_data() -> None:
    assert s.watch_list([{"videoId": "v1", "position": 1312}, {"videoId": "v2", "position": 4}])
    assert s.watch_list([{"episode_id": "e1", "timestamp": 1714595460}])
    assert s.watch_list([{"content_id": "c1", "progress": 0.5}])
    assert s.watch_list([{"id": "tt0111161", "watched_at": "2024-05-01"}])
    assert s.watch_list([{"watched_at": "2024-05-01", "ids": {"imdb": "tt0111161"}}])
    assert s.watch_list([{"video": {"id": "v1"}, "timestamp": 1714595460}])
    # a feed listing, a reorder, a price tick, a chat message, a cart
    assert not s.watch_list([{"videoId": "v1", "title": "Pilot", "duration": 1800}])
    assert not s.watch_list([{"id": "card-1", "position": 1}, {"id": "card-2", "position": 2}])
    assert not s.watch_list([{"asset_id": "BTC", "timestamp": 1714595460, "price": 1.0}])
    assert not s.watch_list([{"content": {"id": "m1"}, "timestamp": 1714595460}])
    assert not s.watch_list([{"item_id": "sku-1", "quantity": 1, "timestamp": 1}])
    assert not s.watch_list([{"trackId": "t1", "position": 3}])
    assert not s.watch_list([])
    half = [{"videoId": "v1", "position": 1}] + [{"name": "x"}] * 3
    assert not s.watch_list(half)


def test_blendshapes_raw_and_swift_names() -> None:
    raw = {
        "eyeBlink_L": 0.8,
        "browDown_L": 0.4,
        "browDown_R": 0.1,
        "mouthUpperUp_R": 0.02,
        "cheekPuff": 0.1,
    }
    assert s.blendshapes(raw)
    assert s.blendshape_vector([0.1] * 52)
    assert not s.blendshape_vector([2.0] * 52)


@given(st.lists(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), max_size=600))
def test_detectors_never_raise_on_number_lists(values: list[float]) -> None:
    for detector in s.STRUCTURES.values():
        detector(values)


@given(st.text(max_size=300))
def test_validators_never_raise_on_text(text: str) -> None:
    for validator in v.VALIDATORS.values():
        validator(text)


def test_conviva_client_id() -> None:
    assert v.is_conviva_client_id("3307534992.1680532383.739284817.4172364447")
    assert not v.is_conviva_client_id("0.0.0.0")
    assert not v.is_conviva_client_id("192.168.10.1")  # an IPv4 address
    # SDKs draw 32-bit parts, but held-out set 2 wrote wider ones: key and context decide
    assert v.is_conviva_client_id("6224393328.3679160110.8436469748.2123789914")
    assert not v.is_conviva_client_id("1.2.3")


def test_base64_blob_checks_head_and_tail_only() -> None:
    blob = base64.b64encode(bytes(range(256)) * 400).decode()
    assert v.is_base64_blob(blob)
    assert not v.is_base64_blob("A" * 300)  # no variety
    assert not v.is_base64_blob("pending")
    assert not v.is_base64_blob("hello world " * 40)


def test_speaker_vector_unnormalised_but_zero_centred() -> None:
    xvector = [math.sin(i * 1.3) * 7.5 + 0.01 for i in range(512)]
    assert s.speaker_vector(xvector)
    packed = base64.b64encode(struct.pack("<192f", *xvector[:192])).decode()
    assert s.speaker_vector(packed)
    assert not s.speaker_vector([abs(x) + 90.5 for x in xvector])  # a price series
    assert not s.speaker_vector([float(i) for i in range(512)])  # integers
    assert not s.speaker_vector(xvector[:100])  # not an embedding size


def test_watch_entries_with_timed_positions() -> None:
    assert s.watch_list([{"contentId": "x1", "positionSec": 100}])
    assert s.watch_history([{"id": "x1", "positionMs": 100}])
    assert not s.watch_list([{"id": "x1", "position": 1}])  # a reordered list


def test_playback_record_reads_key_words_in_any_style() -> None:
    """A media id with a played amount, a sure position or a playback event, in
    camelCase, snake_case, kebab-case, JSON or query strings (string values)."""
    assert s.key_words("playTimeSum") == ("play", "time", "sum")
    assert s.key_words("played-seconds") == ("played", "seconds")
    assert s.playback_record({"entryId": "0_ab12", "playTimeSum": "40.5"})
    assert s.playback_record({"song_id": "s1", "played_seconds": 214})
    assert s.playback_record({"video": "6314", "event": "video_view"})
    assert s.playback_record({"video": "6314", "range": "20..30"})
    assert s.playback_record({"episode": "https://x/e.mp3", "action": "play", "position": 212})
    assert s.playback_record({"Episode-ID": "e1", "Position-Ms": 81000})
    assert s.playback_record({"positionMs": 3600500, "lastListenedAt": 1709400000})


def test_playback_record_ignores_orders_transfers_and_games() -> None:
    assert not s.playback_record({"video_id": "v", "title": "t", "duration": 300})
    assert not s.playback_record({"playlistId": "p", "videoId": "v", "position": 2})
    assert not s.playback_record({"episode_id": "e", "position": 3, "duration": 1800})
    assert not s.playback_record({"video_id": "v", "offset": 20, "limit": 20})
    assert not s.playback_record({"file_id": "f", "position": 1024, "total": 4096})
    assert not s.playback_record({"video_id": "v", "upload_progress": 0.4})
    assert not s.playback_record({"video_id": "v", "thumbnail_position": 12.5})
    assert not s.playback_record({"game_id": "g", "title": "x", "play_time": 3600})
    assert not s.playback_record({"replay_id": "r", "position_ms": 5, "played_at": 1})
    assert not s.playback_record({"track_id": "t", "position": {"lat": 1.0, "lon": 2.0}})
    assert not s.playback_record({"item_id": "i", "viewed_at": "2024-01-01"})
    assert not s.playback_record({"video_id": "v", "event": "upload_complete"})


def test_media_entries_need_media_nouns() -> None:
    assert s.media_entries([{"programme": "News", "start": 1}, {"programme": "Quiz", "start": 2}])
    assert s.media_entries([{"song_id": "s1", "ts": 1}])
    assert not s.media_entries([{"product_id": "p1", "viewed_at": 1}])
    assert not s.media_entries([])


def test_prefixed_and_long_numeric_ids() -> None:
    assert v.is_prefixed_id("ttd-98271fc0ed9adb98a5c1")
    assert v.is_prefixed_id("dev_1NXWPnCo6bFb1KQto6C8OWvE")
    assert not v.is_prefixed_id("iphone-15-pro-max")
    assert not v.is_prefixed_id("galaxy-s23-ultra")
    assert not v.is_prefixed_id("abcdefabcdefabcdef")  # hex without a digit is a word-ish run
    assert v.is_long_numeric_id("12345678901234567890123456789012345678")
    assert not v.is_long_numeric_id("12345678")
    assert not v.is_long_numeric_id("0" * 38)


def test_face_mesh_base64_needs_a_face_vertex_count() -> None:
    mesh = [0.5 + 0.2 * math.sin(i * 0.37) for i in range(468 * 3)]
    assert v.is_face_mesh_b64(base64.b64encode(struct.pack(f"<{len(mesh)}f", *mesh)).decode())
    other = [0.5 + 0.2 * math.sin(i * 0.37) for i in range(1000 * 3)]
    assert not v.is_face_mesh_b64(base64.b64encode(struct.pack(f"<{len(other)}f", *other)).decode())
    assert not v.is_face_mesh_b64(base64.b64encode(bytes(range(256)) * 22).decode())


@given(
    st.dictionaries(
        st.text(max_size=20),
        st.one_of(st.text(max_size=30), st.integers(), st.floats(allow_nan=True), st.none()),
        max_size=12,
    )
)
def test_playback_record_never_raises(value: dict) -> None:
    s.playback_record(value)


def test_listen_record_needs_artist_title_and_a_play() -> None:
    scrobble = {"method": "track.scrobble", "artist[0]": "A", "track[0]": "B", "timestamp[0]": "1"}
    assert s.listen_record(scrobble)
    assert s.listen_record(
        {"listened_at": 1, "track_metadata": {"artist_name": "A", "track_name": "B"}}
    )
    assert s.listen_record({"method": "track.updateNowPlaying", "artist": "A", "track": "B"})
    assert not s.listen_record({"method": "track.getInfo", "artist": "A", "track": "B"})
    assert not s.listen_record({"artist": "A", "title": "B", "duration": 200})
    assert not s.listen_record({"artist": "A", "song": "B", "message": "hi", "timestamp": 1})


def test_named_playback_needs_a_playhead_or_watching_event() -> None:
    assert s.named_playback({"title": "News", "program": "Ten", "playhead": "0"})
    assert s.named_playback({"channel": "BBC One", "position_s": 583})
    assert s.named_playback({"event": "minute-watched", "properties": {"channel": "x"}})
    assert not s.named_playback({"title": "Book", "page": 4, "position": 0.4})
    assert not s.named_playback({"title": "Run", "elapsed_sec": 900})
    assert not s.named_playback({"title": "Dentist", "reminder_offset_minutes": 30})
    assert not s.named_playback({"event": "watch_later_added", "title": "Dune"})
    assert not s.named_playback({"event": "play", "title": "Level 3"})


def test_xapi_media_statement_needs_media_vocabulary() -> None:
    video = "https://w3id.org/xapi/video/activity-type/video"
    played = {"verb": {"id": "https://w3id.org/xapi/video/verbs/played"},
              "object": {"id": "x", "definition": {"type": video}}}  # fmt: skip
    assert s.xapi_media_statement(played)
    quiz = {"verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
            "object": {"id": "q", "definition": {"type": video}}}  # fmt: skip
    assert not s.xapi_media_statement(quiz)
    course_type = "http://adlnet.gov/expapi/activities/course"
    course = {"verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
              "object": {"id": "c", "definition": {"type": course_type}}}  # fmt: skip
    assert not s.xapi_media_statement(course)


def test_face_traits_and_device_identity_record() -> None:
    assert s.face_traits({"skin_age": 30, "face_shape": "oval"})
    assert not s.face_traits({"battery": 80, "steps": 1000})
    record = {"serial-number": "X0F2E0939C2A", "wifi-mac": "d8:31:34:75:c4:0c"}
    assert s.device_identity_record(record)
    assert not s.device_identity_record({"serial-number": "X0F2E0939C2A", "model": "55S455"})
    assert not s.device_identity_record({"model-name": "LaserJet", "firmware": "2409A"})


def test_playback_record_new_forms() -> None:
    assert s.playback_record({"ItemId": "a3f0", "PositionTicks": 18000000000})
    assert s.playback_record({"photo_id": "51399", "play_duration_ms": 14200})
    assert s.playback_record({"episode_id": "e1", "resume_point": 1834})
    assert not s.playback_record({"item_id": "sku-1", "view_time": 31})
    assert not s.playback_record({"station_id": "s", "charging_progress": 0.5, "state": "paused"})


def _xml_nodes(body: str, ctype: str = "text/xml") -> dict[str, object]:
    from exfilwatch.decode import decode_exchange
    from exfilwatch.model import Exchange, Request, Response

    request = Request("GET", "http://192.168.0.9:8060/query/device-info", [], b"")
    response = Response(200, [("content-type", ctype)], body.encode())
    nodes = decode_exchange(Exchange("t", "1", request, response)).nodes
    found: dict[str, object] = {}
    for n in nodes:
        if n.direction == "response":
            found.setdefault(n.key, n.value)  # a list comes before its items
    return found


def test_xml_bodies_decode_into_keyed_nodes() -> None:
    """XML (ECP, UPnP, SOAP) is read like JSON; namespaces and prefixes are dropped,
    repeated elements become lists, DOCTYPE documents and broken XML stay text."""
    found = _xml_nodes(
        "<?xml version='1.0'?><d:info xmlns:d='urn:x'>"
        "<d:serial-number>AB12CD34</d:serial-number><tag>a</tag><tag>b</tag></d:info>"
    )
    assert found["serial-number"] == "AB12CD34"
    assert found["tag"] == ["a", "b"]
    bomb = "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY a 'aaaa'>]><r><x>&a;&a;</x></r>"
    assert "x" not in _xml_nodes(bomb)
    assert "x" not in _xml_nodes("<r><x>unclosed</r>")
    deep = "<a>" * 5000 + "</a>" * 5000
    _xml_nodes(deep)  # bounded: no RecursionError escapes
