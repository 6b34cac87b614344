// What the command line reads and writes through: the working folder, the
// environment, stdout, stderr and stdin. main() takes it as a parameter, so
// tests and the language server run the CLI in-process on their own streams.
export interface CliIo {
  cwd: string
  env: NodeJS.ProcessEnv
  stdout: {write(text: string): unknown; isTTY?: boolean}
  stderr: {write(text: string): unknown; isTTY?: boolean}
  /** Standard input's bytes, when it is piped. */
  readStdin(): Uint8Array | undefined
}
