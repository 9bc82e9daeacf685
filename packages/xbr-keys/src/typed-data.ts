/**
 * The EIP-712 digest of typed data in the JSON shape `eth_signTypedData_v4` takes.
 *
 * @module
 */
import type { TypedData } from '@wamp/interfaces';
import { TypedDataEncoder, concat, keccak256 } from 'ethers';
import type { TypedDataField } from 'ethers';

type Types = Record<string, TypedDataField[]>;

/**
 * `keccak256(0x1901 ‖ hashStruct(EIP712Domain, domain) ‖ hashStruct(primaryType, message))`.
 * The domain is encoded from its declared `EIP712Domain` type list when `types` has one (so
 * non-standard domain fields such as the EIP's own `httpOrigin` example are covered), otherwise
 * from the standard fields it holds.
 *
 * @throws {TypeError} for typed data that does not match its types (names the problem).
 */
export function typedDataDigest(data: TypedData): Uint8Array {
  const { EIP712Domain: domainType, ...rest } = data.types as Types;
  const messageTypes = pick(rest, data.primaryType);
  try {
    const domainHash =
      domainType !== undefined
        ? TypedDataEncoder.from({ EIP712Domain: [...domainType] }).hashStruct('EIP712Domain', data.domain as Record<string, unknown>)
        : TypedDataEncoder.hashDomain(data.domain as never);
    const messageHash = TypedDataEncoder.from(messageTypes).hashStruct(data.primaryType, data.message as Record<string, unknown>);
    return hexBytes(keccak256(concat(['0x1901', domainHash, messageHash])));
  } catch (error) {
    throw new TypeError(`invalid EIP-712 typed data: ${(error as Error).message}`, { cause: error });
  }
}

/** The types reachable from `primary` (ethers refuses unused ones). */
function pick(types: Types, primary: string): Types {
  const out: Types = {};
  const visit = (name: string): void => {
    if (out[name] !== undefined || types[name] === undefined) return;
    out[name] = [...(types[name] as TypedDataField[])];
    for (const field of out[name]) visit(field.type.replace(/(\[\d*\])+$/, ''));
  };
  visit(primary);
  if (out[primary] === undefined) throw new TypeError(`invalid EIP-712 typed data: primaryType ${JSON.stringify(primary)} is not among the types`);
  return out;
}

export function hexBytes(hex: string): Uint8Array {
  const clean = hex.startsWith('0x') ? hex.slice(2) : hex;
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function bytesHex(bytes: Uint8Array): string {
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}
