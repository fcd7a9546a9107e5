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
/// the output in order. Only one
/// batch is held at a time, so the memory stays bounded whatever the number of items.
/// Rendering must read shared values only (the parsed inputs are immutable); each share
/// writes nothing but its own buffer.
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
        let threads = max(1, threads)
        guard threads > 1, count >= minimumRun else {
            render(0..<count, output)
            return
        }
        // The first share goes straight to `output`: it is rendered on this thread, and
        // nothing comes before it.
        let buffers = (0..<threads).map { $0 == 0 ? output : BufferedOutput.capturing() }
        var start = 0
        while start < count {
            let end = min(count, start + batchSize)
            let shares = split(start..<end, into: threads)
            run(shares.count) { index in render(shares[index], buffers[index]) }
            for buffer in buffers[1..<shares.count] { buffer.drain(into: output) }
            start = end
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

    /// Calls `body(0)` ..< `body(count)`, each on a thread of its own but the first, which
    /// runs on the current thread; returns when all have returned. A thread that cannot be
    /// started is replaced by a call on the current thread.
    static func run(_ count: Int, _ body: (Int) -> Void) {
        withoutActuallyEscaping(body) { body in
            var started: [pthread_t] = []
            var inline: [Int] = []
            for index in 1..<max(1, count) {
                if let thread = startThread(Job { body(index) }) {
                    started.append(thread)
                } else {
                    inline.append(index)
                }
            }
            body(0)
            for index in inline { body(index) }
            for thread in started { pthread_join(thread, nil) }
        }
    }

    /// The work of one thread, owned by the thread.
    private final class Job: @unchecked Sendable {
        // @unchecked: `body` reads only values its caller keeps alive and unchanged until
        // `run` has joined the thread, and writes a buffer no other thread touches.
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// A new thread running `job`, or nil when none can be started.
    private static func startThread(_ job: Job) -> pthread_t? {
        let context = Unmanaged.passRetained(job).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t?
        let status = pthread_create(&thread, nil, { context in
            Unmanaged<Job>.fromOpaque(context).takeRetainedValue().body()
            return nil
        }, context)
        #else
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { context in
            Unmanaged<Job>.fromOpaque(context!).takeRetainedValue().body()
            return nil
        }, context)
        #endif
        guard status == 0 else {
            Unmanaged<Job>.fromOpaque(context).release()
            return nil
        }
        return thread
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
