#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to stdout/stderr, with colour only on a terminal and never under `NO_COLOR`.
enum Output {
    /// Writes `text` and a newline to standard output.
    static func print(_ text: String) {
        write(text + "\n", to: 1)
    }

    /// Writes `text` and a newline to standard error.
    static func error(_ text: String) {
        write(text + "\n", to: 2)
    }

    /// Writes raw bytes to standard output (for `--pem` and DER output).
    static func writeBytes(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { writeAll($0, to: 1) }
    }

    static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { writeAll($0, to: descriptor) }
    }

    /// Writes the whole buffer, retrying short writes; gives up silently on a closed pipe.
    static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
        guard var pointer = buffer.baseAddress else { return }
        var remaining = buffer.count
        while remaining > 0 {
            let written = Glibc.write(descriptor, pointer, remaining)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            pointer += written
            remaining -= written
        }
    }

    /// True when standard output is a terminal and `NO_COLOR` is unset (no-color.org).
    static let useColor: Bool = {
        if getenv("NO_COLOR") != nil { return false }
        return isatty(1) == 1
    }()

    /// ANSI styles, empty when colour is off.
    enum Style: String {
        case bold = "1", red = "31", green = "32", yellow = "33", blue = "34", dim = "2"
    }

    /// `text` wrapped in `style` when colour is on.
    static func styled(_ text: String, _ style: Style, enabled: Bool = useColor) -> String {
        enabled ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
