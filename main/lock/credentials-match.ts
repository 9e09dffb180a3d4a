// "Forgot the passcode": the Paxos credentials saved on this computer prove who is asking.
// Compared in constant time (SHA-256 of each side, so lengths never leak), never sent anywhere.
import { createHash, timingSafeEqual } from 'node:crypto';

/** The two parts that prove who is asking (a signing key, if any, plays no part here). */
type IdAndSecret = { clientId: string; clientSecret: string };

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

export function credentialsMatch(saved: IdAndSecret, given: IdAndSecret): boolean {
  const idOk = timingSafeEqual(digest(saved.clientId.trim()), digest(given.clientId.trim()));
  const secretOk = timingSafeEqual(
    digest(saved.clientSecret.trim()),
    digest(given.clientSecret.trim()),
  );
  return idOk && secretOk;
}
