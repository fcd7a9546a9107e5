import Foundation
import PureX509
import PureX509ASN1
import Testing
@testable import x509dump

/// Hostile input against the built x509dump, as a user would hand it over: the time it
/// takes and the peak memory of the child process (from `wait4`) are asserted, and a run
/// that would block is killed by the time limit and fails.
@Suite("x509dump: resource limits on hostile input", .serialized)
struct ResourceLimitTests {
    static let mebibyte = 1024 * 1024

    /// The memory of x509dump doing almost nothing (runtime, libraries): the baseline the
    /// bounds below add to.
    static func baselineRSS() throws -> Int {
        try MeasuredRun.run(["--version"]).maxRSS
    }

    // MARK: asn1

    /// `asn1` (text, or JSON) over a SEQUENCE of `elements` NULLs: every element written,
    /// in memory a few times the input's size above the baseline.
    static func expectStreamed(elements: Int, json: Bool) throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = HostileInputs.denseSequence(elements: elements)
        let path = directory.appendingPathComponent("dense.der")
        try Data(input).write(to: path)
        let baseline = try Self.baselineRSS()
        let run = try MeasuredRun.run(["asn1"] + (json ? ["--json"] : []) + [path.path], timeLimit: 300)
        #expect(!run.timedOut)
        #expect(run.exitCode == 0, "\(run.standardError)")
        // Every element written: about 270 bytes of JSON, 40 of text, each.
        #expect(run.standardOutputBytes > (json ? 250 : 35) * elements)
        // The input, one bit per byte of it, and output buffers: under 4 times the input
        // above the baseline (plus 8 MiB of allocator slack); the tree took 1.2 GB.
        #expect(run.maxRSS - baseline < 4 * input.count + 8 * Self.mebibyte, "peak \(run.maxRSS / Self.mebibyte) MiB")
    }

    @Test("asn1: a 2 MB file of a million elements streams in memory a few times its size")
    func denseText() throws {
        try Self.expectStreamed(elements: DERReader.defaultMaximumElements, json: false)
    }

    /// A quarter of the million elements: the debug build writes JSON at about 30,000
    /// elements a second, and memory does not grow with the element count either way.
    @Test("asn1 --json: 250,000 elements stream in memory a few times the input's size")
    func denseJSON() throws {
        try Self.expectStreamed(elements: 250_000, json: true)
    }

    @Test("asn1: one element over the per-input limit is a typed error at its offset")
    func elementLimit() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = HostileInputs.denseSequence(elements: DERReader.defaultMaximumElements + 1)
        let path = directory.appendingPathComponent("dense.der")
        try Data(input).write(to: path)
        let run = try Tool.run(["asn1", path.path])
        #expect(run.exitCode == 1)
        let offset = input.count - 2
        #expect(run.text.contains("!! error: more than \(DERReader.defaultMaximumElements) elements at byte \(offset)"))
    }

    @Test("asn1: the PEM blocks of one input share the element limit")
    func elementLimitAcrossBlocks() throws {
        // Two blocks of 600,000 elements: each under the limit, together over it.
        let block = PEMWriter.encode(HostileInputs.denseSequence(elements: 600_000), label: .other("DATA"))
        let report = ASN1ReportProbe.lines(name: "two.pem", bytes: Array((block + block).utf8))
        #expect(report.valid == false)
        // The second block stops at the 400,001st of its elements: byte 5 + 2 x 399,999.
        #expect(report.text.contains("!! error: more than \(DERReader.defaultMaximumElements) elements at byte 800003"))
        #expect(report.text.contains("SEQUENCE (399999 elements before the error)"))
    }

    @Test("asn1: a 99 MiB input is dumped, not aborted, in memory a few times its size")
    func nearLimitInput() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let size = 99 * Self.mebibyte - 64
        let baseline = try Self.baselineRSS()
        // One huge value (valid DER), and dense NULLs that stop at the element limit (text
        // only: the JSON of a million elements takes half a minute in a debug build, and
        // `denseJSON` covers its memory).
        let inputs: [(String, [UInt8], [[String]])] = [
            ("huge.der", HostileInputs.hugeOctetString(size: size), [["asn1"], ["asn1", "--json"]]),
            ("nulls.der", HostileInputs.denseSequence(elements: size / 2), [["asn1"]]),
        ]
        for (name, bytes, commands) in inputs {
            let path = directory.appendingPathComponent(name)
            try Data(bytes).write(to: path)
            for command in commands {
                let run = try MeasuredRun.run(command + [path.path], timeLimit: 300)
                #expect(!run.timedOut)
                // Valid (one huge value), or stopped at the element limit: never a crash.
                #expect(run.exitCode == (name == "huge.der" ? 0 : 1), "\(command): \(run.standardError)")
                #expect(run.maxRSS - baseline < 4 * bytes.count, "\(command): peak \(run.maxRSS / Self.mebibyte) MiB")
            }
            try FileManager.default.removeItem(at: path)
        }
    }

    // MARK: Input limits per process

    @Test("100 MiB in total per process: the second 60 MiB file is refused with the limit named")
    func processInputLimit() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("big.bin")
        try Data(count: 60 * Self.mebibyte).write(to: path)
        let one = try MeasuredRun.run(["pem", path.path], timeLimit: 120)
        #expect(!one.standardError.contains("limit per process"))
        let two = try MeasuredRun.run(["pem", path.path, path.path], timeLimit: 120)
        #expect(two.exitCode == 2)
        #expect(two.standardError.contains("the inputs together are larger than the 100 MiB limit per process"), "\(two.standardError)")
    }

    // MARK: Special files

    @Test("a FIFO, a character device: refused at once, never read", arguments: ["show", "pem", "asn1", "verify"])
    func specialFiles(_ command: String) throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = try HostileInputs.fifo(named: "cert.pem", in: directory)
        for (path, kind) in [(fifo, "a FIFO"), ("/dev/zero", "a character device")] {
            let run = try MeasuredRun.run([command, path], timeLimit: 20)
            #expect(!run.timedOut, "\(command) \(path) blocked")
            #expect(run.exitCode == 2)
            #expect(run.standardError.contains("not a regular file (\(kind))"), "\(run.standardError)")
        }
    }

    @Test("verify --ca DIR: a FIFO in the directory is skipped and said, the anchors beside it used")
    func fifoInTrustDirectory() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(atPath: vectorPath("policies/root.pem"), toPath: directory.appendingPathComponent("root.pem").path)
        _ = try HostileInputs.fifo(named: "blocked.pem", in: directory)
        let run = try MeasuredRun.run(
            ["verify", vectorPath("policies/leaf-none.pem"), "--untrusted", vectorPath("policies/ica-none.pem"),
             "--ca", directory.path, "--at", "2026-06-01"], timeLimit: 20)
        #expect(!run.timedOut)
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.standardError.contains("blocked.pem: cannot read: not a regular file (a FIFO): not read"), "\(run.standardError)")
    }

    @Test("--password-file may be a pipe: a shell's <(command) is read, not refused")
    func passwordFromPipe() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        let command = "'\(try Tool.binary().path)' pem '\(vectorPath("keys/default.p12"))' --password-file <(printf 'test-password\\n')"
        process.arguments = ["-c", command]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self).contains("-----BEGIN CERTIFICATE-----"))
    }

    // MARK: File names

    @Test("a file name that is not UTF-8 is read, on the command line and in a --ca directory")
    func nonUTF8Names() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let root = try vectorBytes("policies/root.pem")
        // "caf\xE9.pem": Latin-1, not UTF-8.
        let file = try HostileInputs.write(root, rawName: Array("caf".utf8) + [0xE9] + Array(".pem".utf8), in: directory)
        let show = try MeasuredRun.run([Array("show".utf8), file], timeLimit: 20)
        #expect(show.exitCode == 0, "\(show.standardError)")
        let missing = try MeasuredRun.run([Array("show".utf8), Array(directory.path.utf8) + Array("/caf".utf8) + [0xE8] + Array(".pem".utf8)])
        #expect(missing.exitCode == 2)
        #expect(missing.standardError.contains("caf\\xE8.pem: no such file"), "\(missing.standardError)")

        // The only anchor of a directory has a name that is not UTF-8.
        let anchors = directory.appendingPathComponent("anchors")
        try FileManager.default.createDirectory(at: anchors, withIntermediateDirectories: true)
        _ = try HostileInputs.write(root, rawName: Array("root".utf8) + [0xFF, 0xFE] + Array(".pem".utf8), in: anchors)
        let verify = try MeasuredRun.run(
            ["verify", vectorPath("policies/leaf-none.pem"), "--untrusted", vectorPath("policies/ica-none.pem"),
             "--ca", anchors.path, "--at", "2026-06-01"], timeLimit: 20)
        #expect(verify.exitCode == 0, "\(verify.standardError)")
    }
}

/// `ASN1Report` run in-process (its text and validity), for inputs too large to pass
/// through a pipe quickly.
enum ASN1ReportProbe {
    static func lines(name: String, bytes: [UInt8]) -> (valid: Bool, text: String) {
        let report = ASN1Report(name: name, bytes: bytes)
        let directory = (try? scratchDirectory()) ?? URL(fileURLWithPath: "/tmp")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.txt").path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let output = BufferedOutput(descriptor: descriptor)
        report.writeText(full: false, to: output)
        output.flush()
        close(descriptor)
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return (report.isValid, text)
    }
}
