"""Boilerplate lexicon: general phrases that web pages, newsletters and e-books wrap around articles.

Owns the word lists and regular expressions only; :mod:`chronica.ingest._clean` decides where they
apply. Every pattern is generic (what any news site, blog or online book prints), never a phrase
from one particular page.
"""

from __future__ import annotations

import re
from pathlib import Path

_I = re.IGNORECASE

STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself
    just me more most my myself no nor not now of off on once only or other our ours ourselves out over
    own same she should so some such than that the their theirs them themselves then there these they
    this those through to too under until up very was we were what when where which while who whom why
    will with would you your yours yourself yourselves said says""".split()
)

#: small words that stay lower case in a Title Case headline.
TITLE_SMALL_WORDS = frozenset(
    "a an the of in on at to for and or but nor with by from as vs via is are was into over per".split()
)

#: A unit made only of these words (any number, any order) is a menu, a share bar or a button row.
NAV_WORDS = frozenset(
    """home news menu search close x archive archives categories category tags tag topics login log in
    sign signin signup up register subscribe subscription contribute donate share tweet email e-mail
    print facebook twitter whatsapp linkedin reddit pinterest telegram instagram youtube copy link
    comments comment reply next previous prev back top more read related trending popular latest
    follow us about contact privacy policy terms cookies cookie advertise advertisement ad ads opinion
    world politics business sport sports tech technology science health culture video videos audio
    podcast podcasts newsletter newsletters rss feed save bookmark skip to content main accept all
    show hide load | · • » « / - – — > <""".split()
)

# Whole-unit matches (the unit is nothing but this).
AD_MARKER = re.compile(
    r"^(?:ad|ads|advert|advertisement|advertising|sponsored(?: content| post| links?)?|promoted(?: content)?"
    r"|paid (?:post|content|partner(?:ship)?)|story continues below(?: advertisement)?"
    r"|continue reading(?: below| the main story)?|scroll (?:down )?to continue(?: with content)?"
    r"|article continues (?:below|after (?:this )?advertisement))"
    r"(?:\s*[-–—·|:]\s*(?:scroll (?:down )?to continue(?: reading| with content)?|continue reading(?: below)?"
    r"|(?:story|article) continues below))?\W*$",
    _I,
)

#: a printed page's number on a line of its own: "Page 2", "Page 3 of 4", "p. 12", "— 47 —", "- 12 -"
FOLIO_LINE = re.compile(r"^(?:(?:page|p\.) ?\d{1,4}(?: of \d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—])$", re.I)

NAV_LINE = re.compile(
    r"^(?:x|×|✕|close|menu|search|search (?:this |the )?[\w'’&.-]+(?: [\w'’&.-]+){0,3}?(?:\.\.\.|…|:?\s*\[[_ .]*\](?:\s*\[\w+\])?)|home|skip to (?:main )?content|back to top|top of page|next|previous"
    r"|next (?:article|story|post|page)|previous (?:article|story|post|page)|print(?: this)?(?: page| article)?"
    r"|archives?|categories|all rights reserved|log ?in|sign ?in|sign up|register|comments?|reply"
    r"|leave a (?:comment|reply)|\d+ comments?|join the (?:conversation|discussion)|show (?:more|comments)"
    r"|load more|view (?:all|more)|more|trending(?: now)?|latest|popular|most (?:read|popular|viewed|shared)"
    r"|listen(?: to this article)?|\d+ min(?:ute)?s? read|reading time\s*:?\s*(?:(?:approx\.?|approximately|about|ca\.|~)\s*)?\d+\s*min(?:ute)?s?\.?|licen[cs]e|table of contents|contents|on this page|in this (?:article|section|story)|jump to(?: section)?"
    r"|download (?:pdf|our app|the app)|click here.*|toggle navigation|navigation|breadcrumbs?"
    r"|(?:page|p\.) ?\d{1,4}(?: of \d{1,4})?|\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—])\W*$",  # a year alone is exempted: YEAR_HEADING
    _I,
)

#: a page's place and its pager: "You are here: Home » Timelines", "You are reading: Science >
#: Polar", "Previous page: The petitions | Next page: After 1893", "Page 3 of 4 – Women and the vote";
#: a blog's or an online book's pager with its arrows and no noun: "« Previous post: … Next post: … »",
#: "< Previous: Chapter 18 … | Contents | Next: Chapter 20 … >", "Older entry: …"
PLACE_OR_PAGER = re.compile(
    r"^(?:you(?: a|')re (?:here|reading|in|viewing)\s*:"
    r"|[«‹<←]?\s*(?:previous|next|prev|older|newer)(?:\s+(?:page|article|chapter|story|post|part|entry))?\s*[:»›>→]"
    r"|page\s+\d{1,4}\s+of\s+\d{1,4}\s*[-–—:|])",
    _I,
)

#: "Tags: a, b", "Filed under: x", "Topics: …": taxonomy lines.
TAXONOMY_LINE = re.compile(
    r"^(?:tags?|topics?|filed under|categories|category|keywords|posted in|more on|sections?)\s*:\s*\S", _I
)

SHARE_LINE = re.compile(
    r"^(?:share(?: (?:this|the))?(?: (?:article|story|page|post|book|link|video))?(?: (?:on|via|with) [\w ]{1,30})?"
    r"|click to (?:share|email|print)\b.{0,40}|(?:follow|like) us on \w+.{0,40}|copy (?:the )?link)\W*$",
    _I,
)

SEPARATOR_LINE = re.compile(r"^[^\w]{1,12}$")
#: A horizontal rule (dashes, underscores, equals signs, box lines), as pages print one between the
#: article and its foot or its head: "---", "_____", "=====". A dinkus ("* * *", "⁂") breaks a
#: story's sections instead and is no rule.
RULE_LINE = re.compile(r"^\s*(?:[-_=─━—–]\s*){3,}$")

LINK_ONLY = re.compile(
    r"^(?:(?:https?://|www\.)\S+|\S+@\S+\.\w+|(?:!?\[[^\]]*\]\([^)]*\)\s*)+)$", _I
)

#: Headings that open a "related stories" list.
RELATED_HEADER = re.compile(
    r"^(?:related(?: articles?| stories| posts?| content| coverage| news| reading| links| topics)?"
    r"|read (?:more|also|next)(?:\s+(?-i:[a-z])[\w-]*){0,2}|more (?:from|on|in|stories|news|like this|articles)\b.{0,40}"
    r"|see also|also read|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|don'?[’']?t miss"
    r"|recommended(?: for you| reading| stories)?|editor'?s'? picks|latest (?:news|stories|articles|posts)"
    r"|popular (?:posts|stories|articles)|in (?:other|related) news|what to read next|top stories"
    r"|most (?:read|popular|viewed|shared|commented)(?: (?:stories|articles|today|this week))?|trending(?: now| stories)?"
    r"|other (?:columns|articles|stories) by .{1,40}|more columns?.{0,40}"
    # a page's list of more of the same under the piece: "Similar essays", "Also on this day", "What we're reading"
    r"|similar (?:essays|articles|stories|posts|papers|entries)|also on this (?:day|date)|what (?:we'?[’']?re|i'?[’']?m) reading)\W*$",
    _I,
)

#: A short line pointing at another article: "READ MORE: …", ">> …", "► …".
TEASER_LINK = re.compile(
    r"^(?:(?:read (?:more|also|next)|related(?: (?:stor(?:y|ies)|articles?|reading|content|coverage|links?|pages?|topics?))?"
    r"|see also|also read|recommended|watch|listen|more|most (?:read|popular|viewed|shared))\s*[:|»>-]+\s*\S"
    r"|more (?:[\w-]+ ){0,2}[\w-]+s\s*:\s*\S"  # "More explainers: …", "More timelines: …", "More from our archives: …"
    r"|(?:>>|»|►|▶|→|⇒)\s*\S)",
    _I,
)

#: A short line about a newsletter that speaks to the reader: "Sign up for The Crossing, our free
#: weekly newsletter", "Thanks for signing up! Check your inbox", "You can unsubscribe at any time".
#: A paragraph reporting what a newsletter said ("the paper's Friday newsletter asked readers …")
#: speaks of it, not to the reader.
NEWSLETTER_WORD = re.compile(r"\b(?:newsletters?|inbox|unsubscribe|signing up|sign(?:ed)? up)\b", _I)
READER_ADDRESS = re.compile(r"\b(?:you|your|yours)\b|^(?:sign|subscribe|get|join|want|thanks|thank you|don't miss|never miss"
                            r"|to (?:unsubscribe|stop receiving))\b", _I)
#: A mailing's line telling the reader why it reached them: "You are receiving this mailing as a
#: subscriber to …", "You receive this bulletin as a branch member", "You receive this pack as one of
#: the squad" — the list's own words, whatever the mailing calls itself.
MAILING_REASON = re.compile(r"^you(?:['’]re| are)? receiv(?:e|ing) this\b", _I)
NEWSLETTER_LINE_WORDS = 25
#: An offer to the reader opening with its imperative, or a price by the period: "Become a
#: subscriber and support local journalism", "Try 3 months of unlimited access for just £1",
#: "Subscribe from $1 a week". A sentence about someone who became a member is past tense, and a
#: price alone ("Membership cost £2 a year") is history, not an offer.
OFFER = re.compile(
    r"^(?:become an? (?:paying |digital )?(?:member|subscriber|patron|supporter|friend)\b"
    r"|(?:try|get|start|subscribe|join)\b.{0,60}?(?:for (?:just|only)|from|at)\s*(?:[$£€¥]|us\$)\s*\d)",
    _I,
)
OFFER_MAX_WORDS = 20
#: an advertisement's call to buy, in a short unit: "Book now", "Apply online", "Get a quote today at
#: …", "Visit our store for …", "use code READ20", "Terms apply." — an ad in a feed, a listing, a
#: newsletter or a film page (a story reports a sale in the past tense, and at more length)
CALL_TO_BUY = re.compile(
    r"\b(?:book|order|buy|shop|apply|register|reserve) (?:now|online|today)\b|\bget (?:a|your) (?:free )?quote\b"
    r"|\bvisit our (?:online )?(?:store|shop)\b|\buse (?:the )?(?:promo |discount |voucher )?code\s+(?-i:[A-Z0-9]{3,})\b"
    r"|\b(?:terms|conditions|t&cs) apply\b",
    _I,
)
CALL_TO_BUY_WORDS = 25
#: Donation, subscription and newsletter appeals.
APPEAL = re.compile(
    r"(?:help (?:keep|us keep|us stay) (?:us|our|this|independent)"
    r"|help (?:support|fund) (?:us|our (?:work|journalism|reporting|newsroom))"
    r"|we need your (?:help|support)|(?:you can|please) support (?:us|our (?:work|journalism|reporting))"
    r"|support (?:independent|quality|our) (?:journalism|media|reporting)"
    r"|(?:you can|please|by becoming|why not) (?:become )?an? (?:paying )?(?:member|subscriber|patron|supporter)"
    r"|become a (?:member|subscriber|patron|supporter) (?:today|now)"
    r"|make a (?:one-off |monthly |small )?(?:donation|contribution) (?:today|now|to (?:us|support|help|our))"
    r"|(?:donate|subscribe|sign up|join us) (?:now|today|here)\b|subscribe to (?:our|the) (?:[\w-]+\s+){0,3}newsletter"
    r"|sign up (?:for|to) (?:our|the) (?:[\w-]+\s+){0,3}(?:newsletter|email|alerts)|our (?:daily |weekly )?newsletter"
    r"|(?:your|reader) (?:contributions|donations|support) (?:keep|help|make|are)"
    r"|count on your (?:contributions|donations|support)|subscription base|reader[- ]supported"
    r"|please consider (?:supporting|subscribing|donating)|already a (?:subscriber|member)\?"
    r"|to continue reading|subscribers? only|(?:like|follow) us on (?:facebook|twitter|instagram|x\b)"
    r"|spread the word about us|turn off (?:your )?ad ?blocker|disable (?:your )?ad ?blocker"
    r"|\b(?:delivered|sent|straight) (?:straight )?to your inbox\b|\benter your e-?mail(?: address)?\b"
    r"|\bsign up to (?:receive|get) (?:our|the)\b|\b(?:have|got) a (?:story |news )?tip\b|\bsend us (?:a|your) (?:story |news )?tips?\b"
    # the page asking the reader who got to its end for more: "Enjoyed this review? Sign up …",
    # "Enjoying the show? Leave us a rating …", "Enjoyed this plan? Start another: …"
    r"|^\W*enjoy(?:ed|ing) (?:this|the|our) [\w-]+(?: [\w-]+)?\?)",
    _I,
)

DISCLAIMER = re.compile(
    r"(?:(?:views|opinions)(?: and opinions)? expressed\b"
    r"|\bdo(?:es)? not necessarily (?:reflect|represent) the (?:views|opinions|position|policy|editorial)"
    r"|editorial (?:policy|stance|position) of|for (?:general )?informational purposes only"
    r"|does not constitute (?:financial|legal|medical|investment) advice"
    r"|^(?:this|the) (?:article|story|piece|post|column|essay) (?:was|has been) (?:originally (?:published|posted)"
    r"|updated|corrected|amended)\b|^(?:this|the) (?:article|story|piece|post|column|essay) (?:originally|first) "
    r"(?:appeared|ran|was published)\b)"
    # an editing note over a transcript or an interview: "This transcript has been lightly edited for
    # clarity.", "This transcript was generated automatically and lightly edited.", "This interview
    # has been condensed and edited.", "This transcript was produced from a broadcast recording and may
    # contain errors.", "This transcript was created on a rush deadline …"
    # — also a programme's note on all its transcripts, with or without its verb ("Transcripts are
    # produced by Radio X and may contain errors.", "Transcript generated automatically and lightly
    # edited.")
    r"|^(?:(?:this|the) (?:transcript|interview|conversation|q\s*&\s*a|exchange) (?:was|has been|is|have been) "
    r"|(?:our |all )?transcripts? (?:(?:was|were|is|are|has been|have been) )?(?:produced|generated|made|created|prepared|provided) )[^.]{0,60}?"
    r"(?:\bfor (?:clarity|length|brevity|space|readability|style)\b|\bcondensed\b|\blightly edited\b|\bautomatically\b"
    r"|\bmachine[- ](?:generated|transcribed)\b|\bfrom (?:a|the) (?:broadcast|radio|audio|live|studio) recording\b"
    r"|\bon a rush deadline\b|\bmay contain (?:errors|mistakes)\b)"
    # a transcript's or its captions' warning in a sentence of its own: "Live captions may contain
    # errors.", "This transcript may contain errors."
    r"|\b(?:transcripts?|captions?)\b[^.]{0,40}\bmay contain (?:errors|mistakes)\b",
    _I,
)

LICENSE = re.compile(
    r"(?:creative commons|licensed under|under a (?:cc|creative)|copyright\s*(?:©|\(c\)|\d{4})|©\s*\d{4}|^\(c\)\s*\d{4}\b"
    # the holder before the year: "Copyright Island Times 2021", "Copyright the Harbour Trust, 2019"
    r"|^copyright\s+(?:the\s+)?(?:(?-i:[A-Z])[\w&.'’-]*,?\s+){1,5}(?:1[89]|20)\d{2}\W*$"
    # the same with "(c)" for "©", the notice going on after the year, a rule line before it: "(c) Red
    # Sea Pilots Club 2019. Corrections to the editor.", "---- (c) The Harbour Review 1999."
    r"|^(?:[-_=─━—–]{3,}\s*)?\(c\)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w&.'’-]*,?\s+){1,5}(?:1[89]|20)\d{2}(?:\W*$|[.;]\s)"
    r"|©|all rights reserved|may not be (?:reproduced|republished|redistributed|copied)"
    r"|terms of (?:use|service)|privacy policy|cookie (?:policy|settings))",
    _I,
)

#: A notice on how the document itself may be used, as publishers, schools and offices print it
#: under the text: "This handout may be photocopied for classroom use only.", "Please do not upload
#: these notes to other sites.", "This memo is confidential and intended solely for the board.", "The
#: text is meant for reference only." — the terms of the copy, not what it tells. Read in short units
#: only (USAGE_NOTICE_WORDS): a paragraph that reports a confidential report is article text.
USAGE_NOTICE = re.compile(
    r"\b(?:may|must|should) not be (?:reproduced|republished|redistributed|distributed|copied|circulated|uploaded"
    r"|shared|quoted|cited)\b"
    r"|\bmay be (?:freely )?(?:reproduced|photocopied|copied|shared|reprinted)\b.{0,60}\b(?:for|with|provided)\b"
    r"|(?:^|[.!?]\s+)(?:please )?do not (?:upload|circulate|distribute|redistribute|reproduce|forward|cite|quote|share)\b"
    r"|\bconfidential and intended (?:solely|only)\b|\bintended solely for\b"
    r"|\bfor (?:reference|internal [\w-]+(?: [\w-]+)?) (?:purposes )?only\b"
    r"|\b(?:seminar|classroom|class|course|internal|personal|private|non-commercial|educational|reference) use only\b",
    _I,
)
USAGE_NOTICE_WORDS = 40

#: The heading of a document's back matter: what a newsletter, a society's journal, a catalogue, a
#: programme or a show's page prints after the text — the house's own notices and business
#: ("Membership notices", "5. CLUB NOTICES", "Practical reminders", "Society business", "From the
#: Association"), the terms of a sale or a booking ("Refund policy", "What's included", "Booking
#: conditions") and the credits and links of a production ("Exhibition credits", "Links mentioned",
#: "Contributing"). Matched on a short heading with no sentence end (a rule or a section number
#: may stand before it); read as the end of the article only after its body (see
#: ``_clean._mark_tail_after_end_marker``).
BACK_MATTER_HEADING = re.compile(
    r"^(?:[-_=─━—–*#\s]{3,})?(?:(?:\d{1,2}|[IVX]{1,4})[.)]?\s+)?(?:"
    r"(?:[\w'’&-]+\s+){0,2}(?:notices|reminders)"
    r"|(?:club|circle|society|association|members['’]?|branch|guild|committee|annual) business"
    r"|from the (?:society|association|circle|club|guild|branch|committee|secretary|treasurer)"
    r"|(?:refund|returns|cancellation|booking) (?:policy|conditions)|booking conditions|terms (?:and|&) conditions"
    r"|what['’]?s (?:included|not included)|(?:data ?room|subscriber) access"
    r"|(?:exhibition|production|programme|program|episode|show|image|photo|picture) credits|links mentioned"
    r"|(?:show|episode) notes|contributing)\W*$",
    _I,
)
BACK_MATTER_HEADING_WORDS = 6

#: A note on how the text at hand was made, by whom and how faithful it is: "Transcript prepared by
#: the quay radio library.", "Index prepared by volunteer cataloguers.", "This summary was prepared by
#: the ferry desk and nobody checked it.", "Summaries are prepared by the secretariat." (with no
#: article before the noun, or "this": "The summary was prepared by the ministry" is a story's sentence)
PREPARED_NOTE = re.compile(
    r"^(?:this |these )?(?:transcripts?|index|indexes|summary|summaries|minutes|translation|record|notes|captions)"
    r" (?:was |were |is |are |has been |have been )?(?:prepared|compiled|produced|made|supplied) by\b"
    # who transcribed or captioned a recording: "Transcribed by X Reporting.", "Transcribed from the
    # club's audio recording.", "Captions by X Captioning Ltd.", "Captioning (c) X on behalf of Y."
    r"|^transcribed by\s+(?-i:[A-Z])|^transcribed from\b[^.,;]{0,40}\b(?:recording|tape|audio|broadcast)s?\b"
    r"|^(?:(?:live|closed) )?caption(?:s|ing) (?:by|\(c\)|©)\s*(?-i:[A-Z])",
    _I,
)

#: A scholarly piece's declarations after its text, as a journal, a society's bulletin or a
#: conference paper prints them: the acknowledgements, the statements on data, competing interests
#: and funding under their labels ("Acknowledgements. We thank …", "Data availability: …",
#: "Competing interests: none declared."), a writer's thanks in the third person ("The author
#: thanks the archive's staff …", "The authors are grateful to …"). A story's "We thank our
#: readers" is none: the thanks open with the label or with "the author(s)".
DECLARATION = re.compile(
    r"^\W{0,3}(?:acknowledge?ments?|data (?:availability|access)(?: statement)?|competing interests?"
    r"|conflicts? of interests?|declaration of (?:competing )?interests?|funding(?: statement)?)\s*[.:—–-]\s*\S"
    r"|^\W{0,3}the authors? (?:would like to |wish(?:es)? to )?thanks?\s+(?:the|all|my|our|his|her|their|(?-i:[A-Z]))"
    r"|^\W{0,3}the authors? (?:is|are) (?:grateful|indebted)\b",
    _I,
)
DECLARATION_WORDS = 60

#: A publication's imprint, as a newsletter, a bulletin, a gazette or a programme prints it at its foot:
#: who prints or publishes it, how often, for whom — "Printed by Quay Print, Harbourtown.", "Printed and
#: published by the Harbour Press Ltd.", "Printed on recycled paper.", "The Quay Letter is issued three
#: times a year to members of the Ferry Society.", "This bulletin is distributed free of charge.", "The Link is
#: sent to members of the parish." A story's "Printed in Riga, the cards were …" is none: the imprint
#: opens with "printed by"/"printed on recycled", or names the publication before "is published"
#: and says how often, how or to whom.
IMPRINT = re.compile(
    r"^\W*printed (?:and published )?by\b|^\W*printed on recycled paper\b"
    r"|^\W*(?:the |this |our )?(?:(?-i:[A-Z])[\w'’&.-]*\s+){0,5}(?:(?-i:[A-Z])[\w'’&.-]*|bulletin|newsletter|review|gazette"
    r"|journal|magazine|digest|circular|letter|report|brief|list)\s+(?:is|are)\s+"
    r"(?:published|issued|distributed|sent|printed|mailed)\s+(?:quarterly|monthly|weekly|fortnightly|daily|annually"
    r"|twice a year|(?:two|three|four|five|six) times a year|every \w+|free of charge|free|to (?:all )?(?:its )?members\b"
    r"|by\b)",
    _I,
)
IMPRINT_WORDS = 40

#: Photo captions and credits, at the end of a short unit ("In pictures: …", a gallery's headline, is none).
CAPTION_CREDIT = re.compile(
    r"(?:\[(?:(?-i:[A-Z])[\w.&'/ -]{0,40}|getty images|file photo|photo[^\]]{0,40})\]"
    r"|\((?:photo|image|picture|file|credit|pictured|reuters|ap|afp|getty(?: images)?|epa)\b[^)]{0,40}\)"
    r"|(?<!\bin\s)\b(?:photo|photograph|image|picture|credit|illustration|source|courtesy)s?\s*(?:by|:)\s*(?-i:[A-ZÀ-ÖØ-ÞČŠŽŁŚŻĆŘĎŤŇ])[^.]{0,60}"
    r"|getty images|via (?:reuters|ap|afp|getty images|wikimedia(?: commons)?)|wikimedia commons"
    r"|\b(?:image|photo|picture|illustration)s?\s+courtesy\s+of\s+\S.{0,60}|^courtesy of\s+\S.{0,60}"
    # a caption's closing credit: "… shortly after it opened. Courtesy of the Harbour Archive"
    r"|[.!?]\s+courtesy\s+(?:of\s+)?(?:the\s+)?(?-i:[A-Z])[\w&.'’ -]{1,50}"
    r"|[.!?]\s*\((?-i:[A-Z]{2,6})\))\W*$",
    _I,
)

#: Image alt text and caption prefixes at the start of a short unit.
CAPTION_PREFIX = re.compile(
    r"^(?:image (?:caption|source|copyright)|media caption|caption|pictured|file photo|photo(?:graph)?"
    r"|(?:an? |the )?(?:(?:black[- ]and[- ]white|colou?r|archival?|historic(?:al)?|old) )?"
    r"(?:photo(?:graph)?|image|picture|portrait|illustration|map|drawing|painting) (?:of|showing|shows|from)\b)",
    _I,
)

#: "SOURCE: Outlet" as a whole line.
SOURCE_LINE = re.compile(r"^source\s*:\s*(?P<outlet>[^.:;!?]{2,60}?)\s*$", _I)

#: An author bio: "Jane Doe is a professor of … She is the author of …".
_BIO_ROLE = (
    r"(?:is|was|has been|teaches|writes|works|serves)\b.{0,160}?"
    r"\b(?:professor|lecturer|fellow|researcher|journalist|writer|editor|correspondent|columnist|analyst"
    r"|director|founder|contributor|reporter|author|scholar|student|economist|historian|expert|chair"
    r"|head of|senior|associate|ph\.?d|candidate|freelance|commentator|novelist)s?\b"
)
BIO = re.compile(r"^(?:[A-Z][\w.'’-]+\s){2,4}" + _BIO_ROLE)
#: Under a lone name line, a bio may give the surname alone: "Lindahl is a senior fellow with …".
BIO_UNDER_NAME = re.compile(r"^(?:[A-Z][\w.'’-]+\s){1,4}" + _BIO_ROLE)
BIO_TAIL = re.compile(r"\b(?:is|was) the (?:co-?)?author of|\bfollow (?:him|her|them) on\b|\bcan be reached at\b", _I)

#: Headings that open a bibliography or a list of notes.
REFERENCES_HEADING = re.compile(
    r"^(?:bibliography|references?|reference list|works cited|works consulted|notes|end ?notes|foot ?notes"
    r"|sources(?: and notes)?|citations|literature(?: cited)?|further reading|selected bibliography)\W*$",
    _I,
)

#: Signals that a line is a citation: a year, a URL, a page number, a publisher.
CITATION_SIGNAL = re.compile(
    r"(?:\b(?:1[5-9]|20)\d{2}\b|https?://|www\.|\bpp?\.\s*\d|\bvol\.|\bno\.\s*\d|\bed(?:s|ited)?\.|\bibid\b"
    r"|\bpress\b|\bjournal\b|\buniversity\b|,\s*\d{1,4}(?:[–-]\d{1,4})?\.\s*$"
    # an author as a bibliography lists one: "Tvedt, T.", "Cascão, A. and Nicol, A.", "Lee, J. R."
    r"|^(?-i:[A-Z])[\w'’-]+,\s+(?:(?-i:[A-Z])\.\s*){1,3}(?:,|and\b|&|\(|(?-i:[A-Z\"“*])))",
    _I,
)

#: the heading over a suggested citation of the page itself: "How to cite this page", "Cite this article"
CITE_HEADING = re.compile(r"^(?:how to )?cite this (?:page|article|entry)\W*$", _I)

#: a line that only says when the page was changed: "Last modified: 3 May 2021 | Privacy", "This page
#: was last edited on 4 June 2022, at 10:02.", "Updated 19-Sep-2023"
UPDATED_LINE = re.compile(
    r"^(?:(?:this|the) (?:page|article|entry|post|story) (?:was|has been) |(?:page|content) )?(?:last )?(?:updated|modified|edited|revised|reviewed)"
    r"(?: on)?\s*:?\s*[^.!?]{0,30}?\b(?:1[5-9]|20)\d\d\b"
    # a public-service page's review note, its date filled in by the page's script or left out:
    # "Page last reviewed: . Next review due: …"
    r"|^(?:page|content) last (?:reviewed|updated|checked)\b", _I)

#: a scholarly article's history, printed under its byline or at its foot: "Received 3 May 2021;
#: revised 9 July 2021; accepted 2 August 2021", "Article submitted 2 November 2012." Each part is a
#: stage of the manuscript and its date: when it was written and refereed, not when it was published,
#: and no part of the article; so is an editor's note of its arrival ("Received by the editor on …",
#: "Jane's piece was submitted to the editors on …"). Rules as data (read by ``_clean._manuscript_history``).
MANUSCRIPT_STAGE = re.compile(
    r"^(?:(?:article|paper|manuscript|abstract|submission)\s+"
    # or the piece named as the subject of the note, when an editor took it in: "This essay was received by
    # the editors …", "Jane's piece was received by the editors …" ("The letter was received on …" is narrative)
    r"|(?:this|the|[\w’-]+(?:'s|’s))\s+(?:column|article|essay|piece)\s+was\s+"
    r"(?=(?:received|submitted)\s+(?:by|to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:editors?|editorial\s+board)\b))?"
    r"(?:received|submitted|revised|resubmitted|accepted(?:\s+for\s+publication)?)"
    # to or by whom, when an editor or the journal: "Received by the editor on …", "Submitted to the
    # series editor on …" (a court, a council or a ministry is no stage of a manuscript)
    r"(?:\s+(?:by|to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:editors?|editorial\s+board|referees|reviewers|journal))?"
    r"(?:\s+(?:on|in))?\s*:?\s*(?P<date>.+?)\W*$", _I)

#: a label a page, a book or an export prints before its own date of publication: "This edition:
#: September 2005", "Publication date | 4 May 2023", "Exported: 2022-11-08 by course account …",
#: "Published: 3 March 2021", "First issued 12 May 1999", "Date of issue: 12 May 2018", "This version: 4 June
#: 2021", "Answer posted: 3 May 2024" (a notice's, a working paper's, a Q&A page's). The date must follow the label at once. Labels
#: of a change to the page ("updated", "last modified") are :data:`UPDATED_LINE`'s; "released" is no
#: label here: an archive's "Release date: 2011-06-14" dates a cable's declassification, not its writing.
#: Rules as data.
PUBLICATION_LABEL = re.compile(
    r"(?:^|(?<=[|·•]\s)|(?<=[|·•]))\s*(?:first\s+)?(?:published|publication\s+date|date\s+of\s+publication|date\s+published"
    r"|issued|date\s+of\s+issue|issue\s+date|exported(?:\s+on)?|export\s+date|date\s+exported|this\s+edition"
    r"|this\s+version|(?:[a-z]+\s+)?posted|edition\s+of|printed)(?:\s+on)?\s*[:|]?\s*", re.I)

#: a line above the first paragraph that names the document and when it was issued: one or two
#: words, then a date's label, then the date at once ("Report date: 14 June 2022", "Catalogue issued 2
#: March 2021", "Video recorded 9 November 2020", "Release date | 4 May 2023"): a survey summary's
#: header, a catalogue's imprint, a course page's particulars. Read only above the body, where a
#: factbox's "Ceasefire date: …" does not stand.
NAMED_DATE_LABEL = re.compile(
    r"^\s*(?:(?:the|this|our)\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s+"
    r"(?:dated|date|issued|released|recorded|published|compiled)\b(?:\s+on)?\s*[:|·—–-]?\s*", re.I)

#: a weekday printed before a date: "SUNDAY 21 JUNE 2020", "Wednesday, December 9, 2015"
WEEKDAY_BEFORE_DATE = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+", re.I)

#: a note that opens by saying when the page was changed: "Last Updated: Mar 14, 2006 10:42 AM",
#: "Latest update: 12 February 2024. We have updated …", "Updated 19-Sep-2023"
UPDATED_LABEL = re.compile(r"^\s*(?:(?:last|latest)\s+update[ds]?\b|(?:last\s+)?(?:updated|modified|revised|reviewed)\b)", re.I)

#: a page's revision note, printed by wikis and content systems in the footer: "This page was last
#: edited on 2 August 2024, at 14:07.", "Last modified 3 May 2021". It dates the last change to the
#: page, never its publication.
REVISION_NOTE = re.compile(
    r"\b(?:(?:this|the) (?:page|article|entry) (?:was|has been) )?last (?:edited|modified)\b"
    r"|\b(?:this|the) (?:page|article|entry) was (?:last )?(?:edited|modified|updated|revised)\b", _I)

NUMBERED_ITEM = re.compile(r"^\[?\d{1,3}[.)\]]\s+\S")

_MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
               r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")

#: A heading or list entry that opens with a date: "1921: The first survey", "1965 war",
#: "March 1969 – …", "12 May 1982: …", "1950-53: …". Such a line heads a stretch of history (a
#: timeline entry), never a teaser for another article; its year dates what is told under it.
DATED_HEADING = re.compile(
    rf"^(?:(?:early|late|mid)[- ])?(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH_NAME}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)?"
    r"(?:1\d|20)\d\d(?:s|\s*[-–/]\s*(?:\d{4}|\d{2})(?!\d))?(?:\s*[:–—-](?:\s|$)|\s+\w|\s*$)",
    _I,
)

#: The heading of a textbook's study aids, printed before or after the chapter's text: "Learning
#: objectives", "Key terms", "Discussion questions", "Review questions", "Check your understanding".
STUDY_AID_HEADING = re.compile(
    r"^(?:learning (?:objectives|outcomes|goals)|(?:chapter |section )?objectives|key (?:terms|concepts|questions|points|takeaways)"
    r"|(?:discussion|review|study|critical[- ]thinking|essay|chapter|section)\s+questions|questions for (?:discussion|review|reflection)"
    r"|check your (?:understanding|learning)|think about it|in this chapter(?: you will)?(?: learn)?|after reading this (?:chapter|section)"
    r"|(?:chapter |section )?summary and (?:review|questions)|further questions|activities|exercises)\W*$",
    _I,
)
#: how long an item under a study-aid heading may be (a question, an objective, a term)
STUDY_AID_ITEM_WORDS = 18

#: A key-dates entry with a day and month but no year, then what happened, headline-style:
#: "3 May Cruiser sunk", "June 25 Troops cross the border", "12 March: Talks resume". Among
#: menu lines it is still history (its year comes from the story around it).
DAY_ENTRY = re.compile(
    rf"^(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME}|{_MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?)\s*[:–—-]?\s+"
    r"(?-i:[A-Z0-9])\S*(?:\s+\S+){1,}",
    _I,
)

#: A line that is nothing but a year (or a range of years, or a decade) heading what follows:
#: "1974", "1981 –", "1950-53:", "1990s". A bare number is otherwise taken for a page number;
#: a year is not one.
YEAR_HEADING = re.compile(r"^(?:1\d|20)\d\d(?:s|\s*[-–/]\s*(?:\d{4}|\d{2})(?!\d))?\s*[:–—-]?\s*$")

#: News and picture agencies as credits name them ("— Reuters", "AP Photo/…", "(AFP)").
AGENCIES = tuple(
    line.strip().lower()
    for line in (Path(__file__).parent / "data" / "agencies.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.lstrip().startswith("#")
)
_AGENCY = "(?:" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(AGENCIES, key=len, reverse=True)) + ")"
#: any agency of :data:`AGENCIES` as a regular expression (whole words)
AGENCY_PATTERN = r"\b" + _AGENCY + r"\b"

#: A line that only credits an agency: "— Reuters", "From Reuters", "(AFP)", "Reuters/AP",
#: "- Staff and agencies", "With agency reports".
CREDIT_LINE = re.compile(
    rf"^(?:[-–—]+\s*|(?:from|via|with)\s+|\(\s*)?(?:{_AGENCY}(?:\s*(?:/|,|and|&)\s*{_AGENCY})*"
    r"|(?:staff and )?agenc(?:y|ies)(?: reports?)?|wire (?:services?|reports?))\s*\)?\W*$",
    _I,
)
#: A signature line: "— Jane Doe", "– Staff writer": a dash and a short capitalised name.
#: what a mail or forum app signs a message with: "Sent from my iPhone", "Sent from my Pixel 7 using
#: Tapatalk", "Sent from Mail for Windows", "Get Outlook for Android"
CLIENT_SIGNATURE = re.compile(
    r"^(?:sent from (?:my )?(?:[\w.+'’-]+\s?){1,5}(?:using (?:[\w.+'’-]+\s?){1,3})?|get (?:outlook|gmail) for (?:ios|android))\W*$", _I)
SIGNATURE_LINE = re.compile(r"^[-–—]{1,2}\s*(?-i:[A-Z])[\w.'’-]*(?:\s+[\w.'’-]+){0,3}\s*$", _I)
#: An agency photo credit closing a caption: "AP Photo/Rui Santos", "Reuters/Jane Doe", "AFP via Getty".
AGENCY_PHOTO_CREDIT = re.compile(
    rf"(?:\b{_AGENCY}(?:\s+(?:photos?|images|pictures|pool|file))?\s*/\s*(?-i:[A-Z])[^.]{{0,50}}"
    rf"|\b{_AGENCY}\s+via\s+{_AGENCY})\W*$",
    _I,
)

#: Calls to act that are no article text: polls, apps, channels, "click here".
PROMO = re.compile(
    r"(?:^(?:vote now|vote in (?:our|the|today's) poll|take (?:our|the) (?:poll|quiz|survey)|have your say"
    r"|watch (?:now|live|the video|more)|listen (?:now|live)|download (?:our|the) (?:free )?app"
    r"|get (?:our|the) (?:free )?app|sign up (?:now|today|for free)|subscribe (?:now|today)|join (?:us|our \w+) on)\b"
    r"|\bsubscribe (?:for free|free) to (?:get|receive)\b"
    r"|^(?:poll|quiz|survey)\s*:\s|\?\s+vote now\b|\b(?:click|tap) here\b|\bsubscribe to (?:our|the) [\w ]{0,30}?(?:channel|newsletter|podcast|feed)\b"
    r"|^(?:join|follow|get|download|add|subscribe(?: to)?|sign up(?: for)?|find) \w.{0,60}?\b(?:on|via|in) (?:the )?"
    r"(?:telegram|whatsapp|viber|signal|youtube|instagram|facebook|tiktok|twitter|threads|bluesky|google news)\b"
    r"|^(?:join|follow|subscribe to) (?:us|our|the) (?:[\w-]+ ){0,2}(?:telegram|whatsapp|viber|signal|youtube)"
    r" (?:channel|group|community|account)\b"
    r"|\bfollow (?:us|our \w+) on\b|\bavailable on the app store\b|\bget it on google play\b"
    r"|^(?:watch|listen to|tune in to) (?:our|the|[\w ]{1,20}['’]s) .{0,60}\b(?:programmes?|programs?|shows?|videos?"
    r"|podcasts?|coverage|broadcasts?)\b)",
    _I,
)

#: Messages of the web page itself: errors, scripts, browsers.
UI_MESSAGE = re.compile(
    r"(?:\ban? (?:unknown |unexpected )?error (?:has )?occurred|\b(?:reload|refresh) the page\b"
    r"|\bplease (?:try again|enable javascript)|\bjavascript (?:is )?(?:disabled|required)|\benable javascript"
    r"|\b(?:turn on|switch on|activate|enable) javascript\b|\byour browser (?:does not|doesn't) support|\bupdate your browser|\bthis (?:video|content|page) is "
    r"(?:not available|unavailable|loading))",
    _I,
)

#: Cookie banners.
COOKIE = re.compile(
    r"(?:\bwe use cookies\b|\b(?:site|website) uses cookies\b|\buses cookies to (?:improve|remember|personalise|personalize|measure|give|count|analy[sz]e)\b|\baccept (?:all )?cookies\b|\bcookie (?:settings|preferences|consent)\b"
    r"|\buse of cookies\b)",
    _I,
)

#: A note that readers may no longer comment, alone on its line: the page talking, with or without
#: a thread under it ("Comments are closed on this article.", "Comments have been closed for this story")
COMMENTS_CLOSED = re.compile(
    r"^comments? (?:are|is|have been|has been) (?:now )?(?:closed|disabled)(?: (?:on|for) (?:this|the) [\w -]{2,25})?\W*$", _I
)
#: Comment counters and threads' furniture: "17 comments", "Comments (4)", "View 12 replies".
#: The heading of a comment thread under an article: "Comments (23)", "23 comments", "Reader
#: comments", "Leave a reply", "Join the discussion", "3 thoughts on “…”" (blog software), "Comments
#: are closed", "Comments powered by …". What follows it is readers' talk, not the article.
COMMENTS_HEADING = re.compile(
    r"^(?:[^\w\s]\s*){0,2}(?:(?:\d+\s+)?(?:reader|readers'?|user|visitor)?\s*comments?(?:\s*\(\d+\))?|\d+\s+(?:comments?|replies|responses)"
    r"|(?:leave|post|add|write) (?:a|your) (?:comment|reply)|join the (?:discussion|conversation|debate)"
    r"|what (?:readers|you) (?:say|think)|have your say|\d+\s+thoughts? on\b.{0,120}"
    r"|comments? (?:are|is|have been|has been) (?:now )?(?:closed|disabled)(?: (?:on|for) (?:this|the) [\w -]{2,25})?|comments? powered by \w+|show comments?|view (?:all )?\d* ?comments?)\W*$",
    _I,
)
#: A commenter's line in a thread: a handle with when it was posted ("harbourwatcher · 2 hours
#: ago", "Jane Doe, March 3, 2019 at 4:15 pm"), or a blog's "Jane says:" / "Jane wrote:".
COMMENTER_LINE = re.compile(
    r"(?:\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|\bjust now|\byesterday at\b"
    r"|\bat\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\b(?:says|said|wrote|writes|replied)\s*:)\W*$",
    _I,
)
COMMENT_COUNT = re.compile(
    r"^(?:\d+\s+(?:comments?|replies|responses)|comments?\s*\(\d+\)|view (?:all )?\d+ (?:comments?|replies)"
    r"|(?:show|hide|load) (?:more )?(?:comments?|replies))\W*$",
    _I,
)

#: "Ruritania Table of Contents", "Contents of this chapter": a table-of-contents line of an online book.
TOC_LINE = re.compile(r"^[\w ,'’.-]{0,40}\btable of contents\W*$", _I)

#: the heading of a newsletter's, a bulletin's or a digest's contents box, alone or with its items on
#: the line: "IN THIS ISSUE", "Also in this issue", "In this issue: Diary * Notices * Letters". The
#: items after a colon are a list (no sentence closes it): "In this issue, we look back at …" is the
#: editor's prose. Rules as data (read by ``_clean._contents_heading``).
CONTENTS_HEADING = re.compile(
    r"^\W*(?:also\s+|inside\s+)?in\s+this\s+(?:issue|edition|number|bulletin|newsletter|digest)\b"
    r"(?:\s*$|\s*:\s*(?P<items>.*)$)", _I)

#: A note about the series or project an article belongs to: "This blog is part of …".
SERIES_NOTE = re.compile(
    r"^(?:this|the) (?:blog|blog post|article|story|piece|post|column|essay|series|report|interview|episode)"
    r" (?:is|was) (?:part of|produced (?:by|in|with)|supported by|funded by|published (?:as part of|in (?:partnership|collaboration|association) with)"
    r"|brought to you by|sponsored by)\b",
    _I,
)

#: Template markup left in saved text: "{{^isLoggedIn}}", "{% if %}", "<%= x %>".
TEMPLATE_MARKUP = re.compile(r"\{\{[^{}\n]{0,80}\}\}|\{%[^%\n]{0,80}%\}|<%[^%\n]{0,80}%>")

#: A note or reference marker glued to the word or full stop it follows, in brackets ("... in 1950.[3]",
#: "war[12][13]", "treaty.[a]", "[note 2]", markdown's "2008.[^5]"): page furniture inside a sentence, left out of the cleaned
#: text like a wiki maintenance tag, so that the sentence splitter sees the full stop before it and
#: the time tagger does not read the number as a day or a year.
REFERENCE_MARKER = re.compile(r"(?<=[^\W_]|[.!?,;:\"'\u201d\u2019)\]])(?:\[(?:\d{1,3}|[a-z]|note \d{1,3}|\^[\w-]{1,10})\])+")
#: A bare footnote number glued to the full stop of a sentence whose next sentence opens with a
#: capital, or that ends its line ("... later confessed.2 The ...", "... on 2 June 1949.6 It ...", "... on 27 May.1 In ...";
#: a PDF line "... occurred.1" whose next sentence opens the next line):
#: printed as a superscript, flattened by PDF or HTML text extraction. The full stop follows a word
#: of two small letters or more (not an abbreviation of one, in :data:`NOTE_MARKER_ABBREVIATIONS`),
#: a closing quotation mark or bracket, or a year.
NOTE_NUMBER = re.compile(
    r"(?:(?<=[a-z]{2}[.!?])|(?<=[a-z][.!?][\"\u201d\u2019)])|(?<=\b1\d{3}\.)|(?<=\b20\d{2}\.))"
    r"\d{1,2}(?=[ \t]+[\"\u201c\u2018(]?[A-Z]|[ \t]*$)"
)
#: abbreviations a number follows after a full stop ("pp.12", "vol.2", "art.5"): no footnote
NOTE_MARKER_ABBREVIATIONS = frozenset({
    "pp", "vol", "art", "arts", "sec", "ch", "chap", "no", "nos", "fig", "figs", "para", "paras", "op", "cf",
    "ed", "eds", "ibid", "id", "col", "pt", "ser", "supp", "tab", "nr", "cit",
})

#: One word of a person's name as bylines print it: "Jane", "O'Neil", "J.", "McKay", "de", "al-Bashir".
NAME_WORD = re.compile(
    r"^(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.|[A-Z][a-z]?\.(?:[A-Z]\.)*|Mc[A-Z][a-z]+|de|van|von|da|di|bin"
    r"|al-[A-Z][a-z]+)$"
)

#: Lower-case particles inside a person's name: "Ana de la Cruz", "Pieter van der Berg".
NAME_PARTICLES = frozenset("de del della der den di da dos das du la le van von ter bin ibn al el".split())

#: "Read more" / "See more" under a teaser headline.
#: what a feed's generator appends to an item's text after its last sentence: the footer naming the
#: item and the site ("The post Ferry resumes appeared first on Harbour Wire.") or a link to the full
#: story ("Read more »", "Continue reading →")
FEED_TAIL = re.compile(
    r"(?<=[.!?\"”’')\]])\s+(?P<tail>(?:the post .{3,250}? appeared first on "
    r"(?-i:[A-Z])[\w'’&.-]*(?:\s+(?:(?-i:[A-Z0-9])[\w'’&.-]*|of|the|and|&)){0,5}\.?"
    r"|(?:read more|continue reading|read the full (?:story|article))\s*(?:»|›|→|\.\.\.|…)))\s*$",
    _I,
)
READ_MORE = re.compile(r"^(?:read|see|watch|view) (?:more|the story|full story|article)\W*$", _I)


# --- furniture with a label of its own (each seen on pages of three or more kinds of site) ------

#: what a transcript puts before a turn's words: its timecodes ("[00:05:18]", "(1:04:24)") and a cue of
#: a break ("--- AD BREAK ---", "[COMMERCIAL BREAK]"); the line after them is judged as a line
TRANSCRIPT_CUE = re.compile(
    r"^(?:(?:\[\d{1,2}(?::\d{2}){1,2}\]|\(\d{1,2}(?::\d{2}){1,2}\))\s*"
    r"|(?:[-–—]{2,3}|\[)\s*(?:ad|advert|commercial|sponsor|station)\s+break\s*(?:[-–—]{2,3}|\])\s*)+",
    _I,
)
#: a script's or a running order's direction to the studio, a whole line in brackets: a capitalised
#: label, then a colon or a dash and what to play or do ("[MUSIC: low strings, fade in]", "[SFX: jet
#: flyby, 3 sec]", "[JINGLE: NEWS STING — 6"]", "[CUE: CLIP — …]", "[READER — STRAIGHT]", "[BREAKING NEWS
#: TICKER: …]"), after the timecode, if any; the label in capitals is the producer's, not a speaker's
#: words (a bracketed insertion in a sentence, "[sic]", "[the minister]", has no such label)
PRODUCTION_CUE = re.compile(
    r"^[`*_]{0,2}(?:[\[(]\d{1,2}(?::\d{2}){1,2}[\])]\s*)?"
    r"\[(?-i:[A-Z][A-Z0-9 ./&'’-]{1,40}?)(?:\s*:\s*|\s+[—–-]\s+)[^\[\]]*\][`*_]{0,2}$"
)
#: a transcript turn's speaker: "MARCUS:", "CLARA MENDIETA:", "HOST:" (a capitalised name, then a colon)
SPEAKER_LABEL = re.compile(r"^(?-i:[A-Z][A-Z.'’ -]{1,38}[A-Z.]):\s+")
#: a sponsor's read, spoken or printed, that names what it pays for: "This episode of <show> is
#: brought to you by …", "THIS WEEK'S BRIEF IS SUPPORTED BY …", "Today's programme is sponsored by …";
#: the unit it opens is the read (a podcast's, a broadcast's, a newsletter's), up to SPONSOR_READ_WORDS.
#: Present tense, "this", and a sponsor named by its name: the history a text tells ("the programme of reforms was supported by both
#: parliaments") is past, and names its programme with "the"
SPONSOR_READ = re.compile(
    r"^(?:this|today['’]s|tonight['’]s|this (?:week|month)['’]s) (?:[\w'’-]+ ){0,2}"
    r"(?:episode|programme|program|show|issue|brief|digest|edition|broadcast|bulletin|podcast|newsletter|series|hour)"
    r"(?: of [^.!?]{1,40}?)? (?:is|comes) (?:proudly )?(?:brought to you|sponsored|supported|underwritten|presented"
    r"|made possible) by (?:the |our )?(?-i:[A-Z0-9])",
    _I,
)
SPONSOR_READ_WORDS = 80

#: an ad or sponsor line: "(Advertisement)", "[ Advertisement — Brand: 20% off ]", "Presented by
#: Brand — …", "Sponsored by the X Trust", "Thanks to our partner, Brand.", "Sponsored content | …"
SPONSOR_LINE = re.compile(
    r"^[\[(]?\s*(?:(?:advertisement|advert|sponsored content|paid content|partner content)\s*(?:[-–—:|]\s*.*)?"
    r"|(?:presented|sponsored|supported|underwritten|powered|brought to you)\s+(?:to you\s+)?by\s+\S.*"
    r"|(?:this|the) (?:\w+ )?(?:timeline|series|page|feature|guide|newsletter|podcast|section|content|coverage|project|list|quiz)"
    r" (?:is|was) (?:sponsored|presented|underwritten|brought to you) by\s+\S.*"
    r"|thanks to our (?:partners?|sponsors?)\b.*"
    # a broadcaster's underwriting line: "Support for this podcast comes from …", "Support for The
    # Long View comes from listeners like you."
    r"|support for (?:this |the )?(?:[\w'’-]+\s+){0,4}(?:comes?|is provided) (?:from|by)\s+\S.*)[\])]?\s*$",
    _I,
)
#: a caption by its label: "Figure 9.1  Cromford Mill", "Image: Kate Sheppard, c. 1905",
#: "[Image: Cartoon of …]", "Caption: …", "Map 3: The routes"
CAPTION_LABEL = re.compile(
    r"^[\[(]?\s*(?:(?:caption|image|photo|picture|illustration|map|figure|fig\.|chart|graphic)\s*(?:\d+(?:\.\d+)*)?\s*:\s*\S"
    # where the picture stands: "Above: …", "Top left: …", "Pictured below: …"
    r"|(?:pictured\s+)?(?:above|below|(?:top|bottom|far)\s+(?:left|right)|main picture|inset)\s*:\s*\S"
    r"|(?:figure|fig\.|map|plate|table)\s*\d+(?:\.\d+)*[.:]?\s+(?-i:[A-Z\"“'‘]))"
    # where a saved page had its picture: "[Image] Divers on the wreck …", "[Photo] …", "[Mynd / Photo] …"
    r"|^\[[^\]\n]{0,20}\b(?:image|photo|photograph|picture|illustration|graphic|video|gallery|map|chart)s?\b[^\]\n]{0,20}\]\s*\S",
    _I,
)
#: a pull quote by its label: "Pull quote: …"
PULL_QUOTE_LABEL = re.compile(r"^pull[- ]?quote\s*:", _I)
#: an agency's file-picture caption: "FILE - Rescuers search the rubble, March 3, 2020.", "FILE PHOTO: …"
FILE_PHOTO = re.compile(r"^FILE(?: PHOTO)?\s*[-–—:]\s+\S")
#: a note of the editors (or the translator) on the article itself: "Correction: An earlier version …", "Editor's note: …", "Translator's note: …",
#: "Clarification (May 3): …"
EDITORS_NOTE = re.compile(r"^(?:corrections?|clarification|(?:editor|translator)['’]?s['’]? note|note to readers)\s*(?:\([^)]{0,30}\))?\s*:\s*\S", _I)
#: a line of a lesson's study aids: "Reading focus: …", "Before you read: …", "THINK LIKE A HISTORIAN:"
STUDY_AID_LINE = re.compile(
    r"^(?:reading focus|focus question|before you read|as you read|think like an? (?:historian|geographer|economist|scientist)"
    r"|main idea|key question|big question|connect(?:ing)? to today|vocabulary)\s*:",
    _I,
)
#: where the text came from, as a closing note: "Source: Outlet (City), morning edition, p. 9.",
#: "Sources: NASA History Office; …", "Adapted from: World History, 3rd edition."
SOURCE_NOTE = re.compile(r"^(?:sources?|adapted from|excerpted from|reprinted from|abridged from)\s*:\s*\S", _I)
#: who wrote or checked an encyclopedia entry: "Written and fact-checked by the Editors of X"
EDITORIAL_CREDIT = re.compile(
    r"^(?:written|reviewed|edited|fact[- ]checked|updated)(?:\s+and\s+(?:written|reviewed|edited|fact[- ]checked|updated))?\s+by\s+\S", _I
)
#: an outlet's note on opinion pieces: "Guest essays reflect the opinions of their authors",
#: "Opinions are those of the original author", "The Review publishes a range of views"
OPINION_NOTE = re.compile(
    r"(?:reflect the (?:views|opinions) of (?:the|their|its) (?:authors?|writers?|contributors?)"
    r"|^(?:the )?(?:views|opinions) (?:are|is) (?:those|that) of the (?:original )?(?:authors?|writers?)"
    r"|publishes a (?:range|variety|diversity) of (?:views|opinions|perspectives))",
    _I,
)
#: a comment box's prompts: "Be the first to share a story about this topic.", "Log in to comment."
COMMENT_PROMPT = re.compile(r"\b(?:be the first to (?:comment|share|reply|review)|(?:log|sign) ?in to (?:comment|reply|post|join the (?:conversation|discussion|debate))|how to cite(?: this (?:page|article|entry))?$)"
                            # a thread's counter with its prompt on one line: "Comments (0) - You must be logged in to
                            # comment.", "Comments (0) - Add your comment", "Log in or register to reply."
                            r"|^comments?\s*\(\d+\)\s*[-–—|·:]\s*(?=.*\b(?:comment|reply|log ?in|sign ?in|logged in|register)\w*\b)"
                            r"|\b(?:must|need to|have to) be logged in to (?:comment|reply|post)\b|\b(?:log|sign) ?in or register to (?:comment|reply|post)\b"
                            r"|^add (?:your|a) comment(?:\s+(?:below|here))?\W*$", _I)


# --- a press release's own furniture (the shape agencies and wire services have long fixed) ------

#: the label over a press release: "FOR IMMEDIATE RELEASE", "NEWS RELEASE", "Press release",
#: "Media release – 3 May 2024", "EMBARGOED UNTIL 00:01 GMT 4 May"
RELEASE_LABEL = re.compile(
    r"^(?:for immediate release|(?:news|press|media) release|embargoed (?:until|till)\b.{0,40}|under embargo\b.{0,40})"
    r"(?:\s*[-–—:|]\s*.{0,40})?\W*$",
    _I,
)
#: the mark that ends a release's text: "###", "-30-", "- ENDS -", "ENDS" (never "***": stories
#: break their sections with it)
RELEASE_END = re.compile(r"^(?:#{3}|-\s*30\s*-|[-–—]*\s*ends\s*[-–—]*)$", _I)
#: the contact block's label: "Media contact:", "Press contacts", "For more information, contact:",
#: "Media enquiries:"
CONTACT_LABEL = re.compile(
    r"^(?:(?:media|press|news|investor)\s+(?:contacts?|enquiries|inquiries|relations)|for (?:more|further) information,?\s*"
    r"(?:please\s+)?(?:contact|visit|call|e-?mail)|contacts?)\b\s*:?.{0,80}$",
    _I,
)
#: contact details: a labelled telephone or fax number, or an e-mail address ("Tel: +44 20 7946
#: 0000", "Fax 603-8889 1717", "press@harbour.example")
CONTACT_DETAIL = re.compile(
    r"\b(?:tel(?:ephone)?|phone|fax|mobile|mob|whatsapp)\.?\s*(?:no\.?\s*)?:?\s*\+?\(?\d[\d ()./-]{5,}\d"
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b",
    _I,
)
#: a line of contact details is this short
CONTACT_LINE_WORDS = 25
#: the boilerplate heading of a release: "About the Harbour Trust", "About Acme Inc." (the paragraph
#: under it describes the organisation)
ABOUT_HEADING = re.compile(r"^about\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[^.!?:]{1,80})$", _I)


# --- furniture an HTML page marks by its class or id ------------------------------------------

#: a wiki's hatnote printed as text over the lead: "This article is about X. For Y, see Z.", "For other
#: uses, see X.", "\"X\" redirects here. For Y, see Z." (the same note HTML marks by its class,
#: :data:`PAGE_NOTE_CLASSES`); a textbook's "For details, see chapter 3." is none
HATNOTE = re.compile(
    r"^(?:this (?:article|page|entry) is about\b[^.]{1,120}\.(?:\s+for\b[^.]{1,120},\s+see\b[^.]{1,120}\.?)+"
    r"|for other uses,?\s+see\b[^.]{1,120}\.?"
    r"|[\"“]?[^\"”.]{1,60}[\"”]? redirects here\.(?:\s+for\b[^.]{1,120},\s+see\b[^.]{1,120}\.?)*)\s*$",
    re.I,
)
#: a wiki's tagline under the article's title: "From Wikipedia, the free encyclopedia", "From
#: Infogalactic: the planetary knowledge core" (it names the site, so the line over it is the title)
WIKI_TAGLINE = re.compile(
    r"^from\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s*[,:]\s+the\s+(?:[\w-]+\s+){0,3}"
    r"(?:encyclop(?:a)?edia|wiki|knowledge\s+\w+|reference\s+\w+)\s*$",
    re.I,
)

#: class or id words of the elements that are notes about the page, not the article: a wiki's
#: hatnote ("This article is about X. For other uses, see Y."), disambiguation and "see also"
#: links printed over the lead. Matched as whole words of the class or id ("hatnote", "rellink").
PAGE_NOTE_CLASSES = frozenset({"hatnote", "dablink", "rellink", "disambig", "disambiguation"})
#: class words of the label a page prints over its headline ("kicker", "eyebrow", "overline": a
#: section or genre word such as "EXPLAINER", "ANALYSIS", "LIVE"); dropped when the element is short
KICKER_CLASSES = frozenset({"kicker", "eyebrow", "overline"})
KICKER_MAX_WORDS = 5
#: class or id words of a readers' comment thread ("comments", "comment-list", "disqus_thread",
#: "respond"): readers' talk, whose names and stamps never sign or date the article
COMMENT_SECTION_CLASSES = frozenset({"comment", "comments", "commentlist", "respond", "disqus", "replies"})


def _writing_roles() -> dict[str, tuple[str, ...]]:
    kinds: dict[str, list[str]] = {"by": [], "label": [], "never": []}
    for line in (Path(__file__).parent / "data" / "writing_roles.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            kind, _, phrase = line.strip().partition(" ")
            kinds[kind].append(phrase.strip().lower())
    return {k: tuple(v) for k, v in kinds.items()}


#: The roles in which a page credits its writer (data/writing_roles.txt): "by" roles ("Compiled by",
#: "Text by"), "label" roles ("Editor:", "Lead author:") and the words of a credit that is no
#: writer's ("Photographs by", "Translated by")
WRITING_ROLES = _writing_roles()
