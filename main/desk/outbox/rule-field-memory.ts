// Kept only for desk.ts and outbox.ts, which are being split in parallel (issue 20): the memory
// of the rule's bank field now lives with the rule path. Import from paths/rule/ instead.
export { RuleFieldMemory } from '../paths/rule/rule-field-memory';
