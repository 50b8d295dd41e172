import Foundation

/// The real `parallax` binary running in a private tmux server, driven as a person would:
/// keys sent, the screen captured, and assertions retried until they hold or time runs out.
final class TmuxSession {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary built beside this test bundle.
    static var binary: String {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [directory, directory.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("parallax").path }
            + [repository.appendingPathComponent(".build/debug/parallax").path]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }

    let socket = "parallax-e2e-\(UUID().uuidString.prefix(8))"
    let configHome: URL

    /// A file the command may write its process id to (`echo $$ > PIDFILE; exec …`).
    var pidFile: String { configHome.appendingPathComponent("pid").path }

    /// Starts `command` (default: the reader on the seeds) in a session of the given size.
    init(width: Int = 100, height: Int = 30, command: String? = nil, environment: [String: String] = [:]) throws {
        configHome = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: configHome, withIntermediateDirectories: true)
        // NO_COLOR empty: a test runner's own NO_COLOR must not reach the reader.
        var variables = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "tmux-256color", "XDG_CONFIG_HOME": configHome.path,
                         "XDG_STATE_HOME": configHome.path, "XDG_DATA_HOME": configHome.path, "NO_COLOR": ""]
        variables.merge(environment) { $1 }
        let exports = variables.map { "\($0.key)='\($0.value)'" }.sorted().joined(separator: " ")
        let program = (command ?? "'\(Self.binary)'").replacingOccurrences(of: "PIDFILE", with: "'\(pidFile)'")
        // After the program ends, show its exit status and the terminal's modes, then wait.
        let script = "cd '\(Self.repository.path)' && env \(exports) \(program); echo \"EXIT=$?\"; echo MODES: $(stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo); sleep 600"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "sh", "-c", script])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: configHome)
    }

    func send(_ keys: String...) throws {
        try tmux(["send-keys"] + keys)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The screen as text, or with its styles as escape sequences.
    func screen(styles: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p"] + (styles ? ["-e"] : []))
    }

    /// Waits until the screen satisfies `condition`, for up to `timeout` seconds; returns the screen.
    /// The default is long because CI runs every suite at once on a debug build (a cold read of
    /// events-dev alone takes seconds there); a wait ends as soon as the screen matches.
    @discardableResult
    func waitFor(_ timeout: TimeInterval = 60, styles: Bool = false, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen(styles: styles)
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Timeout(screen: last)
    }

    func waitFor(text: String, timeout: TimeInterval = 60) throws {
        try waitFor(timeout) { $0.contains(text) }
    }

    struct Timeout: Error, CustomStringConvertible {
        let screen: String
        var description: String { "the screen never matched; it showed:\n\(screen)" }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try Spawn.run(["tmux", "-L", socket] + arguments).stdout
    }
}

/// Runs a program and waits for it with posix_spawn and waitpid: Foundation's Process can
/// wait for ever here, and a tmux server inherits any pipe it is given.
enum Spawn {
    struct Failure: Error { let message: String }

    static func run(_ command: [String], environment: [String: String]? = nil, directory: String? = nil) throws
        -> (status: Int32, stdout: String, stderr: String) {
        try start(command, environment: environment, directory: directory).wait()
    }

    /// A program started and not yet waited for, its output going to files.
    struct Running {
        let pid: pid_t
        let folder: URL

        func wait() throws -> (status: Int32, stdout: String, stderr: String) {
            defer { try? FileManager.default.removeItem(at: folder) }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            let read = { (name: String) in
                String(decoding: FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) ?? Data(), as: UTF8.self)
            }
            return (exitStatus, read("out"), read("err"))
        }
    }

    static func start(_ command: [String], environment: [String: String]? = nil, directory: String? = nil) throws -> Running {
        // A working folder through the shell: cd, then exec the program with its arguments.
        let arguments = directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0] + command } ?? command
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spawn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let out = folder.appendingPathComponent("out").path, err = folder.appendingPathComponent("err").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var variables = ProcessInfo.processInfo.environment
        if let environment { variables.merge(environment) { $1 } }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        guard spawned == 0 else {
            try? FileManager.default.removeItem(at: folder)
            throw Failure(message: "cannot run \(arguments[0])")
        }
        return Running(pid: pid, folder: folder)
    }
}

/// Runs the binary without a terminal and returns its exit status and output.
func runHeadless(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
    // A cache of the test run's own, not the user's.
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-e2e-data-\(getpid())").path
    return try Spawn.run([TmuxSession.binary] + arguments, environment: ["LANG": "C.UTF-8", "XDG_DATA_HOME": data].merging(environment) { $1 },
                  directory: TmuxSession.repository.path)
}
