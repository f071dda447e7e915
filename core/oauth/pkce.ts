/**
 * PKCE (RFC 7636) and the OAuth `state`: random strings from the unreserved alphabet, and the
 * S256 challenge of a verifier. Webex accepts PKCE on its authorization-code flow; its token
 * endpoint still wants the client secret as well (docs/portal.md).
 */

const UNRESERVED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';

export type RandomBytes = (n: number) => Uint8Array;
const cryptoRandom: RandomBytes = (n) => crypto.getRandomValues(new Uint8Array(n));

/** `length` characters from the unreserved alphabet, without modulo bias (bytes ≥ 198 are drawn again). */
export function randomString(length: number, random: RandomBytes = cryptoRandom): string {
  const limit = 256 - (256 % UNRESERVED.length);
  let out = '';
  while (out.length < length) {
    for (const byte of random(length * 2)) {
      if (byte < limit && out.length < length) out += UNRESERVED[byte % UNRESERVED.length];
    }
  }
  return out;
}

/** A code verifier: 64 unreserved characters (RFC 7636 allows 43 to 128). */
export const createVerifier = (random?: RandomBytes) => randomString(64, random);

/** A `state` for one authorization: 32 unreserved characters. */
export const createState = (random?: RandomBytes) => randomString(32, random);

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** BASE64URL(SHA-256(ASCII(verifier))). */
export async function challengeS256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}
