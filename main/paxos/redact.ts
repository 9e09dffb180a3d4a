// Text that came from a server or an exception may, in theory, echo what we sent. Before such
// text goes into an error message, error details or a log line, every secret the client holds
// (client secret, access token) is cut out of it, and it is capped in length.
const MAX_TEXT = 300;

export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  return out.length > MAX_TEXT ? `${out.slice(0, MAX_TEXT)}…` : out;
}
