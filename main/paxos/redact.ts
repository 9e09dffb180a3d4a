// Text that came from a server or an exception may, in theory, echo what we sent. Before such
// text goes into an error message, error details or a log line, every secret the client holds
// (client secret, access tokens) is cut out of it, and it is capped in length.
const MAX_TEXT = 300;

export function redact(text: string, secrets: Iterable<string | undefined>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  return out.length > MAX_TEXT ? `${out.slice(0, MAX_TEXT)}…` : out;
}

/**
 * Remembers (in memory only, never exposed) the secrets the client has handled, so that any
 * server text can be scrubbed of them. Holds at most a few recent values.
 */
export class Redactor {
  private readonly secrets: string[] = [];

  remember(secret: string | undefined): void {
    if (!secret || this.secrets.includes(secret)) return;
    this.secrets.push(secret);
    if (this.secrets.length > 8) this.secrets.shift();
  }

  apply(text: string): string {
    return redact(text, this.secrets);
  }
}
