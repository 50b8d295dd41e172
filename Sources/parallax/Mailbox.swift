import Foundation
import ParallaxUI

/// Messages from work in the background to the run loop, which takes them between keys.
final class Mailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [Msg] = []

    func post(_ message: Msg) {
        lock.withLock { messages.append(message) }
    }

    func take() -> [Msg] {
        lock.withLock {
            defer { messages = [] }
            return messages
        }
    }
}
