// Module-level values made on first use rather than when the bundle loads:
// a regular expression with Unicode classes (`\p{L}`, `\p{Ll}`…) costs 0.1
// to 0.5 ms to build, and a one-file run loads every rule's module though a
// rule's cheap test keeps most of its patterns from ever running.

/** `make()`, called the first time the returned function is, then kept. */
export function once<T>(make: () => T): () => T {
  let value: T | undefined
  return () => (value ??= make())
}
