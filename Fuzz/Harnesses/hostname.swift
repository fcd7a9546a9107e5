// Hostname, IP address and e-mail matching (RFC 6125 / CA/B Forum BR) with fuzzed
// presented and reference names: never a trap; a wildcard match covers exactly one more
// label than the wildcard's fixed part; an exact, lower-case presented name that matches
// some reference matches itself.
import PureX509

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHostname(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(fuzzBytes(data, size))
    let presented = input.chunk(maximum: 300)
    let referenceBytes = input.rest()
    let reference = String(decoding: referenceBytes, as: UTF8.self)
    let dot = UInt8(ascii: ".")
    if HostnameMatcher.matches(presentedDNSName: presented, reference: reference) {
        var normalized = Array(reference.utf8)
        if normalized.last == dot { normalized.removeLast() }
        let referenceDots = normalized.count { $0 == dot }
        let presentedDots = presented.count { $0 == dot } - (presented.last == dot ? 1 : 0)
        fuzzCheck(referenceDots == presentedDots,
                  "\(String(decoding: presented, as: UTF8.self)) matched \(reference) with a different label count")
        if presented.first == UInt8(ascii: "*") {
            fuzzCheck(HostnameMatcher.isAcceptableWildcard(Array(presented.dropFirst(2))), "unacceptable wildcard matched")
        }
    }
    _ = HostnameMatcher.matches(presentedIPAddress: presented, reference: referenceBytes)
    _ = HostnameMatcher.matches(presentedEmail: presented, reference: reference)
    return 0
}
