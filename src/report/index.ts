// Step 5 of the pipeline: messages → report text, one formatter per format.
import {reporter} from 'vfile-reporter'
import {reporterJson} from 'vfile-reporter-json'
import type {VFile} from 'vfile'

export const formatNames = ['stylish', 'json'] as const
export type FormatName = (typeof formatNames)[number]

export interface FormatOptions {
  color: boolean
}

export function formatReport(files: VFile[], format: FormatName, options: FormatOptions): string {
  switch (format) {
    case 'json':
      return reporterJson(files) + '\n'
    case 'stylish': {
      // `quiet`: files without findings print nothing, as in ESLint.
      const text = reporter(files, {color: options.color, quiet: true})
      return text === '' ? '' : text + '\n'
    }
  }
}
