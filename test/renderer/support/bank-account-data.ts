// A complete, valid US wire bank account draft for tests to start from and break.
import {
  emptyBankAccountDraft,
  type BankAccountDraft,
} from '../../../renderer/src/model/bank-account-draft';

export function validUsDraft(): BankAccountDraft {
  const draft = emptyBankAccountDraft('ABA');
  return {
    ...draft,
    label: 'Operating',
    institutionName: 'Example Corp',
    accountNumber: '74600021314512',
    accountNumberRepeat: '7460 0021 3145 12',
    ownerAddress: {
      ...draft.ownerAddress,
      country: 'USA',
      address1: '456 Main Street',
      city: 'New York',
      province: 'NY',
      zip_code: '10101',
    },
    routing: {
      type: 'ABA',
      number: '031302971',
      bankName: 'Customers Bank',
      address: {
        ...draft.routing.address,
        country: 'USA',
        address1: '123 Bank Street',
        city: 'New York',
      },
    },
  };
}
