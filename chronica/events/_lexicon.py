"""The word lists the event rules read: which verbs, nouns, prepositions and types each rule
applies to, with the example that made it necessary. ``extract`` holds the rules; this module holds
only the words, so that a list can be read and extended without reading the rules."""

from __future__ import annotations

#: lemmatiser slips seen in the English pipeline
LEMMA_FIXES = {"instal": "install", "capitulated": "capitulate", "stag": "stage", "retook": "retake", "retaken": "retake",
               # a proper noun keeps its plural: "the Madrid Accords", "the Oslo Accords"
               "accords": "accord"}

#: a copula carries a nominal trigger only when it states a change: "X became a supplier of arms
#: to Y" is an event; "X is a trading partner of Y" describes a state of affairs
COPULAS = frozenset({"become"})

TARGET_PREPS = frozenset({"to", "against", "on", "into", "toward", "towards", "at", "upon", "over"})

#: prepositions of company: the one they name acts together with the clause's subject ("fought
#: alongside Iceland"), never the one acted on
COMITATIVE_PREPS = frozenset({"alongside"})
#: words that make a "with" phrase one of company ("together with", "along with", "jointly with",
#: "in concert with", "in alliance with", "in conjunction with", "in coordination with", "in
#: cooperation with", "in tandem with", "in league with", "side by side with"): the word before
#: "with" or a modifier of it
COMITATIVE_WORDS = frozenset({"together", "along", "jointly", "concert", "alliance", "conjunction", "coordination",
                              "cooperation", "tandem", "league", "side"})
#: participles of joining a clause's subject: their agent acts with it ("Swiss troops, joined
#: by Austrian units, attacked ...", "the minister, accompanied by his deputy, visited ...")
JOINING_PARTICIPLES = frozenset({"join", "accompany"})

#: nouns of an instrument a place may name ("the Minsk protocol", "the Algiers Accord", "the
#: agreement of Algiers", "the Treaty of Versailles"): the place is the instrument's name, where it
#: was made, no party to it
DEAL_NOUNS = frozenset({"agreement", "accord", "treaty", "pact", "protocol", "declaration", "convention",
                        "deal", "memorandum", "armistice", "ceasefire", "cease-fire", "truce", "charter", "communique",
                        "communiqué", "act", "arrangement"})

#: nominal types a place name before the noun names the place of ("the Kyoto treaty")
NAMED_AFTER_PLACE = frozenset({"FIGHT", "AGREE", "TRADE", "CONSULT"})

#: what can be assaulted besides an actor; "attacked the package" is criticism
MILITARY_OBJECTS = frozenset(
    """base town city village position convoy ship vessel camp border post outpost airport port
    station building embassy school hospital home house civilian people protester force
    troop soldier army territory region area capital province compound plane aircraft tanker""".split()
)

#: common nouns of a place that name it by their "of" phrase, whatever the named-entity tagger
#: makes of the name: "the border town of Badme", "the island of Zhenbao", "the port of Machala"
PLACE_NOUNS = frozenset(
    """town city village port island river valley region province district area peninsula
    oasis enclave pass plateau strait gulf bay""".split()
)

#: forms whose "from" phrase names their recipient: "distance X from Y", "withdraw from Y"; a state's
#: independence or secession from the state it leaves ("became independent from France", "won its
#: independence from Ethiopia", "seceded from Malaysia": that state loses it)
FROM_TYPES = frozenset({"REDUCE", "RETREAT", "FOUND_STATE"})

OBJECT_CONTROL = frozenset(
    {"order", "ask", "urge", "force", "allow", "help", "tell", "permit", "persuade", "compel",
     "encourage", "invite", "instruct", "direct", "push", "press", "pressure", "enable", "require"}
)

#: state events that happen to a person
PERSON_TYPES = frozenset({"TAKE_OFFICE", "LEAVE_OFFICE", "DIE"})
#: the object of a trigger phrase that makes an office event anyone's, not only a person's: a party,
#: an army or a junta takes, seizes or loses power ("the Bolsheviks took power")
POWER_WORDS = frozenset({"power"})

BARE_STATE_MODIFIERS = frozenset({"independent", "sovereign", "separate", "new", "full"})

#: verbs of goods changing hands: an event only with a recipient, or arms or aid as the goods
GOODS_VERBS = frozenset({"supply", "provide", "sell", "buy", "purchase", "export", "import", "give", "send", "ship",
                         "offer", "trade", "deliver", "supplier", "provider", "sale"})

#: nouns of goods changing hands: their "of" phrase names the goods ("sales of cars", "the
#: export of oil"), and without a seller or buyer named they state no event ("strong sales")
GOODS_NOUNS = frozenset({"sale", "export", "import", "purchase", "trade", "delivery", "shipment", "supply"})

#: nouns whose place-name modifier names the place it is done to: "the Berlin blockade"
PLACE_TARGET_NOUNS = frozenset({"blockade", "siege", "bombing", "bombardment", "shelling", "occupation",
                                "invasion", "liberation", "raid", "airlift", "capture", "fall", "attack", "strike"})

#: nouns whose possessor, when a person, is the one it is done to ("the Stefan's murder")
VICTIM_NOUNS = frozenset({"murder", "killing", "assassination", "kidnapping", "abduction", "arrest",
                          "detention", "execution", "imprisonment", "torture", "shooting", "jailing"})

#: nouns of undergoing: with no "of" object to name the one it is done to, their possessor, when a
#: person (or a name no state, body or group answers to), is that one, not the doer ("Varsen's
#: overthrow", "his arrest", "the envoy's expulsion"); with an "of" object the possessor is
#: the doer ("the army's arrest of the mayor", "Ghana's expulsion of the envoy")
UNDERGONE_NOUNS = VICTIM_NOUNS | frozenset({
    "overthrow", "ouster", "deposition", "expulsion", "deportation", "extradition",
    "capture", "release", "removal", "dismissal", "trial", "sentencing", "exile", "internment"})

#: arms words that name civilian goods unless a military word goes with them ("10 A320 aircraft")
DUAL_USE = frozenset({"aircraft", "jet", "equipment", "hardware", "plane", "helicopter", "drone"})

MILITARY_WORDS = frozenset({"military", "fighter", "combat", "war", "warplane", "defence", "defense",
                            "army", "bomber", "attack", "armed"})

#: natural hazards that strike or hit without an actor
NATURAL_HAZARDS = frozenset({"tsunami", "earthquake", "quake", "hurricane", "cyclone", "typhoon", "storm",
                             "flood", "floods", "flooding", "drought", "fire", "wildfire", "tornado", "avalanche"})

#: modifiers of "demand" in its economic sense
MARKET_DEMAND = frozenset({"domestic", "consumer", "global", "world", "weak", "strong", "sluggish", "rising",
                           "falling", "high", "low", "overall", "internal", "external", "household",
                           "aggregate", "growing", "robust", "slowing", "oil", "energy", "export", "import",
                           "customer", "market", "peak", "underlying"})

#: verbs whose object event is wished for, not done: "wanted his resignation"
DESIRE_VERBS = frozenset({"want", "demand", "seek", "urge", "propose", "request", "expect", "hope",
                          "favour", "favor", "prefer", "need", "plan", "consider", "contemplate"})

#: adjectives that put a nominal event in the future: "their imminent withdrawal"
PLANNED_ADJECTIVES = frozenset({"imminent", "planned", "proposed", "future", "expected", "forthcoming",
                                "impending", "intended", "upcoming", "prospective", "scheduled"})

#: verbs whose passive subject is the goods ("was sold to X"), not a party
SOLD_VERBS = frozenset({"sell", "buy", "purchase", "export", "import", "trade", "acquire"})

#: objects of a purchase or sale that are a share of something: "bought a stake in X" -> X ("cent": the
#: head of "per cent", as British spelling writes "percent": "bought 49 per cent of X")
STAKE_NOUNS = frozenset({"stake", "share", "shareholding", "holding", "interest", "control", "part",
                         "%", "percent", "cent", "majority", "chunk", "slice", "portion", "unit", "division", "arm"})

#: verbs whose subject receives what their object names ("accepted aid offered by X")
BUYER_VERBS = frozenset({"buy", "purchase", "import", "acquire", "order"})

RECEIVE_VERBS = frozenset({"accept", "receive", "get", "obtain", "seek", "request", "welcome", "need"})

#: who or what can be killed, shot or murdered besides an actor; "won't kill your business" is a figure
HUMAN_OBJECTS = frozenset(
    """person people man men woman women child children boy girl civilian hostage worker soldier
    officer policeman police guard protester demonstrator prisoner villager resident citizen
    refugee journalist leader member fighter rebel militant insurgent passenger pilot crew
    student victim family bystander dozen hundred thousand""".split()
)

VICTIM_VERBS = frozenset({"kill", "murder", "shoot", "massacre", "assassinate", "slaughter", "strike", "wipe"})

#: coercion verbs done to people or movements; their object says whether it is coercion at all
HUMAN_COERCE_VERBS = frozenset({"suppress", "repress", "crush", "persecute", "torture", "execute", "kidnap",
                                "abduct", "deport", "arrest", "detain", "imprison", "jail", "seize"})
#: of those, the verbs whose object may be no one: a feeling ("suppressed his anger", "crushed their hopes") or a
#: thing in another sense ("executed the plan", "seized the opportunity"); the others - arresting, detaining,
#: jailing, deporting, kidnapping - take people whatever the noun ("the guards detained forty critics of the dam",
#: "jailed two critics of the canal"), so their object is no feeling (``checks.suppressed_a_feeling``)
OBJECT_SENSE_VERBS = frozenset({"suppress", "repress", "crush", "execute", "seize"})

COERCED_THINGS = frozenset({"protest", "revolt", "uprising", "rebellion", "opposition", "dissent", "movement",
                            "demonstration", "insurgency", "resistance", "strike", "riot", "party", "group",
                            "south", "north", "army", "force", "coup", "leader", "suspect", "man", "woman",
                            # what is seized by force: "seized power", "seized the ship"
                            "power", "asset", "property", "ship", "vessel", "tanker", "boat", "aircraft", "weapon",
                            "arm", "drug", "document", "passport", "territory", "town", "city", "village", "land",
                            "building", "embassy", "hostage", "base", "port", "airport", "oilfield", "share",
                            "canal", "waterway", "pipeline", "railway", "mine", "factory", "plant", "refinery",
                            "field", "island", "province", "region", "palace", "parliament", "station"})

#: what a retreat withdraws besides an actor: forces ("withdrew his bill" is no retreat)
WITHDRAWN = frozenset({"troop", "force", "soldier", "army", "unit", "personnel", "ambassador", "envoy",
                       "diplomat", "presence", "contingent", "fleet", "ship", "division", "brigade"})

#: verbs of giving up what one holds that the CONCEDE form codes (data/ontology.yaml): told of a territory
#: they cede it, material (``recode._territory_ceded``)
CEDE_VERBS = frozenset({"cede", "hand", "give", "relinquish", "return", "surrender", "transfer"})
#: nouns of a territory ceded beside the places a force leaves (``PLACES_LEFT``) and the ontology's
#: TERRITORY class: "ceded its colonies", "ceded the islets", "handed back the ports"
CEDED_NOUNS = frozenset({"colony", "islet", "port", "territory", "sovereignty"})

#: nouns of the place a force leaves ("evacuated the town", "left the occupied lands"): the
#: object of a retreat that names where from, not what is withdrawn
PLACES_LEFT = frozenset({"territory", "land", "area", "region", "zone", "town", "city", "village", "base",
                         "position", "post", "outpost", "province", "capital", "enclave", "valley", "island",
                         "peninsula", "country", "salient", "strip"})

#: words a participle right after them modifies ("one accusing it of ..."), not the main subject
REDUCED_RELATIVE_HEADS = frozenset({"one", "another", "some", "others", "both", "each", "which"})

#: prepositions by which one event's noun is bounded by another ("his first visit since his
#: inauguration", "the first trip after his election", "talks before the summit")
BACKGROUND_PREPS = frozenset({"since", "after", "before", "following"})

#: prepositions whose gerund is done by the subject of the clause it hangs on: "reacted by
#: deploying troops", "after signing the accord", "before leaving Cairo", "upon taking office"
MEANS_PREPS = frozenset({"by", "after", "before", "upon", "on", "through"})

#: kinds of actor an "attack" on can only be verbal: a party or a company is criticised
VERBAL_TARGET_KINDS = frozenset({"party"})

#: Phoenix agent sectors (``Phoenix.agents.txt``, the KB's agent nouns) of armed people: the
#: military, rebels, unidentified armed forces ("gunmen", "militants"), police. Their "attack"
#: is never a verbal one ("gunmen attacked the minister's motorcade", "rebels attacked Mr X's
#: farm"): PLOVER ASSAULT, not ACCUSE (session 33, type33)
ARMED_SECTORS = frozenset({"~MIL", "~REB", "~UAF", "~COP"})
#: verbs that send something on its way (not sell, give or supply): what they send of the ontology's
#: ``WARSHIPS`` goes with its crews (MOBILIZE weapons, "Britain sent frigates to the fishing grounds")
SEND_VERBS = frozenset({"send", "dispatch", "despatch"})
#: Phoenix agent sectors of civilian crowds: civilians, residents and "mobs" (~CVL), protesters and
#: rioters (~OPP), students (~EDU, ~OPPEDU), workers (~LAB). PLOVER's PROTEST is their
#: collective action: a crowd that ransacks or storms a building riots, one that closes a road
#: obstructs, one that marches demonstrates (``extract._crowd_act``, session 33)
CROWD_SECTORS = frozenset({"~CVL", "~OPP", "~EDU", "~OPPEDU", "~LAB"})
#: "people", "men" (~PPL) march as a crowd ("40,000 people marched": a demonstration) but are no
#: crowd of rioters: "his men looted", "men who came across seized him" are a force's men
MARCHING_SECTORS = CROWD_SECTORS | {"~PPL"}
#: CAMEO codes of a demonstration (140 protest, 141 demonstrate or rally): "marched", "demonstrated"
MARCH_CODES = frozenset({"140", "141"})
#: Phoenix agent sectors (and CAMEO actor-code sectors) of a civilian population on the move: civilians,
#: settlers, colonists, migrants, villagers (~CVL), refugees (~REF). Their own movement - leaving a country,
#: landing at a port, being hosted - is no state's retreat, deployment or visit (``extract._population_moves``)
POPULATION_SECTORS = frozenset({"~CVL", "~REF"})
#: the PLOVER types (and the mode, None: any) of a movement a population may make that the codebook codes
#: only as a state's act: a retreat from territory (RETREAT withdraw), a visit or a stay hosted (CONSULT
#: visit), a deployment (MOBILIZE)
MOVEMENT_MODES = {"RETREAT": "withdraw", "CONSULT": "visit", "MOBILIZE": None}
#: COERCE modes a crowd's act of restriction takes (a road closed or blocked: PROTEST obstruct); an
#: occupation ("mutineers occupied the city", a seizure) stays the coercion it is
CROWD_COERCE_MODES = frozenset({"curfew", "restrict"})
#: the PROTEST mode (and its CAMEO code) a crowd's act of a type takes: force against things is a
#: riot, a restriction (a road or bridge closed) an obstruction
CROWD_MODES = {"ASSAULT": ("riot", "145"), "COERCE": ("obstruct", "144")}
#: actor kinds that are armed
ARMED_KINDS = frozenset({"armed_force", "armed_group"})

#: kinds of actor that are a state itself (its government speaks for it), not a group of its people
STATE_KINDS = frozenset({"state", "historical_state", "government"})
#: protest words that, said of a state, are a complaint, not a demonstration: PLOVER's PROTEST is
#: civilian collective action; a government that "protested" or "lodged a protest" voices its
#: disapproval (ACCUSE disapprove; PETRARCH2 files the verb "protest" under CAMEO 11 too)
STATE_COMPLAINT_WORDS = frozenset({"protest"})
#: the kinds of doer whose protest is a state's complaint: a state, its government, or its seat
#: standing for it ("Zagreb protested that the fence stood on Croatian soil", "the Kremlin protested")
COMPLAINING_KINDS = STATE_KINDS | {"government_seat"}
#: the form whose coding a state's protest takes
STATE_COMPLAINT_FORM = "DISAPPROVE"

#: verbs and phrases of a question: "Asked if he was appointed ..." states no appointment
QUESTION_VERBS = frozenset({"ask", "wonder", "question", "inquire", "enquire", "query"})

#: verbs that end what their object or subject names ("Russian aid was discontinued")
END_VERBS = frozenset({"stop", "cease", "halt", "end", "discontinue", "suspend", "cut", "terminate", "quit"})

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})

RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})

NON_TRIGGER_ENTS = frozenset({"EVENT", "WORK_OF_ART", "LAW", "ORG", "FAC", "PRODUCT"})

#: types whose "at" phrase is what they are aimed at ("fired at", "lashed out at"); for the
#: others it says where ("met Blair at Downing Street", "signed at the summit")
AIMED_AT_TYPES = frozenset({"ASSAULT", "THREATEN", "DISAPPROVE", "COERCE", "PROTEST", "FIGHT"})

LOCATION_PREPS = frozenset({"in", "at", "near", "inside", "across", "throughout", "within"})

#: verbs of leaving a place: their object is where the doer left from, not whom anything is done
#: to ("the president left Beijing for the summit", "the ruler fled Damascus for Moscow", "the
#: envoy quit Ankara")
DEPARTURE_VERBS = frozenset({"leave", "flee", "quit", "depart", "abandon", "evacuate"})

MODALS = frozenset({"should", "could", "would", "must", "might", "may", "ought", "can"})

#: verbs whose gerund complement is a clause said or thought, not their subject's act
GERUND_CLAUSE_VERBS = frozenset({"say", "suggest", "argue", "claim", "believe", "think", "warn", "add",
                                 "insist", "recommend", "propose", "advocate"})

#: verbs of turning to someone: a participle after their addressee is the speaker's
ADDRESS_VERBS = frozenset({"write", "send", "turn", "appeal", "reply", "respond", "speak", "talk", "return",
                           "complain", "apply", "report", "go"})

DANGLING = frozenset({"with", "of", "to", "against", "for", "from"})

#: types that need a target named: a threat is made to someone
TARGET_TYPES = frozenset({"THREATEN", "OCCUPY"})

#: triggers that are events only with an actor as target
TARGET_LEMMAS = frozenset({"recognise", "recognize", "recognition", "welcome", "defend", "finance", "fund",
                           "help", "assist",  # "helped make the election a celebration" aids no one
                           "allow", "permit", "enable"})  # "allowing it to become a darling": no permission

#: what a refusal to speak refuses: no event
NON_EVENTS = frozenset({"comment", "answer", "respond", "elaborate", "confirm", "discuss", "speculate",
                        "say", "reveal", "disclose", "name", "specify", "give", "draw", "be",
                        "pin"})  # "refused to be pinned down (to a date)"

#: types that need the other side named: a meeting or an agreement is between two parties
PAIR_TYPES = frozenset({"CONSULT"})

#: triggers that are only a demand with someone asked or something asked for
#: "agree", "accept": an agreement with no other party named is not coded
PAIR_LEMMAS = frozenset({"agree", "accept", "settle", "agreement", "meet", "talk", "negotiate"})

ASK_VERBS = frozenset({"ask", "request", "urge", "press", "appeal"})

#: what a news source asks not to have done to it, or is not allowed to do, when a report says
#: why it goes unnamed: "asked not to be *named*", "on condition of *anonymity*", "was not authorised
#: to *brief* the media" - the report's attribution, no event
ATTRIBUTION_ACTS = frozenset({"name", "identify", "quote", "cite", "brief", "comment", "speak", "talk",
                              "discuss", "disclose", "anonymity"})
#: verbs of permission whose negated passive explains a source's anonymity ("he was not
#: authorised to speak publicly")
PERMIT_VERBS = frozenset({"authorise", "authorize", "allow", "permit", "empower", "clear"})

#: verbs that name or judge what they are said of: their predicate noun is a label, no event
NAMING_VERBS = frozenset({"brand", "call", "describe", "label", "dub", "term", "denounce", "condemn",
                          "characterise", "characterize", "portray", "see", "regard", "view", "consider",
                          "hail", "deride", "dismiss", "paint", "name"})
#: the verbs of naming by which a speaker labels another's act in words ("Tehran called the raid an attack",
#: "Moscow described the measure as a blockade"); the ones of judging in thought (see, regard, consider) and
#: the ones that are a criticism already (brand, denounce, condemn: the ontology's DISAPPROVE) are not
LABELLING_VERBS = frozenset({"call", "describe", "label", "dub", "term", "characterise", "characterize", "portray"})

#: acts a threat can aim at someone through "to": "threatened to cut gas supplies to Ukraine"
CUT_VERBS = frozenset({"cut", "halt", "stop", "suspend", "end", "reduce", "deny", "block", "restrict", "limit",
                       "shut", "close", "withhold", "freeze", "send", "bring", "extend", "apply", "spread"})

#: CAMEO sector codes of companies (Phoenix actor codes such as MNCUSA, RUSBUS): they fight no wars
COMPANY_SECTORS = frozenset({"MNC", "BUS"})

#: kinds of fight that are no armed conflict: "the legal fight between Russia and Yukos"
FIGURATIVE_FIGHTS = frozenset({"legal", "court", "courtroom", "political", "verbal", "public", "takeover",
                               "boardroom", "bidding", "bid", "price", "ratings", "media", "legislative",
                               "electoral", "election", "leadership", "custody", "libel", "patent", "trade"})

#: verbs of having or getting: "has the support of X", "won the backing of X"
HAVE_VERBS = frozenset({"have", "enjoy", "win", "gain", "receive", "get", "secure", "lose", "seek", "need",
                        "want", "require", "obtain", "retain", "keep", "attract", "command"})

#: what a recognition "as" something recognises when it is a political act
RECOGNISED_AS = frozenset({"government", "state", "country", "nation", "republic", "representative", "authority",
                           "president", "leader", "ruler", "king", "party", "sovereign", "capital", "member"})

#: verbs of putting someone out: "was expelled from X" - X did it
EXPEL_VERBS = frozenset({"expel", "sack", "dismiss", "suspend", "eject", "oust", "exclude", "throw", "kick", "bar", "ban"})

#: nouns of putting someone out: the object of their "of" is the one put out ("the expulsion of
#: the ambassador"), never the doer as other nouns' "of" may be ("the withdrawal of Britain")
EXPEL_NOUNS = frozenset({"expulsion", "deportation", "ouster", "exclusion", "dismissal", "eviction"})

#: wh-words opening an indirect question: "was asked why ..."
WH_WORDS = frozenset({"why", "how", "what", "whether", "if", "who", "when", "where", "which"})

#: adjectives of a state that stands rather than happens
STANDING_WORDS = frozenset({"current", "existing", "standing", "longstanding", "long-standing", "permanent",
                            "present", "continuing", "perennial"})

#: nominal events whose doer a framing clause's subject is ("during a visit to X, he said")
FRAMED_TYPES = frozenset({"FIGHT", "VISIT", "CONSULT"})

#: verbs that carry a framed happening's time and mood: "is to join Blunkett in a visit to X"
FRAME_CARRIERS = frozenset({"join", "accompany", "lead", "take", "go", "travel", "embark", "set", "begin", "start",
                            "make", "pay", "end", "conclude", "continue", "cut", "postpone", "cancel"})

#: prepositions that frame a main clause by a happening its subject took part in
FRAMING_PREPS = frozenset({"during", "on", "while", "through", "after", "following", "since", "in", "at"})

#: verbs that react to a happening they presuppose: their own modality is not the happening's
#: ("a closure to mourn the death of X": the death happened)
REACTION_VERBS = frozenset({"mourn", "condemn", "protest", "criticise", "criticize", "denounce", "welcome",
                            "praise", "investigate", "probe", "mark", "commemorate", "remember", "celebrate",
                            "blame", "regret", "deplore", "report", "cover", "survive", "witness", "avenge",
                            "recall", "discuss", "explain", "justify", "defend", "acknowledge", "apologise",
                            "apologize", "honour", "honor", "hail", "applaud", "lament", "follow",
                            # answers to a demand or an offer: "the demand was not met"
                            "meet", "satisfy", "heed", "fulfil", "fulfill", "ignore", "answer", "reject"})

#: verbs that speak of a happening: their time is not the happening's
MENTION_VERBS = frozenset({"refer", "mention", "cite", "raise", "note", "debate", "question", "recall", "quote"})

#: nominal events that need the one doing them named: a war or a visit by no one is not coded
SOURCE_NEEDED = frozenset({"FIGHT", "VISIT", "TRADE", "AGREE", "CONSULT", "COOPERATE"})

#: spaCy entity labels of a name that may be an actor
ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})

#: the warner's own acts that make a warning a threat: "warned it would cut supplies"
THREAT_ACTS = frozenset({"retaliate", "strike", "attack", "cut", "act", "respond", "punish", "sanction", "halt",
                         "stop", "use", "take", "impose", "veto", "block", "expel"})

#: verbs of force a warned-of clause may name: "warned that Moscow was ready to crush them"
FORCE_VERBS = frozenset({"crush", "retaliate", "punish", "invade", "bomb", "attack", "strike", "destroy"})
#: what a warning threatens when it is a threat: "warned of retaliation", "warned of military action"
#: "the group" / "the country" as a clause's subject: the body just named, the warner itself
#: ("Hezbollah's leader warned that the group would strike")
SELF_NOUNS = frozenset({"group", "movement", "organisation", "organization", "country", "government", "army",
                        "militia", "party", "alliance", "regime", "state"})
THREAT_WORDS = frozenset({"retaliation", "consequence", "action", "response", "measure", "sanction",
                          "strike", "war", "attack", "force", "reprisal", "punishment", "step", "countermeasure"})

DEAL_TYPES = frozenset({"AGREE", "COOPERATE", "TRADE"})

#: verbs of hosting a visit: the visitor (their object) is the actor, the host the recipient
#: (PLOVER CONSULT visit: "Kenya received a Chinese delegation" = the delegation visits Kenya)
HOST_VERBS = frozenset({"receive", "host"})

#: modifiers that make a military exercise or patrol a joint one (PLOVER: joint military
#: operations are COOPERATE, single-country exercises MOBILIZE)
JOINT_WORDS = frozenset({"joint", "combined", "coordinated", "co-ordinated", "bilateral", "trilateral",
                         "multinational", "allied"})

#: figures that rise, fall, reach or overtake: as a subject they make no event ("the population
#: declined", "inflation reached 85 percent")
STATISTIC_NOUNS = frozenset({"population", "inflation", "unemployment", "gdp", "output", "growth", "rate",
                             "price", "index", "currency", "shilling", "figure", "number", "share", "deficit",
                             "surplus", "debt", "turnover", "revenue", "profit", "temperature", "birthrate"})

#: verbs of talking about: an act named as their topic is talked about, not done ("boasted of their
#: cooperation in military matters", "discussed the withdrawal": the talk is the event)
TALK_VERBS = frozenset({"boast", "brag", "speak", "talk", "discuss", "debate", "reminisce", "write", "dream"})

#: verbs that make a state independent when its independence is their object ("gained
#: independence"); under any other verb independence is a standing condition ("guarantee the
#: independence of X", "end its independence")
GAIN_VERBS = frozenset({"gain", "win", "declare", "proclaim", "achieve", "obtain", "grant", "receive", "get",
                        "attain", "regain", "restore", "recover", "give", "celebrate", "mark"})

#: copulas of a standing state: "are still at war", "remained at war"
STATE_COPULAS = frozenset({"be", "remain", "stay", "continue"})

#: verbs of pledging: a pledge of cooperation is AGREE, a pledge of force a threat ("vowed to
#: retaliate")
PLEDGE_VERBS = frozenset({"pledge", "promise", "vow", "guarantee"})

#: verbs of holding an opinion: "thought of X as a burden", "consider X a friend" consult no one
OPINION_VERBS = frozenset({"think", "consider", "regard", "view", "deem", "see", "believe", "perceive"})

#: verbs that say what a happening was, not that it happened ("the war was a mistake")
DESCRIBING_VERBS = frozenset({"be", "become", "remain", "seem", "appear", "have"})

#: the mention kinds of a place: a place named, a seat of government
PLACE_KINDS = frozenset({"place", "government_seat"})
