"""Word lists and tables the time tagger reads: month, weekday, season and number words,
holidays, units, and the context words that license a bare year.

Pure data (module constants); the regexes are built from it in :mod:`chronica.time.patterns`.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# Month words that are also common English words: only read as months in a date-like context.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "mar", "jan", "dec", "sep"})

WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI", "overnight": "TNI",
}

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "couple": 2,
    "single": 1,
}
TENS_WORDS: tuple[str, ...] = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
VAGUE_QUANTITIES: tuple[str, ...] = (
    "a few", "few", "several", "some", "many", "a number of", "numerous", "a couple of", "couple of",
    "the past few", "the last few", "the next few", "a couple", "countless",
)

#: how many units a vague count spans, at least and at most, when it shifts a date ("several days
#: later"): the date it names is known only to the month or year both ends share. "many" and
#: "numerous" are left out: they give no upper bound a date could be read from.
#: words that make "N units before/after ..." the stretch itself, not a date counted from a
#: happening: the preposition of duration and the verb of lasting ("the talks went on for five
#: months before the envoys signed", "the blockade lasted six weeks before the port gave in")
STRETCH_GOVERNORS = frozenset({"for", "last", "lasts", "lasted", "lasting"})

#: words before "the next year" / "the next month" that make it a stretch of time ("over the next
#: year", "in the next month", "spent the next year in exile"); after any other word the phrase is
#: the story's next year or month, a step told after a verb ("followed suit the next year", "was
#: ratified the next year", "early the next year"), as "the following year" is
#: (``grammar._p_relunit``)
NEXT_STRETCH_WORDS = frozenset({
    "over", "in", "into", "during", "for", "within", "throughout", "through", "across", "of", "until",
    "till", "by", "from", "to", "than", "about", "around", "before", "after", "all", "whole", "entire",
    "spend", "spends", "spent", "spending", "take", "takes", "took", "taken", "taking", "last", "lasts",
    "lasted", "lasting", "and", "or", "the", "a", "an",
})
#: the coarsest date an anaphor of each unit may point back to ("that day" to a day, "that month"
#: to a month, "that year" and "that November" to a year): after a coarser date or the writer's now
#: ("tonight") it reaches back to the date before (``tagger._Resolver._story_anchor_for``)
ANAPHOR_FINEST = {"day": "day", "week": "week", "month": "month", "year": "year"}
#: how many dates told before an anaphor it may reach back over
ANAPHOR_HISTORY = 8
#: the units of "the next <unit>" that may be a step of the story told after a verb
NEXT_STEP_UNITS = frozenset({"year", "month"})

VAGUE_SHIFTS: dict[str, tuple[int, int]] = {
    "a few": (2, 5), "few": (2, 5), "several": (2, 9), "some": (2, 9), "a couple of": (2, 3),
    "couple of": (2, 3), "a couple": (2, 3),
}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "last": 4,
}

DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}

# Duration units: word -> (TIMEX3 unit letter, is time unit, years per unit for scaling)
UNITS: dict[str, str] = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "2W", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "DE", "century": "CE", "millennium": "ML",
}

# Fixed-date holidays (month, day); movable ones are computed in normalize.py. A state's own day
# ("Independence Day", "National Day") is not here: each state keeps it on another date (the United
# States' is "the Fourth of July"), so the name alone tells no day ("on Ruritania's Independence Day",
# "the republic's national day").
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas day": (12, 25), "christmas": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new years day": (1, 1),
    "new year's": (1, 1), "fourth of july": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11),
    "boxing day": (12, 26), "bastille day": (7, 14), "may day": (5, 1),
    "armistice day": (11, 11), "st. patrick's day": (3, 17), "all saints' day": (11, 1),
}
MOVABLE_HOLIDAYS: tuple[str, ...] = (
    "thanksgiving day", "thanksgiving", "easter sunday", "easter", "good friday",
    "labor day", "memorial day", "mother's day", "father's day", "election day",
)

# Words right before a bare year that make it a date ("in 1948", "since 1949", "by 1974").
YEAR_PREPOSITIONS: frozenset[str] = frozenset({
    "in", "since", "by", "until", "till", "til", "to", "from", "of", "during", "before", "after",
    "around", "circa", "c.", "ca.", "early", "late", "mid", "year", "fiscal", "between", "and",
    "through", "throughout", "for", "on", "at", "than", "spring", "summer", "autumn", "fall",
    "winter", "year-end", "end", "beginning", "start", "as", "about", "within", "into", "or",
    "versus", "vs.", "the", "election", "elections", "born", "died", "until", "nor", "beyond",
    "per", "over", "under", "past", "-", "–", "—", "(", "[", ",", "season", "calendar",
})
# Words right before a number that make it not a year.
#: words of approximation that may stand before a year ("born about 1910", "circa 1500"); a
#: year after them is an approximate date unless a counted noun follows (then it is a count)
APPROX_YEAR_WORDS: frozenset[str] = frozenset({"about", "around", "approximately", "roughly", "circa", "c.", "ca."})

NON_YEAR_PREFIXES: frozenset[str] = frozenset({
    "no.", "no", "number", "nos.", "page", "pages", "p.", "pp.", "vol.", "volume", "route",
    "flight", "room", "isbn", "code", "model", "#", "chapter", "article", "section", "paragraph",
    "resolution", "rule", "highway", "interstate", "apt.", "suite", "bus", "line", "platform",
    "gate", "item", "box", "tel", "tel.", "phone", "fax", "zip", "about", "some", "nearly",
    "almost", "over", "than", "only", "approximately", "roughly", "total", "totaling",
})
# Words right after a 4-digit number that make it a count, not a year.
COUNT_NOUNS: frozenset[str] = frozenset({
    "people", "persons", "troops", "soldiers", "men", "women", "children", "dollars", "euros",
    "pounds", "yen", "miles", "kilometers", "kilometres", "km", "meters", "metres", "feet",
    "tons", "tonnes", "votes", "jobs", "workers", "employees", "cases", "deaths", "units",
    "shares", "points", "barrels", "acres", "hectares", "residents", "students", "members",
    "copies", "cars", "homes", "houses", "families", "refugees", "prisoners", "killed",
    "dead", "injured", "rounds", "pages", "words", "calories", "degrees", "mph", "kg",
    "lbs", "percent", "%", "million", "billion", "thousand", "hours", "minutes", "seconds",
    "days", "weeks", "months", "years", "times", "more", "other", "others", "civilians",
    "marines", "sailors", "officers", "police", "protesters", "demonstrators", "seats",
    "missiles", "rockets", "planes", "aircraft", "tanks", "ships", "vehicles", "patients",
    "delegates", "participants", "visitors", "tourists", "customers", "users", "voters",
})

#: what may follow a year after a preposition to show that the count of the clause is told after it,
#: by the number after "than", so the word right after the year does not make the year a count: "in
#: 2012 more than 35,000 had gone back", "by the end of 1979 more than 180,000 people had been sent
#: back", "the war of 2006 killed more than 1,500 people"
COUNT_TOLD_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:more|fewer|less)\s+than\s+\d")

PRESENT_WORDS: tuple[str, ...] = (
    "right now", "just now", "now", "currently", "at present", "presently", "nowadays",
    "these days", "at the moment", "at this moment", "the present", "current",
)
PAST_WORDS: tuple[str, ...] = (
    "recently", "lately", "the past", "once upon a time", "some time ago",
    "long ago", "the old days",
)
FUTURE_WORDS: tuple[str, ...] = (
    "the future", "the near future", "someday", "in due course", "down the road", "the near term",
    "the short term",
)

# Tense cues near an underspecified date ("on Friday ... will" / "said Friday"); the nearest wins.
FUTURE_CUES: tuple[str, ...] = (
    "will", "'ll", "shall", "would", "going to", "to be", "is to", "are to", "as early as",
    "as soon as", "scheduled", "expected", "expects", "expect", "anticipates", "set to", "set for", "slated",
    "due", "next", "plans to", "plan to", "plans a", "plans an", "plans the", "plans its", "plans their",
    "planned to", "planned for",
    "planning", "intends to", "hopes to", "aims to", "could come", "upcoming", "tomorrow",
    "won't", "later this", "payable", "effective", "expires", "expire", "starting", "beginning",
    "deadline",
)
PAST_CUES: tuple[str, ...] = (
    "said", "says", "was", "were", "had", "did", "met", "told", "came", "went", "took", "made",
    "gave", "began", "won", "lost", "held", "left", "sent", "saw", "spoke", "rose", "fell", "got",
    "read", "led", "paid", "hit", "sold", "bought", "brought", "thought", "found", "wrote", "broke",
    "chose", "struck", "died", "fled", "flew", "ran", "knew", "became", "stood", "kept", "ago",
    "last", "earlier", "yesterday", "since",
)

#: Verbs of saying: a clause of saying set inside a sentence ("The 2022 figures, the company said on
#: 3 March, ...") is dated by its own saying, not by the year of the subject it interrupts.
SAYING_VERBS: tuple[str, ...] = (
    "said", "says", "told", "announced", "reported", "stated", "added", "noted", "wrote", "claimed",
    "recalled", "explained", "insisted", "confirmed",
)

#: Words right before a date that make it an aside about someone or something, not a time the
#: story moves to: a person's birth ("Isaias, born in 1946, denied ..."), how far back a record or a
#: custom reaches ("registries going back to 1929"). Such a date neither anchors "that summer"
#: nor "the following spring" after it; the story's own time goes on.
ASIDE_BEFORE_DATE: tuple[str, ...] = (
    "born in", "born on", "born", "going back to", "dating back to", "dating from", "reaching back to",
    "stretching back to", "dates back to", "date back to", "dates from", "date from",
)

# Narrative references: resolved against the last absolute date the text set.
NARRATIVE_SAME: dict[str, str] = {
    "that year": "year", "the same year": "year", "that same year": "year",
    "that month": "month", "the same month": "month", "that same month": "month",
    "that day": "day", "the same day": "day", "that same day": "day", "that week": "week",
    "the same week": "week", "that summer": "season", "that spring": "season",
    "that autumn": "season", "that fall": "season", "that winter": "season",
    "by then": "any", "at this time": "any", "at that time": "any", "at the time": "any",
    "at that point": "any", "at this point": "any", "then": "any", "that time": "any",
    "those days": "any", "that decade": "decade", "that quarter": "quarter",
}
#: parts of the day told from the story's day, not from the date of writing (TimeML's anaphoric
#: times): "that evening", "the same morning" are the day the story is at; "the next morning", "the
#: following evening", "the morning after" its next day; "the previous evening", "the night before"
#: the day before it. They resolve to the day (the part of the day is finer than any event's date);
#: "this morning" stays the writer's (the deictic rule of :mod:`chronica.time.patterns`)
PARTS_OF_THE_STORY_DAY: tuple[str, ...] = ("morning", "afternoon", "evening", "night")
NARRATIVE_SAME.update({f"{det} {pod}": "day" for pod in PARTS_OF_THE_STORY_DAY
                       for det in ("that", "the same", "that same")})
#: nouns a part of the day modifies as a noun ("that night raids would stop", "the same evening
#: flights"): "that" is then a conjunction or a determiner of the noun, and no time is told
POD_MODIFIED_NOUNS = frozenset({
    "raid", "raids", "flight", "flights", "shift", "shifts", "session", "sessions", "prayer", "prayers",
    "class", "classes", "patrol", "patrols", "curfew", "curfews", "news", "edition", "editions", "paper",
    "papers", "newspaper", "newspapers", "bulletin", "bulletins", "show", "shows", "service", "services",
    "train", "trains", "bus", "buses", "school", "schools", "market", "markets", "sky", "skies", "life",
    "club", "clubs", "watch", "star", "stars", "air", "sitting", "sittings", "vision", "attack", "attacks",
})
#: words before a season that move from the story's time, not the date of writing: "the following
#: spring" after "in 1975" is the spring of 1976 ("next spring" alone is the document date's)
NARRATIVE_SEASON_SHIFT: dict[str, int] = {
    "the following": 1, "the next": 1, "the previous": -1, "the preceding": -1,
}

NARRATIVE_SHIFT: dict[str, tuple[int, str]] = {
    "the following year": (1, "year"), "the next year": (1, "year"), "the year after": (1, "year"),
    "the new year": (1, "year"),
    "the previous year": (-1, "year"), "the year before": (-1, "year"),
    "the preceding year": (-1, "year"), "the prior year": (-1, "year"),
    "the following month": (1, "month"), "the next month": (1, "month"),
    "the previous month": (-1, "month"), "the month before": (-1, "month"),
    "the following day": (1, "day"), "the next day": (1, "day"), "the day after": (1, "day"),
    "the previous day": (-1, "day"), "the day before": (-1, "day"), "the preceding day": (-1, "day"),
    "the following week": (1, "week"), "the next week": (1, "week"),
    "the previous week": (-1, "week"), "the week before": (-1, "week"),
    "the following decade": (1, "decade"), "the next decade": (1, "decade"),
    "the previous decade": (-1, "decade"), "the year-earlier": (-1, "year"),
    "the year-ago": (-1, "year"), "year-earlier": (-1, "year"), "year-ago": (-1, "year"),
}
NARRATIVE_SHIFT.update({f"{det} {pod}": (n, "day") for pod in PARTS_OF_THE_STORY_DAY
                        for det, n in (("the following", 1), ("the next", 1), ("the previous", -1),
                                       ("the preceding", -1))})
NARRATIVE_SHIFT.update({f"the {pod} {rel}": (n, "day") for pod in PARTS_OF_THE_STORY_DAY
                        for rel, n in (("after", 1), ("before", -1))})

# Weekday direction (:mod:`chronica.time.direction`).
#: Verbs whose past form still points forward: what was planned, scheduled or put off for a
#: weekday happens on the next one ("planned a rally on Saturday", "postponed the vote until Tuesday").
FORWARD_VERBS: tuple[str, ...] = (
    "planned", "scheduled", "rescheduled", "slated", "postponed", "delayed", "deferred", "adjourned",
    "put off", "pushed back",
)
#: Phrases that set the earliest time of something still to come ("as soon as Monday").
EARLIEST_CUES: tuple[str, ...] = ("as soon as", "as early as", "no sooner than", "not before", "no earlier than")
#: Forms of "be" that make a present progressive ("is meeting Monday"): a plan for the next such day.
PRESENT_BE: tuple[str, ...] = ("is", "are", "am", "'s", "'re", "’s", "’re")
