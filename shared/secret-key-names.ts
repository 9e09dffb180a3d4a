// Recognises key names and values that carry secrets, wherever the app writes structured data
// to disk (audit details, settings). Names are normalised first (lower case, letters and
// digits only), so client_secret, clientSecret and Client-Secret all match.

const SECRET_NAME_PARTS = [
  'secret',
  'password',
  'passwd',
  'passphrase',
  'authorization',
  'apikey',
  'privatekey',
  'credential',
  'cookie',
];

export function isSecretKeyName(name: string): boolean {
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (SECRET_NAME_PARTS.some((part) => n.includes(part))) return true;
  // access_token, refresh_token, id_token, bearerToken, tokens - but not token_url.
  return n === 'auth' || n.endsWith('token') || n.endsWith('tokens') || n.includes('bearer');
}

/** A value that is itself a credential, whatever key it sits under. */
export function looksLikeSecretValue(value: string): boolean {
  return (
    /^\s*(bearer|basic)\s+\S/i.test(value) || /^eyJ[\w-]*\.eyJ[\w-]*\.[\w-]*$/.test(value.trim())
  );
}
