// Reading an article: bytes → text in a VFile, or a problem saying why not.
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describeFsError} from './inputs.js'

declare module 'vfile' {
  interface DataMap {
    /** The file started with a UTF-8 byte-order mark. */
    bom: boolean
  }
}

export type ReadResult = {file: VFile; problem?: undefined} | {file?: undefined; problem: string}

const utf8 = new TextDecoder('utf-8', {fatal: true})

/** Decode article bytes; `path` is the name shown in reports. */
export function decodeArticle(bytes: Uint8Array, path: string, cwd: string): ReadResult {
  if (bytes.includes(0)) return {problem: 'not a text file (it contains NUL bytes)'}
  let value: string
  try {
    value = utf8.decode(bytes)
  } catch {
    return {problem: 'not valid UTF-8 text; save it as UTF-8'}
  }
  const file = new VFile({path, cwd, value})
  // The decoder drops a byte-order mark; remember it so a fix can keep it.
  file.data.bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  return {file}
}

export function readArticle(absolutePath: string, displayPath: string, cwd: string): ReadResult {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(absolutePath)
  } catch (error) {
    return {problem: describeFsError(error)}
  }
  return decodeArticle(bytes, displayPath, cwd)
}
