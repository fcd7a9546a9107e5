import Foundation
import PureX509
import Testing
@testable import x509dump

/// Long runs of certificates are rendered on several threads (`ParallelRender`). The output
/// must be the same bytes whatever the number of threads: order, numbering, separators and
/// everything around the run (keys, requests, CRL revocations, damaged blocks, trust
/// settings) as when one thread writes it all.
@Suite("Parallel rendering")
struct ParallelRenderTests {
    @Test(arguments: [0, 1, 2, 5, 63, 64, 100, 511, 512, 513, 1500])
    func sharesCoverTheRangeInOrder(_ count: Int) {
        for parts in [1, 2, 3, 8] {
            let shares = ParallelRender.split(7..<(7 + count), into: parts)
            #expect(shares.flatMap { Array($0) } == Array(7..<(7 + count)))
            #expect(shares.allSatisfy { !$0.isEmpty })
            #expect(shares.count == min(parts, count))
            if let longest = shares.map(\.count).max(), let shortest = shares.map(\.count).min() {
                #expect(longest - shortest <= 1)
            }
        }
    }

    @Test(arguments: [0, 1, 63, 64, 65, 511, 512, 513, 1500])
    func itemsComeOutInOrder(_ count: Int) {
        let expected = (0..<count).map { "item \($0)\n" }.joined()
        for threads in [1, 2, 3, 8] {
            let output = BufferedOutput.capturing()
            output.write("head\n")
            ParallelRender.write(count: count, to: output, threads: threads) { range, buffer in
                for index in range { buffer.write("item \(index)\n") }
            }
            #expect(output.text == "head\n" + expected, "\(count) items on \(threads) threads")
        }
    }

    /// Each round runs every worker once and the caller's part once, and returns only when
    /// all are done; the threads end with `stop`.
    @Test func everyWorkerTakesPartInEveryRound() {
        let pool = WorkerPool(workers: 5)
        #expect(pool.workers == 5)
        for round in 0..<50 {
            let counter = Counter()
            pool.round({ worker in counter.add(round * 10 + worker) }, here: { counter.add(round * 10) })
            #expect(counter.values.sorted() == (0..<6).map { round * 10 + $0 })
        }
        pool.stop()
        #expect(pool.workers == 0)
    }

    /// JSON items continued on other buffers: separators and indentation as one writer makes.
    @Test func jsonItemsAsOneWriterWritesThem() throws {
        func document(threads: Int) -> String {
            let output = BufferedOutput.capturing()
            let json = JSONStreamWriter(output)
            json.object {
                json.array("before") { json.int(nil, 1) }
                json.array("items") {
                    json.string(nil, "first")
                    json.parallelItems(count: 700, threads: threads) { index, writer in
                        writer.object {
                            writer.int("index", index)
                            writer.string("text", "line \"\(index)\"\n")
                        }
                    }
                    json.string(nil, "last")
                }
                json.array("empty") { json.parallelItems(count: 0, threads: threads) { _, _ in } }
            }
            return output.text
        }
        let serial = document(threads: 1)
        for threads in [2, 3, 8] { #expect(document(threads: threads) == serial) }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(serial.utf8)) as? [String: Any])
        let items = try #require(object["items"] as? [Any])
        #expect(items.count == 702)
        #expect((items[700] as? [String: Any])?["index"] as? Int == 699)
        #expect((object["empty"] as? [Any])?.isEmpty == true)
    }

    // MARK: show and bundle

    /// A bundle of 700-odd certificates as `cat` makes it, with a key, a request, a damaged
    /// block, a certificate with trust settings and a revoked certificate in between, and a
    /// second input with the CRL that revokes it.
    static func bundleInputs() throws -> [ShowRenderer.Input] {
        let certificates = try FileManager.default.contentsOfDirectory(atPath: vectorPath("keys"))
            .filter { $0.hasSuffix(".cert.pem") }.sorted()
        var text = ""
        for round in 0..<50 {
            for name in certificates { text += try String(contentsOfFile: vectorPath("keys/" + name), encoding: .utf8) }
            switch round {
            case 10: text += try String(contentsOfFile: vectorPath("keys/rsa-2048.pem"), encoding: .utf8)
            case 20: text += try String(contentsOfFile: vectorPath("keys/ec-p256.csr.pem"), encoding: .utf8)
            case 30:
                let good = try String(contentsOfFile: vectorPath("keys/ec-p256.cert.pem"), encoding: .utf8)
                let lines = good.split(separator: "\n", omittingEmptySubsequences: false)
                text += lines.enumerated().map { $0.offset == 3 ? "!!!!" + $0.element.dropFirst(4) : $0.element }
                    .joined(separator: "\n")
            case 40:
                text += try String(contentsOfFile: vectorPath("verification/revocation/root-trust-server.pem"), encoding: .utf8)
            default: break
            }
        }
        let crl = try vectorBytes("keys/intermediate.crl.pem")
        return [
            ShowRenderer.Input(name: "bundle.pem", contents: FileContents(bytes: Array(text.utf8), password: nil)),
            ShowRenderer.Input(name: "intermediate.crl.pem", contents: FileContents(bytes: crl, password: nil)),
        ]
    }

    @Test func showWritesTheSameBytesOnAnyNumberOfThreads() throws {
        let inputs = try Self.bundleInputs()
        var serial = ShowRenderer(inputs: inputs, now: 1_795_000_000)
        serial.threads = 1
        let text = serial.text()
        let json = serial.jsonText()
        for threads in [2, 3, 8] {
            var renderer = ShowRenderer(inputs: inputs, now: 1_795_000_000)
            renderer.threads = threads
            #expect(renderer.text() == text, "text on \(threads) threads")
            #expect(renderer.jsonText() == json, "JSON on \(threads) threads")
        }

        // What the run holds is all there, in order.
        let count = inputs[0].contents.allCertificates.count
        #expect(count > ParallelRender.batchSize)  // more than one batch
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("Certificate #") }
        #expect(headings.count == count)
        #expect(headings.last?.hasPrefix("Certificate #\(count) (bundle.pem, line ") == true)
        #expect(text.contains("Private key"))
        #expect(text.contains("Certificate request"))
        #expect(text.contains("  REVOKED:       by the CRL in intermediate.crl.pem since "))
        #expect(text.contains("  Trust:"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let first = try #require((object["inputs"] as? [[String: Any]])?.first)
        let items = first["items"] as? [[String: Any]] ?? []
        let numbers = items.compactMap { ($0["source"] as? [String: Any])?["certificate"] as? Int }
        #expect(numbers == Array(1...count))
        #expect(items.filter { $0["kind"] as? String == "certificate" }.count == count)
        #expect(items.contains { $0["kind"] as? String == "privateKey" })
        #expect(items.contains { $0["kind"] as? String == "certificateRequest" })
        #expect(items.contains { ($0["revokedBy"] as? [Any])?.isEmpty == false })
        #expect(items.contains { $0["trustSettings"] != nil })
        #expect((first["problems"] as? [Any])?.count == 1)
    }

    @Test func bundleJSONIsTheSameOnAnyNumberOfThreads() throws {
        let text = try Self.bundleInputs()[0].contents.allCertificates.map { $0.pemEncoded }.joined()
        let audit = BundleAudit(sources: [DiagnosisSource(name: "bundle.pem", bytes: Array(text.utf8))], time: 1_795_000_000)
        func json(threads: Int) -> String {
            var rendering = BundleRendering(audit: audit, name: "bundle.pem", difference: nil, diffName: nil, timelineCount: 5)
            rendering.threads = threads
            return rendering.jsonText()
        }
        let serial = json(threads: 1)
        for threads in [2, 3, 8] { #expect(json(threads: threads) == serial, "\(threads) threads") }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(serial.utf8)) as? [String: Any])
        let repeated = object["repeated"] as? [[String: Any]] ?? []
        #expect(repeated.count > ParallelRender.batchSize)
        #expect(repeated.count + (object["distinct"] as? Int ?? 0) == object["count"] as? Int)
    }
}

/// Collects values from several threads.
private final class Counter: @unchecked Sendable {
    // @unchecked: every access holds `lock`.
    private let lock = NSLock()
    private var collected: [Int] = []
    func add(_ value: Int) { lock.withLock { collected.append(value) } }
    var values: [Int] { lock.withLock { collected } }
}
