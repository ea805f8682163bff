"""People and agencies credited around an article: bylines, wire credit lines, photo credits.

Owns the *shapes* of these lines, judged from the line alone: "By NAME" (with or without
emphasis marks, several names joined by "and"), "Reporting by NAME; Editing by NAME" (a role,
"by", names — repeated), and a caption that closes with a "SOURCE/NAME" photo credit
("… 2023. AGENCY/Jane Doe", "Photo: Agency/Jane Doe"). A name is a run of capitalised words,
never a clause: "Editing by hand was slow." is no credit. Where in a text these shapes count
(head, tail) is decided by :mod:`chronica.ingest._clean`; this module only reads lines.
"""

from __future__ import annotations

import re

from chronica.ingest import _lexicon as lx

_I = re.IGNORECASE

#: emphasis and quote marks a byline may be wrapped in: "*By Jane Doe*", "_By Jane Doe_".
_WRAP = "*_`\"“”' \t"

_BYLINE = re.compile(
    r"^(?:by|written by|words by|reporting by|compiled by|prepared by|text by|story by|von|par|por|di)\s+(?P<name>[^\n|,;•·—–]{3,80}?)\s*(?:(?:[,|;•·—–]|\s-\s).*)?$", _I
)
#: "Jane Doe and John Roe", "Jane Doe & John Roe": names joined in one byline.
_NAME_JOIN = re.compile(r"\s+(?:and|&|und|et|y|e)\s+|\s*,\s*")

#: The roles a wire story's closing line credits ("Reporting by", "Additional reporting by",
#: "Writing by", "Editing by", "Translated from the Czech by", "Compiled by", "Graphics by").
_PART_ROLES = (r"reporting|writing|editing|research|compiled|produced|compilation|graphics|photos?|photography"
               r"|illustrations?|video|fact[- ]checking|design")
#: past participles a team's credit uses ("Researched and written by the Archive volunteers"); they
#: open a credit but never split one ("Compiled by Ruth Ames. edited by Kim Ode" is no credit line)
_ROLES = _PART_ROLES + r"|researched|written|edited|prepared"
_TRANSLATED = r"translat(?:ed|ion)(?:\s+from\s+(?:the\s+)?[A-Z]\w+)?"
_CREDIT_ROLE = re.compile(
    rf"^(?:(?:additional|further|extra)\s+)?(?:{_PART_ROLES}|{_TRANSLATED})\s+by\s+(?P<names>.+?)\s*[.]?$",
    _I,
)
#: a team's credit may join two roles: "Researched and written by the Archive volunteers"
_TEAM_CREDIT_ROLE = re.compile(
    rf"^(?:{_ROLES})(?:\s+and\s+(?:{_ROLES}))?\s+by\s+(?P<names>.+?)\s*[.]?$",
    _I,
)
#: where one credit of a credit line ends and the next begins: ";", ". ", "|", or right before
#: the next "ROLE by" when the separator was lost ("Writing by Jo Weiss Editing by Kim Ode")
_CREDIT_PARTS = re.compile(
    rf"\s*[;|]\s*|\.\s+(?=[A-Z])|(?<!additional)(?<!further)(?<!\band)\s+(?=(?:(?:additional|further)\s+)?(?:{_PART_ROLES})\s+by\s)",
    _I,
)
#: "in Kyiv", "in New York" after a reporter's name in a credit line.
_IN_PLACE = re.compile(r"\s+in\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2}$", _I)


#: stop words that are also surnames ("Omar Said"): a capitalised one may stand in a name
_SURNAMES_AMONG_STOP_WORDS = frozenset({"said", "says"})


#: "By JANE DOE Associated Press": the agency printed after the name is no part of it.
_TRAILING_AGENCY = re.compile(r"\s+" + lx.AGENCY_PATTERN + r"$", _I)
#: the marks a credit line may be wrapped in: "(Reporting by …; Editing by …)"
_CREDIT_WRAP = _WRAP + "()[]"


def _unwrap(text: str, wrap: str = _WRAP) -> str:
    return text.strip().strip(wrap).strip()


def is_name(text: str) -> bool:
    """Two to five capitalised name words ("Jane Doe", "Pavel Horák", "MARIA KOVAL",
    "Ana de la Cruz"), nothing else."""
    words = text.split()
    if not 1 <= len(words) <= 5:
        return False
    if len(words) < 2:
        return False
    for w in words:
        low = w.lower()
        if low in lx.NAME_PARTICLES:
            continue
        if (low in lx.STOP_WORDS and low not in _SURNAMES_AMONG_STOP_WORDS) or low in lx.NAV_WORDS or not w[:1].isupper():
            return False
        if not all(c.isalpha() or c in ".'’-" for c in w):
            return False
    return words[0][:1].isupper()


def names_in(text: str) -> list[str] | None:
    """The names of a list "Jane Doe and John Roe" / "Jane Doe, John Roe", or None when any part
    is no name."""
    parts = [p.strip() for p in _NAME_JOIN.split(text.strip()) if p.strip()]
    parts = [_IN_PLACE.sub("", p) for p in parts]
    if not parts or not all(is_name(p) for p in parts):
        return None
    return parts


def byline(text: str) -> str | None:
    """"By Jane Doe, Reuters" -> "Jane Doe"; "*By Jane Doe*" -> "Jane Doe". The name part as
    printed ("MARIA KOVAL and DENYS HRYN"), or None."""
    m = _BYLINE.match(_unwrap(text))
    if not m:
        return None
    name = m["name"].strip().strip(_WRAP)
    bare = _TRAILING_AGENCY.sub("", name).strip()
    if len(bare.split()) >= 2:  # "JANE DOE Associated Press" -> "JANE DOE"; "The Associated Press" stays
        name = bare
    return name if name[:1].isupper() and 1 <= len(name.split()) <= 8 else None


#: a name line with its place, desk or outlet beside it and no "By" ("Jane Doe / Istanbul", "Jane Doe,
#: Brussels", "Jane Doe - Coast Courier", "JANE DOE - ATHENS", "Tom Roe, Enterprise Correspondent"):
#: how papers that print no "By" set the byline under the headline
#: ("|", "•" and "·" are left out: they join a menu's items, "Front Page | Region")
_LOCATED = re.compile(r"^(?P<names>[^/|,•·–—]{5,80}?)\s*(?:/|,|\s[-–—]\s)\s*(?P<where>[^/|,•·–—]{2,40}?)\s*$")
#: the most words the place, desk or outlet beside a name line may have
LOCATED_WHERE_WORDS = 4


def _acronym_among_words(name: str) -> bool:
    """An initialism ("DFA", "UN", "BBC") beside words in lower case ("Press Briefing Room"): a
    body's name, not a person's; a name set all in capitals ("JANE DOE") or with a regnal number
    ("John Roe III") is a person's."""
    words = [w.strip(".,'’") for w in name.split()]
    caps = [w for w in words if len(w) >= 2 and w.isupper() and w.isalpha() and not _ROMAN.fullmatch(w)]
    return bool(caps) and any(any(c.islower() for c in w) for w in words)


_ROMAN = re.compile(r"[IVX]+")


def located_name(text: str) -> str | None:
    """The name (or names, joined by "and") of a name line with a place, desk or outlet beside it:
    the left side is names (:func:`names_in`), the right a few capitalised words, no digits; else None."""
    m = _LOCATED.match(_unwrap(text))
    if not m:
        return None
    names = names_in(m["names"])
    where = m["where"].split()
    if names is not None and any(_acronym_among_words(n) for n in names):
        return None  # "DFA Press Briefing Room, Pasay City", "UN News Centre, Geneva": a body's room or desk
    if names is None or not 1 <= len(where) <= LOCATED_WHERE_WORDS or not where[0][:1].isupper():
        return None
    if not all(all(c.isalpha() or c in ".'’&-" for c in w) for w in where) or where[0].lower() in lx.STOP_WORDS:
        return None
    if not all(w[:1].isupper() or w.lower() in lx.NAME_PARTICLES or w.lower() in {"of", "the"} for w in where):
        return None  # "Jane Doe, Belgrano survivor" attributes a quote; a role is read elsewhere
    return " and ".join(names)


#: the sentences of a programme's closing credits: "<Show> is produced by NAMES", "This episode was
#: edited by NAMES", "Our editor is NAME", "Our executive producers are NAMES", "Music by NAMES"
#: (podcast and radio pages close with them); names only, never a clause
_PRODUCTION_VERB = r"(?:produced|edited|mixed|engineered|reported|written|hosted|presented|fact[- ]checked|scored)"
#: what a show's own name may be credited with (a body sentence says a book or treaty was "written")
_SHOW_VERB = r"(?:produced|edited|mixed|engineered|hosted|presented)"
_MORE_NAMES = rf"(?:,?\s+and\s+{_PRODUCTION_VERB}\s+by\s+(?P<more>.+?))?"
_PRODUCTION_CREDIT = re.compile(
    rf"^(?:(?:this|today's|the)\s+(?:episode|programme|program|show|podcast|interview|transcript)\s+(?:is|was)\s+{_PRODUCTION_VERB}"
    rf"|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){{0,3}}\s+(?:is|was)\s+{_SHOW_VERB}"
    rf"|it\s+was\s+{_PRODUCTION_VERB})\s+by\s+(?P<names>.+?){_MORE_NAMES}\s*[.]?$"
    r"|^our\s+(?:(?:executive|senior|supervising|associate|series)\s+)?(?:editors?|producers?|engineers?|sound designers?|hosts?)"
    r"\s+(?:is|are)\s+(?P<names3>.+?)\s*[.]?$"
    r"|^(?:theme\s+)?music\s+(?:is\s+)?by\s+(?P<names4>.+?)\s*[.]?$",
    _I,
)


def production_credit(text: str) -> bool:
    """A programme's closing credits ("Riverbank is produced by Jo Weiss. Our editor is Kim Ode.
    Music by Blue Dot Sessions."): every sentence of the line credits names."""
    sentences = [x for x in _NOTE_SENTENCES.split(_unwrap(text, _CREDIT_WRAP)) if x.strip()]
    if not sentences:
        return False
    for sentence in sentences:
        m = _PRODUCTION_CREDIT.match(sentence.strip())
        who = [g for g in (m["names"], m["more"], m["names3"], m["names4"]) if g] if m else []
        if not who or any(names_in(w) is None for w in who):
            return False
    return True


#: an episode's standfirst naming its host: "Host Jane Doe talks with …", "Presenter Jane Doe speaks to
#: …", "Hosted by Jane Doe, this episode …" (podcast and radio pages print it over the transcript)
_HOST_STANDFIRST = re.compile(
    r"^(?:(?:our\s+)?(?:host|presenter|anchor)\s+(?P<name>(?-i:[A-Z])[^,;:]{2,60}?)\s+(?:talks|speaks|sits down|chats|is joined|asks|meets)\b"
    r"|hosted by\s+(?P<name2>(?-i:[A-Z])[^,;:]{2,60}?)\s*[,.])",
    _I,
)
#: how many paragraphs at the head of a text may be an episode's standfirst
HOST_STANDFIRST_REACH = 2


def host_name(paragraphs: list[str]) -> str | None:
    """The host an episode's standfirst names ("Host Jane Doe talks with …"), among the first
    paragraphs of the text; the host is the episode's author. None when no standfirst names one."""
    for text in paragraphs[:HOST_STANDFIRST_REACH]:
        m = _HOST_STANDFIRST.match(_unwrap(text))
        name = m and (m["name"] or m["name2"])
        if name and names_in(name) is not None:
            return name.strip()
    return None


#: a programme's particulars line that names its host: "Host: Jane Doe (JD)", "Presenter: Jane Doe |
#: Correspondent in X: John Roe", "Hosts: Jane Doe and John Roe", "Presented by: Jane Doe, Radio X".
#: The host is the episode's author (as for :data:`_HOST_STANDFIRST`); a guest, a producer or a
#: correspondent named beside the host is not.
_HOST_LABEL = re.compile(r"^(?:hosts?|hosted\s+by|presenters?|presented\s+by)\s*:\s*(?P<names>.+?)\s*$", _I)
#: the label of a record's writer in a meeting's or a workshop's particulars: the minute-taker, the
#: rapporteur ("Minutes: Jane Doe (PhD, 2nd year)", "Minute-taker: …", "Rapporteur: …", "Notes taken by …")
_WRITER_LABEL = re.compile(
    r"^(?:minutes(?:\s+(?:taken\s+)?by)?|minuted\s+by|minute[- ]?taker|minute[- ]?secretary|rapporteur|note[- ]?taker"
    r"|notes\s+(?:taken\s+)?by|recorded\s+by)\s*:?\s+(?P<names>.+?)\s*$", _I)
#: what parts a particulars line joins: "Host: Jane Doe | Guest: John Roe", "… · Office hours: …"
_PARTICULARS_PARTS = re.compile(r"\s+[|·•]\s+")
#: what follows a name in a labelled line and is no part of it: "(JD)", "(jdoe@x.example)"
_AFTER_NAME = re.compile(r"\s*\([^)]{0,80}\)")


def labelled_writer(text: str) -> str | None:
    """The writer a meeting record's particulars line names ("Minutes: Jane Doe (PhD, 2nd year)",
    "Rapporteur: Dr. John Roe"): the minutes and the report are theirs. None for another label or
    for a value that opens with no name ("Minutes: 45")."""
    for part in _PARTICULARS_PARTS.split(_unwrap(text)):
        m = _WRITER_LABEL.match(part.strip().strip(_WRAP))
        if m:
            return labelled_names(m["names"])
    return None


def labelled_names(value: str) -> str | None:
    """The names a role label gives ("Jane Doe (JD)" -> "Jane Doe", "Jane Doe, 2L" -> "Jane Doe",
    "Jane Doe and John Roe" as printed), or None when the value opens with no name."""
    value = _AFTER_NAME.sub("", value).strip().strip(_WRAP).rstrip(".").strip()
    value = re.sub(r"^(?:dr|prof|professor)\.?\s+(?=[A-Z])", "", value, flags=_I)  # the loader drops honorifics too
    if names_in(value):
        return value
    first = value.split(",")[0].strip()
    return first if names_in(first) else None


def labelled_host(text: str) -> str | None:
    """The host a programme's particulars line names ("Host: Jane Doe (JD)", "Presenter: Jane Doe |
    Correspondent: John Roe"), or None."""
    for part in _PARTICULARS_PARTS.split(_unwrap(text)):
        m = _HOST_LABEL.match(part.strip().strip(_WRAP))
        if m:
            return labelled_names(m["names"])
    return None


#: what a byline names when it names no person: an agency, the staff, a desk
_ANONYMOUS = re.compile(
    r"^(?:the\s+)?(?:" + lx.AGENCY_PATTERN + r"(?:\s+(?:staff|reporters?|correspondents?))?"
    r"|(?:our|a|the|\w+)?\s*(?:staff|special|own|senior)\s+(?:reporter|writer|correspondent)s?"
    r"|our (?:correspondents?|reporters?|staff|bureau)|(?:\w+\s+)?(?:news\s+)?desk|staff(?: and agencies)?|agencies"
    r"|(?:\w+\s+){0,3}(?:staff|web desk|news desk|newsroom|editorial team|editors|editorial board)"
    r"|(?:the|our)\s+(?:[\w-]+\s+){0,4}(?:team|desk|unit|department|staff|office|volunteers|researchers))$",
    _I,
)


def anonymous_byline(text: str) -> bool:
    """"By Reuters", "By Our Correspondent", "By Staff Reporter", "By Web Desk": a byline that
    credits an agency or the staff, no person."""
    name = byline(text)
    return bool(name) and bool(_ANONYMOUS.match(name.strip()))


def byline_names(text: str) -> list[str] | None:
    """The people a byline line credits, when the line is a byline and every part a name."""
    name = byline(text)
    return names_in(name) if name else None


def credit_line(text: str) -> list[str] | None:
    """A wire credit line — every part separated by ";" (or ". ") is ROLE by NAMES: "Reporting by
    Jane Doe; Editing by John Roe". Returns the names of the first part, or None."""
    parts = [p.strip() for p in _CREDIT_PARTS.split(_unwrap(text, _CREDIT_WRAP)) if p.strip()]
    if not parts:
        return None
    first: list[str] | None = None
    for part in parts:
        m = _CREDIT_ROLE.match(part)
        names = names_in(m["names"]) if m else None
        if names is None:
            return None
        first = first or names
    return first


def organisation_credit(text: str) -> bool:
    """A credit line that names a team, desk or staff rather than people, perhaps with its sources
    ("Compiled by the Reference Desk research team. Sources: agency archives.", "Research by the
    library staff; graphics by the data desk"): every part is ROLE by an anonymous credit, or a
    sources note after one."""
    parts = [p.strip() for p in _CREDIT_PARTS.split(_unwrap(text, _CREDIT_WRAP)) if p.strip()]
    credited = False
    for part in parts:
        m = _TEAM_CREDIT_ROLE.match(part)
        if m and (_ANONYMOUS.match(m["names"].strip()) or names_in(m["names"]) is not None):
            credited = True
        elif not (credited and lx.SOURCE_NOTE.match(part)):
            return False
    return credited


#: A closing note crediting contributors rather than the author, in the shapes wires and papers
#: print: "<Agency> writer Jane Doe in Kyiv contributed to this report." (AP), "Jane Doe contributed
#: reporting from Kyiv." / "Reporting was contributed by Jane Doe." (newspapers), "With assistance
#: from Jane Doe." (Bloomberg). The whole line must be the note: a body sentence saying who
#: "contributed troops to the mission" never ends in "to this report" or "reporting".
_CONTRIBUTOR_NOTE = re.compile(
    r"^(?:(?P<who>[^.!?]{3,120}?)\s+contributed(?:\s+(?:additional\s+)?reporting)?"
    r"(?:\s+(?:to|for)\s+(?:this|the)\s+(?:report|story|article|dispatch))?(?:\s+(?:from|in)\s+[A-Z][^.!?]{1,60})?"
    r"|(?:additional\s+)?reporting\s+(?:was\s+)?contributed\s+by\s+(?P<who2>[^.!?]{3,120}?)"
    r"|with\s+(?:additional\s+)?(?:assistance|reporting)\s+(?:from|by)\s+(?P<who3>[^.!?]{3,120}?))\s*[.]?$",
    _I,
)
#: A provenance note: "Originally published in Spanish by Diario X.", "This story first appeared
#: in The Y.", "First published on 3 May 2021.", "A version of this article appeared in print on …".
_PROVENANCE_NOTE = re.compile(
    r"^(?:(?:this|the)\s+(?:article|story|piece|essay|column|interview|report)\s+)?(?:was\s+|has\s+been\s+)?"
    r"(?:originally|first)\s+(?:published|appeared|ran|posted)\s+(?:in|on|by|at)\b"
    r"(?![^.!?]*,\s+(?:the|a|an|it|he|she|they|this|its|his|her|their)\s)[^.!?]{0,100}[.]?"
    r"(?:\s+(?:translated|reproduced|republished|reprinted|used)\b[^.!?]{0,60}\bwith permission[.]?)?$"
    r"|^(?:this\s+(?:article|story|piece|essay|column|interview|report)\s+(?:was|has\s+been)\s+)?translated\s+from\s+"
    r"(?:the\s+)?[A-Z][a-z]+(?:\s+(?:original|edition))?(?:\s+by\s+[^.!?]{3,60})?\s*[.]?$"
    r"|^an?\s+(?:earlier\s+|shorter\s+|longer\s+)?version\s+of\s+this\s+(?:article|story|piece)\s+"
    r"(?:appeared|was\s+published|ran)\b[^!?]{0,120}$"
    # "The original article appeared in the print edition of 15.10.2025."
    r"|^the\s+original\s+(?:article|story|piece|text|report|version|column|essay)\s+(?:first\s+)?(?:appeared|was\s+published|ran)"
    r"\s+(?:in|on)\b[^!?]{0,120}$",
    _I,
)
#: where a note of several sentences is cut into them: "Translated from the X by Y. The original …"
_NOTE_SENTENCES = re.compile(r"(?<=[.])\s+(?=[A-Z])")


def contributor_note(text: str) -> bool:
    """A line that credits contributors ("… contributed to this report.", "With assistance from
    Jane Doe.") or says where the piece first appeared ("Originally published in Spanish by …"):
    the whole line is the note, and the credited part names people, an agency or its staff."""
    line = _unwrap(text, _CREDIT_WRAP)
    if _PROVENANCE_NOTE.match(line):
        return True
    sentences = _NOTE_SENTENCES.split(line)
    if len(sentences) > 1 and all(_PROVENANCE_NOTE.match(x) for x in sentences):
        return True  # "Translated from the Icelandic by Jane Doe. The original article appeared in …"
    m = _CONTRIBUTOR_NOTE.match(line)
    if not m:
        return False
    who = (m["who"] or m["who2"] or m["who3"]).strip()
    if m["who"] and not re.search(r"contributed(?:\s+(?:additional\s+)?reporting|\s+(?:to|for)\s+(?:this|the)\s+(?:report|story|article|dispatch))", line, _I):
        return False  # "Germany contributed troops." is news, not a note
    who = _IN_PLACE.sub("", who)
    who = re.sub(r"^(?:the\s+)?" + lx.AGENCY_PATTERN + r"(?:\s+(?:writers?|reporters?|correspondents?|journalists?|staff))?\s*", "", who, flags=_I)
    who = re.sub(r"^(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?)\s+", "", who, flags=_I)
    return not who or names_in(who) is not None or bool(_ANONYMOUS.match(who))


#: a signature closing a story: a dash, names, then perhaps the outlet, desk or place after a
#: comma or bar ("— Jane Doe", "-- Ramon Dizon, Pacific Wire", "– Kofi Mensah | The Harbour Post")
_SIGNATURE = re.compile(r"^\s*(?:--?|[–—])\s*(?P<names>[^,|]{3,60}?)\s*(?:[,|]\s*(?P<rest>[^,|]{2,60}))?\s*$")


def signature_names(text: str) -> list[str] | None:
    """The people a closing signature line names, or None when the line is no signature: the part
    after the comma or bar, if any, is a few capitalised words (an outlet, a place, a desk)."""
    m = _SIGNATURE.match(_unwrap(text, "*_ \t"))
    if not m:
        return None
    rest = (m["rest"] or "").strip().rstrip(".")
    if rest and not (len(rest.split()) <= 5 and all(w[:1].isupper() or w.lower() in lx.NAME_PARTICLES
                                                    or w.lower() in {"of", "the", "and"} for w in rest.split())):
        return None
    return names_in(m["names"])


#: roles whose credit names the story's author
#: "Compiled by" credits the writer of a factbox or a chronology made of the agency's reports
#: ("(Compiled by Jo Weiss; Editing by Kim Ode)"): no one else wrote it
AUTHOR_ROLES = frozenset({"reporting", "writing", "compiled"})


def credit_role(text: str) -> str | None:
    """The first role of a credit line, lower case ("reporting", "additional reporting"), or None."""
    m = _CREDIT_ROLE.match(_CREDIT_PARTS.split(_unwrap(text, _CREDIT_WRAP))[0].strip())
    return m.group(0)[: m.start("names")].lower().removesuffix(" by ").strip() if m else None


def photo_credit_tail(text: str) -> bool:
    """A caption closing with a "SOURCE/NAME" photo credit: "… Berlin, May 12, 2023. AGENCY/Jane
    Doe", "Photo: Agency/Jane Doe", "Keystone/Getty Images". The credit is the last stretch after a
    full stop, colon, comma or opening bracket; both sides of the slash are capitalised words (or a
    known agency), the right one may end in lower-case words ("Public domain"), nothing follows."""
    body = text.strip().rstrip(")").rstrip()
    if not body or body.endswith((".", "!", "?")) and not re.search(r"\b[A-Z]\.$", body):
        return False
    cut = max(body.rfind(". "), body.rfind(": "), body.rfind(", "), body.rfind("("))
    before = body[:cut] if cut >= 0 else ""
    if sum(c.isalpha() for c in before) >= 20 and before.upper() == before:
        return False  # a headline set in capitals naming parties: "… OVER THE ISLANDS (INDONESIA/MALAYSIA)"
    tail = body[cut + 1 :].strip() if cut >= 0 else body
    tail = tail.lstrip("(: ").strip()
    sides = [s.strip() for s in tail.split("/")]
    if not 2 <= len(sides) <= MAX_CREDIT_SIDES:
        return False  # "AGENCY/Jane Doe", "AGENCY/Jane Doe/File Photo", "Jane Doe/AGENCY/Getty Images"
    if not (_credit_side(sides[0]) and all(_credit_side(s, lower_tail=True) for s in sides[1:])):
        return False
    # a line that is nothing but "A/B …" ("Swindon/Notts Co v Boro", "Smith/Jones lead the way") is a
    # credit only when it names an agency or says it is one
    alone = cut < 0 or _PHOTO_WORD.fullmatch(body[: cut + 1].strip(" (:"))
    return not alone or bool(_AGENCY_SIDE.search(tail)) or bool(_PHOTO_WORD.match(body))


#: how many slash-separated parts a photo credit may have
MAX_CREDIT_SIDES = 3
_PHOTO_WORD = re.compile(r"(?:photo(?:graph)?s?|pictures?|images?|credit|foto|bild)\b", _I)
_AGENCY_SIDE = re.compile(r"(?:^|/)\s*" + lx.AGENCY_PATTERN + r"(?:\s+(?:photos?|images|pictures|pool|file))?\s*(?:/|$)", _I)


#: closed-class words that make a clause - a question word, an auxiliary, the negation - and never
#: stand in a photo credit's names (a title-cased headline around a slashed name is no credit)
CLAUSE_WORDS = frozenset({"what", "why", "how", "do", "does", "did", "is", "are", "was", "were", "not",
                          "has", "have", "had"})


def _credit_side(side: str, *, lower_tail: bool = False) -> bool:
    words = side.split()
    if not 1 <= len(words) <= 6 or not any(c.isalpha() for c in side):
        return False
    if side.lower() in lx.AGENCIES:
        return True
    if not words[0][:1].isupper():
        return False
    for i, w in enumerate(words):
        if not all(c.isalpha() or c in ".'’&-" for c in w):
            return False
        if w.lower() in CLAUSE_WORDS and not w.isupper():
            return False  # "What Kasikili/Sedudu Does Not Settle": a headline's clause, not a name
        if not w[:1].isupper() and w.lower() not in lx.NAME_PARTICLES and not (lower_tail and i > 0):
            return False
    return True


# --- a writer credited in a role: "Compiled by Jane Doe for …", "Editor: Jane Doe" -------------

def _alternation(phrases: tuple[str, ...]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


#: "<at most three lead words> ROLE by NAMES": "Compiled by Jane Doe", "Record compiled by Jane Doe,
#: volunteer editor", "Introduction and notes by Jane Doe", "A reading guide by Jane Doe, Head Librarian"
_WRITING_BY = re.compile(
    rf"^(?P<lead>(?:[\w'’-]+\s+){{0,3}}?)(?:{_alternation(lx.WRITING_ROLES['by'])})\s+by\s+(?P<names>\S.*)$", _I)
#: "ROLE: NAMES": "Editor: Jane Doe", "Lead author: Jane Doe.", "Primary analyst: Dr. Jane Doe, Director"
_WRITING_LABEL = re.compile(rf"^(?:{_alternation(lx.WRITING_ROLES['label'])})\s*:\s*(?P<names>\S.*)$", _I)
#: a credit's words that say it is no writer's: "Photographs and text by …", "Translated by …"
_NOT_WRITING = re.compile(rf"\b(?:{_alternation(lx.WRITING_ROLES['never'])})\b", _I)
#: lead words that make the line a sentence ("The treaty was written by …"), not a credit
_CLAUSE_WORD = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|it|he|she|they|we|i)\b", _I)
#: "- by Jane Doe and John Roe" after a series' or a booklet's name
_DASH_BY = re.compile(r"^by\s+(?P<names>\S.*)$", _I)
#: where a line of particulars is cut into its credits: bars and dots ("Season 4 · Hosted by Jane
#: Doe"), a dash ("Series No. 6 - by Jane Doe"), a full stop ("Edition 3, 2019. Compiled by Jane Doe
#: for …"; not after an initial or "Dr.")
_WRITING_PARTS = re.compile(r"\s+[|·•]\s+|\s+[-–—]\s+|(?<!\b[A-Z][a-z])(?<!\b[A-Z])\.\s+(?=[A-Z])")
#: the next label in a broadcast script's particulars: "EDITOR: Jane Doe READER: John Roe"
_NEXT_LABEL = re.compile(r"\s+(?=(?:[A-Z]{2,}|[A-Z][a-z]+)\s*:)|\s{2,}")
#: a team named before its members: "the curatorial team, Jane Doe and John Roe"
_TEAM_BEFORE = re.compile(r"^(?:the|our)\s+(?:[\w'’-]+\s+){0,3}(?:team|staff|editors|volunteers|curators)\s*,\s*", _I)
#: a rank or courtesy title before a writer's name: "Captain Jane Doe", "Dr. Jane Doe"
_RANK = re.compile(r"^(?:dr|prof|professor|capt|captain|rev|reverend|col|colonel)\.?\s+(?=[A-Z])", _I)
#: where the name ends and the writer's role, patron or place begins: "Jane Doe, Head Buyer",
#: "Jane Doe for the Town Society", "Jane Doe (University of X)", "Jane Doe with the editorial team"
_AFTER_WRITER = re.compile(r"\s*[,(;]|\s+(?:for|with|in|at|on)\s+")
#: a body's word: what a credit names when it names no person ("Prepared by Northvale Heritage Consultants")
_BODY_WORD = re.compile(r"\b(?:consultants?|associates|association|society|trust|institute|council|committee|group|"
                        r"office|unit|department|ministry|agency|press|bureau|cent(?:re|er)|university|museum|library|archives?|"
                        r"staff|desk|team|foundation|company|inc|ltd|llc|plc|partners|club|board|secretariat|service|ratings|consulting|"
                        r"consultancy|media|news|publishing|publications|holdings|resources|prepress|choir|orchestra|forum|network|coalition|alliance|initiative)\b", _I)
#: the most words of one credit in a line of particulars
WRITING_CREDIT_WORDS = 25


#: a site user's handle as a credit prints it: one token with an underscore or a digit ("lake_walker",
#: "fox_81"), perhaps in bold, with the user's reputation after it ("lake_walker (1,204 rep)", "fox_81 1,204")
_HANDLE = re.compile(r"^[*_]{0,2}(?P<handle>[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)+|[A-Za-z]+\d+)[*_]{0,2}"
                     r"(?:\s*\([^)]{0,30}\)|\s+[\d,.]+k?|\s*$)")


def _writer_names(value: str) -> str | None:
    if (h := _HANDLE.match(value.strip())) is not None and ("_" in h["handle"] or any(c.isdigit() for c in h["handle"])):
        return h["handle"]  # "asked by lake_walker (1,204 rep)": a site's user
    value = value.strip().strip(_WRAP).strip()
    value = _TEAM_BEFORE.sub("", value)
    # "Jane Doe, Head Buyer": after a comma a credit prints the writer's post more often than a second
    # writer, so a value with a comma gives the name before it
    whole = [] if "," in value else [value.rstrip(". ")]
    for candidate in (*whole, _AFTER_WRITER.split(value, maxsplit=1)[0].rstrip(". ")):
        names = names_in(candidate)
        if names is None:
            names = names_in(" and ".join(_RANK.sub("", n.strip()) for n in _NAME_JOIN.split(candidate) if n.strip()))
        if names:
            names = [_RANK.sub("", n) for n in names]
            if any(_BODY_WORD.search(n) or _ANONYMOUS.match(n) for n in names):
                return None  # "Prepared by Northvale Heritage Consultants": a body, no writer
            return " and ".join(names)
    return None


def credited_writer(value: str) -> str | None:
    """The writer a credit field's value names ("Jane Doe, Research Unit" -> "Jane Doe"; "Jane Doe and
    John Roe"), or None when it names a body or a team ("Content Operations (transcripts team)")."""
    return _writer_names(value)


#: a file's author field that names a body's desk, not its writers: the field ends on the desk's
#: word ("SSHL editorial office", "Publications Office", "X secretariat", "KS production",
#: "Transaction counsel", "Corporate Affairs") — the office that made the file
_DESK = re.compile(r"\b(?:office|secretariat|editorial|production|counsel|corporate affairs|communications)\s*$", re.I)


def names_a_desk(name: str) -> bool:
    """A file's author field that names the desk that made the file (:data:`_DESK`)."""
    return bool(_DESK.search(name.strip()))


def names_a_body(name: str) -> bool:
    """A credit or a file's author field that names a body ("Northvale Heritage Society", "Office of
    the Registrar"), not people."""
    return names_in(name.replace(";", ",")) is None or bool(_BODY_WORD.search(name)) or bool(_ANONYMOUS.match(name.strip()))


def writing_credit(text: str) -> str | None:
    """The writer a line credits in a role of :data:`lx.WRITING_ROLES` ("Compiled by Jane Doe for the
    Town Society", "Season 4 · Hosted by Jane Doe", "EDITOR: Jane Doe READER: John Roe", "Lead author:
    Jane Doe.", "Series No. 6 - by Jane Doe and John Roe"), as printed ("Jane Doe and John Roe"), or
    None: a photographer's, a translator's or a body's credit, or a sentence, names no writer."""
    line = _unwrap(text)
    if len(line) > 300:
        return None
    parts = [p.strip().strip(_WRAP).strip() for p in _WRITING_PARTS.split(line)]
    for n, part in enumerate(parts):
        if not part or len(part.split()) > WRITING_CREDIT_WORDS:
            continue
        m = _WRITING_BY.match(part)
        if m and not (_NOT_WRITING.search(m["lead"]) or _CLAUSE_WORD.search(m["lead"])):
            value = m["names"]
        elif (m := _WRITING_LABEL.match(part)) is not None:
            value = _NEXT_LABEL.split(m["names"], maxsplit=1)[0]
        elif n and (m := _DASH_BY.match(part)) is not None:
            value = m["names"]
        else:
            continue
        names = _writer_names(value)
        if names:
            return names
    return None


#: how many lines from the top of a text a writer's credit may stand on
WRITING_CREDIT_REACH = 25


def head_writer(lines: list[str]) -> str | None:
    """The writer the first lines of a text credit (:func:`writing_credit`), or None."""
    head = lines[:WRITING_CREDIT_REACH]
    for n, line in enumerate(head):
        if (who := writing_credit(line)) is not None:
            return who
        if (names := byline_names(line)) and not anonymous_byline(line) and not any(_BODY_WORD.search(x) for x in names):
            return " and ".join(names)  # "by Jane Doe" under a page's headline that the extractor left out
        if line.rstrip().endswith(":") and n + 1 < len(head) and (who := writing_credit(f"{line} {head[n + 1]}")):
            return who  # "… Lead author:" / "Jane Doe. March 2021.": a label its value was wrapped under
    return None


#: a year in a line: a place and a date under a title, not a writer and what the writer is
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d{2}\b")
#: how many lines from the top a title with its writer's name under it may stand
NAME_UNDER_TITLE_REACH = 6


def _ends_title(line: str, title: str | None) -> bool:
    """``line`` is the last line of ``title`` as printed (the whole title or its last words, two or more)."""
    if not title:
        return False
    bare = " ".join(line.strip().strip("#*_ \t").split()).casefold()
    return len(bare.split()) >= 2 and " ".join(title.split()).casefold().endswith(bare)
#: the fewest words of the title line over a lone name
TITLE_OVER_NAME_WORDS = 3
#: markup a heading line may open with ("# ", "## ") or be wrapped in
_HEADING_MARKS = "#*_ \t"


def _title_like(line: str) -> bool:
    text = line.strip().strip(_HEADING_MARKS).strip()
    return (len(text.split()) >= TITLE_OVER_NAME_WORDS and not text.endswith((".", "!", "?", ",", ";"))
            and names_in(text) is None and not text.startswith(("<", "[", "|", ">")) and "|" not in text
            and not lx.NAV_LINE.match(text))


#: a word of a person's name as a title page prints it: "Jane", "Kasabian-Holt", "O'Neill", "J."
_NAME_WORD = re.compile(r"^(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)*|[A-Z]\.|(?:de|van|von|der|da|del|la|le|bin|al))$")


def name_under_title(lines: list[str], title: str | None = None) -> str | None:
    """A book's, a chapter's or a lecture's writer printed alone under its title, perhaps with a
    department after a dot ("THE RIVER KINGDOMS" / "Jane Doe"; "## Lecture 4: The Salt Road" / "Dr Jane
    Doe · Department of History"): the name line right under a title line among the first lines;
    a body's name ("Northvale Heritage Society") or a name over nothing but names is none. With the
    document's ``title`` known, the name may stand under its last line wherever the title is set, over
    one line or several (a paper's or a bulletin article's first page: running head / title over
    three lines / "Jane Doe"), with what the writer is after a comma ("Jane Doe, Harbour History Society")."""
    head = lines[:NAME_UNDER_TITLE_REACH]
    for n in range(1, len(head)):
        # the title's last line may be one word ("1906–1978"): read it with the line over it
        ends_title = _ends_title(head[n - 1], title) or (n >= 2 and _ends_title(f"{head[n - 2]} {head[n - 1]}", title))
        if head[n].lstrip().startswith("#") or not (n == 1 or head[n - 1].lstrip().startswith("#") or ends_title):
            continue  # the name is no heading; its title opens the text or is a heading itself
        line = _RANK.sub("", _PARTICULARS_PARTS.split(head[n].strip().strip("*_ \t"))[0].strip())
        if "," in line and ends_title:  # "Jane Doe, Harbour History Society" / "Jane Doe, member no. 12"
            name, _, rest = line.partition(",")
            # not a venue's dateline ("Hill Lodge, Centurion, Saturday 11 October 2025") nor a list of names
            line = name if names_a_body(rest.strip()) and not _YEAR.search(rest) else line
        names = names_in(line) if "," not in line else None
        if (names and len(names) <= 2 and (ends_title or _title_like(head[n - 1]))
                and not any(_BODY_WORD.search(x) for x in names)
                and all(_NAME_WORD.match(w) for x in names for w in x.split())):
            return " and ".join(names)
    return None
