/// Where a step through marked lines lands (`]q` through quotations, `n` through hits): from
/// the focused item while it is on screen; a focus scrolled out of sight no longer counts, and
/// the step starts from the screen. The result may fall outside `lines`; the caller says why.
enum StepTarget {
    static func index(lines: [Int], focused: Int?, top: Int, height: Int, forward: Bool, times: Int) -> Int {
        if let focused, (top..<(top + height)).contains(lines[focused]) {
            return focused + (forward ? times : -times)
        } else if forward {
            return (lines.firstIndex { $0 >= top } ?? lines.count) + times - 1
        } else {
            return (lines.lastIndex { $0 < top + height } ?? -1) - times + 1
        }
    }
}
