// measure-rss MODE FILE: runs one PureX509 reader over FILE and prints the peak resident
// set size (VmHWM) before and after, in KiB, as `input_bytes=N rss_before_kb=N
// rss_after_kb=N result=...`. Built and driven by Fuzz/measure-rss.sh; no sanitizer, -O.
#if canImport(Glibc)
import Glibc
#endif
import PureX509

@main
struct MeasureRSS {
    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count == 3 else {
            print("usage: measure-rss der-walk|asn1node|asn1dump|pem|certificate|certificate-file FILE")
            exit(2)
        }
        guard let bytes = readFile(arguments[2]) else {
            print("cannot read \(arguments[2])")
            exit(2)
        }
        let before = peakRSSKiB()
        let result: String
        switch arguments[1] {
        case "der-walk":
            var reader = DERReader(bytes)
            var count = 0
            do {
                while !reader.isAtEnd { try walk(&reader, &count) }
                result = "ok elements=\(count)"
            } catch {
                result = "error elements=\(count) \(error)"
            }
        case "asn1node":
            do {
                let nodes = try ASN1Node.parseAll(bytes)
                result = "ok top=\(nodes.count)"
            } catch {
                result = "error \(error)"
            }
        case "asn1dump":
            let dump = ASN1Dump(bytes)
            result = dump.failure.map { "error \($0)" } ?? "ok top=\(dump.nodes.count)"
        case "pem":
            do {
                let document = try PEMDocument(parsing: bytes)
                result = "ok blocks=\(document.blocks.count) bytes=\(document.blocks.reduce(0) { $0 + $1.der.count })"
            } catch {
                result = "error \(error)"
            }
        case "certificate":
            result = certificates(bytes)
        case "certificate-file":
            // Every certificate of a file kept, as a trust store or bundle loader keeps them.
            var skipped = 0
            do {
                let kept = try CertificateFile.certificates(in: bytes, skipped: &skipped)
                result = "ok certificates=\(kept.count) skipped=\(skipped)"
            } catch {
                result = "error \(error)"
            }
        default:
            print("unknown mode \(arguments[1])")
            exit(2)
        }
        let after = peakRSSKiB()
        print("input_bytes=\(bytes.count) rss_before_kb=\(before) rss_after_kb=\(after) result=\(result.prefix(160))")
    }

    /// Certificates from DER or PEM, as a certificate loader reads a file.
    static func certificates(_ bytes: [UInt8]) -> String {
        if InputEncoding.sniff(bytes) == .pem {
            do {
                let document = try PEMDocument(parsing: bytes)
                var parsed = 0
                var failed = 0
                for block in document.blocks {
                    if (try? Certificate(derEncoded: block.der)) != nil { parsed += 1 } else { failed += 1 }
                }
                return "pem parsed=\(parsed) failed=\(failed)"
            } catch {
                return "error \(error)"
            }
        }
        do {
            let certificate = try Certificate(derEncoded: bytes)
            return "ok \(certificate.subject.opensslOneLine)"
        } catch {
            return "error \(error)"
        }
    }

    static func walk(_ reader: inout DERReader, _ count: inout Int) throws {
        let element = try reader.readElement()
        count += 1
        if element.tag.isConstructed {
            try reader.withContent(of: element) { inner in
                while !inner.isAtEnd { try walk(&inner, &count) }
            }
        }
    }

    static func readFile(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        fseek(file, 0, SEEK_END)
        let size = ftell(file)
        fseek(file, 0, SEEK_SET)
        guard size >= 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: size)
        let read = bytes.withUnsafeMutableBytes { fread($0.baseAddress, 1, size, file) }
        return read == size ? bytes : nil
    }

    /// VmHWM from /proc/self/status, in KiB (0 where unavailable).
    static func peakRSSKiB() -> Int {
        guard let file = fopen("/proc/self/status", "r") else { return 0 }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, 256, file) != nil {
            let length = line.firstIndex(of: 0) ?? line.count
            let text = String(decoding: line[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if text.hasPrefix("VmHWM:") {
                return Int(text.dropFirst(6).filter { $0.isNumber }) ?? 0
            }
        }
        return 0
    }
}
