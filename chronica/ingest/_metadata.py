"""Metadata found in the text itself: a ``key: value`` header block, the title line, a byline, a
dateline, and date normalisation to ISO at the precision given.

Nothing is guessed silently: a value that is not clearly there is None. Owns no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from chronica.ingest import _credits, _text_title
from chronica.ingest._clean import lexicon_kind, looks_like_name
from chronica.ingest._lexicon import (DAY_ENTRY, NAV_WORDS, PUBLICATION_LABEL, REVISION_NOTE, STOP_WORDS, TAXONOMY_LINE,
                                     WEEKDAY_BEFORE_DATE, WIKI_TAGLINE)
from chronica.ingest._units import Unit, fold

_I = re.IGNORECASE

MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ]
    )
    for name in names
}
_MONTH = r"(?P<month>(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[5-9]|20)\d{2})"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"

_DATE_FORMS = [
    re.compile(rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", _I),  # July 25, 2024
    re.compile(rf"{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", _I),  # 25 July 2024
    re.compile(rf"{_WEEKDAY}(?P<year>(?:1[5-9]|20)\d{{2}})-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)", _I),  # 2024-07-25
    re.compile(r"(?P<year>(?:1[5-9]|20)\d{2})/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)\b"),  # 2024/07/25
    re.compile(rf"{_WEEKDAY}(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:1[5-9]|20)\d{{2}})\b", _I),  # (Thursday) 25.07.2024
    re.compile(rf"{_DAY}-{_MONTH}-{_YEAR}\b", _I),  # 25-Jul-2024
    re.compile(rf"{_MONTH},?\s+{_YEAR}\b", _I),  # July 2024
    re.compile(r"(?P<year>(?:1[5-9]|20)\d{2})-(?P<month>[01]\d)\b(?!-)"),  # 2024-07
]
_SLASH_DATE = re.compile(r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:1[5-9]|20)\d{2})\b")
_YEAR_ONLY = re.compile(r"^\s*(?P<year>(?:1[5-9]|20)\d{2})\s*$")


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    try:
        if day is not None and month is not None:
            return date(year, month, day).isoformat()
        if month is not None:
            date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return f"{year:04d}"
    except ValueError:
        return None


def _month_number(token: str) -> int | None:
    token = token.lower().rstrip(".")
    if token.isdigit():
        return int(token)
    return MONTHS.get(token)


def _from_match(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    month = _month_number(groups["month"]) if groups.get("month") else None
    day = int(groups["day"]) if groups.get("day") else None
    return _iso(int(groups["year"]), month, day)


def match_date(text: str, *, anchored: bool = True) -> tuple[str | None, re.Match[str] | None]:
    """The first date form found in ``text`` (at its start when ``anchored``), as ISO."""
    for form in _DATE_FORMS:
        m = form.match(text) if anchored else form.search(text)
        if m:
            return _from_match(m), m
    m = _SLASH_DATE.match(text) if anchored else _SLASH_DATE.search(text)
    if m:
        a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
        if a > 12 >= b:
            return _iso(year, b, a), m
        if b > 12 >= a:
            return _iso(year, a, b), m
        return None, None  # 03/04/2021: day and month cannot be told apart
    return None, None


def normalise_date(value: object) -> str | None:
    """An ISO date at the precision given ("YYYY-MM-DD", "YYYY-MM", "YYYY"), or None."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    text = str(value).strip()
    if not text:
        return None
    m = _YEAR_ONLY.match(text)
    if m:
        return m["year"]
    iso, _ = match_date(text, anchored=False)
    if iso:
        return iso
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


# --- dates in addresses -----------------------------------------------------------------------

#: the years an address may carry as a publication date (htmldate's own window starts in 1995)
URL_EARLIEST = datetime(1900, 1, 1)
#: "-1988-10-13-", "/20080812-", "_2014_12_18": a full date between separators, which htmldate's
#: pattern misses before 1990 and when written without separators.
_URL_DATE = re.compile(
    r"(?<![\d])(?P<year>(?:19|20)\d\d)(?P<sep>[-_/]?)(?P<month>[01]\d)(?P=sep)(?P<day>[0-3]\d)(?![\d])"
)


def url_date(url: str | None) -> str | None:
    """The publication date an address carries ("/2014/12/18/", "-1988-10-13-", "/20080812-"),
    as ISO, or None. htmldate's URL extractor first; then a full year-month-day between
    separators in the path (never in the host, never a bare number that is no valid day)."""
    if not url:
        return None
    from htmldate.extractors import extract_url_date
    from htmldate.utils import Extractor

    found = extract_url_date(url, Extractor(False, datetime.now(), URL_EARLIEST, False, "%Y-%m-%d"))
    if found:
        return found
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url.strip(), flags=_I)
    for m in _URL_DATE.finditer(path):
        iso = _iso(int(m["year"]), int(m["month"]), int(m["day"]))
        if iso and iso <= date.today().isoformat():
            return iso
    return None


#: a line that gives the page's own address ("Source: https://…/2025/04/18/…", "Permalink: <https://…>"),
#: as a reader copying a page keeps it (read above the article's first paragraph only)
_ADDRESS_LINE = re.compile(
    r"^\W{0,3}(?:source|url|link|permalink|canonical(?:\s+(?:url|link))?|web\s+address|page\s+address"
    r"|(?:originally\s+)?(?:published|read\s+(?:it\s+)?online)\s+at)\s*:\s*<?(?P<url>https?://[^\s<>]{8,})>?\s*$", _I)


def address_line(text: str) -> str | None:
    """The address on a line that is only a labelled address ("Source: https://…"), or None."""
    m = _ADDRESS_LINE.match(text.strip())
    return m["url"].rstrip(".,;") if m else None


# --- header block -----------------------------------------------------------------------------

HEADER_KEYS = {
    "title": "title", "headline": "title",
    "url": "url", "link": "url", "source_url": "url", "canonical": "url", "permalink": "url",
    "source": "outlet", "outlet": "outlet", "site": "outlet", "sitename": "outlet", "site_name": "outlet",
    "publisher": "outlet", "publication": "outlet", "newspaper": "outlet",
    "published": "published", "date": "published", "published_at": "published", "pubdate": "published",
    "publication_date": "published", "date_published": "published", "published_date": "published",
    "published on": "published", "posted": "published",
    "author": "author", "authors": "author", "by": "author", "byline": "author", "writer": "author",
    # an e-mail's header block ("From: … / Subject: … / Date: …"): the subject is the piece's headline,
    # the sender's mailbox (RFC 5322 "From": the message's author) may name its writer
    "subject": "subject", "from": "sender",
}
_HEADER_LINE = re.compile(r"[ \t]*(?P<key>[A-Za-z][A-Za-z _-]{0,24}?)[ \t]*:[ \t]*(?P<value>[^\n]*?)[ \t\r]*(?:\n|$)")


#: a folded header line (RFC 5322 2.2.3): white space first, then words with no "key:" of their own
_FOLDED_LINE = re.compile(r"[ \t]+(?P<value>[^\s:][^\n:]*?)[ \t\r]*(?:\n|$)")


def _unquote(value: str) -> str:
    """A header value without the quotes that wrap it whole ('"A title"'), keeping a quote that
    only ends it (`Peace signed: the "no war, no peace"`)."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def parse_header(raw: str) -> tuple[dict[str, str], int]:
    """A ``key: value`` block at the top (or YAML front matter between ``---`` lines), followed by
    a blank line. Returns the known fields (title, url, outlet, published, author) and the offset
    where the body starts; ``({}, 0)`` when there is no header."""
    pos = len(raw) - len(raw.lstrip("\ufeff"))
    front = raw.startswith("---", pos) and re.match(r"---[ \t]*\r?\n", raw[pos:])
    if front:
        pos += front.end()
    fields: dict[str, str] = {}
    known = 0
    last_key: str | None = None  # the field a folded line goes on with
    while pos < len(raw):
        if front and re.match(r"---[ \t]*(?:\r?\n|$)", raw[pos:]):
            pos = raw.find("\n", pos) + 1 or len(raw)
            break
        if not front and last_key and (fold := _FOLDED_LINE.match(raw, pos)):
            # RFC 5322 folding: a line opening with white space goes on with the field above it
            # ("Subject: … the verdict and" / " the border trade")
            if last_key in fields:
                fields[last_key] = f"{fields[last_key]} {fold['value'].strip()}"
            pos = fold.end()
            continue
        m = _HEADER_LINE.match(raw, pos)
        if not m:
            break
        key = m["key"].strip().lower().replace("-", "_")
        last_key = None
        if key in HEADER_KEYS:
            known += 1
            value = _unquote(m["value"].strip())
            if value and HEADER_KEYS[key] not in fields:
                fields[HEADER_KEYS[key]] = value
                last_key = HEADER_KEYS[key]
        elif not front and " " in key:
            return {}, 0  # "Korea: the first line of a title" is not a header
        pos = m.end()
    else:
        pos = len(raw)
    if not known:
        return {}, 0
    rest = raw[pos:]
    if not front and rest and not re.match(r"[ \t]*\r?\n|\s*$", rest):
        return {}, 0  # a header ends with a blank line
    if "published" in fields:
        fields["published"] = normalise_date(fields["published"]) or ""
        if not fields["published"]:
            del fields["published"]
    return fields, pos


# --- title, byline, dateline ------------------------------------------------------------------

_CHAPTER_NUMBER = re.compile(
    r"^(?:(?:[Cc]hapter|CHAPTER|[Pp]art|PART|[Ee]pisode|EPISODE|Ep\.)\s+(?:\d{1,4}|[IVXLC]{1,6})\b[.:)]?|\d{1,3}[.:)]?|[IVXLC]{1,6}[.:)])"
    r"\s+(?:[-–—:]\s*)?(?=[A-Z\"“‘'])"
)
#: A heading that is only a division's number ("Chapter 11", "CHAPTER VII", "Part Two", "Lesson 3"):
#: the named title is the headline under it.
_BARE_DIVISION = re.compile(
    r"^(?:chapter|chap\.|part|book|section|lesson|unit|module|kapitel|chapitre|cap[ií]tulo)\s+"
    r"(?:\d{1,3}[a-z]?|[ivxlc]{1,7}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\W*$",
    _I,
)
#: "3 Things to know", "100 Days of …": a number that counts, not a chapter number.
_COUNTED = re.compile(r"\d{1,3}\s+[A-Z][a-z]+s\b")
#: the place before a dateline's date: "WASHINGTON, ", "LONDON, England, ", "PARIS (Reuters), ".
_DATELINE_PLACE = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]+(?:,\s*[A-ZÀ-ÖØ-Þ][\w.'’ ]*)*(?:\s*\([^)]{1,20}\))?,?\s*")
_PLACE_END = re.compile(r",\s*|\)\s*,?\s*")
_DATELINE_SEP = re.compile(r"\s*(?:/[^/\n]{2,40}/\s*(?:--|[-—–]))?\s*(?:[:—–|]|--|-\s|\(|,\s)")
_DATE_LINE_PREFIX = re.compile(
    r"^(?:(?:published|posted|submitted|updated|last updated|last modified|date|first published"
    r"|(?:first\s+)?(?:broadcast|aired|issued|released|filed|recorded)"
    # a parliamentary question's written answer: "TO BE ANSWERED ON 22.07.2022", "Answered on: 14 March 2023"
    r"|(?:to\s+be\s+)?answered)(?:\s+on)?\s*:?\s*)?", _I
)
#: a time printed before the date: "14:02 BST, 3 May 2022", "09:30, 12 June 2020"
_TIME_PREFIX = re.compile(r"(?:\d{1,2}[:.]\d{2}(?![.\d])(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?\s*(?:,|on|-|–|\|)?\s*)?", _I)
#: (the time may name its zone by a place: "14:20 Cairo time", "9.30 a.m. local time"; a broadcast
#: prints its slot: "Tuesday 8 May 2012, 18:00-18:30")
_TIME_SUFFIX = re.compile(r"^\s*(?:,|at|-|–|\|)?\s*(?:(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[-–]\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s*[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?"
                          r"|\s+\(?(?:local|(?-i:[A-Z])[a-z]+(?:\s(?-i:[A-Z])[a-z]+)?)\s+time\)?)?|[A-Z]{2,5})?\s*$", _I)
#: a part of a date line that is only the time: "14 Mar 2021 | 09:12 GMT"
_TIME_ONLY = re.compile(r"^\s*(?:at\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s*[A-Z]{2,5})?\s*$", _I)


def is_division_number(text: str | None) -> bool:
    """"Chapter 11", "PART IV": a heading that numbers a division and names nothing."""
    return bool(text) and bool(_BARE_DIVISION.match(text.strip()))


def strip_chapter_number(title: str) -> str:
    """A number printed before a title: a bare one is the collection's ("18 Evolving relations" ->
    "Evolving relations", "IV. The Return" -> "The Return"); a labelled one is part of the heading
    ("Chapter 3: Exile", "Episode 88: The dam" stay) unless the title under it is quoted
    ('Episode 214: "From the lake to the coast"' -> "From the lake to the coast")."""
    m = _CHAPTER_NUMBER.match(title)
    if m and len(title) - m.end() >= 3 and not _COUNTED.match(title):
        rest = title[m.end() :]
        q = _WHOLE_QUOTE.match(rest)  # the episode's or chapter's own title, in quotes
        if q:
            return q["inner"]
        return title if title[:1].isalpha() and not _BARE_NUMERAL.match(title) else rest
    return title


#: "IV. The Return", "XII: Exile": a roman numeral alone, not a labelled number
_BARE_NUMERAL = re.compile(r"^[IVXLC]{1,6}[.:)]\s")


_WHOLE_QUOTE = re.compile(r"^[\"“‘'](?P<inner>[^\"“”]{3,})[\"”’']$")


#: a labelled line of a programme's or transcript's particulars ("Programme: The Africa Hour, weekly
#: interview", "Host: Jane Doe (JD)", "Guest: …"): it names the show or a speaker, never the piece
_PROGRAMME_LABEL = re.compile(
    r"^(?:programme|program|show|series|podcast|host|hosts|hosted by|guest|guests|presenter|presenters"
    r"|presented by|interviewer|moderator|panel(?:lists)?|producer|produced by|speakers?)\s*:\s*\S", _I)


#: a labelled line that names the piece itself: an e-mail's or a cable's subject, a broadcast
#: segment's or a wire item's headline ("Subject: …", "SUBJECT: …", "SEGMENT: …", "HEADLINE: …")
TITLE_LABEL = re.compile(r"^\W{0,2}(?:subject|subj|segment|story|headline|item)\s*:\s*(?P<title>\S.*?)\s*$", _I)
#: the most words a labelled title may have; the fewest
LABELLED_TITLE_WORDS = (3, 30)
#: a newsletter's name and issue number before the subject ("#212 | …", "The Causeway Brief #147: …")
_SUBJECT_PREFIX = re.compile(r"^(?:[^#|:\n]{0,40}?\s)?#\d{1,5}\s*[|:—–-]\s*", _I)
#: a reply's or forward's mark ("Re: ", "Fwd: Re: ")
_REPLY_MARKS = re.compile(r"^(?:(?:re|fwd?|aw|tr)\s*:\s*)+", _I)


def subject_title(value: str | None) -> str | None:
    """The headline an e-mail's or a cable's subject gives, without the newsletter's name and issue
    number before it; None when fewer than three words are left (a subject such as "History" or
    "Weekly digest" names a topic, not the piece). A reply's or forward's marks ("Fwd: Re: …") are
    the subject as the message was sent (RFC 5322 keeps them in the field): they stay, but are no
    words of the headline when counting."""
    if not value:
        return None
    text = _SUBJECT_PREFIX.sub("", value.strip()).strip()
    least, most = LABELLED_TITLE_WORDS
    return text if least <= len(_REPLY_MARKS.sub("", text).split()) <= most else None


def sender_name(value: str | None) -> str | None:
    """The writer an e-mail's "From:" header names: the display name of an RFC 5322 mailbox
    ("Jane Doe <jane@example.org>", "jane@example.org (Jane Doe)"), parsed by the standard library,
    when it is shaped as a person's name; None for a list's or a newsletter's name ("The Causeway
    Brief <newsletter@…>") and for a "From:" line that is no mailbox (a cable's "FROM: AMEMBASSY …")."""
    from email.utils import parseaddr

    if not value or "@" not in value:
        return None
    name, address = parseaddr(value)
    name = name.strip().strip("\"'")
    return name if name and "@" in address and "@" not in name and looks_like_name(name) else None


def labelled_title(units: list[Unit]) -> str | None:
    """The headline a labelled line above the first paragraph gives ("SUBJECT: SENEGAL BREAKS
    RELATIONS WITH …" in a cable's particulars, "SEGMENT: …" in a caption transcript's header),
    or None. Only the lines above the first paragraph (within MASTHEAD_REACH) are read."""
    top = units[:MASTHEAD_REACH * 2]
    for j, u in enumerate(top):
        if u.is_prose and not u.heading and not TITLE_LABEL.match(u.text.strip()):
            return None
        lines = u.lines
        for k, line in enumerate(lines):
            if (m := TITLE_LABEL.match(line.strip())) and (title := subject_title(m["title"])):
                if _text_title.ends_open(title):
                    # the subject set over two lines: "SUBJECT: … AND THE FUTURE OF" / "MOORINGS ON …"
                    after = lines[k + 1] if k + 1 < len(lines) else (
                        top[j + 1].lines[0] if j + 1 < len(top) and not top[j + 1].is_prose else "")
                    if after.strip() and not _HEADER_LINE.fullmatch(after.strip() + "\n"):
                        title = f"{title} {after.strip()}"
                return title
    return None


#: a line that names the document's kind after its programme or outlet, the transcript's own label:
#: "RADIO X — "THE HOUR" — TRANSCRIPT", "The Long View | Transcript", "CHANNEL 9 NEWS - CLOSED
#: CAPTION TRANSCRIPT": a masthead, never the piece's headline
TRANSCRIPT_LABEL = re.compile(r"(?:^|\s(?:[-–—|·•])\s)(?:(?:closed[- ])?caption(?:ed|ing)?\s+|full\s+|verbatim\s+|official\s+)?transcript\s*$", _I)


def looks_like_title(u: Unit, nxt: Unit | None) -> bool:
    """A headline: short, no final full stop, not a date line, not a sentence that runs on."""
    text = u.text.strip()
    if not 1 <= u.n_words <= 20 or len(text) > 200:
        return False
    if text.endswith((".", ",", ";", ":")) and not text.endswith("..."):
        return False
    if date_line(text) is not None or byline(text) or _PROGRAMME_LABEL.match(text) or TRANSCRIPT_LABEL.search(text):
        return False
    if nxt is not None and nxt.text[:1].islower():
        return False  # the sentence runs on
    return any(c.isalpha() for c in text)


def byline(text: str) -> str | None:
    """"By Jane Doe, Reuters" -> "Jane Doe"; "*By Jane Doe*" -> "Jane Doe"."""
    return _credits.byline(text)


#: a reading-time note printed beside the date: "7 min read", "5-minute read", "Reading time: 4 minutes"
_READING_TIME = re.compile(r"^\s*(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]*min(?:ute)?s?\.?\s+read"
                           r"|(?:estimated\s+)?reading\s+time\s*:?\s*\d{1,3}\s*min(?:ute)?s?\.?)\s*$", _I)
#: what joins the parts of a line that prints two dates: "Published … | Updated …", "… · Updated …";
#: or a date and its time of day: "June 28, 2025 — 6:42 AM GMT · Updated 2 hours ago"
_DATE_PARTS = re.compile(r"\s+[|·•]\s+|\s+-\s+(?=(?:updated|last updated|last modified)\b)"
                         r"|\s+[—–]\s+(?=\d{1,2}[:.]\d{2}\b)"  # "June 28, 2025 — 6:42 AM GMT": a dash before the time
                         r"|\s{2,}(?=(?:updated|last updated|last modified)\b)", _I)
#: an update note that gives no date: "Updated 2 hours ago", "Updated 5 mins ago" (the part is dropped)
_UPDATED_AGO = re.compile(r"^\s*(?:last\s+)?updated\s+(?:\d{1,3}|an?|one|two|three|few)\s+"
                          r"(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?)\s+ago\s*$", _I)


def date_line(text: str) -> str | None:
    """A line that is only a date ("Published: 3 March 2021, 10:04 GMT"), or only dates joined
    ("Published June 15, 2021 9:05 AM | Updated June 15, 2021 11:40 AM": the first is the
    publication), as ISO, or None."""
    text = text.strip()
    if len(text) > 160 or text.startswith("|"):
        return None  # a table row ("| Date | 30 June 1908 |") dates what the table is about, not the page
    parts = [p for p in _DATE_PARTS.split(text) if not (_READING_TIME.match(p) or _UPDATED_AGO.match(p))]
    if len(parts) > 1 and not _TIME_ONLY.match(parts[0]):
        parts = [p for p in parts if not _TIME_ONLY.match(p)]  # "14 Mar 2021 | 09:12 GMT"
    if len(parts) > 1:
        dates = [_one_date_line(p) for p in parts]
        return dates[0] if all(dates) else None
    if not parts:
        return None
    return _one_date_line(parts[0])


#: a run of date lines: at least this many lines that are each only a date, within
#: :data:`DATE_SERIES_REACH` lines either side (a chronology's "6 Dec 1921" / "Treaty signed" /
#: "6 Dec 1922" / ...); a published and an updated line are two, no series
DATE_SERIES_MIN = 3
DATE_SERIES_REACH = 4


def in_date_series(units: list[Unit], j: int) -> bool:
    """The line ``units[j]`` is one of a run of lines that are each only a date, alone or each over
    its caption ("Key dates" / "6 Dec 1921" / "Treaty signed" / "6 Dec 1922" / ..., a chronology
    printed beside a chapter, a timeline's margin): the dates the text is about, not the date of
    writing (issue 10: a timeline entry is no dateline)."""
    near = units[max(0, j - DATE_SERIES_REACH) : j + DATE_SERIES_REACH + 1]
    return sum(date_line(u.text.strip()) is not None for u in near) >= DATE_SERIES_MIN


#: the place a report or letter prints before its date: "Middelburg, 14 March 2003", "New York, May 2, 1999"
_DATE_PLACE = re.compile(r"(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2},\s+")


def _one_date_line(text: str) -> str | None:
    if len(text) > 80:
        return None
    rest = text[_DATE_LINE_PREFIX.match(text).end() :]
    place = _DATE_PLACE.match(rest)
    if place and not match_date(rest)[0]:
        rest = rest[place.end() :]
    rest = rest[_TIME_PREFIX.match(rest).end() :]
    iso, m = match_date(rest)
    if iso and m and _TIME_SUFFIX.match(rest[m.end() :]):
        return iso
    return None


#: the gaps between a printed page's folio parts: "THE DAILY X      MONDAY, MAY 4, 1998      PAGE 3"
_FOLIO_GAP = re.compile(r"\s+[|•·]\s+|\s{3,}")
#: a folio part that is the page's number: "PAGE A7", "Page 3", "P. 12", "A7", "No. 1,204"
_FOLIO_PAGE = re.compile(r"^(?:(?:page|p\.|pg\.?|no\.|vol\.)\s*)?[A-Z]?\d{1,4}(?:,\d{3})?$", _I)
#: the most words the paper's name in a folio has
FOLIO_NAME_WORDS = 8


#: the most parts a folio or running head has ("Relief Coalition | Cross-Border Movements | Situation Report No. 11 | 19 December 2024")
FOLIO_MAX_PARTS = 5
#: the small words a name part of a folio may have in lower case
_FOLIO_SMALL = frozenset({"of", "the", "and", "for", "on", "in", "de", "la", "al"})


def folio_date(text: str) -> str | None:
    """The date of a printed page's folio line or a report's running head: the paper's or
    issuer's name, the date and the page number, series or price set apart by wide gaps or bars
    ("THE EVENING STAR      SATURDAY, MAY 2, 1998      PAGE A7", "Page 4    The Harbour Gazette
    Tuesday 3 March 1987", "THE X      TUESDAY, AUGUST 10, 1965      PRICE 15 CENTS", "Relief
    Coalition | Situation Report No. 11 | 19 December 2024"). One part is the date, at most one
    the page number, every other part a short run of capitalised words, or - in a head of three
    parts or more with one such name - a short label in sentence case ("Voices of Spring · Concert
    programme · Friday 7 June 2019"); else None."""
    if text.strip().startswith("|") or REVISION_NOTE.search(text):
        return None  # a table row; a revision note ("Last modified: 3 May 2021 | Privacy") dates an edit
    parts = [p.strip() for p in _FOLIO_GAP.split(text.strip()) if p.strip()]
    if not 2 <= len(parts) <= FOLIO_MAX_PARTS:
        return None
    dates = [(p, iso) for p in parts if (iso := date_line(p))]
    pages = [p for p in parts if _FOLIO_PAGE.match(p)]
    names = [p for p in parts if p not in pages and p not in [d for d, _ in dates]]
    if len(dates) != 1 or len(pages) > 1 or not (pages or names):
        return None
    if not all(_folio_name(n) for n in names) and not (
            len(parts) >= 3 and any(map(_folio_name, names)) and all(map(_folio_label, names))):
        return None
    return dates[0][1]


def _folio_label(part: str) -> bool:
    """A part of a running head beside the publication's name that labels the piece or the page in
    sentence case ("Concert programme", "Front page", "Draft for consultation", "The in-flight
    magazine of …"): capitalised first, short, no sentence. Only in a head of three or more parts
    with one name in capitals (:func:`folio_date`): a headline beside its date is two parts."""
    words = part.split()
    return 1 <= len(words) <= FOLIO_NAME_WORDS and (part[:1].isupper() or part[:1].isdigit()) \
        and not part.endswith((".", ",", ":", ";"))


def _folio_name(part: str) -> bool:
    """A name part of a folio: a short run of capitalised words or numbers ("The Valley Courier",
    "Chronology Series No. 9", "PRICE 15 CENTS"), no sentence."""
    words = [w.strip("()") for w in part.split()]  # "(UK)", "(Est. 1901)": a bracketed part of the name
    return len(words) <= FOLIO_NAME_WORDS and not part.endswith(".") \
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _FOLIO_SMALL for w in words)


def dateline(text: str) -> str | None:
    """The date opening an article's first paragraph: "July 25, 2024: …", "WASHINGTON, March 3,
    2021 — …", "12 May 2019 - …". Only the very start of the paragraph is looked at."""
    head = text[:120]
    starts = [0] + [m.end() for m in _PLACE_END.finditer(head, 0, 80)]
    for s in starts:
        if s and not _DATELINE_PLACE.fullmatch(head[:s]):
            continue
        iso, m = match_date(head[s:])
        if iso and m and _DATELINE_SEP.match(head[s + m.end() :]):
            return iso
    return None


@dataclass
class TextMeta:
    """Metadata read from the top of a plain text."""

    title: str | None = None
    author: str | None = None
    published: str | None = None
    published_source: str | None = None
    #: the host a programme's particulars name ("Host: Jane Doe (JD)"): the author when no byline names one
    host: str | None = None


def take_top_metadata(units: list[Unit], *, title_known: bool = False) -> TextMeta:
    """Read (and mark as removed) the title line (unless ``title_known``), a byline or lone author
    line and a date line at the top of ``units``."""
    meta = TextMeta()
    live = [u for u in units if u.kind is None]
    _mark_consent_notices(live)
    live = [u for u in live if u.kind is None]
    if not title_known:
        _mark_section_labels(live)
        live = [u for u in live if u.kind is None]
    above: list[Unit] = []
    i = 0
    division: Unit | None = None
    # the title: the first unit, or the first after one or two menu-like lines
    for j, u in enumerate([] if title_known else live[:3]):
        if u.is_prose and not u.heading:
            break
        if is_division_number(u.text):
            division = u  # the chapter's named title may come under it
            continue
        nxt = live[j + 1] if j + 1 < len(live) else None
        prev = live[j - 1] if j else None
        # under menu lines of its own block, a headline needs its byline or date line under it
        under_menu = prev is not None and prev.block == u.block
        if _is_slug(u) and nxt is not None and looks_like_title(nxt, live[j + 2] if j + 2 < len(live) else None):
            continue  # a wire slug or section path over the headline: "DANUBE-FLOODS/HISTORY (PIX)"
        if u.heading and (_is_label(u) or _names_an_issue(live, j)) and (sub := _heading_under_label(live, j)) is not None:
            u = sub  # a newsletter's or site's name set as a heading (in capitals, or over an issue line) over the piece's own
        elif not u.heading and (sub := _headline_under_kicker(live, j)) is not None:
            u, nxt = sub, (live[j + 2] if j + 2 < len(live) else None)  # "INTERVIEW" over the headline
        if j == 0 and u is live[0] and _is_paper_name(live):
            break  # the paper's name over its date, a section label and the headline with its byline
        if (u.heading == 1 or u.heading and _is_label(live[j]) or (looks_like_title(u, nxt) and _set_apart(u, nxt, strict=under_menu))) \
                and not _is_nav_like(u):
            meta.title = strip_chapter_number(u.text.strip())
            i = live.index(u) + 1
            if u is not live[j]:
                live[j].kind = "site-name"
                above = live[j + 1 : i - 1]  # "Issue #48 · 28 January 2024" between the name and the headline
                for v in above if _names_an_issue(live, j) else ():
                    if v.is_prose and v.kind is None:
                        v.kind = "masthead"  # the newsletter's tagline: "A weekly briefing on …"
            u.kind = "title"
            break
        if not _is_nav_like(u):
            break
    set_h1 = False
    taken = next((u for u in live[:_text_title.REACH] if u.kind == "title"), None)
    if not title_known and (taken is None or not taken.heading) and (found := _markdown_title_heading(live)) is not None:
        # "# The headline" under front matter, a menu, a cookie note or a kicker: the markup says so
        if taken is not None:
            taken.kind = None  # a kicker or the site's name: cleaning reads it as the page's top
        j, u = found
        meta.title, u.kind, i, above, division, set_h1 = strip_chapter_number(u.text.strip()), "title", j + 1, live[:j], None, True
        if j + 1 < len(live) and (nxt := live[j + 1]).heading and _text_title.continues(nxt.text):
            meta.title, nxt.kind, i = f"{meta.title} {nxt.text.strip().lstrip('#* ')}", "title", j + 2  # "## that nobody read …"
    if meta.title is None and not title_known and (found := _headline_under_masthead(live)) is not None:
        j, u = found
        meta.title, u.kind, i = strip_chapter_number(u.text.strip()), "title", j + 1
        prev = live[j - 1] if j else None
        if prev is not None and is_division_number(prev.text):
            division = prev
        above = live[:j]
    if meta.title is None and not title_known and (found := _headline_over_dateline(live)) is not None:
        j, u = found
        meta.title, u.kind, i, above = u.text.strip(), "title", j + 1, live[:j]
    if not title_known and not set_h1 and (better := _scored_headline(live, meta.title)) is not None:
        for u in live:
            if u.kind == "title":
                u.kind = None  # the site's name or a numbered label: cleaning reads it as the page's top
        c, _ = better
        for u in live[c.first : c.last + 1]:
            u.kind = "title"
        if _text_title.framed(live, c):
            # the rest of the heading's frame is its masthead: the tagline, the issue's number
            # ("==== / THE HARBOUR LINK / Newsletter of the Quay Society / No. 12 | May 2020 / ====")
            for u in live[c.last + 1 : c.last + 1 + _text_title.FRAME_LINES]:
                if _text_title.is_rule(u.text):
                    break
                if u.kind is None and not u.heading:
                    u.kind = "masthead"
        meta.title, i, above, division = strip_chapter_number(c.text), c.last + 1, live[: c.first], None
    if division is not None and meta.title is not None:
        division.kind = "division-number"  # "Chapter 11" over its title: no body text
    meta.title = _without_descriptor(meta.title, [u for u in live if u.kind == "title"])
    # a byline, a lone name, a date line, right after the title
    for k, u in enumerate(live[i : i + 4]):
        text = u.text.strip()
        if meta.published is None and _credits.contributor_note(text):
            # "Originally published in the Daily X, 23 December 2021.": when the piece appeared
            iso, _ = match_date(text, anchored=False)
            if iso:
                meta.published, meta.published_source = iso, "provenance"
            continue
        iso = date_line(text) if not in_date_series(live, i + k) else None  # a chronology's entry is none
        if iso and meta.published is None:
            # a date line is no paragraph even when it ends in a full stop ("… 6:40 a.m.")
            meta.published, meta.published_source, u.kind = iso, "dateline", "dateline"
            continue
        if _PROGRAMME_LABEL.match(text) and len(text) <= 160:
            u.kind = "credit"  # "Host: Jane Doe (JD)", "Guest: Dr Tom Reid, engineer": who speaks, not what is said
            meta.host = meta.host or _credits.labelled_host(text)
            continue
        if u.is_prose:
            if k == 0 and _credit_lines_follow(live[i + 1 : i + 3]):
                continue  # a standfirst between the headline and its byline or date line: body text
            break
        if _credits.anonymous_byline(text):
            u.kind = "credit"  # "By Reuters", "By Staff Reporter": no author
            continue
        if len(text) <= 160 and (writer := _credits.labelled_writer(text)):
            u.kind = "byline"  # "Minutes: Jane Doe (PhD, 2nd year)": the record's writer
            meta.author = meta.author or writer
            continue
        name = byline(text)
        if name and (m := _BY_THEN_DATE.match(text)) and date_line(m["date"]):
            name = None  # "Written by Jane Doe on May 3, 2022": a line of who and when, read below
        if name and meta.author is None:
            meta.author, u.kind = name, "byline"
            iso = _date_after_name(text, name)  # "By Jane Doe | 3 May 2022, 10:04"
            if iso and meta.published is None:
                meta.published, meta.published_source = iso, "dateline"
            continue
        if k == 0 and (meta.title or title_known) and (looks_like_name(text) or _credits.located_name(text)) and (
                _prose_follows(live, i + 1) or (i + 1 < len(live) and date_line(live[i + 1].text.strip()))):
            # a lone name under the headline, over the first paragraph or the date line; or the
            # name with its place or desk beside it ("Jane Doe / Istanbul")
            meta.author, u.kind = text if looks_like_name(text) else _credits.located_name(text), "byline"
            continue
        if in_date_series(live, i + k):
            continue  # "4 Mar 1911" / "Treaty signed" / "9 Jun 1923" / ...: a chronology's entries, body text
        iso = date_line(text)
        if iso and meta.published is None:
            meta.published, meta.published_source, u.kind = iso, "dateline", "dateline"
            continue
        found = _meta_line(text)
        if found is None and len(_DASH_PARTS.findall(text)) >= 2:
            # "Damascus - 15/10/2008 - Daily X - Damascus Office": place, date, paper and desk joined by dashes
            found = _meta_line(_DASH_PARTS.sub(" | ", text))
        if found is not None:
            who, iso = found
            u.kind = "byline" if who else "dateline"
            if who and meta.author is None:
                meta.author = who
            if iso and meta.published is None:
                meta.published, meta.published_source = iso, "dateline"
    for u in live[:FOLIO_REACH] if meta.published is None else ():
        # a printed page's folio over the piece: "THE X   MAY 2, 1998   PAGE 3"; or a report's
        # running head, which a PDF's text joins to the line under it ("… | 19 December 2024" / "www.x.example")
        if iso := folio_date(u.text) or next(filter(None, map(folio_date, u.lines if len(u.pieces) > 1 else [])), None):
            if u.kind == "title":
                meta.title = None  # the folio is no headline
            meta.published, meta.published_source, u.kind = iso, "folio", "masthead"
            break
    for j, u in enumerate(above):  # a date line printed over the headline, in the masthead: "Monday 2 December 2019"
        iso = date_line(u.text.strip()) if meta.published is None and not in_date_series(above, j) else None
        if iso is None and meta.published is None and u.kind is None and (found := _meta_line(u.text.strip())):
            iso = found[1]  # "Issue #48 · January 28, 2024"
        if iso:
            meta.published, meta.published_source, u.kind = iso, "dateline", "dateline"
    return meta


#: what separates the items of a page's menu line, and the steps of a path ("Opinion > Letters")
_MENU_ITEM_SEP = re.compile(r"\s*[|•·]\s*|\s{2,}")
_PATH_STEP_SEP = re.compile(r"\s+[>›»/]\s+|\s*[›»]\s*")


def _mark_consent_notices(live: list[Unit]) -> None:
    """Above the first paragraph, a cookie or consent notice ("GOV.EXAMPLE uses cookies to improve
    your browsing experience. By continuing you agree …") is the page talking: it reads as prose,
    so unmarked it would pass for the article's first paragraph and hide the headline under it
    (a saved press briefing, a memoir excerpt and a feature page with the notice on top)."""
    for u in live[:MASTHEAD_REACH]:
        if lexicon_kind(u) == "cookie":
            u.kind = "cookie"
        elif u.is_prose and not u.heading:
            return


def _mark_section_labels(live: list[Unit]) -> None:
    """Above the first paragraph, the lines that name the section the page is filed under are its
    masthead: no title, no body text."""
    for j, u in enumerate(live[:MASTHEAD_REACH]):
        if u.is_prose and not u.heading:
            return
        if j and _section_label(live, j):
            u.kind = "masthead"


def _section_label(live: list[Unit], j: int) -> bool:
    """``live[j]`` names the section the page is filed under: it repeats an item of the page's menu
    line above it ("Home | Local | Arab and World | Economy" / "Arab and World"), or is a path whose
    first step is such an item ("Home | News | Opinion | Letters" / "Opinion > Letters to the
    Editor"). A headline never repeats the menu."""
    items = {fold(i) for v in live[:j] if _is_nav_like(v) for i in _MENU_ITEM_SEP.split(v.text.strip()) if i.strip()}
    if not items:
        return False
    text = live[j].text.strip()
    steps = [s for s in _PATH_STEP_SEP.split(text) if s.strip()]
    return fold(text) in items or (len(steps) >= 2 and fold(steps[0]) in items)


def _without_descriptor(title: str | None, taken: list[Unit]) -> str | None:
    """The entry's name without the descriptor line a reference work prints under it and the text
    joins to it ("Great Stink" / "event, London, United Kingdom [1858]" -> "Great Stink")."""
    if not title or not taken or len(taken[-1].pieces) < 2:
        return title
    u = taken[-1]
    s, e, _ = u.pieces[-1]
    last = u.text[len(u.text) - (e - s) :].strip()
    if _text_title.DESCRIPTOR.search(last) and title.endswith(last) and len(title) > len(last):
        return title[: -len(last)].strip() or title
    return title


_TITLE_TESTS = _text_title.Tests(is_credit_or_date=lambda text: _credit_or_date(text), is_nav_like=lambda u: _is_nav_like(u),
                                 is_label=lambda u: _is_label(u), is_note=_credits.contributor_note,
                                 is_division=lambda text: is_division_number(text))


def _scored_headline(live: list[Unit], found: str | None) -> tuple[_text_title.Candidate, float] | None:
    """The scored headline (:mod:`chronica.ingest._text_title`) where the line-by-line reading found
    none, or took the page's first line (the site's name over a headline with its byline: "The
    Kyleside Observer / Island ferry timetable cut … / By …") or a numbered label ("PRESS RELEASE
    No. 47/2012") while a headline scoring clearly higher stands further down; else None."""
    pick = _text_title.choose(live, _TITLE_TESTS, _text_title.MIN_REPLACING)
    if pick is None:
        return None
    if found is None:
        return pick if pick[1] >= _text_title.MIN_SCORE else None
    taken = next((j for j, u in enumerate(live[:_text_title.REACH]) if u.kind == "title"), None)
    if taken is None or taken == pick[0].first:
        return None
    if live[taken].heading == 1 and live[pick[0].first].heading != 1:
        return None  # the markup's level-1 heading ("# Minutes of Meeting 6") loses to no line that is no level-1 heading
    if _text_title.REFERENCE.search(live[taken].text):
        least = _text_title.MIN_REPLACING  # a numbered label is no headline: the best line under it
    elif taken == 0:
        least = _text_title.MIN_SCORE  # the first line may be the headline: a headline with its byline
    else:
        return None
    cands, body = _text_title.candidates(live, _TITLE_TESTS)
    mine = next((c for c in cands if c.first == taken), None)
    have = _text_title.score(live, mine, body, _TITLE_TESTS) if mine is not None else 0.0
    better = pick[0].first > taken and pick[1] >= max(least, have + _text_title.MARGIN)
    return pick if better else None


#: the parts of a line under a headline: "Compiled by Jo Ode | July 16, 2019 | Filed under: X"
_META_PARTS = re.compile(r"\s+[|·•]\s+")
#: the dashes some papers join a dateline's parts with, under the headline: "Damascus - 15/10/2008 - Daily X"
_DASH_PARTS = re.compile(r"\s+[-–—]\s+")
#: "Posted 6 May 2024 by the Editorial Team": a date, then who posted it
_POSTED_BY = re.compile(r"^(?P<date>.+?)\s+by\s+(?P<who>[^|·•]{3,60})$", _I)
#: "Posted by Jane Doe on 3 May 2022 in History", "Written by Jane Doe, 3 May 2022": who posted it,
#: then the date (and perhaps the category it was filed in): blog software's entry line
_BY_THEN_DATE = re.compile(r"^(?:(?:posted|written|published|filed|added)\s+)?by\s+(?P<who>[^|·•,]{3,60}?)"
                           r"(?:\s+on|,)\s+(?P<date>[^|·•]{6,60}?)(?:\s+(?:in|under)\s+[^|·•]{1,60})?$", _I)
META_PART_WORDS = 4


#: what a bare name beside a date may not be: a publisher or a desk ("Nordic Press Agency")
_NOT_A_PERSON = re.compile(r"\b(?:press|agency|news|times|post|herald|journal|media|group|desk|staff|team|editors?|"
                           r"institute|society|foundation|university|museum|library|archive|wire|daily|weekly)\b", _I)


def _meta_line(text: str, *, bare_names: bool = False) -> tuple[str | None, str | None] | None:
    """A line of parts under a headline — a date, a byline or "posted DATE by NAME", with short
    labels beside them ("7 comments", "Article History", "Filed under: History") — as (author,
    date), or None when no part names or dates the piece or a part reads as a sentence."""
    if len(text) > 200 or text.strip().startswith("|"):
        return None  # a table row
    who = iso = None
    bare: list[str] = []
    for part in _META_PARTS.split(text.strip()):
        m = _POSTED_BY.match(part)
        posted = date_line(m["date"]) if m else None
        if not posted and (b := _BY_THEN_DATE.match(part)) and (posted := date_line(b["date"])):
            m = b
        if posted:
            iso = iso or posted
            if not _credits.anonymous_byline("by " + m["who"]):
                name = byline("by " + m["who"])
                names = _credits.names_in(name) if name else None  # "Jane Doe in Essays": the category is no name
                who = who or (" and ".join(names) if names else name)
        elif (d := date_line(part)) is not None:
            iso = iso or d
        elif (name := byline(part)) is not None:
            if not _credits.anonymous_byline(part):
                who = who or name
        elif len(part.split()) > META_PART_WORDS and not TAXONOMY_LINE.match(part) or part.rstrip().endswith("."):
            return None
        elif _credits.is_name(part.strip()) and not _NOT_A_PERSON.search(part):
            bare.append(part.strip())
    if bare_names and who is None and iso and len(bare) == 1:
        who = bare[0]  # "March 2, 2022 · Jane Doe · 4 comments": the name beside the post's date
    return (who, iso) if who or iso else None


#: how many lines above the first paragraph a page's masthead, menus and labels may take
MASTHEAD_REACH = 25
#: how many lines from the top a printed page's folio may stand
FOLIO_REACH = 8
HEADLINE_MIN_WORDS = 3


#: a wire story's dateline, its year left out: "LJUBLJANA/LUXEMBOURG, Jan 31 (Wire) - ", "COX'S BAZAR,
#: Bangladesh, Feb 5 (Meridian Wire) - ", "NEW DELHI, Aug 28 (ANS) - ": a place in capitals (a
#: country after it), the month and day, the agency in brackets, a dash
WIRE_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’/ -]+(?:,\s*[A-Z][\w.'’ -]{1,30})?),\s+"
    r"(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)\s+(?P<day>[0-3]?\d)"
    r"\s*\((?P<agency>[^)]{1,40})\)\s*(?:-|--|—|–)\s", re.I)
#: the most words of a headline read only because a dateline opens the paragraph under it
HEADLINE_OVER_DATELINE_WORDS = 35


def _headline_over_dateline(live: list[Unit]) -> tuple[int, Unit] | None:
    """A long headline that reads as running text, told by the paragraph under it: the first
    paragraph of the text has no final stop, stands in a block of its own and the paragraph
    under it opens with a dateline ("Egyptian forces conclude joint drills; chiefs affirm unity
    of destiny of two fraternal peoples" / "KHARTOUM, May 31 (NVNA) - The joint exercise …"). A
    dateline opens a story's first paragraph, so the line over it is the story's headline."""
    first = next((j for j, u in enumerate(live[:MASTHEAD_REACH]) if u.is_prose and not u.heading), None)
    if first is None or first + 1 >= len(live):
        return None
    u, nxt = live[first], live[first + 1]
    text = u.text.strip()
    if u.n_words > HEADLINE_OVER_DATELINE_WORDS or text.endswith((".", ",", ";", ":")) or dateline(text) \
            or (first and live[first - 1].block == u.block) or nxt.block == u.block:
        return None
    opens = nxt.text.strip()
    return (first, u) if dateline(opens) or WIRE_DATELINE.match(opens) else None


def _markdown_title_heading(live: list[Unit]) -> tuple[int, Unit] | None:
    """The first level-one heading above the first paragraph, where the lines over it are page
    furniture (front matter, a menu, a cookie note): in Markdown that heading is the title, as
    ``<h1>`` is in HTML, and a level-two heading under it is its standfirst. A site's or
    newsletter's name set as a heading in capitals ("# THE LONG MEMO") is no title.

    A short paragraph over it does not hide it when it is the text's only level-one heading: a
    page's notice or call to sign in ("Sign in to save this brief." / "> **Heads up:** some
    links on this page are affiliate links …") stands over the headline, not under it, and a text
    with one ``#`` heading has named itself there."""
    only_h1 = sum(1 for u in live if u.heading == 1) == 1
    for j, u in enumerate(live[:_text_title.REACH]):
        if u.is_prose and not u.heading and not (only_h1 and u.n_words <= NOTICE_MAX_WORDS):
            return None
        if u.heading == 1:
            return None if _is_label(u) or _is_nav_like(u) or _names_an_issue(live, j) else (j, u)
    return None


#: the longest paragraph over a text's only level-one heading that is read as the page's notice
#: (a call to sign in, an affiliate or cookie note), not as the first paragraph of the text
NOTICE_MAX_WORDS = 30


#: a newsletter's issue line: "Issue #214 · Friday, September 29, 2023", "No. 48 — 3 May 2022", "Vol. 3, Issue 12"
_ISSUE_LINE = re.compile(r"^\W{0,3}(?:issue|edition|no\.|number|vol\.|volume)\s*#?\s*\d{1,5}\b", _I)


def _names_an_issue(live: list[Unit], j: int) -> bool:
    """``live[j]`` is a heading with an issue line right under it: a newsletter's name over the
    issue ("# The Balkan Dispatch / Issue #214 · September 29, 2023"), whatever its case."""
    return bool(live[j].heading) and j + 1 < len(live) and bool(_ISSUE_LINE.match(live[j + 1].text.strip()))


def _headline_under_masthead(live: list[Unit]) -> tuple[int, Unit] | None:
    """A saved page's headline under its masthead, menus and section label: of the lines above
    the first paragraph, the first that opens its block (or follows a chapter number), reads as
    a headline of three words or more, is no menu, label in capitals, byline or date line, and
    has its byline, date or credit line, or the first paragraph, right under it
    ("Home | World ... / WORLD / Port Said museum opens archive / By Jane Doe / Published ...")."""
    first = next((j for j, u in enumerate(live[:MASTHEAD_REACH]) if u.is_prose and not u.heading
                  and not _caps_over_date(live, j)), None)
    if not first:
        return None
    for j in range(first):
        u = live[j]
        prev = live[j - 1] if j else None
        opens_block = prev is None or prev.block != u.block or is_division_number(prev.text)
        if not opens_block or u.n_words < HEADLINE_MIN_WORDS or _is_nav_like(u) \
                or u.opens_with_date or DAY_ENTRY.match(u.text.strip()):
            continue  # a dated entry ("3 May Cruiser sunk") is history, not a headline
        if _is_label(u) and not _caps_headline(live, j, first):
            continue
        if _is_nav_like(live[j + 1]) and live[j + 1].block == u.block:
            continue  # a site's name over its menu: "Nordic Press Agency / Latest | Politics | Science"
        # what stands under it, past pager lines and labels ("Page 3 of 4", "LEARNING OBJECTIVES")
        k = next((k for k in range(j + 1, first) if not (_is_nav_like(live[k]) or _is_label(live[k]))
                  or _credit_or_date(live[k].text.strip())), first)
        if not looks_like_title(u, live[j + 1]) and not (k == first and looks_like_title(u, live[k])):
            continue
        if _credit_or_date(live[k].text.strip()) or (k == first and all(_masthead_line(v) for v in live[:j])):
            return j, u
        if k + 1 < len(live) and _is_dek(live[k], u) and _credit_or_date(live[k + 1].text.strip()):
            return j, u  # headline, its standfirst, then the byline or date line
    return None


def _is_paper_name(live: list[Unit]) -> bool:
    """The page's first line in capitals is the paper's or site's name, not the headline, when
    a headline in lower case stands further down over its byline or date line with a section
    label in capitals between them ("THE HARBOUR GAZETTE / Monday, 4 March 1985 / OBITUARIES /
    Ferry pioneer who … / By Jane Doe")."""
    if not live or live[0].heading or not _is_label(live[0]):
        return False
    found = _headline_under_masthead(live)
    if found is None or found[0] < 2 or _is_label(found[1]):
        return False
    return any(_is_label(v) for v in live[1 : found[0]])


def _caps_over_date(live: list[Unit], j: int) -> bool:
    """A long headline in capitals over a line of lower case that dates or credits it ("JUDGMENT OF
    THE COURT ON THE CASE CONCERNING …" / "Putrajaya, 17 December 2002"): it reads as many small
    words, yet running text is not set in capitals while the line under it is not."""
    u = live[j]
    if not _is_label(u) or j + 1 >= len(live) or _is_label(live[j + 1]):
        return False
    return _credit_or_date(live[j + 1].text.strip())


#: how long a standfirst (the sentence or two a headline carries under it) may be
DEK_MAX_WORDS = 40


def _is_dek(v: Unit, headline: Unit) -> bool:
    """A standfirst under ``headline``: a line of up to DEK_MAX_WORDS words, no menu, label,
    byline or date line, in the headline's block or the next ("Walter Dunning obituary / Hull
    trawler skipper who fished through three Cod Wars", "Why two neighbours stopped talking / Six
    decades of quarrels, in ten questions")."""
    text = v.text.strip()
    return (v.n_words <= DEK_MAX_WORDS and not v.heading and not _is_nav_like(v) and not _is_label(v)
            and not _credit_or_date(text) and v.block <= headline.block + 1 and not v.opens_with_date)


def _caps_headline(live: list[Unit], j: int, first: int) -> bool:
    """A headline set in capitals ("THE COD WARS: KEY DATES"): not the page's first line (a site's
    name), no slug or path, and right over the first paragraph or the byline or date line. A
    section label in capitals ("EXPLAINER", "WORLD / EUROPE") stands over a headline instead."""
    u = live[j]
    if j == 0 or _is_slug(u) or not 0 < j + 1 <= first:
        return False
    nxt = live[j + 1]
    return j + 1 == first or _credit_or_date(nxt.text.strip())


#: a wire slug or a section path in capitals: "DANUBE-FLOODS/HISTORY (PIX)", "WORLD / MIDDLE EAST"
_SLUG = re.compile(r"^[A-Z0-9&.'’ -]+(?:\s*/\s*[A-Z0-9&.'’ -]+)+(?:\s*\([A-Z]+\))?$|^[A-Z0-9]+(?:-[A-Z0-9]+)+(?:\s*\([A-Z]+\))?$")


#: how long a section kicker in capitals over a headline may be ("INTERVIEW", "THE LONG READ")
KICKER_MAX_WORDS = 3


def _headline_under_kicker(live: list[Unit], j: int) -> Unit | None:
    """The headline under a kicker: a short line in capitals ("INTERVIEW", "OBITUARY", "THE LONG
    READ") standing apart, over a headline that is no label and has its byline, date line or first
    paragraph right under it. A site's name in capitals over its menu is no kicker."""
    u = live[j]
    if not _is_label(u) or u.n_words > KICKER_MAX_WORDS or _is_slug(u) or j + 2 >= len(live):
        return None
    head, under = live[j + 1], live[j + 2]
    caps_title = _caps_over_date(live, j + 1)  # "MINISTRY OF TRANSPORT" / "STATEMENT ON THE …" / "Portree, 12 January 2024"
    if head.block == u.block or (_is_label(head) or head.is_prose) and not caps_title or _is_nav_like(head) \
            or head.opens_with_date:
        return None
    if not looks_like_title(head, under) or head.n_words < HEADLINE_MIN_WORDS:
        return None
    text = under.text.strip()
    return head if (under.is_prose and not under.heading) or _credit_or_date(text) else None


def _heading_under_label(live: list[Unit], j: int) -> Unit | None:
    """The first heading under ``live[j]`` (a heading in capitals: "# THE LONG MEMO") and above the
    first paragraph that is itself no label: the piece's own headline ("## When the river rose")."""
    issue = _names_an_issue(live, j)
    for v in live[j + 1 : j + 1 + MASTHEAD_REACH]:
        if v.is_prose and not (issue and not v.heading and v.n_words <= TAGLINE_WORDS):
            return None  # under an issue line a newsletter's one-line tagline may come before the piece
        if v.heading and not _is_label(v) and not _is_nav_like(v) and looks_like_title(v, None):
            return v
    return None


def _is_slug(u: Unit) -> bool:
    return bool(_SLUG.match(u.text.strip()))


def _is_label(u: Unit) -> bool:
    """A line in capitals: a section label, a slug or a kicker ("WORLD / MIDDLE EAST", "COLUMN")."""
    text = u.text.strip()
    return any(c.isalpha() for c in text) and text.upper() == text


MASTHEAD_LINE_WORDS = 12
#: the longest tagline a newsletter prints under its name and issue line ("A weekly briefing on …")
TAGLINE_WORDS = 25


def _masthead_line(u: Unit) -> bool:
    """A line of a page's top: short, no sentence (a site name, a menu, a label, a breadcrumb)."""
    return _is_nav_like(u) or (u.n_words <= MASTHEAD_LINE_WORDS and not u.ends_sentence)


def _credit_lines_follow(units: list[Unit]) -> bool:
    """The lines under a standfirst are the piece's byline or date line ("By Jane Doe", "Posted on
    March 3, 2024 at 7:00 am"): the headline's furniture goes on below the deck."""
    for u in units:
        text = u.text.strip()
        if byline(text) or _credits.anonymous_byline(text) or date_line(text):
            return True
        if u.is_prose or len(text) > 80:
            return False
    return False


def _credit_or_date(text: str) -> bool:
    """A byline, a date line, or a credit line that dates or names ("Posted 6 May 2024 by the
    Editors", "Compiled by Jo Ode | July 16, 2019", "Written and fact-checked by the Editors")."""
    if byline(text) or _credits.anonymous_byline(text) or date_line(text) or dateline(text) or _PROGRAMME_LABEL.match(text) \
            or _credits.located_name(text) or WIKI_TAGLINE.match(text):
        return True
    return len(text) <= 160 and (match_date(text, anchored=False)[0] is not None or bool(_BY_CREDIT.search(text)))


_BY_CREDIT = re.compile(r"^(?:[\w-]+\s+){0,4}by\s+[A-Z]", re.I)


def _date_after_name(text: str, name: str) -> str | None:
    """The date a byline line prints after the name ("By Jane Doe • 3 May 2022"), or None."""
    rest = text[text.find(name) + len(name) :] if name in text else ""
    iso, _ = match_date(rest, anchored=False)
    return iso


def _set_apart(u: Unit, nxt: Unit | None, *, strict: bool = False) -> bool:
    """A headline stands apart from what follows: a blank line after it, or (in a text that
    puts one paragraph on each line) a full paragraph of prose right under it. A line followed
    by more short lines in its block ("Home / Local News / Weather") is a menu, unless
    the line under it is its byline or date line; ``strict`` (the line closes a block of menu lines:
    "Home | Rivers / Our Authors"): only a byline or date line under it makes it a headline."""
    if not strict and (nxt is None or nxt.block != u.block or nxt.is_prose):
        return True
    if nxt is None:
        return False
    text = nxt.text.strip()  # a headline over its byline or date line
    return bool(byline(text) or date_line(text) or looks_like_name(text))


def _prose_follows(live: list[Unit], j: int) -> bool:
    """The unit after ``live[j - 1]`` opens the article (a lone name line is then a byline)."""
    return j < len(live) and live[j].is_prose


def _is_nav_like(u: Unit) -> bool:
    return lexicon_kind(u) is not None


#: a note in the page's furniture saying when it was last changed: "updated 19-Sep-2023", "Last
#: modified: 3 May 2021", "This page was last edited on 4 June 2022"
_UPDATED_NOTE = re.compile(r"\b(?:(?:last|latest)\s+update\b|(?:last\s+)?(?:updated|modified|edited|revised|reviewed))"
                           r"(?:\s+on)?\s*:?\s*", _I)


def updated_note_date(text: str) -> str | None:
    """The date an "updated …" note gives (the note may sit inside a citation line), or None."""
    for m in _UPDATED_NOTE.finditer(text):
        iso, _ = match_date(text[m.end() :])
        if iso:
            return iso
    return None


def labelled_date(text: str) -> str | None:
    """The date a publication label gives at once ("This edition: September 2005", "Exported:
    2022-11-08 by …", "Publication date | 4 May 2023": :data:`~chronica.ingest._lexicon.PUBLICATION_LABEL`),
    or None."""
    for m in PUBLICATION_LABEL.finditer(text):
        iso, _ = match_date(text[m.end():].lstrip("|: \t"))
        if iso:
            return iso
    return None


def weekday_date(text: str) -> str | None:
    """The day a line dates with its weekday ("SUNDAY 21 JUNE 2020 — 1300 GMT", "Irene Lodge,
    Centurion, Saturday 11 October 2025", "Wednesday, December 9, 2015 / …"), when the line names one
    such day only; None otherwise (a weekday with a month or a year alone dates no day)."""
    days = {iso for m in WEEKDAY_BEFORE_DATE.finditer(text)
            if (iso := match_date(text[m.end():])[0]) and len(iso) == 10}
    return days.pop() if len(days) == 1 else None
