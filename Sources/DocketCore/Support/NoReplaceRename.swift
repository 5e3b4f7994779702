import Foundation

/// `renameat2(…, RENAME_NOREPLACE)`, which Glibc's Swift module does not declare: looked
/// up once in the C library at run time.
enum NoReplaceRename {
    enum Outcome { case renamed, failed(Int32), unsupported }

    private typealias Function = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    private static let function: Function? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: Function.self)
    }()

    private static let noReplace: UInt32 = 1

    static func rename(_ source: String, _ destination: String) -> Outcome {
        guard let function else { return .unsupported }
        let result = retryingInterrupts { function(AT_FDCWD, source, AT_FDCWD, destination, noReplace) }
        if result == 0 { return .renamed }
        // Some file systems (and old kernels) do not know the flag.
        if errno == EINVAL || errno == ENOSYS { return .unsupported }
        return .failed(errno)
    }
}
