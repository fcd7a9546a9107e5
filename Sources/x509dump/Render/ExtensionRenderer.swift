import PureX509

/// Text and JSON for one extension, typed where the library decodes it.
enum ExtensionRenderer {
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { byte in
            let text = String(byte, radix: 16, uppercase: true)
            return byte < 16 ? "0" + text : text
        }.joined(separator: ":")
    }

    static func title(_ item: Extension) -> String {
        item.kind?.title ?? item.oid.longName ?? item.oid.dotted
    }

    /// Lines describing the value (without the heading).
    static func lines(_ item: Extension) -> [String] {
        switch item.decoded {
        case .basicConstraints(let value):
            return [value.isCA ? "CA:TRUE" + (value.pathLengthConstraint.map { ", pathlen:\($0)" } ?? "") : "CA:FALSE"]
        case .keyUsage(let value):
            return [value.titles.joined(separator: ", ")]
        case .extendedKeyUsage(let value):
            return [value.purposes.map(ExtendedKeyUsage.title(of:)).joined(separator: ", ")]
        case .subjectAltName(let value):
            return value.names.map(\.description)
        case .issuerAltName(let value):
            return value.names.map(\.description)
        case .subjectKeyIdentifier(let value):
            return [hex(value.keyIdentifier)]
        case .authorityKeyIdentifier(let value):
            var result: [String] = []
            if let id = value.keyIdentifier { result.append("keyid:" + hex(id)) }
            for name in value.authorityCertIssuer ?? [] { result.append("issuer: \(name)") }
            if let serial = value.authorityCertSerialNumber { result.append("serial:" + hex(serial)) }
            return result
        case .nameConstraints(let value):
            let permitted = (value.permittedSubtrees ?? []).map { "permitted: \($0.base)" }
            let excluded = (value.excludedSubtrees ?? []).map { "excluded: \($0.base)" }
            return permitted + excluded
        case .certificatePolicies(let value):
            return value.policies.flatMap { policy -> [String] in
                var result = ["Policy: \(policy.identifier.longName ?? policy.identifier.dotted)"]
                for qualifier in policy.qualifiers {
                    switch qualifier {
                    case .cps(let uri): result.append("  CPS: \(uri)")
                    case .userNotice(let notice):
                        if let organization = notice.organization {
                            result.append("  Notice reference: \(organization) \(notice.noticeNumbers.map(String.init).joined(separator: ", "))")
                        }
                        if let text = notice.explicitText { result.append("  Explicit text: \(text)") }
                    case .other(let oid, _): result.append("  Qualifier: \(oid.dotted)")
                    }
                }
                return result
            }
        case .policyMappings(let value):
            return value.mappings.map { "\($0.issuerDomainPolicy.dotted) -> \($0.subjectDomainPolicy.dotted)" }
        case .policyConstraints(let value):
            var result: [String] = []
            if let require = value.requireExplicitPolicy { result.append("Require Explicit Policy: \(require)") }
            if let inhibit = value.inhibitPolicyMapping { result.append("Inhibit Policy Mapping: \(inhibit)") }
            return result
        case .inhibitAnyPolicy(let value):
            return ["\(value.skipCerts)"]
        case .cRLDistributionPoints(let value):
            return distributionPoints(value.points)
        case .freshestCRL(let value):
            return distributionPoints(value.points)
        case .authorityInfoAccess(let value):
            return value.descriptions.map { "\($0.methodTitle) - \($0.location)" }
        case .subjectInfoAccess(let value):
            return value.descriptions.map { "\($0.methodTitle) - \($0.location)" }
        case .signedCertificateTimestamps(let value):
            return value.timestamps.flatMap { sct -> [String] in
                let time = ASN1Time(secondsSince1970: sct.secondsSince1970)?.rfc3339 ?? "\(sct.timestamp) ms"
                return ["SCT v\(sct.version + 1): log \(hex(sct.logID))", "  \(time), \(sct.signatureAlgorithmName)"]
            } + value.unknownVersions.map { "SCT of unknown version (\($0.count) bytes)" }
        case .precertificatePoison:
            return ["precertificate (must not be trusted)"]
        case .tlsFeature(let value):
            return [value.featureNames.joined(separator: ", ") + (value.isMustStaple ? " (OCSP must-staple)" : "")]
        case .cRLNumber(let value):
            return [value.decimalString]
        case .deltaCRLIndicator(let value):
            return ["base CRL " + hex(value.baseCRLNumber)]
        case .issuingDistributionPoint(let value):
            var result: [String] = []
            if case .fullName(let names)? = value.distributionPoint { result += names.map(\.description) }
            if value.onlyContainsUserCerts { result.append("only user certificates") }
            if value.onlyContainsCACerts { result.append("only CA certificates") }
            if value.indirectCRL { result.append("indirect CRL") }
            return result
        case .cRLReason(let value):
            return [value.title]
        case .invalidityDate(let value):
            return [value.date.rfc3339]
        case .certificateIssuer(let value):
            return value.names.map(\.description)
        case .unknown:
            return ["(not decoded) " + hex(item.value.prefix(48)) + (item.value.count > 48 ? ":..." : "")]
        }
    }

    static func distributionPoints(_ points: [DistributionPoint]) -> [String] {
        points.flatMap { point -> [String] in
            var result: [String] = []
            switch point.name {
            case .fullName(let names)?: result += names.map { "Full Name: \($0)" }
            case .nameRelativeToCRLIssuer(let rdn)?: result.append("Relative Name: \(rdn.attributes.count) attribute(s)")
            case nil: break
            }
            if let reasons = point.reasons { result.append("Reasons: " + reasons.flagNames.joined(separator: ", ")) }
            for name in point.crlIssuer ?? [] { result.append("CRL Issuer: \(name)") }
            return result
        }
    }

    /// JSON for one extension: identity, criticality, raw value and typed lines.
    static func json(_ item: Extension) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("oid", .string(item.oid.dotted)),
            ("name", .string(item.kind?.name ?? item.oid.shortName ?? item.oid.dotted)),
            ("critical", .bool(item.isCritical)),
            ("decoded", .bool(item.kind != nil)),
        ]
        members.append(("value", typedJSON(item)))
        members.append(("der", .string(hex(item.value).replacingColons())))
        return .object(members)
    }

    static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    static func names(_ values: [GeneralName]) -> JSONValue {
        .array(values.map { .object([("type", .string($0.typeName)), ("value", .string($0.valueDescription))]) })
    }

    static func typedJSON(_ item: Extension) -> JSONValue {
        switch item.decoded {
        case .basicConstraints(let value):
            return .object([("ca", .bool(value.isCA)), ("pathLength", value.pathLengthConstraint.map(JSONValue.int) ?? .null)])
        case .keyUsage(let value): return strings(value.usageNames)
        case .extendedKeyUsage(let value): return strings(value.purposes.map(\.dotted))
        case .subjectAltName(let value): return names(value.names)
        case .issuerAltName(let value): return names(value.names)
        case .certificateIssuer(let value): return names(value.names)
        case .subjectKeyIdentifier(let value): return .string(hex(value.keyIdentifier))
        case .authorityKeyIdentifier(let value):
            return .object([
                ("keyIdentifier", value.keyIdentifier.map { .string(hex($0)) } ?? .null),
                ("authorityCertIssuer", value.authorityCertIssuer.map(names) ?? .null),
                ("authorityCertSerialNumber", value.authorityCertSerialNumber.map { .string(hex($0)) } ?? .null),
            ])
        case .nameConstraints(let value):
            func subtrees(_ list: [NameConstraints.Subtree]?) -> JSONValue {
                list.map { .array($0.map { .object([("type", .string($0.base.typeName)), ("value", .string($0.base.valueDescription))]) }) } ?? .null
            }
            return .object([("permitted", subtrees(value.permittedSubtrees)), ("excluded", subtrees(value.excludedSubtrees))])
        case .certificatePolicies(let value):
            return .array(value.policies.map { policy in
                .object([
                    ("policy", .string(policy.identifier.dotted)),
                    ("qualifiers", .array(policy.qualifiers.map { qualifier -> JSONValue in
                        switch qualifier {
                        case .cps(let uri): return .object([("cps", .string(uri))])
                        case .userNotice(let notice):
                            return .object([
                                ("organization", notice.organization.map(JSONValue.string) ?? .null),
                                ("noticeNumbers", .array(notice.noticeNumbers.map(JSONValue.int))),
                                ("explicitText", notice.explicitText.map(JSONValue.string) ?? .null),
                            ])
                        case .other(let oid, let der): return .object([("qualifier", .string(oid.dotted)), ("der", .string(hex(der).replacingColons()))])
                        }
                    })),
                ])
            })
        case .policyMappings(let value):
            return .array(value.mappings.map { .object([("issuerDomainPolicy", .string($0.issuerDomainPolicy.dotted)), ("subjectDomainPolicy", .string($0.subjectDomainPolicy.dotted))]) })
        case .policyConstraints(let value):
            return .object([
                ("requireExplicitPolicy", value.requireExplicitPolicy.map(JSONValue.int) ?? .null),
                ("inhibitPolicyMapping", value.inhibitPolicyMapping.map(JSONValue.int) ?? .null),
            ])
        case .inhibitAnyPolicy(let value): return .int(value.skipCerts)
        case .cRLDistributionPoints(let value): return pointsJSON(value.points)
        case .freshestCRL(let value): return pointsJSON(value.points)
        case .authorityInfoAccess(let value): return accessJSON(value.descriptions)
        case .subjectInfoAccess(let value): return accessJSON(value.descriptions)
        case .signedCertificateTimestamps(let value):
            return .array(value.timestamps.map { sct in
                .object([
                    ("version", .int(Int(sct.version) + 1)),
                    ("logID", .string(hex(sct.logID))),
                    ("timestamp", .string(ASN1Time(secondsSince1970: sct.secondsSince1970)?.rfc3339 ?? "")),
                    ("timestampMilliseconds", .int(Int(clamping: sct.timestamp))),
                    ("signatureAlgorithm", .string(sct.signatureAlgorithmName)),
                ])
            })
        case .precertificatePoison: return .bool(true)
        case .tlsFeature(let value): return strings(value.featureNames)
        case .cRLNumber(let value): return .string(value.decimalString)
        case .deltaCRLIndicator(let value): return .string(hex(value.baseCRLNumber))
        case .issuingDistributionPoint: return strings(lines(item))
        case .cRLReason(let value): return .string(value.name)
        case .invalidityDate(let value): return .string(value.date.rfc3339)
        case .unknown: return .null
        }
    }

    static func pointsJSON(_ points: [DistributionPoint]) -> JSONValue {
        .array(points.map { point in
            var name: JSONValue = .null
            if case .fullName(let names)? = point.name { name = self.names(names) }
            return .object([
                ("fullName", name),
                ("reasons", point.reasons.map { strings($0.flagNames) } ?? .null),
                ("crlIssuer", point.crlIssuer.map(names) ?? .null),
            ])
        })
    }

    static func accessJSON(_ descriptions: [AccessDescription]) -> JSONValue {
        .array(descriptions.map { .object([("method", .string($0.method.dotted)), ("title", .string($0.methodTitle)), ("location", .string($0.location.valueDescription))]) })
    }
}

extension String {
    /// "AB:CD" -> "abcd" (JSON carries plain lowercase hex).
    func replacingColons() -> String { String(filter { $0 != ":" }).lowercased() }
}
