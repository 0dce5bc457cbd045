/**
 * Past executions kept in this browser (IndexedDB, the page's origin — never readable by
 * handler code, which runs in an opaque-origin sandbox). Each record holds the workspace the
 * run started from and its result, so a run can be reopened and compared after a reload.
 * The newest `kKeep` runs are kept; older ones are dropped as new ones arrive.
 */

export const kKeep = 25;
const kDatabase = 'asl-playground';
const kStore = 'executions';
/** How long opening the database may take before runs are kept in memory instead. */
const kOpenTimeoutMs = 5000;

/**
 * @typedef {object} ArchivedExecution
 * @property {number} id          Increasing; the newest run has the largest id.
 * @property {string} startedAt   Wall-clock time the run was started (ISO 8601).
 * @property {import('../store.js').Workspace} workspace  What was run.
 * @property {object} result      {status, output, error, cause, history, dataFlow}.
 */

/**
 * @typedef {object} ArchiveBackend  Where records live: IndexedDB in a page, memory in tests.
 * @property {() => Promise<ArchivedExecution[]>} all
 * @property {(record: ArchivedExecution) => Promise<void>} put
 * @property {(id: number) => Promise<void>} remove
 */

/**
 * The archive over a backend.
 * @param {ArchiveBackend} backend
 */
export function createExecutionArchive(backend) {
  return {
    /** Summaries, newest first: {id, startedAt, status, events, example, error}. */
    async list() {
      const records = await backend.all();
      return records.sort((a, b) => b.id - a.id).map(summarize);
    },
    /** The whole record, or undefined. */
    async get(id) {
      return (await backend.all()).find((record) => record.id === id);
    },
    /** Stores a finished run and drops the oldest beyond `kKeep`. Resolves to its id. */
    async add(workspace, result, startedAt = new Date().toISOString()) {
      const records = await backend.all();
      const id = records.reduce((max, record) => Math.max(max, record.id), 0) + 1;
      await backend.put({ id, startedAt, workspace: { ...workspace }, result });
      const excess = records.sort((a, b) => a.id - b.id).slice(0, Math.max(0, records.length + 1 - kKeep));
      for (const record of excess) await backend.remove(record.id);
      return id;
    },
    async remove(id) {
      await backend.remove(id);
    },
  };
}

function summarize(record) {
  return {
    id: record.id,
    startedAt: record.startedAt,
    status: record.result?.status ?? 'UNKNOWN',
    events: record.result?.history?.length ?? 0,
    example: record.workspace?.example ?? '',
    error: record.result?.error ?? '',
  };
}

/** A backend in memory (tests, and pages where IndexedDB is unavailable). */
export function memoryBackend() {
  const records = new Map();
  return {
    all: async () => [...records.values()].map((record) => structuredClone(record)),
    put: async (record) => void records.set(record.id, structuredClone(record)),
    remove: async (id) => void records.delete(id),
  };
}

/**
 * A backend in IndexedDB; falls back to memory when the browser refuses (private modes,
 * storage disabled), so running never fails because history cannot be kept.
 * @param {IDBFactory|undefined} factory  Usually `globalThis.indexedDB`.
 * @returns {Promise<ArchiveBackend & {persistent: boolean}>}
 */
export async function indexedDbBackend(factory = globalThis.indexedDB) {
  let timer = 0;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), kOpenTimeoutMs);
  });
  const db = await Promise.race([openDatabase(factory).catch(() => null), timeout]);
  clearTimeout(timer);
  if (!db) return { ...memoryBackend(), persistent: false };
  const request = (mode, act) =>
    new Promise((resolve, reject) => {
      const transaction = db.transaction(kStore, mode);
      const r = act(transaction.objectStore(kStore));
      transaction.oncomplete = () => resolve(r.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  return {
    persistent: true,
    all: () => request('readonly', (store) => store.getAll()),
    put: (record) => request('readwrite', (store) => store.put(record)).then(() => undefined),
    remove: (id) => request('readwrite', (store) => store.delete(id)).then(() => undefined),
  };
}

function openDatabase(factory) {
  return new Promise((resolve, reject) => {
    if (!factory) {
      reject(new Error('IndexedDB is not available'));
      return;
    }
    const open = factory.open(kDatabase, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(kStore, { keyPath: 'id' });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
    open.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}
