import { expect } from '@open-wc/testing';
it('runs', () => { expect(1).to.equal(1); console.log(Intl.DateTimeFormat().resolvedOptions().timeZone); });
