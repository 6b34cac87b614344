// Tests that take tens of seconds on a busy machine (big articles, child
// processes, thousands of files) run only with COPYDESK_SLOW_TESTS=1, as CI
// runs them (.ci/run): `COPYDESK_SLOW_TESTS=1 npm test`.
export const slow = {skip: process.env['COPYDESK_SLOW_TESTS'] === '1' ? false : 'slow: run with COPYDESK_SLOW_TESTS=1 (CI does)'}
