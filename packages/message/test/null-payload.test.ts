/** fox-wamp writes `null` for an absent Arguments or ArgumentsKw; we read it as absent and never write it. */
import { isProtocolError } from '@wamp/interfaces';
import { parseMessage } from '@wamp/message';

describe('null in the payload positions', () => {
  it.each([
    ['RESULT with null kwargs', [50, 7, {}, [42], null], [50, 7, {}, [42]]],
    ['EVENT with null kwargs', [36, 1, 2, {}, ['x'], null], [36, 1, 2, {}, ['x']]],
    ['ERROR with null kwargs', [8, 48, 7, {}, 'wamp.error.x', [], null], [8, 48, 7, {}, 'wamp.error.x']],
    ['INVOCATION with null args and kwargs', [68, 7, 9, {}, null, null], [68, 7, 9, {}]],
    ['INVOCATION with null args', [68, 7, 9, {}, null], [68, 7, 9, {}]],
    ['INVOCATION with null args and empty kwargs', [68, 7, 9, {}, null, {}], [68, 7, 9, {}]],
  ])('%s reads as absent and marshals without it', (_name, wire, marshalled) => {
    expect(parseMessage(wire).marshal()).toEqual(marshalled);
  });

  it('refuses any other non-list Arguments or non-dict ArgumentsKw', () => {
    for (const wire of [
      [50, 7, {}, [1], []],
      [50, 7, {}, [1], 'x'],
      [50, 7, {}, {}],
      [50, 7, {}, 'x', null],
      [50, 7, {}, null, { a: 1 }], // the spec forbids it; ../shared/vectors has it as a negative vector
    ]) {
      let error: unknown;
      try {
        parseMessage(wire);
      } catch (e) {
        error = e;
      }
      expect(isProtocolError(error)).toBe(true);
    }
  });
});
