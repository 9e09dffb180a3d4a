// A US (ABA) wire bank account as the operator enters it: the Create Fiat Account body without
// its ref_id. The client tests, the desk tests and the e2e flows all build accounts from this.
import type { CreateFiatAccountInput } from '../../shared/paxos/requests';

export function usWireAccount(
  ownerName: string,
  accountNumber: string,
  routingNumber = '031302971',
): Omit<CreateFiatAccountInput, 'ref_id'> {
  return {
    fiat_account_owner: { institution_details: { name: ownerName } },
    fiat_network_instructions: {
      wire: {
        account_number: accountNumber,
        fiat_account_owner_address: {
          country: 'USA',
          address1: '456 Main Street',
          city: 'New York',
          province: 'NY',
          zip_code: '10101',
        },
        routing_details: {
          routing_number_type: 'ABA',
          routing_number: routingNumber,
          bank_name: 'Customers Bank',
          bank_address: {
            country: 'USA',
            address1: '123 Bank Street',
            city: 'New York',
            province: 'NY',
            zip_code: '10101',
          },
        },
      },
    },
  };
}
