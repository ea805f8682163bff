"""The title block of a Markdown document: the short lines between its title heading (``# …``)
and the first paragraph of the text, where papers, reports, chapters, reviews and newsletters
print who wrote them and when ("**Jane Doe**, Department of History", "Published online: 3 May
2024", "Research and writing: Jane Doe, John Roe · 18 pages", "*Reviewed by Jane Doe*",
"Chapter authors: Jane Doe and John Roe. Last revised: 5 June 2024.").

The Markdown structure decides where to look (after the first level-1 heading, before the first
long paragraph); each line is cut into its parts (" · ", " | ", sentences) and a part is read:

- an authorship label and names: "<label> by NAMES" or "<label>: NAMES", the label naming writing
  ("written", "reviewed", "authors", "research and writing", "answered", "hosted", …; :data:`AUTHORSHIP`;
  "Written for the Circle by NAMES"; a hearing's "Observer: NAME"), or "By NAMES"; a post in lower case
  before the names ("by chef-instructor NAME") and one after them ("NAME, Reference Librarian") left out;
- a name set in bold, alone or before its affiliation ("**Jane Doe**, University of X",
  "**Jane Doe, Senior Fellow, Y Programme**"): how a paper prints its author under its title;
- a publication label and a date ("Published 9 May 2019", "Published online: 18 March 2024"); a
  revision label ("Last revised: …") gives the date only when no publication label does.

The lines that gave an author or a date are the page's credit lines: the loader removes them from
the text (kind "byline"), as it removes a "By" line.

Public API: :func:`title_block` -> (author, published, lines) as printed / ISO / units;
:func:`without_honorific`.
"""

from __future__ import annotations

import re

from chronica.ingest._credits import is_name, labelled_names, names_in
from chronica.ingest._metadata import match_date
from chronica.ingest._units import Unit

#: how many units under the title heading the block may have
REACH = 8
#: a unit this long, or longer, is the text's first paragraph: the block has ended
BODY_WORDS = 30
_PARTS = re.compile(r"\s+[·|•]\s+|(?<=[a-z]{2}[.])\s+(?=[A-Z*_])|(?<=[a-z][.])[*_]+\s+")
#: words of a label that says who wrote the text
AUTHORSHIP = (r"(?:written|writing|words|text|author(?:s|ed)?|reviewed|review|compiled|report(?:ed|ing)?|research(?:ed)?"
              r"|prepared|answered|hosted|presented)")
#: the teacher a course's syllabus or a lecture's notes name: who wrote the page ("Instructor: Dr. Jane Doe")
TEACHING = r"(?:instructor|lecturer|course\s+(?:convenor|leader|tutor)|taught)"
#: who the writer wrote it for, between the label and "by": "Written for the Circle by Jane Doe"
_FOR_WHOM = r"(?:\s+for\s+(?:the\s+|our\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})?"
#: the label of one who watched and wrote the notes of a hearing or a meeting ("Observer: Jane Doe")
WATCHING = r"(?:observer|monitor|rapporteur)"
_AUTHOR_LABEL = re.compile(
    rf"^(?:(?:(?:chapter|lead|article|co-?)\s*)?(?:{AUTHORSHIP}|{TEACHING})(?:\s+(?:and|&)\s+{AUTHORSHIP})?{_FOR_WHOM}\s*(?:\bby\b\s*:?|:)"
    rf"|{WATCHING}\s*:|by)\s*(?P<names>.+?)\s*[.]?$",
    re.IGNORECASE,
)
_PUBLISHED_LABEL = re.compile(r"^(?:first\s+)?(?:published|posted|released|issued|submitted|asked)(?:\s+online)?(?:\s+on)?\s*:?\s*", re.IGNORECASE)
_REVISED_LABEL = re.compile(r"^(?:last\s+)?(?:revised|updated|modified)(?:\s+on)?\s*:?\s*", re.IGNORECASE)
#: a name's honorific, left out of the author field ("Dr. Jane Doe" -> "Jane Doe", "Mrs J. Doe" -> "J. Doe")
HONORIFICS = r"(?:dr|prof|professor|mr|mrs|ms|miss|mx)"
HONORIFIC = re.compile(rf"^{HONORIFICS}\.?\s+(?=[A-Z])", re.IGNORECASE)
#: a writer's post or department printed after the name and a comma, left out of the author field
#: ("Jane Doe, Harbour Correspondent", "Jane Doe, History Department"): the last word names a post
_POST_AFTER_NAME = re.compile(
    r"^(?P<name>[^,;]+?),\s*(?:[A-Z][\w'-]*\s+){0,3}(?:correspondent|reporter|editor|columnist|department|desk|staff\s+writer"
    r"|librarian|curator|archivist|historian|officer|secretary|director|coordinator|fellow|lecturer|instructor|researcher)s?\s*$",
    re.IGNORECASE)
#: a post in lower case printed before the name a label gives ("chef-instructor Jane Doe")
_ROLE_BEFORE_NAME = re.compile(r"^(?!(?:the|a|an|our|their|his|her|its|my|and|of)\s)(?:[a-z][a-z-]+\s+){1,2}(?=[A-Z][\w'’.-]*\s+[A-Z])")
_BOLD_LEAD = re.compile(r"^\s*(?:\*\*|__)(?P<bold>[^*_]{3,120}?)(?:\*\*|__)\s*(?P<rest>.*)$")
_WRAP = "*_ \t"


def without_honorific(name: str) -> str:
    """"Dr. Jane Doe" -> "Jane Doe"; "Prof. Jane Doe and Dr. John Roe" -> "Jane Doe and John Roe";
    "Mrs J. Doe" -> "J. Doe"."""
    return re.sub(rf"(^|(?<=\sand\s)|(?<=,\s)){HONORIFICS}\.?\s+(?=[A-Z])", r"\1", name, flags=re.IGNORECASE)


def bare_author(name: str | None) -> str | None:
    """The writer's names alone, as the author field holds them whatever read them (a header, a
    byline, a page's metadata, an export's field): no honorific, no post or department after a
    comma ("Ms Jane Doe, History Department" -> "Jane Doe"). A list of names stays whole."""
    if not name:
        return None
    name = without_honorific(name.strip())
    m = _POST_AFTER_NAME.match(name)
    if m and is_name(m["name"].strip()):
        name = m["name"].strip()
    return name or None


def _names(text: str) -> str | None:
    """The names after an authorship label, as printed: "Jane Doe and John Roe", "Jane Doe, John Roe";
    a name with its e-mail or initials in brackets or its class or post after a comma ("Jane Doe
    (jdoe@x.example)", "Jane Doe, 2L") gives the name."""
    text = text.strip().strip(_WRAP).rstrip(".").strip()
    text = _ROLE_BEFORE_NAME.sub("", text)  # "by chef-instructor Jane Doe", "by curator Jane Doe"
    bare = without_honorific(text)
    if (m := _POST_AFTER_NAME.match(bare)) and is_name(m["name"].strip()):
        bare = m["name"].strip()  # "Jane Doe, Reference Librarian"
    return bare if names_in(bare) else labelled_names(bare)


def _bold_name(text: str) -> str | None:
    m = _BOLD_LEAD.match(text)
    if not m:
        return None
    bold, rest = m["bold"].strip(), m["rest"].strip()
    if rest and not rest.startswith(","):
        return None
    first, _, affiliation = bold.partition(",")
    if affiliation and rest:
        return None
    affiliation = (affiliation or rest.lstrip(",")).strip()
    name = without_honorific(first.strip())
    if not is_name(name):
        return None
    # the rest is an affiliation, capitalised words ("Department of History, University of X"),
    # never a clause ("**Jane Doe**, who led the team, said …")
    if affiliation and not affiliation[:1].isupper():
        return None
    return name


def _parts(text: str) -> list[str]:
    return [p.strip().strip(_WRAP).strip() for p in _PARTS.split(text) if p.strip().strip(_WRAP).strip()]


def _block(units: list[Unit]) -> list[Unit]:
    """The units under the first ``#`` heading, up to the first long paragraph or the first heading
    that follows a line of text (a heading right under the title is its subtitle)."""
    for i, u in enumerate(units[:REACH * 3]):
        if u.heading == 1:
            out: list[Unit] = []
            for v in units[i + 1:i + 1 + REACH]:
                if (not v.heading and v.n_words >= BODY_WORDS) or (v.heading and any(not w.heading for w in out)):
                    break
                out.append(v)
            return out
    return []


def _lines_of(raw: str, u: Unit) -> str:
    """The unit's raw lines, its Markdown marks included."""
    end = raw.find("\n", u.end)
    return raw[raw.rfind("\n", 0, u.start) + 1:len(raw) if end < 0 else end]


def title_block(raw: str, units: list[Unit]) -> tuple[str | None, str | None, list[Unit]]:
    """The author (names as printed, no honorific) and the publication date (ISO) the title block
    under a Markdown document's first ``#`` heading gives; None for what it does not give. ``units``
    are the segments of the Markdown text ``raw`` (the bold marks are read in ``raw``). Third: the
    lines that gave them (credit lines of the page, not its text)."""
    author = published = revised = bare = None
    used: list[Unit] = []
    for u in _block(units):
        if u.heading:
            continue
        found = False
        if author is None and (name := _bold_name(_lines_of(raw, u))):
            author, found = name, True
        for part in _parts(u.text):
            if author is None and (m := _AUTHOR_LABEL.match(part)) and (names := _names(m["names"])):
                author, found = names, True
            if published is None and (m := _PUBLISHED_LABEL.match(part)) and m.end() > 0:
                published = match_date(part[m.end():])[0]
                found = found or published is not None
            elif revised is None and (m := _REVISED_LABEL.match(part)) and m.end() > 0:
                revised = match_date(part[m.end():])[0]
                found = found or revised is not None
            elif bare is None and (iso := _date_alone(part)):
                bare, found = iso, True  # the byline's own date: "Posted by Jane Doe · 2 June 2019 · Updated …"
        if found:
            used.append(u)
    # a date the block prints with no label is the piece's; a revision's only when nothing else dates it
    return author, published or bare or revised, used


def _date_alone(part: str) -> str | None:
    """The date a title block's part is, whole ("2 June 2019", "July 8, 2018"), or None."""
    iso, at = match_date(part)
    return iso if iso and at is not None and at.start() == 0 and not part[at.end():].strip(" .,;)") else None
