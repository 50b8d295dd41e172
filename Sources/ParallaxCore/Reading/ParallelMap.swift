import Dispatch

/// Maps over a collection on every core, keeping the order: each element is written to its
/// own slot, so no two threads touch the same memory.
enum ParallelMap {
    static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
        guard items.count > 1 else { return items.map(transform) }
        let slots = Slots<U>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.store(transform(items[index]), at: index)
        }
        return slots.values()
    }

    private final class Slots<U>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<U?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }

        func store(_ value: U, at index: Int) {
            buffer[index] = value
        }

        func values() -> [U] {
            buffer.map { $0! }
        }
    }
}
