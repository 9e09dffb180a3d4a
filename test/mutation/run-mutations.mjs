#!/usr/bin/env node
// Mutation proof of issue 11: the suite must fail when a safeguard is removed. For each mutation
// this copies the sources to a temp dir (node_modules symlinked), breaks one safeguard, runs the
// tests that target it there, and expects them to FAIL. A baseline run of the same tests on the
// unmutated copy must pass first, so a failure is the mutation's doing. Exit 1 if any mutation
// survives (its tests still pass), a mutation no longer applies, or the baseline fails.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const FINDINGS = 'test/integration/exactly-once/findings.test.ts';
const POLL_KINDS = 'test/integration/desk/poll-cost-kinds.test.ts';

const mutations = [
  {
    name: 'request signing skipped (a credential with signing on sends unsigned)',
    file: 'main/paxos/request-executor.ts',
    find: 'if (token.signingKey)\n',
    replace: 'if (false as boolean)\n',
    tests: ['test/integration/paxos/request-signing.test.ts'],
    filter: 'every request is signed',
  },
  {
    name: 'signing key not handed to the client once signing is on (the vault drops it)',
    file: 'main/vault/credentials-vault.ts',
    find: '...(signing?.keyId\n',
    replace: '...(false && signing?.keyId\n',
    tests: ['test/integration/desk/request-signing-flow.test.ts'],
    filter: 'signs once turned on',
  },
  {
    name: 'lookup-before-resend removed (reconcile resends blindly)',
    file: 'main/desk/outbox/reconcile.ts',
    find: 'const found = await routeFor(intent.kind).lookup(client, intent);\n    options.onReachability?.(true);',
    replace: 'const found = null as Delivered | null;\n    options.onReachability?.(true);',
    tests: [FINDINGS],
    filter: 'no second create',
  },
  {
    name: 'cancel allowed after a send',
    file: 'main/desk/outbox/operator-decisions.ts',
    find: '  assertCancellable(current);\n',
    replace: '',
    tests: [FINDINGS],
    filter: 'finding 1',
  },
  {
    name: 'cancel allowed after a send (caught by the adversarial model)',
    file: 'main/desk/outbox/operator-decisions.ts',
    find: '  assertCancellable(current);\n',
    replace: '',
    project: 'heavy',
    tests: ['test/heavy/adversarial-model.test.ts'],
    filter: 'seed 1101',
  },
  {
    name: 'ref_id check removed from the bank-account lookup',
    file: 'main/paxos/fiat-accounts.ts',
    find: 'refIdOf: refIdOfAccount,',
    replace: 'refIdOf: () => refId,',
    tests: [FINDINGS],
    filter: 'finding 2',
  },
  {
    name: 'destination check removed from rules',
    file: 'main/paxos/rules.ts',
    find: 'if (wantedBank && bank !== wantedBank)\n',
    replace: 'if (false && wantedBank && bank !== wantedBank)\n',
    tests: [FINDINGS],
    filter: 'finding 3|names no bank account',
  },
  {
    name: 'background error not published to the desk state (the banner stays empty)',
    file: 'main/desk/background-errors.ts',
    find: 'this.health.backgroundError = { message, at: this.now().toISOString(), refId };',
    replace: '',
    tests: ['test/integration/exactly-once/storage-error-restart.test.ts'],
    filter: 'storage error during a send',
  },
  {
    name: "main's confirmation removed from confirming a queued request (issue 21.3)",
    file: 'main/operator/activity-operations.ts',
    find: 'const decided = await confirmIntentInMain(ctx, id);',
    replace: 'const decided = { audit: undefined, limit: undefined };',
    tests: ['test/integration/security/compromised-renderer-limits.test.ts'],
    filter: 'asks main, with today',
  },
  {
    name: "the soft-limit box no longer needed in main's confirmation (issue 24.2)",
    file: 'main/operator/require-confirmation.ts',
    find: "    if (answerAccepted(request, answer)) return 'confirmed';",
    replace: "    if (answer.confirmed) return 'confirmed';",
    tests: ['test/integration/security/compromised-renderer.test.ts'],
    filter: 'without the ticked box',
  },
  {
    name: 'anchor check removed (a database behind the keychain anchor is trusted)',
    file: 'main/desk/anchor-guard.ts',
    find: "    if (read.kind === 'none') return;",
    replace: "    if (read.kind === 'none' || read.kind === 'found') return;",
    tests: ['test/integration/desk/rollback.test.ts'],
    filter: 'went back in time',
  },
  {
    name: 'unlock back-off not persisted (a restart clears the wait)',
    file: 'main/lock/unlock-attempts.ts',
    find: '    if (!this.store) return;\n    let text: string | null;',
    replace: '    if (this.store || !this.store) return;\n    let text: string | null;',
    tests: ['test/integration/security/compromised-renderer-lock.test.ts'],
    filter: 'back-off across a restart',
  },
  {
    name: 'folder lock removed (a second runtime opens the same folder)',
    file: 'main/desk/open-desk.ts',
    find: '  const lock = lockEnvironmentFolder(dir);',
    replace: '  const lock = { release: () => undefined };',
    tests: ['test/integration/desk/one-writer.test.ts'],
    filter: 'one writer',
  },
  {
    name: 'audit key ignored (the keyed chain hashed with the plain hash)',
    file: 'main/desk/store/audit/audit-chain.ts',
    find: "return createHmac('sha256', key).update(prevHash)",
    replace: "return createHash('sha256').update(prevHash)",
    tests: ['test/integration/desk/audit-anchored.test.ts'],
    filter: 'recomputed without the key',
  },
  {
    name: "audit key lost twice: only the last lost key unchecked (the first one's entries read as forged)",
    file: 'main/desk/store/audit/audit-key.ts',
    find: '  const keyedFrom = marked === undefined ? since : Math.min(marked, since ?? marked);\n',
    replace: '  const keyedFrom = marked;\n',
    project: 'unit',
    tests: ['test/unit/desk/store/audit/audit-key.test.ts'],
    filter: 'lost a second time',
  },
  {
    name: 'damage found by the whole-file check after start ignored (audit log no longer checked at open)',
    file: 'main/desk/damage-hold.ts',
    find: '    if (!problems || problems.length === 0 || !db.isOpen) return;\n',
    replace: '    return;\n',
    tests: ['test/integration/desk/audit-damage-background.test.ts'],
    filter: 'holds sending and says so',
  },
  {
    name: 'a flush does not wait for the background check (intents no longer checked at open)',
    file: 'main/desk/outbox/send-loop.ts',
    find: '  await options.checkedBeforeSending?.();\n',
    replace: '',
    tests: ['test/integration/desk/intents-damage-background.test.ts'],
    filter: 'holds every send',
  },
  {
    name: 'storage write fault not published (a full disk shows as fine, sending not held)',
    file: 'main/desk/storage-writes.ts',
    find: '    stores.db.onWriteEnded = (error) => this.ended(error);',
    replace: '',
    tests: ['test/integration/desk/storage-write-fault.test.ts'],
    filter: 'nothing is sent until it is fixed',
  },
  {
    name: 'send-time limit check trusts a confirmation made today (another desk wired since)',
    file: 'main/desk/paths/limit-at-send.ts',
    find: 'if (at.accepted?.day === today && compareAmounts(total, at.accepted.totalUsd) <= 0)',
    replace: 'if (at.accepted?.day === today)',
    tests: ['test/integration/security/compromised-renderer-limits.test.ts'],
    filter: 'another desk wires on the account',
  },
  {
    name: "a request the rolled-back file holds mid-send is requeued on the old file's word",
    file: 'main/desk/anchor-guard.ts',
    find: "      await intents.needsAttention(intent.id, 'database_rolled_back', rolledBackError);",
    replace: '      void rolledBackError;',
    tests: ['test/integration/desk/rollback-mid-send.test.ts'],
    filter: 'never sent while the desk moved on',
  },
  {
    name: "main's confirmation of a new bank account shows only the last 4 (issue 24.6)",
    file: 'main/desk/paths/bank-account/bank-account-confirmation-facts.ts',
    find: "      ['Account number', groupForReading(number) || '—'],\n",
    replace: '',
    // The unit project is run by npm test before this check: that is its baseline.
    project: 'unit',
    tests: ['test/unit/desk/paths/bank-account-confirmation-facts.test.ts'],
    filter: 'reads the whole account number back',
  },
  {
    name: 'IBAN/BIC country mismatch confirmed in main without its tick (issue 24.6)',
    file: 'main/desk/paths/bank-account/bank-account-confirmation-facts.ts',
    find: '    ...(mismatch ? { tickLabel: COUNTRIES_CHECKED } : {}),\n',
    replace: '',
    project: 'unit',
    tests: ['test/unit/desk/paths/bank-account-confirmation-facts.test.ts'],
    filter: 'will not count a yes without the tick',
  },
  {
    name: 'sub-cent redemption refusal removed from main (issue 24.2: a wire moves whole cents)',
    file: 'main/desk/paths/redemption/redemption-review-facts.ts',
    find: '  const subCent = subCentProblem(amount, asset);\n  if (subCent)\n',
    replace: '  const subCent = subCentProblem(amount, asset);\n  if (false && subCent)\n',
    project: 'unit',
    tests: ['test/unit/desk/paths/redemption-review-facts.test.ts'],
    filter: 'not whole cents',
  },
  {
    name: 'sub-cent check removed from the send-time precheck (issue 24.2)',
    file: 'main/desk/paths/redemption/redemption-precheck.ts',
    find: "if (splitAtCent(p.source_amount)?.beyond !== undefined) return 'not_whole_cents';",
    replace: '',
    project: 'unit',
    tests: ['test/unit/desk/paths/redemption-precheck.test.ts'],
    filter: 'not whole cents',
  },
  {
    name: 'an owner object without a name taken as the owner (issue 24.2: the list forgets it)',
    file: 'main/desk/sync/refresh-steps.ts',
    find: '    const known = ownerNameOf(account.fiat_account_owner)\n',
    replace: '    const known = account.fiat_account_owner\n',
    tests: ['test/integration/desk/beneficiary-from-full-record.test.ts'],
    filter: 'after one full read',
  },
  {
    name: "mint/conversion lookup removed (a lost answer's conversion is resent blindly)",
    file: 'main/desk/paths/conversion/conversion-route.ts',
    find: 'const found = await client.findOrchestrationByRefId(intent.refId, {',
    replace: 'const found = null && await client.findOrchestrationByRefId(intent.refId, {',
    tests: ['test/integration/exactly-once/mint.test.ts'],
    filter: 'no second create',
  },
  {
    name: 'mint/conversion answer check: the destination profile is not compared',
    file: 'main/desk/paths/conversion/conversion-answer.ts',
    find: 'if (to !== p.destination.profile.profile_id)',
    replace: 'if (false && to !== p.destination.profile.profile_id)',
    project: 'unit',
    tests: ['test/unit/desk/paths/conversion-route.test.ts'],
    filter: 'conversion answer check',
  },
  {
    name: 'mint/conversion credited amount not checked on completion',
    file: 'main/desk/paths/conversion/conversion-route.ts',
    find: '  checkCompletion: checkCredited,',
    replace: '',
    tests: ['test/integration/desk/mint.test.ts'],
    filter: 'credited short',
  },
  {
    name: 'wire instructions: a new ref_id for each attempt (a lost answer re-posted blindly)',
    file: 'main/desk/incoming/wire-instructions.ts',
    find: '    if (!refId || mine) {',
    replace: '    if (true) {',
    tests: ['test/integration/desk/wire-instructions-lost-answer.test.ts'],
    filter: 'a lost answer is asked for again',
  },
  {
    name: 'wire instructions: the answer not checked against the profile and routing type asked',
    file: 'main/desk/incoming/wire-instructions.ts',
    find: '    if (differs || made.profile_id !== profileId || routingTypeOf(made) !== type) {',
    replace: '    if (false) {',
    tests: ['test/integration/desk/wire-instructions-lost-answer.test.ts'],
    filter: 'an answer for another profile',
  },
  {
    name: 'wire out: the lookup takes a hit without checking its ref_id (an ignored filter)',
    file: 'main/paxos/fiat-withdrawals.ts',
    find: 'refIdOf: (t) => t.ref_id,',
    replace: 'refIdOf: () => refId,',
    tests: ['test/integration/desk/wire-out.test.ts'],
    filter: 'a lost answer is found by ref_id',
  },
  {
    name: 'wire out: no lookup after a lost answer (reconcile finds nothing, sends again)',
    file: 'main/desk/paths/fiat-withdrawal/fiat-withdrawal-route.ts',
    find: '    const found = await client.findFiatWithdrawalByRefId(intent.refId, {',
    replace:
      '    const found = null as Transfer | null;\n    void client.findFiatWithdrawalByRefId;\n    void ({',
    tests: ['test/integration/desk/wire-out.test.ts'],
    filter: 'a lost answer is found by ref_id',
  },
  {
    name: 'wire out: the answer not checked against what was asked',
    file: 'main/paxos/fiat-withdrawals.ts',
    find: '): string | undefined {\n  if (t.ref_id !== body.ref_id)',
    replace:
      '): string | undefined {\n  if (t.id) return undefined;\n  if (t.ref_id !== body.ref_id)',
    project: 'unit',
    tests: ['test/unit/paxos/fiat-withdrawal-answer.test.ts'],
    filter: 'refuses|fee mode|names both sides',
  },
  {
    name: 'poll: every followed orchestration asked of Paxos after each cycle (a lookup per item)',
    file: 'main/desk/outbox/settle.ts',
    find: "    const status = options.cache.statusOf('orchestrations', paxosId);",
    replace:
      "    const asked = await options.getClient()?.listOrchestrations({ orchestration_id: [paxosId] });\n    const status = asked?.items[0]?.status ?? options.cache.statusOf('orchestrations', paxosId);",
    tests: [POLL_KINDS],
    filter: 'quiet light cycle',
  },
  {
    name: 'poll: the full refresh lists every in-flight orchestration by id again (grows per 100)',
    file: 'main/desk/sync/refresh-steps.ts',
    find: '  const stragglers = ctx.cache.inFlightOrchestrationIds().filter((id) => !listed.has(id));',
    replace: '  const stragglers = ctx.cache.inFlightOrchestrationIds();',
    tests: [POLL_KINDS],
    filter: 'full refresh costs the same',
  },
  {
    name: "poll: ended conversions' credited legs read one Get Transfer each",
    file: 'main/desk/outbox/settle.ts',
    find: '  const legs = checked.length > 0 ? await legsFor(options, checked) : undefined;',
    replace: '  const legs = undefined;',
    tests: [POLL_KINDS],
    filter: 'credited legs of all conversions',
  },
  {
    name: 'poll: a failed list of credited legs falls back to one Get Transfer each',
    file: 'main/desk/outbox/credited-legs.ts',
    find: '      if (failure !== undefined) throw failure;\n',
    replace: '',
    project: 'unit',
    tests: ['test/unit/desk/outbox/credited-legs.test.ts'],
    filter: 'a list that fails',
  },
  {
    name: 'poll: the money-in read forgets the wire outs it read (their whole history every cycle)',
    file: 'main/desk/incoming/incoming-sync.ts',
    find: '  if (newest) deps.store.markWireOutsReadTo(newest);',
    replace: '',
    tests: ['test/integration/desk/wire-out-read-mark.test.ts'],
    filter: 'no wire in was ever read',
  },
  {
    name: 'wire out: the money-in read may start after a wire out still followed (found late, never closed)',
    file: 'main/desk/incoming/incoming-sync.ts',
    find: '  const mark = read && wireOutsSince && later(read, wireOutsSince) === read ? wireOutsSince : read;',
    replace: '  const mark = read;',
    tests: ['test/integration/desk/wire-out-read-mark.test.ts'],
    filter: 'oldest wire out still followed',
  },
  {
    name: 'orchestration count not lowered by a delete (the list length drifts from the table)',
    file: 'main/desk/store/db/migrations/012-orchestration-count.ts',
    find: 'BEGIN UPDATE orchestration_count SET n = n - 1 WHERE id = 1; END;',
    replace: 'BEGIN SELECT 1; END;',
    project: 'unit',
    tests: ['test/unit/desk/store/orchestration-count.test.ts'],
    filter: 'follows every insert and delete',
  },
  {
    name: 'orchestration count walked at open (count(*) over the rows: the first state at 1M)',
    file: 'main/desk/store/cache/orchestration-table.ts',
    find: "'SELECT n FROM orchestration_count WHERE id = 1'",
    replace: "'SELECT count(*) AS n FROM orchestration_rows'",
    project: 'unit',
    tests: ['test/unit/desk/store/orchestration-count.test.ts'],
    filter: 'never by walking',
  },
  {
    name: 'hold released by the Paxos recheck on a file marked to be set aside (an unreadable page)',
    file: 'main/desk/damage-hold.ts',
    find: 'if (markedReplaceAtOpen(stores.db.path)) {',
    replace: 'if (stores.db.path === undefined) {',
    project: 'unit',
    tests: ['test/unit/desk/recovery/held-on-unreadable-page.test.ts'],
    filter: 'stays until the next open',
  },
  {
    name: 'damage found after start: a failed copy aside escapes (no word, the check ends in error)',
    file: 'main/desk/damage-hold.ts',
    find: 'const notKept = `the damaged file could not be copied aside for support: ${message}`;',
    replace: 'throw error;',
    tests: ['test/integration/desk/damage-copy-fails.test.ts'],
    filter: 'still holds sending',
  },
  {
    name: 'background check: an unreadable intents page not said to be unreadable',
    file: 'main/desk/store/db/background-check.ts',
    find: '      unreadable = code === 11 || code === 26;',
    replace: '',
    project: 'unit',
    tests: ['test/unit/desk/store/background-check-unreadable.test.ts'],
    filter: 'says the page cannot be read',
  },
  {
    name: 'background check finds an unreadable page but the file is not marked to be set aside',
    file: 'main/desk/damage-hold.ts',
    find: "    if (found.unreadable) markReplaceAtOpen(db.path, problems.at(-1) ?? 'an unreadable page');",
    replace: '',
    tests: ['test/integration/desk/intents-damage-background.test.ts'],
    filter: 'a confirmation included',
  },
  {
    name: 'poll pace counted from the end of a cycle (a slow cycle stretches the poll interval)',
    file: 'main/desk/sync/sync-engine.ts',
    find: 'cycleStartedAt === undefined ? interval : delayAfterCycle(interval, now - cycleStartedAt);',
    replace: 'interval;',
    project: 'unit',
    tests: ['test/unit/desk/sync/sync-schedule.test.ts'],
    filter: 'start of one cycle',
  },
  {
    name: 'send-time limit (wire out, conversion): a confirmation today taken for any total',
    file: 'main/desk/paths/limit-at-send.ts',
    find: 'if (at.accepted?.day === today && compareAmounts(total, at.accepted.totalUsd) <= 0)',
    replace: 'if (at.accepted?.day === today)',
    tests: ['test/integration/desk/send-time-limits.test.ts'],
    filter: 'another desk moves money',
  },
  {
    name: 'send-time limit (wire out): the precheck no longer counts the day it leaves',
    file: 'main/desk/paths/fiat-withdrawal/fiat-withdrawal-precheck.ts',
    find: '  return limitAtSend({',
    replace: '  return undefined && limitAtSend({',
    tests: ['test/integration/desk/send-time-limits.test.ts'],
    filter: 'a wire out waits',
  },
  {
    name: 'wire out counted on the day it was queued, not the day it left Paxos',
    file: 'main/desk/wired-out-today.ts',
    find: 'Date.parse(intent.result?.paxosCreatedAt ?? intent.createdAt)',
    replace: 'Date.parse(intent.createdAt)',
    tests: ['test/integration/desk/wire-out-sent-day.test.ts'],
    filter: 'queued at 23:30',
  },
  {
    name: 'wire out: the transfer that closes it is not checked against what was asked',
    file: 'main/desk/incoming/outgoing-wires.ts',
    find: '    const wrong = closingMismatch(intent, transfer);',
    replace: '    const wrong = undefined && closingMismatch(intent, transfer);',
    project: 'unit',
    tests: ['test/unit/desk/incoming/outgoing-wires.test.ts'],
    filter: 'closing a wire out',
  },
  {
    name: 'a 409 whose lookup fails with an answer of its own is taken as refused (failed)',
    file: 'main/paxos/idempotent-create.ts',
    find: '?? (await lookupAfter409(spec));',
    replace: '?? (await spec.lookup());',
    project: 'unit',
    tests: ['test/unit/paxos/idempotent-create.test.ts'],
    filter: 'never refused',
  },
  {
    name: 'wire out: the lookup scan pairs profile_ids with type (a query the document does not allow)',
    file: 'main/paxos/fiat-withdrawals.ts',
    find: "{ type: ['WIRE_WITHDRAWAL'], limit: LOOKUP_PAGE_SIZE, order: 'DESC' },",
    replace:
      "{ type: ['WIRE_WITHDRAWAL'], limit: LOOKUP_PAGE_SIZE, order: 'DESC', profile_ids: ['p'] },",
    project: 'unit',
    tests: ['test/unit/paxos/fiat-withdrawal-lookup.test.ts'],
    filter: 'never combines',
  },
  {
    name: 'Convert & Hold for crypto deposits: the answer not checked for the coin and chain asked',
    file: 'main/desk/paths/rule/convert-hold-answer.ts',
    find: "  if ('crypto' in asked.source) return cryptoSourceMismatch(asked, asked.source.crypto, rule);\n",
    replace: "  if ('crypto' in asked.source) return undefined;\n",
    project: 'unit',
    tests: ['test/unit/desk/paths/crypto-hold-answer.test.ts'],
    filter: 'refuses a rule whose',
  },
  {
    name: "Convert & Hold for crypto deposits: no lookup by ref_id (a lost answer's rule is created again)",
    file: 'main/desk/paths/rule/rule-routes.ts',
    find: 'const found = await client.findRuleByRefId(intent.refId, intent.payload.profile_id);',
    replace:
      'const found = null && (await client.findRuleByRefId(intent.refId, intent.payload.profile_id));',
    tests: ['test/integration/exactly-once/crypto-hold.test.ts'],
    filter: 'no second create',
  },
  {
    name: 'returned wire: a deposit from any bank account called a return',
    file: 'main/desk/incoming/returned-wires.ts',
    find: '      s.fiatAccountId === wire.fiat_account_id &&\n',
    replace: '',
    project: 'unit',
    tests: ['test/unit/desk/incoming/returned-wires.test.ts'],
    filter: 'does not flag',
  },
  {
    name: 'returned wire: the incoming wires view drops the possible-return flag',
    file: 'main/desk/incoming/incoming-view.ts',
    find: 'const back = possibleReturnOf(record, wiresOut);',
    replace: 'const back = undefined as ReturnType<typeof possibleReturnOf>;',
    tests: ['test/integration/desk/wire-out-returned.test.ts'],
    filter: 'possible return',
  },
  {
    name: 'returned wire: the notice says nothing of the wire out',
    file: 'main/desk/incoming/incoming-sync.ts',
    find: 'const back = possibleReturnOf(change.record, sent);',
    replace: 'const back = undefined as ReturnType<typeof possibleReturnOf>;',
    tests: ['test/integration/desk/wire-out-returned.test.ts'],
    filter: 'possible return',
  },
  // Issue 26, Done-when: a break for each lookup and answer check of wires out and conversions.
  {
    name: "wire out: the lookup's bounded scan removed (a lagging ref_ids lookup is taken as absent)",
    file: 'main/paxos/fiat-withdrawals.ts',
    find: '      scanPage: (cursor) =>\n        listTransfers(',
    replace: '      scanPage: async (cursor) => ({ items: [] }) ?? listTransfers(',
    tests: ['test/integration/desk/wire-out-lookups.test.ts'],
    filter: 'lookup lags',
  },
  {
    name: 'wire out: a 409 without meta is not looked up (the existing transfer never followed)',
    file: 'main/paxos/fiat-withdrawals.ts',
    find: '        lookup: async () =>\n          (await findFiatWithdrawalByRefId(',
    replace:
      '        lookup: async () =>\n          (await (async (..._: unknown[]) => undefined)(',
    tests: ['test/integration/desk/wire-out-lookups.test.ts'],
    filter: '409 without meta',
  },
  {
    name: 'wire out answer check: the bank account is not compared',
    file: 'main/paxos/fiat-withdrawals.ts',
    find: '  if (t.fiat_account_id !== body.fiat_account_id)',
    replace: '  if (false && t.fiat_account_id !== body.fiat_account_id)',
    project: 'unit',
    tests: ['test/unit/paxos/fiat-withdrawal-answer.test.ts'],
    filter: 'refuses another (missing )?bank account',
  },
  {
    name: 'wire out answer check: the profile is not compared',
    file: 'main/paxos/fiat-withdrawals.ts',
    find: '  if (t.profile_id !== body.profile_id)',
    replace: '  if (false && t.profile_id !== body.profile_id)',
    project: 'unit',
    tests: ['test/unit/paxos/fiat-withdrawal-answer.test.ts'],
    filter: 'refuses another profile',
  },
  {
    name: 'wire out answer check: the total (fee deducted) is not compared',
    file: 'main/paxos/fiat-withdrawals.ts',
    find: '  if (body.total !== undefined && !(t.total && amountsEqual(t.total, body.total)))',
    replace: '  if (false)',
    project: 'unit',
    tests: ['test/unit/paxos/fiat-withdrawal-answer.test.ts'],
    filter: 'refuses another total',
  },
  {
    name: 'wire out answer check: the amount (fee on top) is not compared',
    file: 'main/paxos/fiat-withdrawals.ts',
    find: '  if (body.amount !== undefined && !(t.amount && amountsEqual(t.amount, body.amount)))',
    replace: '  if (false)',
    project: 'unit',
    tests: ['test/unit/paxos/fiat-withdrawal-answer.test.ts'],
    filter: 'fee mode asked',
  },
  {
    name: 'wire out closing: a FAILED transfer taken as success',
    file: 'main/desk/incoming/outgoing-wires.ts',
    find: "    if (meaning.outcome === 'succeeded')\n      // The figures Paxos stated",
    replace: '    if (meaning.outcome !== undefined)\n      // The figures Paxos stated',
    tests: ['test/integration/desk/wire-out.test.ts'],
    filter: 'FAILED wire out fails',
  },
  {
    name: 'wire out found ended by its lookup: left submitted (no later read closes it)',
    file: 'main/desk/outbox/settle.ts',
    find: "  if (intent.kind === 'create_fiat_withdrawal' && isTransfer(delivered.record))",
    replace:
      "  if (false && intent.kind === 'create_fiat_withdrawal' && isTransfer(delivered.record))",
    tests: ['test/integration/desk/wire-out-found-ended.test.ts'],
    filter: 'before the lookup',
  },
  {
    name: 'wire out stray: an abandoned wire out that lands later is not looked for',
    file: 'main/desk/outbox/strays.ts',
    find: "      if (intent?.kind === 'create_fiat_withdrawal' && isStray(intent))",
    replace: "      if (false && intent?.kind === 'create_fiat_withdrawal' && isStray(intent))",
    tests: ['test/integration/desk/wire-out-strays.test.ts'],
    filter: 'raises one alert',
  },
  {
    name: 'stray check: a cycle past the handed ref_id cap (a first sync) does not search every stray',
    file: 'main/desk/outbox/strays.ts',
    find: '    if (!this.startChecked || handed.everything) {',
    replace: '    if (!this.startChecked) {',
    project: 'unit',
    tests: ['test/unit/desk/outbox/strays.test.ts'],
    filter: 'more ref_ids than are kept',
  },
  {
    name: 'wire out stray: followed without the answer check (another amount taken as ours)',
    file: 'main/desk/outbox/strays.ts',
    find: '  const wrong = routeFor(intent.kind).mismatch(intent, hit);',
    replace:
      "  const wrong =\n    intent.kind === 'create_fiat_withdrawal' ? undefined : routeFor(intent.kind).mismatch(intent, hit);",
    tests: ['test/integration/desk/wire-out-strays.test.ts'],
    filter: 'not what was asked',
  },
  ...['source asset', 'destination asset', 'amount', 'source profile'].map((field) => ({
    name: `mint/conversion answer check: the ${field} is not compared`,
    file: 'main/desk/paths/conversion/conversion-answer.ts',
    find:
      field === 'destination asset'
        ? `    return {\n      field: '${field}',`
        : `    return { field: '${field}',`,
    replace:
      field === 'destination asset'
        ? `    if (false) return {\n      field: '${field}',`
        : `    if (false) return { field: '${field}',`,
    project: 'unit',
    tests: ['test/unit/desk/paths/conversion-route.test.ts'],
    filter: `whose ${field} differs`,
  })),
  {
    name: "export legs: calls not paced (a 1M-row export would trip Paxos's limit: the desk throttled 5 min)",
    file: 'main/operator/export-legs.ts',
    find: '      nextAt = performance.now() + intervalMs;',
    replace: '      nextAt = performance.now();',
    project: 'unit',
    tests: ['test/unit/operator/export-legs.test.ts'],
    filter: 'faster than the pace',
  },
];

// `--only <words>` (or MUTATION_FILTER=<words>) runs the mutations whose name contains them (and
// the baseline of their tests): one path's mutations, checked on their own.
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : process.env.MUTATION_FILTER;
const selected = only ? mutations.filter((m) => m.name.includes(only)) : mutations;
if (selected.length === 0) {
  console.log(`no mutation's name contains "${only}"`);
  process.exit(1);
}

const COPY = [
  'main',
  'shared',
  'test',
  'preload',
  'renderer',
  'package.json',
  'vitest.config.ts',
  'tsconfig.json',
  'tsconfig.base.json',
  'tsconfig.node.json',
  'tsconfig.web.json',
  'tsconfig.e2e.json',
];

function copyTree() {
  const dir = mkdtempSync(join(tmpdir(), 'td-mutation-'));
  for (const entry of COPY)
    cpSync(join(root, entry), join(dir, entry), {
      recursive: true,
      filter: (src) => !src.includes(`${root}test/fixtures`),
    });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function runTests(dir, tests, filter, project = 'integration') {
  const args = ['vitest', 'run', '--project', project, ...tests, '-t', filter, '--reporter=dot'];
  const child = spawnSync('npx', args, { cwd: dir, encoding: 'utf8', timeout: 10 * 60_000 });
  const output = `${child.stdout ?? ''}${child.stderr ?? ''}`;
  const plain = output.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
  const summary = plain
    .split('\n')
    .filter((l) => /^\s*Tests\s/.test(l))
    .map((l) => l.trim())
    .join(' ');
  // Only test verdicts count: a copy that fails to load ("no tests") proves nothing either way.
  const failed = Number(/(\d+) failed/.exec(summary)?.[1] ?? 0);
  const passed = Number(/(\d+) passed/.exec(summary)?.[1] ?? 0);
  return {
    ok: child.status === 0 && passed > 0,
    testsFailed: failed,
    summary: summary || output.slice(-400),
  };
}

let problems = 0;
// The model's baseline is the heavy project itself (run by npm test just before this check).
const plain = selected.filter((m) => !m.project);
// Only model mutations selected (MUTATION_FILTER): no integration baseline to run.
if (plain.length > 0) {
  const baselineDir = copyTree();
  try {
    const filters = [...new Set(plain.map((m) => m.filter))].join('|');
    const baseline = runTests(baselineDir, [...new Set(plain.flatMap((m) => m.tests))], filters);
    console.log(
      `baseline (unmutated copy): ${baseline.ok ? 'passes' : 'FAILS'} — ${baseline.summary}`,
    );
    if (!baseline.ok) problems += 1;
  } finally {
    rmSync(baselineDir, { recursive: true, force: true });
  }
}

for (const mutation of selected) {
  const dir = copyTree();
  try {
    const path = join(dir, mutation.file);
    const source = readFileSync(path, 'utf8');
    if (!source.includes(mutation.find)) {
      console.log(
        `NOT APPLICABLE: ${mutation.name} (the code it breaks is gone from ${mutation.file}; update the mutation)`,
      );
      problems += 1;
      continue;
    }
    writeFileSync(path, source.replace(mutation.find, mutation.replace));
    const result = runTests(dir, mutation.tests, mutation.filter, mutation.project);
    if (result.ok) {
      console.log(`SURVIVED: ${mutation.name} — ${result.summary}`);
      problems += 1;
    } else if (result.testsFailed === 0) {
      console.log(`INCONCLUSIVE: ${mutation.name} — the tests did not run: ${result.summary}`);
      problems += 1;
    } else {
      console.log(`caught: ${mutation.name} — ${result.summary}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  problems === 0 ? `all ${selected.length} mutations caught` : `${problems} problem(s): see above`,
);
process.exit(problems === 0 ? 0 : 1);
