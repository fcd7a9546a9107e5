/// Whether the leaf is valid for the host clients connect to, as browsers decide it (RFC 6125
/// with the CA/B Forum rules, see `HostnameMatcher`): subjectAltName only, never the
/// subject commonName; a wildcard covers exactly one label; an IP address only as an
/// iPAddress entry. When the host is not covered the finding says why in the terms of the
/// mistake: the name is only in the CN, the wildcard is one level short, the address was
/// written as a DNS name, or which names are covered and which is nearest.
package enum NameCheck {
    static func check(leaf: LocatedCertificate, host rawHost: String, into context: inout DiagnosisContext) {
        let host = normalizedHost(rawHost)
        let certificate = leaf.certificate
        let san = certificate.extensions.subjectAlternativeName
        let dnsNames = san?.dnsNames ?? []
        let addresses = san?.ipAddresses ?? []
        let commonNames = certificate.subject.commonNames
        let who = "The leaf \(leaf.label)"
        let covered = coveredNames(dnsNames: dnsNames, addresses: addresses)

        if let address = IPAddress(host) {
            if addresses.contains(where: { $0.bytes == address.bytes }) { return }
            if let written = dnsNames.first(where: { IPAddress($0)?.bytes == address.bytes }) {
                context.report(.ipInDNSSAN, .error, about: leaf,
                    message: "\(who) lists \(host) as a DNS name (DNS:\(written)), not as an IP address. Clients match an address only against IP entries, so connections to https://\(bracketed(host)) fail.",
                    fix: "Have it reissued with the address as an IP entry: subjectAltName = IP:\(host) (openssl: -addext \"subjectAltName = IP:\(host)\").")
                return
            }
            if commonNames.contains(where: { IPAddress($0)?.bytes == address.bytes }) {
                reportOnlyInCN(leaf, host: host, covered: covered, into: &context)
                return
            }
            reportMismatch(leaf, host: host, covered: covered, into: &context)
            return
        }

        guard let reference = DNSNameSyntax.normalizedReference(host) else {
            context.report(.nameMismatch, .error, about: leaf,
                message: "\"\(rawHost)\" is not a valid host name, so no certificate can match it. \(who) covers: \(list(covered)).",
                fix: "Check the host name (letters, digits and hyphens between dots; internationalized names as xn-- A-labels).")
            return
        }
        if dnsNames.contains(where: { HostnameMatcher.matches(presentedDNSName: Array($0.utf8), reference: host) }) {
            reportIPLiterals(leaf, dnsNames: dnsNames, host: nil, into: &context)
            return
        }
        reportIPLiterals(leaf, dnsNames: dnsNames, host: host, into: &context)
        // A wildcard one level short: *.example.com for a.b.example.com.
        for name in dnsNames {
            guard case .wildcard(let rest) = DNSNameSyntax.classify(Array(name.utf8)),
                reference.count > rest.count + 1,
                reference[(reference.count - rest.count)...].elementsEqual(rest),
                reference[reference.count - rest.count - 1] == UInt8(ascii: ".")
            else { continue }
            let prefix = String(decoding: reference[..<(reference.count - rest.count - 1)], as: UTF8.self)
            guard prefix.contains(".") else { continue }
            let oneLevel = "*." + String(prefix.split(separator: ".").dropFirst().joined(separator: ".")) + "." + String(decoding: rest, as: UTF8.self)
            context.report(.wildcardTooDeep, .error, about: leaf,
                message: "\(who) has the wildcard \(name), which covers exactly one label in place of the *: x.\(String(decoding: rest, as: UTF8.self)), but not \(host) (\(prefix.split(separator: ".").count) labels deep).",
                fix: "Add \(host) (or \(oneLevel)) to the certificate's names when it is renewed, or serve \(host) with a certificate that covers it.")
            return
        }
        if commonNames.contains(where: { HostnameMatcher.matches(presentedDNSName: Array($0.utf8), reference: host) }) {
            reportOnlyInCN(leaf, host: host, covered: covered, into: &context)
            return
        }
        reportMismatch(leaf, host: host, covered: covered, into: &context)
    }

    /// `cn-not-in-san`: the subject commonName names something the subjectAltName does not
    /// list. No mainstream client reads the CN when a SAN is present (RFC 6125 6.4.4; Chrome,
    /// Firefox, Go, OpenSSL's X509_check_host), so it verifies; the CA/B Forum (BR 7.1.4.3)
    /// requires the CN to be one of the SAN values, and strict linters flag it.
    static func checkCommonName(leaf: LocatedCertificate, into context: inout DiagnosisContext) {
        guard let san = leaf.certificate.extensions.subjectAlternativeName else { return }
        let dnsNames = san.dnsNames.map { $0.lowercased() }
        let addresses = san.ipAddresses
        let strays = leaf.certificate.subject.commonNames.filter { name in
            if let address = IPAddress(name) { return !addresses.contains { $0.bytes == address.bytes } }
            return !dnsNames.contains(name.lowercased())
                && !san.dnsNames.contains { HostnameMatcher.matches(presentedDNSName: Array($0.utf8), reference: name) }
        }
        guard let stray = strays.first, !dnsNames.isEmpty || !addresses.isEmpty else { return }
        context.report(.cnNotInSAN, .warning, about: leaf,
            message: "The leaf's commonName \(stray) is not among its subjectAltName entries (\(list(coveredNames(dnsNames: san.dnsNames, addresses: addresses)))). Clients ignore the commonName when there is a SAN, so this verifies everywhere; but the CA/Browser Forum requires the CN to be one of the SAN names (BR 7.1.4.3), and linters and strict tools (x509-limbo's webpki profile) flag it. Connections to \(stray) itself fail.",
            fix: "Nothing to do for clients. When it is renewed, put \(stray) in the subjectAltName too, or use one of the SAN names as the commonName.")
    }

    /// `ip-in-dns-san` as a warning: IP addresses written as DNS names match nothing.
    static func reportIPLiterals(_ leaf: LocatedCertificate, dnsNames: [String], host: String?, into context: inout DiagnosisContext) {
        let literals = dnsNames.filter { IPAddress($0) != nil }
        guard !literals.isEmpty else { return }
        context.report(.ipInDNSSAN, .warning, about: leaf,
            message: "The leaf \(leaf.label) lists \(literals.joined(separator: ", ")) as DNS names. Clients never match an IP address against a DNS entry, so connections by address fail.",
            fix: "When it is renewed, list addresses as IP entries: subjectAltName = \(literals.map { "IP:\($0)" }.joined(separator: ", ")).")
    }

    static func reportOnlyInCN(_ leaf: LocatedCertificate, host: String, covered: [String], into context: inout DiagnosisContext) {
        context.report(.nameOnlyInCN, .error, about: leaf,
            message: "\(host) appears only in the subject commonName of the leaf \(leaf.label), \(covered.isEmpty ? "which has no subjectAltName at all" : "not in its subjectAltName (\(list(covered)))"). Browsers and current TLS libraries ignore the commonName (RFC 6125 6.4.4; Chrome since 58, Go since 1.15), so they report a name mismatch.",
            fix: "Have it reissued with subjectAltName = DNS:\(host) (openssl req ... -addext \"subjectAltName = DNS:\(host)\"; every public CA adds it by default).")
    }

    static func reportMismatch(_ leaf: LocatedCertificate, host: String, covered: [String], into context: inout DiagnosisContext) {
        if IPAddress(host) != nil {
            context.report(.nameMismatch, .error, about: leaf,
                message: "The leaf \(leaf.label) is not valid for the IP address \(host) (checked as an IP address: clients match it only against IP entries of the subjectAltName). It covers \(covered.isEmpty ? "no names at all (no subjectAltName)" : list(covered)).",
                fix: "Connect by a name the certificate covers\(covered.first.map { " (\($0))" } ?? ""), or have the certificate reissued with subjectAltName = IP:\(host) (your internal CA: -addext \"subjectAltName = IP:\(host)\"; public CAs rarely issue certificates for IP addresses).")
            return
        }
        let lowered = host.lowercased()
        if covered.contains(where: { $0.lowercased() == "*." + lowered }) {
            context.report(.nameMismatch, .error, about: leaf,
                message: "The leaf \(leaf.label) has the wildcard *.\(host), which does not cover \(host) itself: a wildcard stands for exactly one label in front of \(host) (www.\(host), api.\(host)), never for none (RFC 6125 6.4.3). It covers \(list(covered)).",
                fix: "Have the certificate issued for both names, \(host) and *.\(host) (certbot certonly --manual --preferred-challenges dns -d \(host) -d '*.\(host)', or a certbot DNS plugin; other CAs: add DNS:\(host) to the subjectAltName), or send clients to www.\(host).")
            return
        }
        let nearest = covered.min { distance($0, host) < distance($1, host) }
        context.report(.nameMismatch, .error, about: leaf,
            message: "The leaf \(leaf.label) is not valid for \(host). It covers \(covered.isEmpty ? "no host names at all (no subjectAltName)" : list(covered))\(nearest.map { "; the nearest is \($0)" } ?? "").",
            fix: "If clients should use \(nearest ?? "another name"), fix the URL or DNS entry they use; otherwise get a certificate that includes \(host) (for example certbot certonly -d \(host)\(covered.first(where: { !$0.hasPrefix("*") && IPAddress($0) == nil }).map { " -d \($0)" } ?? "")) and serve it for this name.")
    }

    static func coveredNames(dnsNames: [String], addresses: [IPAddress]) -> [String] {
        dnsNames + addresses.map(\.description)
    }

    static func list(_ names: [String]) -> String {
        if names.count <= 8 { return names.joined(separator: ", ") }
        return names.prefix(8).joined(separator: ", ") + " and \(names.count - 8) more"
    }

    /// The host without surrounding spaces, brackets around an IPv6 address, a port, or a
    /// URL scheme and path, so that "https://www.example.com:443/x" checks www.example.com.
    package static func normalizedHost(_ text: String) -> String {
        var host = Substring(text).drop { $0 == " " }
        if let scheme = host.firstRange(of: "://") { host = host[scheme.upperBound...] }
        if let slash = host.firstIndex(of: "/") { host = host[..<slash] }
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
            return String(host[host.index(after: host.startIndex)..<close])
        }
        if host.filter({ $0 == ":" }).count == 1, let colon = host.firstIndex(of: ":"),
            host[host.index(after: colon)...].allSatisfy(\.isNumber)
        {
            host = host[..<colon]
        }
        while host.last == " " { host = host.dropLast() }
        return String(host)
    }

    static func bracketed(_ host: String) -> String { host.contains(":") ? "[\(host)]" : host }

    /// Levenshtein distance on lower-cased ASCII bytes, with a bonus for a shared suffix so
    /// that www.example.com is nearer to api.example.com than to www.example.org.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased().utf8), y = Array(b.lowercased().utf8)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
