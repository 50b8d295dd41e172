/// What a pronoun or a title says of a person, so "she said" is not given to a man.
enum Gender: Equatable {
    case female, male

    init?(pronoun: String) {
        switch pronoun {
        case "she", "her", "hers", "herself": self = .female
        case "he", "him", "his", "himself": self = .male
        default: return nil
        }
    }

    init?(role: String) {
        switch role {
        case "mrs", "mrs.", "ms", "ms.", "miss", "queen", "princess", "dame", "lady", "spokeswoman", "chairwoman",
             "councilwoman", "assemblywoman", "congresswoman", "actress", "businesswoman", "wife", "mother",
             "sister", "daughter", "grandmother":
            self = .female
        case "mr", "mr.", "king", "prince", "sir", "lord", "spokesman", "chairman", "councilman", "assemblyman",
             "congressman", "actor", "businessman", "husband", "father", "brother", "son", "grandfather":
            self = .male
        default:
            return nil
        }
    }
}
