/**
 * The contract's error codes (src/schemas/error-codes.ts, the one table the OpenAPI document and
 * the fake server use) and the widget's wording of them (src/i18n/error-text.ts) agree.
 */
import { expect } from '@open-wc/testing';
import { codeText } from '../src/i18n/error-text.js';
import { ERROR_CODES, ERROR_CODE_NAMES, codesOf } from '../src/schemas/error-codes.js';
import { operations, type OperationName } from '../src/schemas/contract.js';

/** Codes the widget words by the error's kind (its status), not by the code. */
const WORDED_BY_KIND = ['unauthenticated', 'invalid-input', 'unavailable', 'bad-json', 'idempotency-key-reused'];

describe('error codes of the contract', () => {
  it('every code is worded by the widget, by its code or by its kind', () => {
    const unworded = ERROR_CODE_NAMES.filter((c) => codeText(c) === undefined);
    expect(unworded).to.deep.equal(WORDED_BY_KIND);
  });

  it('every code names only operations of the contract, and every operation has its codes', () => {
    for (const [code, doc] of Object.entries(ERROR_CODES)) {
      if (typeof doc.operations === 'string') continue;
      for (const name of doc.operations) expect(operations, `${code}: ${name}`).to.have.property(name);
    }
    for (const name of Object.keys(operations) as OperationName[]) {
      const isWrite = operations[name].method !== 'GET';
      expect(codesOf(name, isWrite), name).to.include.members(isWrite ? ['invalid-input', 'idempotency-key-reused'] : ['invalid-input']);
    }
  });

  it('a credentials mismatch is 422 and an unknown or expired import session 409', () => {
    expect(ERROR_CODES['credentials-mismatch'].status).to.equal(422);
    expect(ERROR_CODES['session-expired'].status).to.equal(409);
    expect(codesOf('importUsers', true)).to.include('session-expired');
    expect(codesOf('lookupCrmUsers', true)).to.include('credentials-mismatch');
  });
});
