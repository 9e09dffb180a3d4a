// Create/Update Fiat Account validation as the Paxos docs describe it: owner (person or
// institution), exactly one network, wire fields required, MailingAddress rules (country
// required; every field ≤ 35 characters of [0-9A-Za-z /?:().,&'+-]), ABA checksum or SWIFT/BIC
// format for the routing number.
import {
  isValidAbaRoutingNumber,
  MAILING_ADDRESS_PATTERN,
  SWIFT_BIC_PATTERN,
} from '../../shared/paxos/requests';
import { isObj, oneOf, requireObj, requireString, type Obj } from './body';
import { badRequest } from './problems';
import type { JsonObject } from './types';

const ADDRESS_FIELDS = ['country', 'address1', 'address2', 'city', 'province', 'zip_code'] as const;
const NETWORKS = ['wire', 'cubix', 'cbit', 'dbs_act', 'scb'] as const;

export function mailingAddress(value: unknown, path: string): JsonObject {
  const address = requireObj(value, path);
  requireString(address, 'country', `${path}.country`);
  const out: JsonObject = {};
  for (const field of ADDRESS_FIELDS) {
    const v = address[field];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v !== 'string')
      throw badRequest(`${path}.${field} must be a string`, `${path}.${field}`);
    if (v.length > 35)
      throw badRequest(`${path}.${field} must be at most 35 characters`, `${path}.${field}`);
    if (!MAILING_ADDRESS_PATTERN.test(v))
      throw badRequest(
        `${path}.${field} contains characters that are not allowed`,
        `${path}.${field}`,
      );
    out[field] = v;
  }
  return out;
}

function routingDetails(value: unknown, path: string): JsonObject {
  const r = requireObj(value, path);
  const type = requireString(r, 'routing_number_type', `${path}.routing_number_type`);
  if (type !== 'ABA' && type !== 'SWIFT')
    throw badRequest(
      `${path}.routing_number_type must be ABA or SWIFT`,
      `${path}.routing_number_type`,
    );
  const number = requireString(r, 'routing_number', `${path}.routing_number`);
  const valid = type === 'ABA' ? isValidAbaRoutingNumber(number) : SWIFT_BIC_PATTERN.test(number);
  if (!valid)
    throw badRequest(
      `${path}.routing_number is not a valid ${type === 'ABA' ? 'ABA routing number' : 'SWIFT/BIC code'}`,
      `${path}.routing_number`,
    );
  return {
    routing_number_type: type,
    routing_number: number,
    bank_name: requireString(r, 'bank_name', `${path}.bank_name`),
    bank_address: mailingAddress(r.bank_address, `${path}.bank_address`),
  };
}

export function fiatAccountOwner(value: unknown): JsonObject {
  const owner = requireObj(value, 'fiat_account_owner');
  const kind = oneOf(owner, ['person_details', 'institution_details'], 'fiat_account_owner');
  const details = requireObj(owner[kind], `fiat_account_owner.${kind}`);
  const path = `fiat_account_owner.${kind}`;
  return kind === 'person_details'
    ? {
        person_details: {
          first_name: requireString(details, 'first_name', `${path}.first_name`),
          last_name: requireString(details, 'last_name', `${path}.last_name`),
        },
      }
    : { institution_details: { name: requireString(details, 'name', `${path}.name`) } };
}

export function networkInstructions(value: unknown): JsonObject {
  const fni = requireObj(value, 'fiat_network_instructions');
  const network = oneOf(fni, NETWORKS, 'fiat_network_instructions');
  const path = `fiat_network_instructions.${network}`;
  const n = requireObj(fni[network], path);
  switch (network) {
    case 'wire': {
      const accountNumber = requireString(n, 'account_number', `${path}.account_number`);
      if (!/^[0-9A-Za-z]{1,34}$/.test(accountNumber))
        throw badRequest(
          `${path}.account_number must be 1 to 34 letters or digits`,
          `${path}.account_number`,
        );
      return {
        wire: {
          account_number: accountNumber,
          fiat_account_owner_address: mailingAddress(
            n.fiat_account_owner_address,
            `${path}.fiat_account_owner_address`,
          ),
          routing_details: routingDetails(n.routing_details, `${path}.routing_details`),
          ...(isObj(n.intermediary_routing_details)
            ? {
                intermediary_routing_details: routingDetails(
                  n.intermediary_routing_details,
                  `${path}.intermediary_routing_details`,
                ),
              }
            : {}),
        },
      };
    }
    case 'cubix': {
      const id = requireString(n, 'account_id', `${path}.account_id`);
      if (!/^[0-9a-f-]{36}$/i.test(id))
        throw badRequest(`${path}.account_id must be a UUID`, `${path}.account_id`);
      return { cubix: { account_id: id } };
    }
    case 'cbit':
      return {
        cbit: { wallet_address: requireString(n, 'wallet_address', `${path}.wallet_address`) },
      };
    default:
      return {
        [network]: { account_number: requireString(n, 'account_number', `${path}.account_number`) },
      };
  }
}

/** Applies a PUT body to a stored account (only the updatable fields; empty strings and nulls ignored). */
export function applyUpdate(account: JsonObject, body: Obj): void {
  const owner = body.fiat_account_owner;
  if (isObj(owner)) {
    const current = account.fiat_account_owner as JsonObject;
    const kind = oneOf(owner, ['person_details', 'institution_details'], 'fiat_account_owner');
    if (!(kind in current))
      throw badRequest(
        'fiat_account_owner cannot change between person and institution',
        'fiat_account_owner',
      );
    Object.assign(
      current[kind] as JsonObject,
      nonEmpty(requireObj(owner[kind], `fiat_account_owner.${kind}`)),
    );
  }
  const fni = body.fiat_network_instructions;
  if (isObj(fni)) {
    const wireUpdate = requireObj(fni.wire, 'fiat_network_instructions.wire');
    const wire = (account.fiat_network_instructions as JsonObject).wire as JsonObject | undefined;
    if (!wire)
      throw badRequest(
        'fiat_network_instructions.wire can only be updated on wire accounts',
        'fiat_network_instructions.wire',
      );
    for (const key of Object.keys(wireUpdate)) {
      const path = `fiat_network_instructions.wire.${key}`;
      if (key === 'fiat_account_owner_address') wire[key] = mailingAddress(wireUpdate[key], path);
      else if (key === 'routing_details' || key === 'intermediary_routing_details') {
        const r = requireObj(wireUpdate[key], path);
        for (const inner of Object.keys(r)) {
          if (inner !== 'bank_name' && inner !== 'bank_address')
            throw badRequest(`${path}.${inner} cannot be updated`, `${path}.${inner}`);
        }
        const target = (wire[key] ?? {}) as JsonObject;
        if (typeof r.bank_name === 'string' && r.bank_name) target.bank_name = r.bank_name;
        if (r.bank_address !== undefined && r.bank_address !== null)
          target.bank_address = mailingAddress(r.bank_address, `${path}.bank_address`);
        wire[key] = target;
      } else throw badRequest(`${path} cannot be updated`, path);
    }
  }
}

function nonEmpty(obj: Obj): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(obj)) if (typeof v === 'string' && v !== '') out[k] = v;
  return out;
}
