// Reading the files named on the command line for the module's CLI commands
// (wasm/host_input_file.cc): the bytes, or the reason in the words of the native `asl`.
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';

import { MAX_DEFINITION_LENGTH } from '../index.js';

// glibc's strerror() texts, which the native CLI prints, by Node's error code.
const STRERROR = {
  EACCES: 'Permission denied',
  EFBIG: 'File too large',
  EIO: 'Input/output error',
  EISDIR: 'Is a directory',
  ELOOP: 'Too many levels of symbolic links',
  EMFILE: 'Too many open files',
  ENAMETOOLONG: 'File name too long',
  ENOENT: 'No such file or directory',
  ENOMEM: 'Cannot allocate memory',
  ENOTDIR: 'Not a directory',
  ENXIO: 'No such device or address',
  EPERM: 'Operation not permitted',
};

function reason(error) {
  return STRERROR[error?.code] ?? String(error?.message ?? error);
}

// The rest of the descriptor `fd` (standard input may be a non-blocking pipe or a terminal).
function readAll(fd) {
  const chunks = [];
  let size = 0;
  const buffer = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let n;
    try {
      n = readSync(fd, buffer, 0, buffer.length, null);
    } catch (e) {
      if (e.code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (e.code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    size += n;
    if (size > MAX_DEFINITION_LENGTH) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
    chunks.push(Buffer.from(buffer.subarray(0, n)));
  }
  return Buffer.concat(chunks, size);
}

/**
 * The content of `path` ("-" is standard input) or the reason it cannot be read, as
 * "No such file or directory" or "it is a directory" (core/cli/input_file.cc). Never throws.
 * @param {string} path
 * @returns {Uint8Array | string}
 */
export function readHostFile(path) {
  try {
    if (path === '-') return readAll(0);
    if (statSync(path).isDirectory()) return 'it is a directory';
    const fd = openSync(path, 'r');
    try {
      if (fstatSync(fd).size > MAX_DEFINITION_LENGTH) return STRERROR.EFBIG;
      return readAll(fd);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return reason(e);
  }
}
