import Testing
@testable import ParallaxCore

@Suite struct ByteSearchTests {
    @Test func findsTheBytesWhereverTheyStand() {
        let button = "Hide Caption "
        #expect("Hide Caption 1 of 3".containsBytes(of: button))
        #expect("A couple huddles. Hide Caption ".containsBytes(of: button), "at the very end")
        #expect("Café — Hide Caption 2 of 3".containsBytes(of: button), "after characters of several bytes")
        #expect("Hide Hide Caption 1".containsBytes(of: button), "after a false start")
    }

    @Test func findsNothingThatIsNotThere() {
        let button = "Hide Caption "
        #expect(!"A couple huddles. Hide Caption".containsBytes(of: button), "cut short at the end")
        #expect(!"hide caption 1 of 3".containsBytes(of: button), "in another case")
        #expect(!"".containsBytes(of: button))
        #expect("anything".containsBytes(of: ""), "the empty needle is everywhere")
    }
}
