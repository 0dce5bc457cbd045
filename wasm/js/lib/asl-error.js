// The error value of the package: what run() and step() reject with, and ex.problem.

/** An execution that cannot run: bad arguments, an invalid definition, a module failure. */
export class AslError extends Error {
  /**
   * @param {string} code
   * @param {string} message
   * @param {object[]} [diagnostics]
   */
  constructor(code, message, diagnostics = []) {
    super(message);
    this.name = 'AslError';
    this.code = code;
    this.diagnostics = diagnostics;
  }
}
