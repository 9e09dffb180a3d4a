// Amounts typed into the Activity search as a bank statement prints them: "$150,000.00",
// "150,000", "150000.00", "25,000.50". Paxos writes `source_amount` as it was sent ("150000",
// "25000.50", "2500000.000000") and the search index holds it as written, so an amount the
// operator types is matched as a number: every way of writing that same value with trailing
// zeros (150000 = "150000", "150000.0", "150000.00", … "150000.000000000000000000"), each an
// exact term of the index. No re-index is needed, old rows match too, and the query stays one
// FTS5 MATCH (a few exact terms ORed: one b-tree seek each).
//
// Plain digits ("150000", "0042") are NOT read as an amount here: they stay a prefix word, as
// before, so they also find memo words and invoice numbers ("0042" in "INV-0042") and the
// amount while it is being typed (and "150000" also finds 1,500,000: a prefix).
//
// Not shared/amount-parse.ts (the parser of amount fields): that one refuses, with a reason,
// what a field must not take (too many decimals for the asset, plain text), while a search word
// is never refused (a word that is not an amount stays a word) and has no asset to bound it.

/** Most decimal places an amount at Paxos carries (18: ETH-like precision; stablecoins 6–8). */
const MAX_PLACES = 18;

/** "$150,000.00", "150,000", "$150000", "150000.00", ".5": an amount, not a word. */
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const DECIMAL = /^\d*\.\d+$|^\d+\.$/;
const PLAIN = /^\d+(?:\.\d*)?$/;

/** The digits of `word` when it is written as an amount; undefined for any other word. */
export function typedAmount(word: string): string | undefined {
  const dollar = word.startsWith('$');
  const rest = dollar ? word.slice(1) : word;
  if (GROUPED.test(rest) || DECIMAL.test(rest) || (dollar && PLAIN.test(rest)))
    return rest.replace(/,/g, '');
  return undefined;
}

/**
 * Every way Paxos may write the value of `digits` ("150000.00" → "150000", "150000.0", …):
 * whole part without leading zeros, fraction without trailing zeros, then padded.
 */
export function amountSpellings(digits: string): string[] {
  const [rawWhole = '', rawFraction = ''] = digits.split('.');
  const whole = rawWhole.replace(/^0+(?=\d)/, '') || '0';
  const fraction = rawFraction.replace(/0+$/, '');
  if (fraction.length > MAX_PLACES) return [`${whole}.${fraction}`];
  const spellings = fraction === '' ? [whole] : [];
  for (let places = Math.max(1, fraction.length); places <= MAX_PLACES; places += 1)
    spellings.push(`${whole}.${fraction.padEnd(places, '0')}`);
  return spellings;
}
