"""The web app through its HTTP interface (FastAPI's test client, a real read-only store): the
pages, the JSON API, the security headers, read-only access and escaping of article text."""

from __future__ import annotations

import sqlite3

import pytest
from fastapi.testclient import TestClient
from test_chronicle_data import needs_minilm

from chronica.errors import StoreError
from chronica.store.search import open_readonly
from chronica.web import create_app
from chronica.web.views import pieces

pytestmark = needs_minilm


@pytest.fixture(scope="module")
def client(web_db):
    with TestClient(create_app(web_db)) as c:
        yield c


@pytest.mark.parametrize("url, status, contains", [
    ("/", 200, "Ask the chronicle"),
    ("/?q=nationalised+the+canal&mode=search", 200, "nationalised the Suez Canal"),
    ("/?q=When+did+Nasser+die%3F&mode=ask", 200, "died in 1971"),
    ("/?q=Nasser+died+in+1970.&mode=check", 200, "against"),
    ("/?q=Did+Egypt+invade+France%3F&mode=ask", 200, "not in the sources"),
    ("/timeline", 200, "Gamal Abdel Nasser nationalises"),
    ("/timeline?type=DIE", 200, "dies"),
    ("/timeline?from=1957&to=1957-12", 200, "resigns"),
    ("/timeline?from=next+year", 400, "takes a date"),
    ("/disagreements", 200, "1971"),
    ("/barometer?a=GBR&b=EGY", 200, "<svg"),
    ("/graph", 200, "<svg"),
    ("/documents", 200, "d1"),
    ("/documents/1", 200, "<mark"),
    ("/documents/999", 404, "no document d999"),
    ("/documents/..%2F..%2Fetc%2Fpasswd", 404, ""),
    ("/docs", 200, "/api/search"),
    ("/static/app.css", 200, "--coop"),
    ("/static/favicon.svg", 200, "<svg"),
    ("/static/..%2F..%2Fcli.py", 404, ""),
    # a page's parameter out of range is a page saying why, not FastAPI's JSON
    ("/documents/1?s=-1&e=4", 422, "bad request: &#39;s&#39;"),
    ("/?q=canal&limit=1000", 422, "bad request: &#39;limit&#39;"),
    # the barometer: any pair, at a chosen resolution, each dot's events listed under the plot
    ("/barometer?a=GBR&b=EGY&resolution=month", 200, 'id="p0"'),
    ("/barometer?a=GBR&b=EGY&resolution=week", 400, "resolution"),
    ("/barometer?a=GBR&b=", 400, "give two actors"),
    ("/barometer", 200, "Egypt – United Kingdom ("),  # pairs by name, not id (the count follows the chronicle)
    ("/graph", 200, 'href="/timeline?actor=EGY"'),  # each actor opens its timeline
    ("/timeline?actor=EGY", 200, "Gamal Abdel Nasser nationalises"),
    ("/disagreements", 200, 'class="reason"'),
])
def test_web_pages(client, url, status, contains):
    r = client.get(url)
    assert r.status_code == status
    assert contains in r.text
    assert "Traceback" not in r.text


def test_web_security_headers(client):
    for url in ("/", "/api/search?q=canal", "/documents/1", "/nope"):
        headers = client.get(url).headers
        assert "default-src 'none'" in headers["content-security-policy"]
        assert "script-src" not in headers["content-security-policy"]  # no script is allowed
        assert headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_web_refuses_writes(client, method):
    r = getattr(client, method)("/api/search?q=canal")
    assert r.status_code == 405
    assert r.headers["allow"] == "GET, HEAD"


@pytest.mark.parametrize("url", ["/", "/timeline", "/documents/1", "/api/search?q=canal"])
def test_web_head_is_get_without_a_body(client, url):
    r = client.head(url)
    assert r.status_code == 200 and r.content == b""
    assert r.headers["content-type"] == client.get(url).headers["content-type"]
    assert "default-src 'none'" in r.headers["content-security-policy"]


def test_web_requests_leave_the_store_as_it_was(web_db):
    """No request writes the store: its bytes and time of change are the same after every page,
    every API call and every refused write."""
    import hashlib

    def state():
        return hashlib.sha256(web_db.read_bytes()).hexdigest(), web_db.stat().st_mtime_ns

    before = state()
    with TestClient(create_app(web_db)) as c:
        for url in ("/", "/?q=canal", "/?q=When+did+Nasser+die%3F&mode=ask", "/?q=Nasser+died+in+1970.&mode=check",
                    "/timeline?type=DIE", "/disagreements", "/barometer?a=GBR&b=EGY", "/graph", "/documents",
                    "/documents/1", "/docs", "/api/search?q=canal", "/api/timeline", "/api/documents/1"):
            assert c.get(url).status_code == 200, url
        for method in ("post", "put", "delete", "patch"):
            assert getattr(c, method)("/api/search?q=canal").status_code == 405
    assert state() == before


def test_web_timeline_refused_filter_keeps_the_form(client):
    r = client.get("/timeline", params={"actor": "EGY", "from": "next year"})
    assert r.status_code == 400
    assert "takes a date" in r.text and 'name="actor" value="EGY"' in r.text
    assert "No event fits" not in r.text


def test_web_barometer_dots_open_their_events(client):
    """Each dot of the plot links to the entry under it that lists the dot's events (every event
    its tooltip names), and the pair's events left off the plot are listed apart."""
    import re

    html = client.get("/barometer", params={"a": "GBR", "b": "EGY", "resolution": "month"}).text
    svg = html[html.index("<svg"):html.index("</svg>")]
    dots = re.findall(r'<a href="#(p\d+)"><circle[^>]*><title>([^<]*)</title>', svg)
    assert dots
    for anchor, tip in dots:
        entry = re.search(rf'<li id="{anchor}">(.*?)</ul></li>', html, re.S)
        assert entry, anchor
        named = set(re.findall(r"^(e\d+): ", tip, re.M))
        listed = set(re.findall(r'href="/timeline#(e\d+)"', entry.group(1)))
        assert named and named == listed
    api = client.get("/api/barometer", params={"a": "GBR", "b": "EGY"}).json()
    assert {"undated", "not_done"} <= set(api)


def test_web_store_is_read_only(web_db):
    store = open_readonly(web_db)
    with pytest.raises(sqlite3.OperationalError):
        store.conn.execute("DELETE FROM documents")
    store.close()


def test_web_refuses_what_is_not_a_store(tmp_path):
    bogus = tmp_path / "x.db"
    bogus.write_text("not a database", encoding="utf-8")
    with pytest.raises(StoreError):
        create_app(bogus)
    with pytest.raises(StoreError):
        create_app(tmp_path / "missing.db")


def test_web_crafted_article_is_text(client):
    r = client.get("/?q=Aldorian+ministry+border&mode=search")
    assert "&lt;img src=x onerror=" in r.text
    assert "<img src=x" not in r.text and "<script>document" not in r.text
    doc = client.get("/api/documents").json()
    crafted = next(d for d in doc if d["path"] == "crafted.txt")
    page = client.get(f"/documents/{crafted['id'][1:]}").text
    assert "&lt;script&gt;" in page and "<script>" not in page


def test_web_api(client):
    hits = client.get("/api/search", params={"q": "Nasser died", "limit": 3}).json()
    assert len(hits) == 3 and any("died" in h["sentence"] for h in hits)
    answer = client.get("/api/ask", params={"q": "When did Nasser die?"}).json()
    assert answer["verdict"] == "disputed" and len(answer["sides"]) == 2
    claim = client.get("/api/check", params={"q": "Eden resigned in 1960."}).json()
    assert claim["verdict"] == "contradicted"
    events = client.get("/api/timeline", params={"type": "DIE"}).json()
    assert events and all(e.get("happening", e["type"]) == "DIE" for e in events)
    assert client.get("/api/barometer", params={"a": "GBR", "b": "EGY"}).json()["points"]
    assert client.get("/api/search", params={"q": ""}).status_code == 400
    assert client.get("/api/search", params={"q": "x" * 600}).status_code == 422
    graph = client.get("/api/graph").json()
    ids = {n["id"] for n in graph["nodes"]}
    assert "EGY" in ids and all({e["a"], e["b"]} <= ids and e["events"] for e in graph["edges"])
    doc = client.get("/api/documents/1").json()
    for mark in doc["event_sentences"] + doc["actor_mentions"]:
        assert 0 <= mark["start"] < mark["end"] <= len(doc["text"])
    assert doc["event_sentences"] and all(m["events"] for m in doc["event_sentences"])
    spec = client.get("/openapi.json").json()
    assert {"/api/search", "/api/ask", "/api/check", "/api/timeline", "/api/disagreements", "/api/barometer",
            "/api/graph", "/api/documents", "/api/documents/{doc_id}"} <= set(spec["paths"])


@pytest.mark.parametrize("text, sentences, actors, target, expected", [
    ("Aldoria met Borvia.", [(0, 19, "e1")], [(0, 7, "Aldoria"), (12, 18, "Borvia")], None,
     [("Aldoria", "e1", "Aldoria"), (" met ", "e1", None), ("Borvia", "e1", "Borvia"), (".", "e1", None)]),
    ("One. Two.", [], [], (5, 9), [("One. ", "", None), ("Two.", "", None)]),
    ("abc", [(5, 9, "e1")], [], None, [("abc", "", None)]),  # a span past the text is ignored
])
def test_web_pieces(text, sentences, actors, target, expected):
    out = pieces(text, sentences, actors, target)
    assert "".join(p["text"] for p in out) == text
    assert [(p["text"], p["events"], p["actor"]) for p in out] == expected
    if target:
        assert [p["text"] for p in out if p["target"]] == [text[target[0]:target[1]]]


#: questions and claims whose answers come from the chronicle's events, and (the canal's
#: reopening, who withdrew) from the sentence reader, which the web app once lacked
SAME_AS_CLI = ["When did Nasser die?", "Who nationalised the Suez Canal?", "When did the canal reopen?",
               "Who withdrew from Egypt?", "Did Egypt invade France?", "Nasser died in 1970."]


@pytest.mark.parametrize("question", SAME_AS_CLI)
def test_web_api_answers_as_chronica_ask(client, web_db, question):
    """The JSON API's answer is `chronica ask --json`'s, word for word (one asker for both)."""
    import json

    from typer.testing import CliRunner

    from chronica.cli import app

    result = CliRunner().invoke(app, ["ask", question, "--json", "--db", str(web_db)])
    assert result.exit_code == 0, result.output
    r = client.get("/api/ask", params={"q": question})
    assert r.status_code == 200
    assert r.json() == json.loads(result.output)


#: Korea dev questions the web app once answered otherwise than `chronica ask` (it had no reader)
KOREA_SAME_AS_CLI = ["Who created North Korea?", "Did North Korea send troops to Russia?",
                     "Who was elected president of the council in 1948?", "North Korea became a state in 1948.",
                     "Who occupied northern Korea in 1945?", "When did Japan surrender?"]


@pytest.mark.slow
def test_web_api_answers_korea_as_chronica_ask(shared, tmp_path):
    import json

    from typer.testing import CliRunner

    from chronica.cli import app

    db = tmp_path / "korea.db"
    result = CliRunner().invoke(app, ["build", str(shared / "corpus" / "korea"), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    with TestClient(create_app(db)) as c:
        # a side of a disputed date names each of its documents once ("1989 (d1)", not "(d1, d1)")
        disputed = c.get("/api/ask", params={"q": "When did the Soviet Union collapse?"}).json()
        assert disputed["verdict"] == "disputed"
        for side in disputed["sides"]:
            docs = list(dict.fromkeys(cit["document"] for cit in side["citations"]))
            assert f"{side['label']} ({', '.join(docs)})" in disputed["answer"]
        for question in KOREA_SAME_AS_CLI:
            cli = CliRunner().invoke(app, ["ask", question, "--json", "--db", str(db)])
            assert cli.exit_code == 0, cli.output
            r = c.get("/api/ask", params={"q": question})
            assert r.status_code == 200
            assert r.json() == json.loads(cli.output), question


@pytest.mark.parametrize("args, host, warned", [
    ([], "127.0.0.1", False),  # this machine only, unless --host says otherwise
    (["--host", "0.0.0.0"], "0.0.0.0", True),
])
def test_web_serve_binds_to_this_machine_by_default(web_db, tmp_path, monkeypatch, args, host, warned):
    import shutil

    import uvicorn
    from typer.testing import CliRunner

    import chronica.web
    from chronica.cli import app

    db = tmp_path / "web.db"
    shutil.copy(web_db, db)
    ran = {}
    monkeypatch.setattr(chronica.web, "create_app", lambda *a, **k: "app")
    monkeypatch.setattr(uvicorn, "run", lambda app_, **kw: ran.update(kw, app=app_))
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--workers", "1", *args])
    assert result.exit_code == 0, result.output
    assert ran["app"] == "app" and ran["host"] == host and ran["port"] == 8000
    assert ("anyone who can reach it can read the store" in result.output) == warned
