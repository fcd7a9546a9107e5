#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Threads that stay for a whole run and take part in each of its rounds (`ParallelRender`'s
/// batches). Started once, each keeps its processor: a thread started per batch begins on
/// its parent's processor and is moved only later, which cost the batches of a few
/// milliseconds much of their gain.
///
/// `round` hands every worker (numbered from 1) the same job, runs the caller's own part on
/// the current thread (number 0) and returns when all are done. `stop` ends the threads;
/// the owner calls it before the job's captures go away.
final class WorkerPool: @unchecked Sendable {
    // @unchecked: `job` is written by the owner only between rounds (before the `start`
    // signals, after every `done`); the semaphores' mutexes order that write before the
    // workers read it, and their reads before the next write.
    private var job: ((Int) -> Void)?
    private let start: [Semaphore]
    private let done = Semaphore()
    private var threads: [pthread_t] = []

    /// Starts up to `workers` threads (fewer when the system refuses one).
    init(workers: Int) {
        start = (0..<max(0, workers)).map { _ in Semaphore() }
        for index in start.indices {
            let worker = index + 1, signal = start[index]
            guard let thread = Self.startThread({ [unowned self] in self.loop(worker, signal) }) else { break }
            threads.append(thread)
        }
    }

    /// The threads started.
    var workers: Int { threads.count }

    /// Runs `job(worker)` on every worker and `here()` on the current thread; returns when
    /// all have returned.
    func round(_ job: @escaping (Int) -> Void, here: () -> Void) {
        self.job = job
        for index in threads.indices { start[index].signal() }
        here()
        for _ in threads.indices { done.wait() }
        self.job = nil
    }

    /// Ends the threads and waits for them.
    func stop() {
        job = nil
        for index in threads.indices { start[index].signal() }
        for thread in threads { pthread_join(thread, nil) }
        threads = []
    }

    private func loop(_ worker: Int, _ signal: Semaphore) {
        while true {
            signal.wait()
            guard let job else { return }
            job(worker)
            done.signal()
        }
    }

    /// The body of one thread, owned by the thread.
    private final class Body: @unchecked Sendable {
        // @unchecked: run once, by the thread that owns it.
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }

    /// A new thread running `body`, or nil when none can be started.
    private static func startThread(_ body: @escaping () -> Void) -> pthread_t? {
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t?
        let status = pthread_create(&thread, nil, { context in
            Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
            return nil
        }, context)
        #else
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { context in
            Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context)
        #endif
        guard status == 0 else {
            Unmanaged<Body>.fromOpaque(context).release()
            return nil
        }
        return thread
    }
}

/// A counting semaphore on a pthread mutex and condition variable.
final class Semaphore: @unchecked Sendable {
    // @unchecked: `value` is only touched with `mutex` held.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var value = 0

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    /// Adds one, waking a waiter.
    func signal() {
        pthread_mutex_lock(mutex)
        value += 1
        pthread_cond_signal(condition)
        pthread_mutex_unlock(mutex)
    }

    /// Waits until the value is above zero, then takes one.
    func wait() {
        pthread_mutex_lock(mutex)
        while value == 0 { pthread_cond_wait(condition, mutex) }
        value -= 1
        pthread_mutex_unlock(mutex)
    }
}
