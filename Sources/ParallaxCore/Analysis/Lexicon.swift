/// Word lists the attribution rules rely on. Lower case throughout.
enum Lexicon {
    /// Verbs that report speech or writing, in every form a news text uses.
    static let reportingVerbs: Set<String> = {
        let regular = [
            "add", "affirm", "allege", "announce", "argue", "ask", "assert", "boast", "caution", "charge",
            "claim", "comment", "complain", "concede", "conclude", "confirm", "contend", "continue", "declare",
            "decry", "demand", "deny", "describe", "direct", "emphasise", "emphasize", "exclaim", "explain",
            "insist", "instruct", "joke", "lament", "maintain", "mention", "note", "observe", "order", "plead",
            "pledge", "post", "praise", "predict", "proclaim", "promise", "recall", "recount", "remark", "repeat",
            "reply", "report", "respond", "reveal", "scoff", "scream", "shout", "state", "stress", "suggest",
            "testify", "thank", "tweet", "urge", "vow", "warn", "whisper", "wonder", "yell", "accuse", "acknowledge",
            "admit", "criticise", "criticize", "slam", "blast", "call", "command", "quip", "counter", "retort",
            "agree", "advise", "brag", "chide", "concur", "echo", "elaborate", "estimate", "grumble",
            "highlight", "hint", "mock", "muse", "pray", "question", "reason", "reassure", "recommend",
            "reiterate", "remind", "condemn", "refer", "dismiss", "point", "express", "cite", "stipulate", "threaten",
            "underline", "underscore", "vent", "venture", "apologise", "apologize", "inform", "denounce", "reemphasise",
            "reemphasize", "reaffirm", "quote", "clarify", "groan", "sigh", "fume", "gush", "snap", "tease", "rant", "assure",
            "caption", "characterise", "characterize", "remember", "reject", "confide", "marvel", "reflect", "utter", "congratulate", "indicate", "growl",
            "rejoin", "interject", "opine", "murmur", "mutter", "posit", "surmise", "recite", "inquire", "enquire", "profess",
            "summarise", "summarize", "confess", "bellow", "holler", "speculate", "theorize", "theorise", "lambast",
            "ridicule", "tout", "bemoan", "deplore", "rebut", "refute", "castigate", "excoriate", "chastise", "scold", "berate",
            "implore", "fret", "interrupt", "enthuse", "gloat", "denigrate", "disparage", "belittle", "blame",
        ]
        var forms: Set<String> = ["said", "says", "say", "told", "tells", "tell", "wrote", "writes", "write",
                                  "spoke", "speaks", "added", "telling", "saying", "writing", "sang"]
        // Verbs whose other forms are nouns too ("the answer", "a chant"), so only these report.
        forms.formUnion(["answered", "answering", "chanted", "chanting", "cried", "laughed", "shrugged", "begged",
                         "gasped", "hissed", "sneered", "snarled", "sobbed", "protested", "labeled", "labelled", "branded", "termed",
                         "hailed", "voiced", "advocated", "trumpeted", "queried", "crowed", "raved", "objected", "griped"])
        for verb in regular {
            forms.insert(verb)
            forms.insert(thirdPerson(verb))
            forms.insert(pastTense(verb))
            forms.insert(verb.hasSuffix("e") ? String(verb.dropLast()) + "ing" : stem(verb) + "ing")
        }
        return forms
    }()

    private static func thirdPerson(_ verb: String) -> String {
        if ["s", "sh", "ch", "x", "o"].contains(where: verb.hasSuffix) { return verb + "es" }
        if verb.hasSuffix("y"), let before = verb.dropLast().last, !"aeiou".contains(before) { return verb.dropLast() + "ies" }
        return verb + "s"
    }

    private static func pastTense(_ verb: String) -> String {
        if verb.hasSuffix("e") { return verb + "d" }
        if verb.hasSuffix("y"), let before = verb.dropLast().last, !"aeiou".contains(before) { return verb.dropLast() + "ied" }
        return stem(verb) + "ed"
    }

    /// "admitted", "referring", "bragged": a stressed last syllable doubles its consonant.
    private static func stem(_ verb: String) -> String {
        ["admit", "slam", "quip", "refer", "brag", "snap", "fret", "rebut"].contains(verb) ? verb + String(verb.last!) : verb
    }

    /// Reporting verbs that are never nouns, so a quotation followed by one is never a modifier.
    static let plainReportingVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "tweeted", "explained",
        "insisted", "argued", "warned", "declared", "stated", "asked", "replied", "continued", "noted",
    ]

    /// Words that may stand between a subject and its verb ("Trump also said", "he has said").
    static let verbModifiers: Set<String> = [
        "also", "has", "had", "have", "later", "then", "once", "again", "further", "previously", "recently",
        "would", "will", "was", "is", "were", "are", "did", "does", "do", "not", "never", "already",
        "earlier", "even", "just", "still", "only", "first", "repeatedly", "subsequently", "separately",
        "simply", "today", "yesterday", "tonight", "reportedly", "publicly", "privately", "angrily", "quickly",
        "may", "might", "could", "should", "can", "must", "been", "himself", "herself", "itself", "themselves",
        "often", "always", "sometimes", "seldom",
    ]

    /// Words that open a sentence before its subject, set off by a comma: "However, he defended …".
    static let sentenceAdverbs: Set<String> = [
        "however", "meanwhile", "instead", "indeed", "still", "later", "earlier", "nevertheless", "nonetheless",
        "moreover", "furthermore", "separately", "similarly", "likewise", "otherwise", "now",
        "afterwards", "afterward", "finally", "ultimately", "eventually", "overall", "again", "also",
        "apparently", "perhaps", "maybe", "probably", "possibly", "presumably", "arguably", "clearly", "obviously",
        "notably", "interestingly", "importantly", "surprisingly", "unsurprisingly", "fortunately", "unfortunately",
        "sadly", "thankfully", "luckily", "ironically", "admittedly", "initially", "originally", "additionally",
        "consequently", "accordingly", "therefore", "thus", "hence", "besides", "regardless", "anyway",
    ]

    /// Words that open a clause before a sentence's main one: "After Lily Miyazaki won, …".
    static let subordinators: Set<String> = [
        "after", "when", "while", "although", "though", "because", "if", "since", "as", "before", "once", "until", "whereas", "unless",
    ]

    /// Subordinators that open a condition, a cause or a concession, whose verb is not the sentence's own:
    /// "if the Senate confirms him, then …".
    static let conditionOpeners: Set<String> = ["if", "unless", "whether", "because", "although", "though", "once", "until"]

    /// The words a title leaves in lower case ("Take Me Out to the Ball Game"); it capitalises the
    /// rest, so "We’re here because of Call of Duty." is a sentence, not a title.
    static let titleSmallWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "for", "so", "yet", "of", "in", "on", "at", "to", "from", "by",
        "with", "as", "into", "onto", "over", "up", "off", "per", "via", "vs", "vs.", "de", "la", "le", "du", "von", "van",
    ]

    /// Reporting verbs whose object listens rather than speaks: "told Florida Today".
    static let listenerVerbs: Set<String> = ["told", "tells", "tell", "telling", "asked", "asks", "ask", "asking", "informed", "informs", "inform", "informing"]

    /// The finite forms of telling and informing, whose object always listens: "“Why?” asked
    /// Trump" has the asker after the verb, "…, told France Info" never the teller.
    static let tellingVerbs = listenerVerbs.filter { !$0.hasPrefix("ask") && !$0.hasSuffix("ing") }

    static let pronouns: Set<String> = ["he", "she", "him", "her", "they", "i", "we", "it"]

    /// "Kim struck a conciliatory note", "Addison Russell smiled": a word that is plainly a verb in the past.
    static func isPastTense(_ word: String) -> Bool {
        word.hasSuffix("ed") || irregularPasts.contains(word)
    }

    /// The past tenses a story tells of its people in, beyond those in -ed; none is a noun as well.
    private static let irregularPasts: Set<String> = [
        "became", "began", "brought", "built", "came", "caught", "chose", "drew", "drove", "fell", "felt", "fought",
        "found", "gave", "got", "grew", "heard", "held", "kept", "knew", "led", "left", "lost", "made", "meant",
        "met", "paid", "ran", "rose", "sat", "saw", "sent", "shook", "sold", "sought", "spent", "spoke", "stood",
        "struck", "swore", "taught", "thought", "threw", "told", "took", "won", "wore", "wrote",
        "bought", "broke", "fled", "flew", "forgot", "hid", "quit", "slept", "stole", "understood", "withdrew", "woke", "went",
    ]

    /// Particles that finish a verb of speaking: "went on", "shot back", "chimed in".
    static let verbParticles: Set<String> = ["on", "in", "back", "up", "out"]

    /// Pasts that are other words too ("a shot", "a hit"), so they speak only with a particle: "shot back".
    static let pastsBeforeParticles: Set<String> = ["shot", "hit", "cut"]

    /// "attorneys", "officials": a noun in the plural ("boss", "press" are not).
    static func isPluralNoun<S: StringProtocol>(_ word: S) -> Bool {
        word.hasSuffix("s") && !word.hasSuffix("ss")
    }

    /// "workers", "protesters": a word for people in the plural, as written inside a sentence.
    static func isGroupOfPeople(_ word: Substring) -> Bool {
        word.first?.isLowercase == true && (word.hasSuffix("s") || ["men", "women"].contains(word)) && isSpeakerNoun(String(word))
    }

    /// "saying", "adding": a reporting verb in -ing, which shares the subject of the verb before it.
    static func isReportingParticiple(_ word: String) -> Bool {
        word.hasSuffix("ing") && reportingVerbs.contains(word)
    }

    /// Verbs that give their object a name or a judgement: "called his remarks “…”".
    static let labellingVerbs: Set<String> = [
        "call", "calls", "called", "calling", "label", "labels", "labeled", "labelled", "labeling", "labelling",
        "brand", "brands", "branded", "branding", "termed", "terming", "deem", "deems", "deemed", "deeming",
        "dub", "dubs", "dubbed", "dubbing",
    ]

    /// Verbs that cast someone as something, which report the words only with "as": "portrayed him as".
    static let castingVerbs: Set<String> = [
        "identified", "identifies", "portrayed", "portrays", "painted", "paints", "cast", "casts", "depicted", "depicts",
        "framed", "frames", "hailed", "hails", "touted", "touts", "billed", "bills", "presented", "presents",
    ]

    /// What opens the content of a claim: "his warnings that …", "allegations of …", "his comments – “…”".
    static let claimContentLinks: Set<String> = ["that", "of", "about", "against", "—", "–", "-", ":"]

    /// Words whose "’s" is "is" or "has", never an owner's: "That's", "It's", "Here's".
    static let contractingWords: Set<String> = ["that", "it", "there", "here", "what", "who", "where", "how", "let", "he", "she", "this"]

    /// Labels a page sets before a colon, which are no one speaking: "Screenshot: “…”".
    static let mediaLabels: Set<String> = [
        "screenshot", "photo", "photograph", "image", "picture", "video", "audio", "watch", "listen", "read", "related",
        "update", "updated", "note", "source", "sources", "caption", "credit", "correction", "warning", "headline",
        "quote", "question", "answer", "q", "a", "title", "subject", "re", "fw", "tags", "topics", "summary",
    ]

    /// Words that count people: "Hundreds of protesters".
    static let quantities: Set<String> = ["hundreds", "thousands", "dozens", "scores", "millions", "tens", "many", "some", "several", "most", "all"]

    /// People in general, who say which of them only with more words: "experts say", "many people believe" — unlike
    /// "critics" or "analysts", who take a side or a trade in the story, or "researchers", who mostly did the study reported.
    static let anyonePlurals: Set<String> = ["people", "experts", "observers", "scientists"]

    /// Pronouns that only ever stand as a person's subject: "her" may be a possessive, "it" a placeholder.
    static let subjectPronouns: Set<String> = ["he", "she", "they", "i", "we"]

    /// A subject pronoun that may also open a name as its surname: "He" in "He Jianxiong" (never "I").
    static func mayBeSurname(_ word: String) -> Bool {
        word.count > 1 && subjectPronouns.contains(word.lowercased())
    }

    /// "its campaign pledges", "his statement": the owner's word before a noun.
    static let possessiveDeterminers: Set<String> = ["his", "her", "their", "its", "our", "my", "your"]

    /// The one an owner's pronoun stands for, as a subject: "his post" is what "he" wrote.
    static let ownersAsSubjects: [String: String] = ["his": "he", "her": "she", "their": "they", "its": "it"]

    /// Parties and their members, set before a name: "Republican Donald Trump".
    static let partyWords: Set<String> = [
        "republican", "democrat", "democratic", "conservative", "labour", "liberal", "socialist", "independent", "tory",
    ]

    /// What someone said, named by its kind: "his warnings that …", "Clinton’s allegations of …".
    static let claimNouns: Set<String> = [
        "claim", "claims", "warning", "warnings", "allegation", "allegations", "assertion", "assertions",
        "accusation", "accusations", "insistence", "promise", "promises", "pledge", "vow", "boast", "charge", "charges",
        "reply", "response", "answer", "message", "verdict", "advice", "retort", "explanation", "argument", "plea",
        "demand", "demands", "call", "appeal", "remark", "remarks", "comment", "comments", "suggestion", "prediction",
    ]

    static let determiners: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "another", "one",
    ]

    /// Words that cannot be part of a speaker's name or description.
    static let functionWords: Set<String> = [
        "the", "a", "an", "and", "or", "but", "nor", "so", "yet", "for", "of", "in", "on", "at", "to", "from",
        "by", "with", "about", "as", "into", "onto", "over", "under", "after", "before", "since", "until",
        "while", "when", "where", "which", "who", "whom", "whose", "that", "this", "these", "those", "there",
        "here", "than", "then", "if", "because", "though", "although", "whether", "not", "no", "is", "are",
        "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would",
        "can", "could", "should", "may", "might", "must", "shall", "it", "its", "he", "she", "they", "we",
        "i", "you", "him", "her", "them", "us", "me", "my", "your", "our", "their", "his", "what", "how",
        "why", "all", "any", "some", "each", "every", "both", "either", "neither", "more", "most", "less",
        "such", "very", "also", "just", "only", "even", "up", "down", "out", "off", "against", "during",
        "through", "without", "within", "among", "between", "across", "toward", "towards", "via", "per",
        "like", "unlike", "amid", "despite", "including", "upon", "around", "behind", "beyond", "near",
    ]

    /// The pronouns that open a relative clause about a person or a thing.
    static let relativePronouns: Set<String> = ["who", "whom", "which"]

    static let prepositions: Set<String> = [
        "in", "on", "at", "during", "via", "through", "from", "with", "after", "before", "throughout", "over",
        "under", "outside", "inside", "near", "by", "for", "to", "into", "about",
    ]

    /// Title words before a name ("President Donald Trump", "Chicago Mayor Brandon Johnson").
    static let titles: Set<String> = [
        "president", "vice", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor",
        "gov", "gov.", "governor", "sen", "sen.", "senator", "rep", "rep.", "representative", "mayor", "chief",
        "sens", "sens.", "reps", "reps.", "govs", "govs.",
        "judge", "justice", "secretary", "minister", "chancellor", "general", "gen.", "colonel", "col.",
        "captain", "capt.", "lt.", "lieutenant", "sgt.", "sergeant", "admiral", "adm.", "major", "marshal", "commander", "officer", "detective", "king", "queen",
        "prince", "princess", "pope", "sir", "dame", "lord", "lady", "rev", "rev.", "reverend", "father", "sister", "brother", "coach",
        "commissioner", "ambassador", "speaker", "director", "chairman", "chairwoman", "chair", "leader", "administrator",
        "deputy", "attorney", "sheriff", "premier", "sheikh", "archbishop", "bishop", "cardinal",
        "superintendent", "inspector", "agent", "councilman", "councilwoman", "assemblyman", "assemblywoman", "alderman", "alderwoman",
        "congressman", "congresswoman", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson",
        "ceo", "founder", "economist", "analyst", "host", "anchor", "actor", "actress", "singer", "star",
        "manager", "player", "striker", "midfielder", "defender", "goalkeeper", "quarterback", "executive",
        "lawyer", "doctor", "student", "photographer", "teacher", "farmer", "nurse", "pastor", "rabbi", "imam",
        "eyewitness", "witness", "shortstop", "pitcher", "comedian", "presenter", "journalist", "reporter", "editor", "author",
        "editor-in-chief", "commander-in-chief", "co-founder", "cofounder", "co-chair", "co-chairman", "vice-president",
        "president-elect", "chief-of-staff", "secretary-general", "mallam",
        // Callings a story sets before a name as a title: "Novelist Jo Watson", "Billionaire Elon Musk".
        "novelist", "poet", "writer", "historian", "filmmaker", "producer", "designer", "artist", "musician", "rapper",
        "athlete", "astronaut", "entrepreneur", "investor", "physicist", "astrophysicist", "architect", "engineer", "chef",
        "activist", "campaigner", "businessman", "businesswoman", "billionaire", "philanthropist", "columnist",
        "commentator", "strategist", "pollster",
        // Posts and professions: "Media Coordinator Dane Lisser", "Epidemiologist Maria Van Kerkhove".
        "coordinator", "organizer", "organiser", "supervisor", "instructor", "counselor", "counsellor", "consultant",
        "researcher", "scientist", "specialist", "physician", "surgeon", "psychologist", "psychiatrist", "epidemiologist",
        "lecturer", "prosecutor",
        // British and Irish offices: "Councillor John Cotton", "Chief Constable Andy Marsh", "Taoiseach Simon Harris".
        "councillor", "councilor", "cllr", "cllr.", "constable", "taoiseach", "tánaiste", "tanaiste",
        // Who a person is to the story, set before the name as a title: "Pensioner Margaret Hill",
        // "Teammate Sunisa Lee". Words that are also surnames (Driver, Boxer, Skipper, Swimmer) are left
        // out, as they would end a name, and so is "fellow" ("Tong Zhao, a fellow at the Carnegie Center").
        "promoter", "teammate", "pensioner", "retiree", "homeowner", "shopkeeper", "volunteer", "survivor",
        "widow", "widower", "grandmother", "grandfather", "teenager", "schoolgirl", "schoolboy", "landlord",
        "tenant", "shopper", "commuter", "motorist", "jockey", "golfer", "cyclist", "sprinter", "batsman", "veteran",
    ]

    /// Letters after a British name for an office or honour, none of the name: "Andrew Menary KC",
    /// "Iain Duncan Smith MP".
    static let postNominals: Set<String> = ["KC", "QC", "MP", "MSP", "MEP", "OBE", "MBE", "CBE"]

    /// Members of a parliament, named by the letters before their name: "MP", "MK", "MEP", "MSP".
    static let parliamentMemberships: Set<String> = ["mp", "mk", "mep", "msp"]

    /// Titles that make a role a lesser one: the deputy director is not the director.
    static let lowerRanks: Set<String> = ["deputy", "vice"]

    /// Titles that are also common surnames: "Tessa Bishop", "Stephen King".
    static let surnameTitles: Set<String> = ["bishop", "king", "judge", "major", "marshal", "marshall", "sheriff", "dean", "knight"]

    /// Titles that only a person bears, so a name of one word after one is a person's.
    static let personalTitles: Set<String> = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor", "president",
        "gov", "gov.", "governor", "sen", "sen.", "senator", "rep", "rep.", "mayor", "judge", "minister", "chancellor",
        "king", "queen", "prince", "princess", "pope", "sir", "dame", "lord", "lady", "rev", "rev.", "reverend", "premier", "rabbi", "imam",
    ]

    /// Words of office and department that sit between a title and a name ("Secretary of State Rex Tillerson").
    static let officeWords: Set<String> = [
        "state", "defense", "defence", "homeland", "security", "health", "treasury", "finance", "justice",
        "labor", "labour", "education", "interior", "commerce", "energy", "transportation", "agriculture",
        "foreign", "affairs", "home", "office", "house", "white", "public", "national", "federal", "press", "intelligence",
        "senior", "former", "acting", "interim", "assistant", "associate", "executive", "general", "of",
        "the", "and", "us", "u.s.", "uk", "u.k.", "eu", "un", "u.n.",
    ]

    /// Things a person's words come in: "Trump’s post accused …" is Trump speaking.
    static let utteranceNouns: Set<String> = [
        "post", "posting", "posts", "statement", "tweet", "tweets", "message", "letter", "remarks", "speech",
        "comments", "account", "note", "memo", "release", "order", "proclamation", "announcement", "video",
        "interview", "op-ed", "column", "essay", "book", "filing", "lawsuit", "complaint", "report", "resolution",
        "document", "affidavit", "transcript", "indictment", "ruling", "email", "e-mail",
    ]

    /// Where an organisation publishes its words: "according to its website".
    static let siteNouns: Set<String> = ["website", "site", "blog", "homepage"]

    /// Where people post, which speaks for none of them: "Facebook posts saying …".
    static let platforms: Set<String> = [
        "facebook", "twitter", "instagram", "youtube", "tiktok", "reddit", "weibo", "wechat", "telegram", "snapchat", "linkedin", "whatsapp",
    ]

    /// How a statement, letter or post comes from the one who made it: "a statement issued by X".
    static let issuingVerbs: Set<String> = [
        "issued", "released", "posted", "sent", "signed", "published", "written", "made", "delivered", "shared", "emailed",
        "provided", "gave",
    ]

    /// How a written thing gives its words: "the sign reads", "a statement released by KCNA read".
    /// Only a written thing: a person who reads reads someone else's words.
    static let inscriptionVerbs: Set<String> = ["read", "reads"]

    /// Things that bear words: what people issue, where they publish it, and what is put up to be read.
    static func isWrittenThing(_ noun: String) -> Bool {
        // "the documents said": several of one kind speak as one does.
        utteranceNouns.contains(noun) || siteNouns.contains(noun) || inscriptions.contains(noun)
            || noun.hasSuffix("s") && utteranceNouns.contains(String(noun.dropLast()))
    }

    private static let inscriptions: Set<String> = [
        "sign", "signs", "marquee", "banner", "banners", "placard", "placards", "poster", "billboard", "headline",
        "caption", "text", "email", "e-mail", "label", "notice", "plaque", "inscription", "card", "page", "screen",
        "petition", "document", "alert", "messages", "letters", "statements", "t-shirt", "shirt", "sticker", "graffiti",
        "poem", "verse", "lyrics", "song",
    ]

    /// Words that name a quoted expression rather than report speech: the “No Kings” protests are called that.
    static let namingCues: [[String]] = [
        ["so-called"], ["dubbed"], ["known", "as"], ["nicknamed"], ["titled"], ["entitled"], ["named"],
        ["billed", "as"], ["aka"], ["a.k.a."], ["branded"], ["labelled"], ["labeled"], ["labelling"], ["labeling"], ["the", "word"], ["the", "term"],
        ["the", "phrase"], ["a", "movement", "called"], ["called"], ["headlined"], ["the", "title"],
    ] + workNouns.union(labelNouns).sorted().map { [$0] }

    /// Kinds of work whose title follows them: "the book “iGen”", "the Showtime series “Masters of Sex”".
    static let workNouns: Set<String> = ["book", "film", "movie", "song", "album", "series", "novel", "episode", "documentary", "sitcom"]

    /// Words for a label whose words follow them: "the campaign slogan, “Make America Great Again.”"
    static let labelNouns: Set<String> = ["slogan", "motto", "tagline", "hashtag"]

    /// Words between a form of "be" and its participle: "is widely known", "is often called".
    static let passiveAdverbs: Set<String> = ["often", "also", "sometimes", "still", "now", "once", "even", "never", "not"]

    /// Verbs that carry another: "the funds were delayed", "had run out".
    static let auxiliaries: Set<String> = ["is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "did", "does"]
    /// The modals `auxiliaries` leaves out.
    static let modals: Set<String> = ["must", "should", "may", "might", "shall"]

    /// Nouns for people or bodies who speak, beyond the titles: "officials said", "the agency said".
    static let speakerNouns: Set<String> = [
        "official", "officials", "person", "source", "sources", "expert", "experts", "police", "residents", "people", "witness",
        "witnesses", "analyst", "analysts", "critics", "agency", "department", "ministry", "company", "firm",
        "group", "organization", "organisation", "government", "administration", "campaign", "office", "team",
        "club", "court", "military", "army", "spokesperson", "spokesman", "spokeswoman", "publicist", "statement", "lawyer",
        "lawyers", "attorney", "attorneys", "aide", "aides", "member", "members", "leaders", "leader",
        "president", "mayor", "governor", "senator", "minister", "chief", "head", "director", "researchers", "scientists",
        "doctors", "doctor", "teacher", "student", "students", "activists", "protesters", "organizers", "men", "women",
        "organisers", "prosecutors", "prosecutor", "investigators", "authorities", "officers", "officer", "man",
        "woman", "mother", "father", "neighbor", "neighbour", "owner", "manager", "coach", "player", "fans",
        "union", "committee", "council", "board", "party", "embassy", "report", "study",
        "media", "system", "sister", "brother", "wife", "husband", "son", "daughter", "friend", "relative",
        "family", "families", "parents", "champion", "captain", "pilot", "paper", "newspaper", "network", "broadcaster",
        "carrier", "airline", "zoo", "hospital", "school", "university", "force", "forces", "regime", "kremlin",
        "advocate", "activist", "user", "commenter", "commentator", "blogger", "journalist", "reporter", "correspondent",
        "photographer", "editor", "lawmakers", "legislators", "diplomats", "executive", "executives", "organiser", "organizer",
        "website", "site", "outlet", "channel",
        // Bodies a story names before it says "the center wrote" or "the bank said".
        "center", "centre", "institute", "foundation", "bank", "service", "commission", "authority", "bureau",
        "regulator", "regulators", "watchdog", "association", "charity", "society", "laboratory", "insurer", "retailer",
        "manufacturer", "maker", "startup", "publication", "city", "county", "town", "state", "province", "district",
        "municipality", "museum", "league", "federation", "publisher", "studio", "label", "band", "church", "diocese",
        "coalition", "alliance", "panel", "tribunal", "utility", "nonprofit", "brand", "unit", "division", "consulate",
        "cabinet", "palace", "prison", "jail", "academy", "lab", "clinic", "festival", "fund", "trust",
        "rebels", "militants", "junta", "opposition", "presidency", "monarchy", "camp",
        "insider", "insiders", "supporter", "supporters", "opponent", "opponents", "observer", "observers", "critic",
        "spectator", "spectators", "onlooker", "onlookers", "bystander", "bystanders", "passenger", "passengers", "viewer", "viewers",
        // People as stories describe them before or instead of naming them.
        "resident", "eyewitness", "eyewitnesses", "fan", "survivor", "survivors", "victim", "victims", "driver", "tourist",
        "tourists", "holidaymaker", "holidaymakers", "worker", "workers", "employee", "employees", "customer", "customers",
        "voter", "voters", "citizen", "citizens", "mum", "mom", "dad", "girl", "boy", "tyrant", "dictator", "despot",
        "strongman", "veteran", "nurse", "surgeon", "paramedic", "firefighter", "soldier", "soldiers", "guard", "players", "operator",
        "boss", "parent", "patient", "patients", "legislator", "diplomat",
        // Those a story quotes as a body of people, or one of them: "370 economists signed", "traders said", "a trader said".
        "economists", "academics", "scholars", "historians", "teachers", "investors", "traders", "senators", "judges",
        "advocates", "campaigners", "demonstrators", "economist", "scholar", "historian", "investor", "trader",
        "campaigner", "demonstrator", "protester", "researcher", "scientist", "investigator", "lawmaker", "rebel",
        "ally", "policymaker", "policymakers", "banker", "bankers",
    ]

    /// Words for a business or a publication, which an article names before it says "the firm".
    static let bodyNouns: Set<String> = [
        "company", "firm", "carrier", "airline", "newspaper", "paper", "broadcaster", "publication", "network",
        "outlet", "website", "retailer", "bank", "insurer", "manufacturer", "maker", "startup",
        "carmaker", "automaker", "chipmaker", "drugmaker", "giant", "lender", "conglomerate", "chain", "platform",
        "miner", "supplier", "exporter", "streamer", "provider", "exchange", "business", "consultancy", "brewer",
        "grocer", "supermarket", "railway", "app",
    ]

    /// "Jr.", "III": a suffix that ends a person's name and tells one generation from another.
    static func isNameSuffix(_ word: String) -> Bool {
        ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"].contains(word.lowercased())
    }

    /// What a news outlet is called before its name: "the newspaper Nice Matin", "the regional daily Nice Matin".
    static let outletNouns: Set<String> = [
        "newspaper", "paper", "daily", "weekly", "magazine", "tabloid", "broadsheet", "broadcaster", "network", "channel",
        "outlet", "publication", "website", "site", "agency",
    ]

    /// Words a body's name holds for the kind of body a noun says: "the carrier" is an airline.
    static let bodyNameWords: [String: Set<String>] = [
        "carrier": ["airways", "airlines", "air"], "airline": ["airways", "airlines", "air"],
        "newspaper": ["times", "post", "journal", "herald", "tribune", "gazette", "daily", "zeitung", "monde"],
        "paper": ["times", "post", "journal", "herald", "tribune", "gazette", "daily", "zeitung", "monde"],
        "bank": ["bank"], "network": ["news", "network", "tv", "television"], "broadcaster": ["news", "tv", "television", "radio"],
    ]

    /// Words that make a capitalised run an institution or a place rather than a person.
    static let institutionWords: Set<String> = [
        "enforcement", "department", "agency", "security", "patrol", "house", "court", "police", "service",
        "union", "party", "council", "committee", "ministry", "office", "center", "centre", "bank", "company",
        "inc", "university", "association", "organization", "organisation", "administration", "force", "guard",
        "army", "navy", "news", "times", "post", "street", "road", "city", "county", "state", "states", "kingdom",
        "republic", "airport", "station", "park", "hospital", "school", "college", "institute", "foundation",
        "group", "corp", "commission", "board", "senate", "congress", "parliament", "angeles", "york", "social",
        "truth", "media", "press", "papers", "korea", "china", "united", "america", "american", "national", "federal",
        "year", "day", "week", "airways", "airlines", "airline", "enquirer", "herald", "tribune", "journal", "gazette",
        "daily", "weekly", "telegraph", "guardian", "vegas", "island", "islands", "cape", "mount", "lake",
        "river", "bay", "beach", "valley", "hills", "conference", "summit", "games", "cup", "league", "club", "fc",
        "stadium", "museum", "theatre", "theater", "festival", "awards", "show", "series", "network", "channel",
        "capital", "fund", "trust", "authority", "electronics", "corporation", "bureau", "brigade", "branch",
        "assembly", "nations", "systems", "industries", "communications", "railways", "transportation", "partners", "holdings", "motors", "technologies", "labs", "bitcoin",
        "congregation", "church", "cathedral", "temple", "synagogue", "mosque", "international", "consortium", "academy",
        "chamber", "society", "federation", "alliance", "coalition", "movement", "laboratory", "laboratories",
        // Plurals a body's name may end in ("American Trucking Associations"), none a common surname.
        "associations", "unions", "councils", "committees", "agencies", "organizations", "organisations", "companies",
        "services", "forces", "institutes", "foundations", "commissions", "ministries", "departments", "universities",
    ]

    /// Words of places' names that are Korean surnames too: "Hyde Park" but "Park Geun-hye".
    static let surnamesOfPlaces: Set<String> = ["park"]

    /// Photo agencies and sites whose credit a page glues to the caption after it: "EPA Equifax
    /// said …", "Associated Press North Korea says …", "Twitter Hundreds of people …". As written,
    /// word by word; the longer credits first, so "Associated Press" goes whole.
    static let photoCredits: [[String]] = [
        ["Associated", "Press"], ["Fame", "Flynet"], ["Splash", "News"], ["Rex", "Features"],
        ["AP"], ["AFP"], ["EPA"], ["PA"], ["REUTERS"], ["Reuters"], ["AAP"], ["UPI"], ["Getty"], ["Images"], ["Shutterstock"],
        ["Twitter"], ["Instagram"], ["Facebook"],
        // "Getty - Contributor Michael revealed …": the credit's own role.
        ["Contributor"],
    ]

    /// Words that tie a person to where they work: "Ilan Gilon of the Meretz party", "Svetlana
    /// Yakushina of Ernst & Young", "a researcher at Carnegie".
    static let affiliationLinks: Set<String> = ["of", "from", "at"]

    /// Forms of "be" before a passive participle: "was quoted", "had been ordered".
    static let beForms: Set<String> = ["be", "been", "being", "was", "were", "is", "are"]

    /// The forms of "be" that have a subject of their own: "Peter Jones was blunt:".
    static let finiteBeForms = beForms.intersection(auxiliaries)

    /// Verbs by which one comes to hold what another wrote: "Martin Mubanga received a letter".
    static let receivingVerbs: Set<String> = ["received", "receive", "receives", "receiving", "got", "gets", "obtained", "obtains"]

    /// Those, and the verbs by which one comes upon it: "Hundreds saw placards that read".
    static let findingVerbs = receivingVerbs.union(["saw", "see", "sees", "read", "found"])

    /// "Det Supt", "Asst Ch Con": British police ranks as written before a name, some of them also
    /// words or names alone ("Con Edison"), so only two or more in a row are a rank.
    static let policeRanks: Set<String> = ["asst", "ch", "con", "supt", "supt.", "insp", "insp.", "det", "det.", "sgt", "dci", "cmdr", "cmdr."]

    /// "the US Ambassador to the United Nations": a determiner at `determiner` after an envoy's "to".
    static func followsEnvoysTo(_ tokens: [Token], determiner: Int) -> Bool {
        determiner >= 2 && determiners.contains(tokens[determiner].lower) && tokens[determiner - 1].lower == "to" && envoys.contains(tokens[determiner - 2].lower)
    }

    /// Roles sent to a body, whose "to" belongs to the description: "the US Ambassador to the United Nations".
    static let envoys: Set<String> = ["ambassador", "envoy", "emissary", "delegate", "adviser", "advisor"]

    /// Verbs for how someone worded something, in "as she put it": "put", "phrased", "termed".
    static let wordingVerbs: Set<String> = ["put", "puts", "phrased", "phrases", "termed", "terms", "dubbed", "dubs"]

    /// Words between one who speaks and whom they speak for: "a spokesman for Microsoft", "a man at Oracle".
    static let employerLinks: Set<String> = ["for", "of", "at"]

    /// Words after one who speaks that say which one is meant: "a man in the crowd", "officials
    /// in Beijing", "a spokesperson from the transport police".
    static let describingLinks: Set<String> = Set(["in", "on", "near", "outside", "inside", "from"]).union(adjectiveLinks.keys)

    /// Adjectives that say whom an unnamed source knows, with the preposition each takes:
    /// "a source close to the singer", "a source familiar with the talks".
    static let adjectiveLinks: [String: String] = ["close": "to", "familiar": "with"]

    /// Whether the word at `index` is one of `adjectiveLinks` with its preposition after it: "close to".
    static func opensAdjectiveLink(_ tokens: [Token], at index: Int) -> Bool {
        index >= 0 && index + 1 < tokens.count && adjectiveLinks[tokens[index].lower] == tokens[index + 1].lower
    }

    /// Whether the word at `index` opens what says which speaker is meant: "in" in "a man in the crowd",
    /// "close" in "a source close to the singer" — not "close" alone ("a close aide").
    static func isDescribingLink(_ tokens: [Token], at index: Int) -> Bool {
        describingLinks.contains(tokens[index].lower) && (adjectiveLinks[tokens[index].lower] == nil || opensAdjectiveLink(tokens, at: index))
    }

    /// A phrase after a speaker whose noun this is says when or how one spoke, not who: "in a
    /// statement", "on Monday", "at a news conference", "on Twitter", "in 2016".
    static func isOccasion(_ noun: String) -> Bool {
        isWrittenThing(noun) || platforms.contains(noun) || notNames.contains(noun) || occasions.contains(noun)
            || noun.first?.isNumber == true
    }

    private static let occasions: Set<String> = [
        "conference", "briefing", "hearing", "meeting", "call", "appearance", "broadcast", "podcast", "show",
        "programme", "program", "session", "television", "tv", "radio", "air", "court", "response",
        "reply", "morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "today",
        "yesterday", "tonight", "time", "wake", "aftermath", "recent", "past", "behalf",
    ]

    /// Particles joined by a hyphen to the capitalised rest of an Arabic name: "al-Adnani", "bin-Salman".
    static let hyphenedNameParticles: Set<String> = ["al", "el", "ad", "ash", "as", "az", "bin", "ibn", "abd", "ul", "ud"]

    /// Particles that open a surname of several words: "Le Clair", "Van Hollen", "Abu Amer".
    static let surnameParticles: Set<String> = [
        "le", "la", "de", "del", "della", "di", "da", "du", "dos", "van", "vander", "vanden", "von", "der", "den", "ter", "al", "el", "abu", "bin", "ibn", "mac",
    ]

    /// Words that open a place's name, never a person's: "St. Petersburg", "San Diego", "Fort Worth".
    static let placeOpeningWords: Set<String> = ["st.", "st", "ste.", "san", "santa", "fort", "port", "los", "las"]

    /// Nationalities that close a hyphenated identity: "Hong Kong-Canadian", "Korean-American" are no one's name.
    /// Not those that are also surnames: "Sarah Lewis-French", "Jones-Welsh".
    static let nationalities: Set<String> = [
        "american", "canadian", "australian", "african", "asian", "european", "chinese", "japanese", "korean", "vietnamese",
        "filipino", "indian", "pakistani", "iranian", "arab", "israeli", "palestinian", "lebanese", "russian", "ukrainian",
        "italian", "mexican", "cuban", "brazilian", "nigerian", "kenyan", "jamaican", "jewish", "muslim", "latino", "hispanic",
    ]

    /// Capitalised function words that open a name inside a sentence: "All Nippon Airways".
    static let nameOpeningWords: Set<String> = ["all", "every"]

    /// "the Rodong Sinmun newspaper Friday": a day ends a name rather than continuing it.
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Capitalised words that are never a speaker's name.
    static let notNames: Set<String> = weekdays.union([
        "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "according", "scenes", "early", "earlier", "later", "asked", "speaking", "meanwhile", "however", "last", "next",
        // Words of number and time that open a sentence: "Several months into enrollment, …", "Shortly after …".
        "several", "many", "few", "nearly", "almost", "shortly", "soon", "recently", "hours", "days", "weeks", "months", "years",
        // Page furniture: "Newsletter Sign Up Continue reading the main story".
        "newsletter", "advertisement",
    ]).union(sentenceAdverbs)

    /// "Sunday's", "last week's": a time owns what was said then, not who said it.
    static func isTimeWord(_ word: String) -> Bool {
        weekdays.contains(word) || ["today", "yesterday", "tonight", "day", "week", "weekend", "month", "year", "morning", "night"].contains(word)
    }

    static func isSpeakerNoun(_ word: String) -> Bool {
        if speakerNouns.contains(word) || bodyNouns.contains(word) || titles.contains(word) || pairNouns.contains(word) || isAge(word) { return true }
        // "New Facebook groups", "Scott's relatives": more than one of those who speak speak too — but
        // "Earlier statements by the company" are the company's.
        if word.hasSuffix("s"), !word.hasSuffix("ss"), case let one = String(word.dropLast()), speakerNouns.contains(one), !isWrittenThing(one) {
            return true
        }
        // "the sister-in-law", "a mother-of-two": the person is the compound's first part.
        if let link = word.range(of: "-in-") ?? word.range(of: "-of-") { return isSpeakerNoun(String(word[..<link.lowerBound])) }
        // "the tech-giant", "the ex-minister": otherwise a compound is what its last part is.
        guard let hyphen = word.lastIndex(of: "-"), case let head = word[word.index(after: hyphen)...], !head.isEmpty else { return false }
        return isSpeakerNoun(String(head))
    }

    /// Someone the story does not name, standing alone as a speaker: "another said".
    static let unnamedOthers: Set<String> = ["another", "one"]

    /// Verbs that go on from what the same speaker said before: "…, and added that".
    static let addingVerbs: Set<String> = ["added", "adds", "add"]

    /// "the former", "the latter": one of the last two people named, by the order they came in.
    static let orderReferents: Set<String> = ["former", "latter"]

    /// Words for two people an article has named together: "the couple said".
    static let pairNouns: Set<String> = ["couple", "pair", "duo"]

    /// Words for a person's occupation, by which an article refers back to someone it has named.
    static let personRoles: Set<String> = Set([
        "actor", "actress", "singer", "star", "expert", "author", "writer", "lawmaker", "politician", "economist",
        "professor", "scientist", "researcher", "analyst", "businessman", "businesswoman", "director", "producer",
        "player", "coach", "senator", "governor", "mayor", "minister", "president", "chancellor", "judge", "artist",
        "musician", "rapper", "comedian", "host", "presenter", "driver", "champion", "striker", "quarterback",
        "advocate", "activist", "founder",
        // Epithets by which sport, business and politics pages go on about someone they have named ("the
        // billionaire", "the midfielder") — not posts or pasts that someone unnamed may have ("the captain",
        // "the manager", "the veteran who introduces them", "the public defender").
        "billionaire", "tycoon", "mogul", "midfielder", "goalkeeper", "winger", "batsman",
        "bowler", "golfer", "boxer", "swimmer", "sprinter", "cyclist", "pitcher", "shortstop",
        "nominee", "incumbent", "challenger", "congressman", "congresswoman",
    ]).union(kin)

    /// Kin, by which a story goes on about the relative it has named: "the brother said".
    static let kin: Set<String> = ["brother", "sister", "mother", "father", "son", "daughter", "wife", "husband", "widow", "widower"]

    /// A member of a party, as a description's head: "the Kentucky Republican".
    static let partyMembers: Set<String> = ["Republican", "Democrat"]

    /// "the 76-year-old said": an age refers back to a person as a role does.
    static func refersBackToPerson(_ word: String) -> Bool {
        personRoles.contains(word) || isAge(word)
    }

    /// "76-year-old", "six-year-old".
    static func isAge(_ word: String) -> Bool {
        word.hasSuffix("-year-old") && word.count > 9
    }
}
