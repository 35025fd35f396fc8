// mailpolicy/testing/vitest: import once (e.g. in a vitest setupFiles entry) to register
// expect(report).toBeCompliant() and expect(report).toViolate(ruleId, { recipient? }).
import { expect } from 'vitest';
import { matchers, type MailpolicyMatchers } from './matchers.js';

expect.extend(matchers);

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Matchers<T = any> extends MailpolicyMatchers<T> {}
}
