import Foundation

/// JSON-RPC 2.0 framing for the MCP server: reading one message and building replies.
enum JSONRPC {
    /// A well-formed incoming message.
    enum Message: Sendable, Equatable {
        /// A request: it gets exactly one response carrying its `id`.
        case request(id: JSONValue, method: String, params: JSONValue?)
        /// A notification: no `id`, and never a response.
        case notification(method: String, params: JSONValue?)
        /// A response to a request the server sent; the server sends none, so it is dropped.
        case response
    }

    /// Deeper nesting than this is refused before decoding, so a hostile message cannot
    /// exhaust the stack of the recursive decoder.
    static let maximumDepth = 64

    /// Parses and classifies one line; the error to send back when it is not a valid message.
    static func message(from line: Data) -> Result<Message, JSONRPCError> {
        guard depth(of: line) <= maximumDepth else {
            return .failure(JSONRPCError(.parseError, "message nested deeper than \(maximumDepth) levels"))
        }
        let value: JSONValue
        do {
            value = try JSONValue(parsing: line)
        } catch {
            return .failure(JSONRPCError(.parseError, "not valid JSON"))
        }
        return message(from: value)
    }

    /// Classifies a parsed value.
    static func message(from value: JSONValue) -> Result<Message, JSONRPCError> {
        guard case .object = value else {
            return .failure(JSONRPCError(.invalidRequest, "a message must be a JSON object"))
        }
        let id = value["id"]
        let replyID: JSONValue = id.map { isValidID($0) ? $0 : .null } ?? .null
        guard value["jsonrpc"] == .string("2.0") else {
            return .failure(JSONRPCError(.invalidRequest, "'jsonrpc' must be \"2.0\"", id: replyID))
        }
        guard let member = value["method"] else {
            if value["result"] != nil || value["error"] != nil { return .success(.response) }
            return .failure(JSONRPCError(.invalidRequest, "a message needs a 'method'", id: replyID))
        }
        guard let method = member.stringValue else {
            return .failure(JSONRPCError(.invalidRequest, "'method' must be a string", id: replyID))
        }
        let params = value["params"]
        guard let id else { return .success(.notification(method: method, params: params)) }
        guard isValidID(id) else {
            return .failure(JSONRPCError(.invalidRequest, "'id' must be a string or an integer"))
        }
        return .success(.request(id: id, method: method, params: params))
    }

    /// MCP request IDs are strings or integers, never null.
    private static func isValidID(_ id: JSONValue) -> Bool {
        switch id {
        case .string: return true
        case .int: return true
        case .double(let number): return number == number.rounded()
        default: return false
        }
    }

    /// The deepest nesting of arrays and objects in a JSON text, ignoring brackets in strings.
    static func depth(of text: Data) -> Int {
        var depth = 0, deepest = 0
        var inString = false, escaped = false
        for byte in text {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                deepest = max(deepest, depth)
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return deepest
    }

    /// A successful response.
    static func response(id: JSONValue, result: JSONValue) -> JSONValue {
        .object([("jsonrpc", .string("2.0")), ("id", id), ("result", result)])
    }

    /// An error response.
    static func response(to error: JSONRPCError) -> JSONValue {
        .object([
            ("jsonrpc", .string("2.0")), ("id", error.id),
            ("error", .object([("code", .int(error.code.rawValue)), ("message", .string(error.message))])),
        ])
    }
}

/// A JSON-RPC error to send back, with the ID of the request it answers (null when unknown).
struct JSONRPCError: Error, Sendable, Equatable {
    /// The standard JSON-RPC error codes the server uses.
    enum Code: Int, Sendable {
        case parseError = -32700
        case invalidRequest = -32600
        case methodNotFound = -32601
        case invalidParams = -32602
    }

    var code: Code
    var message: String
    var id: JSONValue

    init(_ code: Code, _ message: String, id: JSONValue = .null) {
        self.code = code
        self.message = message
        self.id = id
    }
}
