import Benchmark
import BenchmarkInputs

/// Registration helpers shared by every benchmark target.
///
/// Names are `group.case.implementation` (for example `parse.bundle.PureX509` and
/// `parse.bundle.swift-certificates`); compare.sh pairs the rows by that convention.
/// Each iteration runs the operation `batch` times and records the thread CPU time per
/// operation (``cpuPerOp``, nanoseconds), besides package-benchmark's wall clock and
/// malloc count for the whole iteration.
public enum Harness {
    /// Thread CPU nanoseconds per operation (see `ThreadCPUClock`).
    public static let cpuPerOp = BenchmarkMetric.custom("cpuNsPerOp")
    /// Operations per iteration (batch times items), so that compare.sh can turn the
    /// per-iteration malloc count into a per-item figure from the same results.
    public static let itemsPerIteration = BenchmarkMetric.custom("itemsPerIteration")

    /// Sets the default configuration: full runs sample for up to 2 s per benchmark,
    /// quick runs (`PUREX509_BENCH_QUICK=1`) a few iterations only.
    public static func configure() {
        let quick = Inputs.quick
        Benchmark.defaultConfiguration = .init(
            metrics: [cpuPerOp, itemsPerIteration, .wallClock, .mallocCountTotal],
            timeUnits: .nanoseconds,
            units: [cpuPerOp: .count, itemsPerIteration: .count, .mallocCountTotal: .count],
            warmupIterations: quick ? 1 : 3,
            maxDuration: quick ? .milliseconds(150) : .seconds(2),
            maxIterations: quick ? 5 : 5_000
        )
    }

    /// Registers a benchmark whose state is built once by `setup` (outside the timed
    /// region) and whose iteration runs `operation` `batch` times. When one operation
    /// handles several items (every certificate of a bundle), `items` says how many, and
    /// the figures are per item.
    public static func add<State>(
        _ name: String,
        batch: Int = 1,
        setup: @escaping () throws -> State,
        items: @escaping (State) -> Int = { _ in 1 },
        _ operation: @escaping (State) throws -> Void
    ) {
        Benchmark(name, closure: { (benchmark: Benchmark, state: State) throws in
            let start = ThreadCPUClock.now()
            for _ in 0..<batch {
                try operation(state)
            }
            let stop = ThreadCPUClock.now()
            record(benchmark, nanoseconds: stop &- start, operations: batch * items(state))
        }, setup: {
            try setup()
        })
    }

    /// The async form, for APIs such as swift-certificates' `Verifier.validate`.
    public static func addAsync<State>(
        _ name: String,
        batch: Int = 1,
        setup: @escaping () async throws -> State,
        items: @escaping (State) -> Int = { _ in 1 },
        _ operation: @escaping (State) async throws -> Void
    ) {
        Benchmark(name, closure: { (benchmark: Benchmark, state: State) async throws in
            let start = ThreadCPUClock.now()
            for _ in 0..<batch {
                try await operation(state)
            }
            let stop = ThreadCPUClock.now()
            record(benchmark, nanoseconds: stop &- start, operations: batch * items(state))
        }, setup: {
            try await setup()
        })
    }
}

extension Harness {
    static func record(_ benchmark: Benchmark, nanoseconds: UInt64, operations: Int) {
        let count = max(operations, 1)
        benchmark.measurement(cpuPerOp, Int(nanoseconds / UInt64(count)))
        benchmark.measurement(itemsPerIteration, count)
    }
}

/// Fails a benchmark's setup with a message (for example when the two implementations
/// disagree on an input, which would make the comparison meaningless).
public struct BenchmarkSetupError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
