import PureX509ASN1

/// Applies one CA's nameConstraints extension (RFC 5280 4.2.1.10, 6.1.3 b and c) to the
/// certificates below it in a path. Each CA's constraints are checked on their own, which is
/// the intersection RFC 5280 6.1.4 g builds: a name must satisfy every CA above it.
///
/// Names checked: the subject (directoryName, and legacy emailAddress attributes as
/// rfc822Name), every subjectAltName entry, and for the end-entity certificate without any
/// dNSName or iPAddress in subjectAltName, subject commonNames that are host names (as
/// dNSName: they are what legacy clients match). Excluded subtrees win over permitted ones.
/// Constraints on name forms this library cannot compare (otherName, x400Address,
/// ediPartyName, registeredID) reject the path only when a name of that form is present.
struct NameConstraintsChecker {
    /// Parsed subtrees of one form.
    struct Subtrees {
        var dns: [[UInt8]] = []
        var ip: [(address: [UInt8], mask: [UInt8])] = []
        var email: [NameConstraintMatcher.EmailConstraint] = []
        var uri: [(host: [UInt8], isDomain: Bool)] = []
        var directory: [[String]] = []
        /// Forms present that cannot be compared, by GeneralName tag number.
        var opaqueForms: Set<Int> = []
        var count = 0
    }

    var permitted = Subtrees()
    var excluded = Subtrees()
    var hasPermitted: (dns: Bool, ip: Bool, email: Bool, uri: Bool, directory: Bool) = (false, false, false, false, false)

    /// Parses and validates the constraints; a malformed subtree is an error, whatever the
    /// names below turn out to be.
    init(_ constraints: NameConstraints) throws(VerificationFailure) {
        if let list = constraints.permittedSubtrees { permitted = try Self.parse(list) }
        if let list = constraints.excludedSubtrees { excluded = try Self.parse(list) }
        let p = constraints.permittedSubtrees ?? []
        for subtree in p {
            switch subtree.base {
            case .dnsName: hasPermitted.dns = true
            case .ipAddress: hasPermitted.ip = true
            case .rfc822Name: hasPermitted.email = true
            case .uniformResourceIdentifier: hasPermitted.uri = true
            case .directoryName: hasPermitted.directory = true
            default: break
            }
        }
    }

    static func parse(_ list: [NameConstraints.Subtree]) throws(VerificationFailure) -> Subtrees {
        var result = Subtrees()
        result.count = list.count
        for subtree in list {
            // RFC 5280 4.2.1.10: minimum MUST be zero and maximum MUST be absent.
            guard subtree.minimum == 0, subtree.maximum == nil else {
                throw .unsupportedNameConstraint("subtree with minimum or maximum")
            }
            switch subtree.base {
            case .dnsName(let text):
                guard let constraint = NameConstraintMatcher.dnsConstraint(Array(text.utf8)) else {
                    throw .unsupportedNameConstraint("malformed dNSName constraint \"\(text)\"")
                }
                result.dns.append(constraint)
            case .ipAddress(let address):
                guard let constraint = NameConstraintMatcher.ipConstraint(address.bytes) else {
                    throw .unsupportedNameConstraint("malformed iPAddress constraint \(address)")
                }
                result.ip.append(constraint)
            case .rfc822Name(let text):
                guard let constraint = NameConstraintMatcher.emailConstraint(Array(text.utf8)) else {
                    throw .unsupportedNameConstraint("malformed rfc822Name constraint \"\(text)\"")
                }
                result.email.append(constraint)
            case .uniformResourceIdentifier(let text):
                guard let constraint = NameConstraintMatcher.uriConstraint(Array(text.utf8)) else {
                    throw .unsupportedNameConstraint("malformed URI constraint \"\(text)\"")
                }
                result.uri.append(constraint)
            case .directoryName(let name):
                result.directory.append(name.comparisonKey)
            case .otherName: result.opaqueForms.insert(0)
            case .x400Address: result.opaqueForms.insert(3)
            case .ediPartyName: result.opaqueForms.insert(5)
            case .registeredID: result.opaqueForms.insert(8)
            }
        }
        return result
    }

    /// Checks the names of `certificate`. `comparisons` is decremented by names times
    /// subtrees; a budget error is thrown when it goes negative.
    func check(
        _ certificate: Certificate, isLeaf: Bool, issuerIndex: Int, comparisons: inout Int
    ) throws(VerificationFailure) {
        let subject = certificate.subject
        let san = certificate.extensions.subjectAlternativeName?.names ?? []
        var nameCount = san.count + (subject.isEmpty ? 0 : 1)
        let emailAttributes = subject.emailAddresses
        nameCount += emailAttributes.count
        var commonNameHosts: [String] = []
        if isLeaf && !san.contains(where: { if case .dnsName = $0 { true } else if case .ipAddress = $0 { true } else { false } }) {
            commonNameHosts = subject.commonNames.filter { DNSNameSyntax.isValidHostName(Array($0.utf8)) }
            nameCount += commonNameHosts.count
        }
        comparisons -= nameCount * (permitted.count + excluded.count + 1)
        if comparisons < 0 { throw .budgetExhausted("name-constraint comparisons") }

        func violation(_ name: String, _ detail: String) -> VerificationFailure {
            .nameConstraintViolation(name: name, constraintIndex: issuerIndex, detail: detail)
        }

        func checkDNS(_ text: String, label: String) throws(VerificationFailure) {
            let name = DNSNameSyntax.classify(Array(text.utf8))
            for constraint in excluded.dns where NameConstraintMatcher.dns(name, mayBeWithin: constraint) {
                throw violation("\(label) \(text)", "excluded by \"\(String(decoding: constraint, as: UTF8.self))\"")
            }
            if hasPermitted.dns && !permitted.dns.contains(where: { NameConstraintMatcher.dns(name, isWithin: $0) }) {
                throw violation("\(label) \(text)", "not in any permitted dNSName subtree")
            }
        }

        func checkEmail(_ text: String, label: String) throws(VerificationFailure) {
            guard excluded.email.count > 0 || hasPermitted.email else { return }
            guard let mailbox = Mailbox(Array(text.utf8)) else {
                throw violation("\(label) \(text)", "malformed address under rfc822Name constraints")
            }
            for constraint in excluded.email where NameConstraintMatcher.email(mailbox, isWithin: constraint) {
                throw violation("\(label) \(text)", "excluded")
            }
            if hasPermitted.email && !permitted.email.contains(where: { NameConstraintMatcher.email(mailbox, isWithin: $0) }) {
                throw violation("\(label) \(text)", "not in any permitted rfc822Name subtree")
            }
        }

        func checkDirectory(_ name: DistinguishedName, label: String) throws(VerificationFailure) {
            guard excluded.directory.count > 0 || hasPermitted.directory else { return }
            let key = name.comparisonKey
            func within(_ base: [String]) -> Bool { base.count <= key.count && key.starts(with: base) }
            for base in excluded.directory where within(base) {
                throw violation("\(label) \(name.rfc4514String)", "excluded")
            }
            if hasPermitted.directory && !permitted.directory.contains(where: within) {
                throw violation("\(label) \(name.rfc4514String)", "not in any permitted directoryName subtree")
            }
        }

        // RFC 5280 4.2.1.10: directoryName constraints apply to a non-empty subject.
        if !subject.isEmpty { try checkDirectory(subject, label: "subject") }
        for email in emailAttributes { try checkEmail(email, label: "subject emailAddress") }
        for host in commonNameHosts { try checkDNS(host, label: "subject commonName") }

        for name in san {
            switch name {
            case .dnsName(let text):
                try checkDNS(text, label: "dNSName")
            case .ipAddress(let address):
                let bytes = address.bytes
                for constraint in excluded.ip where NameConstraintMatcher.ip(bytes, isWithin: constraint) {
                    throw violation("iPAddress \(address)", "excluded")
                }
                if hasPermitted.ip && !permitted.ip.contains(where: { NameConstraintMatcher.ip(bytes, isWithin: $0) }) {
                    throw violation("iPAddress \(address)", "not in any permitted iPAddress subtree")
                }
            case .rfc822Name(let text):
                try checkEmail(text, label: "rfc822Name")
            case .uniformResourceIdentifier(let text):
                guard excluded.uri.count > 0 || hasPermitted.uri else { continue }
                guard let host = NameConstraintMatcher.uriHost(Array(text.utf8)) else {
                    throw violation("URI \(text)", "no host name to compare with the URI constraints")
                }
                for constraint in excluded.uri where NameConstraintMatcher.uri(host: host, isWithin: constraint) {
                    throw violation("URI \(text)", "excluded")
                }
                if hasPermitted.uri && !permitted.uri.contains(where: { NameConstraintMatcher.uri(host: host, isWithin: $0) }) {
                    throw violation("URI \(text)", "not in any permitted URI subtree")
                }
            case .directoryName(let directory):
                try checkDirectory(directory, label: "directoryName")
            case .otherName, .x400Address, .ediPartyName, .registeredID:
                let form: Int
                switch name {
                case .otherName: form = 0
                case .x400Address: form = 3
                case .ediPartyName: form = 5
                default: form = 8
                }
                if permitted.opaqueForms.contains(form) || excluded.opaqueForms.contains(form) {
                    throw .unsupportedNameConstraint("\(name.typeName) constraints cannot be compared with \(name.typeName) names")
                }
            }
        }
    }
}
