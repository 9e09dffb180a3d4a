// Kept only for desk.ts, which is being split in parallel (issue 20): the last check before a
// queued intent is sent is now each path's own (paths/registry.ts). Import from there.
export { precheckIntent } from '../paths/registry';
