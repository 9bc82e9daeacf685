import {
  ApplicationError,
  NotAuthorized,
  ProtocolError,
  TransportLost,
  TypeCheckError,
  WAMP_ERROR,
  isApplicationError,
  isProtocolError,
  isWampError,
} from '../src/index.js';

describe('error classes', () => {
  it('keeps uri, args, kwargs and details apart in ApplicationError', () => {
    const err = new ApplicationError('com.example.oops', { args: ['bad', 2], kwargs: { a: 1 }, details: { callee: 7 } });
    expect(err.uri).toBe('com.example.oops');
    expect(err.args).toEqual(['bad', 2]);
    expect(err.kwargs).toEqual({ a: 1 });
    expect(err.details).toEqual({ callee: 7 });
    expect(err.message).toBe('com.example.oops: bad');
    expect(err.name).toBe('ApplicationError');
  });

  it('fixes the URI of each subclass', () => {
    expect(new NotAuthorized().uri).toBe(WAMP_ERROR.NOT_AUTHORIZED);
    expect(new TypeCheckError().uri).toBe(WAMP_ERROR.INVALID_ARGUMENT);
    expect(new NotAuthorized().name).toBe('NotAuthorized');
  });

  it('keeps the cause', () => {
    const cause = new Error('inner');
    expect(new ProtocolError('outer', { cause }).cause).toBe(cause);
    expect(new ApplicationError('a.b', { cause }).cause).toBe(cause);
  });

  it('recognises errors by brand, not by class identity', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('@wamp/error')]: true, name: 'ProtocolError' });
    expect(isWampError(foreign)).toBe(true);
    expect(isProtocolError(foreign)).toBe(true);
    expect(isProtocolError(new TransportLost())).toBe(false);
    expect(isApplicationError(new NotAuthorized())).toBe(true);
    expect(isApplicationError(new Error('plain'))).toBe(false);
    expect(isWampError(null)).toBe(false);
  });
});
