import PureX509ASN1
import PureX509Crypto

extension ScanReport {
    /// The report in the Prometheus text exposition format, for node exporter's textfile
    /// collector: the metric names and labels of enix's x509-certificate-exporter
    /// (`x509_cert_not_after`, `x509_cert_not_before`, `x509_cert_expired`,
    /// `x509_cert_expires_in_seconds`, `x509_cert_valid_since_seconds`, `x509_read_errors`,
    /// `x509_crl_next_update`, `x509_crl_this_update`, `x509_crl_stale`) so that its
    /// dashboards and alerts work unchanged.
    ///
    /// Labels: `serial_number` (decimal), `subject_C`, `subject_ST`, `subject_L`, `subject_O`,
    /// `subject_OU`, `subject_CN` and the same six `issuer_` labels (the first value of each,
    /// empty when absent), `filename` and `filepath`. When two certificates would have the
    /// same labels (one certificate twice in a bundle), every series of the family gets a
    /// `discriminator` label (empty except on the colliding ones, which carry the start of
    /// their SHA-256 fingerprint), as the exporter's default `auto` collision mode does.
    public func prometheusTextfile(at time: Int64) -> String {
        var out = ""
        let certificateLabels = Self.withDiscriminators(
            certificates.map { found in
                (Self.nameLabels("subject", found.certificate.subject) + Self.nameLabels("issuer", found.certificate.issuer)
                    + [("serial_number", found.certificate.serialNumber.decimalString)] + Self.fileLabels(found.path),
                 found.certificate.fingerprint(.sha256), found.position)
            })
        func family(_ name: String, _ help: String, _ values: [Int64], _ labels: [[(String, String)]]) {
            out += "# HELP \(name) \(Self.escapeHelp(help))\n# TYPE \(name) gauge\n"
            for (value, set) in zip(values, labels) { out += name + Self.labelText(set) + " \(value)\n" }
        }
        let notBefore = certificates.map { $0.certificate.notBefore.secondsSince1970 }
        let notAfter = certificates.map { $0.certificate.notAfter.secondsSince1970 }
        family("x509_cert_not_before", "Certificate notBefore as a Unix timestamp in seconds.", notBefore, certificateLabels)
        family("x509_cert_not_after", "Certificate notAfter as a Unix timestamp in seconds.", notAfter, certificateLabels)
        family("x509_cert_expired", "1 when the certificate has expired (now > notAfter), else 0.", notAfter.map { time > $0 ? 1 : 0 }, certificateLabels)
        family("x509_cert_expires_in_seconds", "Seconds until notAfter when the scan ran (negative once expired).", notAfter.map { $0 - time }, certificateLabels)
        family("x509_cert_valid_since_seconds", "Seconds since notBefore when the scan ran (negative when not yet valid).", notBefore.map { time - $0 }, certificateLabels)
        let crlLabels = Self.withDiscriminators(
            crls.map { found in (Self.nameLabels("issuer", found.crl.issuer) + Self.fileLabels(found.path), found.crl.derEncoded.withUnsafeBytes { HashAlgorithm.sha256.hash($0) }, 0) })
        let withNext = crls.indices.filter { crls[$0].crl.nextUpdate != nil }
        family("x509_crl_this_update", "CRL thisUpdate as a Unix timestamp in seconds.", crls.map { $0.crl.thisUpdate.secondsSince1970 }, crlLabels)
        family("x509_crl_next_update", "CRL nextUpdate as a Unix timestamp in seconds (CRLs without one are left out).",
               withNext.map { crls[$0].crl.nextUpdate!.secondsSince1970 }, withNext.map { crlLabels[$0] })
        family("x509_crl_stale", "1 when the CRL is past its nextUpdate, else 0.",
               withNext.map { time > crls[$0].crl.nextUpdate!.secondsSince1970 ? 1 : 0 }, withNext.map { crlLabels[$0] })
        family("x509_read_errors", "Files and blocks meant to hold certificates that could not be read.", [Int64(readErrors.count)], [[]])
        return out
    }

    /// The six name labels enix's exporter uses, first value of each.
    static func nameLabels(_ prefix: String, _ name: DistinguishedName) -> [(String, String)] {
        let fields: [(String, OID)] = [
            ("C", .countryName), ("ST", .stateOrProvinceName), ("L", .localityName), ("O", .organizationName),
            ("OU", .organizationalUnitName), ("CN", .commonName),
        ]
        return fields.map { (prefix + "_" + $0.0, name.values(of: $0.1).first ?? "") }
    }

    static func fileLabels(_ path: String) -> [(String, String)] {
        let shown = RawPath.display(path)
        let name = shown.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? shown
        return [("filename", name), ("filepath", shown)]
    }

    /// Adds `discriminator` to every label set when any two sets are equal.
    static func withDiscriminators(_ items: [([(String, String)], [UInt8], Int)]) -> [[(String, String)]] {
        var seen: [String: Int] = [:]
        for item in items { seen[labelText(item.0), default: 0] += 1 }
        guard seen.values.contains(where: { $0 > 1 }) else { return items.map(\.0) }
        var used: Set<String> = []
        return items.map { labels, fingerprint, position in
            let key = labelText(labels)
            guard seen[key, default: 0] > 1 else { return labels + [("discriminator", "")] }
            var value = hexString(fingerprint.prefix(4), separator: "").lowercased()
            if !used.insert(key + value).inserted {
                value += "-\(position)"
                used.insert(key + value)
            }
            return labels + [("discriminator", value)]
        }
    }

    /// `{a="1",b="2"}`, values escaped (backslash, double quote, line feed); empty for no labels.
    static func labelText(_ labels: [(String, String)]) -> String {
        guard !labels.isEmpty else { return "" }
        return "{" + labels.map { "\($0.0)=\"\(escapeLabelValue($0.1))\"" }.joined(separator: ",") + "}"
    }

    /// Label values escape `\`, `"` and line feed (the exposition format's rules).
    static func escapeLabelValue(_ text: String) -> String {
        var out = ""
        for character in text.unicodeScalars {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// HELP text escapes `\` and line feed.
    static func escapeHelp(_ text: String) -> String {
        text.replacingAll("\\", with: "\\\\").replacingAll("\n", with: "\\n")
    }
}

extension String {
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
