/// The states and countries news writes after a city ("Boston, Massachusetts", "Munich, Germany"),
/// in lower case, as the rules compare them.
enum Places {
    static let statesAndCountries: Set<String> = usStates.union(countries)

    private static let usStates: Set<String> = [
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
        "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
        "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
        "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
        "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
        "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "d.c.",
        // The AP's short forms: "Phoenix, Ariz.".
        "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.", "kan.", "ky.",
        "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.", "n.h.", "n.j.", "n.m.",
        "n.y.", "n.c.", "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.", "vt.", "va.", "wash.",
        "w.va.", "wis.", "wyo.",
    ]

    private static let countries: Set<String> = [
        "afghanistan", "albania", "algeria", "argentina", "armenia", "australia", "austria", "azerbaijan", "bahrain",
        "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil", "bulgaria", "cambodia", "cameroon", "canada",
        "chile", "china", "colombia", "croatia", "cuba", "cyprus", "czechia", "denmark", "ecuador", "egypt", "england",
        "estonia", "ethiopia", "finland", "france", "germany", "ghana", "greece", "guatemala", "haiti", "honduras",
        "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "jamaica", "japan",
        "jordan", "kazakhstan", "kenya", "kosovo", "kuwait", "latvia", "lebanon", "libya", "lithuania", "luxembourg",
        "malaysia", "mali", "mexico", "moldova", "mongolia", "morocco", "myanmar", "nepal", "netherlands", "new zealand",
        "nicaragua", "niger", "nigeria", "north korea", "norway", "oman", "pakistan", "panama", "paraguay", "peru",
        "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda", "saudi arabia", "scotland",
        "senegal", "serbia", "singapore", "slovakia", "slovenia", "somalia", "south africa", "south korea", "spain",
        "sri lanka", "sudan", "sweden", "switzerland", "syria", "taiwan", "tanzania", "thailand", "tunisia", "turkey",
        "uganda", "ukraine", "uruguay", "venezuela", "vietnam", "wales", "yemen", "zambia", "zimbabwe",
        "britain", "great britain", "united kingdom", "uk", "u.k.", "northern ireland", "puerto rico", "hong kong",
        "united arab emirates", "uae", "gaza", "west bank",
        // Canada's provinces and Australia's states.
        "alberta", "british columbia", "manitoba", "ontario", "quebec", "saskatchewan", "nova scotia",
        "new south wales", "victoria", "queensland", "tasmania",
    ]
}
