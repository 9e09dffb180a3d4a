// Sandboxed preload (bundled to CommonJS): exposes the typed bridge and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { buildTreasuryApi } from './build-api';

contextBridge.exposeInMainWorld('treasury', buildTreasuryApi(ipcRenderer));
