/// Given names that almost always belong to one gender, so "she said" after "Beau Willimon …
/// Uma Thurman" finds her even when the article's pronouns have not yet said who is who.
/// Names shared by both genders, or by common words, places and well-known surnames (Jordan,
/// Robin, Jean, Andrea, Grace, Georgia, Austin, Marine, Sharon), are left out on purpose.
enum GivenNames {
    static func gender(of givenName: String) -> Gender? {
        let key = givenName.lowercased()
        if female.contains(key) { return .female }
        if male.contains(key) { return .male }
        return nil
    }

    private static let female: Set<String> = [
        // English
        "abigail", "alice", "alison", "allison", "amanda", "amy", "angela", "angelina", "ann", "anna", "anne",
        "annie", "ashley", "barbara", "betsy", "betty", "beverly", "brenda", "brittany", "caitlin", "camilla",
        "carla", "carol", "carolyn", "catherine", "charlotte", "cheryl", "chloe", "christina", "christine",
        "claire", "clare", "cynthia", "danielle", "deborah", "debra", "denise", "diana", "diane", "donna",
        "doris", "dorothy", "eleanor", "elizabeth", "ellen", "emily", "emma", "erica", "erin", "evelyn",
        "fiona", "frances", "gemma", "gloria", "hannah", "hayley", "heather", "helen", "hillary", "holly",
        "irene", "jacqueline", "jane", "janet", "janice", "jennifer", "jenny", "jessica", "joan", "joanne",
        "joyce", "judith", "judy", "julia", "julie", "karen", "kate", "katherine", "kathleen", "kathryn",
        "katie", "kayla", "kellyanne", "kimberly", "kirsty", "kristen", "kristin", "laura", "lauren", "linda",
        "lisa", "liz", "louise", "lucy", "margaret", "marie", "marilyn", "martha", "mary", "megan", "meghan",
        "melania", "melissa", "meredith", "meryl", "michelle", "molly", "monica", "nancy", "natalie", "nicole",
        "nikki", "olivia", "oprah", "pamela", "patricia", "paula", "rachel", "rebecca", "rihanna", "ruth",
        "sally", "samantha", "sandra", "sara", "sarah", "scarlett", "shirley", "sophia", "sophie",
        "stacey", "stephanie", "sue", "susan", "sylvia", "tamara", "tanya", "teresa", "theresa", "tina",
        "tracy", "uma", "vanessa", "veronica", "wendy", "yvonne", "zoe",
        "abby", "adrianne", "alexandra", "amber", "audrey", "bonnie", "carrie", "cathy", "connie", "courtney", "dawn",
        "eileen", "elaine", "ella", "esther", "eva", "gail", "gina", "jasmine", "jill", "kathy", "kristina",
        "leah", "lily", "lori", "lydia", "madeline", "maggie", "marcia", "maureen", "mia", "miriam", "naomi",
        "nina", "nora", "peggy", "rita", "rosa", "ruby", "sabrina", "sheila", "stella", "tessa", "valerie",
        "vera", "victoria",
        // Public life
        "alexandria", "ayanna", "beyoncé", "ilhan", "ivanka", "jacinda", "kamala", "kirstjen", "malala",
        "priti", "rashida", "serena", "suella",
        // European
        "annalena", "annika", "astrid", "birgit", "brigitte", "céline", "ekaterina", "elena",
        "francesca", "giorgia", "greta", "heidi", "ilona", "ingrid", "irina", "isabelle", "katarina",
        "michaela", "nathalie", "natalia", "olga", "ségolène", "svetlana", "sylvie", "tatiana",
        "ursula", "yulia",
        // Spanish and Portuguese
        "ana", "camila", "carmen", "gabriela", "isabel", "lucía", "maría", "sofía", "valentina",
        // Arabic, South Asian, East Asian
        "aisha", "amina", "fatima", "layla", "mariam", "zainab", "anjali", "deepika", "indira", "nirmala",
        "pooja", "priya", "priyanka", "sonia", "sunita", "akiko", "keiko", "naoko", "tomoko", "yoko",
        "yuko", "yuriko",
    ]

    private static let male: Set<String> = [
        // English
        "aaron", "adam", "alan", "albert", "alexander", "andrew", "andy", "anthony", "arthur", "barack",
        "beau", "ben", "benjamin", "bernie", "bill", "billy", "bob", "bobby", "bradley", "brandon", "brett",
        "brian", "bruce", "bryan", "carl", "chad", "charles", "christopher", "chuck", "colin", "craig",
        "dan", "daniel", "darnell", "dave", "david", "dennis", "derek", "donald", "doug", "douglas",
        "dwayne", "dylan", "edward", "elon", "eric", "ethan", "eugene", "gabriel", "gary", "george",
        "gerald", "gordon", "graham", "greg", "gregory", "harold", "harry", "harvey", "henry", "hugh",
        "ian", "jack", "jacob", "jake", "jamal", "james", "jason", "jeff", "jeffrey", "jeremy", "jerry",
        "jesse", "jim", "joe", "john", "johnny", "jonathan", "joseph", "joshua", "justin", "keir",
        "keith", "ken", "kenneth", "kevin", "kyle", "larry", "lawrence", "liam", "louis", "luke",
        "malik", "marcus", "mark", "matt", "matthew", "michael", "mike", "mitch", "mitt", "neil", "newt",
        "nicholas", "nick", "nigel", "noah", "owen", "patrick", "paul", "pete", "peter", "philip",
        "quentin", "ralph", "randy", "raymond", "richard", "rick", "rishi", "robert", "roger", "ron",
        "ronald", "roy", "rudy", "rupert", "russell", "ryan", "samuel", "scott", "sean", "seth", "shane",
        "stephen", "steve", "steven", "tavon", "ted", "thomas", "tim", "timothy", "todd", "tom", "tony",
        "travis", "troy", "tyler", "tyrone", "vincent", "walter", "wayne", "william", "willie", "zachary",
        "barry", "dale", "dean", "earl", "fred", "frank", "gavin", "glenn", "howard", "joel", "jon", "leonard",
        "lloyd", "marvin", "nathan", "oliver", "oscar", "phil", "phillip", "reginald", "simon", "stanley",
        "stuart", "trevor", "victor", "warren", "wesley",
        "danny", "eddie", "elijah", "hank", "jimmy", "kenny", "kurt", "ricky", "rob", "robbie", "tommy",
        // European
        "alexei", "alexey", "andrei", "boris", "dmitri", "dmitry", "emmanuel", "françois", "friedrich",
        "giuseppe", "hans", "heiko", "helmut", "horst", "igor", "ivan", "jacques", "jürgen", "klaus",
        "markus", "matteo", "mikhail", "nikolai", "olaf", "oleksandr", "philippe", "pierre", "sergei",
        "sergey", "stefan", "viktor", "vladimir", "volodymyr", "wolfgang", "yuri",
        "jurgen", "luca", "marco", "mario", "nicolas", "olivier", "paolo",
        // Spanish and Portuguese
        "alejandro", "antonio", "carlos", "diego", "fernando", "francisco", "javier", "jorge", "josé",
        "juan", "luis", "manuel", "miguel", "pedro", "rafael", "ricardo", "alberto", "jose", "sergio",
        // Arabic, South Asian, East Asian
        "abdullah", "ahmed", "ali", "hassan", "hussein", "ibrahim", "karim", "khalid", "mahmoud",
        "mohamed", "mohammad", "mohammed", "muhammad", "mustafa", "omar", "tariq", "youssef", "yusuf", "hamid",
        "avi", "moshe", "yair", "yitzhak",
        "amit", "anil", "arun", "narendra", "rahul", "rajesh", "ravi", "sanjay", "sunil", "vijay",
        "fumio", "hiroshi", "kenji", "shinzo", "takeshi", "taro", "yoshihide",
    ]
}
