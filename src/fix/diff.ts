// --fix-dry-run: what --fix would change, as a unified diff that `git apply`
// and `patch -p1` accept.
import {createTwoFilesPatch} from 'diff'

export function unifiedDiff(path: string, before: string, after: string): string {
  const name = path.split('\\').join('/')
  const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, {context: 3})
  // The diff package opens with a row of `=`; git's format has none.
  return patch.replace(/^=+\n/, '')
}
