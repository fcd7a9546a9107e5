import PureX509

/// Text and JSON for one extension, typed where the library decodes it.
enum ExtensionRenderer {
    /// "0A:1B:..." (uppercase, colon-separated).
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        HexText.string(bytes, uppercase: true, colons: true)
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

    /// JSON for one extension: identity, criticality, typed value and raw value.
    static func write(_ item: Extension, to json: JSONStreamWriter) {
        json.object {
            json.string("oid", item.oid.dotted)
            json.string("name", item.kind?.name ?? item.oid.shortName ?? item.oid.dotted)
            json.bool("critical", item.isCritical)
            json.bool("decoded", item.kind != nil)
            writeValue(item, to: json)
            json.hex("der", item.value)
        }
    }

    /// The extensions as a JSON array under `key`.
    static func write(_ key: StaticString, _ extensions: Extensions, to json: JSONStreamWriter) {
        json.array(key) {
            for item in extensions { write(item, to: json) }
        }
    }

    static func strings(_ key: StaticString?, _ values: [String], to json: JSONStreamWriter) {
        json.array(key) {
            for value in values { json.string(nil, value) }
        }
    }

    static func names(_ key: StaticString?, _ values: [GeneralName]?, to json: JSONStreamWriter) {
        guard let values else { return json.null(key) }
        json.array(key) {
            for name in values {
                json.object {
                    json.string("type", name.typeName)
                    json.string("value", name.valueDescription)
                }
            }
        }
    }

    /// The typed value as the member "value" (null when not decoded).
    static func writeValue(_ item: Extension, to json: JSONStreamWriter) {
        switch item.decoded {
        case .basicConstraints(let value):
            json.object("value") {
                json.bool("ca", value.isCA)
                json.int("pathLength", value.pathLengthConstraint)
            }
        case .keyUsage(let value): strings("value", value.usageNames, to: json)
        case .extendedKeyUsage(let value): strings("value", value.purposes.map(\.dotted), to: json)
        case .subjectAltName(let value): names("value", value.names, to: json)
        case .issuerAltName(let value): names("value", value.names, to: json)
        case .certificateIssuer(let value): names("value", value.names, to: json)
        case .subjectKeyIdentifier(let value): json.colonHex("value", value.keyIdentifier)
        case .authorityKeyIdentifier(let value):
            json.object("value") {
                json.colonHex("keyIdentifier", value.keyIdentifier)
                names("authorityCertIssuer", value.authorityCertIssuer, to: json)
                json.colonHex("authorityCertSerialNumber", value.authorityCertSerialNumber)
            }
        case .nameConstraints(let value):
            func subtrees(_ key: StaticString, _ list: [NameConstraints.Subtree]?) {
                names(key, list.map { $0.map(\.base) }, to: json)
            }
            json.object("value") {
                subtrees("permitted", value.permittedSubtrees)
                subtrees("excluded", value.excludedSubtrees)
            }
        case .certificatePolicies(let value):
            json.array("value") {
                for policy in value.policies {
                    json.object {
                        json.string("policy", policy.identifier.dotted)
                        json.array("qualifiers") {
                            for qualifier in policy.qualifiers {
                                json.object {
                                    switch qualifier {
                                    case .cps(let uri): json.string("cps", uri)
                                    case .userNotice(let notice):
                                        json.string("organization", notice.organization)
                                        json.array("noticeNumbers") {
                                            for number in notice.noticeNumbers { json.int(nil, number) }
                                        }
                                        json.string("explicitText", notice.explicitText)
                                    case .other(let oid, let der):
                                        json.string("qualifier", oid.dotted)
                                        json.hex("der", der)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        case .policyMappings(let value):
            json.array("value") {
                for mapping in value.mappings {
                    json.object {
                        json.string("issuerDomainPolicy", mapping.issuerDomainPolicy.dotted)
                        json.string("subjectDomainPolicy", mapping.subjectDomainPolicy.dotted)
                    }
                }
            }
        case .policyConstraints(let value):
            json.object("value") {
                json.int("requireExplicitPolicy", value.requireExplicitPolicy)
                json.int("inhibitPolicyMapping", value.inhibitPolicyMapping)
            }
        case .inhibitAnyPolicy(let value): json.int("value", value.skipCerts)
        case .cRLDistributionPoints(let value): points(value.points, to: json)
        case .freshestCRL(let value): points(value.points, to: json)
        case .authorityInfoAccess(let value): access(value.descriptions, to: json)
        case .subjectInfoAccess(let value): access(value.descriptions, to: json)
        case .signedCertificateTimestamps(let value):
            json.array("value") {
                for sct in value.timestamps {
                    json.object {
                        json.int("version", Int(sct.version) + 1)
                        json.colonHex("logID", sct.logID)
                        json.string("timestamp", ASN1Time(secondsSince1970: sct.secondsSince1970)?.rfc3339 ?? "")
                        json.int("timestampMilliseconds", Int(clamping: sct.timestamp))
                        json.string("signatureAlgorithm", sct.signatureAlgorithmName)
                    }
                }
            }
        case .precertificatePoison: json.bool("value", true)
        case .tlsFeature(let value): strings("value", value.featureNames, to: json)
        case .cRLNumber(let value): json.string("value", value.decimalString)
        case .deltaCRLIndicator(let value): json.colonHex("value", value.baseCRLNumber)
        case .issuingDistributionPoint: strings("value", lines(item), to: json)
        case .cRLReason(let value): json.string("value", value.name)
        case .invalidityDate(let value): json.string("value", value.date.rfc3339)
        case .unknown: json.null("value")
        }
    }

    static func points(_ points: [DistributionPoint], to json: JSONStreamWriter) {
        json.array("value") {
            for point in points {
                json.object {
                    if case .fullName(let list)? = point.name { names("fullName", list, to: json) } else { json.null("fullName") }
                    if let reasons = point.reasons { strings("reasons", reasons.flagNames, to: json) } else { json.null("reasons") }
                    names("crlIssuer", point.crlIssuer, to: json)
                }
            }
        }
    }

    static func access(_ descriptions: [AccessDescription], to json: JSONStreamWriter) {
        json.array("value") {
            for description in descriptions {
                json.object {
                    json.string("method", description.method.dotted)
                    json.string("title", description.methodTitle)
                    json.string("location", description.location.valueDescription)
                }
            }
        }
    }
}

extension String {
    /// "AB:CD" -> "abcd" (JSON carries plain lowercase hex).
    func replacingColons() -> String { String(filter { $0 != ":" }).lowercased() }
}
