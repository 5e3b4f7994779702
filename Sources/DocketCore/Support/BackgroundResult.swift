import Foundation

/// A value computed on a thread of its own while the caller does other work; `value()`
/// waits for it and returns it, or throws what the work threw (work that cannot fail
/// makes `Failure` `Never`, and `value()` then cannot throw).
final class BackgroundResult<Value: Sendable, Failure: Error>: @unchecked Sendable {
    private let condition = NSCondition()
    // Guarded by `condition`:
    private var result: Result<Value, Failure>?

    /// Starts `work` at once.
    init(_ work: @escaping @Sendable () throws(Failure) -> Value) {
        let thread = Thread { [self] in
            let outcome: Result<Value, Failure>
            do throws(Failure) { outcome = .success(try work()) } catch { outcome = .failure(error) }
            condition.lock()
            result = outcome
            condition.broadcast()
            condition.unlock()
        }
        thread.stackSize = 4 << 20
        thread.start()
    }

    /// The work's value, once it has finished.
    func value() throws(Failure) -> Value {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return try result!.get()
    }
}
