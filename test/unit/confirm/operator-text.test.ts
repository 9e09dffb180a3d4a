// Operator text in main's dialog: cleaned of controls and bidi overrides, cut, quoted, shown as
// the operator's own in a row, and never in the title or on the button.
import { describe, expect, it } from 'vitest';
import { pathConfirmation } from '../../../main/confirm/path-confirmation';
import {
  cleanText,
  OPERATOR_TEXT_MAX,
  operatorText,
  operatorTextRow,
} from '../../../main/confirm/operator-text';
import {
  createRuleConfirmationFacts,
  deleteRuleConfirmationFacts,
  redemptionConfirmationFacts,
} from '../../../main/desk';

const RLO = '\u202e';
const bidi = ['\u202a', '\u202b', '\u202c', '\u202d', RLO, '\u2066', '\u2067', '\u2068', '\u2069'];
const account = {
  id: 'fa-1',
  label: 'Operating account',
  bankName: 'JPMorgan Chase Bank',
  last4: '6789',
  owner: 'Acme Treasury Inc',
  status: 'APPROVED',
};

describe('operatorText', () => {
  it('strips every bidi embedding, override and isolate', () => {
    for (const mark of bidi) expect(cleanText(`ending ${mark}9876`)).toBe('ending 9876');
    expect(operatorText(`Payroll ${RLO}6789 gnidne`)).toBe('“Payroll 6789 gnidne”');
  });

  it('turns line breaks and other controls into one space, so no fake row can start', () => {
    expect(cleanText('Sweep\nBank: Evil Bank, account ending 0000\r\n\tOwner: Mallory')).toBe(
      'Sweep Bank: Evil Bank, account ending 0000 Owner: Mallory',
    );
    expect(cleanText('a\u0000b\u0007c\u007fd\u0085e\u2028f\u2029g')).toBe('a b c d e f g');
  });

  it('cuts to 80 characters with an ellipsis, never splitting a character', () => {
    const shown = operatorText('x'.repeat(1000));
    expect(Array.from(shown.slice(1, -1))).toHaveLength(OPERATOR_TEXT_MAX);
    expect(shown.endsWith('…”')).toBe(true);
    const emoji = operatorText('💸'.repeat(100));
    expect(Array.from(emoji.slice(1, -1))).toHaveLength(OPERATOR_TEXT_MAX);
    expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(operatorText('x'.repeat(OPERATOR_TEXT_MAX))).toBe(`“${'x'.repeat(80)}”`);
  });

  it('labels the row as the operator’s own, quoted', () => {
    expect(operatorTextRow('memo', ' invoice 42 ')).toEqual(['Your memo', '“invoice 42”']);
  });
});

describe('a confirmation that shows operator text', () => {
  const nickname = `Sweep\nBank: Evil Bank, account ending 0000${RLO}${'A'.repeat(1000)}`;

  it('keeps a hostile nickname out of the title and the button, and shows it cut and cleaned', () => {
    const requests = [
      pathConfirmation(
        'production',
        createRuleConfirmationFacts(
          { asset: 'USDC', network: 'ETHEREUM', profile: 'default', profileId: 'p-1', nickname },
          { ...account, label: nickname },
        ),
      ).request,
      pathConfirmation(
        'production',
        deleteRuleConfirmationFacts(
          { id: 'r-1', nickname, asset: 'USDC', network: 'ETHEREUM' },
          account,
        ),
      ).request,
    ];
    for (const request of requests) {
      for (const text of [request.message, request.confirmLabel]) {
        expect(text).not.toContain('Sweep');
        expect(text).not.toContain('Evil');
        expect(text).not.toMatch(/[\n\u202a-\u202e\u2066-\u2069]/);
      }
      const note = request.facts.find(([label]) => label === 'Your rule nickname');
      expect(note?.[1]).toMatch(/^“Sweep Bank: Evil Bank, account ending 0000A+…”$/);
      expect(Array.from(note![1])).toHaveLength(OPERATOR_TEXT_MAX + 2);
      for (const [label, value] of request.facts) {
        expect(label + value).not.toMatch(/[\n\r\u202a-\u202e\u2066-\u2069]/);
        expect(value.length).toBeLessThan(200);
      }
    }
  });

  it('a redemption names the account by its last 4 in the title, its label and memo as the operator’s', () => {
    const { request } = pathConfirmation(
      'demo',
      redemptionConfirmationFacts(
        {
          amount: '900',
          asset: 'USDC',
          profile: { id: 'p-1', nickname: 'default' },
          memo: `pay\u202eroll`,
          overPerRedemptionLimit: false,
          overDailyLimit: false,
          willQueue: false,
          receive: { amountUsd: '900', rate: '1', terms: '' },
        } as Parameters<typeof redemptionConfirmationFacts>[0],
        account,
        { perRedemptionUsd: '100000.00', dailyUsd: '1000.00' },
      ),
    );
    expect(request.facts.map(([label]) => label)).not.toContain('Arrives');
    expect(request.message).toBe('Redeem 900.00 USDC to the account ending 6789 in Demo?');
    expect(request.confirmLabel).toBe('Redeem 900.00 USDC');
    expect(request.facts).toContainEqual(['Your label', '“Operating account”']);
    expect(request.facts).toContainEqual(['Your memo', '“payroll”']);
  });

  it('an international wire says in main’s dialog too that fees or conversion may reduce what arrives', () => {
    const caveat =
      'International wire: Paxos sends $40,000.00 USD. Intermediary and receiving-bank fees, or conversion to another currency at the receiving bank, may reduce what arrives.';
    const { request } = pathConfirmation(
      'demo',
      redemptionConfirmationFacts(
        {
          amount: '40000',
          asset: 'USDC',
          profile: { id: 'p-1', nickname: 'default' },
          overPerRedemptionLimit: false,
          overDailyLimit: false,
          willQueue: false,
          receive: { amountUsd: '40000', rate: '1', terms: '', mayArriveLess: caveat },
        } as Parameters<typeof redemptionConfirmationFacts>[0],
        account,
        { perRedemptionUsd: '100000.00', dailyUsd: '1000000.00' },
      ),
    );
    expect(request.facts).toContainEqual(['Arrives', caveat]);
  });
});
