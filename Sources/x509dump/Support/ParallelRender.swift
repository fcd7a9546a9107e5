#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders a long run of independent items (the certificates of a large bundle) on every
/// processor, and writes them in their order: the same bytes as rendering them one after the
/// other, in a fraction of the wall time.
///
/// The items go `batchSize` at a time. Each batch is cut into contiguous shares, one per
/// thread. The current thread renders the first share straight into the output, the other
/// threads each into a buffer of its own, and once all are done those buffers are copied to
/// the output in order. Only one batch is held at a time, so the memory stays bounded
/// whatever the number of items. Rendering must read shared values only (the parsed inputs
/// are immutable); each share writes nothing but its own buffer.
enum ParallelRender {
    /// The threads a run uses: `X509DUMP_THREADS` when it is a whole number from 1 to 64,
    /// else the processors online, at most 8 (one when unknown).
    static let processorCount: Int = {
        if let value = getenv("X509DUMP_THREADS"), let threads = Int(String(cString: value)), (1...64).contains(threads) {
            return threads
        }
        let online = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return online > 0 ? min(Int(online), 8) : 1
    }()

    /// Items per batch: enough to share out, few enough that a batch's text (about 6 KiB of
    /// JSON per certificate) stays small beside the input.
    static let batchSize = 512

    /// Runs shorter than this are rendered on the current thread alone.
    static let minimumRun = 64

    /// Writes items `0..<count` to `output`, in order. `render` writes the items of a range to
    /// the buffer it is given, and may run on several threads at once.
    static func write(
        count: Int, to output: BufferedOutput, threads: Int = processorCount,
        _ render: (Range<Int>, BufferedOutput) -> Void
    ) {
        guard threads > 1, count >= minimumRun else {
            render(0..<count, output)
            return
        }
        withoutActuallyEscaping(render) { render in
            // The threads stay for the whole run (each keeps its processor); a thread that
            // cannot be started leaves its share to the others.
            let pool = WorkerPool(workers: threads - 1)
            defer { pool.stop() }
            let participants = pool.workers + 1
            // The first share goes straight to `output`: it is rendered on this thread, and
            // nothing comes before it.
            let buffers = (0..<participants).map { $0 == 0 ? output : BufferedOutput.capturing() }
            var start = 0
            while start < count {
                let end = min(count, start + batchSize)
                let shares = split(start..<end, into: participants)
                pool.round({ worker in
                    if worker < shares.count { render(shares[worker], buffers[worker]) }
                }, here: { render(shares[0], output) })
                for buffer in buffers[1..<shares.count] { buffer.drain(into: output) }
                start = end
            }
        }
    }

    /// `range` cut into at most `parts` contiguous, non-empty ranges of nearly equal length.
    static func split(_ range: Range<Int>, into parts: Int) -> [Range<Int>] {
        let parts = max(1, min(parts, range.count))
        var result: [Range<Int>] = []
        var lower = range.lowerBound
        for part in 0..<parts {
            let upper = range.lowerBound + range.count * (part + 1) / parts
            if upper > lower { result.append(lower..<upper) }
            lower = upper
        }
        return result
    }
}

extension JSONStreamWriter {
    /// Items `0..<count` of the innermost container, each written by `body(index, writer)`
    /// with the writer it is given, rendered side by side on `threads` threads
    /// (`ParallelRender`): the same bytes as writing them one after the other.
    func parallelItems(count: Int, threads: Int = ParallelRender.processorCount, _ body: (Int, JSONStreamWriter) -> Void) {
        ParallelRender.write(count: count, to: output, threads: threads) { range, buffer in
            let writer = continuation(into: buffer, itemsBefore: range.lowerBound)
            for index in range { body(index, writer) }
        }
        countItems(count)
    }
}
