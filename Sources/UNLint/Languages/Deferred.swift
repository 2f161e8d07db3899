import Synchronization

/// A value made on first use, once, whichever thread asks first, and shared
/// by every copy of what holds it.
///
/// The built-in rule data holds patterns for six languages and four document
/// types; a run over French documents needs few of them, and compiling them
/// all would cost more than linting a document.
final class Deferred<Value: Sendable>: Sendable {
    private enum State {
        case made(Value)
        case pending(@Sendable () -> Value)
    }

    private let state: Mutex<State>

    /// A value made by `make` when first asked for.
    init(_ make: @escaping @Sendable () -> Value) {
        state = Mutex(.pending(make))
    }

    /// A value made already.
    init(made value: Value) {
        state = Mutex(.made(value))
    }

    var value: Value {
        state.withLock { state in
            switch state {
            case .made(let value):
                return value
            case .pending(let make):
                let value = make()
                state = .made(value)
                return value
            }
        }
    }
}
