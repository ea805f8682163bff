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
    ("/static/..%2F..%2Fcli.py", 404, ""),
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
    assert events and all(e["type"] == "DIE" for e in events)
    assert client.get("/api/barometer", params={"a": "GBR", "b": "EGY"}).json()["points"]
    assert client.get("/api/search", params={"q": ""}).status_code == 400
    assert client.get("/api/search", params={"q": "x" * 600}).status_code == 422
    spec = client.get("/openapi.json").json()
    assert {"/api/search", "/api/ask", "/api/check", "/api/timeline"} <= set(spec["paths"])


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
        for question in KOREA_SAME_AS_CLI:
            cli = CliRunner().invoke(app, ["ask", question, "--json", "--db", str(db)])
            assert cli.exit_code == 0, cli.output
            r = c.get("/api/ask", params={"q": question})
            assert r.status_code == 200
            assert r.json() == json.loads(cli.output), question
